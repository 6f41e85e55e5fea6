"""Feeds: their polling state, leases, passes and health. ORM rows stay in here: callers
get plain records (``FeedState``, ``FeedHealth``, ``FeedSource``) and hand in ``Poll``.

claim_feeds / release_feeds / release_leases_of / leased_feeds / expire_feed_leases
    the leases that let replicas share the feeds
record_poll / record_polls / record_unchanged    one pass or many (or many not-modified
    ones) and the feeds' health
record_discovered_feed            the advertised feed that stands for a page
list_feeds / feed_sources / mark_source_alerted    health for the CLI, the web and alerts
sync_feeds / feed_urls            the feeds follow the watchlist; the feed filter's choices
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, any_, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from monitor.adapters.db.articles import chunks
from monitor.adapters.db.session import core, rows_changed
from monitor.adapters.db.tables import FeedRow, PollRow, UTCDateTime
from monitor.core.outcomes import PollOutcome
from monitor.core.source_health import SourceFacts, SourceState
from monitor.core.types import FeedConfig
from monitor.errors import FetchReason

# feed ids in one IN (...): a statement takes at most 32,766 parameters on SQLite and
# 65,535 on PostgreSQL, and a large deployment claims more feeds than that at once
IDS_AT_ONCE = 10_000
FEEDS = cast(Table, FeedRow.__table__)
POLLS = cast(Table, PollRow.__table__)
# Core statements, built once (see ``articles``: the ORM costs more than the work)
FEED_PASSED = update(FEEDS).where(FEEDS.c.id == bindparam("b_id"))
FEED_FAILED = (
    update(FEEDS)
    .where(FEEDS.c.id == bindparam("b_id"))
    .values(
        consecutive_failures=FEEDS.c.consecutive_failures + 1,
        failing_since=func.coalesce(
            FEEDS.c.failing_since, bindparam("b_started_at", type_=UTCDateTime())
        ),
    )
)
ADD_POLL = insert(POLLS)


@dataclass(frozen=True)
class FeedState:
    """What a polling pass needs to know about a feed."""

    id: int
    url: str
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    consecutive_failures: int
    discovered_url: str | None = None  # the feed the page at ``url`` advertises
    body_hash: str | None = None  # of the last document stored (``Poll.body_hash``)
    ttl_minutes: int | None = None  # that document's <ttl>


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
    discovered_url: str | None = None
    source: str | None = None


# FeedState's fields, in order (a claim reads them as columns, not ORM rows)
STATE_COLUMNS = (
    FeedRow.id,
    FeedRow.url,
    FeedRow.interval_seconds,
    FeedRow.etag,
    FeedRow.last_modified,
    FeedRow.consecutive_failures,
    FeedRow.discovered_url,
    FeedRow.body_hash,
    FeedRow.ttl_minutes,
)


def claim_feeds(
    session: Session,
    now: datetime,
    owner: str,
    lease: timedelta,
    *,
    due_only: bool,
    limit: int | None = None,
) -> list[FeedState]:
    """Take a lease on active feeds nobody else holds (the due ones, or all of them).

    On PostgreSQL the candidates are locked with FOR UPDATE SKIP LOCKED, so replicas
    claiming at the same moment split the feeds between them; everywhere, the guarded
    UPDATE takes a feed only while its lease is free, and the feeds claimed are those
    that now carry this owner's name and expiry. An expired lease (a replica that died)
    is free again.
    """
    free = or_(FeedRow.lease_expires_at.is_(None), FeedRow.lease_expires_at < now)
    conditions = [FeedRow.active, free]
    if due_only:
        conditions.append(or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now))
    query = (
        select(FeedRow.id)
        .where(*conditions)
        .order_by(FeedRow.next_poll_at.asc().nulls_first(), FeedRow.id)
        .limit(limit)
    )
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        query = query.with_for_update(skip_locked=True)
    candidates = list(session.scalars(query))
    expires = now + lease
    claimed: list[FeedState] = []
    for ids in chunks(candidates, IDS_AT_ONCE):
        session.execute(
            update(FeedRow)
            .where(one_of(ids, postgresql), free)
            .values(lease_owner=owner, lease_expires_at=expires)
            .execution_options(synchronize_session=False)
        )
        mine = select(*STATE_COLUMNS).where(
            one_of(ids, postgresql),
            FeedRow.lease_owner == owner,
            FeedRow.lease_expires_at == expires,
        )  # (columns, not ORM rows: a tenth of the time for 10,000 feeds)
        claimed += [FeedState(*row) for row in session.execute(mine)]
    return sorted(claimed, key=lambda feed: feed.id)


def one_of(ids: Sequence[int], postgresql: bool) -> ColumnElement[bool]:
    """The feeds of ``ids``: ``IN (...)``; on PostgreSQL ``= ANY(array)``, one parameter
    rather than 10,000 (the driver rewrote those in Python: 0.2 s of CPU a claim)."""
    if postgresql:
        return FeedRow.id == any_(bindparam("ids", list(ids), type_=ARRAY(FEEDS.c.id.type)))
    return FeedRow.id.in_(ids)


def release_feeds(session: Session, feed_ids: Sequence[int], owner: str) -> None:
    """Give back leases of feeds whose pass was abandoned (the daemon is stopping)."""
    for ids in chunks(list(feed_ids), IDS_AT_ONCE):
        session.execute(
            update(FeedRow)
            .where(FeedRow.id.in_(ids), FeedRow.lease_owner == owner)
            .values(lease_owner=None, lease_expires_at=None)
        )


def release_leases_of(session: Session, owner: str, keep: Sequence[int] = ()) -> int:
    """Give back every feed lease ``owner`` holds but those of ``keep`` (feeds it is
    polling now): after a pass of its own failed, what it claimed is free again at once,
    not when the lease expires. Returns how many were given back."""
    query = update(FeedRow).where(FeedRow.lease_owner == owner)
    if keep:
        query = query.where(FeedRow.id.not_in(list(keep)))
    return rows_changed(session.execute(query.values(lease_owner=None, lease_expires_at=None)))


def leased_feeds(session: Session, now: datetime) -> dict[str, datetime]:
    """The active feeds someone is polling now (their lease unexpired): URL → lease end."""
    rows = session.execute(
        select(FeedRow.url, FeedRow.lease_expires_at).where(
            FeedRow.active, FeedRow.lease_expires_at > now
        )
    )
    return {url: expires for url, expires in rows if expires is not None}


def expire_feed_leases(session: Session) -> int:
    """Free every feed lease. Only for a sole daemon starting (SQLite): leases it finds are
    those of a predecessor that died, and waiting for them to expire would stall its feeds."""
    result = session.execute(
        update(FeedRow)
        .where(FeedRow.lease_owner.is_not(None))
        .values(lease_owner=None, lease_expires_at=None)
    )
    return rows_changed(result)


@dataclass(frozen=True)
class Poll:
    """One pass of one feed as it is recorded: the poll log's row and the feed's new state.
    ``title``, ``etag``, ``last_modified``, ``body_hash`` (the document's SHA-256) and
    ``ttl_minutes`` (its <ttl>) come with a success; ``error_reason`` and
    ``error_message`` with a failure."""

    feed_id: int
    started_at: datetime
    finished_at: datetime
    outcome: PollOutcome
    next_poll_at: datetime
    new_entries: int = 0
    new_matches: int = 0
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error_reason: str | None = None
    error_message: str | None = None
    body_hash: str | None = None
    ttl_minutes: int | None = None


def record_poll(session: Session, poll: Poll) -> None:
    """Update the feed's health after a pass and log the pass."""
    record_polls(session, [poll])


def record_polls(session: Session, polls: Sequence[Poll]) -> None:
    """Update the feeds' health after their passes and log the passes: one executemany per
    kind of update (failed, passed with or without a title or new entries), one INSERT."""
    if not polls:
        return
    updates: dict[tuple[bool, tuple[str, ...]], list[dict[str, Any]]] = {}
    for poll in polls:
        values = feed_update(poll)
        failed = poll.outcome == PollOutcome.ERROR
        updates.setdefault((failed, tuple(values)), []).append(values)
    connection = core(session)
    for (failed, _), rows in updates.items():
        connection.execute(FEED_FAILED if failed else FEED_PASSED, rows)
    connection.execute(
        ADD_POLL,
        [
            {
                "feed_id": poll.feed_id,
                "started_at": poll.started_at,
                "finished_at": poll.finished_at,
                "outcome": poll.outcome,
                "error_reason": poll.error_reason,
                "error_message": poll.error_message,
                "new_entries": poll.new_entries,
                "new_matches": poll.new_matches,
            }
            for poll in polls
        ],
    )


def feed_update(poll: Poll) -> dict[str, Any]:
    """The parameters of FEED_FAILED or FEED_PASSED for one pass."""
    values: dict[str, Any] = {
        "b_id": poll.feed_id,
        "last_status": poll.outcome,
        "last_polled_at": poll.finished_at,
        "next_poll_at": poll.next_poll_at,
        "lease_owner": None,
        "lease_expires_at": None,
    }
    if poll.outcome == PollOutcome.ERROR:
        return values | {
            "b_started_at": poll.started_at,
            "error_reason": poll.error_reason,
            "error_message": poll.error_message,
        }
    values |= {
        "failing_since": None,
        "error_reason": None,
        "error_message": None,
        "consecutive_failures": 0,
        "last_success_at": poll.finished_at,
        "etag": poll.etag,
        "last_modified": poll.last_modified,
        "body_hash": poll.body_hash,
        "ttl_minutes": poll.ttl_minutes,
    }
    if poll.title:
        values["title"] = poll.title
    if poll.new_entries:
        values["last_new_entry_at"] = poll.finished_at
    return values


@dataclass(frozen=True)
class UnchangedPoll:
    """A pass that found the feed not modified (HTTP 304): nothing but its state to record."""

    feed_id: int
    started_at: datetime
    finished_at: datetime
    next_poll_at: datetime
    etag: str | None
    last_modified: str | None


def record_unchanged(session: Session, polls: Sequence[UnchangedPoll]) -> None:
    """``record_poll`` for many not-modified passes at once (two batched statements)."""
    if not polls:
        return
    connection = core(session)
    connection.execute(
        FEED_PASSED,
        [
            {
                "b_id": p.feed_id,
                "last_status": str(PollOutcome.NOT_MODIFIED),
                "last_polled_at": p.finished_at,
                "next_poll_at": p.next_poll_at,
                "lease_owner": None,
                "lease_expires_at": None,
                "error_reason": None,
                "error_message": None,
                "consecutive_failures": 0,
                "failing_since": None,
                "last_success_at": p.finished_at,
                "etag": p.etag,
                "last_modified": p.last_modified,
            }
            for p in polls
        ],
    )
    connection.execute(
        ADD_POLL,
        [
            {
                "feed_id": p.feed_id,
                "started_at": p.started_at,
                "finished_at": p.finished_at,
                "outcome": str(PollOutcome.NOT_MODIFIED),
                "new_entries": 0,
                "new_matches": 0,
            }
            for p in polls
        ],
    )


@dataclass(frozen=True)
class FeedSource:
    """A feed as source health sees it."""

    id: int
    url: str
    title: str | None
    error: str | None  # "http_5xx: HTTP 503 Service Unavailable", while failing
    facts: SourceFacts


def feed_sources(session: Session) -> list[FeedSource]:
    rows = session.scalars(select(FeedRow).where(FeedRow.active).order_by(FeedRow.id))
    return [
        FeedSource(
            id=row.id,
            url=row.url,
            title=row.title,
            error=f"{row.error_reason}: {row.error_message}" if row.error_reason else None,
            facts=SourceFacts(
                failing_since=row.failing_since,
                last_new_entry_at=row.last_new_entry_at,
                watched_since=row.created_at,
                alerted=SourceState(row.health_alerted or SourceState.OK),
                gone=row.error_reason == FetchReason.GONE,
            ),
        )
        for row in rows
    ]


def mark_source_alerted(
    session: Session, feed_id: int, previous: SourceState, state: SourceState, now: datetime
) -> bool:
    """Record that the admin route is told ``state``; False when another replica did first."""
    was = (
        FeedRow.health_alerted.is_(None)
        if previous is SourceState.OK
        else (FeedRow.health_alerted == str(previous))
    )
    result = session.execute(
        update(FeedRow)
        .where(FeedRow.id == feed_id, was)
        .values(
            health_alerted=None if state is SourceState.OK else str(state), health_alerted_at=now
        )
    )
    return rows_changed(result) == 1


def record_discovered_feed(session: Session, feed_id: int, discovered_url: str | None) -> None:
    """Remember which advertised feed stands for a page (None: the URL is a feed itself)."""
    core(session).execute(
        update(FEEDS).where(FEEDS.c.id == feed_id).values(discovered_url=discovered_url)
    )


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
            discovered_url=row.discovered_url,
            source=row.source,
        )
        for row in rows
    ]


def sync_feeds(session: Session, configs: Sequence[FeedConfig], now: datetime) -> None:
    """The feeds table follows the watchlist's feeds; removed ones become inactive."""
    rows = {row.url: row for row in session.scalars(select(FeedRow))}
    for config in configs:
        feed = rows.pop(config.url, None)
        if feed is None:
            feed = FeedRow(url=config.url, created_at=now, consecutive_failures=0)
            session.add(feed)
        feed.active, feed.interval_seconds = True, config.interval_seconds
        feed.source = config.source
    for feed in rows.values():
        feed.active = False


def feed_urls(session: Session) -> list[str]:
    """Every feed's URL, the watched first."""
    return list(session.scalars(select(FeedRow.url).order_by(FeedRow.active.desc(), FeedRow.url)))
