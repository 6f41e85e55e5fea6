"""How full the outbox is, and what waits in it: for `monitor alerts send` and /metrics.

counts_by_state   deliveries per state (pending, sending, sent, failed, cancelled)
waiting           pending deliveries not yet due, per route: how many and the first time
feed_successes    each active feed's last successful pass (for seconds-since gauges)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from monitor.adapters.db.tables import DeliveryRow, FeedRow
from monitor.core.outcomes import DeliveryState


@dataclass(frozen=True)
class Waiting:
    """Pending deliveries of one route whose time has not come (a digest, a retry)."""

    route: str
    count: int
    first_at: datetime
    digest: bool  # at least one of them waits for the route's digest time


def counts_by_state(session: Session) -> dict[str, int]:
    """Every state, 0 when none (a gauge that disappears reads as a scrape error)."""
    query = select(DeliveryRow.state, func.count()).group_by(DeliveryRow.state)
    found = {state: int(n) for state, n in session.execute(query)}
    return {str(state): found.get(state, 0) for state in DeliveryState} | found


def waiting(session: Session, now: datetime) -> list[Waiting]:
    """Pending deliveries due after ``now``, per route, the soonest first."""
    query = (
        select(
            DeliveryRow.route,
            func.count(),
            func.min(DeliveryRow.next_attempt_at),
            func.max(cast(DeliveryRow.digest, Integer)),  # PostgreSQL has no max(bool)
        )
        .where(DeliveryRow.state == DeliveryState.PENDING, DeliveryRow.next_attempt_at > now)
        .group_by(DeliveryRow.route)
    )
    found = [
        Waiting(route, int(count), first, bool(digest))
        for route, count, first, digest in session.execute(query)
    ]
    return sorted(found, key=lambda w: (w.first_at, w.route))


def feed_successes(session: Session) -> list[tuple[str, datetime | None]]:
    """(url, last successful pass) of every feed in the watchlist."""
    query = select(FeedRow.url, FeedRow.last_success_at).where(FeedRow.active.is_(True))
    return [(url, at) for url, at in session.execute(query.order_by(FeedRow.url))]
