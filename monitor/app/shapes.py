"""The JSON shapes of records, shared by the CLI and the review UI's API. Every text in
a shape is ``safe`` (secrets masked), whoever asks for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.adapters.db import deliveries, feeds, matches, people
from monitor.app.output import iso, safe_fields

if TYPE_CHECKING:  # the case file's readers load the date engine: only the web needs them
    from monitor.core.case_file import CaseFile, HearingFact, PlaceFact, Source, TermFact

View = TypeVar("View")


def masked(shape: Callable[[View], dict[str, Any]]) -> Callable[[View], dict[str, Any]]:
    @wraps(shape)
    def safe_shape(view: View) -> dict[str, Any]:
        return safe_fields(shape(view))

    return safe_shape


@masked
def match_as_dict(match: matches.MatchView) -> dict[str, Any]:
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
        "full_text": match.full_text,
        "lang": match.lang,
    }


@masked
def person_as_dict(person: people.PersonView) -> dict[str, Any]:
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


@masked
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
        "feed_url": view.feed_url,  # source_health deliveries
        "summary": view.summary,
        "corrects_id": view.corrects_id,  # a correction: the sent alert it takes back
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


@masked
def feed_as_dict(feed: feeds.FeedHealth) -> dict[str, Any]:
    return {
        "url": feed.url,
        "title": feed.title,
        "active": feed.active,
        "last_status": feed.last_status,
        "error_reason": feed.error_reason,
        "error_message": feed.error_message,
        "consecutive_failures": feed.consecutive_failures,
        "last_polled_at": iso(feed.last_polled_at),
        "last_success_at": iso(feed.last_success_at),
        "next_poll_at": iso(feed.next_poll_at),
        "discovered_url": feed.discovered_url,
        "source": feed.source,
    }


def source_as_dict(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "match_id": source.match_id,
        "article_title": source.article_title,
        "article_url": source.article_url,
        "published": iso(source.published),
        "sentence": source.sentence,
    }


def case_file_as_dict(person_id: str, case: CaseFile) -> dict[str, Any]:
    """A person's case file: each fact with the sentence and article it was read in."""
    status, hand = case.status, case.status.hand_set
    return {
        "person_id": person_id,
        "status": {
            "status": status.status,
            "since": iso(status.since),
            "source": source_as_dict(status.source),
            "set_by": None if hand is None else {"by": hand.by, "at": iso(hand.at)},
        },
        "facility": fact_as_dict(case.facility),
        "sentence": fact_as_dict(case.term),
        "next_hearing": fact_as_dict(case.next_hearing),
        "last_hearing": fact_as_dict(case.last_hearing),
    }


def fact_as_dict(fact: PlaceFact | TermFact | HearingFact | None) -> dict[str, Any] | None:
    """One fact of a case file: what it says, its day and where it was read."""
    from monitor.core.case_file import PlaceFact, TermFact  # loaded already by whoever has one

    if fact is None:
        return None
    said: dict[str, Any] = {}
    if isinstance(fact, PlaceFact):
        said = {"place": fact.place}
    elif isinstance(fact, TermFact):
        term = fact.term
        said = {"years": term.years, "months": term.months, "kind": term.kind, "text": str(term)}
    return said | {"day": iso(fact.day), "source": source_as_dict(fact.source)}
