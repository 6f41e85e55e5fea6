"""The database adapter, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, func, inspect, select

from monitor.adapters.db import articles, feeds, matches, people
from monitor.adapters.db.session import (
    Database,
    head_revision,
    migrate,
    open_database,
    schema_revision,
)
from monitor.adapters.db.tables import ArticleRow, Base, FeedRow, MatchRow, PersonRow
from monitor.core.entries import entry_keys
from monitor.core.intake import admit_entry
from monitor.core.outcomes import PollOutcome
from monitor.core.types import (
    Event,
    EventType,
    FeedConfig,
    Finding,
    Mention,
    ParsedEntry,
    Person,
    Status,
    Watchlist,
)
from tests import storage

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
KOZLOV = Person("kozlov-vladimir", "Vladimir Kozlov", status=Status.IMPRISONED)
BILASH = Person("bilash-serikzhan", "Serikzhan Bilash")
WATCHLIST = Watchlist(
    people=(KOZLOV, BILASH),
    feeds=(
        FeedConfig("https://news.example.org/rss"),
        FeedConfig("https://other.example.org/atom"),
    ),
)


def an_entry(title: str = "Kozlov freed", url: str = "https://news.example.org/a/1") -> ParsedEntry:
    return ParsedEntry(
        guid=url,
        url=url,
        title=title,
        text="Vladimir Kozlov walked out of the colony.",
        published=NOW - timedelta(hours=2),
    )


def a_finding() -> Finding:
    mention = Mention("kozlov-vladimir", 13, 28, "Vladimir Kozlov", "Vladimir Kozlov", 1.0)
    event = Event(
        "kozlov-vladimir",
        EventType.RELEASED,
        True,
        0.9,
        "Vladimir Kozlov walked out of the colony.",
        NOW.date(),
        "released.walked_out",
    )
    return Finding("kozlov-vladimir", (mention,), (event,))


def test_a_new_database_is_migrated_to_the_latest_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        assert schema_revision(connection) == head_revision()
        tables = set(inspect(connection).get_table_names())
    assert {"feeds", "articles", "feed_entries", "people", "matches", "events", "polls"} <= tables


def test_the_models_match_what_the_migrations_create(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrating_an_up_to_date_database_does_nothing(database: Database) -> None:
    assert migrate(database) is False


def test_opening_an_old_database_upgrades_it(database_url: str) -> None:
    old = open_database(database_url, upgrade=False)
    with old.engine.connect() as connection:
        assert schema_revision(connection) is None
    old.dispose()
    reopened = open_database(database_url)
    with reopened.engine.connect() as connection:
        assert schema_revision(connection) == head_revision()
    reopened.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path}/wal.db")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_times_come_back_as_aware_utc(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW.astimezone(timezone(timedelta(hours=5))))
    with database.transaction() as session:
        feed = session.scalars(select(FeedRow).order_by(FeedRow.id)).first()
        assert feed is not None
        assert feed.created_at == NOW
        assert feed.created_at.tzinfo is not None
        assert feed.created_at.utcoffset() == timedelta(0)


def test_syncing_the_watchlist_adds_people_with_their_known_status(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
    with database.transaction() as session:
        stored = {p.id: (p.status, p.active) for p in session.scalars(select(PersonRow))}
    assert stored == {
        "kozlov-vladimir": ("imprisoned", True),
        "bilash-serikzhan": ("unknown", True),
    }


def test_people_and_feeds_dropped_from_the_watchlist_become_inactive_not_deleted(
    database: Database,
) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
    smaller = Watchlist(people=(KOZLOV,), feeds=WATCHLIST.feeds[:1])
    with database.transaction() as session:
        people.sync_watchlist(session, smaller, NOW)
    with database.transaction() as session:
        assert session.get(PersonRow, "bilash-serikzhan").active is False  # type: ignore[union-attr]
        assert [f.url for f in storage.feeds_to_poll(session)] == ["https://news.example.org/rss"]
        assert len(feeds.list_feeds(session)) == 2


def test_an_article_is_found_again_by_its_canonical_url_or_its_text(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
        feed_id = storage.feeds_to_poll(session)[0].id
        article_id = storage.add_article(session, feed_id, entry_keys(an_entry()), an_entry(), NOW)
    tracked = an_entry(title="Another headline", url="https://news.example.org/a/1?utm_source=x")
    same_text = an_entry(url="https://mirror.example.net/copy")
    unrelated = an_entry(title="Unrelated story", url="https://news.example.org/a/2")
    with database.transaction() as session:
        assert (
            articles.known_articles(session, [entry_keys(tracked)]).find(entry_keys(tracked))
            == article_id
        )
        assert (
            articles.known_articles(session, [entry_keys(same_text)]).find(entry_keys(same_text))
            == article_id
        )
        assert (
            articles.known_articles(session, [entry_keys(unrelated)]).find(entry_keys(unrelated))
            is None
        )


def test_a_batch_of_articles_and_entries_is_stored_and_found_again_whole(
    database: Database,
) -> None:
    """More rows than a lookup sends at once, text the database must quote or escape, and
    empty columns: what a batch stores reads back the same, and the lookups find exactly
    the pairs and keys stored (not every feed crossed with every guid)."""
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
        first, second = (f.id for f in storage.feeds_to_poll(session))
    awkward = "quotes \" and ' and \\ back, {braces}, commas, NULL, Киев, \t tab"
    entries = [
        ParsedEntry(
            guid=f"guid-{i}",
            url=f"https://news.example.org/a/{i}" if i % 3 else None,
            title=f"Item {i}: {awkward}" if i % 2 else "NULL",
            text=f"Text {i} {awkward}",
            published=NOW - timedelta(minutes=i) if i % 4 else None,
            feed_text=awkward if i % 5 == 0 else None,
            full_text="page" if i % 5 == 0 else None,
        )
        for i in range(articles.CHUNK + 50)
    ]
    keyed = [entry_keys(e) for e in entries]
    owner = [first if i % 2 else second for i in range(len(entries))]
    items = [(f, k, admit_entry(e, NOW)) for f, k, e in zip(owner, keyed, entries, strict=True)]
    with database.transaction() as session:
        ids = articles.add_articles(session, items, NOW)
        articles.add_feed_entries(session, list(zip(owner, keyed, ids, strict=True)), NOW)
    with database.transaction() as session:
        stored = {row.id: row for row in session.scalars(select(ArticleRow))}
        wanted = [(f, k.guid_key) for f, k in zip(owner, keyed, strict=True)]
        crossed = [(f, k.guid_key) for f, k in zip(reversed(owner), keyed, strict=True)]
        seen = articles.known_guids(session, wanted + crossed)
        known = articles.known_articles(session, keyed)
        assert articles.known_guids(session, []) == set()
        assert articles.known_articles(session, []).by_hash == {}
    assert len(set(ids)) == len(entries)
    for article_id, entry, keys in zip(ids, entries, keyed, strict=True):
        row = stored[article_id]
        assert (row.title, row.text, row.url, row.content_hash) == (
            entry.title,
            entry.text,
            keys.url,
            keys.content_hash,
        )
        assert (row.published_at, row.feed_text, row.full_text) == (
            entry.published,
            entry.feed_text,
            entry.full_text,
        )
        assert known.find(keys) == article_id
    assert seen == set(wanted)


def test_a_match_is_listed_with_its_article_feed_and_events(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
        feed_id = storage.feeds_to_poll(session)[0].id
        keys = entry_keys(an_entry())
        article_id = storage.add_article(session, feed_id, keys, an_entry(), NOW)
        articles.add_feed_entries(session, [(feed_id, keys, article_id)], NOW)
        storage.save_match(session, article_id, a_finding(), NOW)
    with database.transaction() as session:
        [match] = matches.list_matches(session, matches.MatchSearch())
        assert (
            matches.list_matches(session, matches.MatchSearch(person_id="bilash-serikzhan")) == []
        )
        other_feed = matches.MatchSearch(feed_url="https://other.example.org/atom")
        assert matches.list_matches(session, other_feed) == []
        later = matches.MatchSearch(since=NOW + timedelta(seconds=1))
        assert matches.list_matches(session, later) == []
    assert (match.person_name, match.matched_text) == ("Vladimir Kozlov", "Vladimir Kozlov")
    assert (match.feed_url, match.article_url) == (WATCHLIST.feeds[0].url, keys.url)
    assert match.review_state == "unreviewed"
    assert [(e.type, e.current, e.date) for e in match.events] == [
        ("released", True, NOW.date().isoformat())
    ]


def test_a_failed_unit_of_work_leaves_nothing_behind(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
    with pytest.raises(RuntimeError), database.transaction() as session:
        feed_id = storage.feeds_to_poll(session)[0].id
        article_id = storage.add_article(session, feed_id, entry_keys(an_entry()), an_entry(), NOW)
        storage.save_match(session, article_id, a_finding(), NOW)
        raise RuntimeError("the process failed half-way through the feed")
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 0
        assert session.scalar(select(func.count()).select_from(MatchRow)) == 0


def test_a_failed_poll_counts_failures_and_a_success_clears_them(database: Database) -> None:
    with database.transaction() as session:
        people.sync_watchlist(session, WATCHLIST, NOW)
        feed_id = storage.feeds_to_poll(session)[0].id
    for attempt in range(2):
        with database.transaction() as session:
            feeds.record_poll(
                session,
                feeds.Poll(
                    feed_id,
                    started_at=NOW,
                    finished_at=NOW,
                    outcome=PollOutcome.ERROR,
                    next_poll_at=NOW + timedelta(minutes=30 * (attempt + 1)),
                    error_reason="http_5xx",
                    error_message="HTTP 500 Internal Server Error",
                ),
            )
    with database.transaction() as session:
        failing = feeds.list_feeds(session)[0]
        feeds.record_poll(
            session,
            feeds.Poll(
                feed_id,
                started_at=NOW,
                finished_at=NOW + timedelta(hours=1),
                outcome=PollOutcome.OK,
                next_poll_at=NOW + timedelta(hours=2),
                etag='"v2"',
                new_entries=1,
            ),
        )
    with database.transaction() as session:
        healthy = feeds.list_feeds(session)[0]
    assert (failing.last_status, failing.error_reason, failing.consecutive_failures) == (
        "error",
        "http_5xx",
        2,
    )
    assert failing.last_success_at is None
    assert (healthy.last_status, healthy.error_reason, healthy.consecutive_failures) == (
        "ok",
        None,
        0,
    )
    assert healthy.last_success_at == NOW + timedelta(hours=1)


def test_a_migration_stopped_halfway_leaves_no_table_behind(database_url: str) -> None:
    """A process killed while creating the schema must not leave half of it: the next
    start would find 'table feeds already exists' and never open the database again.
    A failure after the first tables stands in for the kill (neither commits)."""
    fresh = open_database(database_url, upgrade=False)
    created: list[str] = []

    def fail_at_the_third_table(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created.append(statement)
            if len(created) == 3:
                raise RuntimeError("the process stops here")

    event.listen(fresh.engine, "before_cursor_execute", fail_at_the_third_table)
    with pytest.raises(RuntimeError):
        migrate(fresh)
    event.remove(fresh.engine, "before_cursor_execute", fail_at_the_third_table)
    with fresh.engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    fresh.dispose()

    reopened = open_database(database_url)
    with reopened.engine.connect() as connection:
        assert schema_revision(connection) == head_revision()
    reopened.dispose()
