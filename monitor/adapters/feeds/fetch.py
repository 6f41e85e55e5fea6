"""Download feeds: conditional GET, capped in size and time, failures named.

Every failure becomes a FetchError whose reason is one of a closed set users
see (timeout, dns, tls, http_4xx, http_5xx, too_large, unexpected). "Not
modified" is a return value, not an error. ``file://`` URLs read local files
(the bundled sample feeds), with the file's mtime standing in for Last-Modified.
"""

from __future__ import annotations

import asyncio
import functools
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from monitor import __version__
from monitor.errors import FetchError, FetchReason

USER_AGENT = f"case-monitor/{__version__} (+https://github.com/case-monitor/case-monitor)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.I)
CONNECTIONS_PER_CLIENT = 5  # see ClientPool


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


class ClientPool:
    """Several small HTTP clients instead of one big one, each behind its own gate.

    httpx's connection pool costs CPU in proportion to its size on every request: one
    client with 50 or 100 connections spends more time managing its pool than waiting
    for the network (bench/poll.py, fetch and parse of 1,000 feeds at 100 ms each: 2.4 s
    through one 100-connection client, 1.7 s through ten 10-connection clients, 1.5 s
    through twenty 5-connection ones; the floor is 1.0 s). Five connections a client also
    cut the CPU of an all-304 pass by a tenth against ten.
    A feed is given to client ``index % size``.
    """

    def __init__(
        self, limits: FetchLimits, concurrency: int, per_client: int = CONNECTIONS_PER_CLIENT
    ) -> None:
        count = max(1, -(-concurrency // per_client))
        self.clients = [make_client(limits, per_client) for _ in range(count)]
        self.gates = [asyncio.Semaphore(per_client) for _ in range(count)]

    def client(self, index: int) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        """The client for the ``index``-th feed of a pass, and the gate to pass first."""
        return self.clients[index % len(self.clients)], self.gates[index % len(self.gates)]

    async def __aenter__(self) -> ClientPool:
        return self

    async def __aexit__(self, *_: object) -> None:
        await asyncio.gather(*(client.aclose() for client in self.clients))


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS settings, built once: loading the CA bundle takes ~20 ms a client."""
    return httpx.create_ssl_context()


def make_client(
    limits: FetchLimits, max_connections: int = 100, max_keepalive: int | None = None
) -> httpx.AsyncClient:
    keepalive = min(max_connections, 20) if max_keepalive is None else max_keepalive
    return httpx.AsyncClient(
        verify=tls_context(),
        timeout=httpx.Timeout(
            connect=limits.connect_timeout,
            read=limits.read_timeout,
            write=limits.read_timeout,
            pool=limits.deadline,
        ),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=keepalive),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


async def fetch_feed(
    client: httpx.AsyncClient, request: FeedRequest, limits: FetchLimits
) -> FetchedFeed | NotModified:
    """The feed's bytes, or NotModified; raises FetchError with a reason."""
    if request.url.startswith("file://"):
        return await asyncio.to_thread(read_local_feed, request, limits)
    headers = {}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.last_modified:
        headers["If-Modified-Since"] = request.last_modified
    try:
        async with asyncio.timeout(limits.deadline):
            return await download(client, request, headers, limits)
    except TimeoutError as e:
        message = f"no complete answer within {limits.deadline:g} s"
        raise FetchError(request.url, FetchReason.TIMEOUT, message) from e
    except httpx.TimeoutException as e:
        raise FetchError(request.url, FetchReason.TIMEOUT, timeout_message(e)) from e
    except httpx.TooManyRedirects as e:
        message = f"more than {limits.max_redirects} redirects"
        raise FetchError(request.url, FetchReason.UNEXPECTED, message) from e
    except httpx.HTTPError as e:
        raise FetchError(request.url, *classify(e)) from e


async def download(
    client: httpx.AsyncClient, request: FeedRequest, headers: dict[str, str], limits: FetchLimits
) -> FetchedFeed | NotModified:
    async with client.stream("GET", request.url, headers=headers) as response:
        hints = cache_hints(response.headers)
        if response.status_code == 304:
            await response.aread()  # nothing to read, but reading it keeps the connection
            return NotModified(
                request.url,
                response.headers.get("etag") or request.etag,
                response.headers.get("last-modified") or request.last_modified,
                **hints,
            )
        if response.status_code >= 400:
            raise http_error(request.url, response.status_code, response.reason_phrase, hints)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise too_large(request.url, limits)
        body = bytearray()
        async for chunk in response.aiter_bytes():
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


def cache_hints(headers: httpx.Headers) -> dict[str, int | None]:
    max_age = MAX_AGE.search(headers.get("cache-control", ""))
    return {
        "max_age": int(max_age.group(1)) if max_age else None,
        "retry_after": retry_after_seconds(headers.get("retry-after")),
    }


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Retry-After as seconds: given as a number, or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, int((when - (now or datetime.now(UTC))).total_seconds()))


def http_error(url: str, status: int, phrase: str, hints: dict[str, int | None]) -> FetchError:
    reason = FetchReason.HTTP_4XX if status < 500 else FetchReason.HTTP_5XX
    message = f"HTTP {status} {phrase}".rstrip()
    return FetchError(url, reason, message, retry_after=hints["retry_after"])


def too_large(url: str, limits: FetchLimits) -> FetchError:
    size = f"{limits.max_bytes / 1024 / 1024:g} MiB"
    return FetchError(url, FetchReason.TOO_LARGE, f"body larger than {size}")


def timeout_message(error: httpx.TimeoutException) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(error, httpx.PoolTimeout):
        return "timed out waiting for a free connection"
    return "timed out waiting for the server"


def classify(error: httpx.HTTPError) -> tuple[FetchReason, str]:
    """The reason and a short message for a transport error, from its causes."""
    for cause in causes(error):
        if isinstance(cause, socket.gaierror):
            return FetchReason.DNS, f"cannot resolve the host name ({cause.strerror or cause})"
        if isinstance(cause, ssl.SSLError):
            detail = getattr(cause, "verify_message", None) or cause.reason or str(cause)
            return FetchReason.TLS, f"TLS failed: {detail}"
        if isinstance(cause, ConnectionRefusedError):
            return FetchReason.UNEXPECTED, "connection refused"
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchReason.UNEXPECTED, f"not a URL we can fetch: {error}"
    if isinstance(error, httpx.RemoteProtocolError):
        return FetchReason.UNEXPECTED, f"the server broke the HTTP protocol: {error}"
    return FetchReason.UNEXPECTED, f"{type(error).__name__}: {error}".rstrip(": ")


def causes(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def read_local_feed(request: FeedRequest, limits: FetchLimits) -> FetchedFeed | NotModified:
    path = Path(unquote(urlsplit(request.url).path))
    try:
        stat = path.stat()
        modified = formatdate(stat.st_mtime, usegmt=True)
        if request.last_modified == modified:
            return NotModified(request.url, None, modified, None, None)
        if stat.st_size > limits.max_bytes:
            raise too_large(request.url, limits)
        content = path.read_bytes()
    except FileNotFoundError as e:
        raise FetchError(request.url, FetchReason.UNEXPECTED, f"no such file: {path}") from e
    except OSError as e:
        message = f"cannot read {path}: {e.strerror or e}"
        raise FetchError(request.url, FetchReason.UNEXPECTED, message) from e
    return FetchedFeed(request.url, request.url, content, None, None, modified, None, None)
