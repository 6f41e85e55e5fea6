"""When the pipeline polls a feed next, from what the server says, on both databases; the
same pass with parsing in worker processes; and the daemon's job options and memory."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import FeedRow
from monitor.adapters.feeds.parse import start_parser_pool
from monitor.adapters.settings import load_settings
from monitor.app.daemon import MISFIRE_GRACE, Daemon, DaemonOptions, freeze_long_lived_objects
from monitor.app.pipeline import Pipeline
from monitor.core.schedule import RetryPolicy
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.http_feeds import FeedServer, rss

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ITEM = ("k1", "Kozlov walks free", "Vladimir Kozlov was freed this morning.")
TTL_DOC = rss(ITEM).replace(b"<channel>", b"<channel><ttl>60</ttl>")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/plain.rss", body=rss(ITEM), etag='"p1"')
        running.route("/ttl.rss", body=TTL_DOC)
        running.route("/cached.rss", body=rss(ITEM), headers={"Cache-Control": "max-age=7200"})
        running.route("/busy.rss", status=503, headers={"Retry-After": "3600"})
        running.route("/slow-down.rss", status=429, headers={"Retry-After": "86400"})
        running.route("/html.rss", body=b"<!DOCTYPE html><html><body>moved</body></html>")
        yield running


def next_polls(database: Database) -> dict[str, timedelta]:
    with database.transaction() as session:
        rows = session.execute(select(FeedRow.url, FeedRow.next_poll_at)).all()
    return {url.rsplit("/", 1)[1]: when - NOW for url, when in rows}


def a_pipeline(database: Database, server: FeedServer, **options: object) -> Pipeline:
    feeds = ("plain", "ttl", "cached", "busy", "slow-down", "html")
    watchlist = Watchlist(
        people=(Person("kozlov-vladimir", "Vladimir Kozlov"),),
        feeds=tuple(FeedConfig(server.url(f"/{name}.rss"), 15 * 60) for name in feeds),
    )
    return Pipeline(database, watchlist, clock=lambda: NOW, jitter=lambda: 0.0, **options)  # type: ignore[arg-type]


def test_the_next_poll_honours_ttl_cache_control_and_retry_after(
    database: Database, server: FeedServer
) -> None:
    a_pipeline(database, server).poll_all()
    assert next_polls(database) == {
        "plain.rss": timedelta(minutes=15),
        "ttl.rss": timedelta(minutes=60),
        "cached.rss": timedelta(hours=2),
        "busy.rss": timedelta(hours=1),  # failed: Retry-After beats the first back-off
        "slow-down.rss": timedelta(hours=6),  # never longer than the back-off cap
        "html.rss": timedelta(minutes=15),  # failed once: the interval
    }
    a_pipeline(database, server).poll_all()  # a second failure doubles the back-off
    assert next_polls(database)["html.rss"] == timedelta(minutes=30)
    assert next_polls(database)["plain.rss"] == timedelta(minutes=15)  # a 304 this time


def test_parsing_in_worker_processes_stores_the_same_and_names_parse_failures(
    database: Database, server: FeedServer
) -> None:
    pool = start_parser_pool(1)
    try:
        reports = a_pipeline(database, server, parser=pool).poll_all()
    finally:
        pool.shutdown(wait=True)
    outcomes = {r.url.rsplit("/", 1)[1]: (r.outcome, r.error_reason) for r in reports}
    assert outcomes == {
        "plain.rss": ("ok", None),
        "ttl.rss": ("ok", None),
        "cached.rss": ("ok", None),
        "busy.rss": ("error", "http_5xx"),
        "slow-down.rss": ("error", "http_4xx"),
        "html.rss": ("error", "not_a_feed"),  # a ParseError raised in the worker, intact
    }
    html = next(r for r in reports if r.url.endswith("/html.rss"))
    assert html.error_message == "not a feed: this is an HTML page"
    assert sum(len(r.matches) for r in reports) == 1  # the same story in three feeds


def test_every_daemon_job_runs_alone_coalesces_and_has_a_misfire_grace_time(
    tmp_path: Path,
) -> None:
    settings = load_settings({"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    watchlist = Watchlist(people=(Person("kozlov-vladimir", "Vladimir Kozlov"),))
    daemon = Daemon(settings, watchlist, {}, DaemonOptions(), RetryPolicy())
    daemon.schedule_jobs()
    jobs = {job.id: job for job in daemon.scheduler.get_jobs()}
    assert set(jobs) == {"poll", "dispatch", "sources"}
    for job in jobs.values():
        assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, MISFIRE_GRACE)
    assert jobs["dispatch"].trigger.interval == timedelta(seconds=30)
    assert jobs["poll"].trigger.interval == timedelta(seconds=5)


def test_monitor_check_warns_about_intervals_under_a_minute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from monitor.app.cli import main

    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"
        "feeds:\n  - url: https://a.example.org/rss\n    interval: 30s\n"
        "  - url: https://b.example.org/rss\n    interval: 1m\n"
    )
    assert main(["check", "--watchlist", str(watchlist)]) == 0
    out, err = capsys.readouterr()
    assert "ok — 1 people, 2 feeds" in out
    assert err == (
        "warning: feeds[0].interval: https://a.example.org/rss every 30 s is more often than "
        "once a minute; servers may block the monitor\n"
    )


def test_healthz_answers_503_when_the_database_does_not_answer(tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    from monitor.adapters.db.session import open_database
    from monitor.app.health import HealthServer

    settings = load_settings({"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    watchlist = Watchlist(people=(Person("kozlov-vladimir", "Vladimir Kozlov"),))
    daemon = Daemon(settings, watchlist, {}, DaemonOptions(), RetryPolicy())
    assert daemon.health_problem() is not None  # the scheduler is not running yet
    daemon.scheduler.start()
    health = HealthServer("127.0.0.1", 0, daemon.health_problem, daemon.metrics.render)
    health.start()
    try:
        url = f"http://127.0.0.1:{health.port}/healthz"
        daemon.database = open_database(settings.database_url)
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.status == 200
        daemon.database.dispose()
        daemon.database = open_database("postgresql+psycopg://nobody@127.0.0.1:9/x", upgrade=False)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=10)
        assert refused.value.code == 503
    finally:
        health.stop()
        daemon.scheduler.shutdown(wait=False)
        if daemon.database is not None:
            daemon.database.dispose()


def test_the_objects_a_watchlist_froze_are_freed_once_the_next_one_is_in_use() -> None:
    class Node:
        loop: Node

    node = Node()
    node.loop = node  # a cycle: only the collector can free it
    old = weakref.ref(node)
    try:
        freeze_long_lived_objects()  # while the watchlist that holds it is in use
        del node
        gc.collect()
        assert old() is not None  # frozen: full collections no longer walk it
        assert gc.get_freeze_count() > 0
        freeze_long_lived_objects()  # what a reload does
        assert old() is None
    finally:
        gc.unfreeze()
