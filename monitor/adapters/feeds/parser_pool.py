"""The parser processes: a process pool that a dead worker does not break for good.

A worker that dies (killed, out of memory, a crash in a C parser) breaks a
``ProcessPoolExecutor``: the tasks in it fail with ``BrokenProcessPool``, and so would every
task submitted after. ``ParserPool`` fails the former only: the next ``submit`` finds the
pool broken, starts a new one (the same processes: a fork server's, ignoring SIGINT) and
hands it the task. ``renewals`` counts the new pools.

    pool = ParserPool(2)
    pool.submit(parse_feed, content, url, content_type)
    pool.shutdown()
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class ParserPool(Executor):
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.lock = threading.Lock()
        self.renewals = 0
        self.closed = False  # shut down: a broken pool is not renewed any more
        self.pool = self.start()

    def start(self) -> ProcessPoolExecutor:
        """Worker processes started by a fork server (no threads or sockets of the daemon
        are inherited); they ignore SIGINT, which a terminal sends the whole process group:
        stopping is the daemon's decision."""
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=signal.signal,
            initargs=(signal.SIGINT, signal.SIG_IGN),
        )

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self.lock:
            try:
                return self.pool.submit(fn, *args, **kwargs)
            except BrokenExecutor:  # a worker died: its tasks have failed, not this one
                if self.closed:  # (the daemon stopping): no processes started after
                    raise RuntimeError("cannot schedule new futures after shutdown") from None
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self.start()
                self.renewals += 1
                return self.pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self.lock:
            self.closed = True
            self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)
