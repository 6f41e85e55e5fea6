"""The match log: `monitor matches`, `monitor status` and `monitor review`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from monitor.adapters.articles_file import parse_published
from monitor.adapters.db import feeds, matches, people, review
from monitor.adapters.settings import Settings
from monitor.app.commands.common import connect, now, open_for_reading, read_watchlist
from monitor.app.output import for_terminal, iso, stored_url, write_csv, write_json, write_table
from monitor.app.shapes import match_as_dict, person_as_dict
from monitor.core.outcomes import ReviewState
from monitor.core.types import Watchlist
from monitor.errors import ConfigError


def run_matches(args: argparse.Namespace, settings: Settings) -> int:
    since = None
    if args.since:
        try:
            since = parse_published(args.since)
        except ValueError:
            raise ConfigError(f"--since {args.since!r} is not a date (YYYY-MM-DD)") from None
    where = matches.MatchSearch(
        person_id=args.person, feed_url=args.feed, since=since, limit=args.limit
    )
    with connect(settings, writes=False) as database, database.transaction() as session:
        if args.person:
            known_person(session, read_watchlist(settings), args.person)
        if where.feed_url:  # as stored, or as shown with its key masked
            urls = (feed.url for feed in feeds.list_feeds(session))
            where = replace(where, feed_url=stored_url(where.feed_url, urls))
        rows = [match_as_dict(m) for m in matches.list_matches(session, where)]
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


def known_person(session: Session, watchlist: Watchlist, person_id: str) -> None:
    """An id in the watchlist or the database (a person since removed keeps their
    matches); anything else is bad usage, exit status 2, naming it."""
    if any(p.id == person_id for p in watchlist.people):
        return
    if any(pid == person_id for pid, _ in people.person_ids(session)):
        return
    raise ConfigError(
        f"--person {person_id!r}: no person with this id in the watchlist or the database"
    )


def event_label(event: dict[str, Any]) -> str:
    return str(event["type"]) + ("" if event["current"] else " (background)")


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    watchlist = read_watchlist(settings)
    # it syncs the watchlist into a database that exists
    with open_for_reading(settings) as database, database.transaction() as session:
        people.sync_watchlist(session, watchlist, now())
        found = people.person_views(session, args.person)
        match_ids = [e.match_id for p in found for e in p.timeline] if args.person else []
        reviews = review.review_states(session, match_ids)
    if args.person and not found:
        raise ConfigError(f"no person with id {args.person!r} in the watchlist or the database")
    if args.format == "json":
        write_json([person_as_dict(p) for p in found], sys.stdout)
        return 0
    for person in found:
        since = f" since {person.status_since.date().isoformat()}" if person.status_since else ""
        print(f"{for_terminal(person.name)} ({person.id}): {person.status}{since}")
        if args.person:
            rows = [timeline_row(e, reviews.get(e.match_id)) for e in person.timeline]
            columns = ["date", "event", "change", "review", "evidence", "source"]
            write_table(rows, columns, sys.stdout, max_width=70)
    return 0


def timeline_row(entry: people.TimelineEntry, review_state: str | None) -> dict[str, Any]:
    """One event; a dismissed match's change shows as reverted, as on the web page."""
    change = " → ".join(entry.changed) if entry.changed else ""
    dismissed = review_state == ReviewState.DISMISSED
    reviewed = review_state in (ReviewState.CONFIRMED, ReviewState.DISMISSED)
    return {
        "date": entry.date or (iso(entry.published) or "")[:10],
        "event": entry.type + ("" if entry.current else " (background)"),
        "change": f"{change} (reverted)" if change and dismissed else change,
        "review": review_state if reviewed else "",
        "evidence": entry.evidence,
        "source": entry.article_url or entry.feed_url,
    }


def run_review(args: argparse.Namespace, settings: Settings) -> int:
    with connect(settings, writes=True) as database, database.transaction() as session:
        outcome = review.review_match(
            session,
            args.match_id,
            dismiss=args.dismiss,
            actor=args.by,
            note=args.note,
            now=now(),
        )
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
        if outcome.cancelled_deliveries
        else "",
        f"{outcome.corrections} correction(s) queued for alert(s) already sent"
        if outcome.corrections
        else "",
    ]
    effects = [e for e in effects if e]
    print(line + (f" ({', '.join(effects)})" if effects else ""))
    return 0
