"""`monitor run` as a real process against loopback feeds and a real database (SQLite)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.daemon_process import DaemonProcess, rows, scalar, wait_until
from tests.feeds_now import PEOPLE, WebhookReceiver, alerts_can_be_sent, filler, freed, news
from tests.http_feeds import FeedServer

INTERVAL = 2  # seconds: short, so the tests wait little (the daemon warns about it)
GRACE = 12  # "within its interval plus a few seconds", with room for a loaded CI machine
HOOK_ALERTS = 'alerts:\n  - name: hook\n    webhook: {url: "${HOOK_URL}"}\n'


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/news.rss", body=news(filler(1)))
        yield running


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'monitor.db'}"


def write_watchlist(path: Path, feeds: list[str], people: str = PEOPLE, alerts: str = "") -> Path:
    listing = "".join(f"\n  - url: {url}\n    interval: {INTERVAL}s" for url in feeds)
    path.write_text(people + "feeds:" + listing + "\n" + alerts)
    return path


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_a_new_entry_naming_a_watchlisted_person_is_stored_and_alerted_within_its_interval(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    with WebhookReceiver() as receiver:
        alerts = (
            'alerts:\n  - name: hook\n    webhook: {url: "${HOOK_URL}", secret: "${HOOK_SECRET}"}\n'
        )
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")], alerts=alerts)
        env = {"HOOK_URL": receiver.url, "HOOK_SECRET": "s3cret"}
        with DaemonProcess(watchlist, sqlite_url, env=env) as daemon:
            daemon.wait_for("feed pass")
            assert daemon.logged("feed polled more often than once a minute: servers may block us")
            server.route("/news.rss", body=news(filler(1), freed(1)))
            published = time.monotonic()

            def stored() -> bool:
                return scalar(sqlite_url, "SELECT count(*) FROM matches") == 1

            wait_until(stored, INTERVAL + GRACE, "the new entry's match")
            changes = rows(
                sqlite_url, "SELECT person_id, previous_status, new_status FROM status_changes"
            )
            assert changes == [("kozlov-vladimir", "imprisoned", "free")]
            queued = rows(sqlite_url, "SELECT route, kind FROM deliveries")
            assert queued == [("hook", "status_change")]
            if alerts_can_be_sent():
                left = INTERVAL + GRACE - (time.monotonic() - published)
                wait_until(receiver.posts, max(left, 1.0), "the alert")

                def recorded_as_sent() -> bool:  # the answer is recorded after the POST
                    return scalar(sqlite_url, "SELECT state FROM deliveries") == "sent"

                wait_until(recorded_as_sent, 10, "the delivery recorded as sent")
            passes = daemon.logged("feed pass")
            assert {p["outcome"] for p in passes} == {"ok"}
            assert sum(p["new_entries"] for p in passes) == 2
            assert daemon.stop() == 0


def test_sigterm_abandons_a_hanging_fetch_gives_its_lease_back_and_exits_0_within_10_s(
    tmp_path: Path, sqlite_url: str
) -> None:
    with FeedServer() as server:
        server.route("/slow.rss", body=news(filler(1)), delay=30)
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/slow.rss")])
        with DaemonProcess(watchlist, sqlite_url) as daemon:
            daemon.wait_for("started")
            wait_until(lambda: server.requests("/slow.rss"), 10, "the fetch to start")
            started = time.monotonic()
            assert daemon.stop(timeout=10) == 0
            assert time.monotonic() - started < 10
            assert daemon.logged("stopped")
        assert rows(sqlite_url, "SELECT lease_owner, last_status FROM feeds") == [(None, None)]


def test_sigint_also_stops_it_cleanly(tmp_path: Path, server: FeedServer, sqlite_url: str) -> None:
    watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")])
    with DaemonProcess(watchlist, sqlite_url) as daemon:
        daemon.wait_for("feed pass")
        daemon.signal(signal.SIGINT)
        assert daemon.wait(10) == 0


def test_an_invalid_watchlist_is_refused_on_sighup_and_the_old_one_kept(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    server.route("/other.rss", body=news(freed(1, "Serikzhan Bilash")))
    watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")])
    with DaemonProcess(watchlist, sqlite_url) as daemon:
        daemon.wait_for("feed pass")
        watchlist.write_text(PEOPLE + "  - id: kozlov-vladimir\n    name: V. Kozlov\n")
        daemon.signal(signal.SIGHUP)
        refused = daemon.wait_for("watchlist refused, keeping the one in use")
        assert any("duplicate 'kozlov-vladimir'" in p for p in refused["problems"])
        passes = len(daemon.logged("feed pass"))
        daemon.wait_for("feed pass", count=passes + 1)  # still polling with the old one
        assert daemon.process is not None and daemon.process.poll() is None

        # a valid change is picked up without a signal: the file is watched
        write_watchlist(watchlist, [server.url("/news.rss"), server.url("/other.rss")])
        reloaded = daemon.wait_for("watchlist reloaded")
        assert reloaded["feeds"] == 2

        def bilash_found() -> bool:
            found = "SELECT count(*) FROM matches WHERE person_id = 'bilash-serikzhan'"
            return scalar(sqlite_url, found) == 1

        wait_until(bilash_found, INTERVAL + 10, "the new feed's match")
        assert daemon.stop() == 0
    assert not [r for r in daemon.records() if r["level"] == "error" and "refused" not in r["msg"]]


def test_healthz_and_metrics_answer(tmp_path: Path, server: FeedServer, sqlite_url: str) -> None:
    server.route("/broken.rss", status=503, body=b"down")
    feeds = [server.url("/news.rss"), server.url("/broken.rss")]
    watchlist = write_watchlist(tmp_path / "w.yaml", feeds)
    with DaemonProcess(watchlist, sqlite_url) as daemon:
        port = daemon.health_port()
        daemon.wait_for("feed pass", count=2)
        assert get(f"http://127.0.0.1:{port}/healthz") == (200, "ok\n")
        status, metrics = get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        for line in (
            'monitor_feed_polls_total{outcome="ok"}',
            'monitor_feed_polls_total{outcome="error"}',
            'monitor_feed_failures_total{reason="http_5xx"}',
            "monitor_entries_total 1.0",
            "monitor_poll_pass_seconds_count",
        ):
            assert line in metrics, line
        assert get(f"http://127.0.0.1:{port}/nothing")[0] == 404
        assert daemon.stop() == 0


def test_logs_and_metrics_say_what_an_operator_needs_once(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    """A migration is logged once, by the start that migrates; a failed delivery at
    warning; /metrics has each feed's seconds since success and the outbox by state."""
    server.route("/news.rss", body=news(filler(1), freed(1)))
    server.route("/broken.rss", status=503, body=b"down")
    news_url, broken_url = server.url("/news.rss"), server.url("/broken.rss")
    closed = 'alerts:\n  - name: hook\n    webhook: {url: "http://127.0.0.1:9/hook"}\n'
    watchlist = write_watchlist(tmp_path / "w.yaml", [news_url, broken_url], alerts=closed)
    with DaemonProcess(watchlist, sqlite_url) as daemon:
        port = daemon.health_port()
        attempt = wait_until(lambda: daemon.logged("delivery attempt"), 30, "a delivery")[0]
        assert (attempt["level"], attempt["outcome"]) == ("warning", "retry")
        status, metrics = get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        assert re.search(rf'monitor_feed_seconds_since_success{{feed="{news_url}"}} \d', metrics)
        assert f'monitor_feed_seconds_since_success{{feed="{broken_url}"}} +Inf' in metrics
        assert 'monitor_outbox_deliveries{state="pending"} 1.0' in metrics
        assert 'monitor_outbox_deliveries{state="sent"} 0.0' in metrics
        [migrated] = daemon.logged("database schema upgraded")
        assert migrated["from_revision"] == "none" and migrated["to_revision"]
        assert daemon.stop() == 0
    with DaemonProcess(watchlist, sqlite_url) as again:
        again.wait_for("feed pass")
        assert again.stop() == 0
        assert not again.logged("database schema upgraded")


def test_a_second_daemon_on_the_same_sqlite_file_refuses_to_start(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")])
    with DaemonProcess(watchlist, sqlite_url) as first:
        first.wait_for("started")
        second = subprocess.run(
            [sys.executable, "-m", "monitor.app.cli", "run", "--watchlist", str(watchlist)],
            env=first.env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2
        assert "another monitor daemon (pid " in second.stderr
        assert "SQLite allows one; use PostgreSQL" in second.stderr
        assert first.process is not None and first.process.poll() is None
        assert first.stop() == 0


def test_a_feed_failing_longer_than_failing_after_alerts_the_admin_route_then_its_recovery(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    server.route("/down.rss", status=503, body=b"down")
    admin = (
        'alerts:\n  - name: admin\n    webhook: {url: "${HOOK_URL}"}\n'
        "source_health:\n  route: admin\n  failing_after: 1s\n"
    )
    watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/down.rss")], alerts=admin)
    env = {"HOOK_URL": "http://127.0.0.1:9/hook"}
    with DaemonProcess(watchlist, sqlite_url, env=env, extra_args=["--source-check", "0.3"]) as d:
        failing = d.wait_for("feed health")
        assert (failing["was"], failing["now"]) == ("ok", "failing")
        assert "http_5xx: HTTP 503" in failing["summary"]
        server.route("/down.rss", body=news(filler(1)))
        recovered = d.wait_for("feed health", count=2, timeout=30)  # after the back-off
        assert (recovered["was"], recovered["now"]) == ("failing", "ok")
        assert d.stop() == 0
    queued = rows(sqlite_url, "SELECT route, kind, source_state FROM deliveries ORDER BY id")
    assert queued == [("admin", "source_health", "failing"), ("admin", "source_health", "ok")]


@pytest.mark.skipif(not alerts_can_be_sent(), reason="the webhook channel is not there yet")
def test_sigterm_during_a_send_to_a_server_that_never_answers_still_exits_0_within_10_s(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    server.route("/news.rss", body=news(freed(1)))
    with WebhookReceiver(delay=60) as receiver:
        alerts = 'alerts:\n  - name: hook\n    webhook: {url: "${HOOK_URL}"}\n'
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url("/news.rss")], alerts=alerts)
        with DaemonProcess(watchlist, sqlite_url, env={"HOOK_URL": receiver.url}) as daemon:
            wait_until(receiver.posts, 20, "the alert to be on its way")
            started = time.monotonic()
            assert daemon.stop(timeout=10) == 0
            assert time.monotonic() - started < 10
            assert daemon.logged(
                "a job did not finish in time: exiting without it (a store in hand is "
                "rolled back, a send in hand is retried with the same key)"
            )
    # the attempt was logged before sending; the next start takes the delivery over
    assert rows(sqlite_url, "SELECT state, attempts FROM deliveries") == [("sending", 1)]
    assert rows(sqlite_url, "SELECT outcome FROM delivery_attempts") == [(None,)]


def test_an_item_dated_9999_costs_no_pass_and_the_other_feed_is_stored_and_alerted(
    tmp_path: Path, server: FeedServer, sqlite_url: str
) -> None:
    guid, title, text = freed(1)
    odd = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Odd</title>'
        f"<item><guid>{guid}</guid><title>{title}</title><description>{text}</description>"
        "<pubDate>Fri, 31 Dec 9999 23:00:00 +0000</pubDate></item></channel></rss>"
    ).encode()
    server.route("/odd.rss", body=odd)
    server.route("/news.rss", body=news(freed(2, "Serikzhan Bilash")))
    feeds = [server.url("/odd.rss"), server.url("/news.rss")]
    watchlist = write_watchlist(tmp_path / "w.yaml", feeds, alerts=HOOK_ALERTS)
    with DaemonProcess(watchlist, sqlite_url, env={"HOOK_URL": "http://127.0.0.1:9/"}) as daemon:
        daemon.wait_for("feed pass", count=2)
        assert daemon.stop() == 0
    assert not daemon.logged("polling pass failed")
    assert {p["outcome"] for p in daemon.logged("feed pass")} == {"ok"}
    changes = rows(sqlite_url, "SELECT person_id, new_status FROM status_changes ORDER BY 1")
    assert changes == [("bilash-serikzhan", "free"), ("kozlov-vladimir", "free")]
    assert scalar(sqlite_url, "SELECT count(*) FROM deliveries") == 2
    since = scalar(sqlite_url, "SELECT status_since FROM people WHERE id = 'kozlov-vladimir'")
    assert str(since) < "2100"  # dated at its fetch, not in year 9999
