"""Prometheus metrics of the daemon, in a registry of its own.

Counters are kept as the daemon works; two gauges are read from the database at each
scrape (``watch``): every feed's seconds since its last successful pass
(``monitor_feed_seconds_since_success``, +Inf for a feed that never had one) and the
outbox's deliveries by state (``monitor_outbox_deliveries``). A scrape while the
database is down leaves those two out, and never fails.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from monitor.adapters.db import outbox_counts
from monitor.adapters.db.session import Database
from monitor.app.outbox import DeliveryReport
from monitor.app.output import safe
from monitor.app.pipeline import FeedReport

log = logging.getLogger("monitor.metrics")


class DatabaseGauges(Collector):
    """The gauges read from the database at scrape time."""

    def __init__(self) -> None:
        self.database: Database | None = None
        self.clock: Callable[[], datetime] | None = None

    def collect(self) -> Iterator[Metric]:
        if self.database is None or self.clock is None:
            return
        try:
            with self.database.transaction() as session:
                feeds = outbox_counts.feed_successes(session)
                states = outbox_counts.counts_by_state(session)
        except SQLAlchemyError as e:
            log.warning(
                "metrics left out: the database did not answer",
                extra={"fields": {"error": str(e).splitlines()[0]}},
            )
            return
        now = self.clock()
        since = GaugeMetricFamily(
            "monitor_feed_seconds_since_success",
            "Seconds since each feed's last successful pass (+Inf: never)",
            labels=["feed"],
        )
        for url, at in feeds:
            since.add_metric([safe(url)], (now - at).total_seconds() if at else math.inf)
        yield since
        outbox = GaugeMetricFamily(
            "monitor_outbox_deliveries", "Deliveries in the outbox, by state", labels=["state"]
        )
        for state, count in states.items():
            outbox.add_metric([state], count)
        yield outbox


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.feed_polls = Counter(
            "monitor_feed_polls", "Feed passes, by outcome", ["outcome"], registry=self.registry
        )
        self.feed_failures = Counter(
            "monitor_feed_failures",
            "Failed feed passes, by reason",
            ["reason"],
            registry=self.registry,
        )
        self.entries = Counter("monitor_entries", "New entries stored", registry=self.registry)
        self.matches = Counter("monitor_matches", "Matches stored", registry=self.registry)
        self.status_changes = Counter(
            "monitor_status_changes", "Status changes detected", registry=self.registry
        )
        self.deliveries = Counter(
            "monitor_deliveries",
            "Delivery attempts, by outcome",
            ["outcome"],
            registry=self.registry,
        )
        self.pass_seconds = Histogram(
            "monitor_poll_pass_seconds",
            "Duration of one feed's pass (fetch, parse, store)",
            buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300),
            registry=self.registry,
        )
        self.gauges = DatabaseGauges()
        self.registry.register(self.gauges)

    def watch(self, database: Database, clock: Callable[[], datetime]) -> None:
        """Read the feed and outbox gauges from ``database`` at each scrape from now on."""
        self.gauges.database, self.gauges.clock = database, clock

    def record_pass(self, reports: list[FeedReport], seconds: float) -> None:
        self.pass_seconds.observe(seconds)
        for report in reports:
            self.feed_polls.labels(report.outcome).inc()
            if report.error_reason:
                self.feed_failures.labels(report.error_reason).inc()
            self.entries.inc(report.new_entries)
            self.matches.inc(len(report.matches))
            self.status_changes.inc(sum(len(m.changes) for m in report.matches))

    def record_deliveries(self, reports: list[DeliveryReport]) -> None:
        for report in reports:
            self.deliveries.labels(report.outcome).inc(len(report.delivery_ids))

    def render(self) -> bytes:
        return generate_latest(self.registry)
