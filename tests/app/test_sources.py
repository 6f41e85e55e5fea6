"""Sources beyond RSS and Atom, end to end through `monitor poll --once`: loopback
servers, a real database, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runs import monitor
from tests.http_feeds import FeedServer, rss

PEOPLE = """
people:
  - id: nurlanov-aidar
    name: Aidar Nurlanov
    status: detained
"""


def write_watchlist(tmp_path: Path, feeds: str) -> str:
    path = tmp_path / "watchlist.yaml"
    path.write_text(PEOPLE + "feeds:\n" + feeds)
    return str(path)


def test_a_json_feed_is_polled_and_its_items_matched(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Courier",
        "items": [
            {
                "id": "n1",
                "url": "https://courier.example.org/n1",
                "title": "Activist freed",
                "content_text": "Aidar Nurlanov was released from custody on Tuesday.",
                "date_published": "2026-03-03T10:00:00Z",
            }
        ],
    }
    with FeedServer() as server:
        server.route(
            "/feed.json",
            body=json.dumps(document).encode(),
            headers={"Content-Type": "application/feed+json"},
        )
        watchlist = write_watchlist(tmp_path, f"  - url: {server.url('/feed.json')}\n")
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
    assert status == 0, out
    assert "1 new entries, 1 matches" in out and "Aidar Nurlanov" in out


def page_advertising(*feeds: str) -> bytes:
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="{feed}">' for feed in feeds
    )
    return f"<!DOCTYPE html><html><head>{links}</head><body>News</body></html>".encode()


def test_a_page_url_is_polled_through_the_feed_it_advertises_and_says_which(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = ("n1", "Activist freed", "Aidar Nurlanov was released from custody on Tuesday.")
    with FeedServer() as server:
        server.route(
            "/news", body=page_advertising("/rss/main"), headers={"Content-Type": "text/html"}
        )
        server.route("/rss/main", body=rss(story), etag='"main-1"')
        watchlist = write_watchlist(tmp_path, f"  - url: {server.url('/news')}\n")
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
        assert status == 0, out
        assert "1 new entries, 1 matches" in out
        assert f"read the feed the page advertises: {server.url('/rss/main')}" in out

        _, out, _ = monitor(
            ["feeds", "--format", "json", "--watchlist", watchlist],
            database_url,
            capsys,
            monkeypatch,
        )
        [feed] = json.loads(out)
        assert (feed["url"], feed["discovered_url"]) == (
            server.url("/news"),
            server.url("/rss/main"),
        )

        monitor(["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch)
        assert len(server.requests("/news")) == 1  # the advertised feed is polled directly
        again = server.requests("/rss/main")[-1]
        assert again.headers["if-none-match"] == '"main-1"'


def test_an_advertised_feed_that_is_gone_sends_the_monitor_back_to_the_page(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = ("n2", "Hearing", "Aidar Nurlanov appeared before the court in Taraz.")
    with FeedServer() as server:
        page = server.route("/news", body=page_advertising("/old.rss"))
        server.route("/old.rss", body=rss(story))
        watchlist = write_watchlist(tmp_path, f"  - url: {server.url('/news')}\n")
        monitor(["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch)
        server.route("/old.rss", status=410)
        page.body = page_advertising("/new.rss")
        server.route("/new.rss", body=rss(story))
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
    assert status == 0, out
    assert f"read the feed the page advertises: {server.url('/new.rss')}" in out


def test_a_page_that_advertises_no_feed_is_not_a_feed(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FeedServer() as server:
        server.route("/news", body=page_advertising())
        server.route("/dead", body=page_advertising("/missing.rss"))
        feeds = f"  - url: {server.url('/news')}\n  - url: {server.url('/dead')}\n"
        watchlist = write_watchlist(tmp_path, feeds)
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", watchlist], database_url, capsys, monkeypatch
        )
    assert status == 1
    assert "not_a_feed: not a feed: this is an HTML page" in out
    assert f"not_found: the advertised feed {server.url('/missing.rss')}: HTTP 404" in out


THREE = """
people:
  - {id: nurlanov-aidar, name: Aidar Nurlanov, aliases: [Айдар Нурланов]}
  - {id: seitova-gulnara, name: Gulnara Seitova}
  - {id: tokenov-marat, name: Marat Tokenov}
"""


def test_search_feeds_are_polled_per_person_and_follow_the_watchlist(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.core.search_feeds import SearchTemplate, search_url
    from monitor.core.types import Person

    path = tmp_path / "watchlist.yaml"
    with FeedServer() as server:
        template = SearchTemplate(server.url("/search?q={query}&format=rss"))
        story = ("s1", "Hearing", "Gulnara Seitova was released on bail on Monday.")
        paths = {}
        for person_id, name in [
            ("nurlanov-aidar", "Aidar Nurlanov"),
            ("seitova-gulnara", "Gulnara Seitova"),
            ("tokenov-marat", "Marat Tokenov"),
        ]:
            aliases = ("Айдар Нурланов",) if person_id == "nurlanov-aidar" else ()
            url = search_url(template, Person(person_id, name, aliases))
            paths[person_id] = url.removeprefix(server.url(""))
            server.route("/" + paths[person_id].lstrip("/"), body=rss(story))
        feeds = f'feeds:\n  - search: {{url: "{template.url}", every: 1h}}\n'
        path.write_text(THREE + feeds)
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", str(path)], database_url, capsys, monkeypatch
        )
        assert status == 0, out
        assert "3 feeds polled, 0 failed" in out
        asked = [s.path for s in server.seen]
        assert any("%22Aidar%20Nurlanov%22%20OR%20%22%D0%90" in p for p in asked)

        path.write_text(THREE.replace("  - {id: tokenov-marat, name: Marat Tokenov}\n", "") + feeds)
        status, out, _ = monitor(
            ["poll", "--once", "--watchlist", str(path)], database_url, capsys, monkeypatch
        )
        assert "2 feeds polled" in out
        _, out, _ = monitor(
            ["feeds", "--format", "json", "--watchlist", str(path)],
            database_url,
            capsys,
            monkeypatch,
        )
    by_source = {f["source"]: f["active"] for f in json.loads(out)}
    assert by_source == {
        "search for nurlanov-aidar": True,
        "search for seitova-gulnara": True,
        "search for tokenov-marat": False,
    }
