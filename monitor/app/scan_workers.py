"""Matching in the parser processes: a feed's entries are parsed and analysed together.

With a parser pool (``--parse-workers``), the daemon's own process would otherwise spend
half of a full pass finding names and events in the store thread, sharing one interpreter
lock with the event loop. Here the worker that parses a feed also scans its entries, with
the pipeline's very names:

- the pipeline writes its compiled watchlist (the people and their NameIndex in the name
  cache's columns, marshalled: no class named, no code run on reading) once, to a private
  temporary file (``NamesFile``), in a folder locked for the daemon's life, so that the next
  start removes it should the daemon be killed (``private_folders``); each worker reads it
  at its first feed and keeps the last one read, so a reload's new names reach every worker
  without restarting the pool;
- a worker scans an entry as the store would, with its trusted date and its language; the
  store takes the findings only when the article it stores is the one scanned (same text,
  date and language: ``Scanned.fits``), and scans it itself otherwise (a full-text page
  read since, an entry without a date, whose date is the store's own clock);
- it also reads each entry's keys for deduplication (``core.entries.entry_keys``: hashes of
  its guid, link and text), which the store takes for any entry it finds unchanged;
- anything that goes wrong with the names (a file gone with an old watchlist, unreadable)
  costs only the head start: the entries are returned unscanned, and the store scans them.
"""

from __future__ import annotations

import marshal
import shutil
import uuid
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from monitor.adapters import read_cache_file, write_cache_file
from monitor.adapters.feeds.parse import parse_feed
from monitor.adapters.name_cache import columns_of, index_of
from monitor.adapters.watchlist_file import columns_of as person_columns_of
from monitor.adapters.watchlist_file import people_of
from monitor.app.private_folders import hold_private_folder
from monitor.core.entries import EntryKeys, entry_keys
from monitor.core.intake import admit_entry
from monitor.core.scan import Scanner, scan_article, scanner_from
from monitor.core.types import Article, Finding, ParsedEntry, ParsedFeed
from monitor.errors import FeedError, FetchError, FetchReason

MAGIC = b"case-monitor names for parser processes v2\n"
NAMES_PREFIX = "monitor-names-"  # the folders' names in the temporary directory


@dataclass(frozen=True)
class NamesFile:
    """Where a pipeline's compiled names are, for the parser processes (``key``: this
    writing's own, checked on reading)."""

    path: str
    key: str


@dataclass(frozen=True)
class Scanned:
    """An entry's keys, and its findings (None: not scanned) with the date and language
    they were read with."""

    keys: EntryKeys
    published: datetime | None = None
    lang: str | None = None
    findings: tuple[Finding, ...] | None = None

    def fits(self, article: Article) -> bool:
        """Whether these are ``article``'s findings (its text is the entry's, looked up by)."""
        return (
            self.findings is not None
            and self.published == article.published
            and self.lang == article.lang
        )


Scans = Mapping[ParsedEntry, Scanned]


def write_names_file(scanner: Scanner, owner: object) -> NamesFile | None:
    """``scanner``'s people and names in a new private file, removed when ``owner`` (the
    pipeline) is; None when it cannot be written (the store then scans every entry)."""
    try:  # mode 0700, locked while this process lives; dead daemons' folders swept
        held = hold_private_folder(NAMES_PREFIX)
    except OSError:
        return None
    weakref.finalize(owner, held.remove)  # (see remove_names_file)
    folder = Path(held.path)
    people = person_columns_of(list(scanner.people.values()))  # (as the watchlist cache keeps them)
    try:
        payload = marshal.dumps((people, columns_of(scanner.names)), 4)
    except ValueError:  # a value marshal does not keep (a str subclass)
        return None
    key = uuid.uuid4().hex
    path = folder / "names"
    write_cache_file(path, MAGIC, key, payload, "names")
    return NamesFile(str(path), key) if path.exists() else None


def remove_names_file(names: NamesFile) -> None:
    """Remove ``names`` now: at an exit that skips the interpreter's clean-up (``os._exit``,
    the daemon's stop with a job abandoned), the file would outlive the process."""
    shutil.rmtree(Path(names.path).parent, ignore_errors=True)


def read_names_file(names: NamesFile) -> Scanner | None:
    """The scanner written to ``names`` (``write_names_file``); None if the file is gone,
    not whole, or of another writing."""
    payload = read_cache_file(Path(names.path), MAGIC, names.key)
    if payload is None:
        return None
    try:
        people_columns, columns = marshal.loads(payload)
        people = people_of(people_columns)
        index = index_of(columns)
    except (ValueError, TypeError, EOFError, IndexError, KeyError):
        return None
    index.people = people
    return scanner_from(people, index)


_loaded: tuple[NamesFile, Scanner | None] | None = None  # a worker's: the last names read


def scanner_of(names: NamesFile) -> Scanner | None:
    global _loaded
    if _loaded is None or _loaded[0] != names:
        _loaded = (names, read_names_file(names))
    return _loaded[1]


def parse_and_scan(
    content: bytes,
    url: str,
    content_type: str | None,
    names: NamesFile,
    lang: str | None,
    now: datetime,
) -> tuple[ParsedFeed, dict[int, Scanned]]:
    """In a parser process: the feed parsed (``parse_feed``), and by their places among
    the entries, the keys of each entry the store takes as it is, with the findings of
    those that have a trusted date. ``lang``: the watchlist's language for the feed;
    ``now``: the pass's clock, for trusting dates."""
    parsed = parse_feed(content, url, content_type)
    scanner = scanner_of(names)
    scans: dict[int, Scanned] = {}
    for at, entry in enumerate(parsed.entries):
        if admit_entry(entry, now).entry is not entry:
            continue  # the store changes it (bounded text, another date): read there
        if entry.published is None or scanner is None:
            scans[at] = Scanned(entry_keys(entry))
            continue
        article = Article(
            id="",
            title=entry.title,
            text=entry.text,
            published=entry.published,
            url=None,
            lang=lang or entry.lang or parsed.lang,
        )
        findings = tuple(scan_article(scanner, article))
        scans[at] = Scanned(entry_keys(entry), entry.published, article.lang, findings)
    return parsed, scans


@dataclass(frozen=True)
class ParseRequest:
    """One feed's document for a parser process (``now``: the pass's clock, for trusting
    dates; ``lang``: the watchlist's language for the feed)."""

    content: bytes
    url: str
    content_type: str | None
    lang: str | None
    now: datetime


Parsed = tuple[ParsedFeed, dict[int, Scanned]]


def parse_many(requests: list[ParseRequest], names: NamesFile | None) -> list[Parsed | FeedError]:
    """In a parser process: each feed of ``requests`` parsed and scanned (``parse_and_scan``;
    with no ``names``, parsed only), or the error that is its own: one feed's failure is
    never another's."""
    results: list[Parsed | FeedError] = []
    for r in requests:
        try:
            if names is None:
                results.append((parse_feed(r.content, r.url, r.content_type), {}))
            else:
                results.append(
                    parse_and_scan(r.content, r.url, r.content_type, names, r.lang, r.now)
                )
        except FeedError as e:
            results.append(e)
        except Exception as e:  # a bug: this feed's pass fails, as it would in a thread
            results.append(FetchError(r.url, FetchReason.UNEXPECTED, f"{type(e).__name__}: {e}"))
    return results
