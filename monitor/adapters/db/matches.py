"""Matches (a watchlisted person found in an article) and the events read in them: what a
polling pass stores, and the match log that the CLI, the web UI and the API read.

save_matches / add_events         store findings, or bring stored ones up to date, and their
                                  new events
list_matches / count_matches      the match log, filtered (``MatchSearch``), newest first
match_views / match_detail        chosen matches; one match in full
events_by_match                   the events read in each of some matches
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from monitor.adapters.db import review, stories
from monitor.adapters.db.articles import articles_carried_by, chunks
from monitor.adapters.db.session import core
from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    FeedEntryRow,
    FeedRow,
    MatchRow,
    PersonRow,
)
from monitor.core.outcomes import ReviewState
from monitor.core.types import Event, Finding

# Core statements, built once (see ``articles``: the ORM costs more than the work)
EVENTS = cast(Table, EventRow.__table__)
MATCHES = cast(Table, MatchRow.__table__)
FIND_MATCHES = select(MATCHES.c.id, MATCHES.c.article_id, MATCHES.c.person_id).where(
    MATCHES.c.article_id.in_(bindparam("article_ids", expanding=True)),
    MATCHES.c.person_id.in_(bindparam("person_ids", expanding=True)),
)
UPDATE_MATCH = update(MATCHES).where(MATCHES.c.id == bindparam("b_id"))
MATCH_EVENTS = select(EVENTS.c.match_id, EVENTS.c.type, EVENTS.c.current).where(
    EVENTS.c.match_id.in_(bindparam("match_ids", expanding=True))
)
ADD_MATCHES = insert(MATCHES).returning(MATCHES.c.id, sort_by_parameter_order=True)
ADD_EVENTS = insert(EVENTS).returning(EVENTS.c.id, sort_by_parameter_order=True)


@dataclass(frozen=True)
class SavedMatch:
    """A finding stored: its match, and its events that were not stored before (one per
    type and currentness, in the finding's order), which ``add_events`` stores."""

    match_id: int
    new_events: tuple[Event, ...]


@dataclass(frozen=True)
class NewEvent:
    """An event to store in a match (of ``person_id``, the finding's person), filed under
    its story when it has one."""

    match_id: int
    person_id: str
    event: Event
    story_id: int | None = None


def match_values(finding: Finding) -> dict[str, Any]:
    """A match's columns that a finding sets, whether new or brought up to date."""
    best = max(finding.mentions, key=lambda m: m.confidence)  # the first of the clearest
    count = finding.mention_count  # all found; ``mentions`` holds the first ones
    return {
        "matched_text": best.text,
        "mentions": [
            {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "variant": m.variant,
                "confidence": m.confidence,
                "rule": m.rule,
            }
            for m in finding.mentions
        ],
        "mention_count": count if count > len(finding.mentions) else None,  # null: as listed
        "confidence": best.confidence,
        "lang": finding.lang,
    }


def save_matches(
    session: Session,
    found: Sequence[tuple[int, Finding]],
    now: datetime,
    *,
    new_articles: bool = False,
) -> list[SavedMatch]:
    """Store findings (article id, finding: one per article and person), or bring stored
    ones up to date, in a statement per kind of write for them all; their events are not
    stored here (``add_events``, once their stories are known). ``new_articles``: the
    articles are new in this transaction, so no match of theirs is looked for."""
    connection = core(session)
    existing: dict[tuple[int, str], int] = {}
    if not new_articles:
        wanted = {(article_id, finding.person_id) for article_id, finding in found}
        for chunk in chunks(sorted(wanted)):
            params = {
                "article_ids": sorted({a for a, _ in chunk}),
                "person_ids": sorted({p for _, p in chunk}),
            }
            for match_id, article_id, person_id in connection.execute(FIND_MATCHES, params):
                if (article_id, person_id) in wanted:
                    existing[article_id, person_id] = match_id
    values = [match_values(finding) for _, finding in found]
    updates = [
        v | {"b_id": existing[article_id, finding.person_id]}
        for (article_id, finding), v in zip(found, values, strict=True)
        if (article_id, finding.person_id) in existing
    ]
    if updates:
        connection.execute(UPDATE_MATCH, updates)
    stored: dict[int, set[tuple[str, bool]]] = {}
    for ids in chunks(sorted(set(existing.values()))):
        for match_id, kind, current in connection.execute(MATCH_EVENTS, {"match_ids": ids}):
            stored.setdefault(match_id, set()).add((kind, current))
    added = [
        v
        | {
            "article_id": article_id,
            "person_id": finding.person_id,
            "review_state": str(ReviewState.UNREVIEWED),
            "created_at": now,
        }
        for (article_id, finding), v in zip(found, values, strict=True)
        if (article_id, finding.person_id) not in existing
    ]
    new_ids = iter([row.id for row in connection.execute(ADD_MATCHES, added)] if added else [])
    saved = []
    for article_id, finding in found:
        match_id = existing.get((article_id, finding.person_id))
        if match_id is None:
            match_id = next(new_ids)
        kinds = stored.get(match_id, set())
        new_events = []
        for event in finding.events:
            if (str(event.type), event.current) not in kinds:
                kinds.add((str(event.type), event.current))
                new_events.append(event)
        saved.append(SavedMatch(match_id, tuple(new_events)))
    return saved


def add_events(session: Session, events: Sequence[NewEvent], now: datetime) -> list[int]:
    """Store new events in one multi-row INSERT; their ids, in order."""
    if not events:
        return []
    rows = core(session).execute(
        ADD_EVENTS,
        [
            {
                "match_id": new.match_id,
                "person_id": new.person_id,
                "type": str(new.event.type),
                "current": new.event.current,
                "confidence": new.event.confidence,
                "evidence": new.event.evidence,
                "event_date": new.event.date,
                "rule": new.event.rule,
                "created_at": now,
                "story_id": new.story_id,
            }
            for new in events
        ],
    )
    return [row.id for row in rows]


# --- the match log ----------------------------------------------------------------------


@dataclass(frozen=True)
class EventView:
    type: str
    current: bool
    confidence: float
    evidence: str
    date: str | None
    rule: str


@dataclass(frozen=True)
class MatchView:
    id: int
    person_id: str
    person_name: str
    matched_text: str
    confidence: float
    mentions: list[dict[str, Any]]
    article_id: int
    article_title: str
    article_url: str | None
    feed_url: str
    published: datetime | None
    created_at: datetime
    review_state: str
    events: list[EventView] = field(default_factory=list)
    claimed_published: datetime | None = None  # the feed's date, when it was not trusted
    mention_count: int | None = None  # all mentions found, when more than ``mentions`` hold
    full_text: str | None = None  # "page": the article's linked page was read; "failed: why"
    lang: str | None = None  # the article's language (events are read in English and Russian)


@dataclass(frozen=True, kw_only=True)
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
        query = query.where(MatchRow.article_id.in_(articles_carried_by(where.feed_url)))
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


def list_matches(session: Session, where: MatchSearch) -> list[MatchView]:
    """Matches passing every filter, newest first, one page (``limit`` after ``offset``)."""
    query = search_query(where).order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    if where.offset:
        query = query.offset(where.offset)
    ids = list(session.scalars(query))
    return match_views(session, ids)


def match_views(session: Session, ids: list[int]) -> list[MatchView]:
    """The matches with these ids, in this order, with their article, person and events."""
    if not ids:
        return []
    query = (
        select(MatchRow, ArticleRow, PersonRow.name, FeedRow.url)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(PersonRow, MatchRow.person_id == PersonRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
        .where(MatchRow.id.in_(ids))
    )
    events = events_by_match(session, ids)
    views = {
        match.id: match_view(match, article, name, url, events.get(match.id, []))
        for match, article, name, url in session.execute(query)
    }
    return [views[i] for i in ids if i in views]


def match_view(
    match: MatchRow, article: ArticleRow, person_name: str, feed_url: str, events: list[EventView]
) -> MatchView:
    return MatchView(
        id=match.id,
        person_id=match.person_id,
        person_name=person_name,
        matched_text=match.matched_text,
        confidence=match.confidence,
        mentions=match.mentions,
        article_id=article.id,
        article_title=article.title,
        article_url=article.url,
        feed_url=feed_url,
        published=article.published_at,
        created_at=match.created_at,
        review_state=match.review_state,
        events=events,
        claimed_published=article.claimed_published_at,
        mention_count=match.mention_count,
        full_text=article.full_text,
        lang=match.lang,
    )


def events_by_match(session: Session, match_ids: Sequence[int]) -> dict[int, list[EventView]]:
    found: dict[int, list[EventView]] = {}
    if not match_ids:
        return found
    query = select(EventRow).where(EventRow.match_id.in_(list(match_ids))).order_by(EventRow.id)
    for row in session.scalars(query):
        found.setdefault(row.match_id, []).append(
            EventView(
                type=row.type,
                current=row.current,
                confidence=row.confidence,
                evidence=row.evidence,
                date=row.event_date.isoformat() if row.event_date else None,
                rule=row.rule,
            )
        )
    return found


# --- one match in full ------------------------------------------------------------------


@dataclass(frozen=True)
class MatchDetail:
    """One match in full: the article it was found in, why, its review and its effects."""

    match: MatchView
    article_text: str
    feed_title: str | None
    other_feeds: list[str]
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_note: str | None
    status_changes: list[stories.StatusChangeView] = field(default_factory=list)
    audit: list[review.AuditEntry] = field(default_factory=list)


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
        status_changes=stories.status_changes(session, match_id=match_id),
        audit=review.audit_log(session, match_id=match_id),
    )
