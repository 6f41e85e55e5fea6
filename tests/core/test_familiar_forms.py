"""A familiar form of a given name alone ("Misha" for a listed Mikhail Volkov, counted when
the article names him in full) beside a word of the family (review of that reading).

The classes:
- someone else: the familiar form right after a kin word whose owner is the listed person
  or a pronoun for him ("His son Misha", "Volkov's son Misha", "his daughter Sasha"), or
  followed by an apposition that names a relation ("Sasha, his daughter,", "Misha, his
  younger brother,"): no mention and no event;
- the person: the familiar form after a kin word said by one of his relatives, who calls
  him so ("Volkov's mother said her son Misha", "The father of X told reporters his son
  Misha", "X's wife said her husband Sasha");
- counter-rows that keep counting: the familiar form alone ("Misha was beaten"), after a
  sentence-opening function word ("Then Misha"), with an aside that is no relation
  ("Sasha, as friends call him,") or a relative's speech tag ("Misha, his mother said,").

The people and the stories are made up. Every row's labels (events and mention counts)
were written and committed before the module was first run (first run: 8 of 15 rows with
the right events, 8 of 15 with the right mentions: each of the 7 someone-else rows read
the familiar form as the person, 5 of them with a wrong event of his; two counter-rows
missed an event; the rows of the person were right). Left over: those two counter-rows,
missed for a class of the event reader, not of names (``EVENTS_NOT_YET``).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mention_counts, named_params

PEOPLE = [
    Person("volkov", "Mikhail Volkov"),
    Person("belyak", "Aleksandr Belyak"),
    Person("sorokina", "Yevgenia Sorokina"),
]
PUBLISHED = datetime(2026, 9, 17, 7, 30)  # a Thursday
events = Reader(PEOPLE, PUBLISHED)

NONE: Events = set()

# (name, text, expected events, optional events, mentions per person)
Row = tuple[str, str, Events, Events, dict[str, int]]

SOMEONE_ELSE: list[Row] = [
    (
        "his-son-after-the-full-name",
        "Mikhail Volkov was sentenced to six years on Monday. His son Misha was detained at "
        "a protest outside the court on Tuesday.",
        {("volkov", "sentenced", True)},
        NONE,
        {"volkov": 1},
    ),
    (
        "surname-possessive-daughter",
        "Aleksandr Belyak was detained in Grodno on Sunday. Belyak's daughter Sasha was fined "
        "on Tuesday over a post about his arrest.",
        {("belyak", "detained", True)},
        NONE,
        {"belyak": 2},
    ),
    (
        "his-daughter-mid-sentence",
        "Aleksandr Belyak has been held in Minsk since March, and police beat his daughter "
        "Sasha at a picket on Wednesday.",
        NONE,
        {("belyak", "detained", False)},
        {"belyak": 1},
    ),
    (
        "apposition-names-a-relation",
        "Aleksandr Belyak was sentenced to four years on Monday. Then Sasha, his daughter, "
        "was detained outside the courthouse.",
        {("belyak", "sentenced", True)},
        NONE,
        {"belyak": 1},
    ),
    (
        "apposition-relation-with-an-adjective",
        "Mikhail Volkov was moved to a colony in Vladimir region on Tuesday. Misha, his "
        "younger brother, was arrested the same day in Moscow.",
        {("volkov", "transferred", True)},
        NONE,
        {"volkov": 1},
    ),
    (
        "apposition-relation-of-the-surname",
        "Mikhail Volkov went on hunger strike on Monday. Misha, the eldest son of Volkov, "
        "was beaten by police at a rally on Tuesday.",
        {("volkov", "hunger_strike", True)},
        NONE,
        {"volkov": 2},
    ),
    (
        "another-kin-word-pronoun-owner",
        "Mikhail Volkov was released on Monday. His nephew Misha was detained the next day.",
        {("volkov", "released", True)},
        NONE,
        {"volkov": 1},
    ),
]

THE_PERSON: list[Row] = [
    (
        "mother-speaks-of-her-son",
        "Mikhail Volkov was sentenced to six years in March. Volkov's mother said on Tuesday "
        "that her son Misha had been beaten by guards.",
        {("volkov", "ill_treatment", True)},
        {("volkov", "sentenced", False)},
        {"volkov": 3},
    ),
    (
        "father-of-the-full-name-speaks",
        "The father of Mikhail Volkov told reporters his son Misha was beaten in the colony on "
        "Monday.",
        {("volkov", "ill_treatment", True)},
        NONE,
        {"volkov": 2},
    ),
    (
        "wife-speaks-of-her-husband",
        "Aleksandr Belyak was detained in May. Belyak's wife said her husband Sasha was beaten "
        "in custody on Sunday.",
        {("belyak", "ill_treatment", True)},
        {("belyak", "detained", False)},
        {"belyak": 3},
    ),
]

COUNTER: list[Row] = [
    (
        "familiar-form-alone-after-the-full-name",
        "Mikhail Volkov was sentenced to six years on Monday. Misha was beaten by guards on "
        "Wednesday, his lawyer said.",
        {("volkov", "sentenced", True), ("volkov", "ill_treatment", True)},
        NONE,
        {"volkov": 2},
    ),
    (
        "after-a-sentence-opening-word",
        "Mikhail Volkov was released on Monday. Then Misha was detained again on Wednesday.",
        {("volkov", "released", True), ("volkov", "detained", True)},
        NONE,
        {"volkov": 2},
    ),
    (
        "aside-that-is-no-relation",
        "Aleksandr Belyak was released on Monday. Sasha, as his friends call him, was detained "
        "again on Wednesday.",
        {("belyak", "released", True), ("belyak", "detained", True)},
        NONE,
        {"belyak": 2},
    ),
    (
        "relatives-speech-tag",
        "Mikhail Volkov was sentenced to six years on Monday. Misha, his mother said, was "
        "beaten by guards on Wednesday.",
        {("volkov", "sentenced", True), ("volkov", "ill_treatment", True)},
        NONE,
        {"volkov": 2},
    ),
    (
        "kin-word-of-someone-else-then-the-name",
        "Yevgenia Sorokina was detained on Monday with her son. Zhenya was released on "
        "Wednesday, her son was not.",
        {("sorokina", "detained", True), ("sorokina", "released", True)},
        NONE,
        {"sorokina": 2},
    ),
]

ALL = SOMEONE_ELSE + THE_PERSON + COUNTER
# Event rows still read wrongly (the mentions of these rows are right)
EVENTS_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected", "optional"),
    named_params([(name, text, exp, opt) for name, text, exp, opt, _ in ALL], EVENTS_NOT_YET),
)
def test_a_familiar_form_by_a_kin_word_gives_the_right_events(
    text: str, expected: Events, optional: Events
) -> None:
    assert expected <= events(text) <= expected | optional


@pytest.mark.parametrize(
    ("text", "counts"),
    named_params([(name, text, counts) for name, text, *_, counts in ALL], {}),
)
def test_a_familiar_form_by_a_kin_word_is_counted_as_a_reader_would(
    text: str, counts: dict[str, int]
) -> None:
    full = f"{events.title}\n\n{text}"
    assert mention_counts(events.index, full) == counts
