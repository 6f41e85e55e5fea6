"""Stories and statuses: what a newly recorded event does to its person.

stories_near / add_stories / corroborate      the same person and event type within
    ``STORY_WINDOW`` is one story; later articles corroborate it (``app/record.py``
    decides which story each event joins, for a whole batch of articles at once)
person_statuses / add_status_changes          the people's statuses, and the changes that
    new stories make to them (decided by ``core.status``)
person_status                                 one person's status
status_changes                                the changes, as the dashboard and a match's
    page list them

The writes run inside the caller's transaction (``app/record.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from monitor.adapters.db.articles import chunks
from monitor.adapters.db.session import core
from monitor.adapters.db.tables import EventRow, MatchRow, PersonRow, StatusChangeRow, StoryRow
from monitor.core.outcomes import ReviewState
from monitor.core.status import STORY_WINDOW, StatusChange
from monitor.core.types import Status

EVENTS = cast(Table, EventRow.__table__)
PEOPLE = cast(Table, PersonRow.__table__)
STATUS_CHANGES = cast(Table, StatusChangeRow.__table__)
STORIES = cast(Table, StoryRow.__table__)
# Core statements, built once (see ``articles``: the ORM costs more than the work)
PERSON_STATUSES = select(PEOPLE.c.id, PEOPLE.c.status, PEOPLE.c.status_since).where(
    PEOPLE.c.id.in_(bindparam("person_ids", expanding=True))
)
SET_PERSON_STATUS = update(PEOPLE).where(PEOPLE.c.id == bindparam("b_id"))
STORIES_NEAR = select(
    STORIES.c.id, STORIES.c.person_id, STORIES.c.event_type, STORIES.c.occurred_at
).where(
    STORIES.c.person_id.in_(bindparam("person_ids", expanding=True)),
    STORIES.c.event_type.in_(bindparam("event_types", expanding=True)),
    STORIES.c.occurred_at >= bindparam("earliest"),
    STORIES.c.occurred_at <= bindparam("latest"),
)
CORROBORATE_STORY = (
    update(STORIES)
    .where(STORIES.c.id == bindparam("b_id"))
    .values(article_count=STORIES.c.article_count + bindparam("articles"))
)
ADD_STORIES = insert(STORIES).returning(STORIES.c.id, sort_by_parameter_order=True)
ADD_STATUS_CHANGES = insert(STATUS_CHANGES).returning(
    STATUS_CHANGES.c.id, sort_by_parameter_order=True
)


def person_status(session: Session, person_id: str) -> tuple[Status, datetime | None]:
    return person_statuses(session, [person_id])[person_id]


def person_statuses(
    session: Session, person_ids: Collection[str]
) -> dict[str, tuple[Status, datetime | None]]:
    """Each person's status and since when (unknown, for someone not stored)."""
    found: dict[str, tuple[Status, datetime | None]] = dict.fromkeys(
        person_ids, (Status.UNKNOWN, None)
    )
    connection = core(session)
    for chunk in chunks(sorted(found)):
        for row in connection.execute(PERSON_STATUSES, {"person_ids": chunk}):
            found[row.id] = (Status(row.status), row.status_since)
    return found


class StoryKey(NamedTuple):
    """What makes events one story: the same person and event type, about the same time."""

    person_id: str
    event_type: str
    when: datetime


@dataclass(frozen=True)
class StoredStory:
    id: int
    person_id: str
    event_type: str
    occurred_at: datetime


def stories_near(session: Session, keys: Collection[StoryKey]) -> list[StoredStory]:
    """The stored stories that any of ``keys`` may join: those of its person and event
    type within the story window of its time (and possibly a few more, which the caller
    tells apart: a query per ``CHUNK`` people, not one per key)."""
    connection = core(session)
    found: dict[int, StoredStory] = {}
    by_person: dict[str, list[StoryKey]] = {}
    for key in keys:
        by_person.setdefault(key.person_id, []).append(key)
    for chunk in chunks(sorted(by_person)):
        near = [key for person_id in chunk for key in by_person[person_id]]
        params = {
            "person_ids": chunk,
            "event_types": sorted({key.event_type for key in near}),
            "earliest": min(key.when for key in near) - STORY_WINDOW,
            "latest": max(key.when for key in near) + STORY_WINDOW,
        }
        for row in connection.execute(STORIES_NEAR, params):
            found[row.id] = StoredStory(row.id, row.person_id, row.event_type, row.occurred_at)
    return sorted(found.values(), key=lambda story: story.id)


def add_stories(session: Session, new: Sequence[tuple[StoryKey, int]], now: datetime) -> list[int]:
    """Start stories (their key, and how many articles tell them already) in one
    multi-row INSERT; their ids, in order."""
    if not new:
        return []
    rows = core(session).execute(
        ADD_STORIES,
        [
            {
                "person_id": key.person_id,
                "event_type": key.event_type,
                "occurred_at": key.when,
                "first_seen_at": now,
                "last_seen_at": now,
                "article_count": articles,
            }
            for key, articles in new
        ],
    )
    return [row.id for row in rows]


def corroborate(session: Session, articles: Mapping[int, int], now: datetime) -> None:
    """Later articles about known stories (so many more articles, by story id):
    corroboration, not new stories."""
    if articles:
        core(session).execute(
            CORROBORATE_STORY,
            [
                {"b_id": story_id, "articles": count, "last_seen_at": now}
                for story_id, count in sorted(articles.items())
            ],
        )


@dataclass(frozen=True)
class NewStatusChange:
    change: StatusChange
    story_id: int
    event_id: int


def add_status_changes(
    session: Session, new: Sequence[NewStatusChange], now: datetime
) -> list[int]:
    """Record status changes (in the order they happened) and set each person's status
    to their last; the changes' ids, in order."""
    if not new:
        return []
    connection = core(session)
    rows = connection.execute(
        ADD_STATUS_CHANGES,
        [
            {
                "person_id": item.change.person_id,
                "story_id": item.story_id,
                "event_id": item.event_id,
                "event_type": str(item.change.event_type),
                "previous_status": str(item.change.previous),
                "new_status": str(item.change.new),
                "occurred_at": item.change.occurred_at,
                "detected_at": now,
            }
            for item in new
        ],
    )
    ids = [row.id for row in rows]
    last = {item.change.person_id: item.change for item in new}
    connection.execute(
        SET_PERSON_STATUS,
        [
            {
                "b_id": person_id,
                "status": str(change.new),
                "status_since": change.occurred_at,
                "updated_at": now,
            }
            for person_id, change in sorted(last.items())
        ],
    )
    return ids


@dataclass(frozen=True)
class StatusChangeView:
    id: int
    person_id: str
    person_name: str
    event_type: str
    previous_status: str
    new_status: str
    occurred_at: datetime
    detected_at: datetime
    reverted_at: datetime | None
    match_id: int
    review_state: str


def status_changes(
    session: Session,
    *,
    match_id: int | None = None,
    awaiting_review: bool = False,
    limit: int | None = None,
) -> list[StatusChangeView]:
    """Status changes, newest first; ``awaiting_review``: in force, from an unreviewed match."""
    query = (
        select(StatusChangeRow, PersonRow.name, MatchRow.id, MatchRow.review_state)
        .join(EventRow, StatusChangeRow.event_id == EventRow.id)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(PersonRow, StatusChangeRow.person_id == PersonRow.id)
        .order_by(StatusChangeRow.detected_at.desc(), StatusChangeRow.id.desc())
    )
    if match_id is not None:
        query = query.where(MatchRow.id == match_id)
    if awaiting_review:
        query = query.where(
            MatchRow.review_state == ReviewState.UNREVIEWED, StatusChangeRow.reverted_at.is_(None)
        )
    if limit:
        query = query.limit(limit)
    return [
        StatusChangeView(
            id=change.id,
            person_id=change.person_id,
            person_name=name,
            event_type=change.event_type,
            previous_status=change.previous_status,
            new_status=change.new_status,
            occurred_at=change.occurred_at,
            detected_at=change.detected_at,
            reverted_at=change.reverted_at,
            match_id=found_in,
            review_state=state,
        )
        for change, name, found_in, state in session.execute(query)
    ]
