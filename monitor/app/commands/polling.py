"""`monitor poll --once`, `monitor feeds` and `monitor reprocess`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from monitor.adapters.db import repo
from monitor.adapters.db.session import open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.alerts import dispatcher, print_deliveries
from monitor.app.commands.common import connect, now, read_watchlist, retry_policy
from monitor.app.logs import configure_logging
from monitor.app.output import for_terminal, iso, write_json, write_table
from monitor.app.shapes import feed_as_dict
from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.app.pipeline import FeedReport


def run_poll(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.app.pipeline import Pipeline  # loads the HTTP stack only when polling

    watchlist = read_watchlist(settings, sending=True)
    database = open_database(settings.database_url)
    try:
        reports = Pipeline(database, watchlist, clock=now).poll_all()
        for report in reports:
            print_report(report)
        failed = sum(r.outcome == "error" for r in reports)
        entries = sum(r.new_entries for r in reports)
        found = sum(len(r.matches) for r in reports)
        print(
            f"{len(reports)} feeds polled, {failed} failed: {entries} new entries, "
            f"{found} matches stored in {for_terminal(settings.database_url)}"
        )
        print_deliveries(dispatcher(database, watchlist, settings).send_due())
    finally:
        database.dispose()
    return 1 if reports and failed == len(reports) else 0


def print_report(report: FeedReport) -> None:
    """One feed's outcome; every text from the feed or its server made ``for_terminal``."""
    url = for_terminal(report.url)
    if report.outcome == "error":
        retry = iso(report.next_poll_at)
        said = for_terminal(f"{report.error_reason}: {report.error_message}")
        print(f"error         {url}")
        print(f"              {said} (next try {retry})")
        return
    if report.outcome == "not_modified":
        print(f"not modified  {url}")
        return
    print(f"ok            {url}: {report.new_entries} new entries, {len(report.matches)} matches")
    for match in report.matches:
        events = f"  [{', '.join(match.events)}]" if match.events else ""
        name, title = for_terminal(match.person_name), for_terminal(match.article_title)
        print(f'              {name} in "{title}"{events}')


def run_feeds(args: argparse.Namespace, settings: Settings) -> int:
    database = connect(settings)
    try:
        with database.transaction() as session:
            feeds = repo.list_feeds(session)
    finally:
        database.dispose()
    rows = [feed_as_dict(feed) for feed in feeds]
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
        ]
        write_table(rows, columns, sys.stdout)
    return 0


def run_reprocess(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.app.reprocess import reprocess_archive

    watchlist = read_watchlist(settings)
    database = open_database(settings.database_url)
    try:
        report = reprocess_archive(database, watchlist, now)
    finally:
        database.dispose()
    print(
        f"{report.articles} articles reprocessed: {report.matches} matches, "
        f"{report.new_events} new events, {report.status_changes} status changes"
    )
    return 0


def run_daemon(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.app.daemon import Daemon, DaemonOptions

    configure_logging(args.log_format)
    watchlist = read_watchlist(settings, sending=True)
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
    daemon = Daemon(settings, watchlist, os.environ, options, retry_policy(settings))
    status = daemon.run()
    if daemon.abandoned:  # a job thread is still blocked: do not wait for it at exit
        logging.shutdown()
        sys.stdout.flush()
        os._exit(status)
    return status
