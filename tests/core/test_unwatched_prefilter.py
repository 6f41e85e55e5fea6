"""``unwatched_described`` skips a sentence that holds none of its trades' last words
(``_ROLE_ENDS``): the skip never loses a match of its pattern, whatever the case, spacing
or words around."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.references import _ROLE_ENDS, _WORDS_OF, ROLE_WORDS, unwatched_described
from monitor.core.regex_needs import fold

TRADES = ["journalist", "Opposition Figure", "theatre  director", "MP", "ſcholar", "poets"]
WORDS = [*TRADES, "another", "a", "the", "Pavel", "Orlov", "Kim", "former", "said", "X-Y"]


# what both of its patterns (a trade before a name, or after it) hold: a trade as whole words
A_TRADE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.I)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", ", ", " ,  "]))
def test_the_prefilter_lets_through_every_text_the_pattern_matches(
    words: list[str], gap: str
) -> None:
    text = gap.join(words)
    if A_TRADE.search(text):
        assert not _ROLE_ENDS.isdisjoint(_WORDS_OF(fold(text)))


def test_a_described_stranger_is_still_found() -> None:
    for text, trade in [
        ("Another journalist, Pavel Orlov, was detained.", "journalist"),
        ("Pavel Orlov, an opposition figure, was detained.", "opposition figure"),
        ("Pavel Orlov, a theatre director, was detained.", "theatre director"),
    ]:
        assert [r.people for r in unwatched_described(text, [])] == [("\0" + trade,)]
