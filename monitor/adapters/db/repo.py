"""Reading and writing the monitor's records. ORM rows stay in here: callers get
plain records (FeedState, MatchView, FeedHealth) and hand in core records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import (
    ArticleRow,
    EventRow,
    FeedEntryRow,
    FeedRow,
    MatchRow,
    PersonRow,
    PollRow,
)
from monitor.core.entries import EntryKeys
from monitor.core.types import Finding, ParsedEntry, Status, Watchlist


@dataclass(frozen=True)
class FeedState:
    """What a polling pass needs to know about a feed."""

    id: int
    url: str
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    consecutive_failures: int


@dataclass(frozen=True)
class FeedHealth:
    url: str
    title: str | None
    active: bool
    last_status: str | None
    error_reason: str | None
    error_message: str | None
    consecutive_failures: int
    last_polled_at: datetime | None
    last_success_at: datetime | None
    next_poll_at: datetime | None


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


@dataclass(frozen=True)
class MatchFilter:
    person_id: str | None = None
    feed_url: str | None = None
    since: datetime | None = None
    limit: int | None = None


# --- watchlist -------------------------------------------------------------------------


def sync_watchlist(session: Session, watchlist: Watchlist, now: datetime) -> None:
    """Make the people and feeds tables follow the watchlist; removed ones become inactive."""
    people = {row.id: row for row in session.scalars(select(PersonRow))}
    for person in watchlist.people:
        known = str(person.status) if person.status else None
        row = people.pop(person.id, None)
        if row is None:
            status = known or str(Status.UNKNOWN)
            row = PersonRow(id=person.id, status=status, status_since=None)
            session.add(row)
        elif row.known_status != known and row.status_since is None:
            row.status = known or str(Status.UNKNOWN)  # no event has set it yet
        row.name, row.known_status, row.active, row.updated_at = person.name, known, True, now
    for row in people.values():
        row.active = False

    feeds = {row.url: row for row in session.scalars(select(FeedRow))}
    for config in watchlist.feeds:
        feed = feeds.pop(config.url, None)
        if feed is None:
            feed = FeedRow(url=config.url, created_at=now, consecutive_failures=0)
            session.add(feed)
        feed.active, feed.interval_seconds = True, config.interval_seconds
    for feed in feeds.values():
        feed.active = False
    session.flush()


# --- polling ----------------------------------------------------------------------------


def feeds_to_poll(session: Session) -> list[FeedState]:
    rows = session.scalars(select(FeedRow).where(FeedRow.active).order_by(FeedRow.id))
    return [
        FeedState(
            id=row.id,
            url=row.url,
            interval_seconds=row.interval_seconds,
            etag=row.etag,
            last_modified=row.last_modified,
            consecutive_failures=row.consecutive_failures,
        )
        for row in rows
    ]


def known_guid_keys(session: Session, feed_id: int, guid_keys: Sequence[str]) -> set[str]:
    if not guid_keys:
        return set()
    query = select(FeedEntryRow.guid_key).where(
        FeedEntryRow.feed_id == feed_id, FeedEntryRow.guid_key.in_(list(guid_keys))
    )
    return set(session.scalars(query))


def find_article(session: Session, keys: EntryKeys) -> int | None:
    """The stored article with the same canonical URL or the same text, if any."""
    conditions = [ArticleRow.content_hash == keys.content_hash]
    if keys.url_key:
        conditions.append(ArticleRow.url_key == keys.url_key)
    for condition in conditions:
        found = session.scalar(select(ArticleRow.id).where(condition))
        if found is not None:
            return found
    return None


def add_article(
    session: Session, feed_id: int, keys: EntryKeys, entry: ParsedEntry, now: datetime
) -> int:
    row = ArticleRow(
        feed_id=feed_id,
        url=keys.url,
        url_key=keys.url_key,
        content_hash=keys.content_hash,
        title=entry.title,
        text=entry.text,
        published_at=entry.published,
        first_seen_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def add_feed_entry(
    session: Session, feed_id: int, keys: EntryKeys, article_id: int, now: datetime
) -> None:
    session.add(
        FeedEntryRow(
            feed_id=feed_id,
            guid_key=keys.guid_key,
            guid=keys.guid,
            article_id=article_id,
            seen_at=now,
        )
    )


def add_match(session: Session, article_id: int, finding: Finding, now: datetime) -> int:
    """Store one finding (the person's mentions and events in one article)."""
    mentions = [
        {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "variant": m.variant,
            "confidence": m.confidence,
            "rule": m.rule,
        }
        for m in finding.mentions
    ]
    row = MatchRow(
        article_id=article_id,
        person_id=finding.person_id,
        matched_text=finding.mentions[0].text,
        mentions=mentions,
        confidence=max(m.confidence for m in finding.mentions),
        review_state="unreviewed",
        created_at=now,
    )
    session.add(row)
    session.flush()
    for event in finding.events:
        session.add(
            EventRow(
                match_id=row.id,
                person_id=finding.person_id,
                type=str(event.type),
                current=event.current,
                confidence=event.confidence,
                evidence=event.evidence,
                event_date=event.date,
                rule=event.rule,
                created_at=now,
            )
        )
    return row.id


def record_poll(
    session: Session,
    feed_id: int,
    *,
    started_at: datetime,
    finished_at: datetime,
    outcome: str,
    next_poll_at: datetime,
    new_entries: int = 0,
    new_matches: int = 0,
    title: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    error_reason: str | None = None,
    error_message: str | None = None,
) -> None:
    """Update the feed's health after a pass and log the pass."""
    values: dict[str, Any] = {
        "last_status": outcome,
        "last_polled_at": finished_at,
        "next_poll_at": next_poll_at,
    }
    if outcome == "error":
        values |= {
            "error_reason": error_reason,
            "error_message": error_message,
            "consecutive_failures": FeedRow.consecutive_failures + 1,
        }
    else:
        values |= {
            "error_reason": None,
            "error_message": None,
            "consecutive_failures": 0,
            "last_success_at": finished_at,
            "etag": etag,
            "last_modified": last_modified,
        }
        if title:
            values["title"] = title
        if new_entries:
            values["last_new_entry_at"] = finished_at
    session.execute(update(FeedRow).where(FeedRow.id == feed_id).values(**values))
    session.add(
        PollRow(
            feed_id=feed_id,
            started_at=started_at,
            finished_at=finished_at,
            outcome=outcome,
            error_reason=error_reason,
            error_message=error_message,
            new_entries=new_entries,
            new_matches=new_matches,
        )
    )


# --- reading ------------------------------------------------------------------------------


def list_feeds(session: Session) -> list[FeedHealth]:
    rows = session.scalars(select(FeedRow).order_by(FeedRow.active.desc(), FeedRow.url))
    return [
        FeedHealth(
            url=row.url,
            title=row.title,
            active=row.active,
            last_status=row.last_status,
            error_reason=row.error_reason,
            error_message=row.error_message,
            consecutive_failures=row.consecutive_failures,
            last_polled_at=row.last_polled_at,
            last_success_at=row.last_success_at,
            next_poll_at=row.next_poll_at,
        )
        for row in rows
    ]


def list_matches(session: Session, where: MatchFilter) -> list[MatchView]:
    """Matches, newest first."""
    query = (
        select(MatchRow, ArticleRow, PersonRow.name, FeedRow.url)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(PersonRow, MatchRow.person_id == PersonRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
        .order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
    )
    if where.person_id:
        query = query.where(MatchRow.person_id == where.person_id)
    if where.since:
        query = query.where(MatchRow.created_at >= where.since)
    if where.feed_url:
        carried = (
            select(FeedEntryRow.article_id)
            .join(FeedRow, FeedEntryRow.feed_id == FeedRow.id)
            .where(FeedRow.url == where.feed_url)
        )
        query = query.where(MatchRow.article_id.in_(carried))
    if where.limit:
        query = query.limit(where.limit)
    rows = session.execute(query).all()
    events = events_by_match(session, [match.id for match, *_ in rows])
    return [
        MatchView(
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
            events=events.get(match.id, []),
        )
        for match, article, person_name, feed_url in rows
    ]


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
