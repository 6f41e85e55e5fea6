"""Prometheus metrics of the daemon, in a registry of its own."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from monitor.app.outbox import DeliveryReport
from monitor.app.pipeline import FeedReport


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
