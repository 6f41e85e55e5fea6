"""A list entry named with a title, or two, before the name: an event told of the list is
each entry's, the one before the titled name's too.

"X and Reverend Y were detained", "X and a Catholic priest, Reverend Father Y, were
arrested", "X and Fr. Y were arrested": "Reverend" was no title of a list entry's role
(``event_who._TITLE``), nor were two titles in a row, nor a description of the entry with a
capitalised word before the title ("a Catholic priest, Reverend Father Y"), and "Fr." ended
a sentence (``sentences.ABBREVIATIONS``); the list broke at the title, and the event
was the titled person's alone, so that finding a priest's name ("Father Praveen", issue
14) took the arrest from the person listed before him. Before the change the four rows of
a list gave the event to the titled person alone; the counter-examples (the titled person
in a clause of their own) were right and are kept. The people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import GROUP_CAST, GROUP_PUBLISHED, Reader, Row, each, named_params

events = Reader(GROUP_CAST[:3], GROUP_PUBLISHED)

ROWS: list[Row] = [
    (
        "described-then-two-titles",
        "Police said the two activists, Timur Bekov and a Catholic priest, Reverend Father "
        "Farid Gasanov, were arrested in the north on Monday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "described-then-a-title",
        "Police said Timur Bekov and a Catholic priest Reverend Farid Gasanov were arrested "
        "in the north on Monday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "reverend-before-the-name",
        "Timur Bekov and Reverend Farid Gasanov were detained on Monday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "abbreviated-clerical-title",
        "Timur Bekov and Fr. Farid Gasanov were arrested on Monday.",
        each("bekov gasanov", "detained"),
    ),
    (
        "titled-entry-in-a-clause-of-its-own",
        "Timur Bekov said Reverend Farid Gasanov was detained on Monday.",
        each("gasanov", "detained"),
    ),
    (
        "titled-entry-after-another-clause",
        "Timur Bekov met the bishop, and Reverend Farid Gasanov was detained on Monday.",
        each("gasanov", "detained"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, {}))
def test_a_titled_list_entry_keeps_the_list_together(text: str, expected: set) -> None:
    assert events(text) == expected
