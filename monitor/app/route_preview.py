"""What one alert route would send about one person: ``monitor alerts test ROUTE --person ID``.

rules     the route's decision for any status change and for each event it lists  core.routing
stories   the decision for each of the person's stored stories, newest first      core.routing
message   the alert the route would send for the newest story it wants (or a sample)

Nothing is queued. With ``--send`` the message goes through the route now, as a test
alert (webhook kind ``test``): a receiver never mistakes it for news.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.adapters.alerts.render import render
from monitor.adapters.db import people, review
from monitor.adapters.db.session import Database
from monitor.core.alerts import Alert, AlertArticle, AlertKind
from monitor.core.outcomes import ReviewState
from monitor.core.routing import RouteDecision, route_decision
from monitor.core.types import AlertRoute, EventType, Person, Status

STORIES_SHOWN = 10


@dataclass(frozen=True)
class StoryLine:
    """One stored story of the person and what the route decides about it."""

    date: str
    event: str
    change: str  # "detained → imprisoned", or "" when the status stayed
    confidence: float
    decision: RouteDecision


@dataclass(frozen=True)
class RoutePreview:
    route: AlertRoute
    person: Person
    rules: list[tuple[str, RouteDecision]]  # ("any status change", decision), ...
    stories: list[StoryLine]
    alert: Alert  # what it would send: the newest story it wants, or a sample
    sample: bool  # no stored story reaches the route: the alert is made up


def preview_route(
    database: Database | None, route: AlertRoute, person: Person, now: datetime
) -> RoutePreview:
    """The route's decisions about ``person`` (stories from ``database`` when there is one)."""
    rules = [
        ("any status change", decide(route, person, EventType.DETAINED, True, 1.0)),
        *(
            (f"{event} (status unchanged)", decide(route, person, event, False, 1.0))
            for event in route.events
        ),
    ]
    entries: list[people.TimelineEntry] = []
    status = person.status or Status.UNKNOWN
    if database is not None:
        with database.transaction() as session:
            views = people.person_views(session, person.id)
            timeline = views[0].timeline if views else []
            reviews = review.review_states(session, [e.match_id for e in timeline])
        entries = story_starts(timeline, reviews)
        status = Status(views[0].status) if views else status
    stories = [story_line(route, person, entry) for entry in entries[:STORIES_SHOWN]]
    wanted = next((e for e, s in zip(entries, stories, strict=False) if s.decision.wanted), None)
    if wanted is None:
        sample = sample_alert(person, status, now)
        return RoutePreview(route, person, rules, stories, sample, True)
    return RoutePreview(route, person, rules, stories, alert_of(person, wanted), False)


def decide(
    route: AlertRoute, person: Person, event: EventType, changed: bool, confidence: float
) -> RouteDecision:
    return route_decision(route, person, event, status_changed=changed, confidence=confidence)


def story_starts(
    timeline: list[people.TimelineEntry], reviews: dict[int, str]
) -> list[people.TimelineEntry]:
    """The event that started each story (later ones only corroborate it), newest first;
    background and dismissed matches never alert."""
    seen: set[int] = set()
    starts = []
    for entry in sorted(timeline, key=lambda e: e.found_at):
        if entry.story_id is None or entry.story_id in seen:
            continue
        seen.add(entry.story_id)
        if reviews.get(entry.match_id) != ReviewState.DISMISSED:
            starts.append(entry)
    return starts[::-1]


def story_line(route: AlertRoute, person: Person, entry: people.TimelineEntry) -> StoryLine:
    event = EventType(entry.type)
    return StoryLine(
        date=entry.date or entry.found_at.date().isoformat(),
        event=entry.type,
        change=" → ".join(entry.changed) if entry.changed else "",
        confidence=entry.confidence,
        decision=decide(route, person, event, entry.changed is not None, entry.confidence),
    )


def alert_of(person: Person, entry: people.TimelineEntry) -> Alert:
    previous, new = entry.changed or (None, None)
    return Alert(
        key=f"preview-match-{entry.match_id}",
        kind=AlertKind.STATUS_CHANGE if entry.changed else AlertKind.EVENT,
        person_id=person.id,
        person_name=person.name,
        event_type=EventType(entry.type),
        evidence=entry.evidence,
        event_date=datetime.fromisoformat(entry.date).date() if entry.date else None,
        previous_status=Status(previous) if previous else None,
        new_status=Status(new) if new else None,
        articles=(
            AlertArticle(entry.article_title, entry.article_url, entry.feed_url, entry.published),
        ),
        detected_at=entry.found_at,
        person_tags=person.tags,
    )


def sample_alert(person: Person, before: Status, now: datetime) -> Alert:
    """A status change made up for the person, when no stored story reaches the route:
    a release for someone held (``before``: the status now), else a detention."""
    held = before in (Status.DETAINED, Status.IMPRISONED, Status.HOUSE_ARREST)
    event, after = (
        (EventType.RELEASED, Status.FREE) if held else (EventType.DETAINED, Status.DETAINED)
    )
    return Alert(
        key="preview-sample",
        kind=AlertKind.STATUS_CHANGE,
        person_id=person.id,
        person_name=person.name,
        event_type=event,
        evidence="(a sample: no stored story of this person reaches this route)",
        event_date=None,
        previous_status=before,
        new_status=after,
        articles=(),
        detected_at=now,
        person_tags=person.tags,
    )


def as_test_alert(preview: RoutePreview, now: datetime) -> Alert:
    """The preview's message as a test alert: its text, under a headline that says test."""
    return Alert(
        key=f"test-{preview.route.name}-{preview.person.id}-{int(now.timestamp())}",
        kind=AlertKind.TEST,
        person_id=preview.person.id,
        person_name=f"Test of route '{preview.route.name}' for {preview.person.name}",
        event_type=None,
        evidence=render([preview.alert]).text,
        event_date=None,
        previous_status=None,
        new_status=None,
        articles=(),
        detected_at=now,
    )


def preview_as_dict(preview: RoutePreview) -> dict[str, Any]:
    """The JSON shape of ``monitor alerts test ROUTE --person ID --format json``."""
    message = render([preview.alert])
    return {
        "route": preview.route.name,
        "person_id": preview.person.id,
        "rules": [
            {"case": case, "sent": d.wanted, "reason": d.reason} for case, d in preview.rules
        ],
        "stories": [
            {
                "date": s.date,
                "event": s.event,
                "change": s.change,
                "confidence": s.confidence,
                "sent": s.decision.wanted,
                "reason": s.decision.reason,
            }
            for s in preview.stories
        ],
        "message": {"subject": message.subject, "text": message.text, "sample": preview.sample},
    }
