"""Faults and replicas: `monitor run` killed with SIGKILL at random moments and restarted
(SQLite), and three replicas sharing one PostgreSQL database. Loopback feeds keep
gaining entries meanwhile. At the end every entry is stored once, and nothing
(match, event, story, status change, delivery) exists twice."""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.daemon_process import DaemonProcess, rows, scalar, wait_until
from tests.feeds_now import (
    WebhookReceiver,
    alerts_can_be_sent,
    filler,
    many_people,
    news,
    people_yaml,
)
from tests.http_feeds import FeedServer

PEOPLE = many_people(24)
ROUTES = 'alerts:\n  - name: hook\n    webhook: {url: "${HOOK_URL}", secret: "${HOOK_SECRET}"}\n'

# (what, query) pairs that must find nothing: natural keys that must be unique
DUPLICATES = [
    ("articles by url", "SELECT url FROM articles GROUP BY url HAVING count(*) > 1"),
    (
        "feed entries",
        "SELECT feed_id, guid FROM feed_entries GROUP BY feed_id, guid HAVING count(*) > 1",
    ),
    (
        "matches",
        "SELECT article_id, person_id FROM matches GROUP BY article_id, person_id "
        "HAVING count(*) > 1",
    ),
    (
        "events",
        'SELECT match_id, type, "current" FROM events GROUP BY match_id, type, "current" '
        "HAVING count(*) > 1",
    ),
    (
        "stories",
        "SELECT person_id, event_type FROM stories GROUP BY person_id, event_type "
        "HAVING count(*) > 1",
    ),
    (
        "status changes",
        "SELECT person_id, event_type FROM status_changes "
        "GROUP BY person_id, event_type HAVING count(*) > 1",
    ),
    (
        "deliveries",
        "SELECT route, status_change_id FROM deliveries WHERE reminder_of IS NULL "
        "GROUP BY route, status_change_id HAVING count(*) > 1",
    ),
]


class GrowingFeeds:
    """Feeds that gain entries over time; every entry ever added stays in its feed."""

    def __init__(self, server: FeedServer, paths: list[str]) -> None:
        self.server = server
        self.entries: dict[str, list[tuple[str, str, str]]] = {p: [] for p in paths}
        self.lock = threading.Lock()
        for path in paths:
            server.route(path, body=news())

    def add(self, path: str, entry: tuple[str, str, str]) -> None:
        with self.lock:
            self.entries[path].append(entry)
            self.server.route(path, body=news(*self.entries[path]))

    def guids(self) -> set[tuple[str, str]]:
        with self.lock:
            return {(self.server.url(p), e[0]) for p, items in self.entries.items() for e in items}


class Feeder:
    """Adds the planned entries one at a time, every ``every`` seconds, until stopped."""

    def __init__(
        self, feeds: GrowingFeeds, plan: Iterator[tuple[str, tuple[str, str, str]]], every: float
    ) -> None:
        self.feeds, self.plan, self.every = feeds, plan, every
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stopping.wait(self.every):
            step = next(self.plan, None)
            if step is None:
                return
            self.feeds.add(*step)

    def __enter__(self) -> Feeder:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)


def plan_for(paths: list[str]) -> list[tuple[str, tuple[str, str, str]]]:
    """Each person freed once in one feed and corroborated in another, with filler between."""
    plan = []
    for i, (_, name) in enumerate(PEOPLE):
        first, second = paths[i % len(paths)], paths[(i + 1) % len(paths)]
        plan.append(
            (
                first,
                (
                    f"freed-{i}",
                    f"{name} walks free",
                    f"{name} was released from prison this morning.",
                ),
            )
        )
        plan.append((second, filler(i)))
        if i % 3 == 0:  # another outlet runs the same story: corroboration, not a new alert
            plan.append(
                (
                    second,
                    (
                        f"also-freed-{i}",
                        f"{name} is out of prison",
                        f"Relatives said {name} was released on Monday after years behind bars.",
                    ),
                )
            )
    return plan


def write_watchlist(path: Path, feeds: list[str]) -> Path:
    listing = "".join(f"\n  - url: {url}\n    interval: 1s" for url in feeds)
    path.write_text(people_yaml(PEOPLE) + "feeds:" + listing + "\n" + ROUTES)
    return path


def all_stored(database_url: str, feeds: GrowingFeeds) -> bool:
    stored = rows(
        database_url,
        "SELECT feeds.url, feed_entries.guid FROM feed_entries "
        "JOIN feeds ON feeds.id = feed_entries.feed_id",
    )
    return set(stored) == feeds.guids()


def all_sent(database_url: str) -> bool:
    waiting = "SELECT count(*) FROM deliveries WHERE state IN ('pending', 'sending')"
    return scalar(database_url, waiting) == 0


def assert_nothing_twice(database_url: str, feeds: GrowingFeeds) -> None:
    for what, query in DUPLICATES:
        assert rows(database_url, query) == [], f"duplicate {what}"
    assert all_stored(database_url, feeds)
    entries = len(feeds.guids())
    assert scalar(database_url, "SELECT count(*) FROM articles") == entries
    changes = rows(
        database_url,
        "SELECT person_id, previous_status, new_status FROM status_changes ORDER BY person_id",
    )
    assert changes == sorted((pid, "detained", "free") for pid, _ in PEOPLE)
    assert scalar(database_url, "SELECT count(*) FROM deliveries") == len(PEOPLE)
    orphans = "SELECT count(*) FROM deliveries WHERE status_change_id IS NULL"
    assert scalar(database_url, orphans) == 0


@pytest.mark.slow
def test_kill_9_at_random_moments_then_restart_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    database_url = f"sqlite:///{tmp_path / 'monitor.db'}"
    paths = [f"/feed-{i}.rss" for i in range(4)]
    with FeedServer() as server, WebhookReceiver() as receiver:
        feeds = GrowingFeeds(server, paths)
        plan = iter(plan_for(paths))
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url(p) for p in paths])
        env = {"HOOK_URL": receiver.url, "HOOK_SECRET": "s3cret"}
        kills = []
        for _ in range(7):
            with (
                # the command itself: its kills while starting up land where they did before
                # forked starts (a kill in the first migration breaks the SQLite schema)
                DaemonProcess(
                    watchlist, database_url, tick=0.1, dispatch=0.5, env=env, forked=False
                ) as daemon,
                Feeder(feeds, plan, every=0.1),
            ):
                if rng.random() < 0.25:  # while starting up (migrating, syncing the watchlist)
                    delay = rng.uniform(0.0, 1.5)
                    threading.Event().wait(delay)
                else:  # while polling, storing and sending
                    daemon.wait_for("started")
                    delay = rng.uniform(0.0, 2.0)
                    threading.Event().wait(delay)
                daemon.kill()
                kills.append(round(delay, 2))
        for step in plan:  # whatever the kills left unpublished
            feeds.add(*step)
        context = f"seed {seed}, kills after {kills} s"
        with DaemonProcess(watchlist, database_url, tick=0.1, dispatch=0.5, env=env) as daemon:
            daemon.wait_for("started")
            wait_until(lambda: all_stored(database_url, feeds), 40, f"every entry ({context})")
            if alerts_can_be_sent():
                wait_until(lambda: all_sent(database_url), 30, f"every alert sent ({context})")
            assert daemon.stop() == 0, context
        assert_nothing_twice(database_url, feeds)
        if alerts_can_be_sent():  # at least once: a kill mid-send repeats the same key
            keys = {headers["x-monitor-delivery"] for headers, _ in receiver.posts()}
            assert keys == {k for (k,) in rows(database_url, "SELECT key FROM deliveries")}


@pytest.fixture
def postgres_database(postgres_url: str) -> str:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return postgres_url


@pytest.mark.slow
def test_three_replicas_on_postgresql_share_the_feeds_and_send_each_alert_once(
    tmp_path: Path, postgres_database: str
) -> None:
    database_url = postgres_database
    paths = [f"/feed-{i}.rss" for i in range(6)]
    with FeedServer() as server, WebhookReceiver() as receiver:
        feeds = GrowingFeeds(server, paths)
        watchlist = write_watchlist(tmp_path / "w.yaml", [server.url(p) for p in paths])
        env = {"HOOK_URL": receiver.url, "HOOK_SECRET": "s3cret"}
        replicas = [
            DaemonProcess(watchlist, database_url, tick=0.1, dispatch=0.3, env=env)
            for _ in range(3)
        ]
        try:
            for replica in replicas:
                replica.start()
            for replica in replicas:
                replica.wait_for("started")
            with Feeder(feeds, iter(plan_for(paths)), every=0.05) as feeder:
                feeder.thread.join(timeout=30)
            wait_until(lambda: all_stored(database_url, feeds), 30, "every entry")
            if alerts_can_be_sent():
                wait_until(lambda: all_sent(database_url), 30, "every alert sent")
            for replica in replicas:
                assert replica.stop() == 0
        finally:
            for replica in replicas:
                replica.kill()
        assert_nothing_twice(database_url, feeds)

        # one replica at a time per feed: no two passes of a feed overlap
        polls = rows(
            database_url,
            "SELECT feed_id, started_at, finished_at FROM polls ORDER BY feed_id, started_at",
        )
        for (feed, _, finished), (next_feed, next_started, _) in pairwise(polls):
            if feed == next_feed:
                assert next_started >= finished, f"feed {feed} polled twice at once"
        workers = {r["worker"] for replica in replicas for r in replica.logged("started")}
        assert len(workers) == 3
        passes = [len(replica.logged("feed pass")) for replica in replicas]
        assert sum(1 for n in passes if n) >= 2, f"the work was not shared: {passes}"

        if alerts_can_be_sent():  # each alert sent once: one attempt, one POST per key
            attempts = rows(
                database_url,
                "SELECT delivery_id, count(*) FROM delivery_attempts GROUP BY delivery_id",
            )
            assert len(attempts) == len(PEOPLE) and {n for _, n in attempts} == {1}
            keys = [headers["x-monitor-delivery"] for headers, _ in receiver.posts()]
            assert len(keys) == len(set(keys)) == len(PEOPLE)


def test_a_daemon_killed_with_parser_processes_leaves_its_names_to_the_next_start_to_remove(
    tmp_path: Path,
) -> None:
    temporary = tmp_path / "tmp"  # the daemons' temporary directory, theirs alone
    temporary.mkdir()
    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(people_yaml(PEOPLE))
    database_url = f"sqlite:///{tmp_path / 'monitor.db'}"
    workers, env = ["--parse-workers", "1"], {"TMPDIR": str(temporary)}

    def names_folders() -> list[Path]:
        return sorted(temporary.glob("monitor-names-*"))

    with DaemonProcess(watchlist, database_url, extra_args=workers, env=env) as crashed:
        crashed.wait_for("started")
        left = names_folders()
        assert len(left) == 1
        assert (left[0] / "owner").read_text() == f"{crashed.pid}\n"
        crashed.kill()
    assert names_folders() == left  # what a crash leaves behind

    with DaemonProcess(watchlist, database_url, extra_args=workers, env=env) as restarted:
        restarted.wait_for("started")
        now_there = names_folders()
        assert len(now_there) == 1 and now_there != left  # the dead daemon's folder is gone
        assert (now_there[0] / "owner").read_text() == f"{restarted.pid}\n"
        assert restarted.stop() == 0
    assert names_folders() == []
