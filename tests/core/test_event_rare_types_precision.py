"""What is no event of a rare type, though its words are there: a contest won ("beat his
rival") is no beating, and charges or a conviction that were "not dropped" or "never
overturned" were not. Sentences of our own about a made-up person.

Four of the six rows fired before the fix (``ill_treatment.beaten``'s contests;
``charges_dropped.charges-were-dropped`` and ``conviction-was-quashed`` with "not" or
"never" before the verb); the other two guard their neighbours ("their opponents",
"have never been withdrawn"), and each event beside them is still read.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Reader

events = Reader([Person("petrov", "Ivan Petrov")], datetime(2026, 12, 4, 9, 0), title="News")

NOT_SAID = [  # (type, sentence): no event of that type for Ivan Petrov
    ("ill_treatment", "Ivan Petrov beat his rival in the election."),
    ("ill_treatment", "Ivan Petrov beat the odds and won the seat."),
    ("ill_treatment", "Ivan Petrov's team beat their opponents on Sunday."),
    ("charges_dropped", "The charges against Ivan Petrov were not dropped."),
    ("charges_dropped", "The charges against Ivan Petrov have never been withdrawn."),
    ("charges_dropped", "Ivan Petrov's conviction was never overturned."),
]
SAID = [  # (type, sentence): the event is still read
    ("ill_treatment", "Guards beat Ivan Petrov on Monday."),
    ("ill_treatment", "Police beat Ivan Petrov and his lawyer on Monday."),
    ("charges_dropped", "The charges against Ivan Petrov were dropped on Monday."),
    ("charges_dropped", "Ivan Petrov's conviction was overturned on Monday."),
]


def kinds(text: str) -> set[str]:
    return {kind for person, kind, _ in events(text) if person == "petrov"}


@pytest.mark.parametrize(("kind", "text"), NOT_SAID, ids=[t for _, t in NOT_SAID])
def test_a_contest_or_a_negation_is_no_event(kind: str, text: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(("kind", "text"), SAID, ids=[t for _, t in SAID])
def test_the_event_beside_it_is_still_read(kind: str, text: str) -> None:
    assert kind in kinds(text)
