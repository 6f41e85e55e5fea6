"""Politeness towards one host, shared by everything a poll fetches from the open web on
its own initiative: article pages (full text) and search feeds (one per person, all on
the search service's host).

- at most ``per_host`` requests at a time to one host (``scheme://host:port``), and
  ``delay`` seconds between the starts of two of them;
- robots.txt read once per host and kept for ``ROBOTS_TTL_SECONDS`` (the daemon's poll
  session lives for days; a site's rules may change), by whoever asks first: the others
  wait for that one read.

``async with pacer.turn(url): ...`` waits for the host's turn. Example: with the
defaults (2, 1.0), five search feeds on news.example.org start at 0, 1, 2, 3 and 4 s,
never more than two of them downloading at once, while a page on another host starts
at 0.
"""

from __future__ import annotations

import asyncio
import time
import urllib.robotparser
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

ROBOTS_TTL_SECONDS = 3600.0
Robots = urllib.robotparser.RobotFileParser


@dataclass(frozen=True)
class Politeness:
    per_host: int = 2  # requests at once to one host
    delay: float = 1.0  # seconds between the starts of two requests to one host

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Politeness:
        """``MONITOR_PAGES_PER_HOST`` (1 to 8) and ``MONITOR_PAGE_DELAY_SECONDS`` (0 to 60);
        a value out of range or unreadable keeps the default. (Named for pages, they pace
        search feeds too.)"""
        per_host, delay = cls.per_host, cls.delay
        raw_host = environ.get("MONITOR_PAGES_PER_HOST", "").strip()
        if raw_host.isdigit() and 1 <= int(raw_host) <= 8:
            per_host = int(raw_host)
        try:
            raw_delay = float(environ.get("MONITOR_PAGE_DELAY_SECONDS", ""))
            delay = raw_delay if 0 <= raw_delay <= 60 else delay
        except ValueError:
            pass
        return cls(per_host, delay)


@dataclass
class Host:
    gate: asyncio.Semaphore
    next_start: float = 0.0
    robots: Robots | None = None  # None with robots_read_at set: unreadable, so disallowed
    robots_read_at: float | None = None
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)


def origin_of(url: str) -> str:
    """``https://news.example.org:8443`` of any URL on that host ("" for no host)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


class HostPacer:
    """Per-host turns and robots.txt for one poll session (one event loop)."""

    def __init__(
        self,
        politeness: Politeness,
        *,
        robots_ttl: float = ROBOTS_TTL_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.politeness = politeness
        self.robots_ttl = robots_ttl
        self.monotonic = monotonic
        self.hosts: dict[str, Host] = {}

    def host(self, url: str) -> Host:
        return self.hosts.setdefault(
            origin_of(url), Host(asyncio.Semaphore(self.politeness.per_host))
        )

    @asynccontextmanager
    async def turn(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's places, started no sooner than ``delay`` after the last."""
        host = self.host(url)
        async with host.gate:
            now = self.monotonic()
            wait = host.next_start - now
            host.next_start = max(host.next_start, now) + self.politeness.delay
            if wait > 0:
                await asyncio.sleep(wait)
            yield

    async def robots(
        self, url: str, read: Callable[[str], Awaitable[Robots | None]]
    ) -> Robots | None:
        """The host's robots.txt rules, read with ``read(origin)`` when not known or stale;
        None when it could not be read (everything disallowed, as RFC 9309 says)."""
        host = self.host(url)
        async with host.robots_lock:  # one read per host; the others wait for it
            read_at = host.robots_read_at
            if read_at is None or self.monotonic() - read_at >= self.robots_ttl:
                host.robots = await read(origin_of(url))
                host.robots_read_at = self.monotonic()
        return host.robots
