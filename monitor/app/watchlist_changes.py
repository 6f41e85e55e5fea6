"""Changes to the watchlist file made from the review UI: the file edited as a person
would (comments and order kept, ``adapters.watchlist_edit``), checked as ``monitor check``
reads it, written in one rename, and the database synced to it; one audit line each.

    edit = PersonEdit(person, actor="aigerim", note="new case")
    outcome = change_person(database, Path("watchlist.yaml"), edit, now)

Edits from several requests take turns (a lock per process); the daemon sees the new
file by its digest and reloads it, as after any edit by hand. An edit whose result would
not be valid writes nothing and raises ``WatchlistError`` naming every problem.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from monitor.adapters.db import people
from monitor.adapters.db.review import AuditLine, add_audit_line
from monitor.adapters.db.session import Database
from monitor.adapters.watchlist_edit import LIST_FIELDS, EditResult, WatchlistDocument
from monitor.adapters.watchlist_file import load_watchlist
from monitor.core.types import Person, Watchlist
from monitor.errors import ConfigError, WatchlistError

EDITING = threading.Lock()  # one edit of the file at a time in this process
PERSON_KEYS = ("name", "status", *LIST_FIELDS)
ADD_PERSON = "watchlist_add_person"
EDIT_PERSON = "watchlist_edit_person"
ADD_FEED = "watchlist_add_feed"
EDIT_FEED = "watchlist_edit_feed"
ACTIONS = (ADD_PERSON, EDIT_PERSON, ADD_FEED, EDIT_FEED)  # as the audit log names them


@dataclass(frozen=True)
class PersonEdit:
    person: Person  # what the entry should say
    actor: str
    note: str | None = None
    adding: bool = False  # refuse when the id is taken (a new person, not an edit)


@dataclass(frozen=True)
class FeedAdd:
    url: str
    actor: str
    interval: str | None = None
    full_text: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Outcome:
    result: EditResult
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def read_document(path: Path) -> WatchlistDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read: {e.strerror or e}") from e
    return WatchlistDocument(text, str(path))


def write_checked(path: Path, document: WatchlistDocument) -> Watchlist:
    """The edited file checked as ``monitor check`` reads it, then put in place in one
    rename; nothing is written when it is not valid."""
    staged = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    try:
        staged.write_text(document.text(), encoding="utf-8")
        try:
            watchlist = load_watchlist(staged, os.environ, sending=False)
        except WatchlistError as e:
            raise WatchlistError(str(path), e.problems) from e
        shutil.copymode(path, staged)
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    return watchlist


def plain(entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """A person's entry as plain values, for the audit log."""
    if entry is None:
        return None
    shown = {k: entry.get(k) for k in PERSON_KEYS if entry.get(k) is not None}
    return {k: list(v) if isinstance(v, list) else str(v) for k, v in shown.items()}


def apply(
    database: Database,
    path: Path,
    edit: Callable[[WatchlistDocument], Outcome],
    audit: Callable[[Outcome], AuditLine],
    now: datetime,
) -> Outcome:
    """Edit, check and write the file, then sync the database and audit, in turns."""
    with EDITING:
        document = read_document(path)
        outcome = edit(document)
        if outcome.result is EditResult.UNCHANGED:
            return outcome
        watchlist = write_checked(path, document)
        with database.transaction() as session:
            people.sync_watchlist(session, watchlist, now)
            add_audit_line(session, audit(outcome), now)
    return outcome


def change_person(database: Database, path: Path, change: PersonEdit, now: datetime) -> Outcome:
    """Add a person to the watchlist file or make their entry say what ``change`` says."""
    person_id = change.person.id

    def edit(document: WatchlistDocument) -> Outcome:
        before = plain(document.person(person_id))
        if change.adding and before is not None:
            raise ConfigError(f"people: the id {person_id!r} is taken")
        if not change.adding and before is None:
            raise ConfigError(f"people: no {person_id!r} in the watchlist file")
        result = document.set_person(change.person)
        return Outcome(result, before, plain(document.person(person_id)))

    def audit(outcome: Outcome) -> AuditLine:
        action = ADD_PERSON if outcome.result is EditResult.ADDED else EDIT_PERSON
        detail = {"before": outcome.before, "after": outcome.after}
        return AuditLine(action, change.actor, change.note, detail, person_id)

    return apply(database, path, edit, audit, now)


def add_feed(database: Database, path: Path, change: FeedAdd, now: datetime) -> Outcome:
    """Add a feed to the watchlist file (unchanged when the file lists it already)."""

    def edit(document: WatchlistDocument) -> Outcome:
        if change.url in document.feed_urls():
            return Outcome(EditResult.UNCHANGED, None, None)
        document.add_feed(change.url, None, interval=change.interval, full_text=change.full_text)
        after = {"url": change.url, "interval": change.interval, "full_text": change.full_text}
        return Outcome(EditResult.ADDED, None, {k: v for k, v in after.items() if v})

    def audit(outcome: Outcome) -> AuditLine:
        return AuditLine(ADD_FEED, change.actor, change.note, {"feed": outcome.after})

    return apply(database, path, edit, audit, now)


def edit_feed(database: Database, path: Path, change: FeedAdd, now: datetime) -> Outcome:
    """Give a feed the file lists a new interval or full-text mode."""

    def edit(document: WatchlistDocument) -> Outcome:
        entry = document.feed(change.url)
        if entry is None:
            raise ConfigError(f"feeds: {change.url!r} is not listed so in the watchlist file")
        before = {k: str(entry[k]) for k in ("interval", "full_text") if entry.get(k)}
        result = document.set_feed(change.url, interval=change.interval, full_text=change.full_text)
        after = {"interval": change.interval, "full_text": change.full_text}
        return Outcome(result, before, {k: v for k, v in after.items() if v})

    def audit(outcome: Outcome) -> AuditLine:
        detail = {"feed": {"url": change.url}, "before": outcome.before, "after": outcome.after}
        return AuditLine(EDIT_FEED, change.actor, change.note, detail)

    return apply(database, path, edit, audit, now)
