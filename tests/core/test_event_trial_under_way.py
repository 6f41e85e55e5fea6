"""A trial under way (issue 14): a trial told as going on ("the trial of X continued",
"X's trial entered its third week", "trial against X under way", "as his trial dragged
on", "X is standing trial") is a trial, news, as "X is on trial" is; so is a trial that a
state or court puts X on ("the army put X on trial"). Preparations for a trial, a trial
to come, and a court appearance for questioning are no trial. Made-up people, own
sentences, written before the engine read them."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, named_params

PEOPLE = [Person("novak", "Karel Novak")]
read = Reader(PEOPLE, datetime(2026, 2, 16, 12, 0), title="Regional news")

ROWS = [
    # (name, title, text, expected)
    (
        "headline-under-way",
        "Trial of activist Karel Novak under way in Minsk",
        "The court heard two witnesses on Monday.",
        {("novak", "trial", True)},
    ),
    (
        "headline-underway",
        "Trial against blogger Novak underway in Minsk",
        "The court heard two witnesses on Monday.",
        {("novak", "trial", True)},
    ),
    (  # (added after the first run: "headline-underway" names the person by surname only)
        "headline-underway-named",
        "Trial against blogger Novak underway in Minsk",
        "The court heard two witnesses against Karel Novak on Monday.",
        {("novak", "trial", True)},
    ),
    (
        "trial-continued",
        "Regional news",
        "The trial of Karel Novak continued on Tuesday with testimony from a police officer.",
        {("novak", "trial", True)},
    ),
    (
        "entered-its-third-week",
        "Regional news",
        "Karel Novak's trial entered its third week on Monday.",
        {("novak", "trial", True)},
    ),
    (
        "is-standing-trial",
        "Regional news",
        "Karel Novak is standing trial in Minsk.",
        {("novak", "trial", True)},
    ),
    (
        "as-his-trial-dragged-on",
        "Regional news",
        "Karel Novak sat in a glass cage as his trial dragged on.",
        {("novak", "trial", True)},
    ),
    (
        "put-on-trial-active",
        "Regional news",
        "On Monday a military court put Karel Novak on trial for treason.",
        {("novak", "trial", True)},
    ),
    (
        "put-a-description-on-trial",
        "Army puts a retired general on trial",
        "Karel Novak was detained in 2024.",
        {("novak", "trial", True), ("novak", "detained", False)},
    ),
    # counter-examples
    (
        "preparations-under-way",
        "Regional news",
        "Preparations for Karel Novak's trial are under way.",
        set(),
    ),
    (
        "not-yet-begun",
        "Regional news",
        "Karel Novak's trial has not yet begun, and investigators continue to question witnesses.",
        set(),
    ),
    (
        "appeared-for-questioning",
        "Regional news",
        "Karel Novak appeared before a court in Minsk on Monday for questioning.",
        set(),
    ),
    (
        "protests-continue-until-trial",
        "Regional news",
        "Karel Novak said the protests would continue until his trial.",
        set(),
    ),
]


NOT_YET = {
    "headline-underway": "names: a surname alone ('blogger Novak') with no full mention in "
    "the item names no one watched (by design: a surname needs a full mention or "
    "'distinctive')",
    "put-a-description-on-trial": "who: a headline's object description ('puts a retired "
    "general on trial') is not tied to the person the text names after it",
}


@pytest.mark.parametrize(("title", "text", "expected"), named_params(ROWS, NOT_YET))
def test_a_trial_going_on_is_a_trial(title: str, text: str, expected: Events) -> None:
    assert read(text, title) == expected
