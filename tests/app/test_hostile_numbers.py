"""Numbers a server chooses (Cache-Control, Retry-After, a feed's ttl) can be absurd: the
pass still completes, on both databases, and no feed waits past the schedule's bound."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import FeedRow
from monitor.app.pipeline import Pipeline
from monitor.core.schedule import MAX_WAIT
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DOC = rss(("k1", "Kozlov walks free", "Vladimir Kozlov was freed this morning."))
MANY = "9" * 20
LAST_DAY = "Fri, 31 Dec 9999 23:59:59 GMT"
ROUTES: dict[str, dict[str, object]] = {
    "max-age": {"body": DOC, "etag": '"m"', "headers": {"Cache-Control": f"max-age={MANY}"}},
    "max-age-5000-digits": {"body": DOC, "headers": {"Cache-Control": "max-age=" + "9" * 5000}},
    "retry-after-digits": {"status": 503, "headers": {"Retry-After": MANY}},
    "retry-after-year-9999": {"status": 429, "headers": {"Retry-After": LAST_DAY}},
    "ok-retry-after-year-9999": {"body": DOC, "headers": {"Retry-After": LAST_DAY}},
    "ttl": {"body": DOC.replace(b"<channel>", f"<channel><ttl>{MANY}</ttl>".encode())},
    "ttl-99999-minutes": {"body": DOC.replace(b"<channel>", b"<channel><ttl>99999</ttl>")},
}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        for name, route in ROUTES.items():
            running.route(f"/{name}", **route)
        yield running


def a_pipeline(database: Database, server: FeedServer) -> Pipeline:
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=tuple(FeedConfig(server.url(f"/{name}"), 15 * 60) for name in ROUTES),
    )
    return Pipeline(database, watchlist, clock=lambda: NOW, jitter=lambda: 0.0)


def next_polls(database: Database) -> dict[str, timedelta]:
    with database.transaction() as session:
        rows = session.execute(select(FeedRow.url, FeedRow.next_poll_at)).all()
    return {url.rsplit("/", 1)[1]: when.replace(tzinfo=UTC) - NOW for url, when in rows}


def test_absurd_server_numbers_neither_break_the_pass_nor_silence_a_feed_past_the_bound(
    database: Database, server: FeedServer
) -> None:
    reports = a_pipeline(database, server).poll_all()
    failed = {r.url.rsplit("/", 1)[1]: r.error_reason for r in reports if r.outcome == "error"}
    assert failed == {"retry-after-digits": "http_5xx", "retry-after-year-9999": "http_4xx"}
    waits = next_polls(database)
    assert set(waits) == set(ROUTES)
    assert all(timedelta(0) < wait <= MAX_WAIT for wait in waits.values()), waits
    assert waits["max-age"] == timedelta(hours=24)  # the longest a server's hint may ask
    assert waits["ttl-99999-minutes"] == timedelta(hours=24)
    assert waits["retry-after-digits"] == timedelta(hours=6)  # the back-off cap

    again = a_pipeline(database, server).poll_all()  # a 304 where the feed has an etag
    assert {r.url.rsplit("/", 1)[1]: r.outcome for r in again}["max-age"] == "not_modified"
    assert all(timedelta(0) < wait <= MAX_WAIT for wait in next_polls(database).values())
