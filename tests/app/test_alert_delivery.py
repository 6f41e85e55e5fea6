"""The outbox sending through the real channels, on both databases: a real SMTP server
(aiosmtpd) and a real webhook receiver on 127.0.0.1, a scripted clock.

Status changes are recorded as the pipeline records them (record_findings); the
whole way from a feed is in tests/app/test_alerts_end_to_end.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from monitor.adapters.db import deliveries, people
from monitor.adapters.db.session import Database
from monitor.app.outbox import Dispatcher, SendResult, default_sender
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
from tests import storage
from tests.alert_servers import MailServer, WebhookReceiver, free_port, signature_is_valid

START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
SECRET = "the route's webhook secret"
ABISHEV = Person("abishev-aset", "Aset Abishev", status=Status.IMPRISONED, tags=("activists",))
BALTABAY = Person("baltabay-yerlan", "Yerlan Baltabay", status=Status.DETAINED)
FEED = FeedConfig("https://news.example.org/rss")


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


def mail_route(server: MailServer, **options: Any) -> AlertRoute:
    settings = {
        "to": ("duty@example.org",),
        "smtp_url": server.url(),
        "from": "monitor@example.org",
    }
    return AlertRoute("staff-email", "email", settings, **options)


def hook_route(receiver: WebhookReceiver, **options: Any) -> AlertRoute:
    settings = {"url": receiver.url("/hook"), "secret": SECRET, "format": "json"}
    return AlertRoute("hook", "webhook", settings, **options)


def watchlist(*routes: AlertRoute) -> Watchlist:
    return Watchlist(people=(ABISHEV, BALTABAY), feeds=(FEED,), alerts=routes)


def report(
    database: Database,
    wl: Watchlist,
    when: datetime,
    slug: str,
    person: Person = ABISHEV,
    kind: EventType = EventType.RELEASED,
) -> None:
    """Record one article (``slug``) saying ``kind`` happened to ``person`` that day."""
    what = {EventType.RELEASED: "released from prison", EventType.SENTENCED: "sentenced"}[kind]
    sentence = f"{person.name} was {what} on {when:%B} {when.day}."
    entry = ParsedEntry(None, f"https://news.example.org/{slug}", slug, sentence, when)
    finding = Finding(
        person.id,
        (Mention(person.id, 0, len(person.name), person.name, person.name, 0.95),),
        (Event(person.id, kind, True, 0.9, sentence, when.date()),),
    )
    with database.transaction() as session:
        people.sync_watchlist(session, wl, when)
        feed_id = storage.feeds_to_poll(session)[0].id
        article = storage.add_article(session, feed_id, entry_keys(entry), entry, when)
        record_findings(session, FoundIn(article, when, [finding]), when, wl)


def dispatcher(database: Database, wl: Watchlist, clock: Clock, **options: Any) -> Dispatcher:
    policy = RetryPolicy(timedelta(seconds=60), timedelta(hours=1), timedelta(hours=48))
    return Dispatcher(database, wl, clock=clock, policy=policy, jitter=lambda: 0.0, **options)


def views(database: Database) -> dict[str, deliveries.DeliveryView]:
    with database.transaction() as session:
        return {view.route: view for view in deliveries.list_deliveries(session)}


def test_one_status_change_gives_one_email_and_one_signed_webhook(
    database: Database, mail: MailServer, hook: WebhookReceiver
) -> None:
    wl, clock = watchlist(mail_route(mail), hook_route(hook)), Clock()
    report(database, wl, START, "abishev-freed")
    outbox = dispatcher(database, wl, clock, review_base_url="https://review.example.org")
    assert sorted((r.route, r.outcome) for r in outbox.send_due()) == [
        ("hook", "sent"),
        ("staff-email", "sent"),
    ]
    assert outbox.send_due() == []
    [email] = mail.messages
    [request] = hook.received
    sent = views(database)
    assert email.message["Subject"] == "Aset Abishev: released — imprisoned → free"
    assert email.message["Message-ID"] == f"<alert.{sent['staff-email'].key}@example.org>"
    assert signature_is_valid(SECRET, request)
    assert request.headers["x-monitor-delivery"] == sent["hook"].key
    payload = json.loads(request.body)
    assert (payload["previous_status"], payload["new_status"]) == ("imprisoned", "free")
    assert payload["event"]["evidence"] == "Aset Abishev was released from prison on March 2."
    assert [a["url"] for a in payload["articles"]] == ["https://news.example.org/abishev-freed"]
    assert payload["review_url"].startswith("https://review.example.org/matches/")
    assert {v.state for v in sent.values()} == {"sent"}


def test_a_second_article_about_the_same_story_sends_nothing_more(
    database: Database, mail: MailServer, hook: WebhookReceiver
) -> None:
    wl, clock = watchlist(mail_route(mail), hook_route(hook)), Clock()
    report(database, wl, START, "abishev-freed")
    outbox = dispatcher(database, wl, clock)
    outbox.send_due()
    clock.now = START + timedelta(hours=5)
    report(database, wl, clock.now, "abishev-home-again")
    assert outbox.send_due() == []
    assert (len(mail.messages), len(hook.received)) == (1, 1)
    assert len(views(database)) == 2


def test_a_mail_server_that_is_down_gets_the_alert_once_it_is_back(
    database: Database, hook: WebhookReceiver
) -> None:
    mail = MailServer(port=free_port())  # not started: connections are refused
    wl, clock = watchlist(mail_route(mail), hook_route(hook)), Clock()
    report(database, wl, START, "abishev-freed")
    outbox = dispatcher(database, wl, clock)
    first = {r.route: r for r in outbox.send_due()}
    assert (first["staff-email"].outcome, first["hook"].outcome) == ("retry", "sent")
    assert "connection refused" in first["staff-email"].detail
    with mail:
        clock.now += timedelta(seconds=30)
        assert outbox.send_due() == []  # not due yet
        clock.now += timedelta(seconds=30)
        assert [(r.route, r.outcome) for r in outbox.send_due()] == [("staff-email", "sent")]
        clock.now += timedelta(hours=1)
        assert outbox.send_due() == []
    assert len(mail.messages) == 1 and len(hook.received) == 1
    email = views(database)["staff-email"]
    assert (email.state, [a.outcome for a in email.attempts]) == ("sent", ["retry", "sent"])


def test_a_webhook_failing_twice_is_delivered_once_with_one_key(
    database: Database, hook: WebhookReceiver
) -> None:
    hook.answer(500, 500)
    wl, clock = watchlist(hook_route(hook)), Clock()
    report(database, wl, START, "abishev-freed")
    outbox = dispatcher(database, wl, clock)
    outcomes = []
    for _ in range(10):  # bounded; retries come 60 s, then 120 s after a failure
        outcomes += [r.outcome for r in outbox.send_due()]
        if outcomes and outcomes[-1] == "sent":
            break
        clock.now += timedelta(seconds=120)
    assert outcomes == ["retry", "retry", "sent"]
    view = views(database)["hook"]
    assert [r.headers["x-monitor-delivery"] for r in hook.received] == [view.key] * 3
    assert all(signature_is_valid(SECRET, r) for r in hook.received)
    assert [a.outcome for a in view.attempts] == ["retry", "retry", "sent"]
    assert view.attempts[0].detail is not None and "HTTP 500" in view.attempts[0].detail


def test_a_webhook_answering_410_fails_at_once_and_is_not_retried(
    database: Database, hook: WebhookReceiver
) -> None:
    hook.answer(410)
    wl, clock = watchlist(hook_route(hook)), Clock()
    report(database, wl, START, "abishev-freed")
    outbox = dispatcher(database, wl, clock)
    assert [r.outcome for r in outbox.send_due()] == ["failed"]
    clock.now += timedelta(days=3)
    assert outbox.send_due() == []
    assert len(hook.received) == 1
    view = views(database)["hook"]
    assert view.state == "failed"
    assert view.last_error is not None and view.last_error.startswith("HTTP 410")


class Killed(BaseException):
    """The process dies: nothing after this line of the dispatcher runs."""


def killed_after_sending(
    channel: str, settings: Mapping[str, Any], alerts: Sequence[Alert]
) -> SendResult:
    default_sender(channel, settings, alerts)
    raise Killed


@pytest.mark.parametrize("channel", ["webhook", "email"])
def test_a_process_killed_between_sending_and_recording_sends_again_with_the_same_key(
    database: Database, mail: MailServer, hook: WebhookReceiver, channel: str
) -> None:
    route = hook_route(hook) if channel == "webhook" else mail_route(mail)
    wl, clock = watchlist(route), Clock()
    report(database, wl, START, "abishev-freed")
    crashed = dispatcher(database, wl, clock, send=killed_after_sending, worker="crashed")
    with pytest.raises(Killed):
        crashed.send_due()
    survivor = dispatcher(database, wl, clock, worker="survivor")
    assert survivor.send_due() == []  # the dead dispatcher's lease still holds
    clock.now += crashed.lease + timedelta(seconds=1)
    assert [r.outcome for r in survivor.send_due()] == ["sent"]
    assert survivor.send_due() == []
    view = views(database)[route.name]
    if channel == "webhook":
        keys = [r.headers["x-monitor-delivery"] for r in hook.received]
    else:
        keys = [m.message["X-Monitor-Delivery"] for m in mail.messages]
        assert len({m.message["Message-ID"] for m in mail.messages}) == 1
    assert keys == [view.key, view.key]  # at least once, and the receiver can tell
    assert [(a.worker, a.outcome) for a in view.attempts] == [
        ("crashed", None),
        ("survivor", "sent"),
    ]


def test_a_digest_route_sends_one_message_for_the_day(
    database: Database, mail: MailServer, hook: WebhookReceiver
) -> None:
    morning = {"digest_at": time(8, 0)}
    wl = watchlist(mail_route(mail, **morning), hook_route(hook, **morning))
    clock = Clock()
    report(database, wl, START, "abishev-freed")
    report(database, wl, START, "baltabay-sentenced", BALTABAY, EventType.SENTENCED)
    outbox = dispatcher(database, wl, clock)
    assert outbox.send_due() == []  # 06:00: not yet
    clock.now = START + timedelta(hours=2)
    reports = outbox.send_due()
    assert sorted((r.route, len(r.delivery_ids), r.outcome) for r in reports) == [
        ("hook", 2, "sent"),
        ("staff-email", 2, "sent"),
    ]
    [email] = mail.messages
    assert email.message["Subject"] == (
        "Case monitor digest: 2 alerts (Aset Abishev, Yerlan Baltabay)"
    )
    [request] = hook.received
    payload = json.loads(request.body)
    assert payload["kind"] == "digest" and request.headers["x-monitor-event"] == "digest"
    assert sorted(a["person"]["id"] for a in payload["alerts"]) == [
        "abishev-aset",
        "baltabay-yerlan",
    ]
    assert signature_is_valid(SECRET, request)


def test_an_apprise_route_delivers_through_the_outbox(
    database: Database, hook: WebhookReceiver
) -> None:
    url = hook.url("/apprise").replace("http://", "json://")
    wl, clock = watchlist(AlertRoute("chat", "apprise", {"url": url})), Clock()
    report(database, wl, START, "abishev-freed")
    assert [r.outcome for r in dispatcher(database, wl, clock).send_due()] == ["sent"]
    [request] = hook.received
    assert json.loads(request.body)["title"] == "Aset Abishev: released — imprisoned → free"


def test_a_test_message_goes_through_the_route_now(database: Database, mail: MailServer) -> None:
    wl, clock = watchlist(mail_route(mail)), Clock()
    detail = dispatcher(database, wl, clock).send_test(wl.alerts[0])
    assert detail.startswith("accepted by")
    [email] = mail.messages
    assert email.message["Subject"] == "Test of route 'staff-email': test"
    assert views(database) == {}  # a test bypasses the outbox
