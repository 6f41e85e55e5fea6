"""A group told in one sentence and its people listed in the next after "includes:", the
entries set off by semicolons, each with its role, some with several names or with people
no one watches ("The list includes: blogger A; the head of a rights group B; student
activists C, D and E; and the journalist F"). Rows in several verbs, with and without the
colon, a relative's entry between, and counter-examples; all written and labelled before
the engine first read them.

First run (on main at 34a0ae9, before any change): 1 of 6 right, the list that says who is
left out; the colon after "includes" and the semicolon between entries each ended the list.
After ``SEMICOLON_ENTRIES`` (and a colon allowed after "include"): 6 of 6.

The people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import (
    GROUP_CAST,
    GROUP_PUBLISHED,
    NONE,
    Events,
    Reader,
    Row,
    each,
    named_params,
)

events = Reader(GROUP_CAST[:7], GROUP_PUBLISHED)


ROWS: list[Row] = [
    (
        "list-includes-colon-semicolon-entries-pardoned",
        "The president pardoned 40 prisoners on Monday. The list includes: blogger Timur "
        "Bekov; the head of a local rights group Farid Gasanov; student activists Vera Orlova "
        "and Denys Savchuk; and the journalist Oksana Petrenko.",
        each("bekov gasanov orlova savchuk petrenko", "pardoned"),
    ),
    (  # people no one watches in the entries between
        "unwatched-entries-between-released",
        "Authorities freed 25 political prisoners on Thursday. Those freed include: lawyer "
        "Pavlo Moroz; youth activists Ivan Kuzmin, Oleg Sidorov and Anna Belova; the editor "
        "Iryna Lisovska; and the poet Timur Bekov.",
        each("moroz lisovska bekov", "released"),
    ),
    (  # no colon
        "they-include-semicolon-entries-detained",
        "Police detained 30 people on Tuesday. They include rights campaigner Farid Gasanov; "
        "election monitor Vera Orlova; and blogger Denys Savchuk.",
        each("gasanov orlova savchuk", "detained"),
    ),
    (  # a relative's entry, unnamed, between
        "relative-entry-between-pardoned",
        "The president pardoned 40 prisoners on Monday. The list includes: blogger Timur "
        "Bekov; his brother; and the journalist Oksana Petrenko.",
        each("bekov petrenko", "pardoned"),
    ),
    (  # counter: the list says who is left out
        "counter-does-not-include",
        "The president pardoned 40 prisoners on Monday. The list does not include: blogger "
        "Timur Bekov; the head of a local rights group Farid Gasanov; or the journalist "
        "Oksana Petrenko.",
        NONE,
    ),
    (  # counter: an entry is a clause of its own about someone else
        "counter-entry-with-its-own-verb",
        "The president pardoned 40 prisoners on Monday. The list includes: blogger Timur "
        "Bekov; prosecutors said Vera Orlova would stay in jail.",
        each("bekov", "pardoned"),
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_colon_list_of_entries_is_the_group(text: str, expected: Events) -> None:
    assert events(text) == expected
