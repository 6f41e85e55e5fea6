"""One feed's bad data costs that feed its pass, never the others', and never locks a status:
an item dated 9999 or 2099 is dated at its fetch time, a bug met while storing one feed is
recorded as that feed's failure (``unexpected``), and only a database outage fails the pass."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import DBAPIError

from monitor.adapters.db import feeds, people
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import ArticleRow, DeliveryRow, FeedRow, PersonRow, PollRow
from monitor.adapters.feeds.fetch import FetchedFeed
from monitor.adapters.feeds.parse import parse_feed
from monitor.app.cli import main
from monitor.app.pipeline import (
    Fetched,
    Pass,
    Pipeline,
    Unchanged,
    is_database_outage,
    store_together,
)
from monitor.core.types import AlertRoute, FeedConfig, Person, Status, Watchlist
from tests.http_feeds import FeedServer

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HOOK = AlertRoute("hook", "webhook", {"url": "http://127.0.0.1:9/", "secret": None})
WATCHLIST = Watchlist(
    people=(
        Person("kozlov-vladimir", "Vladimir Kozlov", status=Status.IMPRISONED),
        Person("bilash-serikzhan", "Serikzhan Bilash", status=Status.FREE),
    ),
    alerts=(HOOK,),
)


def feed(*items: tuple[str, str, str]) -> bytes:
    """An RSS document of (guid, RFC 822 pubDate, text) items."""
    entries = "".join(
        f"<item><guid>{guid}</guid><title>Report {guid}</title>"
        f"<description>{text}</description><pubDate>{published}</pubDate></item>"
        for guid, published, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"{entries}</channel></rss>"
    ).encode()


def rfc822(when: datetime) -> str:
    return format_datetime(when)


GOOD = feed(("g1", rfc822(NOW - timedelta(hours=1)), "Serikzhan Bilash was detained today."))
YEAR_9999 = feed(
    ("f1", "Fri, 31 Dec 9999 23:00:00 +0000", "Vladimir Kozlov was released from prison.")
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/good.rss", body=GOOD)
        running.route("/odd.rss", body=YEAR_9999)
        yield running


def a_pipeline(database: Database, server: FeedServer, clock: datetime = NOW) -> Pipeline:
    feeds = tuple(FeedConfig(server.url(path), 15 * 60) for path in ("/odd.rss", "/good.rss"))
    return Pipeline(
        database, replace(WATCHLIST, feeds=feeds), clock=lambda: clock, jitter=lambda: 0.0
    )


def fetched(pipeline: Pipeline, state: feeds.FeedState, body: bytes) -> Pass:
    """A pass that fetched ``body`` for the feed, unchanged since (ETag "v1")."""
    response = FetchedFeed(state.url, state.url, body, None, '"v1"', None, None, None)
    return Pass(pipeline, state, Fetched(response, parse_feed(body, state.url), None), NOW)


def statuses(database: Database) -> dict[str, tuple[str, datetime | None]]:
    with database.transaction() as session:
        rows = session.execute(select(PersonRow.id, PersonRow.status, PersonRow.status_since))
        return {person: (status, since) for person, status, since in rows}


def queued(database: Database) -> list[tuple[str, str]]:
    with database.transaction() as session:
        rows = session.execute(select(DeliveryRow.person_id, DeliveryRow.kind))
        return sorted((person, kind) for person, kind in rows)


def test_an_item_dated_9999_is_dated_at_its_fetch_and_the_pass_goes_on(
    database: Database, server: FeedServer
) -> None:
    reports = a_pipeline(database, server).poll_all()
    assert sorted(r.outcome for r in reports) == ["ok", "ok"]
    assert statuses(database) == {
        "kozlov-vladimir": ("free", NOW),  # not "free since 9999-12-31"
        "bilash-serikzhan": ("detained", datetime(2026, 12, 1, tzinfo=UTC)),  # "today"
    }
    assert queued(database) == [
        ("bilash-serikzhan", "status_change"),
        ("kozlov-vladimir", "status_change"),
    ]
    with database.transaction() as session:
        odd = session.scalars(select(ArticleRow).where(ArticleRow.title == "Report f1")).one()
        assert odd.published_at in (NOW, None)  # dated at its fetch, or no date read at all
        good = session.scalars(select(ArticleRow).where(ArticleRow.title == "Report g1")).one()
        assert (good.published_at, good.claimed_published_at) == (NOW - timedelta(hours=1), None)


def test_an_item_dated_2099_does_not_lock_the_status_against_later_news(
    database: Database, server: FeedServer
) -> None:
    server.route(
        "/odd.rss",
        body=feed(("f1", "Mon, 28 Dec 2099 10:00:00 +0000", "Vladimir Kozlov was released.")),
    )
    a_pipeline(database, server).poll_all()
    assert statuses(database)["kozlov-vladimir"] == ("free", NOW)
    with database.transaction() as session:
        odd = session.scalars(select(ArticleRow).where(ArticleRow.title == "Report f1")).one()
        assert odd.published_at == NOW  # dated at its fetch, the feed's word kept beside it
        assert odd.claimed_published_at == datetime(2099, 12, 28, 10, tzinfo=UTC)
    later = NOW + timedelta(days=3)
    server.route(
        "/good.rss",
        body=feed(
            ("g2", rfc822(later - timedelta(hours=1)), "Vladimir Kozlov was detained today.")
        ),
    )
    reports = a_pipeline(database, server, clock=later).poll_all()
    assert [c for r in reports for m in r.matches for c in m.changes] == ["free → detained"]
    assert statuses(database)["kozlov-vladimir"] == ("detained", datetime(2026, 12, 4, tzinfo=UTC))
    assert queued(database).count(("kozlov-vladimir", "status_change")) == 2


def test_a_bug_while_storing_one_feed_fails_that_feed_only(
    database: Database, server: FeedServer
) -> None:
    server.route(
        "/odd.rss", body=feed(("f1", rfc822(NOW), "Vladimir Kozlov was released from prison."))
    )
    pipeline = a_pipeline(database, server)
    # A scanner that breaks on Kozlov (it has no place for him in watchlist order): what a
    # bug met while analysing or storing one feed's items looks like.
    pipeline.scanner = replace(pipeline.scanner, order={"bilash-serikzhan": 0})
    reports = {r.url.rsplit("/", 1)[1]: r for r in pipeline.poll_all()}
    assert reports["good.rss"].outcome == "ok"
    odd = reports["odd.rss"]
    assert (odd.outcome, odd.error_reason) == ("error", "unexpected")
    assert odd.error_message == "while storing: KeyError: 'kozlov-vladimir'"
    assert statuses(database)["bilash-serikzhan"][0] == "detained"
    assert statuses(database)["kozlov-vladimir"][0] == "imprisoned"  # its store rolled back
    assert queued(database) == [("bilash-serikzhan", "status_change")]
    with database.transaction() as session:
        titles = session.scalars(select(ArticleRow.title)).all()
        health = {f.url.rsplit("/", 1)[1]: f for f in feeds.list_feeds(session)}
        polls = session.execute(select(PollRow.outcome, PollRow.error_reason)).all()
        leases = session.execute(select(FeedRow.lease_owner)).scalars().all()
    assert titles == ["Report g1"]
    failing = health["odd.rss"]  # what `monitor feeds` shows
    assert (failing.last_status, failing.error_reason, failing.consecutive_failures) == (
        "error",
        "unexpected",
        1,
    )
    assert failing.next_poll_at == NOW + timedelta(minutes=15)  # backed off, not every tick
    assert sorted(polls, key=str) == [("error", "unexpected"), ("ok", None)]
    assert leases == [None, None]


def test_passes_stored_together_where_one_feed_breaks_fail_that_feed_only(
    database: Database, server: FeedServer
) -> None:
    pipeline = a_pipeline(database, server)
    pipeline.sync_watchlist()
    pipeline.scanner = replace(pipeline.scanner, order={"bilash-serikzhan": 0})  # (as above)
    with database.transaction() as session:
        leased = feeds.claim_feeds(session, NOW, "monitor", timedelta(minutes=5), due_only=False)
    odd, good = sorted(leased, key=lambda f: f.url.endswith("good.rss"))

    released = feed(("f1", rfc822(NOW), "Vladimir Kozlov was released from prison."))
    reports = store_together([fetched(pipeline, good, GOOD), fetched(pipeline, odd, released)])
    assert (reports[good.id].outcome, reports[good.id].new_entries) == ("ok", 1)
    assert (reports[odd.id].outcome, reports[odd.id].error_reason) == ("error", "unexpected")
    assert queued(database) == [("bilash-serikzhan", "status_change")]
    with database.transaction() as session:
        titles = session.scalars(select(ArticleRow.title)).all()
        health = {f.url: f for f in feeds.list_feeds(session)}
    assert titles == ["Report g1"]  # the batch rolled back, then each feed went on its own
    assert health[good.url].last_status == "ok"
    assert (health[odd.url].last_status, health[odd.url].error_reason) == ("error", "unexpected")


def test_a_database_outage_is_the_pass_s_problem_bad_data_is_the_feed_s(
    database_url: str,
) -> None:
    unreachable = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(DBAPIError) as outage:
        unreachable.connect()
    unreachable.dispose()
    assert is_database_outage(outage.value)
    assert not is_database_outage(KeyError("kozlov-vladimir"))
    assert not is_database_outage(OverflowError("date value out of range"))
    engine = create_engine(database_url)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (n INTEGER NOT NULL)")
        connection.exec_driver_sql("INSERT INTO t (n) VALUES (NULL)")  # an IntegrityError
    engine.dispose()
    assert not is_database_outage(refused.value)


def test_a_not_modified_pass_that_cannot_be_recorded_fails_its_feed_only(
    database: Database, server: FeedServer
) -> None:
    pipeline = a_pipeline(database, server)
    pipeline.sync_watchlist()
    with database.transaction() as session:
        leased = feeds.claim_feeds(session, NOW, "monitor", timedelta(minutes=5), due_only=False)
    odd, good = sorted(leased, key=lambda f: f.url.endswith("good.rss"))
    later = NOW + timedelta(minutes=15)
    batch = [
        Unchanged(pipeline, good, feeds.UnchangedPoll(good.id, NOW, NOW, later, '"v1"', None)),
        Unchanged(
            pipeline,
            odd,
            feeds.UnchangedPoll(odd.id, NOW, NOW, later.replace(tzinfo=None), None, None),
        ),  # a bug
    ]
    reports = store_together(batch)
    failed = {i: r for i, r in reports.items() if r.outcome == "error"}
    assert list(failed) == [odd.id] and failed[odd.id].error_reason == "unexpected"
    assert reports[good.id].outcome == "not_modified"
    assert "naive datetime" in (failed[odd.id].error_message or "")
    with database.transaction() as session:
        health = {f.url: f for f in feeds.list_feeds(session)}
    assert health[good.url].last_status == "not_modified"
    assert (health[odd.url].last_status, health[odd.url].error_reason) == ("error", "unexpected")


@pytest.mark.parametrize(
    ("status", "header"),
    [(200, "Cache-Control"), (200, "Retry-After"), (503, "Retry-After")],
    ids=["max-age", "retry-after", "retry-after-503"],
)
def test_a_feed_with_an_absurd_cache_hint_never_costs_the_pass(
    database: Database, server: FeedServer, status: int, header: str
) -> None:
    """The fetch adapter clamps these hints; whatever it makes of them, the other feed of
    the pass is stored and alerted, and the odd one is polled again at a time it names."""
    value = "max-age=99999999999999999999" if header == "Cache-Control" else "9" * 20
    server.route("/odd.rss", status=status, body=YEAR_9999, headers={header: value})
    reports = {r.url.rsplit("/", 1)[1]: r for r in a_pipeline(database, server).poll_all()}
    assert reports["good.rss"].outcome == "ok"
    assert statuses(database)["bilash-serikzhan"][0] == "detained"
    odd = reports["odd.rss"]
    # clamped, the hint costs nothing: a 200 is stored (its 9999 item dated at the fetch)
    assert odd.outcome == ("ok" if status == 200 else "error") and odd.next_poll_at is not None
    alerted = [("bilash-serikzhan", "status_change")]
    if status == 200:
        alerted.append(("kozlov-vladimir", "status_change"))
    assert sorted(queued(database)) == alerted
    assert odd.next_poll_at > NOW
    with database.transaction() as session:
        health = {f.url.rsplit("/", 1)[1]: f for f in feeds.list_feeds(session)}
    assert health["odd.rss"].last_status == odd.outcome
    assert health["odd.rss"].next_poll_at == odd.next_poll_at


def test_monitor_poll_once_goes_on_past_an_odd_feed_and_monitor_feeds_shows_it(
    tmp_path: Path,
    server: FeedServer,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.route("/odd.rss", body=YEAR_9999, headers={"Retry-After": "9" * 20})
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(
        "people:\n  - id: bilash-serikzhan\n    name: Serikzhan Bilash\n    status: free\n"
        "  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n    status: imprisoned\n"
        f"feeds:\n  - url: {server.url('/odd.rss')}\n  - url: {server.url('/good.rss')}\n"
    )
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
    status = main(["poll", "--once", "--watchlist", str(watchlist)])
    out, err = capsys.readouterr()
    assert status == 0 and "Traceback" not in out + err
    assert "Serikzhan Bilash" in out
    assert main(["feeds", "--format", "json", "--watchlist", str(watchlist)]) == 0
    feeds = {f["url"].rsplit("/", 1)[1]: f for f in json.loads(capsys.readouterr().out)}
    assert feeds["good.rss"]["last_status"] == "ok"
    assert feeds["odd.rss"]["last_status"] in ("ok", "error")
    assert feeds["odd.rss"]["next_poll_at"] is not None


def test_a_batch_whose_findings_the_database_refuses_fails_that_feed_only(
    database: Database, server: FeedServer
) -> None:
    """Findings are recorded for the whole batch at once (``app/record.py``): when the
    database refuses one feed's (here a match of someone it does not know), the batch is
    stored again feed by feed, and the others' status changes and alerts are kept once."""
    pipeline = a_pipeline(database, server)
    with database.transaction() as session:  # the database knows Bilash, not Kozlov
        known = replace(pipeline.watchlist, people=WATCHLIST.people[1:])
        people.sync_watchlist(session, known, NOW)
        leased = feeds.claim_feeds(session, NOW, "monitor", timedelta(minutes=5), due_only=False)
    odd, good = sorted(leased, key=lambda f: f.url.endswith("good.rss"))

    released = feed(("f1", rfc822(NOW), "Vladimir Kozlov was released from prison."))
    reports = store_together([fetched(pipeline, odd, released), fetched(pipeline, good, GOOD)])
    assert (reports[good.id].outcome, reports[good.id].new_entries) == ("ok", 1)
    assert [m.changes for m in reports[good.id].matches] == [("free → detained",)]
    assert (reports[odd.id].outcome, reports[odd.id].error_reason) == ("error", "unexpected")
    assert "IntegrityError" in (reports[odd.id].error_message or "")
    assert statuses(database) == {
        "bilash-serikzhan": ("detained", datetime(2026, 12, 1, tzinfo=UTC))
    }
    assert queued(database) == [("bilash-serikzhan", "status_change")]
    with database.transaction() as session:
        titles = session.scalars(select(ArticleRow.title)).all()
    assert titles == ["Report g1"]
