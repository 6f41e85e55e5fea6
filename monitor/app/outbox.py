"""Send what the outbox holds: every route at once, each send fenced by its claim and
bounded by a deadline.

claim     take due deliveries with one guarded UPDATE that stamps each with a fresh
          claim token and a lease: only as many as the routes have free places
attempt   count and log each attempt by an UPDATE guarded by that token, and COMMIT,
          before anything leaves the machine: a claim taken over meanwhile, or an
          attempt that cannot be written, means no send
send      through the route's channel (email, webhook, apprise) in a pool of threads,
          at most ``per_route`` sends of one route at once and ``total`` in all, so a
          route that hangs holds its own places only; every send has a total deadline
renew     while sends are under way their leases are extended every third of a lease,
          so that another replica never takes a slow send over
record    sent; or retried later with exponential back-off and jitter; or failed (a
          permanent error, or no success within the give-up time); again only while
          the claim still carries this dispatcher's token

Nothing retries inside a pass: a failed delivery waits for its next attempt time
(alerts queued while a pass runs go out in it). Delivery is at least once, in one
window only: a send whose outcome could not be recorded (a crash, a database error)
is sent again, with the same idempotency key, once its lease has run out. Receivers
de-duplicate by that key (docs/webhooks.md).
"""

from __future__ import annotations

import functools
import logging
import os
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from monitor.adapters.alerts import DEADLINE_SECONDS
from monitor.adapters.db import deliveries
from monitor.adapters.db.session import Database
from monitor.app.output import safe
from monitor.core.alerts import Alert, AlertArticle, AlertKind, Corrected
from monitor.core.outcomes import AttemptOutcome
from monitor.core.schedule import RetryPolicy, next_attempt_after_failure
from monitor.core.types import AlertRoute, EventType, Status, Watchlist
from monitor.errors import DeliveryError, StorageError

log = logging.getLogger("monitor.outbox")

DIGEST_MAX = 100  # alerts in one digest message; more wait for the next one
CANDIDATES_PER_PLACE = 2  # due deliveries read for each free place when claiming
MAX_READS = 4  # reads of candidates in one claim, as routes fill up
RECHECK_SECONDS = 1.0  # while sends are under way, how often new alerts are looked for


class SendResult(Protocol):
    detail: str


Sender = Callable[[str, Mapping[str, Any], Sequence[Alert]], SendResult]


@dataclass(frozen=True)
class SendLimits:
    """How many sends a dispatcher has under way at once, and how long one may take."""

    per_route: int = 20  # of one route (a slow or dead receiver holds these only)
    total: int = 50  # of all routes together
    deadline_seconds: float = DEADLINE_SECONDS  # one send, from connecting to the answer


@dataclass(frozen=True)
class DeliveryReport:
    delivery_ids: tuple[int, ...]
    route: str
    outcome: AttemptOutcome
    detail: str
    retry_at: datetime | None = None


@dataclass(frozen=True)
class Sent:
    """What the channel said: delivered, or an error (permanent or worth a retry)."""

    delivered: bool
    detail: str
    permanent: bool = False


@dataclass
class Unit:
    """One send: a delivery, or a route's digest of several, with their logged attempts."""

    route: str
    claimed: list[deliveries.Claimed]
    attempts: list[int]
    alerts: list[Alert]
    started: datetime

    @property
    def tokens(self) -> list[str]:
        return [d.token for d in self.claimed]


def default_sender(
    channel: str,
    settings: Mapping[str, Any],
    alerts: Sequence[Alert],
    deadline: float = DEADLINE_SECONDS,
) -> SendResult:
    from monitor.adapters.alerts import send  # the channels load only when sending

    return send(channel, settings, alerts, deadline=deadline)


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


def corrected(facts: deliveries.CorrectedFacts | None) -> Corrected | None:
    if facts is None:
        return None
    status_now = Status(facts.status_now) if facts.status_now else None
    return Corrected(facts.key, facts.delivery_id, status_now)


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
        send: Sender | None = None,
        worker: str | None = None,
        lease: timedelta = timedelta(minutes=5),
        limits: SendLimits | None = None,
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
        self.limits = limits or SendLimits()
        self.send: Sender = send or functools.partial(
            default_sender, deadline=self.limits.deadline_seconds
        )
        self.worker = worker or worker_name()
        self.lease = lease
        self.jitter = jitter
        self.review_base_url = review_base_url.rstrip("/") if review_base_url else None
        self.stopping = stopping or threading.Event()
        # the last pass sent something whose outcome it could not record: its claim is
        # left until the lease ends, unless the caller ends it (the daemon does, once the
        # database is back)
        self.unrecorded: SQLAlchemyError | None = None

    def send_due(self, limit: int | None = None) -> list[DeliveryReport]:
        """Deliver everything due (reminders included), every route at once, and return
        what happened. Alerts queued while the pass runs go out in it; ``limit`` bounds
        how many deliveries it claims. When claiming fails (the database refuses writes)
        nothing more is claimed, and nothing unlogged is sent: the error is logged, and
        raised as StorageError if the pass had sent nothing (else its reports return)."""
        self.unrecorded = None
        self.queue_reminders()
        return SendingPass(self, limit).run()

    def start(
        self, session: Session, claimed: list[deliveries.Claimed], now: datetime
    ) -> list[Unit]:
        """Log the attempts of the claimed deliveries (each fenced by its claim's token) and
        build the sends' alerts; a delivery taken over meanwhile is left out."""
        attempts = deliveries.start_attempts(session, claimed, self.worker, now)
        return [
            Unit(
                group[0].route,
                group,
                [attempts[d.id] for d in group],
                [self.build_alert(session, d) for d in group],
                now,
            )
            for group in sends([d for d in claimed if d.id in attempts])
        ]

    def deliver(self, unit: Unit) -> Sent:
        """Send one unit through its route (in a pool thread: no database here)."""
        route = self.routes.get(unit.route)
        if route is None:
            detail = f"route '{unit.route}' is no longer in the watchlist"
            return Sent(False, detail, permanent=True)
        try:
            return Sent(True, self.send(route.channel, route.settings, unit.alerts).detail)
        except DeliveryError as e:
            return Sent(False, str(e), permanent=e.permanent)
        except Exception as e:  # a channel bug must not stop the other deliveries
            return Sent(False, f"unexpected {type(e).__name__}: {e}")

    def record(self, session: Session, ended: list[tuple[Unit, Sent]]) -> list[DeliveryReport]:
        """Write how sends ended, each delivery under its claim's token."""
        finished = self.clock()
        outcomes = [self.outcome(unit, sent) for unit, sent in ended]
        recorded = deliveries.finish_attempts(
            session,
            [
                deliveries.Ended(attempt, delivery, outcome, detail, unit.started, retry_at)
                for (unit, _), (outcome, detail, retry_at) in zip(ended, outcomes, strict=True)
                for delivery, attempt in zip(unit.claimed, unit.attempts, strict=True)
            ],
            finished,
        )
        reports = []
        for (unit, _), (outcome, detail, retry_at) in zip(ended, outcomes, strict=True):
            if any(d.id not in recorded for d in unit.claimed):
                detail += " (taken over by another dispatcher meanwhile: its outcome stands)"
            ids = tuple(d.id for d in unit.claimed)
            reports.append(DeliveryReport(ids, unit.route, outcome, detail, retry_at))
        return reports

    def outcome(self, unit: Unit, sent: Sent) -> tuple[AttemptOutcome, str, datetime | None]:
        """sent; retry at a time; or failed (permanently, or after the give-up time)."""
        if sent.delivered:
            return AttemptOutcome.SENT, sent.detail, None
        if sent.permanent:
            return AttemptOutcome.FAILED, sent.detail, None
        retry_at = self.retry_time(unit.claimed)
        if retry_at is None:
            return AttemptOutcome.FAILED, f"gave up: {sent.detail}", None
        return AttemptOutcome.RETRY, sent.detail, retry_at

    def retry_time(self, group: Sequence[deliveries.Claimed]) -> datetime | None:
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
            kind=delivery.kind,
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
            corrects=corrected(facts.corrects),
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
                        deliveries.NewDelivery(
                            route=route.name,
                            channel=route.channel,
                            kind=sent.kind,
                            person_id=sent.person_id,
                            send_at=now,
                            status_change_id=sent.status_change_id,
                            story_id=sent.story_id,
                            event_id=sent.event_id,
                            reminder_of=sent.id,
                        ),
                        now,
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
        return self.send_alert(route, alert)

    def send_alert(self, route: AlertRoute, alert: Alert) -> str:
        """Send one alert through one route now, bypassing the outbox (tests of routes)."""
        return self.send(route.channel, route.settings, [safe_alert(alert)]).detail


class SendingPass:
    """One ``send_due``: claims as places free up, sends in a pool, records as sends end.

    The loop claims (and logs the attempts of) what fits in the free places, looking only
    at routes with a place free (so a route that hangs, however long its queue, never
    hides another's alerts), then waits for sends to end, records them, and claims
    again; while sends are under way it also looks every RECHECK_SECONDS (for alerts
    queued meanwhile). It ends when a claim finds nothing and no send is under way.
    """

    def __init__(self, dispatcher: Dispatcher, limit: int | None) -> None:
        self.dispatcher = dispatcher
        self.limits = dispatcher.limits
        self.started = dispatcher.clock()
        self.left_to_claim = limit
        self.under_way: dict[Future[Sent], Unit] = {}
        self.busy: Counter[str] = Counter()  # route -> its sends under way
        self.storage_error: SQLAlchemyError | None = None
        self.reports: list[DeliveryReport] = []
        self.renewer = LeaseRenewer(dispatcher.database, dispatcher.clock, dispatcher.lease)

    def run(self) -> list[DeliveryReport]:
        total = max(1, self.limits.total)
        with ThreadPoolExecutor(total, thread_name_prefix="send") as pool, self.renewer:
            try:
                self.loop(pool)
            finally:  # (an unexpected error) the sends under way are recorded all the same
                self.record(list(self.under_way))
        if self.storage_error is not None and not self.reports:
            raise StorageError(
                f"could not claim deliveries or log their attempts: {self.storage_error}"
            ) from self.storage_error
        return self.reports

    def loop(self, pool: ThreadPoolExecutor) -> None:
        claim, recheck_at = True, 0.0
        while True:
            claimed = 0
            if claim and self.may_claim():
                claimed = self.claim(pool)
                recheck_at = time.monotonic() + RECHECK_SECONDS
            if not self.under_way:
                if claimed == 0:
                    return
                continue  # (everything claimed was taken over: look again)
            done, _ = wait(self.under_way, RECHECK_SECONDS, FIRST_COMPLETED)
            self.record(done)
            claim = bool(done) or time.monotonic() >= recheck_at

    def free_places(self) -> int:
        free = max(1, self.limits.total) - len(self.under_way)
        return free if self.left_to_claim is None else min(free, self.left_to_claim)

    def may_claim(self) -> bool:
        stopped = self.dispatcher.stopping.is_set() or self.storage_error is not None
        return not stopped and self.free_places() > 0

    def claim(self, pool: ThreadPoolExecutor) -> int:
        """Claim what fits, log the attempts and COMMIT, then start the sends; how many
        deliveries were claimed. A database error here stops claiming for this pass."""
        dispatcher, now = self.dispatcher, self.dispatcher.clock()
        try:
            with dispatcher.database.transaction() as session:
                chosen = self.choose(session, now, self.free_places())
                claimed = deliveries.claim(
                    session,
                    chosen,
                    now,
                    dispatcher.worker,
                    dispatcher.lease,
                    retries_due_by=self.started,
                )
                units = dispatcher.start(session, claimed, now)
        except SQLAlchemyError as e:
            log.error("could not claim deliveries", extra={"fields": {"error": str(e)}})
            self.storage_error = e
            return 0
        for unit in units:
            self.busy[unit.route] += 1
            self.renewer.hold(unit.tokens)
            self.under_way[pool.submit(dispatcher.deliver, unit)] = unit
        if self.left_to_claim is not None:
            self.left_to_claim -= len(claimed)
        return len(claimed)

    def choose(self, session: Session, now: datetime, places: int) -> list[int]:
        """The due deliveries that fit: a place per send, at most ``per_route`` sends of a
        route under way, the longest waiting first; a route's digest is one send of up to
        DIGEST_MAX alerts. Candidates are read a few per place, from the routes with a
        place free, and read again when a route fills up meanwhile."""
        planned = Counter(self.busy)  # route -> its sends under way or chosen here
        digests: Counter[str] = Counter()  # route -> alerts in its digest chosen here
        chosen: list[int] = []
        taken: set[int] = set()
        for _ in range(MAX_READS):
            full = [route for route, n in planned.items() if n >= self.limits.per_route]
            due = deliveries.due_deliveries(
                session,
                now,
                CANDIDATES_PER_PLACE * places,
                retries_due_by=self.started,
                except_routes=full,
            )
            filled = False  # whether a route filled up, hiding others' alerts behind it
            for delivery in due:
                route, digest = delivery.route, delivery.digest
                if delivery.id in taken or (digest and digests[route] >= DIGEST_MAX):
                    continue
                if digest and digests[route]:  # joins its route's digest
                    digests[route] += 1
                elif places > 0 and planned[route] < self.limits.per_route:
                    places -= 1
                    planned[route] += 1
                    if digest:
                        digests[route] = 1
                else:
                    filled = filled or planned[route] >= self.limits.per_route
                    continue
                chosen.append(delivery.id)
                taken.add(delivery.id)
            if places <= 0 or not filled:
                break
        return chosen + self.rest_of_digests(session, now, digests, chosen)

    def rest_of_digests(
        self, session: Session, now: datetime, digests: Counter[str], chosen: list[int]
    ) -> list[int]:
        """The due alerts of the digests chosen that were not among the candidates read."""
        taken = set(chosen)
        rest = []
        for route, count in digests.items():
            if 0 < count < DIGEST_MAX:
                more = deliveries.due_deliveries(
                    session, now, DIGEST_MAX, retries_due_by=self.started, digest_of=route
                )
                rest += [d.id for d in more if d.id not in taken][: DIGEST_MAX - count]
        return rest

    def record(self, done: Iterable[Future[Sent]]) -> None:
        """Record the sends that ended (waiting for them if need be), in one transaction,
        or one by one if that fails."""
        ended = [(self.under_way.pop(future), future.result()) for future in done]
        if not ended:
            return
        for unit, _ in ended:  # its lease is long enough for the writes that follow
            self.busy[unit.route] -= 1
            self.renewer.release(unit.tokens)
        try:
            with self.dispatcher.database.transaction() as session:
                reports = self.dispatcher.record(session, ended)
            self.reports += reports  # (only once committed)
        except SQLAlchemyError:
            for unit, sent in ended:
                self.reports.append(self.record_alone(unit, sent))

    def record_alone(self, unit: Unit, sent: Sent) -> DeliveryReport:
        try:
            with self.dispatcher.database.transaction() as session:
                [report] = self.dispatcher.record(session, [(unit, sent)])
                return report
        except SQLAlchemyError as e:
            self.dispatcher.unrecorded = e
            log.error(
                "could not record a delivery attempt: it will be sent again with the same "
                "key once its lease runs out",
                extra={"fields": {"deliveries": [d.id for d in unit.claimed], "error": str(e)}},
            )
            outcome = AttemptOutcome.SENT if sent.delivered else AttemptOutcome.RETRY
            detail = f"{sent.detail} (not recorded: {type(e).__name__}; sent again with the "
            detail += "same key once the lease runs out)"
            return DeliveryReport(tuple(d.id for d in unit.claimed), unit.route, outcome, detail)


def sends(claimed: list[deliveries.Claimed]) -> list[list[deliveries.Claimed]]:
    """One send per instant delivery, one per route for digests."""
    digests: dict[str, list[deliveries.Claimed]] = {}
    instant = []
    for delivery in claimed:
        if delivery.digest:
            digests.setdefault(delivery.route, []).append(delivery)
        else:
            instant.append([delivery])
    return instant + list(digests.values())


class LeaseRenewer:
    """Extends the leases of the sends under way, every third of a lease, in a thread of
    its own, so that no replica takes over a send that is merely slow. A renewal that
    fails is logged and tried again; a claim lost meanwhile shows when its outcome is
    recorded (the token no longer matches)."""

    def __init__(self, database: Database, clock: Callable[[], datetime], lease: timedelta):
        self.database = database
        self.clock = clock
        self.lease = lease
        self.tokens: set[str] = set()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, name="renew-leases", daemon=True)

    def hold(self, tokens: Collection[str]) -> None:
        with self.lock:
            self.tokens.update(tokens)

    def release(self, tokens: Collection[str]) -> None:
        with self.lock:
            self.tokens.difference_update(tokens)

    def run(self) -> None:
        every = max(self.lease.total_seconds() / 3, 0.01)
        while not self.stopping.wait(every):
            with self.lock:
                tokens = list(self.tokens)
            if not tokens:
                continue
            try:
                with self.database.transaction() as session:
                    deliveries.renew_claims(session, tokens, self.clock(), self.lease)
            except SQLAlchemyError as e:
                log.warning("could not renew delivery leases", extra={"fields": {"error": str(e)}})

    def __enter__(self) -> LeaseRenewer:
        self.thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self.thread.join(timeout=30)
