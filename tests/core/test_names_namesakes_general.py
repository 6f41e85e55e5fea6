"""Namesakes, in general (issue 14: no namesake trap reported): a watched name that the
words beside it make into another person's name, written as classes with made-up people and
own sentences (no proxy or eval text).

The classes real news has:
- the watched full name inside a longer name of another person: a given name before it
  ("Layla Karim Haddad", a daughter named with her father's name), or the two parts
  reordered inside a longer name ("Salem Tariq Bakri" for Tariq Salem);
- an Arabic chain of "bin", "ibn", "bint" or "abu" before the watched name: the watched name
  is the father's ("Omar bin Faisal Nasser");
- a relative with the same surname and another given name, in Western or surname-first
  order ("her brother Pablo Ferrer", "Zhou Mingli");
- the surname alone right after a relative with that surname was named in full;
- another person with the same given name and a surname one letter off.

Counter-examples are the watched person's own longer forms: a middle name, a father's name
or a nasab between the given name and the surname ("Karim Adel Haddad", "Hamad Abdullah
al-Marri", "Faisal bin Ali Nasser"), a title, role, demonym, plea or headline word before
the name, a Cantonese given name after an English given name and a surname (an alias),
a watchlist alias that is the longer name, and an article that names the watched person
apart from the namesake.

Every label was written and committed before the change was first run.

First run (the session-start engine, before any change): 20 of 41 rows passed. Every class
of namesake but two was read as the watched person (a given name or a nasab word before the
name, a family name after it, the two parts reordered inside a longer name); the surname
alone after a relative was given to the watched person; and four of the person's own longer
forms were missed or read short: a nasab with "bin" between the given name and the surname
(not bridged), a middle name in a short sentence (read as a Title Case line), and an alias
that goes on past the listed surname (read only up to it).

After the change (``match._inside_a_longer_name``, a nasab passed in ``_next_part_at``,
church titles among the roles): 36 pass; five are strict xfails that name their class
(``NOT_YET``): the surname alone after a relative, a short sentence taken for Title Case,
and the span of a reading whose alias goes on past the listed surname (the person is found).
A rule for the surname alone opening the sentence right after a relative's full name was
tried and withdrawn: it gives the relative "His daughter, Zahra Mahfoudh, spoke. Mahfoudh
was arrested in 2011" (test_name_breadth), where the surname is the father's. Who a
surname alone there speaks of is read from what is said, not from where it stands.

A family name after the full name read in order is no longer another person's (three rows
relabelled at the end of the session): on the held-back real news that rule dropped five true
mentions, people named with a third name (as "Amani Mutesi Uwase" or "Jean Mbala Ngoy" would
be), and found no namesake; the
namesakes it was written for are rarer in news than third names. A reordered reading
(surname first) with a family name after it stays another person's ("Salem Tariq Bakri").

Three rows were written after the first landing together with their rule (never run
without it): a name reordered alone whose surname is known as a given name ("Omar Nabil"
for Nabil Omar: Omar, his father Nabil; ``match._given_name_first``), and two of the
person's own reordered forms (Western order, a list in capitals). Four more, written with
their rule after the second landing: a title the role list lacks, known by its ending in a
long word ("Commissioner", "Congressman") or by a title's modifier ("Acting Governor"), and
a short given name of that ending before the name ("Munther Karim Haddad"). Four more,
written with their word list after the fourth landing: a people or a faith before the name
("Uyghur", "Muslim", also a given name), a body named after the person, an honorific after
the name.
"""

from __future__ import annotations

import pytest

from monitor.core.match import compile_names
from monitor.core.types import Person
from tests.core.reading import mentions_by_person, named_params

PEOPLE = [
    Person("karim", "Karim Haddad"),
    Person("tariq", "Tariq Salem"),
    Person("faisal", "Faisal Nasser"),
    Person("hala", "Hala Darwish"),
    Person("lucia", "Lucia Ferrer"),
    Person("zhou", "Zhou Jianguo"),
    Person("hamad", "Hamad al-Marri"),
    Person("samir", "Samir Khoury"),
    Person("reza", "Reza Karimi", aliases=("Reza Karimi Tabrizi",)),
    Person("wing", "Kelvin Chan", aliases=("Chan Ka-wing",)),
    Person("nabil", "Nabil Omar"),
]
INDEX = compile_names(PEOPLE)

# (id, text, {person: [mention texts]})
ROWS: list[tuple[str, str, dict[str, list[str]]]] = [
    # the watched full name inside a longer name: a given name before it
    (
        "given-name-before-daughter-with-fathers-name",
        "Layla Karim Haddad, a rights activist, told reporters the guards beat him.",
        {},
    ),
    (
        "given-name-before-mid-sentence",
        "On Monday police detained Layla Karim Haddad in the capital.",
        {},
    ),
    (
        "given-name-before-after-a-comma-clause",
        "Guards beat the young man, Noura Samir Khoury, a nurse, said on Friday.",
        {},
    ),
    (
        "given-name-before-the-middle-form-too",
        "Elias Samir Khoury was released on bail.",
        {},
    ),
    # a word after the full name read in order: the person's own third name (changed after
    # the held-back real news lost five true mentions to the first reading, which took it
    # for another person's family name: see the module docstring)
    (
        "family-name-after-mid-sentence",
        "Police detained Karim Haddad Mansour, a teacher, on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "family-name-after-opening-a-sentence",
        "Karim Haddad Mansour was sentenced to five years on Tuesday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "nisba-after-the-full-name",
        "Officers arrested Hala Darwish Tabrizi at the airport.",
        {"hala": ["Hala Darwish"]},
    ),
    (
        "reordered-inside-a-longer-name",
        "The court also sentenced Salem Tariq Bakri to two years.",
        {},
    ),
    (
        "reordered-inside-a-longer-name-opening",
        "Salem Tariq Bakri was sentenced to two years.",
        {},
    ),
    # an Arabic chain before the watched name: the watched one is the father
    (
        "bin-before-the-name",
        "Police detained Omar bin Faisal Nasser, a student, in the port city.",
        {},
    ),
    (
        "ibn-before-the-name",
        "Saad ibn Faisal Nasser was released on Sunday.",
        {},
    ),
    (
        "bint-before-the-name",
        "A court jailed Noura bint Tariq Salem for six years.",
        {},
    ),
    (
        "abu-before-the-name",
        "Officers took Abu Karim Haddad to a police station.",
        {},
    ),
    # a relative with the same surname and another given name
    (
        "relative-western-order",
        "Her brother Pablo Ferrer was arrested on Monday.",
        {},
    ),
    (
        "relative-beside-the-watched-one",
        "Lucia Ferrer has been held since 2021. Her brother Pablo Ferrer was arrested on Monday.",
        {"lucia": ["Lucia Ferrer"]},
    ),
    (
        "relative-surname-first-order",
        "Police detained Zhou Mingli, a lawyer, in the city.",
        {},
    ),
    (
        "relative-arabic-son",
        "Her son Omar Darwish was taken from their home at dawn.",
        {},
    ),
    # the surname alone after a relative named in full
    (
        "surname-alone-after-the-relative",
        "Lucia Ferrer has been held since 2021. On Monday police detained her brother Pablo "
        "Ferrer. Ferrer was taken to a police station.",
        {"lucia": ["Lucia Ferrer"]},
    ),
    (
        "surname-alone-after-a-cousin",
        "Karim Haddad has been jailed since 2019. Police also detained his cousin Nadia Haddad "
        "on Monday. Haddad, 29, is a nurse.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "surname-alone-after-the-watched-one-named-again",
        "Police detained Lucia Ferrer on Monday. Her brother Pablo Ferrer called for her "
        "release. Lucia Ferrer's lawyer said Ferrer would appeal.",
        {"lucia": ["Lucia Ferrer", "Lucia Ferrer", "Ferrer"]},
    ),
    # the same given name, a surname one letter off, spelled so throughout
    (
        "surname-one-letter-off-spelled-so-twice",
        "Police detained Karim Haddar, a shopkeeper, on Monday. Haddar denied the charges.",
        {},
    ),
    # the watched person's own longer forms
    (
        "own-middle-name",
        "Police detained Karim Adel Haddad on Monday.",
        {"karim": ["Karim Adel Haddad"]},
    ),
    (
        "own-fathers-name-before-nisba",
        "Hamad Abdullah al-Marri was moved to solitary confinement.",
        {"hamad": ["Hamad Abdullah al-Marri"]},
    ),
    (
        "own-middle-name-opening",
        "Samir Elias Khoury was released on bail.",
        {"samir": ["Samir Elias Khoury"]},
    ),
    (
        "own-nasab-with-bin",
        "Police detained Faisal bin Ali Nasser in the port city.",
        {"faisal": ["Faisal bin Ali Nasser"]},
    ),
    (
        "own-alias-is-the-longer-name",
        "Reza Karimi Tabrizi was detained at his home.",
        {"reza": ["Reza Karimi Tabrizi"]},
    ),
    (
        "own-cantonese-given-name-after",
        "The court refused bail to Kelvin Chan Ka-wing on Friday.",
        {"wing": ["Kelvin Chan Ka-wing"]},
    ),
    (
        "own-name-with-role-before",
        "Lawyer Karim Haddad was detained on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-with-demonym-before",
        "The court jailed Egyptian Karim Haddad for five years.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-after-an-opening-participle",
        "Jailed Karim Haddad began a hunger strike on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-after-an-organisation",
        "Staff of the Centre for Democracy Education Karim Haddad and two others were held.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-after-an-acronym",
        "The EIPR Karim Haddad case was adjourned.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-with-weekday-after",
        "Police detained Karim Haddad Monday at his home.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-in-a-headline-before",
        "Court Frees Karim Haddad After Two Years\n\nHe was freed on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-in-a-headline-after",
        "Karim Haddad Released From Prison\n\nHe was freed on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-plea-before",
        "Supporters marched under the banner Free Karim Haddad on Friday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-then-sentence-ends",
        "Police detained Karim Haddad. Mansour, his lawyer, said the arrest was unlawful.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-surname-first",
        "Police detained Zhou Jianguo, a lawyer, in the city.",
        {"zhou": ["Zhou Jianguo"]},
    ),
    (
        "own-name-apart-from-the-namesake-daughter",
        "Layla Karim Haddad said her father, Karim Haddad, was beaten in prison.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-apart-from-the-namesake-son",
        "Omar bin Faisal Nasser said guards had beaten Faisal Nasser on Sunday.",
        {"faisal": ["Faisal Nasser"]},
    ),
    # (written after the first landing, with the rule they stand for: a reordered name whose
    # surname is known as a given name, alone)
    (
        "reordered-surname-known-as-a-given-name",
        "Police detained Omar Nabil, a student, in the port city on Monday.",
        {},
    ),
    (
        "own-name-western-order-of-a-surname-first-name",
        "Jianguo Zhou, a lawyer, was detained in the city on Monday.",
        {"zhou": ["Jianguo Zhou"]},
    ),
    (
        "own-name-surname-first-in-a-list-in-capitals",
        "The accused: OMAR, Nabil; FERRER, Lucia.",
        {"nabil": ["OMAR, Nabil"], "lucia": ["FERRER, Lucia"]},
    ),
    # (written after the second landing, with their rule: a title the role list lacks, by
    # its ending, and a given name of that ending)
    (
        "own-name-after-a-title-the-role-list-lacks",
        "The city's Police Commissioner Karim Haddad was detained on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-after-another-title-ending-in-man",
        "Supporters of Congressman Tariq Salem gathered outside the court.",
        {"tariq": ["Tariq Salem"]},
    ),
    (
        "own-name-after-a-title-with-a-modifier",
        "The court heard that Acting Governor Hala Darwish had signed the order.",
        {"hala": ["Hala Darwish"]},
    ),
    (
        "given-name-ending-as-a-title-before",
        "Police detained Munther Karim Haddad, a student, on Monday.",
        {},
    ),
    # (written after the fourth landing, with their word list: a people or a faith before
    # the name, a body named after the person, an honorific after the name)
    (
        "own-name-after-a-people",
        "The court in the west of the country jailed Uyghur Karim Haddad for life.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-after-a-faith-that-is-also-a-given-name",
        "Rights groups said Muslim Tariq Salem had been held without charge.",
        {"tariq": ["Tariq Salem"]},
    ),
    (
        "own-name-before-a-body-named-after-him",
        "Officers raided the offices of the Karim Haddad Foundation on Monday.",
        {"karim": ["Karim Haddad"]},
    ),
    (
        "own-name-before-an-honorific",
        "Elders said Faisal Nasser Pasha had been taken from his home at dawn.",
        {"faisal": ["Faisal Nasser"]},
    ),
    (
        "own-name-in-a-list",
        "Karim Haddad, Tariq Salem and Hala Darwish were detained on Monday.",
        {"karim": ["Karim Haddad"], "tariq": ["Tariq Salem"], "hala": ["Hala Darwish"]},
    ),
]

_RELATIVE = (
    "the surname alone right after a relative named in full: English news leaves it to the "
    "watched person (match._namesake_owns), which this round does not change"
)
_SPAN = (
    "an alias that goes on past the listed surname: the listed name is read, not the alias "
    "(the person is found, the span is short)"
)
NOT_YET: dict[str, str] = {
    "surname-alone-after-the-relative": _RELATIVE,
    "surname-alone-after-a-cousin": _RELATIVE,
    "own-middle-name": (
        "a short sentence whose words are mostly capitalised is read as a Title Case line, "
        "where no other given name is passed between the given name and the surname"
    ),
    "own-cantonese-given-name-after": _SPAN,
}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_namesake_is_not_the_watched_person(text: str, expected: dict[str, list[str]]) -> None:
    assert mentions_by_person(INDEX, text) == expected
