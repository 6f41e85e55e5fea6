"""Where a person stands, and when an event changes that.

Each event type either sets a new status or leaves it as it is (DESIGN.md).
Only news changes a status: an event must be current, reported within the news
window of now, and not dated before the person's last status change. Event
times come from ``core.dates``: never in the future. The same
person and event type within 14 days is one story, however many articles
report it; only a story's first event can change the status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.core.dates import FUTURE_TOLERANCE, NEWS_WINDOW, event_time
from monitor.core.types import Event, EventType, Status

STATUS_AFTER: dict[EventType, Status | None] = {
    EventType.DETAINED: Status.DETAINED,
    EventType.CHARGED: None,
    EventType.HOUSE_ARREST: Status.HOUSE_ARREST,
    EventType.TRIAL: None,
    EventType.SENTENCED: Status.IMPRISONED,  # RESTRICTED when the penalty is non-custodial
    EventType.ACQUITTED: Status.FREE,
    EventType.CHARGES_DROPPED: Status.FREE,
    EventType.APPEAL_REJECTED: None,
    EventType.PAROLE_GRANTED: Status.PAROLED,
    EventType.PAROLE_DENIED: None,
    EventType.RELEASED: Status.FREE,
    EventType.PARDONED: Status.FREE,
    EventType.TRANSFERRED: None,
    EventType.HUNGER_STRIKE: None,
    EventType.ILL_TREATMENT: None,
    EventType.DIED: Status.DECEASED,
    EventType.FLED: Status.IN_EXILE,
}

STORY_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class StatusChange:
    """A person's status moved from ``previous`` to ``new`` because of an event."""

    person_id: str
    previous: Status
    new: Status
    event_type: EventType
    occurred_at: datetime


def status_after(event: Event) -> Status | None:
    """The status this event leads to, or None when it leaves the status unchanged."""
    if event.type is EventType.SENTENCED and event.non_custodial:
        return Status.RESTRICTED
    return STATUS_AFTER[event.type]


def occurred_at(event: Event, published: datetime | None, seen_at: datetime) -> datetime:
    """When the event happened: its own date, else the article's date, else when we saw it;
    a date the monitor does not believe is replaced, and it is never after ``seen_at``
    (``core.dates.event_time``)."""
    return event_time(event.date, published, seen_at)


def is_news(when: datetime, now: datetime) -> bool:
    return now - when <= NEWS_WINDOW


def decide_status_change(
    person_id: str,
    current: Status,
    since: datetime | None,
    event: Event,
    when: datetime,
    now: datetime,
) -> StatusChange | None:
    """The change this event makes to a person whose status is ``current`` since ``since``."""
    new = status_after(event)
    if new is None or new == current or not event.current or not is_news(when, now):
        return None
    if since is not None and when < since and since - now <= FUTURE_TOLERANCE:
        return None  # older than the last change: it never overrides it
    # (a ``since`` in the future came from a date no longer trusted: it blocks nothing)
    if current is Status.DECEASED:
        return None  # the dead are not arrested: a misattribution, not news
    return StatusChange(person_id, current, new, event.type, when)
