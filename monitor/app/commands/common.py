"""What every command needs: the watchlist, the database, the clock, output options."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from monitor.adapters.name_cache import cache_folder
from monitor.adapters.settings import Settings
from monitor.adapters.watchlist_file import load_watchlist
from monitor.app.output import remember_secrets
from monitor.core.schedule import RetryPolicy
from monitor.core.types import Watchlist

if TYPE_CHECKING:  # the database's libraries load only for the commands that use one
    from monitor.adapters.db.session import Database


def read_watchlist(settings: Settings, *, sending: bool = False) -> Watchlist:
    """The watchlist, its secrets remembered for masking. Only commands that send alerts
    (``sending``) need every alert channel's environment variables set."""
    cache = cache_folder(os.environ)  # the data read from the file, kept for next time
    watchlist = load_watchlist(settings.watchlist_path, os.environ, sending=sending, cache=cache)
    remember_secrets(watchlist.secrets)
    return watchlist


def connect(settings: Settings, *, writes: bool) -> Database:
    """The database, once the watchlist is known to be valid.

    A command that writes creates the schema, or brings an old one up to date. One that
    only reads creates nothing: a missing database (a wrong URL or folder, most likely)
    or an old schema is refused with exit status 2 and what to run first.
    """
    from monitor.adapters.db.session import open_database

    read_watchlist(settings)
    return open_database(settings.database_url) if writes else open_for_reading(settings)


def open_for_reading(settings: Settings) -> Database:
    """The database of a command that only reads (see ``connect``)."""
    from monitor.adapters.db.session import open_existing_database

    return open_existing_database(settings.database_url)


def now() -> datetime:
    return datetime.now(UTC)


def retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        base=timedelta(seconds=settings.retry_base_seconds),
        cap=timedelta(seconds=settings.retry_max_seconds),
        give_up_after=timedelta(seconds=settings.retry_give_up_seconds),
    )
