"""What the review UI reads and writes beyond the CLI's queries: searching the match log,
one match in full, the dashboard, the audit log and known-status edits (the users,
sessions and tokens that guard it are in ``accounts``). Callers get plain records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from monitor.adapters.db import repo
from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    FeedEntryRow,
    FeedRow,
    MatchRow,
    PersonRow,
    ReviewActionRow,
    StatusChangeRow,
)

REVIEW_STATES = ("unreviewed", "confirmed", "dismissed")


# --- the match log ------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchSearch:
    """The match log's filters: the CLI's (person, feed, since, limit) and the UI's others."""

    person_id: str | None = None
    feed_url: str | None = None
    since: datetime | None = None  # found at or after
    until: datetime | None = None  # found before
    event_type: str | None = None
    review_state: str | None = None
    text: str | None = None  # in the title, the article text or the matched name
    min_confidence: float | None = None  # the name match's confidence, 0 to 1, inclusive
    max_confidence: float | None = None
    limit: int | None = None
    offset: int = 0


def search_query(where: MatchSearch) -> Select[Any]:
    query = select(MatchRow.id).join(ArticleRow, MatchRow.article_id == ArticleRow.id)
    if where.person_id:
        query = query.where(MatchRow.person_id == where.person_id)
    if where.since:
        query = query.where(MatchRow.created_at >= where.since)
    if where.until:
        query = query.where(MatchRow.created_at < where.until)
    if where.review_state:
        query = query.where(MatchRow.review_state == where.review_state)
    if where.min_confidence is not None:
        query = query.where(MatchRow.confidence >= where.min_confidence)
    if where.max_confidence is not None:
        query = query.where(MatchRow.confidence <= where.max_confidence)
    if where.event_type:
        typed = select(EventRow.match_id).where(EventRow.type == where.event_type)
        query = query.where(MatchRow.id.in_(typed))
    if where.feed_url:
        query = query.where(MatchRow.article_id.in_(repo.articles_carried_by(where.feed_url)))
    if where.text:
        pattern = "%" + escape_like(where.text.lower()) + "%"
        query = query.where(
            or_(
                func.lower(ArticleRow.title).like(pattern, escape="\\"),
                func.lower(ArticleRow.text).like(pattern, escape="\\"),
                func.lower(MatchRow.matched_text).like(pattern, escape="\\"),
            )
        )
    return query


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count_matches(session: Session, where: MatchSearch) -> int:
    subquery = search_query(where).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def search_matches(session: Session, where: MatchSearch) -> list[repo.MatchView]:
    """Matches passing every filter, newest first, one page (``limit`` after ``offset``)."""
    query = search_query(where).order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    if where.offset:
        query = query.offset(where.offset)
    ids = list(session.scalars(query))
    return match_views(session, ids)


def match_views(session: Session, ids: list[int]) -> list[repo.MatchView]:
    """The matches with these ids, in this order, shaped as the CLI shows them."""
    if not ids:
        return []
    query = repo.match_view_query().where(MatchRow.id.in_(ids))
    events = repo.events_by_match(session, ids)
    views = {
        match.id: repo.match_view(match, article, name, url, events.get(match.id, []))
        for match, article, name, url in session.execute(query)
    }
    return [views[i] for i in ids if i in views]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    match_id: int | None
    person_id: str | None
    action: str
    actor: str
    note: str | None
    detail: dict[str, Any] | None
    created_at: datetime


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


@dataclass(frozen=True)
class MatchDetail:
    """One match in full: the article it was found in, why, its review and its effects."""

    match: repo.MatchView
    article_text: str
    feed_title: str | None
    other_feeds: list[str]
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_note: str | None
    status_changes: list[StatusChangeView] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)


def match_detail(session: Session, match_id: int) -> MatchDetail | None:
    views = match_views(session, [match_id])
    row = session.get(MatchRow, match_id)
    if not views or row is None:
        return None
    article = session.get(ArticleRow, row.article_id)
    assert article is not None
    feed = session.get(FeedRow, article.feed_id)
    carried = session.scalars(
        select(FeedRow.url)
        .join(FeedEntryRow, FeedEntryRow.feed_id == FeedRow.id)
        .where(FeedEntryRow.article_id == article.id, FeedRow.id != article.feed_id)
        .order_by(FeedRow.url)
    )
    return MatchDetail(
        match=views[0],
        article_text=article.text,
        feed_title=feed.title if feed else None,
        other_feeds=list(carried),
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at,
        review_note=row.review_note,
        status_changes=status_changes(session, match_id=match_id),
        audit=audit_log(session, match_id=match_id),
    )


def audit_log(
    session: Session,
    *,
    match_id: int | None = None,
    person_id: str | None = None,
    actions: tuple[str, ...] = (),
    limit: int | None = 200,
) -> list[AuditEntry]:
    """Review actions (those named in ``actions``, when given), newest first."""
    query = select(ReviewActionRow).order_by(
        ReviewActionRow.created_at.desc(), ReviewActionRow.id.desc()
    )
    if match_id is not None:
        query = query.where(ReviewActionRow.match_id == match_id)
    if person_id is not None:
        query = query.where(ReviewActionRow.person_id == person_id)
    if actions:
        query = query.where(ReviewActionRow.action.in_(actions))
    if limit:
        query = query.limit(limit)
    return [
        AuditEntry(r.id, r.match_id, r.person_id, r.action, r.actor, r.note, r.detail, r.created_at)
        for r in session.scalars(query)
    ]


# --- the dashboard ------------------------------------------------------------------------


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


def people_by_status(session: Session) -> dict[str, int]:
    """How many watchlisted (active) people are in each status."""
    query = (
        select(PersonRow.status, func.count())
        .where(PersonRow.active)
        .group_by(PersonRow.status)
        .order_by(PersonRow.status)
    )
    return {status: int(n) for status, n in session.execute(query)}


def review_counts(session: Session) -> dict[str, int]:
    query = select(MatchRow.review_state, func.count()).group_by(MatchRow.review_state)
    return {state: int(n) for state, n in session.execute(query)}


def review_states(session: Session, match_ids: list[int]) -> dict[int, str]:
    if not match_ids:
        return {}
    query = select(MatchRow.id, MatchRow.review_state).where(MatchRow.id.in_(match_ids))
    return {match_id: state for match_id, state in session.execute(query)}


def person_ids(session: Session) -> list[tuple[str, str]]:
    """(id, name) of everyone, the watchlisted first."""
    query = select(PersonRow.id, PersonRow.name).order_by(PersonRow.active.desc(), PersonRow.name)
    return [(pid, name) for pid, name in session.execute(query)]


def feed_urls(session: Session) -> list[str]:
    return list(session.scalars(select(FeedRow.url).order_by(FeedRow.active.desc(), FeedRow.url)))


# --- editing a person's known status ---------------------------------------------------


@dataclass(frozen=True)
class StatusEdit:
    person_id: str
    known_before: str | None
    known_after: str
    status_before: str
    status_after: str


@dataclass(frozen=True)
class HandSetStatus:
    """What staff say: the status, who says it, why, and from when it holds (None: now)."""

    status: str
    actor: str
    note: str | None = None
    since: datetime | None = None


def set_known_status(
    session: Session, person_id: str, edit: HandSetStatus, now: datetime
) -> StatusEdit | None:
    """Staff say what the person's status is: it becomes the known status and the current
    one (since ``edit.since``, or now), audited, and holds until a status change detected
    later (a dismissal or a watchlist sync does not undo it). None when there is no such
    person."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return None
    status, since = edit.status, edit.since or now
    done = StatusEdit(person_id, person.known_status, status, person.status, status)
    person.known_status, person.status, person.status_since = status, status, since
    person.status_set_to, person.status_set_by, person.status_set_at = status, edit.actor, now
    person.status_set_since = since
    person.updated_at = now
    detail: dict[str, Any] = {
        "known_status": [done.known_before, status],
        "status": [done.status_before, status],
    }
    if edit.since is not None:
        detail["since"] = edit.since.isoformat()
    session.add(
        ReviewActionRow(
            match_id=None,
            person_id=person_id,
            action="set_status",
            actor=edit.actor,
            note=edit.note,
            detail=detail,
            created_at=now,
        )
    )
    return done
