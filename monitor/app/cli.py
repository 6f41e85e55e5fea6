"""The ``monitor`` command line: every command and its options, in one place.

Exit statuses: 0 done, 1 failed at run time, 2 bad usage or configuration, 130
interrupted (Ctrl-C).

Each command names its handler as ``"module:function"``, imported only when that command
runs: ``monitor --help`` or ``monitor matches`` never load the web stack, the password
hasher, the alert channels or the name engine. A new command is one more
``command(name, "monitor.app.commands.x:run_x", help)`` line.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from monitor import __version__
from monitor.adapters.settings import Settings, load_settings
from monitor.app.output import for_terminal_lines
from monitor.core.outcomes import DeliveryState
from monitor.errors import MonitorError

Handler = Callable[[argparse.Namespace, Settings], int]
COMMANDS = "monitor.app.commands"
WATCHLIST_HELP = "watchlist file (default: $MONITOR_WATCHLIST, then ./watchlist.yaml)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(os.environ, args.watchlist)
        return handler_of(args.handler)(args, settings)
    except MonitorError as e:
        print(f"monitor {args.command}: {for_terminal_lines(str(e))}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:  # Ctrl-C where a command has no cleaner way to stop
        print(f"monitor {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`monitor matches | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:
        if (message := database_failure(e)) is None:
            raise  # a bug: its traceback is the report
        print(f"monitor {args.command}: {message}", file=sys.stderr)
        return 1


def database_failure(error: Exception) -> str | None:
    """One line for a database that failed under a command (disk full, read-only, gone);
    None for anything else."""
    from sqlalchemy.exc import SQLAlchemyError

    if not isinstance(error, SQLAlchemyError):
        return None
    from monitor.adapters.db.session import REASON_PHRASES, storage_detail, storage_reason

    return f"the database {REASON_PHRASES[storage_reason(error)]}: {storage_detail(error)}"


def handler_of(spec: str) -> Handler:
    """The function ``"module:function"`` names, its module imported now."""
    module, _, name = spec.partition(":")
    handler: Handler = getattr(importlib.import_module(module), name)
    return handler


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
    parser.add_argument("--format", choices=choices, default="table", help="output format")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Watch news feeds for people at risk and record what happens to them.",
    )
    parser.add_argument("--version", action="version", version=f"monitor {__version__}")
    parser.add_argument("--watchlist", metavar="PATH", help=WATCHLIST_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: str, help: str) -> argparse.ArgumentParser:
        """A subcommand; ``handler`` is ``"module:function"`` (``.x:f`` for COMMANDS.x:f)."""
        sub = commands.add_parser(name, help=help, description=help)
        # before or after the command: given here it replaces the one before; absent
        # (SUPPRESS), it leaves the one before in place
        sub.add_argument(
            "--watchlist", metavar="PATH", default=argparse.SUPPRESS, help=WATCHLIST_HELP
        )
        sub.set_defaults(handler=COMMANDS + handler if handler.startswith(".") else handler)
        return sub

    command("check", ".setup:run_check", "validate the watchlist and list every problem")

    poll = command(
        "poll", ".polling:run_poll", "poll every feed of the watchlist and store what it finds"
    )
    poll.add_argument(
        "--once", action="store_true", help="one pass, then exit (what `poll` always does)"
    )

    run = command(
        "run", ".polling:run_daemon", "run continuously: poll feeds on schedule and send alerts"
    )
    run.add_argument(
        "--health-port", type=int, metavar="PORT", help="serve /healthz and /metrics on PORT"
    )
    run.add_argument("--health-host", default="127.0.0.1", metavar="HOST", help="(127.0.0.1)")
    run.add_argument("--log-format", choices=["plain", "json"], default="plain")
    run.add_argument(
        "--tick",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how often to look for feeds due for polling (default 5)",
    )
    run.add_argument(
        "--dispatch",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how often to send the alerts that are due (default 30)",
    )
    run.add_argument(
        "--source-check",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how often feed health is checked for the admin route (default 60)",
    )
    run.add_argument(
        "--parse-workers",
        type=int,
        metavar="N",
        help="processes parsing feeds and matching their entries beside the daemon "
        "(default 0: parse in a thread)",
    )

    matches = command("matches", ".log:run_matches", "list stored matches, newest first")
    matches.add_argument("--person", metavar="ID", help="only this person")
    matches.add_argument("--feed", metavar="URL", help="only articles carried by this feed")
    matches.add_argument("--since", metavar="DATE", help="only matches found since this date")
    matches.add_argument("--limit", type=int, metavar="N", help="at most N matches")
    add_format(matches, ("table", "json", "csv"))

    feeds = command("feeds", ".polling:run_feeds", "show the health of every feed")
    add_format(feeds, ("table", "json"))
    people = command("people", ".sources:run_people", "import people from a CSV file")
    add_list_commands(feeds, people)

    status = command("status", ".log:run_status", "each person's status, since when, and timeline")
    status.add_argument("person", nargs="?", metavar="PERSON", help="one person's id")
    add_format(status, ("table", "json"))

    reviewing = command("review", ".log:run_review", "confirm or dismiss a match")
    reviewing.add_argument("match_id", type=int, metavar="MATCH_ID")
    verdict = reviewing.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--confirm", action="store_true", help="the match is right")
    verdict.add_argument(
        "--dismiss",
        action="store_true",
        help="the match is wrong: revert the status it changed, cancel unsent alerts and "
        "correct sent ones",
    )
    reviewing.add_argument("--note", metavar="TEXT", help="why, for the audit log")
    reviewing.add_argument(
        "--by",
        metavar="NAME",
        default=os.environ.get("USER") or "cli",
        help="who reviews (default: $USER)",
    )

    command(
        "reprocess", ".polling:run_reprocess", "re-run matching and extraction over stored articles"
    )

    alerts = command(
        "alerts", ".alerts:run_alerts", "list, send, retry, acknowledge or test alert deliveries"
    )
    alerts.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "send", "retry", "ack", "test"],
        help="list (default); send what is due; retry ID; ack ID; test ROUTE",
    )
    alerts.add_argument("target", nargs="?", help="a delivery ID (retry, ack) or a route (test)")
    alerts.add_argument("--state", choices=list(DeliveryState))
    alerts.add_argument("--limit", type=int, metavar="N", help="at most N deliveries")
    alerts.add_argument(
        "--person",
        metavar="ID",
        help="test ROUTE --person ID: what the route would send about this person (nothing sent)",
    )
    alerts.add_argument(
        "--send", action="store_true", help="with --person: send that message now, as a test"
    )
    add_format(alerts, ("table", "json"))

    web = command("web", ".web:run_web", "serve the review web UI and its JSON API")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    web.add_argument("--port", type=int, default=8080, help="port to listen on (8080)")

    users = command(
        "users", ".web:run_users", "manage the review UI's users (passwords from stdin)"
    )
    users.add_argument(
        "action",
        choices=["add", "passwd", "disable", "enable", "list"],
        help="add: a new user; passwd: a new password; disable, enable: stop or allow logging "
        "in (both end the user's sessions); list: every user",
    )
    users.add_argument("name", nargs="?", metavar="NAME", help="the user name to log in with")
    add_format(users, ("table", "json"))

    tokens = command(
        "tokens", ".web:run_tokens", "create, list or revoke bearer tokens for the JSON API"
    )
    tokens.add_argument(
        "action",
        choices=["create", "list", "revoke"],
        help="create NAME --owner USER: print a new token once; list: every token (never the "
        "token itself); revoke NAME: stop a token working",
    )
    tokens.add_argument("name", nargs="?", metavar="NAME", help="what the token is for (unique)")
    tokens.add_argument(
        "--owner", metavar="USER", help="the user the token acts for; disabling them stops it"
    )
    tokens.add_argument(
        "--expires", metavar="WHEN", help="90d, 12h or 4w from now, or a date (YYYY-MM-DD)"
    )
    add_format(tokens, ("table", "json"))

    db = command("db", ".setup:run_db", "manage the database schema")
    db.add_argument("action", choices=["upgrade"], help="upgrade: apply pending migrations")

    scan = command(
        "scan", ".scan:run_scan", "find watchlisted people and events in articles (no database)"
    )
    scan.add_argument(
        "--articles", required=True, metavar="FILE", help="JSON lines file, or - for stdin"
    )
    return parser


def add_list_commands(feeds: argparse.ArgumentParser, people: argparse.ArgumentParser) -> None:
    """`monitor feeds import FILE.opml | export` and `monitor people import FILE.csv`:
    lists merged into the watchlist file (monitor.app.commands.sources)."""
    feeds.set_defaults(handler=f"{COMMANDS}.sources:run_feeds_or_lists")
    feeds.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "import", "export"],
        help="list: feed health (default); import FILE: add an OPML file's feeds to the "
        "watchlist; export: the watchlist's feeds as OPML on standard output",
    )
    people.add_argument("action", choices=["import"], help="import FILE: add or update people")
    for sub in (feeds, people):
        sub.add_argument("file", nargs="?", metavar="FILE", help="the file to import")
        sub.add_argument(
            "--dry-run", action="store_true", help="show the change to the watchlist, write nothing"
        )
    people.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some are bad"
    )


if __name__ == "__main__":
    sys.exit(main())
