"""Route fields: each one's default, and the decision (with its reason) they make together."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.core.routing import feed_health_routes, route_decision, routes_for
from monitor.core.types import AlertRoute, EventType, Person
from monitor.core.watchlist import parse_watchlist

ANNA = Person(id="ivanova-anna", name="Anna Ivanova", tags=("unions",))
BORIS = Person(id="petrov-boris", name="Boris Petrov", tags=("journalists",))


def route(**fields: Any) -> AlertRoute:
    return AlertRoute("r", "webhook", {}, **fields)


SENTENCED = EventType.SENTENCED
RELEASED = EventType.RELEASED
HUNGER_STRIKE = EventType.HUNGER_STRIKE
DECISIONS = [
    # (route fields, person, event, status changed, confidence) -> wanted, words of the reason
    ({}, ANNA, SENTENCED, True, 0.5, True, "a status change"),
    ({}, ANNA, HUNGER_STRIKE, False, 0.9, False, "not in its events"),
    ({"people": ("petrov-boris",)}, ANNA, SENTENCED, True, 0.9, False, "not among"),
    (
        {"people": ("petrov-boris",), "tags": ("unions",)},
        ANNA,
        SENTENCED,
        True,
        0.9,
        True,
        "a status change",
    ),
    ({"tags": ("unions",)}, BORIS, SENTENCED, True, 0.9, False, "not among"),
    ({"min_confidence": 0.8}, ANNA, SENTENCED, True, 0.6, False, "below min_confidence"),
    ({"min_confidence": 0.8}, ANNA, SENTENCED, True, 0.8, True, "a status change"),
    ({"status_changes": False}, ANNA, RELEASED, True, 0.9, False, "status_changes is"),
    ({"events": (HUNGER_STRIKE,)}, ANNA, HUNGER_STRIKE, False, 0.9, True, "status unchanged"),
    (
        {"events": (HUNGER_STRIKE,), "min_confidence": 0.95},
        ANNA,
        HUNGER_STRIKE,
        False,
        0.9,
        False,
        "below",
    ),
]


@pytest.mark.parametrize(
    ("fields", "person", "event", "changed", "confidence", "wanted", "reason"),
    DECISIONS,
    ids=[
        "default-gets-status-changes",
        "default-skips-unchanged-events",
        "other-person",
        "people-or-tags",
        "other-tag",
        "below-min-confidence",
        "at-min-confidence",
        "status-changes-off",
        "listed-event",
        "listed-event-below-confidence",
    ],
)
def test_a_route_decides_with_a_reason(
    fields: dict[str, Any],
    person: Person,
    event: EventType,
    changed: bool,
    confidence: float,
    wanted: bool,
    reason: str,
) -> None:
    decision = route_decision(
        route(**fields), person, event, status_changed=changed, confidence=confidence
    )

    assert decision.wanted is wanted
    assert reason in decision.reason


def test_routes_for_keeps_the_routes_that_want_the_story() -> None:
    sure, doubtful = route(min_confidence=0.9), AlertRoute("all", "webhook", {})

    kept = routes_for([sure, doubtful], ANNA, EventType.DETAINED, True, 0.7)

    assert kept == [doubtful]


def test_feed_health_goes_to_flagged_routes_and_the_named_one() -> None:
    ops, staff = route(feed_health=True), AlertRoute("staff", "email", {})
    admin = AlertRoute("admin", "webhook", {})

    assert feed_health_routes([ops, staff, admin], "admin") == [ops, admin]
    assert feed_health_routes([staff], None) == []


def parse_routes(*routes: dict[str, Any]) -> tuple[list[AlertRoute], dict[str, str]]:
    data = {"people": [{"id": "ivanova-anna", "name": "Anna Ivanova"}], "alerts": list(routes)}
    watchlist, problems = parse_watchlist(data, environ={}, base_dir="/srv")
    found = list(watchlist.alerts) if watchlist else []
    return found, {p.location: p.message for p in problems}


def test_each_route_field_has_its_documented_default() -> None:
    (parsed,), problems = parse_routes({"name": "all", "apprise": "json://h.example"})

    assert problems == {}
    assert (parsed.people, parsed.tags, parsed.events) == ((), (), ())
    assert (parsed.status_changes, parsed.min_confidence, parsed.feed_health) == (True, 0.0, False)


def test_a_route_reads_min_confidence_and_feed_health() -> None:
    (parsed,), _ = parse_routes(
        {"name": "ops", "apprise": "json://h", "min_confidence": 0.75, "feed_health": True}
    )

    assert (parsed.min_confidence, parsed.feed_health) == (0.75, True)


@pytest.mark.parametrize("key", ["people", "tags"])
@pytest.mark.parametrize("empty", [[], None], ids=["empty-list", "no-value"])
def test_an_empty_people_or_tags_list_is_refused_not_read_as_everyone(
    key: str, empty: object
) -> None:
    _, problems = parse_routes({"name": "r", "apprise": "json://h", key: empty})

    assert f"leave `{key}` out" in problems[f"alerts[0].{key}"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("min_confidence", 1.5), ("min_confidence", "high"), ("feed_health", "yes")],
)
def test_a_route_field_of_the_wrong_kind_is_refused(field: str, value: object) -> None:
    _, problems = parse_routes({"name": "r", "apprise": "json://h", field: value})

    assert f"alerts[0].{field}" in problems


def test_source_health_needs_no_route_when_a_route_has_feed_health() -> None:
    data = {
        "people": [{"id": "ivanova-anna", "name": "Anna Ivanova"}],
        "alerts": [{"name": "ops", "apprise": "json://h", "feed_health": True}],
        "source_health": {"failing_after": "2h"},
    }
    watchlist, problems = parse_watchlist(data, environ={}, base_dir="/srv")

    assert problems == []
    assert watchlist is not None and watchlist.source_health is not None
    assert watchlist.source_health.route is None
    assert watchlist.source_health.failing_after.total_seconds() == 7200
