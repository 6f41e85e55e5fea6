"""The review UI's commands: `monitor web`, `monitor users ...`, `monitor tokens create`."""

from __future__ import annotations

import argparse
import getpass
import sys

from monitor.adapters.db import repo, web_queries
from monitor.adapters.db.session import open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.common import now, open_for_reading, read_watchlist
from monitor.app.listening import listening_socket
from monitor.app.web import auth
from monitor.errors import ConfigError

MIN_PASSWORD = 8


def run_web(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from monitor.app.web.app import create_app

    listening = listening_socket(args.host, args.port)  # first: a port in use stops us here
    try:
        database = open_for_reading(settings)  # it needs the schema a poll or upgrade made
        try:
            if settings.watchlist_path.is_file():  # show the watchlist's people before a poll
                watchlist = read_watchlist(settings)
                with database.transaction() as session:
                    repo.sync_watchlist(session, watchlist, now())
            port = listening.getsockname()[1]  # the one given, or the one --port 0 got
            print(f"monitor web: serving the review UI on http://{args.host}:{port}/",
                  file=sys.stderr)  # fmt: skip
            config = uvicorn.Config(
                create_app(database), server_header=False, log_level="info",
                proxy_headers=True,  # X-Forwarded-* from 127.0.0.1 only
            )  # fmt: skip
            server = uvicorn.Server(config)
            server.run(sockets=[listening])
        finally:
            database.dispose()
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
    if args.action == "list":
        if args.name is not None:
            raise ConfigError("monitor users list takes no user name")
        return list_users(settings)
    if args.name is None:
        raise ConfigError(f"monitor users {args.action} needs a user name")
    name = args.name.strip()
    if not name or len(name) > 200 or any(c.isspace() or ord(c) < 32 for c in name):
        raise ConfigError(f"{args.name!r} is not a user name (1-200 characters, no spaces)")
    database = open_database(settings.database_url)
    try:
        with database.transaction() as session:
            user = web_queries.find_user(session, name)
        if (user is None) != (args.action == "add"):
            return refuse(f"user {name!r} exists already" if user else f"no user {name!r}")
        password = new_password() if args.action in ("add", "passwd") else None
        with database.transaction() as session:
            if user is None:
                assert password is not None
                hashed = auth.hash_password(password)
                if web_queries.add_user(session, name, hashed, now()) is None:
                    return refuse(f"user {name!r} exists already")  # added meanwhile
            else:  # the user's browser sessions end: they log in again
                if password is not None:
                    web_queries.set_password_hash(session, user.id, auth.hash_password(password))
                if args.action in ("disable", "enable"):
                    web_queries.set_user_disabled(session, user.id, args.action == "disable")
                web_queries.end_user_sessions(session, user.id)
    finally:
        database.dispose()
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


def list_users(settings: Settings) -> int:
    database = open_database(settings.database_url)
    try:
        with database.transaction() as session:
            users = web_queries.list_users(session)
    finally:
        database.dispose()
    for user in users:
        last = user.last_login_at.isoformat(timespec="minutes") if user.last_login_at else "never"
        print(f"{user.name}\t{'disabled' if user.disabled else 'active'}\tlast login {last}")
    return 0


def run_tokens(args: argparse.Namespace, settings: Settings) -> int:
    name = args.name.strip()
    if not name or len(name) > 200 or "\x00" in name:
        raise ConfigError(f"{args.name!r} is not a token name (1-200 characters)")
    token = auth.new_api_token()
    database = open_database(settings.database_url)
    try:
        with database.transaction() as session:
            web_queries.add_api_token(session, name, auth.token_hash(token), now())
    finally:
        database.dispose()
    print(f"API token {name!r} (shown once; only its hash is stored):", file=sys.stderr)
    print(token)
    return 0
