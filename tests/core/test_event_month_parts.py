"""When (issue 14): a part of a month named without a day ("at the start of January", "in
the first week of January", "at the end of January") is that part, not the whole month,
as "early January" and "late January" are: an arrest at the start of January is news in
an item of mid-January and background in one of mid-February. Made-up people, own
sentences, written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("rehak", "Tomas Rehak")]
MID_JANUARY = Reader(PEOPLE, datetime(2026, 1, 15, 12, 0), title="Regional news")
MID_FEBRUARY = Reader(PEOPLE, datetime(2026, 2, 16, 12, 0), title="Regional news")

ROWS = [
    # (name, reader, text, expected)
    (
        "start-of-month-six-weeks-old",
        MID_FEBRUARY,
        "Border guards detained Tomas Rehak at the start of January, his lawyer said.",
        {("rehak", "detained", False)},
    ),
    (
        "beginning-of-month-six-weeks-old",
        MID_FEBRUARY,
        "Tomas Rehak was taken into custody at the beginning of January.",
        {("rehak", "detained", False)},
    ),
    (
        "first-week-six-weeks-old",
        MID_FEBRUARY,
        "Tomas Rehak was arrested in the first week of January in a raid on his flat.",
        {("rehak", "detained", False)},
    ),
    (
        "first-days-six-weeks-old",
        MID_FEBRUARY,
        "Police detained Tomas Rehak in the first days of January.",
        {("rehak", "detained", False)},
    ),
    (
        "start-of-month-two-weeks-old",
        MID_JANUARY,
        "Border guards detained Tomas Rehak at the start of January, his lawyer said.",
        {("rehak", "detained", True)},
    ),
    (
        "first-week-two-weeks-old",
        MID_JANUARY,
        "Tomas Rehak was arrested in the first week of January in a raid on his flat.",
        {("rehak", "detained", True)},
    ),
    (
        "end-of-last-month",
        MID_FEBRUARY,
        "Tomas Rehak was arrested at the end of January.",
        {("rehak", "detained", True)},
    ),
    (
        "end-of-month-long-ago",
        MID_FEBRUARY,
        "Tomas Rehak was arrested at the end of November.",
        {("rehak", "detained", False)},
    ),
    # counter-examples: what must stay as it is read now
    (
        "early-this-month",
        MID_FEBRUARY,
        "Tomas Rehak was detained in early February.",
        {("rehak", "detained", True)},
    ),
    (
        "whole-last-month",
        MID_FEBRUARY,
        "Tomas Rehak was detained in January.",
        {("rehak", "detained", True)},
    ),
    (
        "start-of-the-week",
        MID_FEBRUARY,
        "Tomas Rehak was detained at the start of the week.",
        {("rehak", "detained", True)},
    ),
    (
        "start-of-month-with-year",
        MID_FEBRUARY,
        "Tomas Rehak was first arrested at the start of January 2019.",
        {("rehak", "detained", False)},
    ),
    (
        "trial-at-the-start-of-next-month",
        MID_FEBRUARY,
        "The trial of Tomas Rehak will open at the start of March.",
        set(),
    ),
]


@pytest.mark.parametrize(("reader", "text", "expected"), named_params(ROWS, {}))
def test_a_part_of_a_month_dates_the_event(reader: Reader, text: str, expected: Events) -> None:
    assert reader(text) == expected
