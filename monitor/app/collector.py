"""The garbage collector while feeds are polled: fewer young collections.

A pass keeps many objects alive at once (for 10,000 feeds: a task, a coroutine and their
futures each, the responses and entries in flight, the batches waiting to be stored) and
allocates millions that reference counting frees at once. Python's collector, at its
defaults, looks at the young objects every 700 net allocations, and at all of them every
hundred young collections or so (or rather, every time a quarter more have survived since
the last full one): in bench/poll.py's pass of 10,000 feeds at 100 ms that was some 1.7 s
of a full pass's 15 s of CPU (13 full collections) and 0.6 s of an all-304 pass's 2.4 s.

While feeds are polled the young generation is collected every ``YOUNG`` net allocations
instead, so each collection has something to find; garbage in cycles (an exception and
its traceback, a closed connection) is still freed, a few megabytes later at most. The
other two thresholds keep their values: a full collection now comes after some million
allocations, not a hundred thousand.

    with fewer_collections():      # Pipeline.poll; FeedLoop holds collect_less() for its
        ...                        # life. Nests, from any thread: the thresholds come back
                                   # when the last holder lets go.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 10_000  # net allocations between young collections while polling (Python's: 700)

_lock = threading.Lock()
_holders = 0
_before: tuple[int, int, int] | None = None  # the thresholds the first holder found


def collect_less() -> None:
    """Young collections every ``YOUNG`` allocations (unless set higher already), until the
    matching ``collect_as_before``."""
    global _holders, _before
    with _lock:
        if _holders == 0:
            _before = gc.get_threshold()
            young, middle, old = _before
            gc.set_threshold(max(young, YOUNG), middle, old)
        _holders += 1


def collect_as_before() -> None:
    """Let go of one ``collect_less``; the last one restores the thresholds found."""
    global _holders, _before
    with _lock:
        _holders -= 1
        if _holders == 0 and _before is not None:
            gc.set_threshold(*_before)
            _before = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    collect_less()
    try:
        yield
    finally:
        collect_as_before()
