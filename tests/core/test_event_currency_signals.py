"""News or background decided by signals that hold for the class of phrasing (issue 14,
events found with the right type and the wrong ``current``).

- A sentence that opens with a when-clause tells that clause as the time of its main
  clause: the event inside it is background ("When X was arrested, he was a student"),
  the main clause after its comma is not ("When the case came to court, X was granted bail").
- A weekday followed by a full date is that date ("on Wednesday, 15th July"), not the
  weekday before publication.
- A date that names another event ("the March 3 riots case", "the 14 August violence")
  does not date the sentence's own event.
- "who has been on a hunger strike" is a strike still going on, as "has been on hunger
  strike" is.
- "had already detained and tortured him": the "had" holds for both verbs.
- A relative clause with commas of its own ("on charges of “insult,” slander and fraud")
  closes at the comma before the main verb.
- A lead that opens with an older story goes on with it: "X was sentenced in 2019. He was
  tried in a military court" (not when the sentence before told news over a period that
  reaches publication: "arrested in the past six months").

Labels follow eval-dev's GUIDE.md. People, places and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article

PEOPLE = [Person("farouk", "Samir Farouk"), Person("ilyina", "Vera Ilyina")]
events = Reader(PEOPLE, datetime(2026, 12, 4, 9, 0))  # a Friday

WHEN_CLAUSES: list[tuple[str, Events]] = [
    (
        "When the case came before the High Court, Samir Farouk was granted bail.",
        {("farouk", "released", True)},
    ),
    (
        "When the appeal was heard in the regional court, Vera Ilyina was acquitted.",
        {("ilyina", "acquitted", True)},
    ),
    # counter-examples: the event inside the when-clause
    ("When Samir Farouk was arrested, he was a student.", {("farouk", "detained", False)}),
    (
        "When Vera Ilyina was released from prison, she was greeted by friends.",
        {("ilyina", "released", False)},
    ),
]

DATES: list[tuple[str, Events]] = [
    (
        "Vera Ilyina was arrested on Wednesday, 15th July, alongside two colleagues.",
        {("ilyina", "detained", False)},
    ),
    (
        "Samir Farouk was detained on Thursday, September 3, at his home.",
        {("farouk", "detained", False)},
    ),
    (
        "An anti-terrorism court sentenced Samir Farouk to ten years in prison in the "
        "March 3 riots case.",
        {("farouk", "sentenced", True)},
    ),
    (
        "A court acquitted Vera Ilyina in the 14 August violence case.",
        {("ilyina", "acquitted", True)},
    ),
    # counter-examples: a weekday and date of the news window; a date of the event itself
    (
        "Vera Ilyina was arrested on Wednesday, 2nd December, at the airport.",
        {("ilyina", "detained", True)},
    ),
    (
        "Samir Farouk was detained on Tuesday, December 1, at his home.",
        {("farouk", "detained", True)},
    ),
    ("Samir Farouk was sentenced on March 3 to ten years.", {("farouk", "sentenced", False)}),
]

CLAUSES: list[tuple[str, Events]] = [
    (
        "Reports say Samir Farouk, who has been on a hunger strike, was taken to hospital.",
        {("farouk", "hunger_strike", True), ("farouk", "transferred", True)},
    ),
    (
        article(
            "Samir Farouk was released on Tuesday.",
            "Police had already arrested and beaten him for his reporting.",
        ),
        {
            ("farouk", "released", True),
            ("farouk", "detained", False),
            ("farouk", "ill_treatment", False),
        },
    ),
    (
        article(
            "Vera Ilyina was freed on Tuesday.",
            "Officers had already detained and tortured her for her posts.",
        ),
        {
            ("ilyina", "released", True),
            ("ilyina", "detained", False),
            ("ilyina", "ill_treatment", False),
        },
    ),
    (
        "Samir Farouk, who has spent the last ten months in jail on charges of “insult,” "
        "slander and fraud, was fined.",
        {("farouk", "charged", False), ("farouk", "sentenced", True)},
    ),
    # counter-examples: no "had" before the verbs; a strike told as over
    (
        article("Samir Farouk was released on Tuesday.", "Police arrested and beat him on Monday."),
        {
            ("farouk", "released", True),
            ("farouk", "detained", True),
            ("farouk", "ill_treatment", True),
        },
    ),
    (
        "Samir Farouk, who had been on a hunger strike in 2019, was taken to hospital.",
        {("farouk", "hunger_strike", False), ("farouk", "transferred", True)},
    ),
]

LEADS: list[tuple[str, Events]] = [
    (
        "Samir Farouk, a radio host, was sentenced to 15 years in prison in 2018. He was "
        "tried in a military court, alongside two other journalists.",
        {("farouk", "sentenced", False), ("farouk", "trial", False)},
    ),
    (
        "Samir Farouk went on hunger strike on Monday, his wife said. He was sentenced to "
        "nine years in 2021 for his posts. He was transferred to a colony in Perm and was "
        "beaten by guards there.",
        {
            ("farouk", "hunger_strike", True),
            ("farouk", "sentenced", False),
            ("farouk", "transferred", False),
            ("farouk", "ill_treatment", False),
        },
    ),
    # counter-examples: news over a period up to publication; a dated news event after
    (
        "Vera Ilyina has become the fifth activist to be arrested in the past six months. "
        "She was detained over a banner.",
        {("ilyina", "detained", True)},
    ),
    (
        "Samir Farouk was sentenced to five years in 2019. He was released on Monday.",
        {("farouk", "sentenced", False), ("farouk", "released", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHEN_CLAUSES)
def test_a_when_clause_that_opens_the_sentence_times_its_main_clause(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_a_date_is_read_as_the_text_means_it(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_a_clause_keeps_its_own_time(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_a_lead_that_opens_with_an_older_story_goes_on_with_it(text: str, expected: Events) -> None:
    assert events(text) == expected
