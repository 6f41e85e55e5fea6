"""Source health end to end on both databases: a loopback feed fails for a day, recovers,
then goes silent; the admin route's outbox gets one alert for each, sent through the
dispatcher as a "Feed …" alert about the feed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from monitor.adapters.db import deliveries
from monitor.adapters.db.session import Database
from monitor.app.outbox import Dispatcher
from monitor.app.pipeline import Pipeline
from monitor.app.shapes import delivery_as_dict
from monitor.app.source_health import check_sources
from monitor.core.alerts import Alert, AlertKind
from monitor.core.source_health import SourceHealthRules
from monitor.core.types import AlertRoute, FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
ADMIN = AlertRoute("admin", "webhook", {"url": "http://127.0.0.1:9/", "secret": None})
STAFF = AlertRoute("staff", "webhook", {"url": "http://127.0.0.1:9/", "secret": None})


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Sender:
    sent: list[tuple[str, list[Alert]]] = field(default_factory=list)

    def __call__(self, channel: str, settings: Mapping[str, Any], alerts: Sequence[Alert]) -> Any:
        self.sent.append((channel, list(alerts)))
        return type("Result", (), {"detail": "HTTP 200"})()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/news.rss", status=503, body=b"down for maintenance")
        yield running


def source_alerts(database: Database) -> list[tuple[str, str | None, str | None]]:
    with database.transaction() as session:
        views = deliveries.list_deliveries(session)
    return sorted((v.route, v.kind, v.state) for v in views)


def test_a_feed_failing_for_a_day_then_back_then_silent_alerts_the_admin_route_once_each(
    database: Database, server: FeedServer
) -> None:
    clock = Clock()
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=(FeedConfig(server.url("/news.rss")),),
        alerts=(ADMIN, STAFF),
        source_health=SourceHealthRules("admin"),
    )
    pipeline = Pipeline(database, watchlist, clock=clock)
    sender = Sender()
    dispatcher = Dispatcher(database, watchlist, clock=clock, send=sender)

    def poll_and_check(hours: float) -> list[str]:
        clock.now = START + timedelta(hours=hours)
        pipeline.poll_all()
        return [r.state for r in check_sources(database, watchlist, clock.now)]

    assert poll_and_check(0) == []  # failing, but not for a day yet
    assert poll_and_check(12) == []
    assert poll_and_check(24) == ["failing"]
    assert poll_and_check(30) == []  # told once
    dispatcher.send_due()
    [(_, [alert])] = sender.sent
    assert alert.kind is AlertKind.SOURCE_HEALTH and alert.source_state == "failing"
    assert alert.headline == f"Feed failing: {server.url('/news.rss')}"
    assert alert.evidence == (
        "every poll has failed since 2026-11-02 08:00 UTC (http_5xx: HTTP 503 Service Unavailable)"
    )
    assert alert.articles[0].feed_url == server.url("/news.rss")

    server.route("/news.rss", body=rss(("w1", "Weather", "Rain is expected.")), etag='"v1"')
    assert poll_and_check(31) == ["ok"]
    assert poll_and_check(32) == []
    assert poll_and_check(31 + 7 * 24) == ["silent"]  # only 304s for a week
    assert poll_and_check(32 + 7 * 24) == []
    server.route("/news.rss", body=rss(("w2", "Snow", "Snow is expected.")), etag='"v2"')
    assert poll_and_check(33 + 7 * 24) == ["ok"]

    dispatcher.send_due()
    headlines = [alerts[0].headline for _, alerts in sender.sent]
    assert headlines == [
        f"Feed failing: {server.url('/news.rss')}",  # its title was not known yet
        "Feed recovered: Test feed",
        "Feed silent: Test feed",
        "Feed recovered: Test feed",
    ]
    assert source_alerts(database) == [("admin", "source_health", "sent")] * 4  # staff: none
    with database.transaction() as session:
        listed = [delivery_as_dict(v) for v in deliveries.list_deliveries(session)]
    assert {d["feed_url"] for d in listed} == {server.url("/news.rss")}
    assert listed[-1]["summary"].startswith("every poll has failed since")  # oldest last
    assert {d["person_id"] for d in listed} == {""}


def test_without_source_health_settings_nothing_is_queued(
    database: Database, server: FeedServer
) -> None:
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=(FeedConfig(server.url("/news.rss")),),
        alerts=(ADMIN,),
    )
    clock = Clock()
    pipeline = Pipeline(database, watchlist, clock=clock)
    pipeline.poll_all()
    clock.now = START + timedelta(days=3)
    pipeline.poll_all()
    assert check_sources(database, watchlist, clock.now) == []
    assert source_alerts(database) == []


def test_a_route_with_feed_health_is_told_without_a_source_health_section(
    database: Database, server: FeedServer
) -> None:
    ops = replace(STAFF, name="ops", feed_health=True)
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=(FeedConfig(server.url("/news.rss")),),
        alerts=(ADMIN, ops),
    )
    clock = Clock()
    pipeline = Pipeline(database, watchlist, clock=clock)
    pipeline.poll_all()
    clock.now = START + timedelta(days=2)  # failing for longer than the default 24 h
    pipeline.poll_all()

    assert [r.state for r in check_sources(database, watchlist, clock.now)] == ["failing"]
    assert source_alerts(database) == [("ops", "source_health", "pending")]


def test_a_feed_answering_410_gone_is_marked_gone_at_once_alerted_and_tried_weekly(
    database: Database, server: FeedServer
) -> None:
    server.route("/news.rss", status=410, body=b"this feed was retired")
    clock = Clock()
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=(FeedConfig(server.url("/news.rss")),),
        alerts=(ADMIN,),
        source_health=SourceHealthRules("admin"),
    )
    pipeline = Pipeline(database, watchlist, clock=clock)
    [report] = pipeline.poll_all()
    assert (report.outcome, report.error_reason) == ("error", "gone")
    assert report.next_poll_at == START + timedelta(days=7)  # not hammered
    [told] = check_sources(database, watchlist, START)  # at once: no day of failures first
    assert (told.previous, told.state) == ("ok", "gone")
    assert "gone for good (HTTP 410)" in told.summary
    assert check_sources(database, watchlist, START + timedelta(hours=1)) == []  # told once
    sender = Sender()
    Dispatcher(database, watchlist, clock=clock, send=sender).send_due()
    [(_, [alert])] = sender.sent
    assert alert.headline == f"Feed gone: {server.url('/news.rss')}"

    clock.now = START + timedelta(days=7)  # a week on, it is back
    server.route("/news.rss", body=rss(("w1", "Weather", "Rain is expected.")))
    [report] = pipeline.poll_all()
    assert report.outcome == "ok"
    [back] = check_sources(database, watchlist, clock.now)
    assert (back.previous, back.state) == ("gone", "ok")
    assert back.summary.startswith("recovered: it was gone")
