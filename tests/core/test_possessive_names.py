"""A possessive after a watched name (the 'names in events' class): the mention ends
before the "'s", the bare "'" or the curly "’s", whatever the surname's last letter, so
"X's brother was detained" is not X's arrest and "X's release was ordered" is X's release,
for "Carlos Reyes's", "Tomas Vargas'", "Luis Ortiz’s" as for "Maria Ortega's".

The sentences and their labels were written before running them.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, mentions_by_person, named_params

PEOPLE = [
    Person("reyes", "Carlos Reyes"),
    Person("vargas", "Tomas Vargas"),
    Person("ortiz", "Luis Ortiz"),
    Person("alvarez", "Ana Alvarez"),
    Person("ortega", "Maria Ortega"),
    Person("sidorenko", "Pavel Sidorenko"),
]
PUBLISHED = datetime(2026, 5, 13, 12, 0)  # a Wednesday
events = Reader(PEOPLE, PUBLISHED, title="Court news")

NONE: Events = set()

# (name, sentence, mentions: person → texts)
MENTIONS: list[tuple[str, str, dict[str, list[str]]]] = [
    ("s-apostrophe-s", "Carlos Reyes's lawyers spoke.", {"reyes": ["Carlos Reyes"]}),
    ("s-bare-apostrophe", "Tomas Vargas' lawyers spoke.", {"vargas": ["Tomas Vargas"]}),
    ("s-curly", "Tomas Vargas’s wife spoke.", {"vargas": ["Tomas Vargas"]}),
    ("s-curly-bare", "Carlos Reyes’ wife spoke.", {"reyes": ["Carlos Reyes"]}),
    ("z-apostrophe-s", "Luis Ortiz's lawyer spoke.", {"ortiz": ["Luis Ortiz"]}),
    ("z-curly", "Ana Alvarez’s son spoke.", {"alvarez": ["Ana Alvarez"]}),
    (
        "surname-only",  # (a surname alone is read after the full name)
        "Carlos Reyes and Tomas Vargas spoke. Reyes's wife and Vargas' son spoke.",
        {"reyes": ["Carlos Reyes", "Reyes"], "vargas": ["Tomas Vargas", "Vargas"]},
    ),
    (
        "in-capitals",
        "CARLOS REYES'S WIFE AND TOMAS VARGAS’S SON SPOKE.",
        {"reyes": ["CARLOS REYES"], "vargas": ["TOMAS VARGAS"]},
    ),
    ("counter-a", "Maria Ortega's son spoke.", {"ortega": ["Maria Ortega"]}),
    ("counter-o", "Pavel Sidorenko’s wife spoke.", {"sidorenko": ["Pavel Sidorenko"]}),
    (
        "counter-plain",
        "Carlos Reyes spoke to Tomas Vargas.",
        {"reyes": ["Carlos Reyes"], "vargas": ["Tomas Vargas"]},
    ),
]

# (name, sentence, what a reader labels)
EVENTS: list[tuple[str, str, Events]] = [
    ("brother-detained-s", "Carlos Reyes's brother was detained on Monday.", NONE),
    ("lawyer-arrested-bare", "Tomas Vargas' lawyer was arrested on Tuesday.", NONE),
    ("wife-detained-curly", "Tomas Vargas’s wife was detained on Monday.", NONE),
    ("son-detained-curly-bare", "Police detained Carlos Reyes’ son on Monday.", NONE),
    ("brother-detained-z", "Luis Ortiz's brother was detained on Monday.", NONE),
    (
        "release-ordered-s",
        "Carlos Reyes's release was ordered by a court on Monday.",
        {("reyes", "released", True)},
    ),
    (
        "release-ordered-bare",
        "A court on Monday ordered Tomas Vargas' release.",
        {("vargas", "released", True)},
    ),
    (
        "arrest-curly-z",
        "Ana Alvarez’s arrest on Monday drew protests.",
        {("alvarez", "detained", True)},
    ),
    (
        "lawyers-appeal-s",
        "Carlos Reyes's lawyers said they would appeal the 12-year sentence handed down on Monday.",
        {("reyes", "sentenced", True)},
    ),
    (
        "surname-only-brother",
        "Tomas Vargas was freed in March. Vargas's brother was detained on Monday.",
        {("vargas", "released", False)},
    ),
    ("counter-brother-a", "Maria Ortega's brother was detained on Monday.", NONE),
    (
        "counter-release-o",
        "Pavel Sidorenko’s release was ordered by a court on Monday.",
        {("sidorenko", "released", True)},
    ),
    ("counter-plain-s", "Carlos Reyes was detained on Monday.", {("reyes", "detained", True)}),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(MENTIONS, {}))
def test_the_mention_ends_before_a_possessive(text: str, expected: dict[str, list[str]]) -> None:
    assert mentions_by_person(events.index, text) == expected


@pytest.mark.parametrize(("text", "expected"), named_params(EVENTS, NOT_YET))
def test_a_possessive_after_the_name_is_seen(text: str, expected: Events) -> None:
    assert events(text) == expected
