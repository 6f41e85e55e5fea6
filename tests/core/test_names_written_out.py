"""Names a list shortens or spells otherwise than the article: given names between the
listed given name and the surname, a particle written apart or joined, the French
spelling of an Arabic w, a consonant added at the end. Made-up people, own sentences
(long enough not to read as a Title Case headline)."""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names, find_mentions
from monitor.core.names import key
from monitor.core.types import Person

PEOPLE = [
    Person("karim", "Karim al-Nouri"),
    Person("salwa", "Salwa Bel Hadj Tahar"),
    Person("tawfik", "Tawfik Ben Slimane"),
    Person("liu", "Liu Haobin"),
    Person("petr", "Petr Kolomin"),
]
INDEX = compile_names(PEOPLE)
LEAD = "Late on Monday evening the police in the capital arrested "
TAIL = " at a friend's home, according to his family and to his lawyers."


def found(name: str) -> list[tuple[str, str]]:
    return [(m.person_id, m.text) for m in find_mentions(INDEX, LEAD + name + TAIL)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Karim Youssef al-Nouri", [("karim", "Karim Youssef al-Nouri")]),
        ("Karim Youssef Ahmed al-Nouri", [("karim", "Karim Youssef Ahmed al-Nouri")]),
        ("Salwa Belhadj Tahar", [("salwa", "Salwa Belhadj Tahar")]),
        ("Taoufik Ben Slimane", [("tawfik", "Taoufik Ben Slimane")]),
        ("Liu Haobing", [("liu", "Liu Haobing")]),
    ],
    ids=["one-name-between", "two-names-between", "particle-joined", "french-ou", "final-g"],
)
def test_a_name_written_out_or_spelled_otherwise_is_the_listed_person(
    name: str, expected: list[tuple[str, str]]
) -> None:
    assert found(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Karim Youssef Ahmed Hassan al-Nouri",  # three names between: too far to be one name
        "Karim, Youssef al-Nouri",  # a comma: two people
        "Petr Kolomina",  # a final vowel is a gender or case ending: someone else
    ],
    ids=["three-between", "comma", "final-vowel"],
)
def test_counter_examples_are_not_the_listed_person(name: str) -> None:
    assert found(name) == []


def test_the_french_ou_and_the_english_w_have_one_key_before_a_consonant_only() -> None:
    assert key("jaouhar") == key("jawhar")
    assert key("tawfik") == key("taoufik")
    assert key("awad") != key("aouad")  # w before a vowel is a consonant: left to typos
