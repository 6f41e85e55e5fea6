"""Exile (issue 14): a person described as exiled after their name ("X, the exiled former
editor", "X, an exiled member of parliament") or living in exile ("has lived in exile since
2021") has fled, as background, as "X, an activist now in exile" has (eval-dev2's gold); an
attributive "the exiled opposition leader X" is a description, as "jailed journalist X" is.
A return from exile is not labelled a flight (a return home after years abroad says no
flight of its own), and exiled others are not the person. Made-up people, own sentences,
written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("sorin", "Pavel Sorin"), Person("mares", "Lidia Mares")]
read = Reader(PEOPLE, datetime(2026, 2, 3, 12, 0), title="Regional news")

ROWS = [
    # (name, text, expected)
    (  # (relabelled after the first run: the project's own tests read an attributive
        # "the exiled journalist X" as a description, no event, as "jailed journalist X")
        "exiled-before-a-title",
        "The exiled opposition leader Pavel Sorin addressed the rally by video link.",
        set(),
    ),
    (
        "the-exiled-former-editor",
        "Pavel Sorin, the exiled former editor of the weekly, spoke at the conference.",
        {("sorin", "fled", False)},
    ),
    (
        "an-exiled-member",
        "Pavel Sorin, an exiled member of parliament, called for new elections.",
        {("sorin", "fled", False)},
    ),
    (
        "the-exiled-prince",
        "Two weeks have passed since Pavel Sorin, the exiled heir to the throne, made his offer.",
        {("sorin", "fled", False)},
    ),
    (
        "has-lived-in-exile-since",
        "Pavel Sorin has lived in exile in Vilnius since 2021.",
        {("sorin", "fled", False)},
    ),
    (
        "has-been-living-in-exile",
        "Lidia Mares has been living in exile since the disputed election.",
        {("mares", "fled", False)},
    ),
    # counter-examples
    (
        "returned-from-exile",
        "Pavel Sorin returned from exile in 2010 to found a party.",
        set(),
    ),
    (
        "returned-after-decades-in-exile",
        "Pavel Sorin returned home after two decades in exile.",
        set(),
    ),
    (
        "about-exiled-poets",
        "Pavel Sorin wrote a novel about exiled poets.",
        set(),
    ),
    (
        "met-exiled-journalists",
        "Pavel Sorin met exiled journalists in Riga on Monday.",
        set(),
    ),
    (
        "interviewed-the-exiled-king",
        "Pavel Sorin, who once interviewed the exiled king, was detained on Monday.",
        {("sorin", "detained", True)},
    ),
    (
        "an-exiled-leader-beside-her",
        "Lidia Mares spoke on Monday beside the exiled opposition leader, who lives in Warsaw.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_exile_as_a_state(text: str, expected: Events) -> None:
    assert read(text) == expected
