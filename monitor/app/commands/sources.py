"""`monitor feeds import|export` (OPML) and `monitor people import` (CSV): lists from
feed readers and spreadsheets, merged into the watchlist file.

An import edits the file round-trip (its comments and order kept), validates the result
as `monitor check` would, and only then replaces the file (atomically: a new file in the
same folder, renamed over it). ``--dry-run`` prints the change as a diff and writes
nothing. ruamel.yaml is imported only here, when one of these commands runs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.adapters.settings import Settings
from monitor.adapters.watchlist_file import load_watchlist
from monitor.app.commands.common import now, read_watchlist
from monitor.app.output import for_terminal
from monitor.errors import ConfigError, WatchlistError

if TYPE_CHECKING:
    from monitor.adapters.watchlist_edit import WatchlistDocument


def run_feeds_or_lists(args: argparse.Namespace, settings: Settings) -> int:
    """`monitor feeds` (health), `monitor feeds import FILE`, `monitor feeds export`."""
    if args.action == "import":
        return import_feeds(args, settings)
    if args.action == "export":
        return export_feeds(settings)
    if args.file or args.dry_run:
        raise ConfigError("a FILE and --dry-run go with `monitor feeds import`")
    from monitor.app.commands.polling import run_feeds

    return run_feeds(args, settings)


def import_feeds(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.adapters.opml import read_opml

    source = required_file(args)
    listing = read_opml(read_bytes(source), source)
    document = open_document(settings)
    listed = set(document.feed_urls())
    added = [feed for feed in listing.feeds if feed.url not in listed]
    for feed in added:
        document.add_feed(feed.url, feed.title)
    for url in listing.skipped:
        print(f"skipped (not an http or https address): {for_terminal(url)}", file=sys.stderr)
    summary = (
        f"{len(added)} feeds added, {len(listing.feeds) - len(added)} already listed, "
        f"{len(listing.skipped)} skipped"
    )
    return save(document, settings, args.dry_run, summary)


def export_feeds(settings: Settings) -> int:
    """The watchlist's http(s) feeds as OPML on standard output, their URLs as written
    (a ``${VAR}`` stays a reference: no secret leaves in an export)."""
    from monitor.adapters.opml import OutlineFeed, write_opml

    read_watchlist(settings)  # a valid file, or the problems
    document = open_document(settings)
    feeds = [OutlineFeed(url) for url in document.feed_urls() if url.startswith("http")]
    sys.stdout.buffer.write(write_opml(feeds, "case monitor feeds", now()))
    sys.stdout.flush()
    return 0


def run_people(args: argparse.Namespace, settings: Settings) -> int:
    """`monitor people import FILE.csv [--skip-bad] [--dry-run]`."""
    from monitor.adapters.people_csv import read_people_csv
    from monitor.adapters.watchlist_edit import EditResult

    source = required_file(args)
    watchlist = read_watchlist(settings)
    found = read_people_csv(read_bytes(source), source, watchlist.people)
    for bad in found.bad:
        print(f"{source}: {bad}", file=sys.stderr)
    if found.bad and not args.skip_bad:
        raise ConfigError(
            f"{source}: {len(found.bad)} bad row(s): nothing written (fix them, or give "
            "--skip-bad to import the good rows)"
        )
    document = open_document(settings)
    outcomes = dict.fromkeys(EditResult, 0)
    for person in found.people:
        outcome = document.upsert_person(person.as_person())
        outcomes[outcome] += 1
        if outcome is not EditResult.UNCHANGED:
            print(f"{outcome:<9} {person.id} (line {person.line})")
    summary = ", ".join(f"{n} {what}" for what, n in outcomes.items())
    if found.bad:
        summary += f", {len(found.bad)} bad rows skipped"
    return save(document, settings, args.dry_run, summary)


def required_file(args: argparse.Namespace) -> str:
    if not args.file:
        raise ConfigError("give the FILE to import")
    return str(args.file)


def read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read: {e.strerror or e}") from e


def open_document(settings: Settings) -> WatchlistDocument:
    from monitor.adapters.watchlist_edit import WatchlistDocument

    path = Path(settings.watchlist_path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read: {e.strerror or e}") from e
    return WatchlistDocument(text, str(path))


def save(document: WatchlistDocument, settings: Settings, dry_run: bool, summary: str) -> int:
    """Validate the edited file, then show (``dry_run``) or write it."""
    path = Path(settings.watchlist_path)
    before = path.read_text(encoding="utf-8")
    after = document.text()
    staged = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        staged.write_text(after, encoding="utf-8")
        load_watchlist(staged, os.environ, sending=False)  # as `monitor check` reads it
        if dry_run:
            sys.stdout.writelines(
                difflib.unified_diff(
                    before.splitlines(keepends=True),
                    after.splitlines(keepends=True),
                    str(path),
                    f"{path} (after import)",
                )
            )
        elif after != before:
            shutil.copymode(path, staged)
            os.replace(staged, path)
    except WatchlistError as e:
        problems = str(e).replace(str(staged), str(path))
        raise ConfigError(f"nothing written: the result would not be valid: {problems}") from e
    finally:
        staged.unlink(missing_ok=True)
    print(f"{summary}{' (dry run: nothing written)' if dry_run else ''}")
    return 0
