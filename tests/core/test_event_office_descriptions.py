"""Made-up English news on one class (issue 14, held-out accuracy): a watched person told
of by an office, after the sentence that names them.

Politicians and public figures in the news are called by what they were: "the former
senator, who was arrested in 2021, ...", "the ex-minister was detained", "the former prime
minister was moved to a prison hospital", or by what they lead: "the head of the
opposition party", "the founder of the newspaper". An official word stands for the
watched person only as a former office ("the former senator"; never "the minister" or
"the judge", who are the other side), and "the head of" only of a party, a movement or an
outlet (never "the head of the prison service"). As any description, it goes to the
last person it fits: a former senator to the one described so, and never to a watched
person named before someone no one watches named with that office since ("former
President X ... the former president": X).

The mechanism: ``references.ROLE`` (the former office, ``LEADS`` of an
``ORGANISATIONS``), ``references.unwatched_described`` (``FORMER_OFFICIAL_NAMED``) and
``references._last_person`` (such a stand-in counts even when no watched person was
described). The owner of a hunger strike is on it ("due to his hunger strike",
``event_who._strike_owner``), not past a relative who is the clause's subject ("her
father resumed his hunger strike"). A relative who speaks of "her son" speaks of the
person ("The mother of X said that her son was beaten": X), and the relative's "her" is
not taken for X's gender (``references.RELATION_OF_NAME``). People, places and facts
are made up; the labels were written before the module was first run.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import NONE, Events, Reader, Row, named_params

PEOPLE = [
    Person("sokolov", "Ivan Sokolov"),
    Person("mendes", "Ana Mendes"),
    Person("okafor", "Grace Okafor"),
    Person("tran", "Tran Van Long"),
    Person("petrova", "Olga Petrova"),
]
events = Reader(PEOPLE, datetime(2026, 12, 4, 9, 0))  # a Friday

ROWS: list[Row] = [
    # a former office, after the sentence that names the person
    (
        "former-senator-who-was-arrested",
        "Ana Mendes was acquitted on Friday. The former senator, who was arrested in 2021, "
        "said she had always been innocent.",
        {("mendes", "acquitted", True), ("mendes", "detained", False)},
    ),
    (
        "former-prime-minister-moved",
        "Ivan Sokolov was convicted of fraud in 2019. The former prime minister was moved to "
        "a prison hospital on Tuesday.",
        {("sokolov", "sentenced", False), ("sokolov", "transferred", True)},
    ),
    (
        "ex-minister-arrested",
        "Grace Okafor was questioned by prosecutors in May. The ex-minister was arrested on "
        "Tuesday.",
        {("okafor", "detained", True)},
    ),
    # ... the one described by that office, not a watched person named since
    (
        "former-senator-past-a-journalist",
        "Former senator Ana Mendes was charged on Monday. Ivan Sokolov, a journalist, was "
        "also charged. The former senator was released on bail on Tuesday.",
        {("mendes", "charged", True), ("sokolov", "charged", True), ("mendes", "released", True)},
    ),
    # the head of a party or an outlet
    (
        "head-of-the-opposition-party",
        "Ana Mendes was convicted in 2018. The head of the opposition party was moved to a "
        "hospital a year later as her health deteriorated.",
        {("mendes", "sentenced", False), ("mendes", "transferred", False)},
    ),
    (
        "founder-of-the-newspaper",
        "Tran Van Long was detained in March. The founder of the independent newspaper was "
        "charged with tax evasion on Monday.",
        {("tran", "detained", False), ("tran", "charged", True)},
    ),
    # counter-examples: officials in office, the head of a state body
    (
        "the-minister-is-someone-else",
        "Ana Mendes was charged on Monday. The minister was arrested on Tuesday.",
        {("mendes", "charged", True)},
    ),
    (
        "the-judge-is-someone-else",
        "Ana Mendes was convicted in 2018. The judge was arrested a year later.",
        {("mendes", "sentenced", False)},
    ),
    (
        "head-of-the-prison-service",
        "Ana Mendes was charged on Monday. The head of the prison service was arrested on Tuesday.",
        {("mendes", "charged", True)},
    ),
    (
        "chairman-of-a-state-company",
        "Ana Mendes was charged on Monday. The chairman of the state oil company was "
        "arrested on Tuesday.",
        {("mendes", "charged", True)},
    ),
    # ... someone no one watches named with that former office since
    (
        "former-president-named-since",
        "Ana Mendes was convicted in 2018 after criticising former President Tomas Rivera. "
        "The former president was arrested a year later.",
        {("mendes", "sentenced", False)},
    ),
    (
        "ex-prosecutor-named-since",
        "Ivan Sokolov was convicted in 2019 after an inquiry led by ex-Prosecutor General "
        "Maria Vance. The former prosecutor was arrested on Tuesday.",
        {("sokolov", "sentenced", False)},
    ),
    # ... a former office another than the one the person was described by
    (
        "former-minister-not-the-journalist",
        "Ana Mendes, a journalist, was convicted in 2018. The former minister was arrested a "
        "year later.",
        {("mendes", "sentenced", False)},
    ),
    (
        "no-one-named-before",
        "The former senator was arrested on Tuesday.",
        NONE,
    ),
]
# "His health has deteriorated due to his hunger strike": the owner of a hunger strike is
# on it (``event_who._strike_owner``), but not past a relative who is the clause's subject
STRIKES: list[Row] = [
    (
        "his-strike-as-a-cause",
        "Ivan Sokolov was moved to a prison hospital on Monday. His health has deteriorated "
        "due to his hunger strike.",
        {("sokolov", "transferred", True), ("sokolov", "hunger_strike", True)},
    ),
    (
        "her-strike-of-forty-days",
        "Ana Mendes was moved to a prison hospital on Monday. Her 40-day hunger strike has "
        "left her weak.",
        {("mendes", "transferred", True), ("mendes", "hunger_strike", True)},
    ),
    (
        "his-strike-told-by-his-lawyer",
        "Ivan Sokolov was moved to a prison hospital on Monday. His lawyer said his hunger "
        "strike had entered its third week.",
        {("sokolov", "transferred", True), ("sokolov", "hunger_strike", True)},
    ),
    (
        "a-relatives-strike",
        "Ana Mendes was moved to a prison hospital on Monday. Her husband's hunger strike is "
        "in its third week.",
        {("mendes", "transferred", True)},
    ),
    (
        "a-relative-resumed-his-strike",
        "Ana Mendes posted a video in which she said her father had resumed his hunger strike.",
        NONE,
    ),
    (
        "a-brother-resumed-his-strike",
        "Ivan Sokolov was moved to a prison hospital on Monday. His brother has resumed his "
        "hunger strike.",
        {("sokolov", "transferred", True)},
    ),
    (
        "supporters-own-strike",
        "Ivan Sokolov was moved to a prison hospital on Monday. Supporters have called off "
        "their hunger strike.",
        {("sokolov", "transferred", True)},
    ),
]
# "The mother of X said that her son was beaten": the relative's "her" tells nothing of X's
# gender (``references.RELATION_OF_NAME``), so "her son" is X
RELATIVES: list[Row] = [
    (
        "a-mother-speaks-of-her-son",
        "The mother of Ivan Sokolov said that her son was beaten in prison.",
        {("sokolov", "ill_treatment", True)},
    ),
    (
        "a-named-sister-speaks-of-her-brother",
        "The sister of Ivan Sokolov, Maria Vance, said that her brother has been on hunger "
        "strike for two months.",
        {("sokolov", "hunger_strike", True)},
    ),
    (
        "a-father-speaks-of-his-daughter",
        "The father of Olga Petrova said that his daughter was detained on Monday.",
        {("petrova", "detained", True)},
    ),
    (
        "a-father-speaks-of-another-child",
        "The father of Olga Petrova said that his son was detained on Monday.",
        NONE,
    ),
    (
        "a-wife-speaks-of-herself",
        "The wife of Ivan Sokolov said that she was detained on Monday.",
        NONE,
    ),
    (
        "the-person-speaks-of-her-brother",
        "Ana Mendes said that her brother was detained on Monday. She was released on Tuesday.",
        {("mendes", "released", True)},
    ),
]
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS + STRIKES + RELATIVES, NOT_YET))
def test_an_office_or_an_owner_stands_for_the_person_it_fits(text: str, expected: Events) -> None:
    assert events(text) == expected
