"""Made-up English news: the background of a case history told as a state or with its
date inside the verb's phrase.

Long case histories in real news tell what happened before the news as a custody still
lasting ("has been in prison since last December", "had been in jail awaiting trial since
8 March"), as a term being served ("is serving seven years in prison") or with the date
between a verb and the rest of its phrase ("was released a year ago on parole"). The eval
sets' labellers label each as an event of its type: a custody since a date is
``detained`` as old as that date (news when the date is), a term being served is
``sentenced`` in the background, and a parole is as old as the date inside its phrase.

Labels follow DESIGN.md, eval-dev's GUIDE.md and the eval sets' conventions ("is serving a
19.5-year sentence": sentenced, background; "has been jailed since June 2010": detained,
background). Published on Friday 4 December 2026; "last December" is December 2025.
People, places and facts are made up. Every label was written and committed before the
module was first run.

First run: 7 of 21 right, each of them a counter-example (a custody told by its length, a
prison in use since a date, a term threatened, serving in the army, a parole inside the
news window, the year of a sentence upheld) but for "let out in 2023 on probation". Missed:
every custody "in prison/jail since" a date (no rule: only "in detention/custody since"
and "held since"), every term "serving N years in prison" (only "serving an N-year
sentence/term"), and a date between a verb and the rest of its phrase ("released a year
ago on parole", "freed last year on licence", "released X in March to house arrest"),
read as undated news. One label was wrong and is corrected: "he was jailed again in May"
is a detention of its own, in the background.

Fixed since, each for its class: ``in-custody-since`` takes prison and jail (and "awaiting
trial" before "since", not a clause after it); ``event_when.date_for`` takes a date inside
a verb's phrase (not one naming a thing: "the 2019 sentence"). Years served in prison stay
a strict xfail: a rule for them read these right but changed nothing on the studied proxy
sets of real news, so it was not kept.

The laws' dates (``LAW_DATED``) were written after ``OTHER_CLAUSE`` had been given the
class ("charged under a law adopted in 2009": the law's date) and committed before their
first run: 6 of 6 right. The descriptions with a clause of a thing
(``DESCRIBED_WITH_THAT``) were written after ``event_who.CLOSED_DESCRIBED_THAT`` had been
given the class ("X, a leader of the revolt that toppled the king, was detained": X's) and
committed before their first run: 5 of 6 right; "had been jailed" after the description
was missed (no "been" after the auxiliary), fixed since.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article

PEOPLE = [
    Person("rakhimov", "Bakhtiyor Rakhimov"),
    Person("saidova", "Nigora Saidova"),
    Person("petrenko", "Olena Petrenko"),
    Person("osei", "Kwame Osei"),
]
PUBLISHED = datetime(2026, 12, 4, 12, 0)  # a Friday
events = Reader(PEOPLE, PUBLISHED)

STRIKE = "Bakhtiyor Rakhimov went on hunger strike on Tuesday, his lawyer said."
FREED = "Nigora Saidova was freed on Wednesday, her lawyer said."

IN_PRISON_SINCE: list[tuple[str, Events]] = [
    (
        article(STRIKE, "Rakhimov has been in prison since last December."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "detained", False)},
    ),
    (
        article(STRIKE, "The blogger, who has been in jail since 2019, suffers from asthma."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "detained", False)},
    ),
    (
        article(FREED, "Saidova had been in jail awaiting trial since 8 March."),
        {("saidova", "released", True), ("saidova", "detained", False)},
    ),
    (
        article(FREED, "She had been in prison without trial since March 2024."),
        {("saidova", "released", True), ("saidova", "detained", False)},
    ),
    (
        article(STRIKE, "Rakhimov and two other activists have been in prison since 2021."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "detained", False)},
    ),
    (
        article(STRIKE, "Rakhimov is in jail since last October, according to his family."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "detained", False)},
    ),
    (  # counter-example: a custody since a date inside the news window is news
        article(FREED, "Saidova had been in jail since 20 November."),
        {("saidova", "released", True), ("saidova", "detained", True)},
    ),
    (  # counter-example: a custody told by its length only is no event
        article(STRIKE, "Rakhimov has been in prison for three years."),
        {("rakhimov", "hunger_strike", True)},
    ),
    (  # counter-example: a prison that has stood since a date is no custody
        article(STRIKE, "Rakhimov is held in a prison that has been in use since 1950."),
        {("rakhimov", "hunger_strike", True)},
    ),
]

SERVING_YEARS: list[tuple[str, Events]] = [
    (
        article(STRIKE, "Rakhimov, who is serving seven years in prison, says he is innocent."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "sentenced", False)},
    ),
    (
        article(STRIKE, "He is serving 12 years in jail for his posts."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "sentenced", False)},
    ),
    (
        article(STRIKE, "Rakhimov and his brother are serving six years behind bars."),
        {("rakhimov", "hunger_strike", True), ("rakhimov", "sentenced", False)},
    ),
    (
        article(STRIKE, "Rakhimov, now serving life in prison, was moved to a colony in 2024."),
        {
            ("rakhimov", "hunger_strike", True),
            ("rakhimov", "sentenced", False),
            ("rakhimov", "transferred", False),
        },
    ),
    (  # counter-example: a term threatened is no sentence
        article(STRIKE, "Rakhimov faces seven years in prison if convicted."),
        {("rakhimov", "hunger_strike", True)},
    ),
    (  # counter-example: serving in an office is no term
        article(STRIKE, "Rakhimov is serving two years in the army, his family said."),
        {("rakhimov", "hunger_strike", True)},
    ),
]

DATE_INSIDE: list[tuple[str, Events]] = [
    (
        article(
            "Olena Petrenko was detained on Monday.",
            "Petrenko was released a year ago on parole after serving half her term.",
        ),
        {("petrenko", "detained", True), ("petrenko", "parole_granted", False)},
    ),
    (
        article(
            "Olena Petrenko was detained on Monday.",
            "The activist was freed last year on licence.",
        ),
        {("petrenko", "detained", True), ("petrenko", "parole_granted", False)},
    ),
    (
        article(
            "Kwame Osei was detained on Monday.",
            "Osei had been let out in 2023 on probation.",
        ),
        {("osei", "detained", True), ("osei", "parole_granted", False)},
    ),
    (
        article(
            "Kwame Osei was detained on Monday.",
            "A judge released Osei in March to house arrest, but he was jailed again in May.",
        ),
        {("osei", "detained", True), ("osei", "house_arrest", False), ("osei", "detained", False)},
    ),
    (  # counter-example: a date inside the phrase within the news window is news
        "Olena Petrenko was released last week on parole, her lawyer said.",
        {("petrenko", "parole_granted", True)},
    ),
    (  # counter-example: a year that names the sentence upheld, not when it was upheld
        "The Supreme Court on Monday upheld the 2019 sentence of Kwame Osei.",
        {("osei", "appeal_rejected", True)},
    ),
]


# a charge under a law told with the law's own date: the date is the law's, not the charge's
LAW_DATED: list[tuple[str, Events]] = [
    (
        article(
            "Kwame Osei was detained on Monday.",
            "Osei was charged with sedition under a law passed in 2015.",
        ),
        {("osei", "detained", True), ("osei", "charged", True)},
    ),
    (
        article(
            "Olena Petrenko was detained on Monday.",
            "Prosecutors charged Petrenko with extremism under the Security Act, adopted in 2012.",
        ),
        {("petrenko", "detained", True), ("petrenko", "charged", True)},
    ),
    (
        article(
            "Kwame Osei was detained on Monday.",
            "He was indicted under a decree that was signed in 2020 by the president.",
        ),
        {("osei", "detained", True), ("osei", "charged", True)},
    ),
    (
        article(
            "Olena Petrenko was sentenced on Monday to five years in prison.",
            "The court convicted Petrenko under provisions introduced in 2022.",
        ),
        {("petrenko", "sentenced", True)},
    ),
    (  # counter-example: a date of the charge itself after the law stays the charge's
        article(
            "Kwame Osei was freed on Monday.",
            "He had been charged under the Security Act in 2019.",
        ),
        {("osei", "released", True), ("osei", "charged", False)},
    ),
    (  # counter-example: a charge dated before the law is dated so
        article(
            "Kwame Osei was freed on Monday.",
            "In 2019 he was charged under a law adopted in 2009.",
        ),
        {("osei", "released", True), ("osei", "charged", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAW_DATED)
def test_a_laws_own_date_does_not_date_the_charge(text: str, expected: Events) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), IN_PRISON_SINCE)
def test_a_custody_in_prison_since_a_date_is_as_old_as_the_date(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


# the class is kept and not fixed: a rule for it (``serving-a-term`` taking "serving N years
# in prison") read these right but changed nothing on the studied proxy sets, so it did not
# pass the gate for a change of behaviour
NOT_YET_SERVING = "years served in prison without 'sentence' or 'term': no rule yet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=NOT_YET_SERVING))
        if ("rakhimov", "sentenced", False) in expected
        else (text, expected)
        for text, expected in SERVING_YEARS
    ],
)
def test_years_being_served_in_prison_are_a_sentence_of_the_past(
    text: str, expected: Events
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATE_INSIDE)
def test_a_date_inside_a_verbs_phrase_dates_the_verb(text: str, expected: Events) -> None:
    assert events(text) == expected


# a description of the person with a relative clause of a thing in it ("that", "which"),
# closed by a comma before the person's own verb: the verb is the person's
DESCRIBED_WITH_THAT: list[tuple[str, Events]] = [
    (
        article(
            "Kwame Osei was freed on Monday.",
            "Osei, a founder of the union that led the strikes, was arrested in 2020.",
        ),
        {("osei", "released", True), ("osei", "detained", False)},
    ),
    (
        article(
            "Olena Petrenko was freed on Monday.",
            "Petrenko, the editor of a newspaper which exposed the mayor, had been jailed in 2021.",
        ),
        {("petrenko", "released", True), ("petrenko", "detained", False)},
    ),
    (
        "Kwame Osei, a leader of the protests that shook the capital last year, was detained "
        "on Wednesday.",
        {("osei", "detained", True)},
    ),
    (
        article(
            "Olena Petrenko went on hunger strike on Tuesday.",
            "Petrenko, an author of the report that angered the ministry, was sentenced in 2023 "
            "to six years.",
        ),
        {("petrenko", "hunger_strike", True), ("petrenko", "sentenced", False)},
    ),
    (  # counter-example: the clause's own verb is the thing's, not the person's
        "Kwame Osei, a founder of the party that was banned in 2019, spoke on Monday.",
        set(),
    ),
    (  # counter-example: a person inside the description keeps the verb away
        "Kwame Osei, a friend of the journalist who was arrested, spoke on Monday.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_WITH_THAT)
def test_a_description_with_a_clause_of_a_thing_leaves_the_verb_to_the_person(
    text: str, expected: Events
) -> None:
    assert events(text) == expected
