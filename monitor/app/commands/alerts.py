"""`monitor alerts`: list, send, retry, acknowledge and test deliveries."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from monitor.adapters.db import deliveries, outbox_counts
from monitor.adapters.db.session import Database, open_database
from monitor.adapters.settings import Settings
from monitor.app.commands.common import now, open_for_reading, read_watchlist, retry_policy
from monitor.app.outbox import DeliveryReport, Dispatcher
from monitor.app.output import for_terminal, iso, safe, write_json, write_table
from monitor.app.shapes import delivery_as_dict
from monitor.core.outcomes import AttemptOutcome
from monitor.core.types import AlertRoute, Person, Watchlist
from monitor.errors import ConfigError, DeliveryError


def run_alerts(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings, sending=args.action in ("send", "test"))
    if args.action in ("retry", "ack", "test") and not args.target:
        what = "a route name" if args.action == "test" else "a delivery ID"
        raise ConfigError(f"alerts {args.action} needs {what}")
    if args.action in ("retry", "ack") and not str(args.target).isdigit():
        raise ConfigError(f"{args.target!r} is not a delivery ID (a number)")
    routes = {route.name: route for route in watchlist.alerts}
    if args.action == "test" and args.target not in routes:
        known = ", ".join(routes) or "none"
        raise ConfigError(f"no alert route named {args.target!r} (routes: {known})")
    if (args.person or args.send) and args.action != "test":
        raise ConfigError("--person and --send go with `monitor alerts test ROUTE`")
    if args.action == "test" and args.person:
        person = watchlisted(watchlist, args.person)
        return preview(args, settings, watchlist, routes[args.target], person)
    if args.send:
        raise ConfigError("--send goes with --person (`alerts test ROUTE` alone sends a test)")
    reads = args.action == "list"  # listing creates no database; the others write to it
    with open_for_reading(settings) if reads else open_database(settings.database_url) as database:
        outbox = dispatcher(database, watchlist, settings)
        if args.action == "send":
            reports = outbox.send_due()
            print_deliveries(reports)
            print(f"{len(reports)} deliveries attempted")
            print_waiting(database)
            return 1 if any(r.outcome != AttemptOutcome.SENT for r in reports) else 0
        if args.action == "test":
            try:
                detail = for_terminal(outbox.send_test(routes[args.target]))
                print(f"test alert sent via {args.target}: {detail}")
            except DeliveryError as e:
                print(
                    f"test alert via {args.target} failed: {for_terminal(str(e))}", file=sys.stderr
                )
                return 1
            return 0
        if args.action in ("retry", "ack"):
            change = deliveries.retry_now if args.action == "retry" else deliveries.acknowledge
            with database.transaction() as session:
                done = change(session, int(args.target), now())
            verb = "will be sent again now" if args.action == "retry" else "acknowledged"
            if not done:
                print(
                    f"delivery #{args.target}: nothing to do (no such delivery, or it is "
                    f"{'sending or sent' if args.action == 'retry' else 'already acknowledged'})",
                    file=sys.stderr,
                )
                return 1
            print(f"delivery #{args.target} {verb}")
            return 0
        with database.transaction() as session:
            views = deliveries.list_deliveries(session, args.state, args.limit)
    rows = [delivery_as_dict(v) for v in views]
    if args.format == "json":
        write_json(rows, sys.stdout)
    else:
        table = [row | {"attempts": len(row["attempts"])} for row in rows]
        columns = [
            "id",
            "created_at",
            "route",
            "kind",
            "person_id",
            "state",
            "attempts",
            "last_error",
        ]
        write_table(table, columns, sys.stdout)
    return 0


def dispatcher(database: Database, watchlist: Watchlist, settings: Settings) -> Dispatcher:
    return Dispatcher(
        database,
        watchlist,
        clock=now,
        policy=retry_policy(settings),
        review_base_url=settings.base_url,
    )


def print_waiting(database: Database) -> None:
    """What stays pending because its time has not come: a digest, a retry."""
    with database.transaction() as session:
        waiting = outbox_counts.waiting(session, now())
    for group in waiting:
        why = "the route's digest" if group.digest else "its next try"
        alerts = "alert" if group.count == 1 else "alerts"
        print(
            f"pending, not yet due: {group.count} {alerts} via {group.route}, "
            f"the first at {iso(group.first_at)} ({why})"
        )


def print_deliveries(reports: Sequence[DeliveryReport]) -> None:
    for report in reports:
        ids = ", ".join(f"#{i}" for i in report.delivery_ids)
        retry = f" (next try {iso(report.retry_at)})" if report.retry_at else ""
        detail = for_terminal(report.detail)
        print(f"alert {ids} via {report.route}: {report.outcome}: {detail}{retry}")


def watchlisted(watchlist: Watchlist, person_id: str) -> Person:
    """The watchlist's person with this id; an unknown id is bad usage (exit 2)."""
    person = next((p for p in watchlist.people if p.id == person_id), None)
    if person is None:
        raise ConfigError(f"--person {person_id!r}: no person with this id in the watchlist")
    return person


def preview(
    args: argparse.Namespace,
    settings: Settings,
    watchlist: Watchlist,
    route: AlertRoute,
    person: Person,
) -> int:
    """`monitor alerts test ROUTE --person ID [--send]`: what the route would send."""
    from monitor.app.route_preview import as_test_alert, preview_as_dict, preview_route

    try:
        database: Database | None = open_for_reading(settings)
    except ConfigError as e:  # no database yet: the route's rules and a sample still show
        print(f"no stored stories to show: {for_terminal(str(e))}", file=sys.stderr)
        database = None
    try:
        shown = preview_route(database, route, person, now())
        sent = None
        if args.send:
            if database is None:
                database = open_database(settings.database_url)
            try:
                alert = as_test_alert(shown, now())
                sent = dispatcher(database, watchlist, settings).send_alert(route, alert)
            except DeliveryError as e:
                print(
                    f"test alert via {route.name} failed: {for_terminal(str(e))}", file=sys.stderr
                )
                return 1
    finally:
        if database is not None:
            database.dispose()
    shape = preview_as_dict(shown)
    if args.format == "json":
        write_json([shape | {"sent_as_test": sent}], sys.stdout)
        return 0
    print(f"route {route.name} for {for_terminal(person.name)} ({person.id}):")
    for rule in shape["rules"]:
        print(f"  {'sends' if rule['sent'] else 'skips'} {rule['case']}: {rule['reason']}")
    if shape["stories"]:
        rows = [s | {"sent": "yes" if s["sent"] else "no"} for s in shape["stories"]]
        write_table(rows, ["date", "event", "change", "confidence", "sent", "reason"], sys.stdout)
    else:
        print("  (no stored story of this person)")
    message = shape["message"]
    label = "a sample message" if message["sample"] else "the message for the newest story sent"
    print(f"\n{label}:\nSubject: {for_terminal(message['subject'])}\n")
    print(safe(message["text"]))
    if sent is not None:
        print(f"\ntest alert sent via {route.name}: {for_terminal(sent)}")
    return 0
