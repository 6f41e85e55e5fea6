"""`monitor poll` (one pass; `--once` says the same), `monitor feeds` and `monitor reprocess`."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC
from types import FrameType
from typing import TYPE_CHECKING

from monitor.adapters.db import feeds
from monitor.adapters.db.session import Database, open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.alerts import dispatcher, print_deliveries, print_waiting
from monitor.app.commands.common import connect, now, read_watchlist, retry_policy
from monitor.app.logs import configure_logging
from monitor.app.outbox import worker_name
from monitor.app.output import for_terminal, iso, write_json, write_table
from monitor.app.shapes import feed_as_dict
from monitor.core.outcomes import PollOutcome
from monitor.core.types import Watchlist
from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.app.pipeline import FeedReport

INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C (128 + SIGINT)


def run_poll(args: argparse.Namespace, settings: Settings) -> int:
    """One pass over every feed. Ctrl-C stops it cleanly: the feeds in flight are given
    back (no lease left behind), the unpolled ones counted, and the exit status is 130."""
    from monitor.app.pipeline import Pipeline  # loads the HTTP stack only when polling

    watchlist = read_watchlist(settings, sending=True)
    stopping = threading.Event()
    with open_database(settings.database_url) as database:
        pipeline = Pipeline(database, watchlist, clock=now, owner=worker_name(), stopping=stopping)
        with interrupt_sets(stopping):
            reports = pipeline.poll_all()
        for report in reports:
            print_report(report)
        abandoned = print_unpolled(database, watchlist, reports, interrupted=stopping.is_set())
        if stopping.is_set():
            noun = "feed" if abandoned == 1 else "feeds"
            print(
                f"interrupted: {abandoned} {noun} not polled (their leases released)",
                file=sys.stderr,
            )
            return INTERRUPTED
        failed = sum(r.outcome == PollOutcome.ERROR for r in reports)
        entries = sum(r.new_entries for r in reports)
        found = sum(len(r.matches) for r in reports)
        changes = sum(len(m.changes) for r in reports for m in r.matches)
        print(
            f"{len(reports)} feeds polled, {failed} failed: {entries} new entries, "
            f"{found} matches, {changes} status changes stored in "
            f"{for_terminal(settings.database_url)}"
        )
        outbox = dispatcher(database, watchlist, settings)
        outbox.stopping = stopping  # Ctrl-C: the alerts not sent yet are given back
        with interrupt_sets(stopping):
            print_deliveries(outbox.send_due())
        print_waiting(database)
        if stopping.is_set():
            print(
                "interrupted: the alerts not sent yet go out at the next poll or "
                "`monitor alerts send`",
                file=sys.stderr,
            )
            return INTERRUPTED
    return 1 if reports and failed == len(reports) else 0


@contextmanager
def interrupt_sets(stopping: threading.Event) -> Iterator[None]:
    """While this runs, Ctrl-C (SIGINT) sets ``stopping`` instead of raising at a random
    spot (which would leave the feeds in flight leased for minutes); a second Ctrl-C
    interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        if stopping.is_set():
            raise KeyboardInterrupt
        stopping.set()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def print_unpolled(
    database: Database, watchlist: Watchlist, reports: Sequence[FeedReport], *, interrupted: bool
) -> int:
    """Name each feed of the watchlist this pass skipped because another process holds
    it; return how many it abandoned when interrupted (their leases already released)."""
    polled = {report.url for report in reports}
    with database.transaction() as session:
        held = feeds.leased_feeds(session, now())
    abandoned = 0
    for url in dict.fromkeys(feed.url for feed in watchlist.feeds):
        if url in polled:
            continue
        if url in held:
            until = held[url].astimezone(UTC).strftime("%H:%M UTC")
            print(f"skipped (being polled by another process until {until}): {url}")
        elif interrupted:
            abandoned += 1
        else:  # its lease ended meanwhile: the other process has polled it
            print(f"skipped (polled by another process meanwhile): {url}")
    return abandoned


def print_report(report: FeedReport) -> None:
    """One feed's outcome; every text from the feed or its server made ``for_terminal``."""
    url = for_terminal(report.url)
    if report.outcome == PollOutcome.ERROR:
        retry = iso(report.next_poll_at)
        said = for_terminal(f"{report.error_reason}: {report.error_message}")
        print(f"error         {url}")
        print(f"              {said} (next try {retry})")
        return
    if report.outcome == PollOutcome.NOT_MODIFIED:
        print(f"not modified  {url}")
        return
    print(f"ok            {url}: {report.new_entries} new entries, {len(report.matches)} matches")
    if report.discovered_url:
        advertised = for_terminal(report.discovered_url)
        print(f"              read the feed the page advertises: {advertised}")
    for match in report.matches:
        events = f"  [{', '.join(match.events)}]" if match.events else ""
        name, title = for_terminal(match.person_name), for_terminal(match.article_title)
        print(f'              {name} in "{title}"{events}')
        for change in match.changes:
            print(f"              status changed: {name} ({match.person_id}) {change}")


def run_feeds(args: argparse.Namespace, settings: Settings) -> int:
    with connect(settings, writes=False) as database, database.transaction() as session:
        health = feeds.list_feeds(session)
    rows = [feed_as_dict(feed) for feed in health]
    if args.format == "json":
        write_json(rows, sys.stdout)
    else:
        columns = [
            "url",
            "last_status",
            "error_reason",
            "consecutive_failures",
            "last_success_at",
            "next_poll_at",
            "discovered_url",
            "source",
        ]
        write_table(rows, columns, sys.stdout)
    return 0


def run_reprocess(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.app.reprocess import reprocess_archive

    watchlist = read_watchlist(settings)
    with open_database(settings.database_url) as database:
        report = reprocess_archive(database, watchlist, now)
    print(
        f"{report.articles} articles reprocessed: {report.matches} matches, "
        f"{report.new_events} new events, {report.status_changes} status changes"
    )
    return 0


def run_daemon(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.adapters.name_cache import cache_folder
    from monitor.adapters.watchlist_file import load_watchlist_file
    from monitor.app.daemon import Daemon, DaemonOptions
    from monitor.app.output import remember_secrets

    configure_logging(args.log_format)
    loaded = load_watchlist_file(
        settings.watchlist_path, os.environ, sending=True, cache=cache_folder(os.environ)
    )
    remember_secrets(loaded.watchlist.secrets)
    options = DaemonOptions(
        tick_seconds=args.tick,
        dispatch_seconds=args.dispatch,
        source_seconds=args.source_check,
        health_host=args.health_host,
        health_port=args.health_port,
    )
    if args.parse_workers is not None:
        if args.parse_workers < 0:
            raise ConfigError("--parse-workers must be 0 or more")
        options = replace(options, parse_workers=args.parse_workers)
    daemon = Daemon(
        settings,
        loaded.watchlist,
        os.environ,
        options,
        retry_policy(settings),
        digest=loaded.digest,  # of the bytes parsed: an edit made since is seen and loaded
    )
    status = daemon.run()
    if daemon.abandoned:  # a job thread is still blocked: do not wait for it at exit
        logging.shutdown()
        sys.stdout.flush()
        os._exit(status)
    return status
