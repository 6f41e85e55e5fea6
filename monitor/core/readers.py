"""The languages the monitor reads: each registered with the function that finds its events.

An article in any other language is still searched for names (names are written the
same way, or transliterated, whatever the language around them), but no event is read
from it: ``scan_article`` reports its language so that callers can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from monitor.core.events import extract_events
from monitor.core.events_ru import extract_events_ru
from monitor.core.types import Event, Mention

Extractor = Callable[[str, Sequence[Mention], datetime | date | None], list[Event]]

READERS: dict[str, Extractor] = {
    "en": extract_events,
    "ru": extract_events_ru,
}


def is_read(lang: str) -> bool:
    """Whether events are read from text in ``lang``."""
    return lang in READERS


def read_events(
    lang: str, text: str, mentions: Sequence[Mention], published: datetime | date | None
) -> list[Event]:
    """The events ``text`` reports about the people in ``mentions``; none in a language
    that is not read."""
    reader = READERS.get(lang)
    return reader(text, mentions, published) if reader else []


def unread_note(article_id: str, lang: str) -> str:
    """What to tell the user about an article in a language that is not read."""
    read = ", ".join(sorted(READERS))
    return (
        f"{article_id}: language {lang!r} is not read (only {read}): "
        "people are found by name, but no events"
    )
