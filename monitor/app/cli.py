"""The ``monitor`` command line.

Exit statuses: 0 done, 1 failed at run time, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from monitor.adapters.articles_file import BadLine, parse_published, read_articles
from monitor.adapters.db import deliveries, repo, review
from monitor.adapters.db.session import Database, migrate, open_database
from monitor.adapters.settings import Settings, load_settings
from monitor.adapters.watchlist_file import load_watchlist
from monitor.app.outbox import DeliveryReport, Dispatcher
from monitor.app.output import iso, write_csv, write_json, write_table
from monitor.core.scan import build_scanner, finding_as_dict, scan_article
from monitor.core.schedule import RetryPolicy
from monitor.core.types import Watchlist
from monitor.errors import ConfigError, DeliveryError, MonitorError

if TYPE_CHECKING:
    from monitor.app.pipeline import FeedReport

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

    poll = command("poll", run_poll, "poll every feed of the watchlist and store what it finds")
    poll.add_argument("--once", action="store_true", required=True, help="one pass, then exit")

    matches = command("matches", run_matches, "list stored matches, newest first")
    matches.add_argument("--person", metavar="ID", help="only this person")
    matches.add_argument("--feed", metavar="URL", help="only articles carried by this feed")
    matches.add_argument("--since", metavar="DATE", help="only matches found since this date")
    matches.add_argument("--limit", type=int, metavar="N", help="at most N matches")
    add_format(matches, ("table", "json", "csv"))

    feeds = command("feeds", run_feeds, "show the health of every feed")
    add_format(feeds, ("table", "json"))

    status = command("status", run_status, "each person's status, since when, and timeline")
    status.add_argument("person", nargs="?", metavar="PERSON", help="one person's id")
    add_format(status, ("table", "json"))

    reviewing = command("review", run_review, "confirm or dismiss a match")
    reviewing.add_argument("match_id", type=int, metavar="MATCH_ID")
    verdict = reviewing.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--confirm", action="store_true", help="the match is right")
    verdict.add_argument(
        "--dismiss", action="store_true",
        help="the match is wrong: revert the status it changed and cancel unsent alerts",
    )  # fmt: skip
    reviewing.add_argument("--note", metavar="TEXT", help="why, for the audit log")
    reviewing.add_argument(
        "--by", metavar="NAME", default=os.environ.get("USER") or "cli",
        help="who reviews (default: $USER)",
    )  # fmt: skip

    command("reprocess", run_reprocess, "re-run matching and extraction over stored articles")

    alerts = command(
        "alerts", run_alerts, "list, send, retry, acknowledge or test alert deliveries"
    )
    alerts.add_argument(
        "action", nargs="?", default="list", choices=["list", "send", "retry", "ack", "test"],
        help="list (default); send what is due; retry ID; ack ID; test ROUTE",
    )  # fmt: skip
    alerts.add_argument("target", nargs="?", help="a delivery ID (retry, ack) or a route (test)")
    alerts.add_argument("--state", choices=["pending", "sending", "sent", "failed", "cancelled"])
    alerts.add_argument("--limit", type=int, metavar="N", help="at most N deliveries")
    add_format(alerts, ("table", "json"))

    db = command("db", run_db, "manage the database schema")
    db.add_argument("action", choices=["upgrade"], help="upgrade: apply pending migrations")

    scan = command("scan", run_scan, "find watchlisted people and events in articles (no database)")
    scan.add_argument(
        "--articles", required=True, metavar="FILE", help="JSON lines file, or - for stdin"
    )
    return parser


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
    parser.add_argument("--format", choices=choices, default="table", help="output format")


def read_watchlist(settings: Settings) -> Watchlist:
    return load_watchlist(settings.watchlist_path, os.environ)


def connect(settings: Settings) -> Database:
    """The database, its schema brought up to date; refuses a bad watchlist first."""
    read_watchlist(settings)
    return open_database(settings.database_url)


def now() -> datetime:
    return datetime.now(UTC)


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


def run_poll(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.app.pipeline import Pipeline  # loads the HTTP stack only when polling

    watchlist = read_watchlist(settings)
    database = open_database(settings.database_url)
    try:
        reports = Pipeline(database, watchlist, clock=now).poll_all()
        for report in reports:
            print_report(report)
        failed = sum(r.outcome == "error" for r in reports)
        entries = sum(r.new_entries for r in reports)
        found = sum(len(r.matches) for r in reports)
        print(
            f"{len(reports)} feeds polled, {failed} failed: "
            f"{entries} new entries, {found} matches stored in {settings.database_url}"
        )
        print_deliveries(dispatcher(database, watchlist, settings).send_due())
    finally:
        database.dispose()
    return 1 if reports and failed == len(reports) else 0


def dispatcher(database: Database, watchlist: Watchlist, settings: Settings) -> Dispatcher:
    policy = RetryPolicy(
        base=timedelta(seconds=settings.retry_base_seconds),
        cap=timedelta(seconds=settings.retry_max_seconds),
        give_up_after=timedelta(seconds=settings.retry_give_up_seconds),
    )
    return Dispatcher(
        database, watchlist, clock=now, policy=policy, review_base_url=settings.base_url
    )


def print_deliveries(reports: Sequence[DeliveryReport]) -> None:
    for report in reports:
        ids = ", ".join(f"#{i}" for i in report.delivery_ids)
        retry = f" (next try {iso(report.retry_at)})" if report.retry_at else ""
        print(f"alert {ids} via {report.route}: {report.outcome}: {report.detail}{retry}")


def print_report(report: FeedReport) -> None:
    if report.outcome == "error":
        retry = iso(report.next_poll_at)
        print(f"error         {report.url}")
        print(f"              {report.error_reason}: {report.error_message} (next try {retry})")
        return
    if report.outcome == "not_modified":
        print(f"not modified  {report.url}")
        return
    print(
        f"ok            {report.url}: {report.new_entries} new entries, "
        f"{len(report.matches)} matches"
    )
    for match in report.matches:
        events = f"  [{', '.join(match.events)}]" if match.events else ""
        print(f'              {match.person_name} in "{match.article_title}"{events}')


def run_matches(args: argparse.Namespace, settings: Settings) -> int:
    since = None
    if args.since:
        try:
            since = parse_published(args.since)
        except ValueError:
            raise ConfigError(f"--since {args.since!r} is not a date (YYYY-MM-DD)") from None
    where = repo.MatchFilter(args.person, args.feed, since, args.limit)
    database = connect(settings)
    try:
        with database.transaction() as session:
            rows = [match_as_dict(m) for m in repo.list_matches(session, where)]
    finally:
        database.dispose()
    columns = [
        "id",
        "created_at",
        "person_id",
        "matched_text",
        "events",
        "article_title",
        "review_state",
    ]
    if args.format == "json":
        write_json(rows, sys.stdout)
    elif args.format == "csv":
        write_csv(rows, [*columns, "article_url", "feed_url", "published"], sys.stdout)
    else:
        table = [row | {"events": ", ".join(event_label(e) for e in row["events"])} for row in rows]
        write_table(table, columns, sys.stdout)
    return 0


def match_as_dict(match: repo.MatchView) -> dict[str, Any]:
    return {
        "id": match.id,
        "person_id": match.person_id,
        "person_name": match.person_name,
        "matched_text": match.matched_text,
        "confidence": round(match.confidence, 3),
        "mentions": match.mentions,
        "article_id": match.article_id,
        "article_title": match.article_title,
        "article_url": match.article_url,
        "feed_url": match.feed_url,
        "published": iso(match.published),
        "created_at": iso(match.created_at),
        "review_state": match.review_state,
        "events": [asdict(e) for e in match.events],
    }


def event_label(event: dict[str, Any]) -> str:
    return str(event["type"]) + ("" if event["current"] else " (background)")


def run_feeds(args: argparse.Namespace, settings: Settings) -> int:
    database = connect(settings)
    try:
        with database.transaction() as session:
            feeds = repo.list_feeds(session)
    finally:
        database.dispose()
    rows = [
        {
            "url": f.url,
            "title": f.title,
            "active": f.active,
            "last_status": f.last_status,
            "error_reason": f.error_reason,
            "error_message": f.error_message,
            "consecutive_failures": f.consecutive_failures,
            "last_polled_at": iso(f.last_polled_at),
            "last_success_at": iso(f.last_success_at),
            "next_poll_at": iso(f.next_poll_at),
        }
        for f in feeds
    ]
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


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    database = open_database(settings.database_url)
    try:
        with database.transaction() as session:
            repo.sync_watchlist(session, watchlist, now())
            people = repo.person_views(session, args.person)
    finally:
        database.dispose()
    if args.person and not people:
        raise ConfigError(f"no person with id {args.person!r} in the watchlist or the database")
    if args.format == "json":
        write_json([person_as_dict(p) for p in people], sys.stdout)
        return 0
    for person in people:
        since = f" since {iso(person.status_since)[:10]}" if person.status_since else ""
        print(f"{person.name} ({person.id}): {person.status}{since}")
        if args.person:
            rows = [timeline_row(entry) for entry in person.timeline]
            columns = ["date", "event", "change", "evidence", "source"]
            write_table(rows, columns, sys.stdout, max_width=70)
    return 0


def person_as_dict(person: repo.PersonView) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "active": person.active,
        "known_status": person.known_status,
        "status": person.status,
        "since": iso(person.status_since),
        "timeline": [
            {
                "date": e.date,
                "type": e.type,
                "current": e.current,
                "confidence": round(e.confidence, 3),
                "evidence": e.evidence,
                "status_change": {"from": e.changed[0], "to": e.changed[1]} if e.changed else None,
                "article_title": e.article_title,
                "article_url": e.article_url,
                "feed_url": e.feed_url,
                "published": iso(e.published),
                "found_at": iso(e.found_at),
                "match_id": e.match_id,
            }
            for e in person.timeline
        ],
    }


def timeline_row(entry: repo.TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date or (iso(entry.published) or "")[:10],
        "event": entry.type + ("" if entry.current else " (background)"),
        "change": " → ".join(entry.changed) if entry.changed else "",
        "evidence": entry.evidence,
        "source": entry.article_url or entry.feed_url,
    }


def run_review(args: argparse.Namespace, settings: Settings) -> int:
    database = connect(settings)
    try:
        with database.transaction() as session:
            outcome = review.review_match(
                session, args.match_id, dismiss=args.dismiss, actor=args.by, note=args.note,
                now=now(),
            )  # fmt: skip
    finally:
        database.dispose()
    if outcome is None:
        print(f"monitor review: no match #{args.match_id}", file=sys.stderr)
        return 1
    line = f"match #{outcome.match_id} {outcome.review_state}"
    if outcome.status_before != outcome.status_after:
        line += f": {outcome.person_id} {outcome.status_before} → {outcome.status_after}"
    effects = [
        f"{outcome.reverted_changes} status change(s) reverted" if outcome.reverted_changes else "",
        f"{outcome.restored_changes} status change(s) restored" if outcome.restored_changes else "",
        f"{outcome.cancelled_deliveries} unsent alert(s) cancelled"
        if outcome.cancelled_deliveries else "",
    ]  # fmt: skip
    effects = [e for e in effects if e]
    print(line + (f" ({', '.join(effects)})" if effects else ""))
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


def run_alerts(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    if args.action in ("retry", "ack", "test") and not args.target:
        what = "a route name" if args.action == "test" else "a delivery ID"
        raise ConfigError(f"alerts {args.action} needs {what}")
    if args.action in ("retry", "ack") and not str(args.target).isdigit():
        raise ConfigError(f"{args.target!r} is not a delivery ID (a number)")
    routes = {route.name: route for route in watchlist.alerts}
    if args.action == "test" and args.target not in routes:
        known = ", ".join(routes) or "none"
        raise ConfigError(f"no alert route named {args.target!r} (routes: {known})")
    database = open_database(settings.database_url)
    try:
        outbox = dispatcher(database, watchlist, settings)
        if args.action == "send":
            reports = outbox.send_due()
            print_deliveries(reports)
            print(f"{len(reports)} deliveries attempted")
            return 1 if any(r.outcome != "sent" for r in reports) else 0
        if args.action == "test":
            try:
                print(f"test alert sent via {args.target}: {outbox.send_test(routes[args.target])}")
            except DeliveryError as e:
                print(f"test alert via {args.target} failed: {e}", file=sys.stderr)
                return 1
            return 0
        if args.action in ("retry", "ack"):
            change = deliveries.retry_now if args.action == "retry" else deliveries.acknowledge
            with database.transaction() as session:
                done = change(session, int(args.target), now())
            verb = "will be sent again now" if args.action == "retry" else "acknowledged"
            if not done:
                print(f"delivery #{args.target}: nothing to do (no such delivery, or it is "
                      f"{'sending or sent' if args.action == 'retry' else 'already acknowledged'})",
                      file=sys.stderr)  # fmt: skip
                return 1
            print(f"delivery #{args.target} {verb}")
            return 0
        with database.transaction() as session:
            views = deliveries.list_deliveries(session, args.state, args.limit)
    finally:
        database.dispose()
    rows = [delivery_as_dict(v) for v in views]
    if args.format == "json":
        write_json(rows, sys.stdout)
    else:
        table = [row | {"attempts": len(row["attempts"])} for row in rows]
        columns = ["id", "created_at", "route", "kind", "person_id", "state", "attempts",
                   "last_error"]  # fmt: skip
        write_table(table, columns, sys.stdout)
    return 0


def delivery_as_dict(view: deliveries.DeliveryView) -> dict[str, Any]:
    return {
        "id": view.id,
        "key": view.key,
        "route": view.route,
        "channel": view.channel,
        "kind": view.kind,
        "person_id": view.person_id,
        "state": view.state,
        "digest": view.digest,
        "reminder": view.reminder,
        "created_at": iso(view.created_at),
        "next_attempt_at": iso(view.next_attempt_at),
        "sent_at": iso(view.sent_at),
        "acked_at": iso(view.acked_at),
        "last_error": view.last_error,
        "attempts": [
            {
                "number": a.number,
                "worker": a.worker,
                "started_at": iso(a.started_at),
                "finished_at": iso(a.finished_at),
                "outcome": a.outcome or "interrupted",
                "detail": a.detail,
                "duration_ms": a.duration_ms,
            }
            for a in view.attempts
        ],
    }


def run_db(args: argparse.Namespace, settings: Settings) -> int:
    read_watchlist(settings)
    database = open_database(settings.database_url, upgrade=False)
    try:
        applied = migrate(database)
    finally:
        database.dispose()
    print("database upgraded" if applied else "database already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
