"""What happened, whether it happened and when, in words the rules were not first written
for (issue 14): each class of phrasing with sentences it must read one way and
counter-examples it must read the other; all are made up."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.events import extract_events
from monitor.core.match import compile_names, find_mentions
from monitor.core.types import Person

PEOPLE = [
    Person("petrov", "Ivan Petrov"),
    Person("sokolova", "Anna Sokolova"),
    Person("orlov", "Pavel Orlov"),
]
INDEX = compile_names(PEOPLE)
PUBLISHED = datetime(2024, 3, 20, 12, 0)

Events = set[tuple[str, str, bool]]


def check(text: str, expected: Events, title: str = "Court news") -> None:
    full = f"{title}\n\n{text}"
    found = extract_events(full, find_mentions(INDEX, full), PUBLISHED)
    assert {(e.person_id, str(e.type), e.current) for e in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors accused Ivan Petrov of spreading false information on Monday.",
            {("petrov", "charged", True)},
        ),
        ("Ivan Petrov was prosecuted for a post in 2019.", {("petrov", "charged", False)}),
        (
            "Investigators opened a criminal case against Ivan Petrov on Monday.",
            {("petrov", "charged", True)},
        ),
        ("Ivan Petrov was accused by his critics of lying.", set()),  # counter-example
        (
            "On Monday a jury returned a guilty verdict against Ivan Petrov.",
            {("petrov", "sentenced", True)},
        ),
        ("Ivan Petrov had to leave Belarus on Monday.", {("petrov", "fled", True)}),
        ("Ivan Petrov had to leave the meeting on Monday.", set()),  # counter-example
        ("Ivan Petrov was rushed to hospital on Monday.", {("petrov", "transferred", True)}),
        (
            "Ivan Petrov was placed in a psychiatric hospital on Monday.",
            {("petrov", "transferred", True)},
        ),
        ("Ivan Petrov was moved to a new flat on Monday.", set()),  # counter-example
        ("On Monday a court opened the trial of Ivan Petrov.", {("petrov", "trial", True)}),
        ("The trial of Ivan Petrov was postponed on Monday.", set()),  # counter-example
        (
            "Ivan Petrov was denied a medical appointment on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        (
            "Prison officials refused Ivan Petrov medication for his heart on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        (
            "Ivan Petrov was kicked and punched by guards on Monday.",
            {("petrov", "ill_treatment", True)},
        ),
        ("Ivan Petrov was shot dead on Monday.", {("petrov", "died", True)}),
        ("Ivan Petrov was murdered on Monday.", {("petrov", "died", True)}),
        ("Ivan Petrov was beaten on Monday.", {("petrov", "ill_treatment", True)}),
    ],
    ids=[
        "accused-of", "prosecuted-for", "case-opened-against", "accused-of-lying",
        "guilty-verdict", "had-to-leave", "had-to-leave-a-meeting", "rushed-to-hospital",
        "placed-in-hospital", "moved-to-a-flat", "court-opened-trial", "trial-postponed",
        "denied-an-appointment", "refused-medication", "kicked-and-punched", "shot-dead",
        "murdered", "beaten-not-killed",
    ],
)  # fmt: skip
def test_what_happened_in_other_words(text: str, expected: Events) -> None:
    check(text, expected)
