"""Made-up English news: a release told apart from the pardon the article reports.

An article that reports a pardon of many reads a watched person's release as that pardon
(``event_pardon``), and a release in a sentence that names a pardon as a pardon
(``events._event``). Real news also tells, beside the pardon, releases that were not it:
one that came before it ("Prior to this pardon, the authorities released 18 ill prisoners
in July, including X"; "Before the amnesty, X had been freed on bail"), one told apart
("Separately, X was released"), and one a state's bargain won ("freed in a prisoner swap",
"following the talks with the US envoy", "as part of a deal with Washington"). The eval
sets label each a release (a swap's release is ``released``, as GUIDE.md labels it).

A release after the pardon, by it or under it, is still the pardon ("Following the pardon,
X was released on Tuesday", "freed under the amnesty", "after the president pardoned him").

Published on Friday 4 December 2026. People, places and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Reader, article

events = Reader([Person("petrov", "Ivan Petrov")], datetime(2026, 12, 4, 12, 0), "Prisoners freed")

PARDON_30 = "The president pardoned 30 prisoners on Monday."

APART: list[tuple[str, str, bool]] = [
    (
        "before-this-pardon",
        "Prior to this pardon, the authorities released 18 ill prisoners in July, "
        "including Ivan Petrov.",
        False,
    ),
    ("before-the-pardon", "Before the pardon, Ivan Petrov was freed in a separate move.", True),
    (
        "after-talks",
        "Following the talks with the US envoy, several prisoners, including Ivan Petrov, "
        "were released.",
        True,
    ),
    ("prisoner-swap", "Ivan Petrov was freed on Tuesday as part of a prisoner swap.", True),
    (
        "exchange-of-prisoners",
        "Ivan Petrov was freed on Tuesday in an exchange of prisoners.",
        True,
    ),
    (
        "separately-negotiations",
        "Separately, Ivan Petrov was released after negotiations with Lithuania.",
        True,
    ),
    ("deal-with", "Ivan Petrov was released on Tuesday as part of a deal with Washington.", True),
    (
        "ahead-of-amnesty",
        "Ahead of the amnesty, Ivan Petrov had already been freed on bail.",
        False,
    ),
]

BY_THE_PARDON: list[tuple[str, str]] = [
    ("walked-free", "Ivan Petrov walked free on Tuesday."),
    ("following-the-pardon", "Following the pardon, Ivan Petrov was released on Tuesday."),
    ("pardoned-him", "Ivan Petrov was released on Tuesday after the president pardoned him."),
    ("under-the-amnesty", "Ivan Petrov was freed under the amnesty on Tuesday."),
    ("among-those", "Among those released was Ivan Petrov."),
]


def releases(text: str) -> set[tuple[str, str, bool]]:
    kinds = {"released", "pardoned", "parole_granted"}
    return {e for e in events(article(PARDON_30, text)) if e[1] in kinds}


@pytest.mark.parametrize(("text", "current"), [pytest.param(t, c, id=n) for n, t, c in APART])
def test_a_release_told_apart_from_the_pardon_is_a_release(text: str, current: bool) -> None:
    assert releases(text) == {("petrov", "released", current)}


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in BY_THE_PARDON])
def test_a_release_by_the_pardon_is_the_pardon(text: str) -> None:
    assert releases(text) == {("petrov", "pardoned", True)}
