"""Words that fit two listed people alike go to the one whose alias in the Arabic script
spells them (issue 14: no namesake trap reported), with made-up people and own sentences
(no proxy or eval text).

"Salim Farooq" fits Salim Nadeem Farooq (his given name and surname) and Salim Akhtar Farooq
Durrani (his given name and a middle name) alike; a list that gives the second the alias
"سلیم فاروق" says how he is written, so the words are his. Counter-examples: no alias, an
alias that spells other words, one person alone fitting the words, and the first one's
name written out in full.

Before the change: 4 of 6 rows as labelled (the words given to both). After: 6 of 6.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

ALIAS = [
    Person("nadeem", "Salim Nadeem Farooq"),
    Person("durrani", "Salim Akhtar Farooq Durrani", aliases=("سلیم فاروق",)),
]
NO_ALIAS = [
    Person("nadeem", "Salim Nadeem Farooq"),
    Person("durrani", "Salim Akhtar Farooq Durrani"),
]
OTHER_ALIAS = [
    Person("nadeem", "Salim Nadeem Farooq"),
    Person("durrani", "Salim Akhtar Farooq Durrani", aliases=("سلیم اختر",)),
]

# (id, people, text, {person: [mention texts]})
ROWS: list[tuple[str, list[Person], str, dict[str, list[str]]]] = [
    (
        "alias-spells-the-words",
        ALIAS,
        "A court in the capital sentenced Salim Farooq to ten years on Monday.",
        {"durrani": ["Salim Farooq"]},
    ),
    (
        "alias-spells-the-words-twice",
        ALIAS,
        "Salim Farooq was moved to another jail. Lawyers for Salim Farooq said he was ill.",
        {"durrani": ["Salim Farooq", "Salim Farooq"]},
    ),
    (
        "no-alias",
        NO_ALIAS,
        "A court in the capital sentenced Salim Farooq to ten years on Monday.",
        {"durrani": ["Salim Farooq"], "nadeem": ["Salim Farooq"]},
    ),
    (
        "alias-spells-other-words",
        OTHER_ALIAS,
        "A court in the capital sentenced Salim Farooq to ten years on Monday.",
        {"durrani": ["Salim Farooq"], "nadeem": ["Salim Farooq"]},
    ),
    (
        "one-person-fits",
        ALIAS,
        "A court in the capital sentenced Akhtar Farooq Durrani to ten years.",
        {"durrani": ["Akhtar Farooq Durrani"]},
    ),
    (
        "the-other-in-full",
        ALIAS,
        "Police detained the journalist Salim Nadeem Farooq on Friday.",
        {"nadeem": ["Salim Nadeem Farooq"]},
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("people", "text", "expected"), named_params(ROWS, NOT_YET))
def test_words_that_fit_two_go_to_the_alias(
    people: list[Person], text: str, expected: dict[str, list[str]]
) -> None:
    assert mentions_by_person(compile_names(people), text) == expected
