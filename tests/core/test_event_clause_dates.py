"""A date that belongs to another clause (issue 14): an aside on the person (a relative
clause, a participle, a description) has a verb and a date of its own, which are not the
main verb's, even when the writer leaves out the comma that closes the aside; and a
participle said of the object of a dated verb is not dated by that verb. Each class has
sentences it must read one way and counter-examples it must read the other; all are made
up."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader

PEOPLE = [Person("petrov", "Ivan Petrov"), Person("sokolova", "Anna Sokolova")]
PUBLISHED = datetime(2024, 3, 20, 12, 0)
events = Reader(PEOPLE, PUBLISHED, title="Court news")
LATER = "Court news followed. Many came. Rain fell. "  # (outside the lead)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the comma before the main verb left out: the relative clause's date is its own
            "Ivan Petrov, a former bank manager who was sentenced to 12 years for fraud in "
            "2019 by a regional court has been released from prison.",
            {("petrov", "released", True), ("petrov", "sentenced", False)},
        ),
        (
            "Ivan Petrov, who was arrested in 2019 was released.",
            {("petrov", "released", True), ("petrov", "detained", False)},
        ),
        (  # a participle left open
            "Ivan Petrov, jailed in 2020 for his posts was freed.",
            {("petrov", "released", True), ("petrov", "sentenced", False)},
        ),
        (  # two verbs of the aside joined by "and"
            "Ivan Petrov, who was detained in 2021 and sentenced in 2022 was freed.",
            {("petrov", "released", True)}
            | {("petrov", "detained", False), ("petrov", "sentenced", False)},
        ),
        (  # ... and with a state since an older year
            "Ivan Petrov, who has been in prison since 2021 was sentenced to five years.",
            {("petrov", "sentenced", True), ("petrov", "detained", False)},
        ),
        (  # a description with a participle, closed by its comma
            "Ivan Petrov, a blogger jailed in 2020 for his posts, has been freed.",
            {("petrov", "released", True), ("petrov", "sentenced", False)},
        ),
        (  # a state after the aside: still going on
            "Ivan Petrov, who was jailed in 2020 for fraud is on hunger strike.",
            {("petrov", "hunger_strike", True), ("petrov", "sentenced", False)},
        ),
        (  # counter-example: "and was" goes on in the relative clause, no main verb
            "Ivan Petrov, who was arrested in 2019 and was released after a month, now lives "
            "in Riga.",
            {("petrov", "detained", False), ("petrov", "released", False)},
        ),
        (  # counter-example: the date opens the relative clause, before its own verb
            "Ivan Petrov, who in 2019 was sentenced to five years for fraud has written a book.",
            {("petrov", "sentenced", False)},
        ),
        (  # counter-example: the main verb's own date
            "Ivan Petrov, who was arrested in 2019 was released in 2020.",
            {("petrov", "detained", False), ("petrov", "released", False)},
        ),
        (  # counter-example: another subject's clause inside the aside
            LATER + "Ivan Petrov, who said in 2019 that he was beaten by guards, lives in Riga.",
            {("petrov", "ill_treatment", False)},
        ),
    ],
    ids=[
        "relative-left-open",
        "who-left-open",
        "participle-left-open",
        "two-verbs-of-the-aside",
        "since-an-older-year",
        "described-participle-closed",
        "a-state-after-the-aside",
        "and-was-in-the-clause",
        "date-opens-the-clause",
        "own-date",
        "another-subject",
    ],
)
def test_an_asides_date_is_not_the_main_verbs(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the object described at length: the main verb's date is not the participle's
            "The city council on Thursday gave its annual civic courage award to the Ukrainian "
            "filmmaker Ivan Petrov, jailed in Russia for opposing the war.",
            {("petrov", "sentenced", False)},
        ),
        (  # counter-example: a date in the participle's own phrase is its own
            "Police on Thursday freed the young Ukrainian filmmaker Ivan Petrov, arrested on "
            "Monday at a rally.",
            {("petrov", "released", True), ("petrov", "detained", True)},
        ),
    ],
    ids=["object-described-at-length", "own-date-after"],
)
def test_a_participle_on_the_object_is_not_dated_by_the_main_verb(
    text: str, expected: Events
) -> None:
    assert events(text) == expected
