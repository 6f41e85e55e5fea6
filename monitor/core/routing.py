"""Which alert routes receive a story, and when.

A route's fields, each with its default (README "Alerts" documents the same):

people          ids whose news it gets              default: everyone (with tags)
tags            tags whose people's news it gets    default: everyone (with people)
status_changes  status changes                      default: true
events          notable events that leave the status as it was   default: none
min_confidence  the least confidence of an event it is told of   default: 0 (all)
feed_health     feeds down, silent, or back          default: false

``people`` and ``tags`` together are a union: a person listed by id or carrying one of
the tags. ``route_decision`` says whether a route gets a person's story and why, in
words ``monitor alerts test ROUTE --person ID`` shows; ``routes_for`` keeps the routes
that do. Example: a route with ``tags: [unions]`` and ``min_confidence: 0.8`` gets
``sentenced (0.9)`` of a person tagged ``unions`` that changed the status, and not the
same event at 0.6 ("below min_confidence 0.8").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.core.schedule import next_digest_at
from monitor.core.types import AlertRoute, EventType, Person


@dataclass(frozen=True)
class RouteDecision:
    """Whether a route gets one story of one person, and the rule that decided it."""

    route: str
    wanted: bool
    reason: str


def route_decision(
    route: AlertRoute,
    person: Person,
    event_type: EventType,
    *,
    status_changed: bool,
    confidence: float,
) -> RouteDecision:
    """Apply the route's fields in order: whose news, how confident, which kind."""

    def decided(wanted: bool, reason: str) -> RouteDecision:
        return RouteDecision(route.name, wanted, reason)

    if not route.wants_person(person):
        return decided(False, f"{person.id} is not among its people or tags")
    if confidence < route.min_confidence:
        return decided(
            False, f"confidence {confidence:.2f} is below min_confidence {route.min_confidence:g}"
        )
    if status_changed and route.status_changes:
        return decided(True, "a status change")
    if event_type in route.events:
        unchanged = "with the status unchanged" if not status_changed else "listed in events"
        return decided(True, f"{event_type} is in its events ({unchanged})")
    if status_changed:
        return decided(False, "status_changes is false and the event is not in its events")
    return decided(False, f"no status change, and {event_type} is not in its events")


def routes_for(
    routes: Sequence[AlertRoute],
    person: Person,
    event_type: EventType,
    status_changed: bool,
    confidence: float = 1.0,
) -> list[AlertRoute]:
    """Routes that want this person's story (``route_decision``)."""
    return [
        route
        for route in routes
        if route_decision(
            route, person, event_type, status_changed=status_changed, confidence=confidence
        ).wanted
    ]


def feed_health_routes(routes: Sequence[AlertRoute], named: str | None) -> list[AlertRoute]:
    """Routes told of feed health: those with ``feed_health: true``, and the one that
    ``source_health.route`` names."""
    return [route for route in routes if route.feed_health or route.name == named]


def send_time(route: AlertRoute, now: datetime) -> datetime:
    """Now for instant routes; the next digest time for digest routes."""
    if route.digest_at is None:
        return now
    return next_digest_at(now, route.digest_at, route.timezone)
