"""Feeds handed to the parser processes several to a task: each feed's result is its own,
and a worker that dies mid-batch costs only the feed that kills it (real processes)."""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.adapters.db.session import Database
from monitor.adapters.feeds.fetch import FetchedFeed
from monitor.app.parse_batches import BATCH_BYTES, BATCH_FEEDS, ParseBatches, Waiting, take
from monitor.app.pipeline import Pipeline
from monitor.app.scan_workers import Parsed, ParseRequest, parse_many
from monitor.core.types import FeedConfig, Person, Watchlist
from monitor.errors import FeedError
from tests.http_feeds import FeedServer, rss
from tests.parser_traps import DIE, TrappedPool, wait_for

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PEOPLE = (Person("kozlov-vladimir", "Vladimir Kozlov"),)


def news(name: str) -> bytes:
    return rss((name, f"Kozlov ({name})", f"Police detained Vladimir Kozlov in {name}."))


def bomb() -> bytes:
    return news("bomb").replace(b"<channel>", b"<channel>" + DIE)


@pytest.fixture
def pool() -> Iterator[TrappedPool]:
    running = TrappedPool(1)
    try:
        yield running
    finally:
        running.shutdown(wait=True, cancel_futures=True)


def request(name: str, content: bytes) -> ParseRequest:
    return ParseRequest(content, f"http://feeds.test/{name}.rss", "application/rss+xml", None, NOW)


def outcome(result: Parsed | BaseException) -> str:
    if isinstance(result, FeedError):
        return f"failed: {result.message}"
    assert not isinstance(result, BaseException), result
    parsed, _ = result
    return "parsed: " + ", ".join(entry.title for entry in parsed.entries)


def test_a_worker_that_dies_mid_batch_costs_only_the_feed_that_kills_it(
    pool: TrappedPool, tmp_path: Path
) -> None:
    gate = tmp_path / "open"
    documents = {
        "a": news("a"),
        "junk": b"<html><body>not a feed</body></html>",  # fails on its own, in the batch
        "bomb": bomb(),
        "c": news("c"),
    }

    async def parse_all() -> tuple[dict[str, str], ParseBatches]:
        batches = ParseBatches(pool)
        # the pool's two places taken (one worker, one task waiting): the rest queue up
        held = [
            asyncio.ensure_future(
                batches.parse(request(f"gate{i}", news(f"g{i}") + wait_for(gate)), None)
            )
            for i in (1, 2)
        ]
        await asyncio.sleep(0)
        queued = {
            name: asyncio.ensure_future(batches.parse(request(name, content), None))
            for name, content in documents.items()
        }
        await asyncio.sleep(0)
        assert batches.in_flight == 2 and len(batches.queue) == 4
        gate.touch()  # the gates go through, then the four queued leave as one task
        results = await asyncio.wait_for(
            asyncio.gather(*held, *queued.values(), return_exceptions=True), 120
        )
        names = ["gate1", "gate2", *queued]
        return {name: outcome(r) for name, r in zip(names, results, strict=True)}, batches

    outcomes, batches = asyncio.run(parse_all())

    assert outcomes == {
        "gate1": "parsed: Kozlov (g1)",
        "gate2": "parsed: Kozlov (g2)",
        "a": "parsed: Kozlov (a)",
        "junk": outcomes["junk"],
        "bomb": "failed: the parser process died",
        "c": "parsed: Kozlov (c)",
    }
    assert outcomes["junk"].startswith("failed: ") and "died" not in outcomes["junk"]
    # one task of four died with its worker; its feeds went again one by one, alone
    assert batches.sent == Counter({1: 2 + 4, 4: 1})
    assert pool.renewals == 2  # after the batch, and after the bomb alone


def test_a_pass_stores_every_feed_but_the_one_that_kills_its_parser_and_the_next_pass_too(
    database: Database, pool: TrappedPool
) -> None:
    with FeedServer() as server:
        names = [f"f{i}" for i in range(12)]
        for name in names:
            server.route(f"/{name}.rss", body=news(name))
        server.route("/bomb.rss", body=bomb())
        urls = [server.url(f"/{name}.rss") for name in [*names, "bomb"]]
        watchlist = Watchlist(people=PEOPLE, feeds=tuple(FeedConfig(url) for url in urls))
        pipeline = Pipeline(database, watchlist, clock=lambda: NOW, parser=pool)

        first = {r.url.rsplit("/", 1)[1]: r for r in pipeline.poll_all()}
        for name in names:
            server.route(f"/{name}.rss", body=news(name + "-later"))
        again = {r.url.rsplit("/", 1)[1]: r for r in pipeline.poll_all()}

    for reports in (first, again):
        assert len(reports) == 13
        assert (reports["bomb.rss"].outcome, reports["bomb.rss"].error_message) == (
            "error",
            "the parser process died",
        )
        assert {reports[f"{n}.rss"].outcome for n in names} == {"ok"}
        assert [reports[f"{n}.rss"].new_entries for n in names] == [1] * 12


def test_a_reload_s_old_and_new_pipelines_take_turns_in_one_pool(
    database: Database, pool: TrappedPool
) -> None:
    # after a reload the old pipeline's feeds still parse beside the new one's, in the same
    # pool: a suspect must be alone in the POOL, or the bomb takes an innocent feed with it
    watchlist = Watchlist(people=PEOPLE, feeds=())
    old = Pipeline(database, watchlist, clock=lambda: NOW, parser=pool)
    new = Pipeline(database, watchlist, clock=lambda: NOW, parser=pool)

    def fetched(name: str, content: bytes) -> FetchedFeed:
        url = f"http://feeds.test/{name}.rss"
        return FetchedFeed(url, url, content, "application/rss+xml", None, None, None, None)

    async def parse_both() -> list[str]:
        results = await asyncio.wait_for(
            asyncio.gather(
                old.parse(fetched("bomb", bomb()), "http://feeds.test/bomb.rss", None),
                new.parse(fetched("b", news("b")), "http://feeds.test/b.rss", None),
                return_exceptions=True,
            ),
            120,
        )
        return [outcome(r) for r in results]

    assert asyncio.run(parse_both()) == [
        "failed: the parser process died",
        "parsed: Kozlov (b)",
    ]


def test_large_documents_leave_apart_and_abandoned_feeds_not_at_all() -> None:
    async def batches_taken() -> list[list[str]]:
        loop = asyncio.get_running_loop()
        big = b" " * (BATCH_BYTES * 3 // 4)
        sizes = {"a": b"x", "big1": big, "big2": big, "d": b"x", "gone": b"x", "e": b"x"}
        queue = deque(Waiting(request(n, c), loop.create_future()) for n, c in sizes.items())
        queue[4].parsed.cancel()  # its feed was abandoned (a stop)
        taken = []
        while batch := take(queue, BATCH_FEEDS):
            taken.append([w.request.url.rsplit("/", 1)[1].removesuffix(".rss") for w in batch])
        return taken

    assert asyncio.run(batches_taken()) == [["a", "big1"], ["big2", "d", "e"]]


def test_a_pool_shut_down_after_a_worker_died_starts_no_new_processes() -> None:
    pool = TrappedPool(1)
    try:
        died = pool.submit(parse_many, [request("bomb", bomb())], None)
        with pytest.raises(BrokenExecutor):
            died.result(timeout=60)
        pool.shutdown(wait=True)  # the daemon stopping
        with pytest.raises(RuntimeError, match="shutdown"):
            pool.submit(parse_many, [request("a", news("a"))], None)
        assert pool.renewals == 0
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
