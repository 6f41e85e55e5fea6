"""The week-by-week picture: people by status replayed from status changes, events per
week, and the weeks a chart covers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from monitor.core.weekly import (
    Change,
    Week,
    events_by_week,
    people_by_status,
    status_at,
    weeks_ending,
    weeks_to_date,
)


def at(day: int, month: int = 5) -> datetime:
    return datetime(2026, month, day, 12, tzinfo=UTC)


def test_weeks_run_monday_to_sunday_and_the_last_one_ends_today() -> None:
    weeks = weeks_to_date(date(2026, 5, 6), 3)  # a Wednesday
    assert weeks == [
        Week(date(2026, 4, 20), date(2026, 4, 26)),
        Week(date(2026, 4, 27), date(2026, 5, 3)),
        Week(date(2026, 5, 4), date(2026, 5, 6)),
    ]
    assert all(w.start.weekday() == 0 for w in weeks)
    assert weeks_ending(date(2026, 5, 4), 1) == [Week(date(2026, 4, 27), date(2026, 5, 3))]


def test_a_status_is_replayed_from_the_changes_whatever_their_order() -> None:
    changes = [
        Change("k", at(10), "detained", "imprisoned"),
        Change("k", at(1), "free", "detained"),
    ]
    assert status_at("imprisoned", changes, at(1, 4)) == "free"  # before the first change
    assert status_at("imprisoned", changes, at(5)) == "detained"
    assert status_at("imprisoned", changes, at(20)) == "imprisoned"
    assert status_at("in_exile", [], at(1, 1)) == "in_exile"  # no change: as now, always


def test_people_by_status_counts_everyone_at_the_end_of_each_week() -> None:
    weeks = [Week(date(2026, 4, 27), date(2026, 5, 3)), Week(date(2026, 5, 4), date(2026, 5, 10))]
    current = {"k": "detained", "b": "imprisoned", "y": "free"}
    changes = [Change("k", at(6), "free", "detained"), Change("b", at(2), "detained", "imprisoned")]
    assert people_by_status(current, changes, weeks) == [
        {"free": 2, "imprisoned": 1},
        {"detained": 1, "imprisoned": 1, "free": 1},
    ]


def test_events_fall_in_the_week_of_their_day() -> None:
    weeks = [Week(date(2026, 4, 27), date(2026, 5, 3)), Week(date(2026, 5, 4), date(2026, 5, 10))]
    days = [date(2026, 4, 27), date(2026, 5, 3), date(2026, 5, 4), date(2026, 5, 11)]
    assert events_by_week(days, weeks) == [2, 1]
