"""Fetching feeds over real HTTP on 127.0.0.1: every way a server can answer."""

from __future__ import annotations

import asyncio
import gzip
import os
import socket
import threading
from email.utils import formatdate
from pathlib import Path

import aiohttp
import pytest

from monitor.adapters.feeds.fetch import (
    USER_AGENT,
    FeedRequest,
    FetchedFeed,
    Fetcher,
    FetchLimits,
    NotModified,
    classify,
    retry_after_seconds,
)
from monitor.core.schedule import MAX_WAIT_SECONDS
from monitor.errors import FetchError, FetchReason
from tests.alert_servers import self_signed_certificate
from tests.http_feeds import FeedServer, rss

FAST = FetchLimits(connect_timeout=1, read_timeout=0.5, deadline=2, max_bytes=50_000)
FEED = rss(("a1", "Kozlov freed", "Vladimir Kozlov left the colony on Tuesday."))


def fetch(request: FeedRequest, limits: FetchLimits = FAST) -> FetchedFeed | NotModified:
    async def run() -> FetchedFeed | NotModified:
        async with Fetcher(limits) as fetcher:
            return await fetcher.fetch(request)

    return asyncio.run(run())


def failure(request: FeedRequest, limits: FetchLimits = FAST) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(request, limits)
    return caught.value


@pytest.fixture
def server() -> FeedServer:
    with FeedServer() as running:
        yield running  # type: ignore[misc]


def test_it_downloads_a_feed_with_its_validators_and_names_itself(server: FeedServer) -> None:
    server.route(
        "/feed",
        body=FEED,
        etag='"v1"',
        last_modified="Mon, 02 Mar 2026 09:00:00 GMT",
        headers={"Content-Type": "application/rss+xml", "Cache-Control": "public, max-age=600"},
    )
    fetched = fetch(FeedRequest(server.url("/feed")))
    assert isinstance(fetched, FetchedFeed)
    assert fetched.content == FEED
    assert (fetched.etag, fetched.last_modified) == ('"v1"', "Mon, 02 Mar 2026 09:00:00 GMT")
    assert (fetched.content_type, fetched.max_age) == ("application/rss+xml", 600)
    [seen] = server.requests("/feed")
    assert seen.headers["user-agent"] == USER_AGENT
    assert "case-monitor" in USER_AGENT


def test_a_header_as_long_as_a_news_sites_security_policy_is_accepted(server: FeedServer) -> None:
    policy = "; ".join(f"script-src https://cdn{i}.example.org" for i in range(400))
    assert len(policy) > 12_000
    server.route("/feed", body=FEED, headers={"Content-Security-Policy": policy})
    assert isinstance(fetch(FeedRequest(server.url("/feed"))), FetchedFeed)


def test_a_matching_etag_gets_not_modified(server: FeedServer) -> None:
    server.route("/feed", body=FEED, etag='"v1"')
    answer = fetch(FeedRequest(server.url("/feed"), etag='"v1"'))
    assert isinstance(answer, NotModified)
    assert answer.etag == '"v1"'
    assert server.requests("/feed")[0].headers["if-none-match"] == '"v1"'


def test_a_matching_last_modified_gets_not_modified(server: FeedServer) -> None:
    stamp = "Tue, 03 Mar 2026 10:00:00 GMT"
    server.route("/feed", body=FEED, last_modified=stamp)
    answer = fetch(FeedRequest(server.url("/feed"), last_modified=stamp))
    assert isinstance(answer, NotModified)
    assert server.requests("/feed")[0].headers["if-modified-since"] == stamp


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (404, FetchReason.NOT_FOUND),
        (410, FetchReason.GONE),
        (403, FetchReason.HTTP_4XX),
        (500, FetchReason.HTTP_5XX),
    ],
)
def test_error_statuses_are_named(server: FeedServer, status: int, reason: FetchReason) -> None:
    server.route("/feed", status=status, body=b"no")
    error = failure(FeedRequest(server.url("/feed")))
    assert error.reason == reason
    assert error.message.startswith(f"HTTP {status}")


def test_an_unknown_path_is_a_404(server: FeedServer) -> None:
    assert failure(FeedRequest(server.url("/missing"))).reason == FetchReason.NOT_FOUND


def test_a_busy_server_says_when_to_come_back(server: FeedServer) -> None:
    server.route("/feed", status=503, headers={"Retry-After": "120"})
    error = failure(FeedRequest(server.url("/feed")))
    assert (error.reason, error.retry_after) == (FetchReason.HTTP_5XX, 120)


def test_a_server_slower_than_the_read_timeout_times_out(server: FeedServer) -> None:
    server.route("/feed", body=FEED, delay=1.5)
    assert failure(FeedRequest(server.url("/feed"))).reason == FetchReason.TIMEOUT


def test_a_trickling_server_is_cut_off_at_the_deadline(server: FeedServer) -> None:
    server.route("/feed", body=FEED, trickle=0.2)  # each byte within the read timeout
    error = failure(FeedRequest(server.url("/feed")))
    assert error.reason == FetchReason.TIMEOUT
    assert "2 s" in error.message


def test_a_body_declared_too_large_is_refused(server: FeedServer) -> None:
    server.route("/feed", body=b"x" * 60_000)
    assert failure(FeedRequest(server.url("/feed"))).reason == FetchReason.TOO_LARGE


def test_a_body_of_unknown_length_is_cut_off_while_streaming(server: FeedServer) -> None:
    server.route("/feed", body=b"x" * 60_000, unknown_length=True)
    assert failure(FeedRequest(server.url("/feed"))).reason == FetchReason.TOO_LARGE


def test_a_redirect_loop_is_stopped(server: FeedServer) -> None:
    server.route("/a", redirect_to="/b")
    server.route("/b", redirect_to="/a")
    error = failure(FeedRequest(server.url("/a")))
    assert error.reason == FetchReason.UNEXPECTED
    assert "redirects" in error.message
    assert len(server.requests("/a")) + len(server.requests("/b")) <= FAST.max_redirects + 1


def test_a_redirect_is_followed_to_the_feed(server: FeedServer) -> None:
    server.route("/old", redirect_to="/new")
    server.route("/new", body=FEED)
    fetched = fetch(FeedRequest(server.url("/old")))
    assert isinstance(fetched, FetchedFeed)
    assert fetched.final_url == server.url("/new")


def test_a_closed_port_is_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = failure(FeedRequest(f"http://127.0.0.1:{port}/feed"))
    assert (error.reason, error.message) == (FetchReason.CONNECTION_REFUSED, "connection refused")


def test_name_resolution_failures_are_dns_errors() -> None:
    error = aiohttp.ClientConnectionError("failed")
    error.__cause__ = socket.gaierror(-2, "Name or service not known")
    reason, message = classify(error)
    assert reason == FetchReason.DNS
    assert "Name or service not known" in message


def test_a_local_file_is_read_and_then_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(FEED)
    first = fetch(FeedRequest(path.as_uri()))
    assert isinstance(first, FetchedFeed) and first.content == FEED
    again = fetch(FeedRequest(path.as_uri(), last_modified=first.last_modified))
    assert isinstance(again, NotModified)
    os.utime(path, (1_800_000_000, 1_800_000_000))
    assert isinstance(
        fetch(FeedRequest(path.as_uri(), last_modified=first.last_modified)), FetchedFeed
    )


def test_a_missing_local_file_is_named(tmp_path: Path) -> None:
    error = failure(FeedRequest((tmp_path / "gone.rss").as_uri()))
    assert error.reason == FetchReason.MISSING_FILE
    assert "no such file" in error.message


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_a_local_feed_that_is_not_a_regular_file_is_refused_at_once(
    tmp_path: Path, kind: str
) -> None:
    if kind == "device":
        path = Path("/dev/zero")  # endless: read whole, it would fill the memory
    elif kind == "fifo":
        path = tmp_path / "feed.rss"
        os.mkfifo(path)  # no writer: opening it for reading would wait forever
    else:
        path = tmp_path
    error = failure(FeedRequest(path.as_uri()))
    assert error.reason == FetchReason.UNEXPECTED
    assert error.message == f"not a regular file: {path}"


def test_a_local_feed_larger_than_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.rss"
    path.write_bytes(b"<rss>" + b" " * FAST.max_bytes)
    assert failure(FeedRequest(path.as_uri())).reason == FetchReason.TOO_LARGE


def test_retry_after_is_read_as_seconds_or_as_a_date() -> None:
    assert retry_after_seconds("90") == 90
    soon = formatdate(2_000_000_300, usegmt=True)
    from datetime import UTC, datetime

    assert retry_after_seconds(soon, datetime.fromtimestamp(2_000_000_000, UTC)) == 300
    assert retry_after_seconds("soon-ish") is None


@pytest.mark.parametrize(
    ("headers", "hints"),
    [
        ({"Cache-Control": "max-age=99999999999999999999"}, (MAX_WAIT_SECONDS, None)),
        ({"Cache-Control": "public, max-age=" + "9" * 5000}, (MAX_WAIT_SECONDS, None)),
        ({"Retry-After": "99999999999999999999"}, (None, MAX_WAIT_SECONDS)),
        ({"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"}, (None, MAX_WAIT_SECONDS)),
        ({"Retry-After": "Fri, 31 Dec 99999 23:59:59 GMT"}, (None, None)),
    ],
    ids=[
        "max-age-20-digits",
        "max-age-5000-digits",
        "retry-after-20-digits",
        "retry-after-year-9999",
        "retry-after-year-99999",
    ],
)
def test_a_servers_numbers_are_clamped_to_the_longest_wait(
    server: FeedServer, headers: dict[str, str], hints: tuple[int | None, int | None]
) -> None:
    server.route("/feed", body=FEED, headers=headers)
    fetched = fetch(FeedRequest(server.url("/feed")))
    assert isinstance(fetched, FetchedFeed)
    assert (fetched.max_age, fetched.retry_after) == hints


def test_a_gzipped_feed_arrives_decompressed(server: FeedServer) -> None:
    server.route("/feed", body=gzip.compress(FEED), headers={"Content-Encoding": "gzip"})
    fetched = fetch(FeedRequest(server.url("/feed")))
    assert isinstance(fetched, FetchedFeed)
    assert fetched.content == FEED
    assert "gzip" in server.requests("/feed")[0].headers["accept-encoding"]


def test_a_small_gzipped_body_that_inflates_past_the_cap_is_refused(server: FeedServer) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * 5_000_000)
    assert len(bomb) < FAST.max_bytes
    server.route("/feed", body=bomb, headers={"Content-Encoding": "gzip"})
    assert failure(FeedRequest(server.url("/feed"))).reason == FetchReason.TOO_LARGE


def test_a_certificate_nobody_vouches_for_is_a_tls_error(tmp_path: Path) -> None:
    certificate = self_signed_certificate(tmp_path)
    with FeedServer(tls=certificate.server_context()) as server:
        server.route("/feed", body=FEED)
        error = failure(FeedRequest(server.url("/feed")))
    assert error.reason == FetchReason.TLS
    assert "certificate" in error.message


def test_an_answer_that_is_not_http_breaks_the_protocol() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]

        def answer_nonsense() -> None:
            connection, _ = listener.accept()
            with connection:
                connection.recv(4096)
                connection.sendall(b"hello, this is not HTTP\r\n\r\n")

        thread = threading.Thread(target=answer_nonsense, daemon=True)
        thread.start()
        error = failure(FeedRequest(f"http://127.0.0.1:{port}/feed"))
        thread.join(timeout=5)
    assert error.reason == FetchReason.UNEXPECTED
    assert "broke the HTTP protocol" in error.message
    assert "\n" not in error.message  # it goes in one log line


def proxy_environment(
    monkeypatch: pytest.MonkeyPatch, proxy: str, no_proxy: str | None = None
) -> None:
    for name in ("HTTP_PROXY", "http_proxy"):  # the lower-case one wins where both are set
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        if no_proxy is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, no_proxy)


def test_the_proxy_the_environment_names_is_used(
    server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("http://feeds.example.org/news.rss", body=FEED)  # as a proxy sees it
    proxy_environment(monkeypatch, server.url(""))
    fetched = fetch(FeedRequest("http://feeds.example.org/news.rss"))
    assert isinstance(fetched, FetchedFeed)
    assert fetched.content == FEED


def test_no_proxy_exempts_a_host(server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.route("/feed", body=FEED)
    with socket.socket() as probe:  # a proxy address nothing listens on
        probe.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{probe.getsockname()[1]}"
    proxy_environment(monkeypatch, nowhere, no_proxy="127.0.0.1")
    assert isinstance(fetch(FeedRequest(server.url("/feed"))), FetchedFeed)
