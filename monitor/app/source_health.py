"""Tell the admin route when a feed goes down or silent, and once more when it is back.

assess   each active feed's health from what the database knows      core.source_health
claim    a guarded UPDATE of what the admin route was told, so among  adapters.db.feeds
         replicas exactly one queues each alert
queue    the alert, in the outbox, in the same transaction            adapters.db.deliveries
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.adapters.db import deliveries, feeds
from monitor.adapters.db.session import Database
from monitor.core.alerts import AlertKind
from monitor.core.routing import feed_health_routes, send_time
from monitor.core.source_health import SourceHealthRules, describe, source_alert
from monitor.core.types import Watchlist


@dataclass(frozen=True)
class SourceReport:
    """One source-health alert queued."""

    url: str
    previous: str
    state: str
    summary: str


def check_sources(database: Database, watchlist: Watchlist, now: datetime) -> list[SourceReport]:
    """Queue an alert to each feed-health route for every feed whose health changed."""
    rules = watchlist.source_health or SourceHealthRules()
    routes = feed_health_routes(watchlist.alerts, rules.route)
    if not routes:
        return []
    reports = []
    with database.transaction() as session:
        for source in feeds.feed_sources(session):
            previous = source.facts.alerted
            state = source_alert(source.facts, rules, now)
            if state is None:
                continue
            if not feeds.mark_source_alerted(session, source.id, previous, state, now):
                continue  # another replica got there first
            summary = describe(state, previous, source.facts, now, source.error)
            for route in routes:
                deliveries.enqueue(
                    session,
                    deliveries.NewDelivery(
                        route=route.name,
                        channel=route.channel,
                        kind=AlertKind.SOURCE_HEALTH,
                        person_id=None,
                        send_at=send_time(route, now),
                        digest=route.digest_at is not None,
                        feed_id=source.id,
                        source_state=str(state),
                        summary=summary,
                    ),
                    now,
                )
            reports.append(SourceReport(source.url, str(previous), str(state), summary))
    return reports
