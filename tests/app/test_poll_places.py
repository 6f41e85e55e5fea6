"""A poll session's two bounds (``PollSession``): ``connections`` feeds wait for their
answers at once, and among them at most ``concurrency`` read or parse a document. A feed
answered 304 never takes a document's place; the wait for a place does not count against
the download's deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

import monitor.app.pipeline as pipeline_module
from monitor.adapters.db.session import Database
from monitor.adapters.feeds.fetch import FetchLimits
from monitor.app.pipeline import Pipeline
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PEOPLE = (Person("kozlov-vladimir", "Vladimir Kozlov"),)
NAMES = ("one", "two", "three", "four")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        for name in NAMES:
            body = rss((name, f"News from {name}", f"Nothing happened in {name} today."))
            running.route(f"/{name}.rss", body=body, etag=f'"{name}"')
        yield running


def a_pipeline(database: Database, server: FeedServer, **options: object) -> Pipeline:
    listed = tuple(FeedConfig(server.url(f"/{name}.rss")) for name in NAMES)
    return Pipeline(database, Watchlist(people=PEOPLE, feeds=listed), clock=lambda: NOW, **options)  # type: ignore[arg-type]


@pytest.fixture
def parsing(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """Parses that take ``seconds`` each; ``most``: the most under way at once."""
    seen = {"seconds": 0.0, "now": 0, "most": 0}
    lock = threading.Lock()
    parse_feed = pipeline_module.parse_feed

    def slow(content: bytes, url: str, content_type: str | None = None) -> object:
        with lock:
            seen["now"] += 1
            seen["most"] = max(seen["most"], seen["now"])
        try:
            time.sleep(seen["seconds"])
            return parse_feed(content, url, content_type)
        finally:
            with lock:
                seen["now"] -= 1

    monkeypatch.setattr(pipeline_module, "parse_feed", slow)
    return seen


def test_feeds_answered_304_wait_together_beyond_the_documents_places(
    database: Database, server: FeedServer
) -> None:
    pipeline = a_pipeline(database, server, concurrency=1, connections=4)
    assert [r.outcome for r in pipeline.poll_all()] == ["ok"] * 4
    for name in NAMES:  # each answer now a second away: four at once, not one after another
        server.routes[f"/{name}.rss"].delay = 1.0

    started = time.monotonic()
    reports = pipeline.poll_all()

    assert [r.outcome for r in reports] == ["not_modified"] * 4
    assert time.monotonic() - started < 3.0


def test_no_more_documents_are_read_or_parsed_at_once_than_the_concurrency(
    database: Database, server: FeedServer, parsing: dict[str, float]
) -> None:
    parsing["seconds"] = 0.3
    reports = a_pipeline(database, server, concurrency=2, connections=4).poll_all()
    assert [r.outcome for r in reports] == ["ok"] * 4
    assert parsing["most"] == 2


def test_the_wait_for_a_place_does_not_count_against_the_download_deadline(
    database: Database, server: FeedServer, parsing: dict[str, float]
) -> None:
    parsing["seconds"] = 1.5  # the second feed's answer waits this long for the place
    limits = FetchLimits(deadline=1.0)
    reports = a_pipeline(database, server, concurrency=1, connections=4, limits=limits).poll_all()
    assert [(r.outcome, r.error_message) for r in reports] == [("ok", None)] * 4
