"""Alerts to send in channel tests: a release reported by two outlets, and variations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from monitor.core.alerts import Alert, AlertArticle, AlertKind
from monitor.core.types import EventType, Status

DETECTED = datetime(2026, 3, 2, 9, 5, tzinfo=UTC)

RELEASE = Alert(
    key="3f6c2a9e0b7d4c1e8a5f6b7c8d9e0f1a",
    kind=AlertKind.STATUS_CHANGE,
    person_id="abishev-aset",
    person_name="Aset Abishev",
    event_type=EventType.RELEASED,
    evidence="Aset Abishev was released from prison on Sunday after serving his full term.",
    event_date=date(2026, 3, 1),
    previous_status=Status.IMPRISONED,
    new_status=Status.FREE,
    articles=(
        AlertArticle(
            "Activist Abishev walks out of the colony",
            "https://news.example.org/abishev-free",
            "https://news.example.org/rss",
            datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        ),
        AlertArticle(
            "Abishev freed, family says",
            "https://other.example.net/2026/03/abishev",
            "https://other.example.net/feed.xml",
            datetime(2026, 3, 2, 8, 40, tzinfo=UTC),
        ),
    ),
    detected_at=DETECTED,
    person_tags=("kazakhstan", "activists"),
    review_url="https://review.example.org/matches/17",
)

SENTENCE = Alert(
    key="9d8c7b6a5f4e3d2c1b0a998877665544",
    kind=AlertKind.STATUS_CHANGE,
    person_id="baltabay-yerlan",
    person_name="Yerlan Baltabay",
    event_type=EventType.SENTENCED,
    evidence="A court in Almaty sentenced Yerlan Baltabay to seven years on Monday.",
    event_date=date(2026, 3, 2),
    previous_status=Status.DETAINED,
    new_status=Status.IMPRISONED,
    articles=(
        AlertArticle(
            "Union leader Baltabay sentenced",
            "https://news.example.org/baltabay-verdict",
            "https://news.example.org/rss",
            datetime(2026, 3, 2, 7, 0, tzinfo=UTC),
        ),
    ),
    detected_at=DETECTED,
)


def release(**changes: Any) -> Alert:
    """The release alert with some fields changed."""
    return replace(RELEASE, **changes)


def hostile_article(title: str, url: str = "https://news.example.org/x") -> AlertArticle:
    return AlertArticle(title, url, "https://news.example.org/rss", DETECTED)
