"""Migration 0010 on a database that stored items under dates no longer trusted: they are
dated at their first sight, the feed's date kept as claimed; believable dates stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import command

from monitor.adapters.db.session import alembic_config, migrate, open_database
from monitor.adapters.db.tables import ArticleRow, UTCDateTime

SEEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FEEDS = sa.table(
    "feeds",
    sa.column("id", sa.Integer),
    sa.column("url", sa.Text),
    sa.column("active", sa.Boolean),
    sa.column("interval_seconds", sa.Integer),
    sa.column("consecutive_failures", sa.Integer),
    sa.column("created_at", UTCDateTime()),
)
ARTICLES = sa.table(
    "articles",
    sa.column("feed_id", sa.Integer),
    sa.column("content_hash", sa.String),
    sa.column("title", sa.Text),
    sa.column("text", sa.Text),
    sa.column("published_at", UTCDateTime()),
    sa.column("first_seen_at", UTCDateTime()),
)
STORED = {
    "2099": datetime(2099, 12, 28, 10, tzinfo=UTC),
    "1985": datetime(1985, 5, 1, tzinfo=UTC),
    "hours-ahead": SEEN + timedelta(hours=20),
    "last-week": SEEN - timedelta(days=7),
    "none": None,
}


def test_migration_0010_dates_untrusted_articles_at_first_sight(database_url: str) -> None:
    database = open_database(database_url, upgrade=False)
    try:
        with database.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0008")
            connection.execute(
                FEEDS.insert(),
                [
                    {
                        "id": 1,
                        "url": "https://news.example.org/rss",
                        "active": True,
                        "interval_seconds": 900,
                        "consecutive_failures": 0,
                        "created_at": SEEN,
                    }
                ],
            )
            connection.execute(
                ARTICLES.insert(),
                [
                    {
                        "feed_id": 1,
                        "content_hash": title,
                        "title": title,
                        "text": title,
                        "published_at": published,
                        "first_seen_at": SEEN,
                    }
                    for title, published in STORED.items()
                ],
            )
        assert migrate(database)
        with database.transaction() as session:
            rows = session.execute(
                sa.select(
                    ArticleRow.title, ArticleRow.published_at, ArticleRow.claimed_published_at
                )
            )
            dates = {title: (published, claimed) for title, published, claimed in rows}
    finally:
        database.dispose()
    assert dates == {
        "2099": (SEEN, STORED["2099"]),
        "1985": (SEEN, STORED["1985"]),
        "hours-ahead": (STORED["hours-ahead"], None),
        "last-week": (STORED["last-week"], None),
        "none": (None, None),
    }
