"""Made-up English news on who "he" or "she" stands for when the watchlist's surname tells
no sex (Perez, Karimi, Ahmadi): a given name that only one sex bears does ("Juan",
"Fatemeh"), so "she" never goes to Juan Perez nor "he" to Fatemeh Karimi, and of a man and
a woman named together "she" is the woman.

First run (before ``wordlists.MALE_GIVEN_NAMES`` / ``FEMALE_GIVEN_NAMES`` in
``references.genders_of``): 3 of 9 right; "she" after a man's name, "he" after a woman's
and "she" after a pair went to the last person named. People and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from monitor.core.wordlists import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NOT_GIVEN_NAMES
from tests.core.reading import Events, Reader, article, named_params

PEOPLE = [
    Person("perez", "Juan Perez"),
    Person("karimi", "Fatemeh Karimi"),
    Person("ahmadi", "Narges Ahmadi"),
    Person("rezaei", "Ali Rezaei"),
    Person("rahimi", "Mohammad Rahimi"),
    Person("gonzalez", "Maria Gonzalez"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)
NONE: Events = set()

# (name, title, text, expected, optional)
ITEMS: list[tuple[str, str, str, Events, Events]] = [
    # a pronoun of the other sex: not theirs
    (
        "she-after-a-man",
        "Opposition figure arrested",
        article("Juan Perez spoke at the rally on Wednesday.", "She was arrested hours later."),
        NONE,
        NONE,
    ),
    (
        "he-after-a-woman",
        "Prison visit",
        article(
            "Fatemeh Karimi visited the prison on Wednesday.",
            "He was sentenced to five years on Thursday.",
        ),
        NONE,
        NONE,
    ),
    (
        "she-in-a-lawyer-s-words",
        "Lawyer speaks",
        article(
            "The lawyer of Mohammad Rahimi said on Thursday that she had been detained at the "
            "airport.",
        ),
        NONE,
        NONE,
    ),
    (
        "she-after-a-cousin",
        "Candidates jailed",
        article(
            "Juan Perez's cousin Elvira had planned to stand in the election.",
            "She was sentenced to eight years in prison on Wednesday.",
        ),
        NONE,
        NONE,
    ),
    # ... of their own sex: theirs
    (
        "he-after-a-man",
        "Opposition figure arrested",
        article(
            "Juan Perez was arrested on Wednesday.", "He was charged with treason on Thursday."
        ),
        {("perez", "detained", True), ("perez", "charged", True)},
        NONE,
    ),
    (
        "she-after-a-woman",
        "Activist arrested",
        article(
            "Fatemeh Karimi was arrested in the capital on Wednesday.",
            "She was charged with propaganda against the state on Thursday.",
        ),
        {("karimi", "detained", True), ("karimi", "charged", True)},
        NONE,
    ),
    (
        "she-of-a-man-and-a-woman",
        "Activists summoned",
        article(
            "Narges Ahmadi and Ali Rezaei were summoned by prosecutors on Wednesday.",
            "She was arrested on Thursday.",
        ),
        {("ahmadi", "detained", True)},
        NONE,
    ),
    (
        "he-of-a-woman-and-a-man",
        "Activists summoned",
        article(
            "Ali Rezaei and Narges Ahmadi were summoned by prosecutors on Wednesday.",
            "He was arrested on Thursday.",
        ),
        {("rezaei", "detained", True)},
        NONE,
    ),
    (
        "she-after-her-lawyer",
        "Journalist freed on bail",
        article(
            "Maria Gonzalez was detained on Wednesday, her lawyer said.",
            "She was released on bail on Thursday.",
        ),
        {("gonzalez", "detained", True), ("gonzalez", "released", True)},
        NONE,
    ),
]


@pytest.mark.parametrize(("title", "text", "expected", "optional"), named_params(ITEMS, {}))
def test_he_or_she_goes_to_a_person_whose_given_name_is_of_that_sex(
    title: str, text: str, expected: Events, optional: Events
) -> None:
    found = events(text, title)
    assert expected <= found <= expected | optional


def test_a_given_name_is_of_one_sex_only_and_no_title_or_word() -> None:
    assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES
    assert not (MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES) & NOT_GIVEN_NAMES
