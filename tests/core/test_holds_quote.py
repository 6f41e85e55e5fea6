"""``holds_quote``: whether a text holds a quotation mark, by substring tests instead of a
search for a class of characters; both must agree on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.references import QUOTE_MARKS, holds_quote

ANY_MARK = re.compile("[" + re.escape("".join(QUOTE_MARKS)) + "]")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We were not told why," her mother said.', True),
        ("“They took him at night,” a neighbour said.", True),
        ("The court’s ruling was read out on Friday.", False),  # a closing mark alone
        ("‘Free them all’ read the banner outside.", True),
        ("The editor's lawyer filed an appeal.", True),  # an apostrophe counts as a mark
        ("The hearing lasted four hours.", False),
        ("Суд продлил арест на два месяца.", False),
        ("", False),
    ],
    ids=[
        "straight",
        "curly",
        "closing-only",
        "single-curly",
        "apostrophe",
        "none",
        "cyrillic",
        "empty",
    ],
)
def test_it_tells_a_text_that_holds_a_quotation_mark(text: str, quoted: bool) -> None:
    assert holds_quote(text) is quoted


@given(st.text())
def test_it_agrees_with_a_search_for_any_mark(text: str) -> None:
    assert holds_quote(text) is (ANY_MARK.search(text) is not None)
