"""The daemon's feed polling: one long-lived event loop, each feed its own task.

The daemon's tick claims the feeds that are due (each under a lease, so neither this
process nor a replica claims a feed already in flight) and hands them here; it never
waits for them. A feed that trickles its body for a minute holds one place among
``concurrency`` and nothing else: the feeds beside it keep their intervals.

    loop = FeedLoop(database, owner, on_report=..., on_failure=...)
    loop.start()
    loop.submit(pipeline, feeds)      # from any thread; returns at once
    loop.stop()                       # fetches abandoned (leases given back), stores finish
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from monitor.adapters.db import feeds
from monitor.adapters.db.session import Database
from monitor.adapters.feeds.fetch import FetchLimits
from monitor.app.collector import collect_as_before, collect_less
from monitor.app.pipeline import FeedReport, Pipeline, PollSession

log = logging.getLogger("monitor.daemon")


class FeedLoop:
    def __init__(
        self,
        database: Database,
        owner: str,
        *,
        on_report: Callable[[FeedReport, float], None],
        on_failure: Callable[[str, BaseException], None],
        concurrency: int = 400,
        limits: FetchLimits | None = None,
    ) -> None:
        self.database = database
        self.owner = owner
        self.on_report = on_report  # each feed's pass once stored, and its seconds (called
        # on the loop's thread)
        self.on_failure = on_failure  # (feed URL, error): storing its pass failed
        self.concurrency = concurrency
        self.limits = limits or FetchLimits()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="feeds", daemon=True)
        self.lock = threading.Lock()
        self.in_flight: dict[int, asyncio.Task[None] | None] = {}  # feed id → its poll
        # (None from ``submit`` until the loop has started it)
        self.polls: PollSession | None = None
        self.collecting = False  # holding collect_less, from start to stop

    def start(self) -> None:
        collect_less()  # until stop (see collector)
        self.collecting = True
        self.thread.start()
        self.call(self.open()).result()

    async def open(self) -> None:
        self.polls = PollSession(self.limits, self.concurrency)
        await self.polls.__aenter__()

    def call(self, coroutine: object) -> Future[object]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)  # type: ignore[arg-type]

    def is_alive(self) -> bool:
        return self.thread.is_alive()

    def busy(self) -> list[int]:
        """The feeds being polled now (by id)."""
        with self.lock:
            return list(self.in_flight)

    def room(self) -> int:
        """How many more feeds may be claimed now: a place each, ``concurrency`` in all."""
        with self.lock:
            return max(self.concurrency - len(self.in_flight), 0)

    def submit(self, pipeline: Pipeline, claimed: Sequence[feeds.FeedState]) -> None:
        """Start polling each of the ``claimed`` feeds (claimed by this process) as its own
        task."""
        new = []
        with self.lock:
            for feed in claimed:
                if feed.id not in self.in_flight:
                    self.in_flight[feed.id] = None
                    new.append(feed)
        if new:
            self.loop.call_soon_threadsafe(self.start_polls, pipeline, new)

    def start_polls(self, pipeline: Pipeline, claimed: list[feeds.FeedState]) -> None:
        with self.lock:
            for feed in claimed:
                self.in_flight[feed.id] = self.loop.create_task(self.poll(pipeline, feed))

    async def poll(self, pipeline: Pipeline, feed: feeds.FeedState) -> None:
        assert self.polls is not None
        started = time.monotonic()
        try:
            report = await self.polls.poll_feed(pipeline, feed)
        except asyncio.CancelledError:
            raise
        except Exception as e:  # the database failed while storing this feed's pass
            self.on_failure(feed.url, e)
        else:
            self.on_report(report, time.monotonic() - started)
        finally:
            with self.lock:
                self.in_flight.pop(feed.id, None)

    def stop(self) -> None:
        """Abandon the fetches in flight and give their leases back; the stores in hand
        finish. Then the loop ends."""
        if self.collecting:
            self.collecting = False
            collect_as_before()
        if not self.thread.is_alive():
            return
        try:
            self.call(self.close()).result()
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join()
            self.loop.close()

    async def close(self) -> None:
        with self.lock:
            polling = dict(self.in_flight)
        tasks = [task for task in polling.values() if task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.loop.shutdown_default_executor()  # the stores in hand
        if polling:
            self.release(list(polling))  # (the loop has nothing else left to do)
        if self.polls is not None:
            await self.polls.__aexit__()

    def release(self, feed_ids: list[int]) -> None:
        try:
            with self.database.transaction() as session:
                feeds.release_feeds(session, feed_ids, self.owner)
        except Exception as e:  # the leases then expire: never worth a failed stop
            log.warning("could not give feed leases back", extra={"fields": {"error": str(e)}})
