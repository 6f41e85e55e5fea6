"""Passes stored together: a store waits for a fuller batch only while other feeds are under
way, and a stop while it waits stores what has come at once (``PollSession.fuller_batch``);
a pass fetched when a stop comes is stored and reported, never reported abandoned while
stored (``PollSession.despite_stop``)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import ClassVar, Self

import pytest

import monitor.app.pipeline as pipeline_module
from monitor.adapters.db import feeds
from monitor.adapters.db.session import Database
from monitor.app.pipeline import FeedReport, Pipeline, store_batch
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.daemon_process import wait_until
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
    listed = tuple(FeedConfig(server.url(f"/{n}.rss")) for n in ("one", "two", "three"))
    pipeline = Pipeline(database, Watchlist(people=PEOPLE, feeds=listed), clock=lambda: NOW)

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


class WatchedSession(pipeline_module.PollSession):
    """The pipeline's PollSession, within the tests' sight (the passes waiting to be stored)."""

    opened: ClassVar[list[WatchedSession]] = []

    async def __aenter__(self) -> Self:
        self.loop = asyncio.get_running_loop()
        WatchedSession.opened.append(self)
        return await super().__aenter__()


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> list[WatchedSession]:
    opened: list[WatchedSession] = []
    monkeypatch.setattr(WatchedSession, "opened", opened)
    monkeypatch.setattr(pipeline_module, "PollSession", WatchedSession)
    return opened


def stored_feeds(database: Database) -> set[str]:
    """The feeds whose pass is in the database."""
    with database.transaction() as session:
        return {f.url for f in feeds.list_feeds(session) if f.last_polled_at is not None}


def test_a_pass_waiting_for_the_store_lock_at_a_stop_is_reported_as_stored_with_its_batch(
    database: Database, server: FeedServer, watched: list[WatchedSession]
) -> None:
    quick = [server.url("/one.rss"), server.url("/two.rss")]
    slow = server.url("/slow.rss")
    listed = tuple(FeedConfig(url) for url in [*quick, slow])
    stopping = threading.Event()
    pipeline = Pipeline(
        database, Watchlist(people=PEOPLE, feeds=listed), clock=lambda: NOW, stopping=stopping
    )

    def stop_once_both_quick_passes_wait() -> None:
        # the first holds the store lock, waiting for a fuller batch (the slow feed is under
        # way); the second waits for the lock
        wait_until(lambda: watched and len(watched[0].waiting) == 2, 20, "two passes waiting")
        stopping.set()

    stopper = threading.Thread(target=stop_once_both_quick_passes_wait)
    stopper.start()
    try:
        reports = pipeline.poll_all()
    finally:
        stopping.set()
        stopper.join()

    assert sorted((r.url, r.outcome) for r in reports) == [(url, "ok") for url in sorted(quick)]
    assert {r.url for r in reports} == stored_feeds(database) == set(quick)
    assert sorted(m.person_id for r in reports for m in r.matches) == ["kozlov-vladimir"] * 2


async def tasks_cancelled_by_the_stop() -> None:
    """Until the pipeline has cancelled its feeds' tasks (``Pipeline.cancel_when_stopping``)."""
    watchers = [
        task
        for task in asyncio.all_tasks()
        if getattr(task.get_coro(), "__qualname__", "") == "Pipeline.cancel_when_stopping"
    ]
    await asyncio.wait_for(asyncio.gather(*watchers), 20)


def test_passes_whose_batch_is_being_stored_when_a_stop_comes_are_reported_as_stored(
    database: Database,
    server: FeedServer,
    watched: list[WatchedSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quick = [server.url("/one.rss"), server.url("/two.rss")]
    listed = tuple(FeedConfig(url) for url in quick)
    stopping = threading.Event()
    pipeline = Pipeline(
        database, Watchlist(people=PEOPLE, feeds=listed), clock=lambda: NOW, stopping=stopping
    )
    batches: list[int] = []

    def stopped_while_storing(batch: list[pipeline_module.Pass]) -> dict[int, FeedReport]:
        batches.append(len(batch))
        stopping.set()  # in the store's thread: the stop comes while the batch is stored
        loop = watched[0].loop
        asyncio.run_coroutine_threadsafe(tasks_cancelled_by_the_stop(), loop).result(30)
        return store_batch(batch)

    monkeypatch.setattr(pipeline_module, "store_batch", stopped_while_storing)

    reports = pipeline.poll_all()

    assert batches == [2]  # one batch: the second pass waited for the lock, in the batch
    assert sorted((r.url, r.outcome) for r in reports) == [(url, "ok") for url in sorted(quick)]
    assert {r.url for r in reports} == stored_feeds(database) == set(quick)
