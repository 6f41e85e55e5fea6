"""The outbox's mechanics on both databases: claims, attempts, back-off, give-up, reminders.

The channel is the one seam replaced here (by a recording sender) so each rule can be
driven exactly; tests/app/test_alerts_end_to_end.py sends through real SMTP and HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from monitor.adapters.db import deliveries, people
from monitor.adapters.db.session import Database
from monitor.app.outbox import Dispatcher, SendLimits
from monitor.app.record import FoundIn, record_findings
from monitor.core.alerts import Alert
from monitor.core.entries import entry_keys
from monitor.core.schedule import RetryPolicy
from monitor.core.types import (
    AlertRoute,
    Event,
    EventType,
    FeedConfig,
    Finding,
    Mention,
    ParsedEntry,
    Person,
    Status,
    Watchlist,
)
from monitor.errors import DeliveryError
from tests import storage

START = datetime(2026, 9, 14, 6, 0, tzinfo=UTC)
HOOK = AlertRoute("hook", "webhook", {"url": "http://127.0.0.1:9/", "secret": None})
BAIBEK = Person("baltabay-yerlan", "Yerlan Baltabay", status=Status.DETAINED, tags=("unions",))


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Sender:
    """Stands in for a channel: answers with the scripted failures, then succeeds."""

    failures: list[DeliveryError] = field(default_factory=list)
    sent: list[tuple[str, list[Alert]]] = field(default_factory=list)

    def __call__(self, channel: str, settings: Mapping[str, Any], alerts: Sequence[Alert]) -> Any:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((channel, list(alerts)))
        return type("Result", (), {"detail": "HTTP 200"})()


def watchlist(*routes: AlertRoute) -> Watchlist:
    return Watchlist(
        people=(BAIBEK,), feeds=(FeedConfig("https://news.example.org/rss"),), alerts=routes
    )


def sentenced(database: Database, wl: Watchlist, now: datetime, title: str = "verdict") -> None:
    """Record an article saying Baltabay was sentenced today: a status change."""
    report_event(database, wl, now, EventType.SENTENCED, title)


def report_event(
    database: Database, wl: Watchlist, now: datetime, kind: EventType, title: str
) -> None:
    """Record an article reporting that ``kind`` happened to Baltabay today."""
    entry = ParsedEntry(None, f"https://news.example.org/{title}", title, title, now)
    finding = Finding(
        BAIBEK.id,
        (Mention(BAIBEK.id, 0, 8, "Baltabay", "Baltabay", 0.9),),
        (Event(BAIBEK.id, kind, True, 0.9, f"Baltabay: {kind}.", now.date()),),
    )
    with database.transaction() as session:
        people.sync_watchlist(session, wl, now)
        feed_id = storage.feeds_to_poll(session)[0].id
        article = storage.add_article(session, feed_id, entry_keys(entry), entry, now)
        record_findings(session, FoundIn(article, now, [finding]), now, wl)


def dispatcher(
    database: Database, wl: Watchlist, clock: Clock, sender: Sender, **kw: Any
) -> Dispatcher:
    policy = RetryPolicy(
        base=timedelta(seconds=60), cap=timedelta(hours=1), give_up_after=timedelta(hours=48)
    )
    return Dispatcher(
        database, wl, clock=clock, policy=policy, send=sender, jitter=lambda: 0.0, **kw
    )


def all_deliveries(database: Database) -> list[deliveries.DeliveryView]:
    with database.transaction() as session:
        return deliveries.list_deliveries(session)


def test_a_status_change_queues_one_delivery_per_route(database: Database) -> None:
    mail = AlertRoute("mail", "email", {"to": ("a@example.org",), "smtp_url": "smtp://127.0.0.1:1"})
    wl = watchlist(HOOK, mail)
    sentenced(database, wl, START)
    sentenced(database, wl, START + timedelta(days=2), title="same story elsewhere")
    queued = all_deliveries(database)
    assert sorted(d.route for d in queued) == ["hook", "mail"]
    assert {d.state for d in queued} == {"pending"}


def test_a_sent_delivery_carries_the_story_and_is_not_sent_twice(database: Database) -> None:
    wl, clock, sender = watchlist(HOOK), Clock(), Sender()
    sentenced(database, wl, START)
    outbox = dispatcher(database, wl, clock, sender, review_base_url="https://review.example.org/")
    assert [r.outcome for r in outbox.send_due()] == ["sent"]
    assert outbox.send_due() == []
    [(channel, [alert])] = sender.sent
    assert channel == "webhook"
    assert (alert.previous_status, alert.new_status, alert.event_type) == (
        Status.DETAINED,
        Status.IMPRISONED,
        EventType.SENTENCED,
    )
    assert alert.headline == "Yerlan Baltabay: sentenced — detained → imprisoned"
    assert alert.review_url is not None and alert.review_url.startswith(
        "https://review.example.org/matches/"
    )
    [view] = all_deliveries(database)
    assert (view.state, [a.outcome for a in view.attempts]) == ("sent", ["sent"])
    assert view.attempts[0].worker == outbox.worker


def test_transient_failures_back_off_then_deliver_once_with_one_key(database: Database) -> None:
    wl, clock = watchlist(HOOK), Clock()
    sender = Sender([DeliveryError("HTTP 500"), DeliveryError("HTTP 500")])
    sentenced(database, wl, START)
    outbox = dispatcher(database, wl, clock, sender)
    first = outbox.send_due()
    assert [(r.outcome, r.retry_at) for r in first] == [("retry", START + timedelta(seconds=60))]
    assert outbox.send_due() == []  # not due yet: nothing retries inside a pass
    clock.now += timedelta(seconds=60)
    assert [r.retry_at for r in outbox.send_due()] == [clock.now + timedelta(seconds=120)]
    clock.now += timedelta(seconds=120)
    assert [r.outcome for r in outbox.send_due()] == ["sent"]
    [view] = all_deliveries(database)
    assert [a.outcome for a in view.attempts] == ["retry", "retry", "sent"]
    assert len(sender.sent) == 1


def test_a_permanent_failure_stops_at_once(database: Database) -> None:
    wl, clock = watchlist(HOOK), Clock()
    sentenced(database, wl, START)
    outbox = dispatcher(
        database, wl, clock, Sender([DeliveryError("HTTP 410 Gone", permanent=True)])
    )
    assert [r.outcome for r in outbox.send_due()] == ["failed"]
    clock.now += timedelta(days=1)
    assert outbox.send_due() == []
    [view] = all_deliveries(database)
    assert (view.state, view.last_error) == ("failed", "HTTP 410 Gone")


def test_a_delivery_that_never_succeeds_gives_up_after_the_limit(database: Database) -> None:
    wl, clock = watchlist(HOOK), Clock()
    sender = Sender([DeliveryError("connection refused") for _ in range(200)])
    sentenced(database, wl, START)
    outbox = dispatcher(database, wl, clock, sender)
    outcomes = []
    for _ in range(100):  # bounded: 48 h at most an hour apart is about 55 attempts
        reports = outbox.send_due()
        outcomes += [r.outcome for r in reports]
        if outcomes and outcomes[-1] == "failed":
            break
        clock.now += timedelta(hours=1)
    assert outcomes[-1] == "failed"
    assert set(outcomes[:-1]) == {"retry"}
    [view] = all_deliveries(database)
    assert view.last_error is not None and view.last_error.startswith("gave up")


def test_a_sender_that_died_mid_send_is_retried_with_the_same_key(database: Database) -> None:
    wl, clock, sender = watchlist(HOOK), Clock(), Sender()
    sentenced(database, wl, START)
    crashed = dispatcher(database, wl, clock, sender, worker="crashed")
    with database.transaction() as session:  # claim and log an attempt, then "die"
        [claimed] = storage.claim_due(session, clock(), "crashed", crashed.lease, 10)
        storage.start_attempt(session, claimed, "crashed", clock())
    survivor = dispatcher(database, wl, clock, sender, worker="survivor")
    assert survivor.send_due() == []  # the lease still holds
    clock.now += crashed.lease + timedelta(seconds=1)
    assert [r.outcome for r in survivor.send_due()] == ["sent"]
    [view] = all_deliveries(database)
    assert [(a.worker, a.outcome) for a in view.attempts] == [
        ("crashed", None),
        ("survivor", "sent"),
    ]
    assert sender.sent[0][1][0].key == claimed.key == view.key


def test_two_dispatchers_never_claim_the_same_delivery(database: Database) -> None:
    wl, clock = watchlist(*(AlertRoute(f"hook-{i}", "webhook", {}) for i in range(5))), Clock()
    sentenced(database, wl, START)
    with database.transaction() as session:
        first = storage.claim_due(session, clock(), "one", timedelta(minutes=5), 3)
    with database.transaction() as session:
        second = storage.claim_due(session, clock(), "two", timedelta(minutes=5), 10)
    assert len(first) == 3 and len(second) == 2
    assert not {d.id for d in first} & {d.id for d in second}


def test_a_digest_route_sends_its_alerts_together_at_its_time(database: Database) -> None:
    digest = AlertRoute(
        "morning", "webhook", {}, events=(EventType.HUNGER_STRIKE,), digest_at=time(8, 0)
    )
    wl, clock, sender = watchlist(digest), Clock(), Sender()
    sentenced(database, wl, START)  # 06:00
    report_event(database, wl, START, EventType.HUNGER_STRIKE, "strike")
    clock.now = START + timedelta(hours=1)  # 07:00: not yet
    outbox = dispatcher(database, wl, clock, sender)
    assert outbox.send_due() == []
    clock.now = START + timedelta(hours=2)  # 08:00
    [report] = outbox.send_due()
    assert report.outcome == "sent" and len(report.delivery_ids) == 2
    assert [len(alerts) for _, alerts in sender.sent] == [2]


def test_an_urgent_alert_nobody_acknowledged_is_sent_once_more(database: Database) -> None:
    urgent = AlertRoute(
        "pager", "webhook", {"url": "http://127.0.0.1:9/"}, remind_after_seconds=3600
    )
    wl, clock, sender = watchlist(urgent), Clock(), Sender()
    sentenced(database, wl, START)
    outbox = dispatcher(database, wl, clock, sender)
    outbox.send_due()
    clock.now += timedelta(minutes=59)
    assert outbox.send_due() == []
    clock.now += timedelta(minutes=2)
    assert [r.outcome for r in outbox.send_due()] == ["sent"]
    clock.now += timedelta(hours=5)
    assert outbox.send_due() == []  # one reminder, not one an hour
    assert [alerts[0].reminder for _, alerts in sender.sent] == [False, True]
    assert sender.sent[1][1][0].headline.startswith("Reminder: ")


def test_an_acknowledged_alert_gets_no_reminder(database: Database) -> None:
    urgent = AlertRoute(
        "pager", "webhook", {"url": "http://127.0.0.1:9/"}, remind_after_seconds=3600
    )
    wl, clock, sender = watchlist(urgent), Clock(), Sender()
    sentenced(database, wl, START)
    outbox = dispatcher(database, wl, clock, sender)
    outbox.send_due()
    [view] = all_deliveries(database)
    with database.transaction() as session:
        assert deliveries.acknowledge(session, view.id, clock()) is True
        assert deliveries.acknowledge(session, view.id, clock()) is False
    clock.now += timedelta(hours=2)
    assert outbox.send_due() == []


@pytest.mark.parametrize(
    ("route", "wanted"),
    [
        (AlertRoute("all", "webhook", {}), True),
        (AlertRoute("by-id", "webhook", {}, people=("baltabay-yerlan",)), True),
        (AlertRoute("by-tag", "webhook", {}, tags=("unions",)), True),
        (AlertRoute("other-tag", "webhook", {}, tags=("journalists",)), False),
        (
            AlertRoute(
                "events-only",
                "webhook",
                {},
                status_changes=False,
                events=(EventType.HUNGER_STRIKE,),
            ),
            False,
        ),
    ],
    ids=lambda v: v.name if isinstance(v, AlertRoute) else str(v),
)
def test_routes_choose_whose_news_they_receive(
    database: Database, route: AlertRoute, wanted: bool
) -> None:
    sentenced(database, watchlist(route), START)
    assert len(all_deliveries(database)) == (1 if wanted else 0)


def test_a_notable_event_without_a_status_change_reaches_routes_that_ask_for_it(
    database: Database,
) -> None:
    strikes = AlertRoute("strikes", "webhook", {}, events=(EventType.HUNGER_STRIKE,))
    wl = watchlist(strikes, HOOK)
    entry = ParsedEntry(None, "https://news.example.org/strike", "strike", "strike", START)
    finding = Finding(
        BAIBEK.id,
        (Mention(BAIBEK.id, 0, 8, "Baltabay", "Baltabay", 0.9),),
        (
            Event(
                BAIBEK.id,
                EventType.HUNGER_STRIKE,
                True,
                0.8,
                "Baltabay went on hunger strike.",
                date(2026, 9, 13),
            ),
        ),
    )
    with database.transaction() as session:
        people.sync_watchlist(session, wl, START)
        article = storage.add_article(
            session, storage.feeds_to_poll(session)[0].id, entry_keys(entry), entry, START
        )
        record_findings(session, FoundIn(article, START, [finding]), START, wl)
    assert [(d.route, d.kind) for d in all_deliveries(database)] == [("strikes", "event")]


def test_a_digest_carries_every_due_alert_of_its_route_however_few_places(
    database: Database,
) -> None:
    digest = AlertRoute("evening", "webhook", {}, digest_at=time(20, 0))
    wl, clock, sender = watchlist(digest), Clock(), Sender()
    with database.transaction() as session:
        people.sync_watchlist(session, wl, START)
        for _ in range(30):
            deliveries.enqueue(
                session,
                deliveries.NewDelivery(
                    route="evening",
                    channel="webhook",
                    kind="event",
                    person_id=BAIBEK.id,
                    send_at=START,
                    digest=True,
                ),
                START,
            )
    outbox = dispatcher(database, wl, clock, sender, limits=SendLimits(per_route=1, total=1))
    [report] = outbox.send_due()
    assert (report.outcome, len(report.delivery_ids)) == ("sent", 30)
    assert [len(alerts) for _, alerts in sender.sent] == [30]
