"""Redirects over real HTTP on 127.0.0.1: no hop from a public address to a private one,
no credentials from a Location, no scheme but http(s).

The network here is the loopback alone, so "public" is played by 127.0.0.2 through the
injectable address policy; the policy itself is checked on literal addresses (never
contacted)."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator

import pytest
from yarl import URL

from monitor.adapters.feeds.addresses import (
    RedirectRefused,
    check_redirect,
    is_public,
    redirect_target,
)
from monitor.adapters.feeds.fetch import FeedRequest, FetchedFeed, Fetcher, FetchLimits
from monitor.errors import FetchError, FetchReason
from tests.http_feeds import FeedServer, rss

LIMITS = FetchLimits(connect_timeout=2, read_timeout=2, deadline=5)
FEED = rss(("r1", "Kozlov transferred", "Vladimir Kozlov was moved to another colony."))
INTERNAL = b"<rss version='2.0'><channel><item><title>admin secrets</title></item></channel></rss>"


def as_if_public(address: str) -> bool:
    """The policy of a monitor whose feed lives on the internet: 127.0.0.2 stands for it."""
    return address == "127.0.0.2" or is_public(address)


def fetch(url: str, public: object = is_public) -> FetchedFeed:
    async def run() -> FetchedFeed:
        async with Fetcher(LIMITS, public=public) as fetcher:  # type: ignore[arg-type]
            fetched = await fetcher.fetch(FeedRequest(url))
            assert isinstance(fetched, FetchedFeed)
            return fetched

    return asyncio.run(run())


def refusal(url: str, public: object = is_public) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, public)
    return caught.value


@pytest.fixture
def internal() -> Iterator[FeedServer]:
    """A service on the loopback that no feed from outside may reach."""
    with FeedServer() as running:
        running.route("/admin", body=INTERNAL)
        yield running


@pytest.fixture
def outside() -> Iterator[FeedServer]:
    """The feed's own server, on 127.0.0.2, which ``as_if_public`` calls public."""
    with FeedServer(host="127.0.0.2") as running:
        yield running


def test_a_public_feed_redirecting_to_a_private_address_is_refused_before_it_is_asked(
    outside: FeedServer, internal: FeedServer
) -> None:
    outside.route("/feed", redirect_to=internal.url("/admin"))
    error = refusal(outside.url("/feed"), as_if_public)
    assert error.reason == FetchReason.UNEXPECTED
    assert error.message == "redirect to a private address 127.0.0.1 refused"
    assert internal.requests("/admin") == []  # not a byte was sent to it


def test_a_public_feed_may_redirect_to_another_public_address(outside: FeedServer) -> None:
    with FeedServer(host="127.0.0.2") as mirror:
        mirror.route("/moved", body=FEED)
        outside.route("/feed", redirect_to=mirror.url("/moved"))
        fetched = fetch(outside.url("/feed"), as_if_public)
    assert (fetched.content, fetched.final_url) == (FEED, mirror.url("/moved"))


def test_a_feed_on_a_private_address_may_redirect_within_its_network(
    internal: FeedServer,
) -> None:
    with FeedServer() as intranet:
        intranet.route("/feed", redirect_to=internal.url("/admin"))
        fetched = fetch(intranet.url("/feed"))
    assert fetched.content == INTERNAL


def test_credentials_in_a_location_are_never_sent(internal: FeedServer) -> None:
    with FeedServer() as origin:
        target = internal.url("/admin").replace("http://", "http://intruder:guess@")
        origin.route("/feed", redirect_to=target)
        fetched = fetch(origin.url("/feed"))
    assert fetched.final_url == internal.url("/admin")
    [seen] = internal.requests("/admin")
    assert "authorization" not in seen.headers


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "gopher://127.0.0.1:70/", "javascript:alert(1)"]
)
def test_a_redirect_to_anything_but_http_is_refused(internal: FeedServer, location: str) -> None:
    internal.route("/feed", redirect_to=location)
    error = refusal(internal.url("/feed"))
    assert error.reason == FetchReason.UNEXPECTED
    assert "redirect to a non-HTTP address refused" in error.message


def test_through_a_proxy_a_public_feed_may_not_redirect_to_a_private_literal_address(
    internal: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FeedServer() as proxy:
        proxy.route("http://feeds.example.org/news.rss", redirect_to=internal.url("/admin"))
        for name in ("HTTP_PROXY", "http_proxy"):
            monkeypatch.setenv(name, proxy.url(""))
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        error = refusal("http://feeds.example.org/news.rss")
    assert error.message == "redirect to a private address 127.0.0.1 refused"
    assert proxy.requests(internal.url("/admin")) == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("::ffff:8.8.8.8", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.251", False),
        ("239.1.2.3", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("::1", False),
        ("::", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
        ("2002:a00:1::", False),
        ("(unknown)", False),
    ],
)
def test_which_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_the_rule_for_one_hop() -> None:
    check_redirect(["8.8.8.8"], ["1.1.1.1"])  # public to public
    check_redirect(["10.0.0.5"], ["127.0.0.1"])  # a private feed stays in its network
    with pytest.raises(RedirectRefused, match=r"private address 10\.0\.0\.5 "):
        check_redirect(["8.8.8.8"], ["1.1.1.1", "10.0.0.5"])  # any private answer refuses
    with pytest.raises(RedirectRefused):
        check_redirect([], ["127.0.0.1"])  # an unknown origin counts as public


def test_a_location_is_resolved_and_stripped_of_credentials() -> None:
    here = URL("https://news.example.org/feeds/rss")
    assert redirect_target(here, "../moved?x=1#top") == URL("https://news.example.org/moved?x=1")
    assert redirect_target(here, "http://u:p@other.example.org/") == URL(
        "http://other.example.org/"
    )


def test_the_feeds_own_credentials_go_along_to_its_own_origin_only(
    internal: FeedServer,
) -> None:
    with FeedServer() as origin:
        origin.route("/feed", redirect_to="/moved")
        origin.route("/moved", redirect_to=internal.url("/admin"))
        with_credentials = origin.url("/feed").replace("http://", "http://reader:s3cret@")
        fetch(with_credentials)
        own = base64.b64encode(b"reader:s3cret").decode()
        assert origin.requests("/moved")[0].headers["authorization"] == f"Basic {own}"
    assert "authorization" not in internal.requests("/admin")[0].headers
