"""Storage shortcuts only tests need: one feed's rows, one article, one delivery at a time.

The application stores in bulk (``articles.add_articles``, ``deliveries.claim``,
``deliveries.start_attempts``, ``deliveries.finish_attempts``); these single-item forms
make a test's setup read as one step each.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.adapters.db import deliveries, feeds, matches
from monitor.adapters.db.tables import ArticleRow, FeedRow
from monitor.core.entries import EntryKeys
from monitor.core.types import Finding, ParsedEntry


def feeds_to_poll(session: Session) -> list[feeds.FeedState]:
    """The active feeds, in the order they were added."""
    query = select(*feeds.STATE_COLUMNS).where(FeedRow.active).order_by(FeedRow.id)
    return [feeds.FeedState(*row) for row in session.execute(query)]


def add_article(
    session: Session, feed_id: int, keys: EntryKeys, entry: ParsedEntry, now: datetime
) -> int:
    """Store one article; its id."""
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


def save_match(session: Session, article_id: int, finding: Finding, now: datetime) -> int:
    """Store one finding and its events (``matches.save_matches``, then ``add_events``); the
    match's id."""
    [saved] = matches.save_matches(session, [(article_id, finding)], now)
    new = [matches.NewEvent(saved.match_id, finding.person_id, e) for e in saved.new_events]
    matches.add_events(session, new, now)
    return saved.match_id


def claim_due(
    session: Session, now: datetime, worker: str, lease: timedelta, limit: int
) -> list[deliveries.Claimed]:
    """Claim up to ``limit`` due deliveries."""
    due = deliveries.due_deliveries(session, now, limit)
    return deliveries.claim(session, [d.id for d in due], now, worker, lease)


def start_attempt(
    session: Session, delivery: deliveries.Claimed, worker: str, now: datetime
) -> int | None:
    """``start_attempts`` for one delivery: the attempt's id, or None (do not send)."""
    return deliveries.start_attempts(session, [delivery], worker, now).get(delivery.id)


def finish_attempt(
    session: Session,
    attempt_id: int,
    delivery: deliveries.Claimed,
    *,
    outcome: str,
    detail: str,
    started_at: datetime,
    now: datetime,
    retry_at: datetime | None = None,
) -> bool:
    """``finish_attempts`` for one attempt: False when the delivery was taken over."""
    ended = deliveries.Ended(attempt_id, delivery, outcome, detail, started_at, retry_at)
    return delivery.id in deliveries.finish_attempts(session, [ended], now)
