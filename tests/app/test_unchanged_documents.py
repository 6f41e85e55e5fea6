"""A server that ignores conditional requests and sends the same bytes again: the pass is
not modified, as a 304 would make it (no parse, no lookups, nothing stored but the poll),
on both databases; a changed document is read; a not-modified pass keeps the <ttl> of the
document it stands for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

import monitor.app.pipeline as pipeline_module
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import ArticleRow, FeedRow
from monitor.app.pipeline import FeedReport, Pipeline
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PEOPLE = (Person("kozlov-vladimir", "Vladimir Kozlov"),)
FREED = ("k1", "Kozlov walks free", "Vladimir Kozlov was freed this morning.")
WEATHER = ("w1", "Weather", "Rain is expected over the steppe.")
TTL_DOC = rss(FREED).replace(b"<channel>", b"<channel><ttl>60</ttl>")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/no-validators.rss", body=rss(FREED))
        running.route("/ttl.rss", body=TTL_DOC, etag='"t1"')
        running.route("/page", body=page_advertising("/rss/main"))
        running.route("/rss/main", body=rss(FREED))
        yield running


def page_advertising(feed: str) -> bytes:
    link = f'<link rel="alternate" type="application/rss+xml" href="{feed}">'
    return f"<!DOCTYPE html><html><head>{link}</head><body>News</body></html>".encode()


def poll(database: Database, server: FeedServer, *paths: str) -> dict[str, FeedReport]:
    watchlist = Watchlist(
        people=PEOPLE, feeds=tuple(FeedConfig(server.url(p), 15 * 60) for p in paths)
    )
    pipeline = Pipeline(database, watchlist, clock=lambda: NOW, jitter=lambda: 0.0)
    return {r.url.rsplit("/", 1)[1]: r for r in pipeline.poll_all()}


def articles(database: Database) -> int:
    with database.transaction() as session:
        return session.execute(select(func.count()).select_from(ArticleRow)).scalar_one()


def next_poll(database: Database, server: FeedServer, path: str) -> timedelta:
    with database.transaction() as session:
        when = session.execute(
            select(FeedRow.next_poll_at).where(FeedRow.url == server.url(path))
        ).scalar_one()
    return when - NOW


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents the pipeline parses, by URL."""
    parsed: list[str] = []
    parse_feed = pipeline_module.parse_feed

    def counted(content: bytes, url: str, content_type: str | None = None) -> object:
        parsed.append(url)
        return parse_feed(content, url, content_type)

    monkeypatch.setattr(pipeline_module, "parse_feed", counted)
    return parsed


def test_the_same_bytes_again_are_not_modified_and_a_changed_document_is_read(
    database: Database, server: FeedServer, parses: list[str]
) -> None:
    first = poll(database, server, "/no-validators.rss")["no-validators.rss"]
    assert (first.outcome, first.new_entries, len(first.matches)) == ("ok", 1, 1)

    again = poll(database, server, "/no-validators.rss")["no-validators.rss"]
    assert (again.outcome, again.new_entries) == ("not_modified", 0)
    assert len(server.requests("/no-validators.rss")) == 2  # asked, answered in full
    assert len(parses) == 1  # but not parsed again
    assert articles(database) == 1

    server.route("/no-validators.rss", body=rss(FREED, WEATHER))
    changed = poll(database, server, "/no-validators.rss")["no-validators.rss"]
    assert (changed.outcome, changed.new_entries) == ("ok", 1)
    assert articles(database) == 2


def test_a_failed_pass_between_two_same_documents_changes_nothing(
    database: Database, server: FeedServer
) -> None:
    poll(database, server, "/no-validators.rss")
    server.route("/no-validators.rss", status=503)
    assert poll(database, server, "/no-validators.rss")["no-validators.rss"].outcome == "error"

    server.route("/no-validators.rss", body=rss(FREED))
    back = poll(database, server, "/no-validators.rss")["no-validators.rss"]
    assert (back.outcome, back.new_entries) == ("not_modified", 0)


def test_an_advertised_feed_sending_the_same_bytes_is_not_modified_and_stays_the_one_read(
    database: Database, server: FeedServer
) -> None:
    first = poll(database, server, "/page")["page"]
    assert (first.outcome, first.discovered_url) == ("ok", server.url("/rss/main"))

    again = poll(database, server, "/page")["page"]
    assert (again.outcome, again.new_entries) == ("not_modified", 0)
    assert len(server.requests("/page")) == 1  # the advertised feed is polled directly
    with database.transaction() as session:
        kept = session.execute(select(FeedRow.discovered_url)).scalar_one()
    assert kept == server.url("/rss/main")


def test_a_not_modified_pass_keeps_the_ttl_of_the_document_it_stands_for(
    database: Database, server: FeedServer
) -> None:
    assert poll(database, server, "/ttl.rss")["ttl.rss"].outcome == "ok"
    assert next_poll(database, server, "/ttl.rss") == timedelta(minutes=60)

    assert poll(database, server, "/ttl.rss")["ttl.rss"].outcome == "not_modified"  # a 304
    assert next_poll(database, server, "/ttl.rss") == timedelta(minutes=60)
