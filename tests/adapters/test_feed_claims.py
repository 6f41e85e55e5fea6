"""Claiming feeds at scale, on both databases: more feeds than one statement may name
(PostgreSQL takes 65,535 parameters in a statement, SQLite 32,766 where built so) are
claimed in one call, ``IDS_AT_ONCE`` ids a statement, each once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from monitor.adapters.db import feeds
from monitor.adapters.db.session import Database
from monitor.adapters.db.tables import FeedRow

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def add_feeds(database: Database, count: int) -> None:
    with database.transaction() as session:
        session.execute(
            insert(FeedRow),
            [{"url": f"https://news.example.org/{i}/rss", "created_at": NOW} for i in range(count)],
        )


def test_feeds_claimed_a_few_ids_at_a_time_are_each_claimed_once(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feeds, "IDS_AT_ONCE", 2)
    add_feeds(database, 5)
    with database.transaction() as session:
        first = feeds.claim_feeds(session, NOW, "a", LEASE, due_only=False, limit=3)
        rest = feeds.claim_feeds(session, NOW, "b", LEASE, due_only=False)
    assert len(first) == 3 and len(rest) == 2
    assert [f.id for f in first] == sorted(f.id for f in first)
    assert sorted(f.id for f in first + rest) == sorted({f.id for f in first + rest})
    with database.transaction() as session:
        owners = dict(session.execute(select(FeedRow.id, FeedRow.lease_owner)).all())
        feeds.release_feeds(session, [f.id for f in first], "a")
        released = dict(session.execute(select(FeedRow.id, FeedRow.lease_owner)).all())
    assert sorted(owners.values()) == ["a", "a", "a", "b", "b"]
    assert sorted(released.values(), key=str) == [None, None, None, "b", "b"]
