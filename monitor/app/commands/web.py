"""The review UI's commands: `monitor web`, `monitor users ...`, `monitor tokens ...`."""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from monitor.adapters.db import accounts, people
from monitor.adapters.db.session import open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.common import now, open_for_reading, read_watchlist
from monitor.app.listening import listening_socket
from monitor.app.output import iso, write_json, write_table
from monitor.app.web import auth
from monitor.errors import ConfigError

MIN_PASSWORD = 8
# X-Forwarded-* is read by the app, and only from $MONITOR_TRUSTED_PROXIES.
UVICORN_OPTIONS: dict[str, Any] = {"server_header": False, "proxy_headers": False}


def run_web(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from monitor.app.web.app import create_app
    from monitor.app.web.atom import mask_tokens_in_access_log

    listening = listening_socket(args.host, args.port)  # first: a port in use stops us here
    try:
        with open_for_reading(settings) as database:  # it needs the schema a poll or upgrade made
            if settings.watchlist_path.is_file():  # show the watchlist's people before a poll
                watchlist = read_watchlist(settings)
                with database.transaction() as session:
                    people.sync_watchlist(session, watchlist, now())
            port = listening.getsockname()[1]  # the one given, or the one --port 0 got
            print(
                f"monitor web: serving the review UI on http://{args.host}:{port}/", file=sys.stderr
            )
            config = uvicorn.Config(
                create_app(
                    database,
                    trusted_proxies=settings.trusted_proxies,
                    watchlist=Path(settings.watchlist_path),
                ),
                log_level="info",
                **UVICORN_OPTIONS,
            )
            mask_tokens_in_access_log()  # feed readers put their token in the URL
            server = uvicorn.Server(config)
            server.run(sockets=[listening])
    finally:
        listening.close()
    return 0 if server.started else 1  # uvicorn logged why it could not start


def read_password(prompt: str = "Password: ") -> str:
    """From the terminal without echo (asked twice), or one line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise ConfigError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def run_users(args: argparse.Namespace, settings: Settings) -> int:
    """add NAME, passwd NAME (both read the password), disable NAME, enable NAME, list."""
    if args.format != "table" and args.action != "list":
        raise ConfigError("--format goes with `monitor users list`")
    if args.action == "list":
        if args.name is not None:
            raise ConfigError("monitor users list takes no user name")
        return list_users(settings, args.format == "json")
    if args.name is None:
        raise ConfigError(f"monitor users {args.action} needs a user name")
    name = args.name.strip()
    if not name or len(name) > 200 or any(c.isspace() or ord(c) < 32 for c in name):
        raise ConfigError(f"{args.name!r} is not a user name (1-200 characters, no spaces)")
    with open_database(settings.database_url) as database:
        with database.transaction() as session:
            user = accounts.find_user(session, name)
        if (user is None) != (args.action == "add"):
            return refuse(f"user {name!r} exists already" if user else f"no user {name!r}")
        password = new_password() if args.action in ("add", "passwd") else None
        with database.transaction() as session:
            if user is None:
                assert password is not None
                hashed = auth.hash_password(password)
                if accounts.add_user(session, name, hashed, now()) is None:
                    return refuse(f"user {name!r} exists already")  # added meanwhile
            else:  # the user's browser sessions end: they log in again
                if password is not None:
                    accounts.set_password_hash(session, user.id, auth.hash_password(password))
                if args.action in ("disable", "enable"):
                    accounts.set_user_disabled(session, user.id, args.action == "disable")
                accounts.end_user_sessions(session, user.id)
    done = {
        "add": "added",
        "passwd": "has a new password",
        "disable": "disabled",
        "enable": "enabled",
    }
    print(f"user {name!r} {done[args.action]}")
    return 0


def refuse(problem: str) -> int:
    print(f"monitor users: {problem}", file=sys.stderr)
    return 1


def new_password() -> str:
    password = read_password()
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"the password must have at least {MIN_PASSWORD} characters")
    if "\x00" in password:
        raise ConfigError("the password must not contain NUL characters")
    return password


def list_users(settings: Settings, json_format: bool = False) -> int:
    with open_database(settings.database_url) as database, database.transaction() as session:
        users = accounts.list_users(session)
    if json_format:
        rows = [
            {
                "name": u.name,
                "state": "disabled" if u.disabled else "active",
                "last_login_at": iso(u.last_login_at),
            }
            for u in users
        ]
        write_json(rows, sys.stdout)
        return 0
    for user in users:
        last = user.last_login_at.isoformat(timespec="minutes") if user.last_login_at else "never"
        print(f"{user.name}\t{'disabled' if user.disabled else 'active'}\tlast login {last}")
    return 0


def run_tokens(args: argparse.Namespace, settings: Settings) -> int:
    """create NAME --owner USER [--expires 90d|DATE], revoke NAME, list."""
    if args.format != "table" and args.action != "list":
        raise ConfigError("--format goes with `monitor tokens list`")
    if args.action == "list":
        if args.name is not None or args.owner or args.expires:
            raise ConfigError("monitor tokens list takes no name, --owner or --expires")
        return list_tokens(settings, args.format == "json")
    if args.name is None:
        raise ConfigError(f"monitor tokens {args.action} needs a token name")
    name = args.name.strip()
    if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
        raise ConfigError(f"{args.name!r} is not a token name (1-200 characters)")
    if args.action == "revoke":
        if args.owner or args.expires:
            raise ConfigError("monitor tokens revoke takes no --owner or --expires")
        return revoke_token(settings, name)
    if not args.owner:
        raise ConfigError("create needs --owner USER: the user the token acts for")
    expires_at = expiry(args.expires, now()) if args.expires else None
    return create_token(settings, name, args.owner, expires_at)


def create_token(settings: Settings, name: str, owner: str, expires_at: datetime | None) -> int:
    token = auth.new_api_token()
    with open_database(settings.database_url) as database, database.transaction() as session:
        user = accounts.find_user(session, owner)
        if user is None:
            raise ConfigError(f"--owner {owner!r}: no such user (see monitor users list)")
        new = accounts.NewToken(name, auth.token_hash(token), user.id, now(), expires_at)
        if accounts.add_api_token(session, new) is None:
            raise ConfigError(f"a token named {name!r} exists already")
    until = f", expires {expires_at.isoformat(timespec='minutes')}" if expires_at else ""
    print(
        f"API token {name!r} for {owner!r}{until} (shown once; only its hash is stored):",
        file=sys.stderr,
    )
    print(token)
    return 0


DURATION = re.compile(r"(\d{1,5})([dwh])")
UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def expiry(text: str, now: datetime) -> datetime:
    """``90d`` (also ``12h``, ``4w``) from now, or a date (the token ends as it begins,
    UTC) or an ISO datetime."""
    text = text.strip()
    if found := DURATION.fullmatch(text):
        if int(found[1]) == 0:
            raise ConfigError(f"--expires {text!r}: give a positive duration")
        return now + int(found[1]) * UNITS[found[2]]
    try:
        if len(text) == 10:
            expires_at = datetime.combine(date.fromisoformat(text), time(), UTC)
        else:
            expires_at = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"--expires {text!r} is neither a duration (90d, 12h, 4w) nor a date (YYYY-MM-DD)"
        ) from None
    if expires_at.tzinfo is None:
        expires_at = expires_at.replace(tzinfo=UTC)
    if expires_at <= now:
        raise ConfigError(f"--expires {text!r} is in the past")
    return expires_at


def revoke_token(settings: Settings, name: str) -> int:
    with open_database(settings.database_url) as database, database.transaction() as session:
        found = accounts.list_api_tokens(session, name)
        revoked = accounts.revoke_api_token(session, name, now())
    if not found:
        print(f"monitor tokens: no token named {name!r}", file=sys.stderr)
        return 1
    print(f"token {name!r} {'revoked' if revoked else 'was revoked already'}")
    return 0


def list_tokens(settings: Settings, json_format: bool = False) -> int:
    """Name, owner, dates and state of every token; never a token itself."""
    with open_database(settings.database_url) as database, database.transaction() as session:
        tokens = accounts.list_api_tokens(session)
    at = now()
    rows = [
        {
            "name": t.name,
            "owner": t.owner or "(none)",
            "created": minute(t.created_at),
            "expires": minute(t.expires_at) or "never",
            "last_used": minute(t.last_used_at) or "never",
            "state": token_state(t, at),
        }
        for t in tokens
    ]
    if json_format:
        write_json(rows, sys.stdout)
        return 0
    write_table(rows, ["name", "owner", "created", "expires", "last_used", "state"], sys.stdout)
    return 0


def minute(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes").replace("+00:00", "Z") if value else None


def token_state(token: accounts.TokenListing, at: datetime) -> str:
    if token.revoked_at is not None:
        return "revoked " + (minute(token.revoked_at) or "")
    if token.expires_at is not None and token.expires_at <= at:
        return "expired"
    if token.owner_disabled:
        return "owner disabled"
    return "active"
