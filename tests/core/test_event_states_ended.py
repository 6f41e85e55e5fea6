"""A release that ends a state tells the state as well: "freed from house arrest" says the
person was under house arrest before the release (issue 14, the type of an event told
inside another's words).

GUIDE.md labels both: the release as what happened, and the house arrest it ended as
background, unless the article tells the house arrest as news of its own. The house
arrest is told by the release's own words ("from house arrest", "from two years of house
arrest", "lifted the house arrest of X", "her release from house arrest"), whoever frees
the person and however far the name stands from "from". Not a state ended: a move from
jail to house arrest (the house arrest begins), a release from jail (no state named), a
refusal to lift a house arrest (nothing ended).

Labels follow eval-dev's GUIDE.md: "current" means within about a month of publication or
what the article is about. People, places and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article

PEOPLE = [
    Person("ortega", "Lucia Ortega Ramos"),
    Person("hakimi", "Yasin Hakimi"),
    Person("sorin", "Pavel Sorin"),
]
events = Reader(PEOPLE, datetime(2026, 12, 4, 9, 0))  # a Friday

CLASSES: list[tuple[str, Events]] = [
    # the release ends a house arrest: both, the house arrest as background
    (
        "Lucia Ortega Ramos was released from house arrest on Tuesday, her lawyer said.",
        {("ortega", "released", True), ("ortega", "house_arrest", False)},
    ),
    (
        "The junta has freed Yasin Hakimi, the leader of the banned party, from house arrest.",
        {("hakimi", "released", True), ("hakimi", "house_arrest", False)},
    ),
    (
        "Pavel Sorin has been released from three years of house arrest, his party said on "
        "Wednesday.",
        {("sorin", "released", True), ("sorin", "house_arrest", False)},
    ),
    (
        "A court in the capital on Monday lifted the house arrest of Yasin Hakimi.",
        {("hakimi", "released", True), ("hakimi", "house_arrest", False)},
    ),
    (
        "The ministry announced Lucia Ortega Ramos's release from house arrest on Thursday.",
        {("ortega", "released", True), ("ortega", "house_arrest", False)},
    ),
    # ... which takes no other event's place: the arrest before it stays
    (
        "Police freed Yasin Hakimi from house arrest on Monday, a year after he was detained "
        "at a rally.",
        {
            ("hakimi", "released", True),
            ("hakimi", "house_arrest", False),
            ("hakimi", "detained", False),
        },
    ),
    # the house arrest told as news of its own: that one, not a second as background
    (
        article(
            "Pavel Sorin was placed under house arrest on November 20.",
            "A judge released Sorin from house arrest on Tuesday.",
        ),
        {("sorin", "house_arrest", True), ("sorin", "released", True)},
    ),
    # counter-examples: no house arrest ended
    (  # the house arrest begins
        "Lucia Ortega Ramos was freed from jail and placed under house arrest on Tuesday.",
        {("ortega", "released", True), ("ortega", "house_arrest", True)},
    ),
    (  # moved to house arrest, not freed from it
        "Yasin Hakimi was released from prison to house arrest on Tuesday.",
        {("hakimi", "house_arrest", True)},
    ),
    (  # a release from jail names no state ended
        "Pavel Sorin was released from prison on Tuesday after serving his full term.",
        {("sorin", "released", True)},
    ),
    (  # a refusal ends nothing
        "A judge on Monday refused to release Lucia Ortega Ramos from house arrest.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_release_from_a_state_tells_the_state_before(text: str, expected: Events) -> None:
    assert events(text) == expected
