"""Reading and writing the monitor's records. ORM rows stay in here: callers get
plain records (FeedState, MatchView, FeedHealth) and hand in core records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Select,
    Table,
    bindparam,
    delete,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from monitor.adapters.db import feeds, stories
from monitor.adapters.db.session import core, new_id, rows_changed
from monitor.adapters.db.tables import (
    ArticleRow,
    DeliveryRow,
    EventRow,
    FeedEntryRow,
    FeedRow,
    MatchRow,
    PersonRow,
    PersonTagRow,
    StatusChangeRow,
)
from monitor.core.entries import EntryKeys
from monitor.core.intake import AdmittedEntry
from monitor.core.outcomes import DeliveryState
from monitor.core.types import Event, Finding, Status, Watchlist

# The facade: each domain's module owns its queries, and repo re-exports them, so that
# callers may keep writing ``repo.claim_feeds``. Feeds: leases, passes and health.
FeedHealth = feeds.FeedHealth
FeedSource = feeds.FeedSource
FeedState = feeds.FeedState
Poll = feeds.Poll
UnchangedPoll = feeds.UnchangedPoll
claim_feeds = feeds.claim_feeds
expire_feed_leases = feeds.expire_feed_leases
feed_sources = feeds.feed_sources
feed_state = feeds.feed_state
leased_feeds = feeds.leased_feeds
list_feeds = feeds.list_feeds
mark_source_alerted = feeds.mark_source_alerted
record_discovered_feed = feeds.record_discovered_feed
record_poll = feeds.record_poll
record_polls = feeds.record_polls
record_unchanged = feeds.record_unchanged
release_feeds = feeds.release_feeds
release_leases_of = feeds.release_leases_of
# Stories and statuses: what a new event does to its person.
attach_to_story = stories.attach_to_story
find_story = stories.find_story
person_status = stories.person_status
record_status_change = stories.record_status_change
start_story = stories.start_story

SYNC_LOCK_ID = 0x73796E63  # PostgreSQL advisory lock: one replica syncs the watchlist at a time

# What a polling pass writes goes through these Core statements, built once: the ORM's
# unit of work and statement building cost more than the database work itself (about
# 4 ms a feed where the database needs 1). Bind names start with ``b_`` where a column
# of the same name is set by the statement's parameters.
ARTICLES = cast(Table, ArticleRow.__table__)
ENTRIES = cast(Table, FeedEntryRow.__table__)
EVENTS = cast(Table, EventRow.__table__)
MATCHES = cast(Table, MatchRow.__table__)

KNOWN_GUIDS = select(ENTRIES.c.guid_key).where(
    ENTRIES.c.feed_id == bindparam("feed_id"),
    ENTRIES.c.guid_key.in_(bindparam("guid_keys", expanding=True)),
)
KNOWN_ARTICLES = select(ARTICLES.c.id, ARTICLES.c.content_hash, ARTICLES.c.url_key).where(
    or_(
        ARTICLES.c.content_hash.in_(bindparam("hashes", expanding=True)),
        ARTICLES.c.url_key.in_(bindparam("url_keys", expanding=True)),
    )
)
ADD_ARTICLES = insert(ARTICLES).returning(ARTICLES.c.content_hash, ARTICLES.c.id)
FIND_MATCH = select(MATCHES.c.id).where(
    MATCHES.c.article_id == bindparam("article_id"),
    MATCHES.c.person_id == bindparam("person_id"),
)
UPDATE_MATCH = update(MATCHES).where(MATCHES.c.id == bindparam("b_id"))
MATCH_EVENTS = select(EVENTS.c.type, EVENTS.c.current).where(
    EVENTS.c.match_id == bindparam("match_id")
)


ADD_FEED_ENTRIES = insert(ENTRIES)
ADD_MATCH = insert(MATCHES)
ADD_EVENT = insert(EVENTS)


@dataclass(frozen=True)
class EventView:
    type: str
    current: bool
    confidence: float
    evidence: str
    date: str | None
    rule: str


@dataclass(frozen=True)
class MatchView:
    id: int
    person_id: str
    person_name: str
    matched_text: str
    confidence: float
    mentions: list[dict[str, Any]]
    article_id: int
    article_title: str
    article_url: str | None
    feed_url: str
    published: datetime | None
    created_at: datetime
    review_state: str
    events: list[EventView] = field(default_factory=list)
    claimed_published: datetime | None = None  # the feed's date, when it was not trusted
    mention_count: int | None = None  # all mentions found, when more than ``mentions`` hold
    full_text: str | None = None  # "page": the article's linked page was read; "failed: why"
    lang: str | None = None  # the article's language (events are read in English and Russian)


@dataclass(frozen=True)
class MatchFilter:
    person_id: str | None = None
    feed_url: str | None = None
    since: datetime | None = None
    limit: int | None = None


def take_write_lock(session: Session, lock_id: int) -> None:
    """Hold, until this transaction ends, the right to write what the reads that follow
    decide. PostgreSQL: an advisory lock named ``lock_id`` (other writes go on). SQLite:
    the database's single write lock, taken now rather than at the first write, else
    the reads before it run outside any transaction and another process may change what
    they saw (two `monitor poll --once` on a new file both inserting the same person)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
    elif dialect == "sqlite":
        session.execute(text("UPDATE feeds SET id = id WHERE 0"))  # writes nothing, locks


# --- watchlist -------------------------------------------------------------------------


def sync_watchlist(session: Session, watchlist: Watchlist, now: datetime) -> None:
    """Make the people and feeds tables follow the watchlist; removed ones become inactive.

    Processes starting together take turns (see ``take_write_lock``), so none inserts a
    person another has just inserted."""
    take_write_lock(session, SYNC_LOCK_ID)
    people = {row.id: row for row in session.scalars(select(PersonRow))}
    for person in watchlist.people:
        known = str(person.status) if person.status else None
        row = people.pop(person.id, None)
        if row is None:
            status = known or str(Status.UNKNOWN)
            row = PersonRow(id=person.id, status=status, status_since=None)
            session.add(row)
        elif row.listed_status != known:  # the file says something new: it speaks last
            row.status_set_to = row.status_set_by = row.status_set_at = None
        if row.status_set_at is None:  # else staff set the status by hand since
            if row.known_status != known and row.status_since is None:
                row.status = known or str(Status.UNKNOWN)  # no event has set it yet
            row.known_status = known
        row.name, row.listed_status, row.active, row.updated_at = person.name, known, True, now
        if row.aliases != list(person.aliases):  # JSON columns: written only when changed
            row.aliases = list(person.aliases)
        if row.context != list(person.context):
            row.context = list(person.context)
    for row in people.values():
        row.active = False
    sync_tags(session, watchlist)

    feeds = {row.url: row for row in session.scalars(select(FeedRow))}
    for config in watchlist.feeds:
        feed = feeds.pop(config.url, None)
        if feed is None:
            feed = FeedRow(url=config.url, created_at=now, consecutive_failures=0)
            session.add(feed)
        feed.active, feed.interval_seconds = True, config.interval_seconds
        feed.source = config.source
    for feed in feeds.values():
        feed.active = False
    session.flush()


def sync_tags(session: Session, watchlist: Watchlist) -> None:
    """The person_tags table made the watchlist's: only the differences are written."""
    wanted = {(person.id, tag) for person in watchlist.people for tag in person.tags}
    stored = {(p, t) for p, t in session.execute(select(PersonTagRow.person_id, PersonTagRow.tag))}
    for person_id, tag in stored - wanted:
        session.execute(
            delete(PersonTagRow).where(PersonTagRow.person_id == person_id, PersonTagRow.tag == tag)
        )
    session.flush()  # (new people first, for the foreign key)
    session.add_all(PersonTagRow(person_id=p, tag=t) for p, t in sorted(wanted - stored))


# --- polling ----------------------------------------------------------------------------


def end_delivery_claims_of(session: Session, worker: str, now: datetime) -> int:
    """End the claims ``worker`` holds on deliveries being sent (its dispatch failed part
    way), so that the next dispatch takes them over now rather than when they expire.
    Returns how many."""
    result = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.state == DeliveryState.SENDING, DeliveryRow.claimed_by == worker)
        .values(claimed_until=now)
    )
    return rows_changed(result)


STORE_LOCK_ID = 0x73746F72  # PostgreSQL advisory lock: one replica stores entries at a time


def serialize_stores(session: Session) -> None:
    """Wait until no other process is storing entries, and hold that until this transaction
    ends (see ``take_write_lock``). Two storing at once could both miss the other's
    uncommitted article or story, and store the news twice."""
    take_write_lock(session, STORE_LOCK_ID)


def known_guid_keys(session: Session, feed_id: int, guid_keys: Sequence[str]) -> set[str]:
    if not guid_keys:
        return set()
    params = {"feed_id": feed_id, "guid_keys": list(guid_keys)}
    return set(core(session).execute(KNOWN_GUIDS, params).scalars())


def find_article(session: Session, keys: EntryKeys) -> int | None:
    """The stored article with the same canonical URL or the same text, if any."""
    conditions = [ArticleRow.content_hash == keys.content_hash]
    if keys.url_key:
        conditions.append(ArticleRow.url_key == keys.url_key)
    for condition in conditions:
        found = session.scalar(select(ArticleRow.id).where(condition))
        if found is not None:
            return found
    return None


@dataclass
class KnownArticles:
    """Stored articles by content hash and by canonical URL key, for one feed's pass."""

    by_hash: dict[str, int]
    by_url: dict[str, int]

    def find(self, keys: EntryKeys) -> int | None:
        """Like ``find_article``: the same text first, then the same canonical URL."""
        found = self.by_hash.get(keys.content_hash)
        if found is None and keys.url_key:
            found = self.by_url.get(keys.url_key)
        return found

    def remember(self, keys: EntryKeys, article_id: int) -> None:
        self.by_hash.setdefault(keys.content_hash, article_id)
        if keys.url_key:
            self.by_url.setdefault(keys.url_key, article_id)


def known_articles(session: Session, keys: Sequence[EntryKeys]) -> KnownArticles:
    """The stored articles any of ``keys`` would duplicate, in one query (not one per entry)."""
    known = KnownArticles({}, {})
    if not keys:
        return known
    params = {
        "hashes": list({k.content_hash for k in keys}),
        "url_keys": list({k.url_key for k in keys if k.url_key}),
    }
    for article_id, content_hash, url_key in core(session).execute(KNOWN_ARTICLES, params):
        known.by_hash[content_hash] = article_id
        if url_key:
            known.by_url[url_key] = article_id
    return known


def add_articles(
    session: Session, feed_id: int, items: Sequence[tuple[EntryKeys, AdmittedEntry]], now: datetime
) -> list[int]:
    """Store new articles (their content hashes distinct) in one multi-row INSERT; their
    ids, in order. The INSERT returns each id with its content hash: SQLite does not return
    the rows of a multi-row INSERT in order, and asking SQLAlchemy to sort them would make
    it insert them one at a time."""
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
            for keys, admitted in items
        ],
    )
    ids = {content_hash: article_id for content_hash, article_id in returned}
    return [ids[keys.content_hash] for keys, _ in items]


def add_feed_entries(
    session: Session, feed_id: int, entries: Sequence[tuple[EntryKeys, int]], now: datetime
) -> None:
    """``add_feed_entry`` for many (keys, article id) pairs, in one executemany."""
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
                for keys, article_id in entries
            ],
        )


def add_feed_entry(
    session: Session, feed_id: int, keys: EntryKeys, article_id: int, now: datetime
) -> None:
    session.add(
        FeedEntryRow(
            feed_id=feed_id,
            guid_key=keys.guid_key,
            guid=keys.guid,
            article_id=article_id,
            seen_at=now,
        )
    )


def save_match(
    session: Session, article_id: int, finding: Finding, now: datetime
) -> tuple[int, list[tuple[int, Event]]]:
    """Store one finding, or bring a stored one up to date; returns the match id and the
    events that were not stored before (an event is one per match, type and currentness)."""
    connection = core(session)
    best = max(finding.mentions, key=lambda m: m.confidence)  # the first of the clearest
    count = finding.mention_count  # all found; ``mentions`` holds the first ones
    values = {
        "matched_text": best.text,
        "mentions": [
            {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "variant": m.variant,
                "confidence": m.confidence,
                "rule": m.rule,
            }
            for m in finding.mentions
        ],
        "mention_count": count if count > len(finding.mentions) else None,  # null: as listed
        "confidence": best.confidence,
        "lang": finding.lang,
    }
    match_id = connection.execute(
        FIND_MATCH, {"article_id": article_id, "person_id": finding.person_id}
    ).scalar()
    stored: set[tuple[str, bool]] = set()
    if match_id is None:
        inserted = connection.execute(
            ADD_MATCH,
            values
            | {
                "article_id": article_id,
                "person_id": finding.person_id,
                "review_state": "unreviewed",
                "created_at": now,
            },
        )
        match_id = new_id(inserted)
    else:
        connection.execute(UPDATE_MATCH, values | {"b_id": match_id})
        rows = connection.execute(MATCH_EVENTS, {"match_id": match_id})
        stored = {(kind, current) for kind, current in rows}
    added = []
    for event in finding.events:
        if (str(event.type), event.current) in stored:
            continue
        stored.add((str(event.type), event.current))
        inserted = connection.execute(
            ADD_EVENT,
            {
                "match_id": match_id,
                "person_id": finding.person_id,
                "type": str(event.type),
                "current": event.current,
                "confidence": event.confidence,
                "evidence": event.evidence,
                "event_date": event.date,
                "rule": event.rule,
                "created_at": now,
            },
        )
        added.append((new_id(inserted), event))
    return match_id, added


# --- reading ------------------------------------------------------------------------------


def list_matches(session: Session, where: MatchFilter) -> list[MatchView]:
    """Matches, newest first."""
    query = match_view_query().order_by(MatchRow.created_at.desc(), MatchRow.id.desc())
    if where.person_id:
        query = query.where(MatchRow.person_id == where.person_id)
    if where.since:
        query = query.where(MatchRow.created_at >= where.since)
    if where.feed_url:
        query = query.where(MatchRow.article_id.in_(articles_carried_by(where.feed_url)))
    if where.limit:
        query = query.limit(where.limit)
    rows = session.execute(query).all()
    events = events_by_match(session, [match.id for match, *_ in rows])
    return [
        match_view(match, article, name, url, events.get(match.id, []))
        for match, article, name, url in rows
    ]


def articles_carried_by(feed_url: str) -> Select[int]:
    """The ids of the articles a feed carried (one article can come from several feeds)."""
    return (
        select(FeedEntryRow.article_id)
        .join(FeedRow, FeedEntryRow.feed_id == FeedRow.id)
        .where(FeedRow.url == feed_url)
    )


def match_view_query() -> Select[MatchRow, ArticleRow, str, str]:
    """A match with its article, person's name and feed URL: the rows of ``match_view``."""
    return (
        select(MatchRow, ArticleRow, PersonRow.name, FeedRow.url)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(PersonRow, MatchRow.person_id == PersonRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
    )


def match_view(
    match: MatchRow, article: ArticleRow, person_name: str, feed_url: str, events: list[EventView]
) -> MatchView:
    return MatchView(
        id=match.id,
        person_id=match.person_id,
        person_name=person_name,
        matched_text=match.matched_text,
        confidence=match.confidence,
        mentions=match.mentions,
        article_id=article.id,
        article_title=article.title,
        article_url=article.url,
        feed_url=feed_url,
        published=article.published_at,
        created_at=match.created_at,
        review_state=match.review_state,
        events=events,
        claimed_published=article.claimed_published_at,
        mention_count=match.mention_count,
        full_text=article.full_text,
        lang=match.lang,
    )


def events_by_match(session: Session, match_ids: Sequence[int]) -> dict[int, list[EventView]]:
    found: dict[int, list[EventView]] = {}
    if not match_ids:
        return found
    query = select(EventRow).where(EventRow.match_id.in_(list(match_ids))).order_by(EventRow.id)
    for row in session.scalars(query):
        found.setdefault(row.match_id, []).append(
            EventView(
                type=row.type,
                current=row.current,
                confidence=row.confidence,
                evidence=row.evidence,
                date=row.event_date.isoformat() if row.event_date else None,
                rule=row.rule,
            )
        )
    return found


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


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a person's timeline, with where it was read."""

    type: str
    current: bool
    confidence: float
    evidence: str
    date: str | None
    article_title: str
    article_url: str | None
    feed_url: str
    published: datetime | None
    found_at: datetime
    match_id: int
    story_id: int | None
    changed: tuple[str, str] | None  # (previous, new) when this event changed the status


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    active: bool
    known_status: str | None
    status: str
    status_since: datetime | None
    timeline: list[TimelineEntry]


def person_views(session: Session, person_id: str | None = None) -> list[PersonView]:
    """People (one, or all in the watchlist's order of ids) with their timelines, oldest first."""
    query = select(PersonRow).order_by(PersonRow.active.desc(), PersonRow.id)
    if person_id:
        query = query.where(PersonRow.id == person_id)
    people = list(session.scalars(query))
    timelines = timelines_of(session, [p.id for p in people])
    return [
        PersonView(
            id=p.id,
            name=p.name,
            active=p.active,
            known_status=p.known_status,
            status=p.status,
            status_since=p.status_since,
            timeline=timelines.get(p.id, []),
        )
        for p in people
    ]


def timelines_of(session: Session, person_ids: Sequence[str]) -> dict[str, list[TimelineEntry]]:
    if not person_ids:
        return {}
    query = (
        select(EventRow, MatchRow.id, ArticleRow, FeedRow.url, StatusChangeRow)
        .join(MatchRow, EventRow.match_id == MatchRow.id)
        .join(ArticleRow, MatchRow.article_id == ArticleRow.id)
        .join(FeedRow, ArticleRow.feed_id == FeedRow.id)
        .outerjoin(StatusChangeRow, StatusChangeRow.event_id == EventRow.id)
        .where(EventRow.person_id.in_(list(person_ids)))
    )
    found: dict[str, list[TimelineEntry]] = {}
    for event, match_id, article, feed_url, change in session.execute(query):
        found.setdefault(event.person_id, []).append(
            TimelineEntry(
                type=event.type,
                current=event.current,
                confidence=event.confidence,
                evidence=event.evidence,
                date=event.event_date.isoformat() if event.event_date else None,
                article_title=article.title,
                article_url=article.url,
                feed_url=feed_url,
                published=article.published_at,
                found_at=event.created_at,
                match_id=match_id,
                story_id=event.story_id,
                changed=(change.previous_status, change.new_status) if change else None,
            )
        )
    for entries in found.values():
        entries.sort(key=lambda e: (e.date or iso_day(e.published or e.found_at), e.found_at))
    return found


def iso_day(value: datetime) -> str:
    return value.date().isoformat()
