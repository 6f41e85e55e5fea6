"""The status machine: only news changes a status, and never backwards in time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from monitor.core.status import (
    STATUS_AFTER,
    decide_status_change,
    occurred_at,
    status_after,
)
from monitor.core.types import Event, EventType, Status

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def event(kind: EventType, *, current: bool = True, non_custodial: bool = False) -> Event:
    return Event("bilash-serikzhan", kind, current, 0.9, "A sentence.", non_custodial=non_custodial)


def test_every_event_type_has_a_place_in_the_status_map() -> None:
    assert set(STATUS_AFTER) == set(EventType)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (EventType.DETAINED, Status.DETAINED),
        (EventType.HOUSE_ARREST, Status.HOUSE_ARREST),
        (EventType.SENTENCED, Status.IMPRISONED),
        (EventType.ACQUITTED, Status.FREE),
        (EventType.CHARGES_DROPPED, Status.FREE),
        (EventType.PAROLE_GRANTED, Status.PAROLED),
        (EventType.RELEASED, Status.FREE),
        (EventType.PARDONED, Status.FREE),
        (EventType.DIED, Status.DECEASED),
        (EventType.FLED, Status.IN_EXILE),
        (EventType.CHARGED, None),
        (EventType.TRIAL, None),
        (EventType.APPEAL_REJECTED, None),
        (EventType.PAROLE_DENIED, None),
        (EventType.TRANSFERRED, None),
        (EventType.HUNGER_STRIKE, None),
        (EventType.ILL_TREATMENT, None),
    ],
    ids=lambda v: str(v),
)
def test_each_event_type_leads_to_its_status(kind: EventType, expected: Status | None) -> None:
    assert status_after(event(kind)) == expected


def test_a_non_custodial_sentence_restricts_rather_than_imprisons() -> None:
    assert status_after(event(EventType.SENTENCED, non_custodial=True)) == Status.RESTRICTED


def test_a_current_release_frees_a_detained_person() -> None:
    change = decide_status_change(
        "bilash-serikzhan", Status.DETAINED, None, event(EventType.RELEASED), NOW, NOW
    )
    assert change is not None
    assert (change.previous, change.new, change.event_type) == (
        Status.DETAINED,
        Status.FREE,
        EventType.RELEASED,
    )


def test_a_background_event_never_changes_a_status() -> None:
    background = event(EventType.DETAINED, current=False)
    assert decide_status_change("x", Status.FREE, None, background, NOW, NOW) is None


def test_an_event_that_repeats_the_status_changes_nothing() -> None:
    assert (
        decide_status_change("x", Status.DETAINED, None, event(EventType.DETAINED), NOW, NOW)
        is None
    )


def test_an_event_without_a_status_of_its_own_changes_nothing() -> None:
    strike = event(EventType.HUNGER_STRIKE)
    assert decide_status_change("x", Status.IMPRISONED, None, strike, NOW, NOW) is None


def test_an_event_dated_before_the_last_change_never_overrides_it() -> None:
    released_on = NOW - timedelta(days=2)
    arrest_before = NOW - timedelta(days=5)
    change = decide_status_change(
        "x", Status.FREE, released_on, event(EventType.DETAINED), arrest_before, NOW
    )
    assert change is None
    arrest_after = NOW - timedelta(days=1)
    later = decide_status_change(
        "x", Status.FREE, released_on, event(EventType.DETAINED), arrest_after, NOW
    )
    assert later is not None and later.new == Status.DETAINED


def test_an_old_report_is_not_news_even_when_written_in_the_present_tense() -> None:
    old = NOW - timedelta(days=400)
    assert decide_status_change("x", Status.FREE, None, event(EventType.DETAINED), old, NOW) is None


def test_a_deceased_person_is_never_arrested_again() -> None:
    assert (
        decide_status_change("x", Status.DECEASED, None, event(EventType.DETAINED), NOW, NOW)
        is None
    )


def test_an_event_happens_on_its_own_date_before_the_articles() -> None:
    dated = Event("x", EventType.RELEASED, True, 0.9, "Freed on May 3.", date=date(2026, 5, 3))
    undated = event(EventType.RELEASED)
    published = NOW - timedelta(days=1)
    assert occurred_at(dated, published, NOW) == datetime(2026, 5, 3, tzinfo=UTC)
    assert occurred_at(undated, published, NOW) == published
    assert occurred_at(undated, None, NOW) == NOW


def test_an_event_in_an_article_dated_2099_changes_the_status_now_not_in_2099() -> None:
    released = event(EventType.RELEASED)
    when = occurred_at(released, datetime(2099, 12, 28, tzinfo=UTC), NOW)
    change = decide_status_change("x", Status.IMPRISONED, None, released, when, NOW)
    assert change is not None and change.occurred_at == NOW


def test_a_status_since_a_future_date_does_not_block_later_news() -> None:
    """A status set from a date no longer trusted (before the monitor checked dates)."""
    future = datetime(2099, 12, 28, tzinfo=UTC)
    change = decide_status_change("x", Status.FREE, future, event(EventType.DETAINED), NOW, NOW)
    assert change is not None and change.new is Status.DETAINED
    near = NOW + timedelta(hours=2)  # a feed a little ahead: still the last word
    assert decide_status_change("x", Status.FREE, near, event(EventType.DETAINED), NOW, NOW) is None
