"""Which alert routes receive a story, and when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.core.schedule import next_digest_at
from monitor.core.types import AlertRoute, EventType, Person


def routes_for(
    routes: Sequence[AlertRoute], person: Person, event_type: EventType, status_changed: bool
) -> list[AlertRoute]:
    """Routes that want this person's story: status changes (by default), and the notable
    event types a route lists even when the status stays as it was."""
    return [
        route
        for route in routes
        if route.wants_person(person)
        and ((status_changed and route.status_changes) or event_type in route.events)
    ]


def send_time(route: AlertRoute, now: datetime) -> datetime:
    """Now for instant routes; the next digest time for digest routes."""
    if route.digest_at is None:
        return now
    return next_digest_at(now, route.digest_at, route.timezone)
