"""Fetch an article's page and extract its main text, politely.

Many feeds carry a headline and a sentence; the sentence that says "sentenced to seven
years" is on the page. ``PageReader.read(url)`` downloads the page through the feed
fetcher's session (the same User-Agent, timeouts, size cap and redirect guard:
``fetch.get_following_redirects``) and extracts the main text, the page's own date and
its language with trafilatura (imported on first use: it costs ~300 ms; extraction runs
in a thread). Politeness, per host, through the poll session's ``HostPacer`` (shared with
search feeds: ``polite.py``):

- at most ``per_host`` requests at a time, and ``delay`` seconds between the starts of
  two requests;
- robots.txt honoured (``urllib.robotparser``, read once per host and kept an hour): a
  page it disallows for our User-Agent is never requested. Per RFC 9309, a robots.txt
  that is missing (4xx) allows everything, one that cannot be read (5xx, network) nothing.

Every failure is a PageResult with a reason (never an exception): the entry keeps its
own text.
"""

from __future__ import annotations

import asyncio
import json
import urllib.robotparser
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from monitor.adapters.feeds.addresses import IsPublic, RedirectRefused, is_public
from monitor.adapters.feeds.fetch import (
    USER_AGENT,
    FetchLimits,
    classify,
    get_following_redirects,
)
from monitor.adapters.feeds.polite import HostPacer, Politeness
from monitor.errors import FetchReason

MAX_ROBOTS_BYTES = 512 * 1024
MAX_REMEMBERED_PAGES = 5000  # URLs whose fetch is kept, so asked again it is not repeated
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass(frozen=True)
class PageResult:
    url: str
    text: str | None = None  # the page's main text, when extracted
    published: datetime | None = None  # the page's own date (00:00 UTC of that day)
    language: str | None = None
    failure: str | None = None  # why there is no text, e.g. "robots: disallowed"


class PageReader:
    """Pages for one pass, through ``session`` (the Fetcher's, with its guards)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        limits: FetchLimits,
        politeness: Politeness,
        public: IsPublic = is_public,
        pacer: HostPacer | None = None,
    ) -> None:
        self.session = session
        self.limits = limits
        self.public = public
        self.pacer = pacer or HostPacer(politeness)
        self.pages: dict[str, asyncio.Task[PageResult]] = {}  # one fetch per URL

    async def read(self, url: str) -> PageResult:
        """The page's text, or why not; the same URL asked twice is fetched once (of the
        last MAX_REMEMBERED_PAGES: a daemon's session lives for days)."""
        task = self.pages.get(url)
        if task is None:
            if len(self.pages) >= MAX_REMEMBERED_PAGES:
                self.forget_done_pages()
            task = asyncio.ensure_future(self.fetch_and_extract(url))
            self.pages[url] = task
        return await asyncio.shield(task)

    def forget_done_pages(self) -> None:
        self.pages = {url: task for url, task in self.pages.items() if not task.done()}

    async def fetch_and_extract(self, url: str) -> PageResult:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return PageResult(url, failure="not an http(s) address")
        robots = await self.pacer.robots(url, self.read_robots)
        if robots is None or not robots.can_fetch(USER_AGENT, url):
            return PageResult(url, failure="robots: disallowed by robots.txt")
        try:
            body, content_type = await self.polite_get(url, PAGE_ACCEPT, self.limits.max_bytes)
        except PageFailed as e:
            return PageResult(url, failure=e.reason)
        if content_type and "html" not in content_type.lower():
            return PageResult(url, failure=f"not_a_page: {content_type.split(';')[0]}")
        return await asyncio.to_thread(extract_page, url, body)

    async def read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        address = f"{origin}/robots.txt"
        robots = urllib.robotparser.RobotFileParser(address)
        try:
            body, _ = await self.polite_get(address, "text/plain", MAX_ROBOTS_BYTES)
        except PageFailed as e:
            if e.status is not None and 400 <= e.status < 500:
                robots.parse([])  # no rules: everything allowed
                return robots
            return None  # unreachable: disallow, as RFC 9309 says
        robots.parse(body.decode("utf-8", "replace").splitlines())
        return robots

    async def polite_get(self, url: str, accept: str, max_bytes: int) -> tuple[bytes, str | None]:
        """GET in the host's turn; raises PageFailed."""
        async with self.pacer.turn(url):
            try:
                async with asyncio.timeout(self.limits.deadline):
                    return await self.download(url, accept, max_bytes)
            except PageFailed:
                raise
            except TimeoutError as e:
                raise PageFailed(f"{FetchReason.TIMEOUT}: no complete answer in time") from e
            except RedirectRefused as e:
                raise PageFailed(f"{FetchReason.UNEXPECTED}: {e}") from e
            except (aiohttp.ClientError, OSError, ValueError) as e:
                reason, message = classify(e)
                raise PageFailed(f"{reason}: {message}") from e

    async def download(self, url: str, accept: str, max_bytes: int) -> tuple[bytes, str | None]:
        headers = {"Accept": accept}
        response = await get_following_redirects(
            self.session, url, headers, self.limits.max_redirects, self.public
        )
        async with response:
            if response.status >= 400:
                reason = {404: FetchReason.NOT_FOUND, 410: FetchReason.GONE}.get(
                    response.status,
                    FetchReason.HTTP_4XX if response.status < 500 else FetchReason.HTTP_5XX,
                )
                raise PageFailed(f"{reason}: HTTP {response.status}", response.status)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise PageFailed(f"{FetchReason.TOO_LARGE}: larger than {max_bytes} bytes")
            body = bytearray()
            async for chunk in response.content.iter_any():
                body += chunk
                if len(body) > max_bytes:
                    raise PageFailed(f"{FetchReason.TOO_LARGE}: larger than {max_bytes} bytes")
            return bytes(body), response.headers.get("content-type")


class PageFailed(Exception):
    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def extract_page(url: str, body: bytes) -> PageResult:
    """trafilatura's main text, date and language of an HTML page."""
    import trafilatura  # ~300 ms the first time: only when a page is read

    try:
        found = trafilatura.extract(
            body,
            url=url,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # a parser bug on hostile markup costs this page only
        return PageResult(url, failure=f"unexpected: extraction failed: {type(e).__name__}")
    if not found:
        return PageResult(url, failure="no_text: no main text found on the page")
    data: dict[str, Any] = json.loads(found)
    text = str(data.get("text") or "").strip()
    if not text:
        return PageResult(url, failure="no_text: no main text found on the page")
    return PageResult(url, text, page_date(data.get("date")), data.get("language") or None)


def page_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value[:10]).replace(tzinfo=UTC)
    except ValueError:
        return None
