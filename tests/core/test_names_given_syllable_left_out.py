"""A listed Chinese, Korean or Cambodian name written family name first with a given name of
two syllables as three words ("Park Seo Jun", "Zhou Wen Hao"), read in a text that leaves
one of the given name's syllables out ("Park Seo", "Park Jun", "Zhou Wen"): a given name of
one syllable is a common name of its own, so the reading is a namesake, not the person,
unless the same text names him in full too (issue 14: a namesake found), as a class with
made-up people and own sentences (no proxy or eval text).

Still the person: the name in full, its given name joined or hyphenated ("Park Seojun",
"Park Seo-jun"), in capitals, in a list, and the cut-short reading in a text that names
him in full before or after it. Not touched: a Western name read without its surname
("Anna Maria" for Anna Maria Keller), a Vietnamese name (read only as spelled already), a
listed name of two words ("Park Seo").

Counter-examples (a namesake one syllable away): the family name and first syllable alone,
in running text, a headline, a list, the passive; the family name and last syllable alone;
another listed person whose name is the cut-short one.

Before the change: 10 of 17 rows as labelled (the cut-short readings found as him). After:
17 of 17.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("park", "Park Seo Jun"),
    Person("zhou", "Zhou Wen Hao"),
    Person("kem", "Kem Sam Ath"),
    Person("lee", "Choi Da Eun"),
    Person("choi", "Choi Da"),
    Person("keller", "Anna Maria Keller"),
]
INDEX = compile_names(PEOPLE)

# (id, text, {person: [mention texts]})
ROWS: list[tuple[str, str, dict[str, list[str]]]] = [
    (
        "the-name-in-full",
        "Police in Seoul detained Park Seo Jun on Tuesday.",
        {"park": ["Park Seo Jun"]},
    ),
    (
        "the-given-name-joined",
        "Zhou Wenhao, a lawyer, was sentenced to four years.",
        {"zhou": ["Zhou Wenhao"]},
    ),
    (
        "the-given-name-hyphenated",
        "Park Seo-jun was released on bail.",
        {"park": ["Park Seo-jun"]},
    ),
    (
        "in-capitals-in-a-list",
        "COURT JAILS ZHOU WEN HAO, KEM SAM ATH",
        {"zhou": ["ZHOU WEN HAO"], "kem": ["KEM SAM ATH"]},
    ),
    (
        "cut-short-after-the-full-name",
        "Park Seo Jun was charged on Monday. Park Seo denied the charges.",
        {"park": ["Park Seo Jun", "Park Seo"]},
    ),
    (
        "cut-short-before-the-full-name",
        "Zhou Wen was taken away at night, said the wife of Zhou Wen Hao.",
        {"zhou": ["Zhou Wen", "Zhou Wen Hao"]},
    ),
    (
        "a-western-name-without-its-surname-not-touched",
        "Anna Maria was arrested at the border.",
        {"keller": ["Anna Maria"]},
    ),
    (
        "a-listed-two-word-name-not-touched",
        "Choi Da was questioned by prosecutors.",
        {"choi": ["Choi Da"]},
    ),
    # counter-examples: a namesake one syllable away
    (
        "family-name-and-first-syllable",
        "Police arrested Park Seo at a protest in Busan.",
        {},
    ),
    (
        "family-name-and-first-syllable-passive",
        "Zhou Wen was detained by state security, his family said.",
        {},
    ),
    (
        "family-name-and-first-syllable-headline",
        "Kem Sam Sentenced To Two Years",
        {},
    ),
    (
        "family-name-and-first-syllable-in-a-list",
        "The court convicted Li Na, Park Seo and Kim Ha of obstruction.",
        {},
    ),
    (
        "family-name-and-last-syllable",
        "Park Jun, a student, was released on Friday.",
        {},
    ),
    (
        "family-name-and-last-syllable-chinese",
        "Zhou Hao was jailed for five years.",
        {},
    ),
    (
        "the-cut-short-name-is-another-listed-person",
        "Choi Da was released, his lawyer said.",
        {"choi": ["Choi Da"]},
    ),
    (
        "family-name-and-first-syllable-then-another-given-name",
        "Park Seo Yeon was not among those held.",
        {},
    ),
    (
        "the-family-name-alone",
        "Park was not among those held.",
        {},
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_given_syllable_left_out_is_a_namesake(text: str, expected: dict[str, list[str]]) -> None:
    assert mentions_by_person(INDEX, text) == expected
