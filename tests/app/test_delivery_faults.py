"""The outbox under faults, on both databases, through the real channels: replicas whose
lease runs out mid-send, a receiver that never finishes answering, and a database that
refuses writes before or after a send.

Once means once: a delivery is sent by the dispatcher that holds its claim, only after
its attempt is committed, and again only once its claim has expired (same key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from monitor.adapters.db import deliveries, people
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import DeliveryRow
from monitor.app.outbox import Dispatcher, SendLimits
from monitor.core.schedule import RetryPolicy
from monitor.core.types import AlertRoute, Person, Status, Watchlist
from monitor.errors import StorageError
from tests import storage
from tests.alert_servers import MailServer, WebhookReceiver
from tests.feeds_now import WebhookReceiver as SlowReceiver
from tests.slow_receivers import CountingWebhook, TricklingWebhook

START = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
TAJIBAEVA = Person("tajibaeva-dinara", "Dinara Tajibaeva", status=Status.DETAINED)
POLICY = RetryPolicy(timedelta(seconds=60), timedelta(hours=1), timedelta(hours=48))


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


def real_clock() -> datetime:
    return datetime.now(UTC)


def hook_route(url: str, name: str = "hook") -> AlertRoute:
    return AlertRoute(name, "webhook", {"url": url, "secret": "the hook's secret"})


def mail_route(server: MailServer) -> AlertRoute:
    settings = {"to": ("duty@example.org",), "smtp_url": server.url(), "from": "m@example.org"}
    return AlertRoute("mail", "email", settings)


def queue(database: Database, wl: Watchlist, route: AlertRoute, count: int) -> None:
    """``count`` alerts about Tajibaeva waiting in the outbox for ``route``."""
    now = real_clock()
    with database.transaction() as session:
        people.sync_watchlist(session, wl, now)
        for _ in range(count):
            deliveries.enqueue(
                session,
                deliveries.NewDelivery(
                    route=route.name,
                    channel=route.channel,
                    kind="status_change",
                    person_id=TAJIBAEVA.id,
                    send_at=START,
                ),
                now,
            )


def views(database: Database, route: str | None = None) -> list[deliveries.DeliveryView]:
    with database.transaction() as session:
        found = deliveries.list_deliveries(session)
    return [v for v in found if route is None or v.route == route]


def keys(database: Database) -> list[str]:
    return sorted(v.key for v in views(database))


def dispatcher(database: Database, wl: Watchlist, **options: Any) -> Dispatcher:
    defaults: dict[str, Any] = {"clock": real_clock, "policy": POLICY, "jitter": lambda: 0.0}
    return Dispatcher(database, wl, **(defaults | options))


def run_until_all_sent(outbox: Dispatcher, database: Database, done: threading.Event) -> None:
    """What a replica's daemon does: pass after pass, until nothing waits (bounded)."""
    for _ in range(200):
        outbox.send_due()
        if {v.state for v in views(database)} == {"sent"}:
            done.set()
        if done.wait(0.1):
            return


@pytest.mark.slow(reason="waits out real send deadlines and leases of seconds")
def test_two_replicas_whose_lease_is_shorter_than_a_send_send_each_alert_once(
    database: Database,
) -> None:
    with SlowReceiver(delay=3.0) as receiver:  # twice the lease
        wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(receiver.url),))
        queue(database, wl, wl.alerts[0], 5)
        replicas = [
            dispatcher(database, wl, worker=f"replica-{n}", lease=timedelta(seconds=1.5))
            for n in (1, 2)
        ]
        done = threading.Event()
        threads = [
            threading.Thread(target=run_until_all_sent, args=(r, database, done), daemon=True)
            for r in replicas
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
        posted = sorted(headers["x-monitor-delivery"] for headers, _ in receiver.posts())
    assert posted == keys(database)  # each key once: nobody sent another's claim
    assert [len(v.attempts) for v in views(database)] == [1] * 5


@pytest.mark.slow(reason="waits out real send deadlines and leases of seconds")
def test_a_receiver_that_never_finishes_answering_holds_up_no_email(
    database: Database,
) -> None:
    with MailServer() as mail:

        def mail_state() -> tuple[int, int]:  # accepted by the server, recorded as sent
            sent = [v for v in views(database, "mail") if v.state == "sent"]
            return len(mail.messages), len(sent)

        with TricklingWebhook(every=0.3, probe=mail_state) as hook:
            wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url), mail_route(mail)))
            queue(database, wl, wl.alerts[0], 1)  # the webhook's alert is the oldest
            queue(database, wl, wl.alerts[1], 6)
            outbox = dispatcher(database, wl, limits=SendLimits(deadline_seconds=3.0))
            passing = threading.Thread(target=outbox.send_due, daemon=True)
            passing.start()
            passing.join(timeout=60)
            assert not passing.is_alive(), "the pass is stuck on the trickling webhook"
            assert hook.requests == 1
            # while the webhook's one attempt was still being answered, every email had
            # been accepted by the server and recorded as sent
            assert (6, 6) in hook.seen
    [webhook] = views(database, "hook")
    assert webhook.state == "pending"
    [attempt] = webhook.attempts
    assert attempt.outcome == "retry"
    assert attempt.detail is not None and "timed out" in attempt.detail
    assert "3 s deadline" in attempt.detail
    assert {v.state for v in views(database, "mail")} == {"sent"}


@pytest.mark.slow(reason="waits out real send deadlines and leases of seconds")
def test_a_hung_route_with_a_long_queue_hides_no_other_route_s_alerts(
    database: Database,
) -> None:
    stop = threading.Event()
    with MailServer() as mail:

        def mail_state() -> int:  # and once every email is recorded, the pass may stop
            sent = sum(v.state == "sent" for v in views(database, "mail"))
            if sent == 3:
                stop.set()
            return sent

        with TricklingWebhook(every=0.25, probe=mail_state) as hook:
            wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url), mail_route(mail)))
            queue(database, wl, wl.alerts[0], 6)  # older than the emails, more than are read
            queue(database, wl, wl.alerts[1], 3)
            limits = SendLimits(per_route=1, total=2, deadline_seconds=3.0)
            outbox = dispatcher(database, wl, limits=limits, stopping=stop)
            passing = threading.Thread(target=outbox.send_due, daemon=True)
            passing.start()
            passing.join(timeout=60)
            assert not passing.is_alive()
            assert hook.requests == 1  # the emails went while the first webhook hung
            assert 3 in hook.seen
    assert len(mail.messages) == 3


def test_a_route_never_has_more_sends_under_way_than_its_places(database: Database) -> None:
    with CountingWebhook(delay=0.3) as hook:
        wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url),))
        queue(database, wl, wl.alerts[0], 9)
        outbox = dispatcher(database, wl, limits=SendLimits(per_route=3, total=10))
        reports = outbox.send_due()
    assert [r.outcome for r in reports] == ["sent"] * 9
    assert sorted(hook.keys) == keys(database)
    assert 1 < hook.most_at_once <= 3


def test_an_attempt_is_committed_under_its_claim_before_its_request_leaves(
    database: Database,
) -> None:
    def logged() -> list[tuple[str, int, str | None, bool]]:  # from another connection
        with database.transaction() as session:
            rows = session.scalars(select(DeliveryRow)).all()
            return [(r.state, r.attempts, r.claimed_by, r.claim_token is not None) for r in rows]

    with CountingWebhook(delay=0.0, probe=logged) as hook:
        wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url),))
        queue(database, wl, wl.alerts[0], 1)
        assert [r.outcome for r in dispatcher(database, wl, worker="w").send_due()] == ["sent"]
    assert hook.seen == [[("sending", 1, "w", True)]]
    [view] = views(database)
    assert [(a.worker, a.outcome) for a in view.attempts] == [("w", "sent")]


class RefuseWrites:
    """Makes the database refuse every write from the first statement that starts with
    ``starting_at`` on, as a full disk or a volume remounted read-only would: SQLite
    with ``PRAGMA query_only``, PostgreSQL with read-only transactions. The errors are
    the databases' own; ``allow()`` ends it."""

    def __init__(self, database: Database, starting_at: str) -> None:
        self.engine = database.engine
        self.starting_at = starting_at
        self.refusing = False
        event.listen(self.engine, "before_cursor_execute", self.before)

    def before(self, _conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(self.starting_at):
            self.refusing = True
        if self.engine.dialect.name == "sqlite":
            cursor.execute(f"PRAGMA query_only = {int(self.refusing)}")
        elif self.refusing:
            cursor.execute("SET TRANSACTION READ ONLY")

    def allow(self) -> None:
        self.refusing = False
        self.starting_at = "\0"  # (no statement starts so)

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self.before)


@pytest.fixture
def refuse_writes(database: Database) -> Iterator[Callable[[str], RefuseWrites]]:
    made: list[RefuseWrites] = []

    def make(starting_at: str) -> RefuseWrites:
        made.append(RefuseWrites(database, starting_at))
        return made[-1]

    yield make
    for switch in made:
        switch.remove()


def test_a_send_whose_attempt_cannot_be_logged_is_not_made(
    database: Database, refuse_writes: Callable[[str], RefuseWrites]
) -> None:
    clock = Clock()
    with WebhookReceiver() as hook:
        wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url()),))
        queue(database, wl, wl.alerts[0], 1)
        outbox = dispatcher(database, wl, clock=clock)
        disk_full = refuse_writes("INSERT INTO DELIVERY_ATTEMPTS")
        with pytest.raises(StorageError, match="could not claim"):
            outbox.send_due()
        assert hook.received == []
        [waiting] = views(database)
        assert (waiting.state, waiting.attempts) == ("pending", [])
        disk_full.allow()
        assert [r.outcome for r in outbox.send_due()] == ["sent"]
        assert [r.headers["x-monitor-delivery"] for r in hook.received] == [waiting.key]


def test_an_alert_sent_whose_outcome_cannot_be_recorded_is_sent_again_after_its_lease(
    database: Database, refuse_writes: Callable[[str], RefuseWrites]
) -> None:
    clock = Clock()
    with WebhookReceiver() as hook:
        wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route(hook.url()),))
        queue(database, wl, wl.alerts[0], 1)
        outbox = dispatcher(database, wl, clock=clock, worker="only")
        disk_full = refuse_writes("UPDATE DELIVERY_ATTEMPTS")  # the first write after a send
        [report] = outbox.send_due()
        assert report.outcome == "sent" and "not recorded" in report.detail
        disk_full.allow()
        [held] = views(database)
        assert held.state == "sending"
        clock.now += outbox.lease - timedelta(seconds=1)
        assert outbox.send_due() == []  # the claim holds: not sent again yet
        assert len(hook.received) == 1
        clock.now += timedelta(seconds=2)
        assert [r.outcome for r in outbox.send_due()] == ["sent"]
        sent_keys = [r.headers["x-monitor-delivery"] for r in hook.received]
    assert sent_keys == [held.key, held.key]  # the same key: receivers drop the repeat
    [view] = views(database)
    assert (view.state, [a.outcome for a in view.attempts]) == ("sent", [None, "sent"])


def test_a_claim_taken_over_is_neither_attempted_nor_recorded_by_its_old_holder(
    database: Database,
) -> None:
    wl = Watchlist(people=(TAJIBAEVA,), alerts=(hook_route("http://127.0.0.1:9/"),))
    queue(database, wl, wl.alerts[0], 1)
    lease = timedelta(minutes=5)
    with database.transaction() as session:
        [first] = storage.claim_due(session, START, "one", lease, 10)
        first_attempt = storage.start_attempt(session, first, "one", START)
    later = START + lease + timedelta(seconds=1)  # the first holder stalled past its lease
    with database.transaction() as session:
        [second] = storage.claim_due(session, later, "two", lease, 10)
    assert second.token != first.token
    with database.transaction() as session:
        assert storage.start_attempt(session, first, "one", later) is None
        assert first_attempt is not None
        assert not storage.finish_attempt(
            session,
            first_attempt,
            first,
            outcome="sent",
            detail="HTTP 200",
            started_at=START,
            now=later,
        )
        second_attempt = storage.start_attempt(session, second, "two", later)
        assert second_attempt is not None
    with database.transaction() as session:
        row = session.scalars(select(DeliveryRow)).one()
        assert (row.state, row.claimed_by, row.claim_token) == ("sending", "two", second.token)
