"""Stories and statuses: what a newly recorded event does to its person.

find_story / start_story / attach_to_story    the same person and event type within
    ``STORY_WINDOW`` is one story; later articles corroborate it
person_status / record_status_change          the person's status, and the change that
    a new story makes to it (decided by ``core.status``)
status_changes                                the changes, as the dashboard and a match's
    page list them

The writes run inside the caller's transaction (``app/record.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from monitor.adapters.db.session import core, new_id
from monitor.adapters.db.tables import EventRow, MatchRow, PersonRow, StatusChangeRow, StoryRow
from monitor.core.status import STORY_WINDOW, StatusChange
from monitor.core.types import Status

EVENTS = cast(Table, EventRow.__table__)
PEOPLE = cast(Table, PersonRow.__table__)
STATUS_CHANGES = cast(Table, StatusChangeRow.__table__)
STORIES = cast(Table, StoryRow.__table__)
# Core statements, built once (see ``articles``: the ORM costs more than the work)
PERSON_STATUS = select(PEOPLE.c.status, PEOPLE.c.status_since).where(
    PEOPLE.c.id == bindparam("person_id")
)
SET_PERSON_STATUS = update(PEOPLE).where(PEOPLE.c.id == bindparam("b_id"))
FIND_STORY = (
    select(STORIES.c.id)
    .where(
        STORIES.c.person_id == bindparam("person_id"),
        STORIES.c.event_type == bindparam("event_type"),
        STORIES.c.occurred_at >= bindparam("earliest"),
        STORIES.c.occurred_at <= bindparam("latest"),
    )
    .order_by(STORIES.c.occurred_at)
    .limit(1)
)
SET_EVENT_STORY = update(EVENTS).where(EVENTS.c.id == bindparam("b_id"))
CORROBORATE_STORY = (
    update(STORIES)
    .where(STORIES.c.id == bindparam("b_id"))
    .values(article_count=STORIES.c.article_count + 1)
)
ADD_STORY = insert(STORIES)
ADD_STATUS_CHANGE = insert(STATUS_CHANGES)


def person_status(session: Session, person_id: str) -> tuple[Status, datetime | None]:
    row = core(session).execute(PERSON_STATUS, {"person_id": person_id}).first()
    if row is None:
        return Status.UNKNOWN, None
    return Status(row.status), row.status_since


class StoryKey(NamedTuple):
    """What makes events one story: the same person and event type, about the same time."""

    person_id: str
    event_type: str
    when: datetime


def find_story(session: Session, key: StoryKey) -> int | None:
    """The story of the same person and event type within the story window of ``key.when``."""
    params = {
        "person_id": key.person_id,
        "event_type": key.event_type,
        "earliest": key.when - STORY_WINDOW,
        "latest": key.when + STORY_WINDOW,
    }
    found: int | None = core(session).execute(FIND_STORY, params).scalar()
    return found


def start_story(session: Session, key: StoryKey, event_id: int, now: datetime) -> int:
    """A new story, of which the event ``event_id`` is the first."""
    connection = core(session)
    inserted = connection.execute(
        ADD_STORY,
        {
            "person_id": key.person_id,
            "event_type": key.event_type,
            "occurred_at": key.when,
            "first_seen_at": now,
            "last_seen_at": now,
            "article_count": 1,
        },
    )
    story_id = new_id(inserted)
    connection.execute(SET_EVENT_STORY, {"b_id": event_id, "story_id": story_id})
    return story_id


def attach_to_story(session: Session, story_id: int, event_id: int, now: datetime) -> None:
    """A later article about a known story: corroboration, not a new story."""
    connection = core(session)
    connection.execute(SET_EVENT_STORY, {"b_id": event_id, "story_id": story_id})
    connection.execute(CORROBORATE_STORY, {"b_id": story_id, "last_seen_at": now})


def record_status_change(
    session: Session, change: StatusChange, story_id: int, event_id: int, now: datetime
) -> int:
    connection = core(session)
    inserted = connection.execute(
        ADD_STATUS_CHANGE,
        {
            "person_id": change.person_id,
            "story_id": story_id,
            "event_id": event_id,
            "event_type": str(change.event_type),
            "previous_status": str(change.previous),
            "new_status": str(change.new),
            "occurred_at": change.occurred_at,
            "detected_at": now,
        },
    )
    connection.execute(
        SET_PERSON_STATUS,
        {
            "b_id": change.person_id,
            "status": str(change.new),
            "status_since": change.occurred_at,
            "updated_at": now,
        },
    )
    return new_id(inserted)


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
            MatchRow.review_state == "unreviewed", StatusChangeRow.reverted_at.is_(None)
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
