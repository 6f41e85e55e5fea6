"""Articles and the feed entries that carried them: what a polling pass looks up to
recognise an entry seen before (the same guid in this feed, the same text or canonical
URL in any feed), the multi-row inserts that store the new ones, and the stored
articles read back in order (`monitor reprocess`). A pass stores many feeds' entries at
once: on SQLite, lookups go ``CHUNK`` keys at a time (it takes at most 32,766 parameters
in a statement, and a feed may bring a thousand entries); on PostgreSQL each lookup and
insert is one statement whatever the batch's size, its keys and rows sent as arrays
(``bulk``).

serialize_stores                       one process stores entries at a time
known_guids / known_articles           what is stored already
add_articles / add_feed_entries        store new ones
stored_articles / articles_carried_by  read them back
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Select, Table, and_, any_, bindparam, func, or_, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from monitor.adapters.db.bulk import (
    array_params,
    insert_by_driver,
    insert_unnested,
    is_postgresql,
    unnested,
)
from monitor.adapters.db.session import core, take_write_lock
from monitor.adapters.db.tables import ArticleRow, FeedEntryRow, FeedRow
from monitor.core.entries import EntryKeys
from monitor.core.intake import AdmittedEntry

STORE_LOCK_ID = 0x73746F72  # PostgreSQL advisory lock: one replica stores entries at a time
CHUNK = 500  # keys a lookup sends at once
T = TypeVar("T")

# What a polling pass writes goes through these Core statements, built once: the ORM's
# unit of work and statement building cost more than the database work itself (about
# 4 ms a feed where the database needs 1). Bind names start with ``b_`` where a column
# of the same name is set by the statement's parameters.
ARTICLES = cast(Table, ArticleRow.__table__)
ENTRIES = cast(Table, FeedEntryRow.__table__)
KNOWN_GUIDS = select(ENTRIES.c.feed_id, ENTRIES.c.guid_key).where(
    ENTRIES.c.feed_id.in_(bindparam("feed_ids", expanding=True)),
    ENTRIES.c.guid_key.in_(bindparam("guid_keys", expanding=True)),
)
KNOWN_ARTICLES = select(ARTICLES.c.id, ARTICLES.c.content_hash, ARTICLES.c.url_key).where(
    or_(
        ARTICLES.c.content_hash.in_(bindparam("hashes", expanding=True)),
        ARTICLES.c.url_key.in_(bindparam("url_keys", expanding=True)),
    )
)
LAST_ARTICLE = select(func.max(ARTICLES.c.id))
ARTICLES_AFTER = select(ARTICLES.c.content_hash, ARTICLES.c.id).where(
    ARTICLES.c.id > bindparam("after")
)
ARTICLES_BY_HASH = select(ARTICLES.c.content_hash, ARTICLES.c.id).where(
    ARTICLES.c.content_hash.in_(bindparam("hashes", expanding=True))
)
# the same on PostgreSQL, each a statement for the whole batch (``bulk``)
ARTICLE_COLUMNS = (
    "feed_id",
    "url",
    "url_key",
    "content_hash",
    "title",
    "text",
    "published_at",
    "claimed_published_at",
    "first_seen_at",
    "full_text",
    "feed_text",
)
ENTRY_COLUMNS = ("feed_id", "guid_key", "guid", "article_id", "seen_at")
_WANTED = unnested(ENTRIES, ["feed_id", "guid_key"])
KNOWN_GUIDS_PG = select(ENTRIES.c.feed_id, ENTRIES.c.guid_key).join_from(
    ENTRIES,
    _WANTED,
    and_(ENTRIES.c.feed_id == _WANTED.c.feed_id, ENTRIES.c.guid_key == _WANTED.c.guid_key),
)
KNOWN_ARTICLES_PG = select(ARTICLES.c.id, ARTICLES.c.content_hash, ARTICLES.c.url_key).where(
    or_(
        ARTICLES.c.content_hash
        == any_(bindparam("hashes", type_=ARRAY(ARTICLES.c.content_hash.type))),
        ARTICLES.c.url_key == any_(bindparam("url_keys", type_=ARRAY(ARTICLES.c.url_key.type))),
    )
)
ADD_ARTICLES_PG = insert_unnested(ARTICLES, ARTICLE_COLUMNS).returning(
    ARTICLES.c.content_hash, ARTICLES.c.id
)
ADD_FEED_ENTRIES_PG = insert_unnested(ENTRIES, ENTRY_COLUMNS)


def serialize_stores(session: Session) -> None:
    """Wait until no other process is storing entries, and hold that until this transaction
    ends (see ``take_write_lock``). Two storing at once could both miss the other's
    uncommitted article or story, and store the news twice."""
    take_write_lock(session, STORE_LOCK_ID)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def known_guids(session: Session, wanted: Sequence[tuple[int, str]]) -> set[tuple[int, str]]:
    """Which of the (feed id, guid key) pairs are stored already."""
    connection = core(session)
    if is_postgresql(connection):
        if not wanted:
            return set()
        pairs = array_params(
            {"feed_id": [f for f, _ in wanted], "guid_key": [g for _, g in wanted]}
        )
        return {(feed_id, key) for feed_id, key in connection.execute(KNOWN_GUIDS_PG, pairs)}
    found: set[tuple[int, str]] = set()
    for chunk in chunks(wanted):
        params = {
            "feed_ids": sorted({feed_id for feed_id, _ in chunk}),
            "guid_keys": sorted({guid_key for _, guid_key in chunk}),
        }
        found.update((feed_id, key) for feed_id, key in connection.execute(KNOWN_GUIDS, params))
    return found.intersection(wanted)  # (a chunk's query matches its feeds x its keys)


@dataclass
class KnownArticles:
    """Stored articles by content hash and by canonical URL key, for a batch of passes."""

    by_hash: dict[str, int]
    by_url: dict[str, int]

    def find(self, keys: EntryKeys) -> int | None:
        """The stored article with the same text, else the same canonical URL, if any."""
        found = self.by_hash.get(keys.content_hash)
        if found is None and keys.url_key:
            found = self.by_url.get(keys.url_key)
        return found

    def remember(self, keys: EntryKeys, article_id: int) -> None:
        self.by_hash.setdefault(keys.content_hash, article_id)
        if keys.url_key:
            self.by_url.setdefault(keys.url_key, article_id)


def known_articles(session: Session, keys: Sequence[EntryKeys]) -> KnownArticles:
    """The stored articles any of ``keys`` would duplicate, in a query per ``CHUNK`` keys
    on SQLite, one on PostgreSQL (not one per entry)."""
    connection = core(session)
    postgresql = is_postgresql(connection)
    statement = KNOWN_ARTICLES_PG if postgresql else KNOWN_ARTICLES
    known = KnownArticles({}, {})
    for chunk in [keys] if postgresql and keys else chunks(keys):
        params = {
            "hashes": list({k.content_hash for k in chunk}),
            "url_keys": list({k.url_key for k in chunk if k.url_key}),
        }
        for article_id, content_hash, url_key in connection.execute(statement, params):
            known.by_hash[content_hash] = article_id
            if url_key:
                known.by_url[url_key] = article_id
    return known


def add_articles(
    session: Session, items: Sequence[tuple[int, EntryKeys, AdmittedEntry]], now: datetime
) -> list[int]:
    """Store new articles (feed id, keys, entry; their content hashes distinct) in one
    statement (SQLite: one executemany); their ids, in order."""
    if not items:
        return []
    connection = core(session)
    entries = [admitted.entry for _, _, admitted in items]
    values: dict[str, list[Any]] = {
        "feed_id": [feed_id for feed_id, _, _ in items],
        "url": [keys.url for _, keys, _ in items],
        "url_key": [keys.url_key for _, keys, _ in items],
        "content_hash": [keys.content_hash for _, keys, _ in items],
        "title": [entry.title for entry in entries],
        "text": [entry.text for entry in entries],
        "published_at": [entry.published for entry in entries],
        "claimed_published_at": [admitted.claimed_published for _, _, admitted in items],
        "full_text": [entry.full_text for entry in entries],
        "feed_text": [entry.feed_text for entry in entries],
    }
    if is_postgresql(connection):
        params = array_params(values, {"first_seen_at": now})
        ids = {h: i for h, i in connection.execute(ADD_ARTICLES_PG, params)}
    else:
        ids = add_articles_sqlite(connection, values, now)
    return [ids[keys.content_hash] for _, keys, _ in items]


def add_articles_sqlite(
    connection: Connection, values: dict[str, list[Any]], now: datetime
) -> dict[str, int]:
    """Insert by the driver's executemany, then read back the ids by content hash: those
    past the largest id before (the store holds the write lock, so no other process
    inserts meanwhile), and any other by its hash (never seen; no guess trusted)."""
    before = connection.execute(LAST_ARTICLE).scalar_one_or_none() or 0
    insert_by_driver(connection, ARTICLES, values, {"first_seen_at": now})
    ids = {h: i for h, i in connection.execute(ARTICLES_AFTER, {"after": before})}
    missing = [h for h in values["content_hash"] if h not in ids]
    for chunk in chunks(missing):
        ids.update((h, i) for h, i in connection.execute(ARTICLES_BY_HASH, {"hashes": list(chunk)}))
    return ids


def add_feed_entries(
    session: Session, entries: Sequence[tuple[int, EntryKeys, int]], now: datetime
) -> None:
    """Store (feed id, keys, article id) entries in one statement (SQLite: one
    executemany)."""
    if not entries:
        return
    connection = core(session)
    values: dict[str, list[Any]] = {
        "feed_id": [feed_id for feed_id, _, _ in entries],
        "guid_key": [keys.guid_key for _, keys, _ in entries],
        "guid": [keys.guid for _, keys, _ in entries],
        "article_id": [article_id for _, _, article_id in entries],
    }
    if is_postgresql(connection):
        connection.execute(ADD_FEED_ENTRIES_PG, array_params(values, {"seen_at": now}))
    else:
        insert_by_driver(connection, ENTRIES, values, {"seen_at": now})


@dataclass(frozen=True)
class StoredArticle:
    id: int
    title: str
    text: str
    url: str | None
    published: datetime | None
    first_seen_at: datetime


def stored_articles(session: Session, after_id: int, limit: int) -> list[StoredArticle]:
    """Stored articles in the order they were stored, ``limit`` at a time after ``after_id``."""
    query = select(ArticleRow).where(ArticleRow.id > after_id).order_by(ArticleRow.id).limit(limit)
    return [
        StoredArticle(row.id, row.title, row.text, row.url, row.published_at, row.first_seen_at)
        for row in session.scalars(query)
    ]


def articles_carried_by(feed_url: str) -> Select[int]:
    """The ids of the articles a feed carried (one article can come from several feeds)."""
    return (
        select(FeedEntryRow.article_id)
        .join(FeedRow, FeedEntryRow.feed_id == FeedRow.id)
        .where(FeedRow.url == feed_url)
    )
