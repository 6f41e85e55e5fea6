"""Reading article pages: robots.txt as RFC 9309 reads it, one fetch per URL, and every
failure a reason rather than an exception."""

from __future__ import annotations

import asyncio

import pytest

from monitor.adapters.feeds.fetch import Fetcher, FetchLimits
from monitor.adapters.feeds.fulltext import PageReader, PageResult
from monitor.adapters.feeds.polite import Politeness
from tests.app.test_full_text import ARTICLE
from tests.http_feeds import FeedServer

HTML = {"Content-Type": "text/html"}


def read(server: FeedServer, *paths: str) -> list[PageResult]:
    async def run() -> list[PageResult]:
        async with Fetcher(FetchLimits(max_bytes=50_000)) as fetcher:
            assert fetcher.session is not None
            pages = PageReader(fetcher.session, fetcher.limits, Politeness(2, 0.0))
            return list(await asyncio.gather(*(pages.read(server.url(p)) for p in paths)))

    return asyncio.run(run())


def test_a_page_gives_its_main_text_date_and_language() -> None:
    with FeedServer() as server:
        server.route("/story", body=ARTICLE.encode(), headers=HTML)
        [page] = read(server, "/story")
    assert page.failure is None and page.text is not None
    assert "sentenced the journalist Aidar Nurlanov to seven" in " ".join(page.text.split())
    assert "Home" not in page.text and "All rights reserved" not in page.text
    assert page.published is not None and page.published.isoformat().startswith("2026-03-03")


def test_the_same_page_asked_twice_is_fetched_once() -> None:
    with FeedServer() as server:
        server.route("/story", body=ARTICLE.encode(), headers=HTML)
        first, second = read(server, "/story", "/story")
        assert first == second and len(server.requests("/story")) == 1


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        ({"status": 404}, True),
        ({"status": 503}, False),
        ({"body": b"User-agent: *\nDisallow: /"}, False),
    ],
    ids=["missing-allows-all", "unreachable-allows-nothing", "disallowed"],
)
def test_robots_txt_decides_whether_a_page_is_asked_for(
    robots: dict[str, object], allowed: bool
) -> None:
    with FeedServer() as server:
        server.route("/robots.txt", **robots)
        server.route("/story", body=ARTICLE.encode(), headers=HTML)
        [page] = read(server, "/story")
        assert (len(server.requests("/story")) == 1) is allowed
    if not allowed:
        assert page.failure is not None and page.failure.startswith("robots")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ({"status": 410}, "gone"),
        ({"body": b"x" * 60_000, "headers": HTML}, "too_large"),
        ({"body": b"%PDF-1.7", "headers": {"Content-Type": "application/pdf"}}, "not_a_page"),
        ({"body": b"<html><body></body></html>", "headers": HTML}, "no_text"),
    ],
    ids=["gone", "too-large", "a-pdf", "empty"],
)
def test_a_page_that_fails_says_why(route: dict[str, object], reason: str) -> None:
    with FeedServer() as server:
        server.route("/story", **route)
        [page] = read(server, "/story")
    assert page.text is None and (page.failure or "").startswith(reason)


def test_politeness_is_read_from_the_environment_within_bounds() -> None:
    assert Politeness.from_environ({}) == Politeness(2, 1.0)
    given = {"MONITOR_PAGES_PER_HOST": "4", "MONITOR_PAGE_DELAY_SECONDS": "0.5"}
    assert Politeness.from_environ(given) == Politeness(4, 0.5)
    absurd = {"MONITOR_PAGES_PER_HOST": "500", "MONITOR_PAGE_DELAY_SECONDS": "nan"}
    assert Politeness.from_environ(absurd) == Politeness(2, 1.0)
