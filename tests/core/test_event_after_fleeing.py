"""Exile (issue 14): "after fleeing", "since fleeing", "before fleeing" tell that the person
fled, as "fled" does, dated by what follows ("after fleeing the country in 1983":
background); "fleeing" said of others ("families fleeing the war") is no one's flight.
Made-up people, own sentences, written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("sorin", "Pavel Sorin")]
read = Reader(PEOPLE, datetime(2026, 1, 28, 12, 0), title="Regional news")

ROWS = [
    # (name, text, expected)
    (
        "returned-after-fleeing",
        "Pavel Sorin returned in 2003 after fleeing the country in 1983.",
        {("sorin", "fled", False)},
    ),
    (
        "since-fleeing",
        "Pavel Sorin has lived in Vilnius since fleeing Belarus in 2020.",
        {("sorin", "fled", False)},
    ),
    (
        "after-fleeing-last-week",
        "Pavel Sorin gave his first interview on Monday after fleeing the country last week.",
        {("sorin", "fled", True)},
    ),
    (
        "he-after-fleeing-long-ago",
        "The party chose a new leader on Monday. Pavel Sorin won the vote. He won easily. He "
        "rose to fame after years abroad after fleeing the junta in the late 1970s.",
        {("sorin", "fled", False)},
    ),
    # counter-examples
    (
        "families-fleeing",
        "Pavel Sorin interviewed families fleeing the war.",
        set(),
    ),
    (
        "thousands-fleeing",
        "Pavel Sorin said thousands were fleeing the fighting.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_after_fleeing_is_a_flight(text: str, expected: Events) -> None:
    assert read(text) == expected
