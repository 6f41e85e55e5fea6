"""Record what an article says about the watchlisted people, inside the caller's transaction.

Shared by polling and reprocessing, and idempotent: a match is one per article
and person, an event one per match, type and currentness, so recording the same
findings twice adds nothing. Each newly recorded event that is news joins the
story of the same person and type within 14 days, or starts one; only a new
story can change the person's status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from monitor.adapters.db import deliveries, matches, stories
from monitor.core.alerts import AlertKind
from monitor.core.routing import routes_for, send_time
from monitor.core.status import StatusChange, decide_status_change, is_news, occurred_at
from monitor.core.types import Event, Finding, Person, Watchlist


@dataclass(frozen=True)
class RecordedFinding:
    person_id: str
    match_id: int
    new_events: tuple[Event, ...]
    changes: tuple[StatusChange, ...]


def record_findings(
    session: Session,
    article_id: int,
    published: datetime | None,
    findings: Sequence[Finding],
    now: datetime,
    watchlist: Watchlist,
    people: Mapping[str, Person] | None = None,
    *,
    new_article: bool = False,
) -> list[RecordedFinding]:
    """``people``, the watchlist's people by id, saves a search of the watchlist per alert;
    ``new_article``: the article was stored in this transaction, so it has no match yet."""
    recorded = []
    for finding in findings:
        match_id, new_events = matches.save_match(
            session, article_id, finding, now, new_article=new_article
        )
        changes = []
        timed = [
            (occurred_at(event, published, now), event_id, event) for event_id, event in new_events
        ]
        for when, event_id, event in sorted(timed, key=lambda t: (t[0], t[1])):
            change = record_event(session, watchlist, event_id, event, when, now, people)
            if change is not None:
                changes.append(change)
        recorded.append(
            RecordedFinding(
                finding.person_id, match_id, tuple(e for _, e in new_events), tuple(changes)
            )
        )
    return recorded


def record_event(
    session: Session,
    watchlist: Watchlist,
    event_id: int,
    event: Event,
    when: datetime,
    now: datetime,
    people: Mapping[str, Person] | None = None,
) -> StatusChange | None:
    """File a new event under its story; returns the status change it makes, if any."""
    person_id = event.person_id
    if not event.current or not is_news(when, now):
        return None  # background: it enters the timeline only
    story = stories.StoryKey(person_id, str(event.type), when)
    story_id = stories.find_story(session, story)
    if story_id is not None:
        stories.attach_to_story(session, story_id, event_id, now)
        return None
    story_id = stories.start_story(session, story, event_id, now)
    status, since = stories.person_status(session, person_id)
    change = decide_status_change(person_id, status, since, event, when, now)
    change_id = None
    if change is not None:
        change_id = stories.record_status_change(session, change, story_id, event_id, now)
    if people is None:
        person = next((p for p in watchlist.people if p.id == person_id), None)
    else:
        person = people.get(person_id)
    if person is None:
        return change
    for route in routes_for(
        watchlist.alerts, person, event.type, change is not None, event.confidence
    ):
        deliveries.enqueue(
            session,
            deliveries.NewDelivery(
                route=route.name,
                channel=route.channel,
                kind=AlertKind.STATUS_CHANGE if change is not None else AlertKind.EVENT,
                person_id=person_id,
                send_at=send_time(route, now),
                status_change_id=change_id,
                story_id=story_id,
                event_id=event_id,
                digest=route.digest_at is not None,
            ),
            now,
        )
    return change
