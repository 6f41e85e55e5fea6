"""Send what the outbox holds. One delivery (or one route's digest) at a time:

claim     take due deliveries with a guarded UPDATE and a lease
attempt   log the attempt and COMMIT, before anything leaves the machine
send      through the route's channel (email, webhook, apprise)
record    sent; or retried later with exponential back-off and jitter; or failed
          (a permanent error, or no success within the give-up time)

Nothing retries inside a pass: a failed delivery waits for its next attempt
time. Delivery is at least once; receivers de-duplicate by the idempotency key.
"""

from __future__ import annotations

import os
import random
import socket
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any, Protocol

from sqlalchemy.orm import Session

from monitor.adapters.db import deliveries
from monitor.adapters.db.session import Database
from monitor.app.output import safe
from monitor.core.alerts import Alert, AlertArticle, AlertKind
from monitor.core.schedule import RetryPolicy, next_attempt_after_failure
from monitor.core.types import AlertRoute, EventType, Status, Watchlist
from monitor.errors import DeliveryError


class SendResult(Protocol):
    detail: str


Sender = Callable[[str, Mapping[str, Any], Sequence[Alert]], SendResult]


@dataclass(frozen=True)
class DeliveryReport:
    delivery_ids: tuple[int, ...]
    route: str
    outcome: str  # sent, retry, failed
    detail: str
    retry_at: datetime | None = None


def default_sender(
    channel: str, settings: Mapping[str, Any], alerts: Sequence[Alert]
) -> SendResult:
    from monitor.adapters.alerts import send  # the channels load only when sending

    return send(channel, settings, alerts)


def safe_alert(alert: Alert) -> Alert:
    """What every channel sends: names, evidence, titles and links with secrets masked."""
    articles = tuple(
        replace(
            article,
            title=safe(article.title),
            url=safe(article.url) if article.url else article.url,
            feed_url=safe(article.feed_url),
        )
        for article in alert.articles
    )
    return replace(
        alert,
        person_name=safe(alert.person_name),
        evidence=safe(alert.evidence),
        articles=articles,
        review_url=safe(alert.review_url) if alert.review_url else alert.review_url,
    )


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Dispatcher:
    def __init__(
        self,
        database: Database,
        watchlist: Watchlist,
        *,
        clock: Callable[[], datetime],
        policy: RetryPolicy | None = None,
        send: Sender = default_sender,
        worker: str | None = None,
        lease: timedelta = timedelta(minutes=5),
        jitter: Callable[[], float] = random.random,
        review_base_url: str | None = None,
        stopping: threading.Event | None = None,
    ) -> None:
        self.database = database
        self.watchlist = watchlist
        self.routes = {route.name: route for route in watchlist.alerts}
        self.tags = {person.id: person.tags for person in watchlist.people}
        self.clock = clock
        self.policy = policy or RetryPolicy()
        self.send = send
        self.worker = worker or worker_name()
        self.lease = lease
        self.jitter = jitter
        self.review_base_url = review_base_url.rstrip("/") if review_base_url else None
        self.stopping = stopping or threading.Event()

    def send_due(self, limit: int = 100) -> list[DeliveryReport]:
        """Deliver everything due now (reminders included) and return what happened."""
        self.queue_reminders()
        with self.database.transaction() as session:
            claimed = deliveries.claim_due(session, self.clock(), self.worker, self.lease, limit)
        instant = [[d] for d in claimed if not d.digest]
        by_route = sorted((d for d in claimed if d.digest), key=lambda d: d.route)
        digests = [list(group) for _, group in groupby(by_route, key=lambda d: d.route)]
        reports = []
        for i, group in enumerate(instant + digests):
            if self.stopping.is_set():  # give the rest back for the next dispatcher
                left = [d.id for g in (instant + digests)[i:] for d in g]
                with self.database.transaction() as session:
                    deliveries.release_claims(session, left, self.worker)
                break
            reports.append(self.deliver(group))
        return reports

    def deliver(self, group: list[deliveries.Claimed]) -> DeliveryReport:
        route = self.routes.get(group[0].route)
        started = self.clock()
        with self.database.transaction() as session:
            attempts = [
                deliveries.start_attempt(session, d.id, self.worker, started) for d in group
            ]
            alerts = [self.build_alert(session, d) for d in group]
        retry_at = None
        if route is None:
            outcome, detail = "failed", f"route '{group[0].route}' is no longer in the watchlist"
        else:
            try:
                outcome, detail = "sent", self.send(route.channel, route.settings, alerts).detail
            except DeliveryError as e:
                outcome, detail = "failed", str(e)
                if not e.permanent:
                    retry_at = self.retry_time(group)
                    outcome = "retry" if retry_at else "failed"
                    detail = detail if retry_at else f"gave up: {detail}"
            except Exception as e:  # a channel bug must not stop the other deliveries
                retry_at = self.retry_time(group)
                outcome = "retry" if retry_at else "failed"
                detail = f"unexpected {type(e).__name__}: {e}"
        finished = self.clock()
        with self.database.transaction() as session:
            for delivery, attempt in zip(group, attempts, strict=True):
                deliveries.finish_attempt(
                    session,
                    attempt,
                    delivery.id,
                    outcome=outcome,
                    detail=detail,
                    started_at=started,
                    now=finished,
                    retry_at=retry_at,
                )
        return DeliveryReport(tuple(d.id for d in group), group[0].route, outcome, detail, retry_at)

    def retry_time(self, group: list[deliveries.Claimed]) -> datetime | None:
        first = min(d.created_at for d in group)
        attempts = max(d.attempts for d in group) + 1
        return next_attempt_after_failure(self.policy, first, self.clock(), attempts, self.jitter())

    def build_alert(self, session: Session, delivery: deliveries.Claimed) -> Alert:
        """The alert a delivery sends, every text in it ``safe`` (feed URLs hold keys)."""
        facts = deliveries.alert_facts(session, delivery)
        review_url = None
        if self.review_base_url and facts.match_id is not None:
            review_url = f"{self.review_base_url}/matches/{facts.match_id}"
        alert = Alert(
            key=delivery.key,
            kind=AlertKind(delivery.kind),
            person_id=delivery.person_id,
            person_name=facts.person_name,
            event_type=EventType(facts.event_type) if facts.event_type else None,
            evidence=facts.evidence,
            event_date=facts.event_date,
            previous_status=Status(facts.previous_status) if facts.previous_status else None,
            new_status=Status(facts.new_status) if facts.new_status else None,
            articles=tuple(
                AlertArticle(a.title, a.url, a.feed_url, a.published) for a in facts.articles
            ),
            detected_at=facts.detected_at,
            person_tags=self.tags.get(delivery.person_id, ()),
            reminder=delivery.reminder,
            review_url=review_url,
            source_state=facts.source_state,
        )
        return safe_alert(alert)

    def queue_reminders(self) -> int:
        """Urgent routes: an alert nobody acknowledged in time is sent once more."""
        queued = 0
        now = self.clock()
        with self.database.transaction() as session:
            for route in self.watchlist.alerts:
                if route.remind_after_seconds is None:
                    continue
                cutoff = now - timedelta(seconds=route.remind_after_seconds)
                for sent in deliveries.unacknowledged(session, route.name, cutoff):
                    deliveries.enqueue(
                        session,
                        route=route.name,
                        channel=route.channel,
                        kind=sent.kind,
                        person_id=sent.person_id,
                        send_at=now,
                        now=now,
                        status_change_id=sent.status_change_id,
                        story_id=sent.story_id,
                        event_id=sent.event_id,
                        reminder_of=sent.id,
                    )
                    queued += 1
        return queued

    def send_test(self, route: AlertRoute) -> str:
        """Send a test message through one route now, bypassing the outbox."""
        now = self.clock()
        alert = Alert(
            key=f"test-{int(now.timestamp())}-{random.getrandbits(32):08x}",
            kind=AlertKind.TEST,
            person_id="test",
            person_name=f"Test of route '{route.name}'",
            event_type=None,
            evidence="This is a test message from the case monitor. No action is needed.",
            event_date=None,
            previous_status=None,
            new_status=None,
            articles=(),
            detected_at=now,
        )
        return self.send(route.channel, route.settings, [alert]).detail
