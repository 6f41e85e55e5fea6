"""What the cross-person timeline page reads: the current events of a stretch of days
(every person, or the people with a tag), and the status changes and event days the
week-by-week charts replay. Events of dismissed matches are left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    MatchRow,
    PersonRow,
    PersonTagRow,
    StatusChangeRow,
)
from monitor.core.dates import NEWS_WINDOW_IN_DAYS, event_time
from monitor.core.outcomes import ReviewState
from monitor.core.weekly import Change

# an event is found at most this long after it happened: older is history (the news window)
SLACK = NEWS_WINDOW_IN_DAYS


@dataclass(frozen=True)
class TimelineItem:
    """One current event on the timeline page."""

    at: datetime  # when it happened (its day, else the article's date)
    person_id: str
    person_name: str
    type: str
    evidence: str
    article_title: str
    article_url: str | None
    match_id: int
    review_state: str
    changed: tuple[str, str] | None  # (previous, new) when it changed the status


def of_tag(tag: str | None) -> ColumnElement[bool]:
    """Events of the people with ``tag``; every event when there is no tag."""
    if not tag:
        return true()
    return EventRow.person_id.in_(select(PersonTagRow.person_id).where(PersonTagRow.tag == tag))


def current_events(
    session: Session, since: datetime, until: datetime, tag: str | None = None
) -> list[TimelineItem]:
    """Current events that happened in [since, until), newest first."""
    query = (
        select(
            EventRow,
            PersonRow.name,
            MatchRow.review_state,
            ArticleRow.title,
            ArticleRow.url,
            ArticleRow.published_at,
            StatusChangeRow,
        )
        .join(PersonRow, EventRow.person_id == PersonRow.id)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .outerjoin(StatusChangeRow, StatusChangeRow.event_id == EventRow.id)
        .where(EventRow.current.is_(True), MatchRow.review_state != ReviewState.DISMISSED)
        .where(EventRow.created_at >= since, EventRow.created_at < until + SLACK)
    )
    found = []
    for event, name, state, title, url, published, change in session.execute(
        query.where(of_tag(tag))
    ):
        at = event_time(event.event_date, published, event.created_at)
        if not since <= at < until:
            continue
        changed = None
        if change is not None and change.reverted_at is None:
            changed = (change.previous_status, change.new_status)
        found.append(
            TimelineItem(
                at,
                event.person_id,
                name,
                event.type,
                event.evidence,
                title,
                url,
                event.match_id,
                state,
                changed,
            )
        )
    found.sort(key=lambda item: (item.at, item.match_id), reverse=True)
    return found


def event_days(session: Session, since: datetime, tag: str | None = None) -> list[date]:
    """The day of each current event found since ``since`` (for events per week)."""
    query = (
        select(EventRow.event_date, ArticleRow.published_at, EventRow.created_at)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(EventRow.current.is_(True), MatchRow.review_state != ReviewState.DISMISSED)
        .where(EventRow.created_at >= since)
    )
    return [
        event_time(day, published, created).date()
        for day, published, created in session.execute(query.where(of_tag(tag)))
    ]


def status_history(session: Session, tag: str | None = None) -> tuple[dict[str, str], list[Change]]:
    """Each watchlisted person's current status, and the status changes in force."""
    people = select(PersonRow.id, PersonRow.status).where(PersonRow.active)
    changes = select(
        StatusChangeRow.person_id,
        StatusChangeRow.occurred_at,
        StatusChangeRow.previous_status,
        StatusChangeRow.new_status,
    ).where(StatusChangeRow.reverted_at.is_(None))
    if tag:
        with_tag = select(PersonTagRow.person_id).where(PersonTagRow.tag == tag)
        people = people.where(PersonRow.id.in_(with_tag))
        changes = changes.where(StatusChangeRow.person_id.in_(with_tag))
    current = {pid: status for pid, status in session.execute(people)}
    return current, [
        Change(pid, at, previous, new)
        for pid, at, previous, new in session.execute(changes)
        if pid in current
    ]


def tags(session: Session) -> list[str]:
    return list(session.scalars(select(PersonTagRow.tag).distinct().order_by(PersonTagRow.tag)))
