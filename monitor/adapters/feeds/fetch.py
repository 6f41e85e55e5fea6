"""Download feeds: conditional GET, capped in size and time, failures named.

Every failure becomes a FetchError whose reason is one of a closed set users
see (timeout, dns, tls, connection_refused, not_found, gone, http_4xx, http_5xx,
too_large, missing_file, unexpected). "Not
modified" is a return value, not an error. ``file://`` URLs read local files
(the bundled sample feeds), with the file's mtime standing in for Last-Modified;
only regular files, capped like downloads.

Redirects are followed by hand (``get_following_redirects``): a feed on a public address
may not lead to a private one, and a Location's credentials are never sent (``addresses``).

The client is aiohttp: a pass is hundreds of small conditional GETs, and with its C
HTTP parser each costs a tenth of httpx's CPU (bench/poll.py: 1,000 answers of 304 at
100 ms each, concurrency 200: 0.16 ms a request against 1.6 ms through forty
5-connection httpx clients, the best httpx layout measured, and 13.7 ms through one).
The CPU is what bounds an all-304 pass.
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import socket
import ssl
import stat
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import unquote, urlsplit

import aiohttp
import certifi
from yarl import URL

from monitor import __version__
from monitor.adapters.feeds.addresses import (
    REDIRECT_GUARD,
    GuardedConnector,
    IsPublic,
    RedirectGuard,
    RedirectRefused,
    is_public,
    redirect_target,
)
from monitor.core.schedule import MAX_WAIT_SECONDS
from monitor.errors import FetchError, FetchReason

USER_AGENT = f"case-monitor/{__version__} (+https://github.com/case-monitor/case-monitor)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)
MAX_HEADER_BYTES = 32 * 1024
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?([0-9]+)", re.I)


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two bytes
    deadline: float = 60.0  # for the whole download: a server trickling bytes is cut off
    max_bytes: int = 10 * 1024 * 1024  # after decompression
    max_redirects: int = 5


@dataclass(frozen=True)
class FeedRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchedFeed:
    url: str
    final_url: str
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    max_age: int | None  # Cache-Control max-age, seconds
    retry_after: int | None  # seconds


@dataclass(frozen=True)
class NotModified:
    url: str
    etag: str | None
    last_modified: str | None
    max_age: int | None
    retry_after: int | None


@functools.cache
def tls_context() -> ssl.SSLContext:
    """Verified TLS against Mozilla's CA bundle (certifi), built once: loading it takes
    about 20 ms, and the same bundle everywhere means the same feeds verify everywhere."""
    return ssl.create_default_context(cafile=certifi.where())


class Fetcher:
    """One HTTP session for a pass: at most ``connections`` open at once, kept alive
    between feeds, no cookies. Use it as ``async with Fetcher(limits) as fetcher``."""

    def __init__(
        self, limits: FetchLimits, connections: int = 100, *, public: IsPublic = is_public
    ) -> None:
        self.limits = limits
        self.connections = connections
        self.public = public  # which addresses count as public, for redirects (tests vary it)
        self.session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Self:
        self.session = aiohttp.ClientSession(
            connector=GuardedConnector(limit=self.connections, ssl=tls_context()),
            timeout=aiohttp.ClientTimeout(
                total=None,
                sock_connect=self.limits.connect_timeout,
                sock_read=self.limits.read_timeout,
            ),
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            cookie_jar=aiohttp.DummyCookieJar(),
            # news sites send long security-policy headers: allow 32 KB where aiohttp
            # allows 8 KB (httpx's h11 allowed 16 KB for all of them)
            max_line_size=MAX_HEADER_BYTES,
            max_field_size=MAX_HEADER_BYTES,
            # HTTP(S)_PROXY and NO_PROXY, for every hop of a redirect; only when one is set:
            # aiohttp reads them (and ~/.netrc) in a thread on every request, which doubled
            # the CPU a request costs
            trust_env=bool(urllib.request.getproxies_environment()),
        )
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.session is not None:
            await self.session.close()

    async def fetch(self, request: FeedRequest) -> FetchedFeed | NotModified:
        """The feed's bytes, or NotModified; raises FetchError with a reason."""
        if request.url.startswith("file://"):
            return await asyncio.to_thread(read_local_feed, request, self.limits)
        assert self.session is not None, "use the Fetcher in an async with block"
        limits = self.limits
        try:
            async with asyncio.timeout(limits.deadline):
                return await download(self.session, request, limits, self.public)
        except aiohttp.ServerTimeoutError as e:  # before TimeoutError, which it also is
            raise FetchError(request.url, FetchReason.TIMEOUT, timeout_message(e)) from e
        except TimeoutError as e:
            message = f"no complete answer within {limits.deadline:g} s"
            raise FetchError(request.url, FetchReason.TIMEOUT, message) from e
        except RedirectRefused as e:
            raise FetchError(request.url, FetchReason.UNEXPECTED, one_line(str(e))) from e
        except (aiohttp.ClientError, OSError, ValueError) as e:
            raise FetchError(request.url, *classify(e)) from e


async def download(
    session: aiohttp.ClientSession, request: FeedRequest, limits: FetchLimits, public: IsPublic
) -> FetchedFeed | NotModified:
    headers = {}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.last_modified:
        headers["If-Modified-Since"] = request.last_modified
    response = await get_following_redirects(
        session, request.url, headers, limits.max_redirects, public
    )
    async with response:
        hints = cache_hints(response.headers)
        if response.status == 304:
            return NotModified(
                request.url,
                response.headers.get("etag") or request.etag,
                response.headers.get("last-modified") or request.last_modified,
                **hints,
            )
        if response.status >= 400:
            raise http_error(request.url, response.status, response.reason or "", hints)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise too_large(request.url, limits)
        body = bytearray()
        async for chunk in response.content.iter_any():
            body += chunk
            if len(body) > limits.max_bytes:
                raise too_large(request.url, limits)
        return FetchedFeed(
            url=request.url,
            final_url=str(response.url),
            content=bytes(body),
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            **hints,
        )


async def get_following_redirects(
    session: aiohttp.ClientSession,
    url: str,
    headers: Mapping[str, str],
    max_redirects: int,
    public: IsPublic = is_public,
) -> aiohttp.ClientResponse:
    """GET ``url``, following redirects by hand: at most ``max_redirects``, never with
    credentials from a Location, never from a public address to a private one (the
    session's GuardedConnector checks each connection against the RedirectGuard set here).
    The final response, to be used as ``async with``; raises RedirectRefused."""
    guard = RedirectGuard(public)
    token = REDIRECT_GUARD.set(guard)
    try:
        target: str | URL = url
        for hop in range(max_redirects + 1):
            response = await session.get(target, headers=headers, allow_redirects=False)
            location = response.headers.get("location") if response.status in REDIRECTS else None
            if location is None:
                return response
            response.release()
            if hop == max_redirects:
                break
            target = with_own_credentials(redirect_target(response.url, location), url)
            guard.redirected = True
        raise RedirectRefused(f"more than {max_redirects} redirects")
    finally:
        REDIRECT_GUARD.reset(token)


def with_own_credentials(target: URL, configured: str) -> URL:
    """The configured URL's own user:password@ go along to its own origin, as a browser's
    would (never a Location's: ``redirect_target`` drops those)."""
    own = URL(configured)
    if own.user is None or target.origin() != own.origin():
        return target
    return target.with_user(own.user).with_password(own.password)


def cache_hints(headers: Mapping[str, str]) -> dict[str, int | None]:
    """Cache-Control max-age and Retry-After as seconds, each at most MAX_WAIT_SECONDS."""
    max_age = MAX_AGE.search(headers.get("cache-control", ""))
    return {
        "max_age": clamped_seconds(max_age.group(1)) if max_age else None,
        "retry_after": retry_after_seconds(headers.get("retry-after")),
    }


def clamped_seconds(digits: str) -> int:
    """A server's count of seconds, however many digits, within [0, MAX_WAIT_SECONDS]
    (int() refuses more than 4,300 digits, and a timedelta holds far fewer)."""
    if len(digits) > len(str(MAX_WAIT_SECONDS)):
        return MAX_WAIT_SECONDS
    return min(int(digits), MAX_WAIT_SECONDS)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Retry-After as seconds, given as a number or as an HTTP date, at most MAX_WAIT_SECONDS."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return clamped_seconds(value)
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0, int(seconds)), MAX_WAIT_SECONDS)


STATUS_REASONS = {404: FetchReason.NOT_FOUND, 410: FetchReason.GONE}


def http_error(url: str, status: int, phrase: str, hints: dict[str, int | None]) -> FetchError:
    reason = STATUS_REASONS.get(status) or (
        FetchReason.HTTP_4XX if status < 500 else FetchReason.HTTP_5XX
    )
    message = f"HTTP {status} {phrase}".rstrip()
    return FetchError(url, reason, message, retry_after=hints["retry_after"])


def too_large(url: str, limits: FetchLimits) -> FetchError:
    size = f"{limits.max_bytes / 1024 / 1024:g} MiB"
    return FetchError(url, FetchReason.TOO_LARGE, f"body larger than {size}")


def timeout_message(error: aiohttp.ServerTimeoutError) -> str:
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return "timed out connecting"
    return "timed out waiting for the server"


def classify(error: BaseException) -> tuple[FetchReason, str]:
    """The reason and a short message for a transport error, from its causes."""
    for cause in causes(error):
        if isinstance(cause, socket.gaierror):
            return FetchReason.DNS, f"cannot resolve the host name ({cause.strerror or cause})"
        if isinstance(cause, ssl.SSLError) and not isinstance(cause, aiohttp.ClientError):
            detail = getattr(cause, "verify_message", None) or cause.reason or str(cause)
            return FetchReason.TLS, f"TLS failed: {detail}"
        if isinstance(cause, ConnectionRefusedError):
            return FetchReason.CONNECTION_REFUSED, "connection refused"
    if isinstance(error, ValueError | aiohttp.NonHttpUrlClientError):  # InvalidURL is one
        return FetchReason.UNEXPECTED, one_line(f"not a URL we can fetch: {error}")
    if isinstance(error, aiohttp.ClientResponseError):  # an answer that is not HTTP
        return FetchReason.UNEXPECTED, one_line(
            f"the server broke the HTTP protocol: {error.message}"
        )
    if isinstance(error, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return FetchReason.UNEXPECTED, one_line(f"the server broke the HTTP protocol: {error}")
    return FetchReason.UNEXPECTED, one_line(f"{type(error).__name__}: {error}".rstrip(": "))


def one_line(message: str) -> str:
    """A message for one log line: the parsers' multi-line details joined, capped."""
    return " ".join(message.replace("^", "").split())[:300]


def causes(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def read_local_feed(request: FeedRequest, limits: FetchLimits) -> FetchedFeed | NotModified:
    """A ``file://`` feed: a regular file only (a FIFO would hang the pass, a device such as
    /dev/zero never ends), opened without blocking, checked on the open file, read with the
    same size cap as a download."""
    path = Path(unquote(urlsplit(request.url).path))
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError as e:
        raise FetchError(request.url, FetchReason.MISSING_FILE, f"no such file: {path}") from e
    except OSError as e:
        raise local_error(request.url, path, e) from e
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            message = f"not a regular file: {path}"
            raise FetchError(request.url, FetchReason.UNEXPECTED, message)
        modified = formatdate(status.st_mtime, usegmt=True)
        if request.last_modified == modified:
            return NotModified(request.url, None, modified, None, None)
        with open(descriptor, "rb", closefd=False) as file:
            content = file.read(limits.max_bytes + 1)
    except OSError as e:
        raise local_error(request.url, path, e) from e
    finally:
        os.close(descriptor)
    if len(content) > limits.max_bytes:
        raise too_large(request.url, limits)
    return FetchedFeed(request.url, request.url, content, None, None, modified, None, None)


def local_error(url: str, path: Path, error: OSError) -> FetchError:
    return FetchError(url, FetchReason.UNEXPECTED, f"cannot read {path}: {error.strerror or error}")
