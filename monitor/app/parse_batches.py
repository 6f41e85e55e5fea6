"""Feeds' documents handed to the parser processes several to a task.

Each task handed to a process pool costs the daemon's own process CPU besides the work it
carries: pickling, the pool's queue thread, the event loop woken with the result. So the
feeds waiting for a parser leave together, up to BATCH_FEEDS a task (and BATCH_BYTES, so
that a few large documents do not travel together):

- at most ``workers + 1`` tasks are in the pool at once (one waiting behind those
  running): a feed that comes while a worker is free leaves at once, alone, and never
  waits for company; the feeds that come while the workers are busy wait in ``queue``
  and leave together when a task comes back;
- a feed's failure in the worker (a ParseError, a bug) is its own: the worker returns it
  in the feed's place (``scan_workers.parse_many``), and the others' results stand;
- a worker that dies (killed, out of memory, a crash in a C parser) fails every task in
  the pool, not only its own (``ParserPool`` then starts new processes). The feeds of those
  tasks become suspects, and each is parsed again ALONE: one task of one feed, with
  nothing else in the pool, one suspect after another, before any other feed. A suspect
  whose worker dies too is what kills it: its pass fails ("the parser process died")
  and is tried again at its next poll; every other feed of the batches is parsed as if
  nothing had happened.

- the pool's places, and a suspect's turn alone, are the POOL's: every pipeline that parses
  in it on one event loop (a reload's new one, and the old one whose feeds are still
  parsing) shares one batcher (``batches_of``), each feed with its own names file.

    batches = batches_of(pool)
    parsed, scans = await batches.parse(ParseRequest(content, url, content_type, lang, now), names)
"""

from __future__ import annotations

import asyncio
import weakref
from collections import Counter, deque
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import dataclass
from typing import Any

from monitor.adapters.feeds.parser_pool import ParserPool
from monitor.app.scan_workers import NamesFile, Parsed, ParseRequest, parse_many
from monitor.errors import FeedError, FetchError, FetchReason

BATCH_FEEDS = 16  # feeds in one task, at most
BATCH_BYTES = 2_000_000  # and their documents' bytes, but for a task's first feed


@dataclass(frozen=True)
class Waiting:
    request: ParseRequest
    parsed: asyncio.Future[Parsed]
    names: NamesFile | None = None


_shared: weakref.WeakValueDictionary[tuple[int, int], ParseBatches] = (
    weakref.WeakValueDictionary()
)  # (id of the pool, id of the loop) -> their batcher, while a pipeline holds it


def batches_of(pool: Executor) -> ParseBatches:
    """The batcher of ``pool`` on the running event loop, shared by every pipeline parsing
    there (each holds it: it lives as long as one of them does)."""
    loop = asyncio.get_running_loop()
    batches = _shared.get((id(pool), id(loop)))
    if batches is None or batches.pool is not pool or batches.loop is not loop:
        batches = _shared[(id(pool), id(loop))] = ParseBatches(pool)
    return batches


class ParseBatches:
    def __init__(self, pool: Executor) -> None:
        self.pool = pool
        self.loop = asyncio.get_running_loop()
        self.slots = (pool.workers if isinstance(pool, ParserPool) else 1) + 1
        self.queue: deque[Waiting] = deque()
        self.suspects: deque[Waiting] = deque()  # of a task a dead worker took down
        self.in_flight = 0  # tasks in the pool
        self.alone = False  # a suspect is in the pool, alone
        self.sent: Counter[int] = Counter()  # tasks sent, by their number of feeds

    async def parse(self, request: ParseRequest, names: NamesFile | None) -> Parsed:
        """The feed parsed and scanned (with ``names``) in a parser process; raises its
        FeedError."""
        waiting = Waiting(request, self.loop.create_future(), names)
        self.queue.append(waiting)
        self.send_what_can_go()
        return await waiting.parsed

    def send_what_can_go(self) -> None:
        while not self.alone and self.in_flight < self.slots:
            if self.suspects:
                if self.in_flight:
                    return  # a suspect waits for the pool to itself
                batch = take(self.suspects, 1)
                if not batch:
                    continue  # (all abandoned)
                self.alone = True
            else:
                batch = take(self.queue, BATCH_FEEDS)
            if not batch:
                return
            self.send(batch)

    def send(self, batch: list[Waiting]) -> None:
        alone = self.alone
        try:
            task = self.pool.submit(parse_many, [w.request for w in batch], batch[0].names)
        except Exception as e:  # shut down (the daemon is stopping), or no process starts
            self.alone = False
            self.settle(batch, e, alone)
            return
        self.in_flight += 1
        self.sent[len(batch)] += 1
        pooled = asyncio.wrap_future(task, loop=self.loop)
        pooled.add_done_callback(lambda done: self.came_back(batch, done, alone))
        for waiting in batch:
            waiting.parsed.add_done_callback(lambda _: abandon_if_all_gone(batch, pooled))

    def came_back(
        self, batch: list[Waiting], done: asyncio.Future[list[Parsed | FeedError]], alone: bool
    ) -> None:
        self.in_flight -= 1
        if alone:
            self.alone = False
        if done.cancelled():
            for waiting in batch:
                waiting.parsed.cancel()
        elif (error := done.exception()) is not None:
            self.settle(batch, error, alone)
        else:
            for waiting, result in zip(batch, done.result(), strict=True):
                if waiting.parsed.done():
                    continue  # its feed was abandoned (a stop)
                if isinstance(result, FeedError):
                    waiting.parsed.set_exception(result)
                else:
                    waiting.parsed.set_result(result)
        self.send_what_can_go()

    def settle(self, batch: list[Waiting], error: BaseException, alone: bool) -> None:
        """A task that failed as a whole: a dead worker's feeds are suspects (see the module's
        docstring), or failed when alone; any other error is each feed's."""
        if isinstance(error, BrokenExecutor) and not alone:
            self.suspects.extend(batch)
            return
        if isinstance(error, BrokenExecutor):
            error = FetchError(
                batch[0].request.url, FetchReason.UNEXPECTED, "the parser process died"
            )
        for waiting in batch:
            if not waiting.parsed.done():
                waiting.parsed.set_exception(error)


def abandon_if_all_gone(batch: list[Waiting], pooled: asyncio.Future[Any]) -> None:
    """A task whose feeds were all abandoned (a stop) is abandoned too: its result, should it
    come after the event loop has closed, is then dropped without a word."""
    if not pooled.done() and all(waiting.parsed.cancelled() for waiting in batch):
        pooled.cancel()


def take(waiting: deque[Waiting], most: int) -> list[Waiting]:
    """Up to ``most`` from the front of ``waiting`` (and BATCH_BYTES of documents, but the
    first; all with the first's names file), leaving out those abandoned (a stop)."""
    batch: list[Waiting] = []
    size = 0
    while waiting and len(batch) < most:
        item = waiting[0]
        if item.parsed.done():
            waiting.popleft()
            continue
        size += len(item.request.content)
        if batch and (size > BATCH_BYTES or item.names != batch[0].names):
            break
        batch.append(waiting.popleft())
    return batch
