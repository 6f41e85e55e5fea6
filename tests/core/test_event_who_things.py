"""Who (issue 14): what is released, or said of a person, may be something of theirs or an
opinion, not an event of theirs. "Emails with X were released", "letters by X were
released", "recordings of X were released" release the documents, not X; "critics accuse X
of corruption", "X has been accused of corruption by rivals" is a political accusation,
no criminal charge (prosecutors' accusation is one). Made-up people, own sentences,
written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("koval", "Jana Koval")]
read = Reader(PEOPLE, datetime(2026, 2, 16, 12, 0), title="Regional news")

ROWS = [
    # (name, text, expected)
    (
        "emails-with-her-released",
        "Several ministers resigned after their emails with Jana Koval were released last month.",
        set(),
    ),
    (
        "letters-by-her-released",
        "Letters written by Jana Koval from prison were released by her family on Monday.",
        set(),
    ),
    (
        "recordings-of-her-released",
        "Secret recordings of Jana Koval were released on Monday.",
        set(),
    ),
    (
        "documents-in-her-case-released",
        "Court documents in the case of Jana Koval were released on Friday.",
        set(),
    ),
    (
        "her-diaries-released",
        "Jana Koval's prison diaries were released as a book on Monday.",
        set(),
    ),
    (
        "critics-accuse",
        "Critics have long accused Jana Koval of corruption.",
        set(),
    ),
    (
        "opponents-accuse",
        "Opponents accuse Jana Koval of entrenching corruption in the ministry.",
        set(),
    ),
    (
        "accused-by-critics",
        "Jana Koval has been accused by critics of corruption.",
        set(),
    ),
    (
        "accused-by-rivals",
        "Jana Koval has been accused of corruption by her political rivals.",
        set(),
    ),
    # counter-examples
    (
        "she-and-her-brother-released",
        "Jana Koval and her brother were released on Monday.",
        {("koval", "released", True)},
    ),
    (
        "whose-letters",
        "Jana Koval, whose letters were published last year, was released on Monday.",
        {("koval", "released", True)},
    ),
    (
        "prosecutors-accused",
        "Prosecutors accused Jana Koval of corruption on Monday.",
        {("koval", "charged", True)},
    ),
    (
        "formally-accused",
        "Jana Koval was formally accused of treason on Monday.",
        {("koval", "charged", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_things_and_opinions_are_not_her_events(text: str, expected: Events) -> None:
    assert read(text) == expected
