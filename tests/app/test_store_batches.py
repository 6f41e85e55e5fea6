"""Passes stored together: a store waits for a fuller batch only while other feeds are under
way, and a stop while it waits stores what has come at once (``PollSession.fuller_batch``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

import monitor.app.pipeline as pipeline_module
from monitor.adapters.db.session import Database
from monitor.app.pipeline import Pipeline
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PEOPLE = (Person("kozlov-vladimir", "Vladimir Kozlov"),)
SLOW_SECONDS = 4.0


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        for name in ("one", "two", "three"):
            text = f"Police detained Vladimir Kozlov in {name} on Monday."
            running.route(f"/{name}.rss", body=rss((name, f"Kozlov ({name})", text)))
        running.route("/slow.rss", body=rss(("s", "Slow", "Nothing here.")), delay=SLOW_SECONDS)
        yield running


@pytest.fixture(autouse=True)
def long_gathering(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "GATHER_SECONDS", 60.0)  # never what ends a wait here


def test_a_store_waits_for_no_one_once_no_other_feed_is_under_way(
    database: Database, server: FeedServer
) -> None:
    feeds = tuple(FeedConfig(server.url(f"/{n}.rss")) for n in ("one", "two", "three"))
    pipeline = Pipeline(database, Watchlist(people=PEOPLE, feeds=feeds), clock=lambda: NOW)

    started = time.monotonic()
    reports = pipeline.poll_all()

    assert time.monotonic() - started < 30  # not a GATHER_SECONDS wait
    assert sorted(r.outcome for r in reports) == ["ok"] * 3
    assert sum(len(r.matches) for r in reports) == 3


def test_a_stop_while_a_pass_waits_for_a_fuller_batch_stores_it_and_abandons_the_rest(
    database: Database, server: FeedServer
) -> None:
    quick, slow = server.url("/one.rss"), server.url("/slow.rss")
    watchlist = Watchlist(people=PEOPLE, feeds=(FeedConfig(quick), FeedConfig(slow)))
    stopping = threading.Event()
    pipeline = Pipeline(database, watchlist, clock=lambda: NOW, stopping=stopping)
    stop = threading.Timer(1.0, stopping.set)  # the quick pass waits for the slow one by then

    stop.start()
    try:
        started = time.monotonic()
        reports = pipeline.poll_all()
        took = time.monotonic() - started
    finally:
        stop.cancel()

    assert [(r.url, r.outcome) for r in reports] == [(quick, "ok")]  # stored, not lost
    assert [m.person_id for r in reports for m in r.matches] == ["kozlov-vladimir"]
    assert took < SLOW_SECONDS  # the slow fetch abandoned, the stored pass not held back
