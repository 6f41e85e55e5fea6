"""The week by week picture: how many people were in each status at the end of each
week, and how many current events each week had; and the days a timeline page covers.

People by status are replayed from the status changes: before their first change a
person was in that change's previous status, after each change in its new one; someone
without changes has been in their current status all along.

    >>> weeks_ending(date(2026, 5, 6), 2)
    [Week(start=datetime.date(2026, 4, 20), end=datetime.date(2026, 4, 26)), \
Week(start=datetime.date(2026, 4, 27), end=datetime.date(2026, 5, 3))]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Week:
    start: date  # a Monday
    end: date  # the Sunday after it (included)

    @property
    def label(self) -> str:
        return self.start.strftime("%d %b")


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_ending(today: date, count: int) -> list[Week]:
    """The ``count`` whole weeks (Monday to Sunday) before the one ``today`` is in, oldest
    first."""
    this_monday = monday_of(today)
    return [
        Week(this_monday - WEEK * n, this_monday - WEEK * n + timedelta(days=6))
        for n in range(count, 0, -1)
    ]


def weeks_to_date(today: date, count: int) -> list[Week]:
    """The last ``count`` weeks, the one ``today`` is in last (it ends today)."""
    done = weeks_ending(today, count - 1) if count > 1 else []
    return [*done, Week(monday_of(today), today)]


@dataclass(frozen=True)
class Change:
    """A status change in force (not reverted), as the picture replays it."""

    person_id: str
    at: datetime
    previous: str
    new: str


def status_at(current: str, changes: Sequence[Change], moment: datetime) -> str:
    """A person's status at ``moment``, from their changes (any order) and current status."""
    ordered = sorted(changes, key=lambda c: c.at)
    if not ordered:
        return current
    status = ordered[0].previous
    for change in ordered:
        if change.at > moment:
            break
        status = change.new
    return status


def people_by_status(
    current: dict[str, str], changes: Sequence[Change], weeks: Sequence[Week]
) -> list[dict[str, int]]:
    """For each week, how many of the people (id → current status) were in each status at
    its end (changes carry aware UTC times)."""
    by_person: dict[str, list[Change]] = {}
    for change in changes:
        by_person.setdefault(change.person_id, []).append(change)
    counts = []
    for week in weeks:
        moment = datetime.combine(week.end + timedelta(days=1), time(), tzinfo=UTC)
        tally: dict[str, int] = {}
        for person_id, status in current.items():
            then = status_at(status, by_person.get(person_id, []), moment)
            tally[then] = tally.get(then, 0) + 1
        counts.append(tally)
    return counts


def events_by_week(days: Sequence[date], weeks: Sequence[Week]) -> list[int]:
    """How many of the events (by their day) fall in each week."""
    return [sum(1 for d in days if week.start <= d <= week.end) for week in weeks]
