"""People: the watchlist's people kept in step with the file, and what the CLI and the
people pages read of them. Callers get plain records.

sync_watchlist                    the people, their tags and the feeds follow the watchlist
person_views / timelines_of       people with their timelines (`monitor status`, the UI)
people_summaries / person_summary each person's summary (status, since when, aliases,
    tags, context, how many events), in three queries whatever the number of people
case_file                         what a case file is built from: the person's reports
    and the change that set their status
person_ids / people_by_status     the people filter's choices; the dashboard's counts
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from monitor.adapters.db import feeds
from monitor.adapters.db.session import take_write_lock
from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    FeedRow,
    MatchRow,
    PersonRow,
    PersonTagRow,
    StatusChangeRow,
)
from monitor.core.case_file import (
    CaseFile,
    HandSet,
    Reported,
    Source,
    StatusNow,
    build_case_file,
    passages,
)
from monitor.core.outcomes import ReviewState
from monitor.core.people_search import PersonSummary
from monitor.core.types import Status, Watchlist

SYNC_LOCK_ID = 0x73796E63  # PostgreSQL advisory lock: one replica syncs the watchlist at a time


def sync_watchlist(session: Session, watchlist: Watchlist, now: datetime) -> None:
    """Make the people and feeds tables follow the watchlist; removed ones become inactive.

    Processes starting together take turns (see ``take_write_lock``), so none inserts a
    person another has just inserted."""
    take_write_lock(session, SYNC_LOCK_ID)
    people = {row.id: row for row in session.scalars(select(PersonRow))}
    for person in watchlist.people:
        known = str(person.status) if person.status else None
        row = people.pop(person.id, None)
        if row is None:
            status = known or str(Status.UNKNOWN)
            row = PersonRow(id=person.id, status=status, status_since=None)
            session.add(row)
        elif row.listed_status != known:  # the file says something new: it speaks last
            row.status_set_to = row.status_set_by = row.status_set_at = None
        if row.status_set_at is None:  # else staff set the status by hand since
            if row.known_status != known and row.status_since is None:
                row.status = known or str(Status.UNKNOWN)  # no event has set it yet
            row.known_status = known
        row.name, row.listed_status, row.active, row.updated_at = person.name, known, True, now
        if row.aliases != list(person.aliases):  # JSON columns: written only when changed
            row.aliases = list(person.aliases)
        if row.context != list(person.context):
            row.context = list(person.context)
    for row in people.values():
        row.active = False
    sync_tags(session, watchlist)
    feeds.sync_feeds(session, watchlist.feeds, now)
    session.flush()


def sync_tags(session: Session, watchlist: Watchlist) -> None:
    """The person_tags table made the watchlist's: only the differences are written."""
    wanted = {(person.id, tag) for person in watchlist.people for tag in person.tags}
    stored = {(p, t) for p, t in session.execute(select(PersonTagRow.person_id, PersonTagRow.tag))}
    for person_id, tag in stored - wanted:
        session.execute(
            delete(PersonTagRow).where(PersonTagRow.person_id == person_id, PersonTagRow.tag == tag)
        )
    session.flush()  # (new people first, for the foreign key)
    session.add_all(PersonTagRow(person_id=p, tag=t) for p, t in sorted(wanted - stored))


# --- people with their timelines --------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a person's timeline, with where it was read."""

    type: str
    current: bool
    confidence: float
    evidence: str
    date: str | None
    article_title: str
    article_url: str | None
    feed_url: str
    published: datetime | None
    found_at: datetime
    match_id: int
    story_id: int | None
    changed: tuple[str, str] | None  # (previous, new) when this event changed the status


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    active: bool
    known_status: str | None
    status: str
    status_since: datetime | None
    timeline: list[TimelineEntry]


def person_views(session: Session, person_id: str | None = None) -> list[PersonView]:
    """People (one, or all in the watchlist's order of ids) with their timelines, oldest first."""
    query = select(PersonRow).order_by(PersonRow.active.desc(), PersonRow.id)
    if person_id:
        query = query.where(PersonRow.id == person_id)
    people = list(session.scalars(query))
    timelines = timelines_of(session, [p.id for p in people])
    return [
        PersonView(
            id=p.id,
            name=p.name,
            active=p.active,
            known_status=p.known_status,
            status=p.status,
            status_since=p.status_since,
            timeline=timelines.get(p.id, []),
        )
        for p in people
    ]


def timelines_of(session: Session, person_ids: Sequence[str]) -> dict[str, list[TimelineEntry]]:
    if not person_ids:
        return {}
    query = (
        select(EventRow, MatchRow.id, ArticleRow, FeedRow.url, StatusChangeRow)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
        .outerjoin(StatusChangeRow, StatusChangeRow.event_id == EventRow.id)
        .where(EventRow.person_id.in_(list(person_ids)))
    )
    found: dict[str, list[TimelineEntry]] = {}
    for event, match_id, article, feed_url, change in session.execute(query):
        found.setdefault(event.person_id, []).append(
            TimelineEntry(
                type=event.type,
                current=event.current,
                confidence=event.confidence,
                evidence=event.evidence,
                date=event.event_date.isoformat() if event.event_date else None,
                article_title=article.title,
                article_url=article.url,
                feed_url=feed_url,
                published=article.published_at,
                found_at=event.created_at,
                match_id=match_id,
                story_id=event.story_id,
                changed=(change.previous_status, change.new_status) if change else None,
            )
        )
    for entries in found.values():
        entries.sort(key=lambda e: (e.date or iso_day(e.published or e.found_at), e.found_at))
    return found


def iso_day(value: datetime) -> str:
    return value.date().isoformat()


def person_ids(session: Session) -> list[tuple[str, str]]:
    """(id, name) of everyone, the watchlisted first."""
    query = select(PersonRow.id, PersonRow.name).order_by(PersonRow.active.desc(), PersonRow.name)
    return [(pid, name) for pid, name in session.execute(query)]


def people_by_status(session: Session) -> dict[str, int]:
    """How many watchlisted (active) people are in each status."""
    query = (
        select(PersonRow.status, func.count())
        .where(PersonRow.active)
        .group_by(PersonRow.status)
        .order_by(PersonRow.status)
    )
    return {status: int(n) for status, n in session.execute(query)}


# --- summaries and case files -----------------------------------------------------------


def people_summaries(session: Session, person_id: str | None = None) -> list[PersonSummary]:
    """Everyone (or one person), in the order of ids; the caller searches and sorts."""
    people = select(PersonRow).order_by(PersonRow.id)
    tags = select(PersonTagRow.person_id, PersonTagRow.tag).order_by(PersonTagRow.tag)
    events = select(EventRow.person_id, func.count()).group_by(EventRow.person_id)
    if person_id is not None:
        people = people.where(PersonRow.id == person_id)
        tags = tags.where(PersonTagRow.person_id == person_id)
        events = events.where(EventRow.person_id == person_id)
    tags_of: dict[str, list[str]] = {}
    for pid, tag in session.execute(tags):
        tags_of.setdefault(pid, []).append(tag)
    counts = {pid: int(n) for pid, n in session.execute(events)}
    return [
        PersonSummary(
            id=row.id,
            name=row.name,
            aliases=tuple(row.aliases or ()),
            tags=tuple(tags_of.get(row.id, ())),
            context=tuple(row.context or ()),
            status=row.status,
            status_since=row.status_since,
            active=row.active,
            events=counts.get(row.id, 0),
        )
        for row in session.scalars(people)
    ]


def person_summary(session: Session, person_id: str) -> PersonSummary | None:
    found = people_summaries(session, person_id)
    return found[0] if found else None


PASSAGE_MATCHES = 40  # the newest matches whose article text is read for hearings


def case_reports(session: Session, person_id: str) -> list[Reported]:
    """What the case file is built from: every event of the person (its evidence), and
    the sentences around the mentions in their newest articles."""
    query = (
        select(
            EventRow,
            MatchRow.review_state,
            ArticleRow.title,
            ArticleRow.url,
            ArticleRow.published_at,
        )
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(EventRow.person_id == person_id)
    )
    reports = [
        Reported(
            source=Source(event.match_id, title, url, day_of(published), event.evidence),
            event_type=event.type,
            current=event.current,
            event_date=event.event_date,
            dismissed=state == ReviewState.DISMISSED,
        )
        for event, state, title, url, published in session.execute(query)
    ]
    articles = (
        select(
            MatchRow.id,
            MatchRow.mentions,
            ArticleRow.title,
            ArticleRow.text,
            ArticleRow.url,
            ArticleRow.published_at,
        )
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(MatchRow.person_id == person_id, MatchRow.review_state != ReviewState.DISMISSED)
        .order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
        .limit(PASSAGE_MATCHES)
    )
    for match_id, mentions, title, text, url, published in session.execute(articles):
        starts = [m["start"] for m in mentions or [] if isinstance(m.get("start"), int)]
        for sentence in passages(title + "\n\n" + text, starts):
            reports.append(Reported(Source(match_id, title, url, day_of(published), sentence)))
    return reports


def day_of(value: datetime | None) -> date | None:
    return value.date() if value else None


def status_now(session: Session, person_id: str) -> StatusNow | None:
    """The person's status, and the event of the change that set it, or staff's hand."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return None
    hand_set = None
    if person.status_set_to is not None and person.status_set_at is not None:
        hand_set = HandSet(
            person.status_set_to,
            person.status_set_by or "?",
            person.status_set_at,
            person.status_set_since,
        )
    changes = (
        select(
            StatusChangeRow,
            EventRow,
            MatchRow.review_state,
            ArticleRow.title,
            ArticleRow.url,
            ArticleRow.published_at,
        )
        .join(EventRow, StatusChangeRow.event_id == EventRow.id)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .where(StatusChangeRow.person_id == person_id, StatusChangeRow.reverted_at.is_(None))
        .order_by(StatusChangeRow.occurred_at.desc(), StatusChangeRow.id.desc())
        .limit(1)
    )
    changed_by = None
    for change, event, state, title, url, published in session.execute(changes):
        by_hand_later = hand_set is not None and change.detected_at <= hand_set.at
        if change.new_status == person.status and not by_hand_later:
            changed_by = Reported(
                Source(event.match_id, title, url, day_of(published), event.evidence),
                event.type,
                event.current,
                event.event_date,
                state == ReviewState.DISMISSED,
            )
    return StatusNow(person.status, person.status_since, changed_by, hand_set)


def case_file(session: Session, person_id: str, today: date) -> CaseFile | None:
    """The person's case file as of ``today``; None when there is no such person."""
    status = status_now(session, person_id)
    if status is None:
        return None
    return build_case_file(status, case_reports(session, person_id), today)
