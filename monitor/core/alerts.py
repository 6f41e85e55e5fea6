"""What an alert says, whichever channel carries it.

An Alert is built from a status change (or a notable event) and its story's
articles; channels render it (email, webhook JSON, Slack, Apprise). ``key`` is
the delivery's idempotency key: the same on every retry of one delivery, so
receivers can de-duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from monitor.core.types import EventType, Status


class AlertKind(StrEnum):
    STATUS_CHANGE = "status_change"  # a person's status changed
    EVENT = "event"  # a notable event that leaves the status as it is (hunger strike, ...)
    TEST = "test"  # `monitor alerts test ROUTE`
    SOURCE_HEALTH = "source_health"  # to the admin route: a feed is failing, silent, or back
    CORRECTION = "correction"  # takes back a sent alert whose match staff dismissed


@dataclass(frozen=True)
class Corrected:
    """The sent alert a correction takes back, and the status the person has now."""

    key: str  # the original's idempotency key (its webhook ``delivery``, its Message-ID)
    delivery_id: int  # the original's id in the outbox (``monitor alerts``)
    status_now: Status | None


@dataclass(frozen=True)
class AlertArticle:
    """One article that reports the story: the first, then any corroboration."""

    title: str
    url: str | None
    feed_url: str
    published: datetime | None


@dataclass(frozen=True)
class Alert:
    key: str
    kind: AlertKind
    person_id: str
    person_name: str
    event_type: EventType | None
    evidence: str
    event_date: date | None
    previous_status: Status | None
    new_status: Status | None
    articles: tuple[AlertArticle, ...]
    detected_at: datetime
    person_tags: tuple[str, ...] = ()
    reminder: bool = False  # sent again because nobody acknowledged it
    review_url: str | None = None  # the match in the review UI, when its base URL is set
    source_state: str | None = None  # SOURCE_HEALTH: failing, silent, or ok (recovered);
    # person_name then names the feed, evidence says what happened, articles[0] links it
    corrects: Corrected | None = None  # CORRECTION: the alert it takes back

    @property
    def headline(self) -> str:
        """``Yerlan Baltabay: sentenced — detained → imprisoned``"""
        prefix = "Reminder: " if self.reminder else ""
        if self.kind is AlertKind.SOURCE_HEALTH:  # ``Feed failing: Times of Central Asia``
            state = {"ok": "recovered"}.get(self.source_state or "", self.source_state)
            return f"{prefix}Feed {state or 'health'}: {self.person_name}"
        what = str(self.event_type).replace("_", " ") if self.event_type else "test"
        if self.kind is AlertKind.CORRECTION:
            return prefix + self.correction_headline(what)
        if self.previous_status is not None and self.new_status is not None:
            return (
                f"{prefix}{self.person_name}: {what} — {self.previous_status} → {self.new_status}"
            )
        return f"{prefix}{self.person_name}: {what}"

    def correction_headline(self, what: str) -> str:
        """``Correction: Aset Abishev: released (imprisoned → free) was dismissed — status
        now imprisoned``"""
        change = ""
        if self.previous_status is not None and self.new_status is not None:
            change = f" ({self.previous_status} → {self.new_status})"
        now = self.corrects.status_now if self.corrects else None
        return f"Correction: {self.person_name}: {what}{change} was dismissed" + (
            f" — status now {now}" if now else ""
        )
