"""A listed given name written otherwise beside the person's exact surname (issue 14: people
not found), written as classes with made-up people and own sentences (no proxy or eval text).

- one vowel inside a given name of six letters or more, as transliterations differ
  ("Ulugbek" / "Ulegbek", "Haidar" / "Haider"; read before by the sound rules, and now
  beside the exact surname of a few listed people whatever the vowel: "Urunboy" / Urinboy);
- a short form, or a form with an ending another language adds, that opens the other
  ("Zura" for Zurabi, "Davron" for Davroni);
- the shortened Muhammad of South Asian and Malaysian news ("Mohd", "Md") and an English
  familiar form ("Barbie" for Barbara).

Counter-examples: a woman's name ending beside a man's listed given name (Karima for Karim,
Daniele for Daniel), a vowel changed in a short given name (Jamil for Jamal), another
consonant (Hamid for Hamad), and the short form without the surname.

Before the change: 9 of 15 rows as labelled (two one-vowel rows were read already; "Ulagbek",
the short forms, Mohd, Md and Barbie missed). After: 15 of 15.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("ulugbek", "Ulugbek Rakhmatov"),
    Person("haidar", "Haidar Nasrallah Qasim"),
    Person("zurabi", "Zurabi Kvaratskhelia"),
    Person("davroni", "Davroni Sharifzoda"),
    Person("tariq", "Muhammad Tariq Aziz"),
    Person("barbara", "Barbara Whitcombe"),
    Person("karim", "Karim Belhadj"),
    Person("daniel", "Daniel Ferrante"),
    Person("jamal", "Jamal Odeh"),
    Person("hamad", "Hamad Sulaiti"),
]
INDEX = compile_names(PEOPLE)

# (id, text, {person: [mention texts]})
ROWS: list[tuple[str, str, dict[str, list[str]]]] = [
    (
        "inner-vowel",
        "A court in the city sentenced Ulegbek Rakhmatov to six years.",
        {"ulugbek": ["Ulegbek Rakhmatov"]},
    ),
    (
        "inner-vowel-a-for-u",
        "The court sentenced Ulagbek Rakhmatov to six years on Tuesday.",
        {"ulugbek": ["Ulagbek Rakhmatov"]},
    ),
    (
        "inner-vowel-with-a-middle-name",
        "Police detained Haider Nasrallah Qasim at his office.",
        {"haidar": ["Haider Nasrallah Qasim"]},
    ),
    (
        "short-form",
        "A judge ordered Zura Kvaratskhelia held for two months.",
        {"zurabi": ["Zura Kvaratskhelia"]},
    ),
    (
        "without-an-added-ending",
        "The court sentenced blogger Davron Sharifzoda to nine years.",
        {"davroni": ["Davron Sharifzoda"]},
    ),
    (
        "mohd",
        "Those refused bail were Mohd Tariq Aziz and two students.",
        {"tariq": ["Mohd Tariq Aziz"]},
    ),
    (
        "md",
        "Police arrested Md Tariq Aziz, a lecturer, on Sunday.",
        {"tariq": ["Md Tariq Aziz"]},
    ),
    (
        "english-familiar",
        "The couple, Ian and Barbie Whitcombe, were freed on Friday.",
        {"barbara": ["Barbie Whitcombe"]},
    ),
    (
        "woman-beside-a-man",
        "His sister Karima Belhadj was questioned for hours.",
        {},
    ),
    (
        "woman-ending-e",
        "His cousin Daniele Ferrante posted the video online.",
        {},
    ),
    (
        "vowel-in-a-short-name",
        "His brother Jamil Odeh was not charged.",
        {},
    ),
    (
        "another-consonant",
        "His uncle Hamid Sulaiti spoke to reporters in Doha.",
        {},
    ),
    (
        "short-form-alone",
        "Zura said the trial was unfair.",
        {},
    ),
    (
        "as-listed",
        "Police detained Ulugbek Rakhmatov on Monday.",
        {"ulugbek": ["Ulugbek Rakhmatov"]},
    ),
    (
        "role-word-opening",
        "Judge Kvaratskhelia adjourned the hearing.",
        {},
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_given_name_written_otherwise(text: str, expected: dict[str, list[str]]) -> None:
    assert mentions_by_person(INDEX, text) == expected
