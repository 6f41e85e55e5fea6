"""Per-host politeness (HostPacer): two at a time, a delay between starts, robots.txt
read once per host and kept for a while."""

from __future__ import annotations

import asyncio
import urllib.robotparser
from itertools import pairwise

from monitor.adapters.feeds.polite import HostPacer, Politeness, origin_of


def test_turns_on_one_host_are_two_at_a_time_and_spaced_while_another_host_goes_at_once() -> None:
    async def run() -> tuple[list[float], float, int]:
        pacer = HostPacer(Politeness(per_host=2, delay=0.1))
        loop = asyncio.get_running_loop()
        begun = loop.time()
        starts: list[float] = []
        at_once = most = 0

        async def fetch(url: str) -> float:
            nonlocal at_once, most
            async with pacer.turn(url):
                started = loop.time() - begun
                at_once += 1
                most = max(most, at_once)
                await asyncio.sleep(0.25)
                at_once -= 1
                return started

        same = [fetch(f"https://news.example.org/search?q={i}") for i in range(5)]
        *starts, other = await asyncio.gather(*same, fetch("https://other.example.org/a"))
        return sorted(starts), other, most

    starts, other, most = asyncio.run(run())

    gaps = [b - a for a, b in pairwise(starts)]
    assert all(gap >= 0.09 for gap in gaps), gaps
    assert other < 0.05  # another host waits for nobody
    assert most <= 3  # two on news.example.org, one on other.example.org


def test_robots_txt_is_read_once_per_host_until_it_is_stale() -> None:
    clock = [0.0]
    reads: list[str] = []

    async def read(origin: str) -> urllib.robotparser.RobotFileParser:
        reads.append(origin)
        robots = urllib.robotparser.RobotFileParser()
        robots.parse(["User-agent: *", "Disallow: /private/"])
        return robots

    async def run() -> None:
        pacer = HostPacer(Politeness(2, 0.0), robots_ttl=3600, monotonic=lambda: clock[0])
        await asyncio.gather(*(pacer.robots(f"https://a.example/{i}", read) for i in range(4)))
        await pacer.robots("https://b.example/x", read)
        clock[0] = 3599.0
        rules = await pacer.robots("https://a.example/private/1", read)
        assert rules is not None and not rules.can_fetch(
            "case-monitor", "https://a.example/private/1"
        )
        clock[0] = 3600.0
        await pacer.robots("https://a.example/again", read)

    asyncio.run(run())

    assert reads == ["https://a.example", "https://b.example", "https://a.example"]


def test_hosts_are_told_apart_by_scheme_host_and_port() -> None:
    assert origin_of("https://news.example.org/a?q=1") == "https://news.example.org"
    assert origin_of("http://news.example.org:8080/a") == "http://news.example.org:8080"
