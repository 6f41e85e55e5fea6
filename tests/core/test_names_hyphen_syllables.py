"""A Cantonese or Korean given name of two syllables, which news writes with a hyphen and a
lowercase second syllable ("Ho Kwan-lok", "Park Min-jun") and a list may write as two words
("Ho Kwan Lok"), or the other way round (issue 14: people not found; a namesake found), as a
class with made-up people and own sentences (no proxy or eval text).

- the hyphenated given name is the listed one written apart, in running text, a headline in
  capitals, a list of names, after a role; also when the family name is one Vietnamese
  names share ("Ho", "Lam"), whose listed words are otherwise read only as spelled;
- the listed hyphenated name is found written apart, as before.

Counter-examples (a relative or namesake one syllable away): the same family name and first
syllable with another second syllable ("Ho Kwan-ming", "Park Min-soo", "Chan Ka-yin"), also
when the list writes the name apart and the text hyphenates it; an English word after the
hyphen ("Lam Siu-led").

Before the change: 9 of 18 rows as labelled (the hyphenated names were read up to the first
syllable: "Chan Ka-yin" counted as Chan Ka Wai, "Ho Kwan-lok" not at all). After: 18 of 18.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("ho", "Ho Kwan Lok"),
    Person("lam", "Lam Siu Fung"),
    Person("chan", "Chan Ka Wai"),
    Person("park", "Park Min Jun"),
    Person("lau", "Lau Chi-ho"),
]
INDEX = compile_names(PEOPLE)

# (id, text, {person: [mention texts]})
ROWS: list[tuple[str, str, dict[str, list[str]]]] = [
    (
        "hyphenated-vietnamese-family-name",
        "Ho Kwan-lok, 23, was jailed for four years on Friday.",
        {"ho": ["Ho Kwan-lok"]},
    ),
    (
        "hyphenated-after-a-role",
        "The court heard that student leader Ho Kwan-lok had organised the rally.",
        {"ho": ["Ho Kwan-lok"]},
    ),
    (
        "written-apart-as-listed",
        "Ho Kwan Lok was jailed for four years on Friday.",
        {"ho": ["Ho Kwan Lok"]},
    ),
    (
        "hyphenated-headline-in-capitals",
        "LAM SIU-FUNG DENIED BAIL",
        {"lam": ["LAM SIU-FUNG"]},
    ),
    (
        "hyphenated-in-a-list",
        "Activists Lam Siu-fung and Chan Ka-wai were charged with sedition on Monday.",
        {"lam": ["Lam Siu-fung"], "chan": ["Chan Ka-wai"]},
    ),
    (
        "hyphenated-then-family-name-alone",
        "Police arrested Chan Ka-wai at his flat. Chan was later released on bail.",
        {"chan": ["Chan Ka-wai", "Chan"]},
    ),
    (
        "korean-hyphenated",
        "Prosecutors questioned Park Min-jun for a second day.",
        {"park": ["Park Min-jun"]},
    ),
    (
        "korean-hyphenated-capital-syllable",
        "Prosecutors questioned Park Min-Jun for a second day.",
        {"park": ["Park Min-Jun"]},
    ),
    (
        "listed-hyphenated-written-apart",
        "Lau Chi Ho was fined for joining the vigil.",
        {"lau": ["Lau Chi Ho"]},
    ),
    (
        "listed-hyphenated-as-listed",
        "Lau Chi-ho was fined for joining the vigil.",
        {"lau": ["Lau Chi-ho"]},
    ),
    (
        "another-second-syllable-vietnamese-family-name",
        "Ho Kwan-ming, a student, was arrested on Tuesday.",
        {},
    ),
    (
        "another-second-syllable",
        "Chan Ka-yin was released on bail after a night in custody.",
        {},
    ),
    (
        "another-second-syllable-in-a-list",
        "Lam Siu-wah and Chan Ka-yin were charged with sedition on Monday.",
        {},
    ),
    (
        "another-second-syllable-korean",
        "Park Min-soo, his brother, was also questioned.",
        {},
    ),
    (
        "another-second-syllable-written-apart",
        "Chan Ka Yin was released on bail.",
        {},
    ),
    (
        "listed-hyphenated-another-second-syllable",
        "Lau Chi-hung was fined for joining the vigil.",
        {},
    ),
    (
        "english-word-after-the-hyphen",
        "Supporters of the Lam Siu-led campaign gathered outside.",
        {},
    ),
    (
        "another-family-name",
        "Wong Ka-wai was released on bail.",
        {},
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_hyphenated_given_name(text: str, expected: dict[str, list[str]]) -> None:
    assert mentions_by_person(INDEX, text) == expected
