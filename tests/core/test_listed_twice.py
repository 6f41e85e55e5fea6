"""A person listed twice alike (two entries of one name, aliases, exclusions and context
words, as merged lists hold them) is found in each entry as a list of one entry finds
them: nothing in an article tells the entries apart, so each gets the same mentions and
events (``NameIndex.twins``: the entries are read once, as the first of them). Before,
the later references broke the tie between the entries by their places in the list.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.core.scan import build_scanner, finding_as_dict, scan_article
from monitor.core.types import Article, Person

PUBLISHED = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
OTHERS = [Person("sidorov", "Oleg Sidorov"), Person("kim", "Boris Kim")]


def findings(people: list[Person], text: str) -> dict[str, list[dict[str, object]]]:
    """person id → the scan's output objects, the person's id left out."""
    found: dict[str, list[dict[str, object]]] = {}
    for finding in scan_article(build_scanner(people), Article("a", "", text, PUBLISHED)):
        out = finding_as_dict("a", finding)
        del out["person_id"]
        found.setdefault(finding.person_id, []).append(out)
    return found


def twice(person: Person, text: str) -> None:
    """Listed twice, with another person between and after, each entry is found as the
    person listed once is."""
    once = findings([person, *OTHERS], text)
    other = Person(person.id + "-again", person.name, person.aliases)
    both = findings([person, OTHERS[0], other, OTHERS[1]], text)
    assert once.get(person.id), "the person listed once is found"
    assert both.get(person.id) == once[person.id]
    assert both.get(other.id) == once[person.id]
    assert {k: v for k, v in both.items() if k != other.id} == once


PETROV = Person("petrov", "Ivan Petrov")
ORLOV = Person("orlov", "Mikhail Orlov")
WANG = Person("wang", "Wang Xiaoming", aliases=("王晓明",))


@pytest.mark.parametrize(
    ("person", "text"),
    [
        (PETROV, "Ivan Petrov was detained on Monday in Almaty."),
        (PETROV, "Police detained Ivan Petrov and Boris Kim at a protest on Monday."),
        (WANG, "Wang Xiaoming was sentenced to four years on Tuesday."),
    ],
    ids=["full name", "full name beside another person", "full name written first"],
)
def test_each_entry_of_a_person_listed_twice_is_found_alike(person: Person, text: str) -> None:
    twice(person, text)


@pytest.mark.parametrize(
    ("person", "text"),
    [
        (PETROV, "Ivan Petrov was detained on Monday. Petrov was released on bail on Friday."),
        (
            ORLOV,
            "Mikhail Orlov was detained in March. Misha was released on Friday, his lawyer said.",
        ),
        (WANG, "王晓明 was detained on Monday, his wife said."),
        (PETROV, "Ivan Petrov was arrested in May. He was sentenced to five years on Friday."),
    ],
    ids=[
        "surname alone after the full name",  # (went to the later entry only)
        "familiar given name alone",  # (two entries with that given name: no one's)
        "alias in a script without spaces",  # (the automaton kept the later entry only)
        "pronoun after the full name",  # (its event went to the earlier entry only)
    ],
)
def test_each_entry_of_a_person_listed_twice_gets_the_later_references(
    person: Person, text: str
) -> None:
    twice(person, text)
