"""The ``monitor`` command line.

Exit statuses: 0 done, 1 failed at run time, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from monitor.adapters.articles_file import BadLine, read_articles
from monitor.adapters.settings import Settings, load_settings
from monitor.adapters.watchlist_file import load_watchlist
from monitor.core.scan import build_scanner, finding_as_dict, scan_article
from monitor.core.types import Watchlist
from monitor.errors import MonitorError

Handler = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(os.environ, args.watchlist)
        handler: Handler = args.handler
        return handler(args, settings)
    except MonitorError as e:
        print(f"monitor {args.command}: {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Watch news feeds for people at risk and record what happens to them.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument(
            "--watchlist",
            metavar="PATH",
            help="watchlist file (default: $MONITOR_WATCHLIST, then ./watchlist.yaml)",
        )
        sub.set_defaults(handler=handler)
        return sub

    command("check", run_check, "validate the watchlist and list every problem")

    scan = command("scan", run_scan, "find watchlisted people and events in articles (no database)")
    scan.add_argument(
        "--articles", required=True, metavar="FILE", help="JSON lines file, or - for stdin"
    )
    return parser


def read_watchlist(settings: Settings) -> Watchlist:
    return load_watchlist(settings.watchlist_path, os.environ)


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    print(
        f"{settings.watchlist_path}: ok — {len(watchlist.people)} people, "
        f"{len(watchlist.feeds)} feeds, {len(watchlist.alerts)} alert routes"
    )
    return 0


def run_scan(args: argparse.Namespace, settings: Settings) -> int:
    scanner = build_scanner(read_watchlist(settings).people)
    bad = 0
    source = sys.stdin if args.articles == "-" else open(args.articles, encoding="utf-8")  # noqa: SIM115
    with source:
        for item in read_articles(source):
            if isinstance(item, BadLine):
                bad += 1
                print(f"{args.articles}:{item.line_number}: {item.message}", file=sys.stderr)
                continue
            for finding in scan_article(scanner, item):
                print(json.dumps(finding_as_dict(item.id, finding), ensure_ascii=False))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
