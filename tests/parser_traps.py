"""Parser processes with traps, for tests of what a dying worker costs.

``TrappedPool`` is the daemon's ``ParserPool`` whose workers, each time the pool starts
them, arm two traps in the function that parses a feed there (``scan_workers.parse_feed``):

- a document holding ``DIE`` ends its worker on the spot (``os._exit``: a crash, as a
  segfault or the OOM killer would end it: no exception, no clean-up);
- a document holding ``b"<!-- wait:PATH -->"`` keeps its worker until PATH exists (at most
  a minute), so that a test can fill the pool and queue feeds behind it.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from monitor.adapters.feeds.parser_pool import ParserPool
from tests.daemon_process import FORK_SERVER

# the pools here start new workers after each death: forked from a server that has the
# monitor imported (``tests.daemon_process``), a start costs no imports
assert FORK_SERVER is multiprocessing.get_context("forkserver")

DIE = b"<!-- die here -->"
WAIT = re.compile(rb"<!-- wait:(.+?) -->")


def wait_for(path: Path) -> bytes:
    return b"<!-- wait:" + str(path).encode() + b" -->"


def arm() -> None:
    """In a worker: the traps around ``scan_workers.parse_feed``."""
    import monitor.app.scan_workers as scan_workers
    from monitor.adapters.feeds.parse import parse_feed
    from monitor.core.types import ParsedFeed

    def trapped(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
        if DIE in content:
            os._exit(70)
        waiting = WAIT.search(content)
        if waiting:
            deadline = time.monotonic() + 60
            while not Path(waiting.group(1).decode()).exists() and time.monotonic() < deadline:
                time.sleep(0.01)
        return parse_feed(content, url, content_type)

    scan_workers.parse_feed = trapped  # type: ignore[attr-defined,assignment]


class TrappedPool(ParserPool):
    def start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=arm,
        )
