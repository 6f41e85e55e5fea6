"""The polling pipeline. One pass of one feed is one unit of work:

fetch     conditional GET, size- and time-capped;         adapters.feeds.fetch
          the same bytes as the last document stored are
          not modified too (no parse, no lookups)
          a page instead of a feed: the feed it advertises adapters.feeds.discover
parse     bytes → plain-text entries, off the event loop   adapters.feeds.parse
          (in worker processes in the daemon)
full text the linked page's main text for new entries that   adapters.feeds.fulltext
          need it (the feed's full_text mode), politely
admit     a believable date (else the fetch time) and      core.intake
          bounded text for each entry
dedupe    skip entries seen before: same feed and guid,    core.entries
          or the same canonical URL or text from any feed
analyse   who is named, and what happened to them          core.scan
store     feed state, articles, matches, events and the    adapters.db.feeds,
          poll log in ONE transaction: all of it or nothing  .articles, .matches

A failing feed records its reason and backs off; it never stops the others. Whatever
goes wrong in one feed's pass is that feed's failure: a bug or data the database refuses
while storing rolls back its transaction and records the feed as failed (``unexpected``)
in a fresh one. Only a database outage fails the pass.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import random
import threading
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Executor
from contextlib import AbstractAsyncContextManager, nullcontext, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Self

from sqlalchemy.orm import Session

from monitor.adapters.db import articles, feeds, people
from monitor.adapters.db.session import Database, storage_reason
from monitor.adapters.feeds.discover import advertised_feeds
from monitor.adapters.feeds.fetch import (
    FeedRequest,
    FetchedFeed,
    Fetcher,
    FetchLimits,
    NotModified,
)
from monitor.adapters.feeds.fulltext import PageReader, PageResult
from monitor.adapters.feeds.parse import HTML_START, parse_feed
from monitor.adapters.feeds.polite import HostPacer, Politeness, origin_of
from monitor.adapters.name_cache import cache_folder, load_scanner
from monitor.app.collector import fewer_collections
from monitor.app.parse_batches import ParseBatches, batches_of
from monitor.app.record import FoundIn, RecordedFinding, record_articles
from monitor.app.scan_workers import ParseRequest, Scans, write_names_file
from monitor.core.entries import EntryKeys, entry_keys
from monitor.core.intake import MAX_TEXT_CHARS, AdmittedEntry, admit_entry
from monitor.core.outcomes import PollOutcome
from monitor.core.redact import terminal_text
from monitor.core.scan import Scanner, scan_article
from monitor.core.schedule import next_poll_after_failure, next_poll_after_success
from monitor.core.types import Article, Event, FullTextMode, ParsedEntry, ParsedFeed, Watchlist
from monitor.errors import FeedError, FetchError, FetchReason, ParseError, StorageReason

Clock = Callable[[], datetime]
# an entry of a batch of passes: (its feed's index in the batch, the feed's id, entry, keys)
Fresh = tuple[int, int, AdmittedEntry, EntryKeys]
log = logging.getLogger("monitor.pipeline")


@dataclass(frozen=True)
class FoundMatch:
    person_id: str
    person_name: str
    article_title: str
    events: tuple[str, ...]  # "released", "sentenced (background)", ...
    changes: tuple[str, ...] = ()  # "detained → free", ...


@dataclass(frozen=True)
class FeedReport:
    """What one pass of one feed did, for the user."""

    url: str
    outcome: PollOutcome
    new_entries: int = 0
    matches: tuple[FoundMatch, ...] = ()
    error_reason: str | None = None
    error_message: str | None = None
    next_poll_at: datetime | None = None
    discovered_url: str | None = None  # the feed the page advertises, polled instead


@dataclass(frozen=True)
class Fetched:
    """A feed's download, parsed, or the reason it failed; ``discovered_url``: the
    advertised feed read in place of the page the watchlist names."""

    response: FetchedFeed | NotModified | None
    parsed: ParsedFeed | None
    error: FeedError | None
    discovered_url: str | None = None
    scans: Scans = field(default_factory=dict)  # scanned in a parser process (scan_workers)
    body_hash: str | None = None  # the document's (document_hash), stored with the pass


# a discovered feed that fails so is looked for on its page again, in the same pass
REDISCOVER = frozenset({FetchReason.NOT_FOUND, FetchReason.GONE, FetchReason.NOT_A_FEED})


class Pipeline:
    def __init__(
        self,
        database: Database,
        watchlist: Watchlist,
        *,
        clock: Clock,
        limits: FetchLimits | None = None,
        concurrency: int = 400,  # feeds downloading or parsing at once
        owner: str = "monitor",
        lease: timedelta = timedelta(minutes=5),
        jitter: Callable[[], float] = random.random,
        stopping: threading.Event | None = None,
        parser: Executor | None = None,
        politeness: Politeness | None = None,
    ) -> None:
        self.database = database
        self.watchlist = watchlist
        self.clock = clock
        self.limits = limits or FetchLimits()
        self.concurrency = concurrency
        self.owner = owner  # whose leases these are: one name per process
        self.lease = lease
        self.jitter = jitter
        self.stopping = stopping or threading.Event()
        self.parser = parser  # worker processes for parsing; None: a thread of this one
        # the names compiled once per watchlist content, then read from the on-disk cache
        self.scanner: Scanner = load_scanner(
            watchlist.people, cache_folder(os.environ), watchlist.people_digest
        )
        # ... and for the parser processes, which scan the entries they parse
        self.names_file = None if parser is None else write_names_file(self.scanner, self)
        self.batches: ParseBatches | None = None  # feeds to the parser processes, by the task
        self.names = {p.id: p.name for p in watchlist.people}
        # towards the hosts of article pages and search feeds (MONITOR_PAGES_PER_HOST,
        # MONITOR_PAGE_DELAY_SECONDS)
        self.politeness = politeness or Politeness.from_environ(os.environ)
        # the search services' hosts: every feed on them waits for its turn (HostPacer)
        self.paced_hosts = {origin_of(f.url) for f in watchlist.feeds if f.source is not None}
        self.full_text_modes = {f.url: f.full_text for f in watchlist.feeds}
        self.languages = {f.url: f.lang for f in watchlist.feeds if f.lang}

    def sync_watchlist(self) -> None:
        with self.database.transaction() as session:
            people.sync_watchlist(session, self.watchlist, self.clock())

    def poll_all(self) -> list[FeedReport]:
        """Poll every feed of the watchlist once (but those another process is polling)."""
        self.sync_watchlist()
        return self.poll(due_only=False)

    def poll(self, *, due_only: bool, limit: int | None = None) -> list[FeedReport]:
        leased = self.claim(due_only=due_only, limit=limit)
        if not leased:
            return []
        with fewer_collections():  # (see collector)
            return asyncio.run(self.poll_feeds(leased))

    def claim(self, *, due_only: bool, limit: int | None = None) -> list[feeds.FeedState]:
        """Take a lease on the feeds to poll (the due ones, or all) that nobody holds."""
        with self.database.transaction() as session:
            return feeds.claim_feeds(
                session, self.clock(), self.owner, self.lease, due_only=due_only, limit=limit
            )

    async def poll_feeds(self, leased: Sequence[feeds.FeedState]) -> list[FeedReport]:
        """Poll the ``leased`` feeds together (see PollSession), and return when all are done. When
        asked to stop, fetches in flight are abandoned (their leases given back) and the
        passes fetched are stored at once, and reported (``PollSession.despite_stop``)."""
        async with PollSession(self.limits, self.concurrency) as polls:
            tasks = [asyncio.create_task(polls.poll_feed(self, feed)) for feed in leased]
            watcher = asyncio.create_task(self.cancel_when_stopping(tasks))
            results = await asyncio.gather(*tasks, return_exceptions=True)
            watcher.cancel()
        reports = [r for r in results if isinstance(r, FeedReport)]
        abandoned = [
            f.id for f, r in zip(leased, results, strict=True) if not isinstance(r, FeedReport)
        ]
        if abandoned:
            with self.database.transaction() as session:
                feeds.release_feeds(session, abandoned, self.owner)
        for result in results:
            if isinstance(result, Exception):
                raise result  # storing failed: a database problem the caller must see
        return reports

    async def cancel_when_stopping(self, tasks: Sequence[asyncio.Task[FeedReport]]) -> None:
        while not self.stopping.is_set():
            await asyncio.sleep(0.1)
        for task in tasks:
            task.cancel()

    async def fetch_and_parse(self, fetcher: Fetcher, feed: feeds.FeedState) -> Fetched:
        try:
            return await self.fetch_feed_or_advertised(fetcher, feed)
        except FeedError as e:
            return Fetched(None, None, e)
        except Exception as e:  # a bug must cost one feed its pass, never the others
            error = FetchError(feed.url, FetchReason.UNEXPECTED, f"{type(e).__name__}: {e}")
            return Fetched(None, None, error)

    # --- a page instead of a feed (adapters.feeds.discover) ------------------------------

    async def fetch_feed_or_advertised(self, fetcher: Fetcher, feed: feeds.FeedState) -> Fetched:
        """The feed at its URL; when that is an HTML page, the first feed the page
        advertises. Once found, the advertised feed is polled directly (with its own
        conditional GET) until it fails as not found, gone or not a feed: then the page is
        asked again. Raises FeedError."""
        lang = self.languages.get(feed.url)
        if feed.discovered_url:
            request = FeedRequest(feed.discovered_url, feed.etag, feed.last_modified)
            try:
                return await self.fetch_one(
                    fetcher, request, feed.discovered_url, lang, feed.body_hash
                )
            except FeedError as e:
                if e.reason not in REDISCOVER:
                    raise
        page_request = (
            FeedRequest(feed.url)  # the validators stored are the advertised feed's
            if feed.discovered_url
            else FeedRequest(feed.url, feed.etag, feed.last_modified)
        )
        response = await fetcher.fetch(page_request)
        if isinstance(response, NotModified):
            return Fetched(response, None, None)
        digest = document_hash(response)
        if digest == feed.body_hash and not feed.discovered_url:  # (else the hash is another's)
            return Fetched(as_not_modified(response), None, None)
        try:
            parsed, scans = await self.parse(response, feed.url, lang)
            return Fetched(response, parsed, None, scans=scans, body_hash=digest)
        except ParseError:
            advertised = advertised_by_page(response)
            if not advertised:
                raise
        return await self.fetch_one(fetcher, FeedRequest(advertised[0]), advertised[0], lang)

    async def fetch_one(
        self,
        fetcher: Fetcher,
        request: FeedRequest,
        discovered: str,
        lang: str | None,
        stored_hash: str | None = None,
    ) -> Fetched:
        """An advertised feed, fetched and parsed (one level: never a page's page); its
        failure's message names it. ``stored_hash``: its last document's, when stored."""
        try:
            response = await fetcher.fetch(request)
            if isinstance(response, NotModified):
                return Fetched(response, None, None, discovered)
            digest = document_hash(response)
            if digest == stored_hash:
                return Fetched(as_not_modified(response), None, None, discovered)
            parsed, scans = await self.parse(response, request.url, lang)
            return Fetched(response, parsed, None, discovered, scans, digest)
        except FetchError as e:
            message = f"the advertised feed {discovered}: {e.message}"
            raise FetchError(e.url, e.reason, message, retry_after=e.retry_after) from e
        except ParseError as e:
            raise ParseError(e.url, f"the advertised feed {discovered}: {e.message}") from e

    # --- full text: the linked page of an entry (adapters.feeds.fulltext) ------------------

    async def with_full_text(
        self, pages: PageReader, feed: feeds.FeedState, fetched: Fetched
    ) -> Fetched:
        """``fetched`` with each new entry that needs it (the feed's ``full_text`` mode)
        reading its linked page's text; a page that fails leaves the entry's own text and
        says why. Never fails the feed's pass."""
        mode = self.full_text_modes.get(feed.url, FullTextMode.NEVER)
        parsed = fetched.parsed
        if mode == FullTextMode.NEVER or parsed is None:
            return fetched
        try:
            linked = [e for e in parsed.entries if e.url]
            if not linked:
                return fetched
            fresh = await asyncio.to_thread(self.unstored_entries, feed.id, linked)
            by_id = {id(e): e for e in linked}  # new, and needing their page:
            fresh = {key: url for key, url in fresh.items() if self.wants_page(mode, by_id[key])}
            results = await asyncio.gather(*(pages.read(url) for url in fresh.values()))
        except Exception as e:  # a bug here costs the pages, never the feed
            if is_database_outage(e):
                raise
            fields = {"feed": feed.url, "error": f"{type(e).__name__}: {e}"}
            log.warning("full text skipped", extra={"fields": fields})
            return fetched
        by_url = dict(zip(fresh.values(), results, strict=True))
        entries = tuple(
            with_page(entry, by_url[fresh[id(entry)]]) if id(entry) in fresh else entry
            for entry in parsed.entries
        )
        return replace(fetched, parsed=replace(parsed, entries=entries))

    def wants_page(self, mode: FullTextMode, entry: ParsedEntry) -> bool:
        """``always``; ``auto``: a short text (< FULL_TEXT_BELOW characters), or a
        watchlisted person named in the title but not in the text."""
        if mode == FullTextMode.ALWAYS or len(entry.text) < FULL_TEXT_BELOW:
            return True
        in_title = scan_article(self.scanner, Article("t", entry.title, ""))
        if not in_title:
            return False
        in_text = {f.person_id for f in scan_article(self.scanner, Article("t", "", entry.text))}
        return any(f.person_id not in in_text for f in in_title)

    def unstored_entries(self, feed_id: int, entries: Sequence[ParsedEntry]) -> dict[int, str]:
        """The entries neither this feed nor any other has brought before (their pages
        were read then), by ``id()``, with their canonical URLs: a page is read once."""
        keyed = [(entry, entry_keys(entry)) for entry in entries]
        with self.database.transaction() as session:
            seen = articles.known_guids(session, [(feed_id, keys.guid_key) for _, keys in keyed])
            known = articles.known_articles(session, [keys for _, keys in keyed])
        return {
            id(entry): keys.url
            for entry, keys in keyed
            if keys.url and (feed_id, keys.guid_key) not in seen and known.find(keys) is None
        }

    def not_modified(
        self, feed: feeds.FeedState, response: NotModified, started: datetime
    ) -> Unchanged:
        """A not-modified pass, to be recorded with others (``store_batch``); the <ttl> of
        the document it stands for holds."""
        now = self.clock()
        next_poll = next_poll_after_success(
            now,
            feed.interval_seconds,
            ttl_minutes=feed.ttl_minutes,
            max_age=response.max_age,
            retry_after=response.retry_after,
            jitter=self.jitter(),
        )
        poll = feeds.UnchangedPoll(
            feed.id,
            started,
            now,
            next_poll,
            etag=response.etag or feed.etag,
            last_modified=response.last_modified or feed.last_modified,
        )
        return Unchanged(self, feed, poll)

    async def parse(
        self, response: FetchedFeed, url: str, lang: str | None
    ) -> tuple[ParsedFeed, Scans]:
        """Parse off the event loop: in a worker process when there is a pool, which also
        scans the entries (``scan_workers``; ``lang``: the watchlist's language for the
        feed), several feeds to a task (``parse_batches``: a worker that dies costs only the
        feed that kills it); else in a thread."""
        if self.parser is None:
            return await asyncio.to_thread(
                parse_feed, response.content, url, response.content_type
            ), {}
        request = ParseRequest(response.content, url, response.content_type, lang, self.clock())
        parsed, scanned = await self.parse_batches().parse(request, self.names_file)
        return parsed, {parsed.entries[at]: scans for at, scans in scanned.items()}

    def parse_batches(self) -> ParseBatches:
        """The parser processes' batches of this event loop (one per ``asyncio.run``), shared
        with any other pipeline parsing there (``batches_of``)."""
        assert self.parser is not None
        batches = self.batches
        if batches is None or batches.loop is not asyncio.get_running_loop():
            batches = self.batches = batches_of(self.parser)
        return batches

    def store_passes(self, items: Sequence[Unchanged | Pass]) -> dict[int, FeedReport]:
        """Record feeds' passes (a new document, not modified, or failed) in ONE
        transaction: all of them or none. Their reports, by feed id."""
        now = self.clock()
        unchanged = [item for item in items if isinstance(item, Unchanged)]
        passes = [item for item in items if isinstance(item, Pass)]
        failed = {
            p.feed.id: self.failure(p.feed, p.fetched.error, p.started, now)
            for p in passes
            if p.fetched.error is not None
        }
        fetched = [p for p in passes if p.fetched.error is None]
        for p in fetched:
            if p.parsed.dropped_entries:
                fields = {"feed": p.feed.url, "dropped_entries": p.parsed.dropped_entries}
                log.warning("feed has more entries than a pass reads", extra={"fields": fields})
        next_polls = [self.next_poll(p, now) for p in fetched]
        with self.database.transaction() as session:
            if fetched:
                articles.serialize_stores(session)
            for p in fetched:
                if p.fetched.discovered_url != p.feed.discovered_url:
                    feeds.record_discovered_feed(session, p.feed.id, p.fetched.discovered_url)
            stored = self.store_entries(
                session,
                [
                    (p.feed.id, p.parsed, self.languages.get(p.feed.url), p.fetched.scans)
                    for p in fetched
                ],
                now,
            )
            polls = [poll for poll, _ in failed.values()]
            polls += [
                self.passed_poll(p, now, next_poll, new_entries, len(matches))
                for p, next_poll, (new_entries, matches) in zip(
                    fetched, next_polls, stored, strict=True
                )
            ]
            feeds.record_polls(session, polls)
            feeds.record_unchanged(session, [u.poll for u in unchanged])
        reports = {u.feed.id: u.report() for u in unchanged}
        reports |= {feed_id: report for feed_id, (_, report) in failed.items()}
        for p, next_poll, (new_entries, matches) in zip(fetched, next_polls, stored, strict=True):
            reports[p.feed.id] = FeedReport(
                p.feed.url,
                PollOutcome.OK,
                new_entries,
                tuple(matches),
                next_poll_at=next_poll,
                discovered_url=p.fetched.discovered_url,
            )
        return reports

    def next_poll(self, fetched: Pass, now: datetime) -> datetime:
        parsed, response = fetched.parsed, fetched.response
        return next_poll_after_success(
            now,
            fetched.feed.interval_seconds,
            ttl_minutes=parsed.ttl_minutes,
            max_age=response.max_age,
            retry_after=response.retry_after,
            jitter=self.jitter(),
        )

    def passed_poll(
        self, fetched: Pass, now: datetime, next_poll: datetime, new_entries: int, matches: int
    ) -> feeds.Poll:
        return feeds.Poll(
            fetched.feed.id,
            started_at=fetched.started,
            finished_at=now,
            outcome=PollOutcome.OK,
            next_poll_at=next_poll,
            new_entries=new_entries,
            new_matches=matches,
            title=fetched.parsed.title or None,
            etag=fetched.response.etag,
            last_modified=fetched.response.last_modified,
            body_hash=fetched.fetched.body_hash,
            ttl_minutes=fetched.parsed.ttl_minutes,
        )

    def store_entries(
        self,
        session: Session,
        batch: Sequence[tuple[int, ParsedFeed, str | None, Scans]],
        now: datetime,
    ) -> list[tuple[int, list[FoundMatch]]]:
        """Store the entries that each feed of ``batch`` (id, parsed document, language,
        the entries a parser process scanned) has not shown before: articles new to us are
        stored (in one INSERT for the whole batch) and analysed (unless scanned already);
        every new entry points at its article. Returns each feed's count of new articles
        and their matches. An article's language is its feed's (the
        watchlist's word); else its page's, else the feed document's, else detected."""
        keyed = [
            (index, feed_id, admitted, keys_of(admitted.entry, scans))
            for index, (feed_id, parsed, _, scans) in enumerate(batch)
            for admitted in (admit_entry(entry, now) for entry in parsed.entries)
        ]
        seen = articles.known_guids(session, [(f, keys.guid_key) for _, f, _, keys in keyed])
        fresh: list[Fresh] = []  # new in its feed
        for index, feed_id, admitted, keys in keyed:
            if (feed_id, keys.guid_key) not in seen:
                seen.add((feed_id, keys.guid_key))
                fresh.append((index, feed_id, admitted, keys))
        known = articles.known_articles(session, [keys for *_, keys in fresh])
        news: list[Fresh] = []
        pending = articles.KnownArticles({}, {})  # new articles by index into ``news``
        for index, feed_id, admitted, keys in fresh:
            if known.find(keys) is None and pending.find(keys) is None:
                pending.remember(keys, len(news))
                news.append((index, feed_id, admitted, keys))
        new_ids = articles.add_articles(session, [(f, k, a) for _, f, a, k in news], now)
        for (*_, keys), new_id in zip(news, new_ids, strict=True):
            known.remember(keys, new_id)
        counts = [0] * len(batch)
        scanned: list[tuple[int, str, FoundIn]] = []  # (feed index, title, findings)
        for (index, _, admitted, keys), article_id in zip(news, new_ids, strict=True):
            _, parsed, lang, scans = batch[index]
            counts[index] += 1
            entry = admitted.entry
            article = Article(
                id=str(article_id),
                title=entry.title,
                text=entry.text,
                published=entry.published or now,
                url=keys.url,
                lang=lang or entry.lang or parsed.lang,
            )
            ahead = scans.get(entry)
            if ahead is not None and ahead.fits(article):
                findings = list(ahead.findings or ())
            else:
                findings = scan_article(self.scanner, article)
            if findings:
                scanned.append((index, entry.title, FoundIn(article_id, entry.published, findings)))
        recorded = record_articles(
            session,
            [found for *_, found in scanned],
            now,
            self.watchlist,
            self.scanner.people,
            new_articles=True,
        )
        matches: list[list[FoundMatch]] = [[] for _ in batch]
        for (index, title, _), in_article in zip(scanned, recorded, strict=True):
            matches[index].extend(self.found(title, r) for r in in_article)
        carried = [(feed_id, keys, known.find(keys)) for _, feed_id, _, keys in fresh]
        articles.add_feed_entries(
            session, [(feed_id, keys, a) for feed_id, keys, a in carried if a is not None], now
        )
        return list(zip(counts, matches, strict=True))

    def found(self, title: str, recorded: RecordedFinding) -> FoundMatch:
        return FoundMatch(
            person_id=recorded.person_id,
            person_name=self.names[recorded.person_id],
            article_title=title,
            events=tuple(describe_event(e) for e in recorded.new_events),
            changes=tuple(f"{c.previous} → {c.new}" for c in recorded.changes),
        )

    def store_failure(
        self, feed: feeds.FeedState, error: FeedError, started: datetime, now: datetime
    ) -> FeedReport:
        poll, report = self.failure(feed, error, started, now)
        with self.database.transaction() as session:
            feeds.record_poll(session, poll)
        return report

    def failure(
        self, feed: feeds.FeedState, error: FeedError, started: datetime, now: datetime
    ) -> tuple[feeds.Poll, FeedReport]:
        """A failed pass: what is recorded, and what the user is told."""
        retry_after = error.retry_after if isinstance(error, FetchError) else None
        next_poll = next_poll_after_failure(
            now,
            feed.interval_seconds,
            feed.consecutive_failures + 1,
            retry_after=retry_after,
            gone=error.reason is FetchReason.GONE,
        )
        poll = feeds.Poll(
            feed.id,
            started_at=started,
            finished_at=now,
            outcome=PollOutcome.ERROR,
            next_poll_at=next_poll,
            error_reason=str(error.reason),
            error_message=error.message,
        )
        report = FeedReport(
            feed.url,
            PollOutcome.ERROR,
            error_reason=str(error.reason),
            error_message=error.message,
            next_poll_at=next_poll,
        )
        return poll, report


def keys_of(entry: ParsedEntry, scans: Scans) -> EntryKeys:
    """The entry's keys, as a parser process read them, else read now."""
    ahead = scans.get(entry)
    return entry_keys(entry) if ahead is None else ahead.keys


FULL_TEXT_BELOW = 600  # characters: an entry's text shorter than this is a teaser


def with_page(entry: ParsedEntry, page: PageResult) -> ParsedEntry:
    """The entry reading its page's text (its own kept as ``feed_text``), dated by the
    page when the page names another day; or, when the page failed, why."""
    if page.text is None:
        return replace(entry, full_text=f"failed: {page.failure}"[:300])
    published = entry.published
    if page.published is not None and (
        published is None or page.published.date() != published.date()
    ):
        published = page.published
    return replace(
        entry,
        text=page.text[:MAX_TEXT_CHARS].replace("\x00", ""),
        feed_text=entry.text,
        full_text="page",
        published=published,
        lang=page.language or entry.lang,
    )


def document_hash(response: FetchedFeed) -> str:
    """The SHA-256 of a feed's document as downloaded: the one stored with a pass is
    compared with the next pass's (``feeds.FeedState.body_hash``)."""
    return hashlib.sha256(response.content).hexdigest()


def as_not_modified(response: FetchedFeed) -> NotModified:
    """The same bytes as the last document stored, from a server that ignores conditional
    requests (or sends validators that never match): answered as a 304 would have been,
    without a parse or a lookup. Each of its entries was stored with that document, in the
    same transaction as its hash."""
    return NotModified(
        response.url,
        response.etag,
        response.last_modified,
        response.max_age,
        response.retry_after,
    )


def advertised_by_page(response: FetchedFeed) -> list[str]:
    """The feeds an HTML page advertises; [] for anything else."""
    is_html = "html" in (response.content_type or "").lower() or HTML_START.match(response.content)
    return advertised_feeds(response.content, response.final_url) if is_html else []


@dataclass(frozen=True)
class Unchanged:
    """A not-modified pass waiting to be recorded, and the pipeline that polled it."""

    pipeline: Pipeline
    feed: feeds.FeedState
    poll: feeds.UnchangedPoll

    @property
    def started(self) -> datetime:
        return self.poll.started_at

    def report(self) -> FeedReport:
        return FeedReport(
            self.feed.url, PollOutcome.NOT_MODIFIED, next_poll_at=self.poll.next_poll_at
        )


@dataclass(frozen=True)
class Pass:
    """A feed's pass, fetched and parsed (or failed), waiting to be stored with others."""

    pipeline: Pipeline
    feed: feeds.FeedState
    fetched: Fetched
    started: datetime

    @property
    def parsed(self) -> ParsedFeed:
        assert self.fetched.parsed is not None
        return self.fetched.parsed

    @property
    def response(self) -> FetchedFeed:
        response = self.fetched.response
        assert isinstance(response, FetchedFeed), "a not-modified pass is Unchanged"
        return response


STORE_BATCH = 100  # feeds' passes stored in one transaction, at most


def store_batch(batch: Sequence[Unchanged | Pass]) -> dict[int, FeedReport]:
    """Record many feeds' passes, ``STORE_BATCH`` in a transaction (those of one pipeline:
    a watchlist reload may have brought another since). Their reports, by feed id."""
    by_pipeline: dict[int, list[Unchanged | Pass]] = {}
    for item in batch:
        by_pipeline.setdefault(id(item.pipeline), []).append(item)
    reports: dict[int, FeedReport] = {}
    for items in by_pipeline.values():
        for start in range(0, len(items), STORE_BATCH):
            reports |= store_together(items[start : start + STORE_BATCH])
    return reports


def store_together(batch: Sequence[Unchanged | Pass]) -> dict[int, FeedReport]:
    """Record passes of one pipeline in one transaction; should that fail for anything but
    a database outage, each on its own, so that only the feed at fault fails."""
    pipeline = batch[0].pipeline
    try:
        return pipeline.store_passes(batch)
    except Exception as e:
        if is_database_outage(e):
            raise
    reports: dict[int, FeedReport] = {}
    for item in batch:
        try:
            reports |= pipeline.store_passes([item])
        except Exception as e:
            if is_database_outage(e):
                raise
            error = unexpected_failure(item.feed.url, e)
            reports[item.feed.id] = pipeline.store_failure(
                item.feed, error, item.started, pipeline.clock()
            )
    return reports


GATHER_SECONDS = 0.25  # a store waits at most this long for a fuller batch


class PollSession:
    """What polls running together share: one HTTP session, a bound on the feeds
    downloading or parsing at once, and one store at a time: the passes that come in
    while another batch is being stored wait for it, then go in together (``store_batch``).
    A store that would go alone while other feeds are still under way first waits for a
    fuller batch (STORE_BATCH passes, or GATHER_SECONDS): a transaction costs some 4 ms of
    CPU besides its feeds, which a pass of passes trickling in one by one (parsed in worker
    processes) would pay per feed. Each feed's poll is its own task: a slow feed holds one
    place and nothing else. ``async with PollSession(limits, concurrency) as polls``."""

    def __init__(self, limits: FetchLimits, concurrency: int) -> None:
        self.fetcher = Fetcher(limits, concurrency)
        self.gate = asyncio.Semaphore(concurrency)  # downloads and parses under way
        self.store_lock = asyncio.Lock()
        self.waiting: list[tuple[Unchanged | Pass, asyncio.Future[FeedReport]]] = []
        self.under_way = 0  # feeds polling that have not come to be stored yet
        self.batch_ready = asyncio.Event()  # STORE_BATCH waiting, or none under way, or a stop
        self.stopped = False  # a stop came: no more waiting for fuller batches
        self.page_reader: PageReader | None = None  # made at the first feed, with its politeness
        self.pacer: HostPacer | None = None  # per host: pages and search feeds alike

    async def __aenter__(self) -> Self:
        await self.fetcher.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.fetcher.__aexit__(None, None, None)

    def pages(self, pipeline: Pipeline) -> PageReader:
        """The article pages' reader (full text), sharing the feeds' HTTP session."""
        if self.page_reader is None:
            fetcher = self.fetcher
            assert fetcher.session is not None, "use the PollSession in an async with block"
            self.page_reader = PageReader(
                fetcher.session,
                fetcher.limits,
                pipeline.politeness,
                fetcher.public,
                pacer=self.host_pacer(pipeline),
            )
        return self.page_reader

    def host_pacer(self, pipeline: Pipeline) -> HostPacer:
        if self.pacer is None:
            self.pacer = HostPacer(pipeline.politeness)
        return self.pacer

    def host_turn(
        self, pipeline: Pipeline, feed: feeds.FeedState
    ) -> AbstractAsyncContextManager[None]:
        """A feed on a search feed's host waits for the host's turn (one template, many
        people: one host, shared with the pages read there); the others go at once."""
        if pipeline.paced_hosts and origin_of(feed.url) in pipeline.paced_hosts:
            return self.host_pacer(pipeline).turn(feed.url)
        return nullcontext()

    async def poll_feed(self, pipeline: Pipeline, feed: feeds.FeedState) -> FeedReport:
        """Fetch, parse and store one feed's pass. Whatever goes wrong is that feed's
        failure, but a database outage, which is raised."""
        self.under_way += 1
        try:
            async with self.host_turn(pipeline, feed), self.gate:  # the host's turn first:
                started = pipeline.clock()  # waiting for it holds none of the session's places
                fetched = await pipeline.fetch_and_parse(self.fetcher, feed)
            fetched = await pipeline.with_full_text(self.pages(pipeline), feed, fetched)
            queued = self.queue_pass(pipeline, feed, fetched, started)
        finally:  # (no longer under way once waiting: a store gathering a batch sees it)
            self.under_way -= 1
            self.signal_batch()
        # fetched: a stop no longer abandons the pass, it is stored and reported
        return await self.despite_stop(self.store_pass(pipeline, feed, started, queued))

    def queue_pass(
        self, pipeline: Pipeline, feed: feeds.FeedState, fetched: Fetched, started: datetime
    ) -> asyncio.Future[FeedReport] | Exception:
        """The pass added to those waiting to be stored: the future of its report; or why
        it could not be."""
        try:
            if isinstance(fetched.response, NotModified):
                item: Unchanged | Pass = pipeline.not_modified(feed, fetched.response, started)
            else:
                item = Pass(pipeline, feed, fetched, started)
        except Exception as e:
            return e
        recorded: asyncio.Future[FeedReport] = asyncio.get_running_loop().create_future()
        self.waiting.append((item, recorded))
        return recorded

    async def store_pass(
        self,
        pipeline: Pipeline,
        feed: feeds.FeedState,
        started: datetime,
        queued: asyncio.Future[FeedReport] | Exception,
    ) -> FeedReport:
        try:
            if isinstance(queued, Exception):
                raise queued
            return await self.store(queued)
        except Exception as e:
            if is_database_outage(e):
                raise
            error = unexpected_failure(feed.url, e)
            async with self.store_lock:
                return await asyncio.to_thread(
                    pipeline.store_failure, feed, error, started, pipeline.clock()
                )

    async def despite_stop(self, storing: Coroutine[object, object, FeedReport]) -> FeedReport:
        """``storing`` run to its end, and its report, even when this feed's task is cancelled
        meanwhile (a stop): the stop ends the wait for a fuller batch, not the store, and the
        report says what was done. Cancelling a store would not undo it anyway: its thread
        commits all the same, and the passes in its batch with it."""
        stored = asyncio.ensure_future(storing)
        while True:
            try:
                return await asyncio.shield(stored)
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if stored.cancelled() or task is None:  # the loop itself is closing
                    raise
                task.uncancel()
                self.stop_gathering()

    async def store(self, recorded: asyncio.Future[FeedReport]) -> FeedReport:
        """Store the pass waiting for ``recorded`` with the others waiting (see
        ``store_batch``); its report."""
        async with self.store_lock:
            if not recorded.done():  # not yet stored with another's batch: store them all
                await self.fuller_batch()
                batch, self.waiting = self.waiting, []
                try:
                    reports = await asyncio.to_thread(store_batch, [i for i, _ in batch])
                except Exception as e:  # the database failed: theirs too
                    for _, waiting in batch:
                        if waiting is not recorded and not waiting.done():
                            waiting.set_exception(e)
                    raise
                for stored, waiting in batch:
                    if not waiting.done():
                        waiting.set_result(reports[stored.feed.id])
        return await recorded

    def signal_batch(self) -> None:
        if self.stopped or len(self.waiting) >= STORE_BATCH or not self.under_way:
            self.batch_ready.set()

    def stop_gathering(self) -> None:
        """A stop: the passes fetched are stored at once, with no wait for a fuller batch."""
        self.stopped = True
        self.batch_ready.set()

    async def fuller_batch(self) -> None:
        """Wait until STORE_BATCH passes wait to be stored, or no other feed is under way,
        or GATHER_SECONDS have passed, or a stop comes (``stop_gathering``: the passes are
        fetched, they are stored, not abandoned)."""
        if self.stopped or len(self.waiting) >= STORE_BATCH or not self.under_way:
            return
        self.batch_ready.clear()
        with suppress(TimeoutError):
            await asyncio.wait_for(self.batch_ready.wait(), GATHER_SECONDS)


def is_database_outage(error: BaseException) -> bool:
    """Whether ``error`` is the database's problem (unreachable, connection lost, locked,
    read-only, full), which the pass must surface, rather than one feed's: a bug, or data
    the database refuses (a DataError, an IntegrityError)."""
    return storage_reason(error) is not StorageReason.UNEXPECTED


def unexpected_failure(url: str, error: Exception) -> FeedError:
    """A bug or bad data met while storing one feed's pass, as that feed's failure."""
    log.debug("storing a feed's pass failed", exc_info=error, extra={"fields": {"feed": url}})
    described = f"{type(error).__name__}: {error}".rstrip(": ")
    message = terminal_text(described)[:300]
    return FeedError(url, FetchReason.UNEXPECTED, f"while storing: {message}")


def describe_event(event: Event) -> str:
    return str(event.type) if event.current else f"{event.type} (background)"
