"""Recognise what happened to the people mentioned in an article.

The event extractor plugs in here; until then no events are reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.core.types import Event, Mention


def extract_events(
    text: str, mentions: Sequence[Mention], published: datetime | None
) -> list[Event]:
    """The events that ``text`` reports about the people in ``mentions``."""
    return []
