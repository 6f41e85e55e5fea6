"""Many feeds' new entries stored in one transaction: what is stored already is looked up
for the whole batch in a few queries (not a few per feed), and the new rows go in with
one multi-row INSERT per table. Lookups go ``CHUNK`` keys at a time: SQLite takes at
most 32,766 parameters in a statement, and a feed may bring a thousand entries.

known_guids       (feed id, guid key) pairs seen before
known_articles    stored articles with the same text or canonical URL
add_articles / add_feed_entries    the multi-row inserts
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, insert, or_, select
from sqlalchemy.orm import Session

from monitor.adapters.db.repo import KnownArticles
from monitor.adapters.db.session import core
from monitor.adapters.db.tables import ArticleRow, FeedEntryRow
from monitor.core.entries import EntryKeys
from monitor.core.intake import AdmittedEntry

CHUNK = 500  # keys a lookup sends at once
T = TypeVar("T")

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
ADD_ARTICLES = insert(ARTICLES).returning(ARTICLES.c.content_hash, ARTICLES.c.id)
ADD_FEED_ENTRIES = insert(ENTRIES)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def known_guids(session: Session, wanted: Sequence[tuple[int, str]]) -> set[tuple[int, str]]:
    """Which of the (feed id, guid key) pairs are stored already."""
    connection = core(session)
    found: set[tuple[int, str]] = set()
    for chunk in chunks(wanted):
        params = {
            "feed_ids": sorted({feed_id for feed_id, _ in chunk}),
            "guid_keys": sorted({guid_key for _, guid_key in chunk}),
        }
        found.update((feed_id, key) for feed_id, key in connection.execute(KNOWN_GUIDS, params))
    return found.intersection(wanted)  # (a chunk's query matches its feeds x its keys)


def known_articles(session: Session, keys: Sequence[EntryKeys]) -> KnownArticles:
    """The stored articles any of ``keys`` would duplicate (``repo.known_articles`` for
    a batch of any size)."""
    connection = core(session)
    known = KnownArticles({}, {})
    for chunk in chunks(keys):
        params = {
            "hashes": list({k.content_hash for k in chunk}),
            "url_keys": list({k.url_key for k in chunk if k.url_key}),
        }
        for article_id, content_hash, url_key in connection.execute(KNOWN_ARTICLES, params):
            known.by_hash[content_hash] = article_id
            if url_key:
                known.by_url[url_key] = article_id
    return known


def add_articles(
    session: Session, items: Sequence[tuple[int, EntryKeys, AdmittedEntry]], now: datetime
) -> list[int]:
    """Store new articles (feed id, keys, entry; their content hashes distinct) in one
    multi-row INSERT; their ids, in order. The INSERT returns each id with its content
    hash: SQLite does not return the rows of a multi-row INSERT in order."""
    if not items:
        return []
    returned = core(session).execute(
        ADD_ARTICLES,
        [
            {
                "feed_id": feed_id,
                "url": keys.url,
                "url_key": keys.url_key,
                "content_hash": keys.content_hash,
                "title": admitted.entry.title,
                "text": admitted.entry.text,
                "published_at": admitted.entry.published,
                "claimed_published_at": admitted.claimed_published,
                "first_seen_at": now,
                "full_text": admitted.entry.full_text,
                "feed_text": admitted.entry.feed_text,
            }
            for feed_id, keys, admitted in items
        ],
    )
    ids = {content_hash: article_id for content_hash, article_id in returned}
    return [ids[keys.content_hash] for _, keys, _ in items]


def add_feed_entries(
    session: Session, entries: Sequence[tuple[int, EntryKeys, int]], now: datetime
) -> None:
    """Store (feed id, keys, article id) entries in one executemany."""
    if entries:
        core(session).execute(
            ADD_FEED_ENTRIES,
            [
                {
                    "feed_id": feed_id,
                    "guid_key": keys.guid_key,
                    "guid": keys.guid,
                    "article_id": article_id,
                    "seen_at": now,
                }
                for feed_id, keys, article_id in entries
            ],
        )
