"""`monitor check` and `monitor db`: the watchlist and the schema."""

from __future__ import annotations

import argparse

from monitor.adapters.db.session import migrate, open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.common import read_watchlist


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    print(
        f"{settings.watchlist_path}: ok — {len(watchlist.people)} people, "
        f"{len(watchlist.feeds)} feeds, {len(watchlist.alerts)} alert routes"
    )
    return 0


def run_db(args: argparse.Namespace, settings: Settings) -> int:
    read_watchlist(settings)
    database = open_database(settings.database_url, upgrade=False)
    try:
        applied = migrate(database)
    finally:
        database.dispose()
    print("database upgraded" if applied else "database already up to date")
    return 0
