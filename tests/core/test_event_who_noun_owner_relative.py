"""The owner of an event noun ("the trial of", "the arrest of") is not the person named after
a relative of theirs and a description: "the trial of the wife of the opposition leader, X"
is the wife's trial, whom no one watches. Written for issue 14 (a precision guard); the
people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import GROUP_CAST, GROUP_PUBLISHED, NONE, Reader, Row, each, named_params

events = Reader(GROUP_CAST, GROUP_PUBLISHED)

ROWS: list[Row] = [
    (
        "counter-trial-of-the-wife-of-a-described-person",
        "The trial of the wife of the opposition leader, Timur Bekov, began on Thursday.",
        NONE,
    ),
    (
        "counter-arrest-of-the-son-of-a-described-person",
        "Police confirmed the arrest of the son of the former minister, Farid Gasanov, on Monday.",
        NONE,
    ),
    (
        "owner-described-then-named",
        "The trial of the opposition leader, Timur Bekov, began on Thursday.",
        each("bekov", "trial"),
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_an_event_nouns_owner_is_not_the_one_a_relative_is_named_by(
    text: str, expected: set
) -> None:
    assert events(text) == expected
