"""Full text behind headline-only feeds, end to end: `monitor poll --once` reads the
article pages on a loopback host, politely (robots.txt, 2 at a time), and stores the
events the pages report; pages that fail leave the entries' own text and say why."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import ArticleRow
from monitor.app.cli import main
from monitor.app.pipeline import Pipeline
from monitor.core.types import FullTextMode, ParsedEntry, Person, Watchlist
from tests.http_feeds import FeedServer

ARTICLE = """<!DOCTYPE html><html><head><title>Verdict in Taraz</title>
<meta property="article:published_time" content="2026-03-03T08:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Verdict in Taraz</h1>
<p>A district court in Taraz on Tuesday sentenced the journalist Aidar Nurlanov to seven
years in prison on charges his lawyers called fabricated from start to finish.</p>
<p>The hearing lasted four hours. Relatives who waited outside the building said they were
not allowed into the courtroom, and two foreign diplomats were turned away at the door.</p>
<p>His defence team said it would appeal the verdict within the fifteen days the law
allows, and asked the regional court to hear the case in open session this time.</p>
</article><footer>All rights reserved by the example newsroom.</footer></body></html>"""


class PageServer(FeedServer):
    """A FeedServer that counts the requests it is answering at once."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most_at_once = 0
        self.counter = threading.Lock()
        super().__init__()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self
        base = super().handler()

        class Counting(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                with server.counter:
                    server.in_flight += 1
                    server.most_at_once = max(server.most_at_once, server.in_flight)
                try:
                    super().do_GET()
                finally:
                    with server.counter:
                        server.in_flight -= 1

        return Counting


def headlines(server: FeedServer, *items: tuple[str, str]) -> bytes:
    entries = "".join(
        f"<item><guid>{path}</guid><title>{title}</title><link>{server.url(path)}</link>"
        "<pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate></item>"
        for path, title in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"{entries}</channel></rss>"
    ).encode()


def test_headline_only_entries_are_read_from_their_pages_politely(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with PageServer() as server:
        html = {"Content-Type": "text/html; charset=utf-8"}
        server.route("/robots.txt", body=b"User-agent: *\nDisallow: /private/\n")
        server.route("/news/verdict", body=ARTICLE.encode(), headers=html, delay=0.2)
        server.route("/private/leak", body=ARTICLE.encode(), headers=html)
        server.route("/news/huge", body=b"<p>" + b"x" * (11 * 1024 * 1024), headers=html)
        for i in range(4):  # more pages than the host's two slots
            server.route(f"/news/other-{i}", body=b"<p>Weather.</p>", headers=html, delay=0.2)
        items = [
            ("/news/verdict", "Verdict in Taraz"),
            ("/private/leak", "Members only"),
            ("/news/gone", "Removed story"),
            ("/news/huge", "Huge page"),
            *[(f"/news/other-{i}", f"Other story {i}") for i in range(4)],
        ]
        server.route("/wire.rss", body=headlines(server, *items))
        watchlist = tmp_path / "watchlist.yaml"
        watchlist.write_text(
            "people:\n  - {id: nurlanov-aidar, name: Aidar Nurlanov, status: detained}\n"
            f"feeds:\n  - url: {server.url('/wire.rss')}\n    full_text: auto\n"
        )
        monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
        monkeypatch.setenv("MONITOR_PAGE_DELAY_SECONDS", "0.05")
        status = main(["poll", "--once", "--watchlist", str(watchlist)])
        out, _ = capsys.readouterr()
        assert status == 0, out
        assert server.requests("/private/leak") == []  # robots.txt said no
        assert len(server.requests("/robots.txt")) == 1
        assert server.most_at_once <= 2  # two pages at a time, at most
        page_agents = {s.headers["user-agent"] for s in server.seen if s.path != "/wire.rss"}
        assert all(agent.startswith("case-monitor/") for agent in page_agents)

        main(["matches", "--format", "json", "--watchlist", str(watchlist)])
        [match] = json.loads(capsys.readouterr()[0])
    assert match["full_text"] == "page"
    assert [e["type"] for e in match["events"]] == ["sentenced"]
    assert match["published"].startswith("2026-03-03")  # the page's own date

    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(select(ArticleRow.title, ArticleRow.full_text)).all()
    engine.dispose()
    outcome = dict(rows)
    assert outcome["Members only"] == "failed: robots: disallowed by robots.txt"
    assert (outcome["Removed story"] or "").startswith("failed: not_found")
    assert (outcome["Huge page"] or "").startswith("failed: too_large")


def test_auto_reads_a_page_for_a_teaser_or_a_name_only_in_the_title(database: Database) -> None:
    people = (Person("nurlanov-aidar", "Aidar Nurlanov"),)
    pipeline = Pipeline(database, Watchlist(people=people), clock=lambda: datetime.now(UTC))
    long_text = "The regional court heard witnesses all day. " * 20

    def entry(title: str, text: str) -> ParsedEntry:
        return ParsedEntry("g", "https://news.example.org/a", title, text, None)

    auto, always = FullTextMode.AUTO, FullTextMode.ALWAYS
    assert pipeline.wants_page(auto, entry("Verdict", "A short teaser."))
    assert pipeline.wants_page(auto, entry("Aidar Nurlanov sentenced", long_text))
    assert not pipeline.wants_page(auto, entry("Verdict", long_text))
    assert not pipeline.wants_page(
        auto, entry("Aidar Nurlanov sentenced", long_text + " Aidar Nurlanov was there.")
    )
    assert pipeline.wants_page(always, entry("Verdict", long_text))


FIVE = [
    ("nurlanov-aidar", "Aidar Nurlanov"),
    ("seitova-gulnara", "Gulnara Seitova"),
    ("tokenov-marat", "Marat Tokenov"),
    ("abishev-aset", "Aset Abishev"),
    ("baltabay-yerlan", "Yerlan Baltabay"),
]


def test_search_feeds_and_their_pages_share_the_hosts_two_places(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five people's search feeds on one host, each linking to a page on it, and a listed
    feed there too: however many feeds the pass starts at once, the host never serves
    more than two requests at once; robots.txt is read once, for the pages (a feed is
    not a page)."""
    from monitor.core.search_feeds import SearchTemplate, search_url

    with PageServer() as server:
        html = {"Content-Type": "text/html; charset=utf-8"}
        server.route("/robots.txt", body=b"User-agent: *\nDisallow: /private/\n")
        template = SearchTemplate(server.url("/search?q={query}"))
        for i, (person_id, name) in enumerate(FIVE):
            page = f"/news/story-{i}"
            server.route(page, body=b"<p>Weather.</p>", headers=html, delay=0.15)
            address = search_url(template, Person(person_id, name))
            found = headlines(server, (page, f"{name} in the news"))
            server.route(address.removeprefix(server.url("")), body=found, delay=0.15)
        wire = headlines(server, ("/news/verdict", "Verdict in Taraz"))
        server.route("/wire.rss", body=wire, delay=0.15)  # a listed feed on the same host
        server.route("/news/verdict", body=ARTICLE.encode(), headers=html, delay=0.15)
        people = "".join(f"  - {{id: {pid}, name: {name}}}\n" for pid, name in FIVE)
        watchlist = tmp_path / "watchlist.yaml"
        watchlist.write_text(
            f"people:\n{people}full_text: auto\nfeeds:\n  - url: {server.url('/wire.rss')}\n"
            f'  - search: {{url: "{template.url}"}}\n'
        )
        monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
        monkeypatch.setenv("MONITOR_PAGE_DELAY_SECONDS", "0.02")
        status = main(["poll", "--watchlist", str(watchlist)])
        out, _ = capsys.readouterr()

        assert status == 0, out
        assert "6 feeds polled, 0 failed" in out
        searched = [s for s in server.seen if s.path.startswith("/search")]
        assert len(searched) == 5
        assert len([s for s in server.seen if s.path.startswith("/news/")]) == 6
        assert len(server.requests("/robots.txt")) == 1
        assert server.most_at_once <= 2
