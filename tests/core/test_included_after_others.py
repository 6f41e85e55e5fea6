"""A group told in one sentence, and the next naming its people after "They include",
"Among them were", "Those freed included", where the watched person is not the first one
listed, and roles stand before the names ("Among them were writer A, Popular Front member
B and blogger C"); a noun of the event with its count after "to" or "for" ("pardons issued
to 12 prisoners"). Rows in several verbs, and counter-examples; all written and labelled
before the engine first read them.

First run (on main at e5869e8, before any change): 2 of 6 right, the two counter-examples.
Reading others listed before the first watched person added events on new news that were
not there, so it was left out (the four rows are xfails). ``LATER`` (the watched person
first, a role before the next: ``ROLE_BETWEEN``), written after that change and before
their run: 4 of 4.

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

events = Reader(GROUP_CAST[:4], GROUP_PUBLISHED)


ROWS: list[Row] = [
    (
        "they-include-watched-last",
        "Police detained 30 people on Tuesday. They include Ivan Kuzmin, Anna Belova and "
        "Timur Bekov.",
        each("bekov", "detained"),
    ),
    (
        "among-them-roles-capitalised-role",
        "The president pardoned 12 prisoners on Monday. Among them were writer Ivan Kuzmin, "
        "Popular Front member Farid Gasanov and blogger Vera Orlova.",
        each("gasanov orlova", "pardoned"),
    ),
    (
        "those-freed-included-the-roles",
        "Authorities released 40 detainees on Thursday. Those freed included the poet Anna "
        "Belova, the lawyer Oleg Sidorov, and student leader Denys Savchuk.",
        each("savchuk", "released"),
    ),
    (
        "pardons-issued-to-a-count",
        "Rights groups welcomed pardons issued to 12 prisoners on Monday. Among them were "
        "writer Ivan Kuzmin and the blogger Vera Orlova.",
        each("orlova", "pardoned"),
    ),
    # LATER (written after the first change, before their run): the watched person first,
    # a role before the next
    (
        "later-role-between-watched",
        "The president pardoned 12 prisoners on Monday. Among them were Farid Gasanov and "
        "blogger Vera Orlova.",
        each("gasanov orlova", "pardoned"),
    ),
    (
        "later-the-role-between-detained",
        "Police detained 30 people on Tuesday. They include Timur Bekov, the poet Denys "
        "Savchuk and student leader Vera Orlova.",
        each("bekov savchuk orlova", "detained"),
    ),
    (
        "later-pardons-issued-to-watched-first",
        "Rights groups welcomed pardons issued to 12 prisoners on Monday. Among them were Vera "
        "Orlova and writer Timur Bekov.",
        each("orlova bekov", "pardoned"),
    ),
    (  # counter: a clause between, not a role
        "later-counter-who-met",
        "Police detained 30 people on Tuesday. They include Timur Bekov, who met Farid Gasanov.",
        each("bekov", "detained"),
    ),
    (  # counter: the watched person is someone's lawyer
        "counter-lawyer-of",
        "Police detained 30 people on Tuesday. They include Ivan Kuzmin, the lawyer of Timur "
        "Bekov.",
        NONE,
    ),
    (  # counter: the watched person speaks of the list
        "counter-speaker-after-the-list",
        "Police detained 30 people on Tuesday. They include Ivan Kuzmin and Anna Belova, "
        "Timur Bekov said.",
        NONE,
    ),
]

WHY = (
    "others listed before the first watched person: reading them added events that were "
    "not there on new news, so it is left out"
)
NOT_YET: dict[str, str] = {
    "they-include-watched-last": WHY,
    "among-them-roles-capitalised-role": WHY,
    "those-freed-included-the-roles": WHY,
    "pardons-issued-to-a-count": WHY,
}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_the_included_are_the_group(text: str, expected: Events) -> None:
    assert events(text) == expected
