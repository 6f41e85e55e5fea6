"""One verb for two people and two terms, the second named in apposition as someone's
relative: "sentenced X to three years and his wife, Y, to two" (the verb left out before
Y's term). Rows in other verbs, voices and relatives, and counter-examples (the relative
unnamed, the relative's own verb); all written and labelled before the engine first read
them.

First run (on main at 1864d67, before any change): 2 of 5 right, the two counter-examples;
the named relative was given no event. After ``GAP_BEFORE`` took a relative in apposition
(and ``GAP_AFTER`` the comma that closes it): 5 of 5.

The people and the stories are made up.
"""

from __future__ import annotations

import pytest

from tests.core.reading import (
    GROUP_CAST,
    GROUP_PUBLISHED,
    Events,
    Reader,
    Row,
    each,
    named_params,
)

events = Reader(GROUP_CAST[:4], GROUP_PUBLISHED)


ROWS: list[Row] = [
    (
        "sentenced-x-and-his-wife-named-to",
        "The court on Monday sentenced Timur Bekov to three years and his wife, Vera Orlova, "
        "to two years in prison.",
        each("bekov orlova", "sentenced"),
    ),
    (
        "jailed-x-for-and-her-husband-named-for",
        "A judge jailed Vera Orlova for five years and her husband, Denys Savchuk, for four "
        "years on Tuesday.",
        each("orlova savchuk", "sentenced"),
    ),
    (
        "passive-and-his-brother-named-to",
        "Timur Bekov was sentenced to six years on Monday, and his brother, Farid Gasanov, to "
        "four.",
        each("bekov gasanov", "sentenced"),
    ),
    (  # counter: the relative is not named
        "counter-wife-unnamed",
        "The court on Monday sentenced Timur Bekov to three years and his wife to two years.",
        each("bekov", "sentenced"),
    ),
    (  # counter: the named relative has a verb of her own
        "counter-wife-named-speaks",
        "The court on Monday sentenced Timur Bekov to three years, and his wife, Vera Orlova, "
        "said she would appeal.",
        each("bekov", "sentenced"),
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), named_params(ROWS, NOT_YET))
def test_a_named_relative_shares_the_left_out_verb(text: str, expected: Events) -> None:
    assert events(text) == expected
