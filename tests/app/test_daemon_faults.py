"""`monitor run` under real faults: a slow feed, a locked SQLite file, a PostgreSQL
database that refuses connections or writes. Each fault is made for real (a trickling
loopback server, a lock held by the test, the database's own settings) in a database
of the test's own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from monitor.adapters.db.session import open_database
from monitor.adapters.settings import load_settings
from monitor.app.daemon import Daemon, DaemonOptions
from monitor.core.schedule import RetryPolicy
from monitor.core.types import FeedConfig, Person, Watchlist
from tests.app.test_daemon import HOOK_ALERTS as HOOK
from tests.app.test_daemon import INTERVAL, get, write_watchlist
from tests.conftest import DEFAULT_POSTGRES
from tests.daemon_process import REPO, DaemonProcess, rows, wait_until
from tests.feeds_now import WebhookReceiver, filler, freed, news
from tests.http_feeds import FeedServer

GRACE = 12  # seconds: room for a loaded machine, never a timing assertion


def health(port: int) -> tuple[int, dict[str, str] | str]:
    status, body = get(f"http://127.0.0.1:{port}/healthz")
    return status, (json.loads(body) if status == 503 else body)


def degraded_for(port: int, reason: str) -> bool:
    status, body = health(port)
    return status == 503 and isinstance(body, dict) and body["reason"] == reason


def passes_of(daemon: DaemonProcess, url: str) -> list[dict[str, object]]:
    return [r for r in daemon.logged("feed pass") if r["feed"] == url]


def tracebacks(daemon: DaemonProcess, message: str) -> int:
    return sum(1 for r in daemon.logged(message) if "exception" in r)


# --- a slow feed --------------------------------------------------------------------------


def test_a_trickling_feed_holds_one_place_and_the_feed_beside_it_keeps_its_interval(
    tmp_path: Path,
) -> None:
    with FeedServer() as server:
        server.route("/fast.rss", body=news(filler(1)))
        server.route("/slow.rss", body=news(filler(2)), trickle=0.5)  # minutes of body
        slow_url = server.url("/slow.rss")
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/fast.rss"), slow_url])
        with DaemonProcess(watchlist, f"sqlite:///{tmp_path / 'm.db'}") as daemon:
            wait_until(lambda: server.requests("/slow.rss"), 20, "the slow fetch to start")
            before = len(server.requests("/fast.rss"))

            def polled_three_more_times() -> bool:
                return len(server.requests("/fast.rss")) >= before + 3

            wait_until(polled_three_more_times, 3 * INTERVAL + GRACE, "three fast polls")
            assert len(server.requests("/slow.rss")) == 1  # still its first fetch...
            assert passes_of(daemon, slow_url) == []  # ...still in flight
            assert daemon.stop() == 0
        assert rows(f"sqlite:///{tmp_path / 'm.db'}", "SELECT lease_owner FROM feeds") == [
            (None,),
            (None,),
        ]


# --- SQLite: a lock held longer than the daemon waits -------------------------------------


def test_a_locked_sqlite_file_shows_on_healthz_and_polling_resumes_once_it_is_free(
    tmp_path: Path,
) -> None:
    """A feed is in flight when the test locks the file: storing its pass fails, and so do
    the ticks. /healthz says why, each failure is one line (one traceback), and once the
    lock is gone the feed's lease is given back and it is polled again at once."""
    path = tmp_path / "m.db"
    url = f"sqlite:///{path}?timeout=0.5"  # the daemon waits half a second for a lock
    with FeedServer() as server:
        server.route("/news.rss", body=news(filler(1)), delay=3.0)
        feed = server.url("/news.rss")
        watchlist = write_watchlist(tmp_path / "w.yaml", [feed])
        with DaemonProcess(watchlist, url) as daemon:
            port = daemon.health_port()
            wait_until(lambda: passes_of(daemon, feed), 20, "a first pass")
            seen = len(server.requests("/news.rss"))
            wait_until(lambda: len(server.requests("/news.rss")) > seen, 20, "the next fetch")
            locker = sqlite3.connect(path, isolation_level=None)
            try:
                locker.execute("BEGIN EXCLUSIVE")
                wait_until(lambda: degraded_for(port, "locked"), 20, "/healthz: locked")
                failures = wait_until(
                    lambda: [r for r in daemon.logged("polling failed") if r.get("feed")],
                    20,
                    "the feed's store to fail",
                )
                assert failures[0]["reason"] == "locked"
                wait_until(lambda: len(daemon.logged("polling failed")) >= 4, 20, "more ticks")
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            passes = len(passes_of(daemon, feed))
            wait_until(lambda: health(port) == (200, "ok\n"), INTERVAL + GRACE, "/healthz: ok")
            wait_until(
                lambda: len(passes_of(daemon, feed)) > passes, INTERVAL + GRACE, "a new pass"
            )
            assert daemon.logged("gave back what a failed pass held")
            assert daemon.logged("polling works again")
            assert tracebacks(daemon, "polling failed") == 1
            assert daemon.stop() == 0


# --- PostgreSQL: a database of the test's own, made to refuse -----------------------------


@dataclass(frozen=True)
class OwnDatabase:
    url: str
    name: str
    admin: Engine

    def alter(self, setting: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{self.name}" {setting}'))

    def cut_connections(self) -> int:
        with self.admin.connect() as connection:
            return len(
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": self.name},
                ).all()
            )


@pytest.fixture
def own_postgres(postgres_url: str) -> Iterator[OwnDatabase]:
    """A new PostgreSQL database whose settings the test may change (dropped after)."""
    admin_url = os.environ.get("MONITOR_TEST_POSTGRES_URL", DEFAULT_POSTGRES)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"monitor_fault_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        yield OwnDatabase(url, name, admin)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_postgresql_refusing_connections_mid_run_is_degraded_then_polling_resumes(
    tmp_path: Path, own_postgres: OwnDatabase
) -> None:
    with FeedServer() as server:
        server.route("/news.rss", body=news(filler(1)), delay=1.0)
        feed = server.url("/news.rss")
        watchlist = write_watchlist(tmp_path / "w.yaml", [feed])
        with DaemonProcess(watchlist, own_postgres.url) as daemon:
            port = daemon.health_port()
            wait_until(lambda: passes_of(daemon, feed), 20, "a first pass")
            seen = len(server.requests("/news.rss"))
            wait_until(lambda: len(server.requests("/news.rss")) > seen, 20, "the next fetch")
            own_postgres.alter("ALLOW_CONNECTIONS false")  # as if the server were down
            own_postgres.cut_connections()
            try:
                wait_until(lambda: degraded_for(port, "unreachable"), 20, "/healthz: unreachable")
                wait_until(lambda: len(daemon.logged("polling failed")) >= 3, 20, "failures")
            finally:
                own_postgres.alter("ALLOW_CONNECTIONS true")
            passes = len(passes_of(daemon, feed))
            wait_until(lambda: health(port) == (200, "ok\n"), INTERVAL + GRACE, "/healthz: ok")
            wait_until(
                lambda: len(passes_of(daemon, feed)) > passes, INTERVAL + GRACE, "a new pass"
            )
            assert tracebacks(daemon, "polling failed") <= 2  # once per kind of error
            assert daemon.stop() == 0
        assert rows(own_postgres.url, "SELECT lease_owner FROM feeds") == [(None,)]


def test_postgresql_made_read_only_under_a_running_daemon_shows_on_healthz(
    tmp_path: Path, own_postgres: OwnDatabase
) -> None:
    with FeedServer() as server:
        server.route("/news.rss", body=news(filler(1)))
        feed = server.url("/news.rss")
        watchlist = write_watchlist(tmp_path / "w.yaml", [feed])
        with DaemonProcess(watchlist, own_postgres.url) as daemon:
            port = daemon.health_port()
            wait_until(lambda: passes_of(daemon, feed), 20, "a first pass")
            own_postgres.alter("SET default_transaction_read_only = on")
            own_postgres.cut_connections()  # new sessions take the setting
            wait_until(lambda: degraded_for(port, "read_only"), 20, "/healthz: read_only")
            body = health(port)[1]
            assert isinstance(body, dict) and "read-only" in body["detail"]
            wait_until(lambda: len(daemon.logged("polling failed")) >= 3, 20, "failures")
            assert {r["reason"] for r in daemon.logged("polling failed")} == {"read_only"}
            assert tracebacks(daemon, "polling failed") == 1
            assert daemon.stop() == 0


def test_starting_on_a_read_only_postgresql_database_is_one_line_and_exit_1(
    tmp_path: Path, own_postgres: OwnDatabase
) -> None:
    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"
        "feeds:\n  - url: https://news.example.org/rss\n    interval: 1h\n"
    )
    command = [sys.executable, "-m", "monitor.app.cli"]
    env = os.environ | {"MONITOR_DATABASE_URL": own_postgres.url, "PYTHONPATH": str(REPO)}
    upgrade = subprocess.run([*command, "db", "upgrade"], env=env, capture_output=True, timeout=60)
    assert upgrade.returncode == 0, upgrade.stderr
    own_postgres.alter("SET default_transaction_read_only = on")
    started = subprocess.run(
        [*command, "run", "--watchlist", str(watchlist), "--health-port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 1
    lines = started.stderr.strip().splitlines()
    assert len(lines) == 1, started.stderr
    assert lines[0].startswith("monitor run: the database at postgresql+psycopg://")
    assert "is read-only: cannot execute" in lines[0]


def test_nothing_polled_for_twice_the_shortest_interval_is_stalled(tmp_path: Path) -> None:
    settings = load_settings({"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    feeds = (FeedConfig("https://a.example.org/rss", 60), FeedConfig("https://b.example.org/rss"))
    watchlist = Watchlist(people=(Person("kozlov-vladimir", "Vladimir Kozlov"),), feeds=feeds)
    daemon = Daemon(settings, watchlist, {}, DaemonOptions(), RetryPolicy())
    daemon.database = open_database(settings.database_url)
    daemon.scheduler.start(paused=True)
    try:
        daemon.last_polled = time.monotonic() - 100  # the last pass, 100 s ago: fine
        assert daemon.health_problem() is None
        daemon.last_polled = time.monotonic() - 130  # over twice the 60 s feed's interval
        problem = daemon.health_problem()
        assert problem is not None and problem.reason == "stalled"
        assert problem.detail.startswith("no polling pass for 130 s")
    finally:
        daemon.scheduler.shutdown(wait=False)
        daemon.database.dispose()


def test_a_dispatch_that_failed_mid_send_gives_its_claims_back_once_the_database_is_back(
    tmp_path: Path,
) -> None:
    """The test locks the file while a webhook is being answered: recording the answer
    fails, and the delivery stays claimed. Once the lock is gone, the next dispatch ends
    that claim at once (not after its five-minute lease) and sends the alert again with
    the same key, which is the at-least-once window receivers de-duplicate."""
    path = tmp_path / "m.db"
    url = f"sqlite:///{path}?timeout=0.5"
    with FeedServer() as server, WebhookReceiver(delay=3.0) as receiver:
        server.route("/news.rss", body=news(filler(1), freed(1)))
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")], alerts=HOOK)
        with DaemonProcess(watchlist, url, env={"HOOK_URL": receiver.url}) as daemon:
            wait_until(receiver.posts, 30, "the webhook to be called")
            locker = sqlite3.connect(path, isolation_level=None)
            try:
                locker.execute("BEGIN EXCLUSIVE")
                wait_until(lambda: daemon.logged("dispatch failed"), 30, "the dispatch to fail")
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            wait_until(lambda: len(receiver.posts()) >= 2, GRACE + 10, "the alert sent again")
            wait_until(
                lambda: rows(url, "SELECT state FROM deliveries") == [("sent",)],
                GRACE + 10,
                "the delivery recorded as sent",
            )
            assert daemon.logged("gave back what a failed dispatch held")
            keys = {headers["x-monitor-delivery"] for headers, _ in receiver.posts()}
            assert len(keys) == 1  # the same delivery, under the same key
            assert daemon.stop() == 0
