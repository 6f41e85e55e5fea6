"""`monitor check` and `monitor db`: the watchlist and the schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from monitor.adapters.settings import Settings
from monitor.app.commands.common import read_watchlist
from monitor.app.output import for_terminal
from monitor.core.types import Watchlist
from monitor.errors import Problem, WatchlistError


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings, sending=True)
    missing = missing_feed_files(watchlist)
    if missing:
        raise WatchlistError(str(settings.watchlist_path), missing)
    for i, feed in enumerate(watchlist.feeds):
        if feed.interval_seconds < 60:
            url = for_terminal(feed.url)
            print(
                f"warning: feeds[{i}].interval: {url} every {feed.interval_seconds} s "
                "is more often than once a minute; servers may block the monitor",
                file=sys.stderr,
            )
    print(
        f"{settings.watchlist_path}: ok — {len(watchlist.people)} people, "
        f"{len(watchlist.feeds)} feeds, {len(watchlist.alerts)} alert routes"
    )
    return 0


def missing_feed_files(watchlist: Watchlist) -> list[Problem]:
    """A local feed (``path:``) whose file does not exist: every poll would fail with
    ``missing_file``, so ``check`` refuses it (the other commands poll the rest)."""
    problems = []
    for i, feed in enumerate(watchlist.feeds):
        if not feed.url.startswith("file://"):
            continue
        path = Path(unquote(urlsplit(feed.url).path))
        if not path.exists():
            problems.append(Problem(f"feeds[{i}].path", f"no such file: {path}"))
    return problems


def run_db(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.adapters.db.session import migrate, open_database  # `check` needs no database

    read_watchlist(settings)
    with open_database(settings.database_url, upgrade=False) as database:
        applied = migrate(database)
    print("database upgraded" if applied else "database already up to date")
    return 0
