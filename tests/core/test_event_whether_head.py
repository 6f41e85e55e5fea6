"""``is_blocked`` reads the words before the person ("denied that X was freed") only when
there are any: none of the patterns it reads them with matches an empty head, so a sentence
that opens with the person ("X was freed") skips them all."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from monitor.core import event_whether
from monitor.core.types import Person
from tests.core.reading import Reader

HEAD_PATTERNS = [
    "DENIAL",
    "DENIED_CLAUSE",
    "UNSURE",
    "REQUEST_HEAD",
    "FEARED",
    "RETRACTED",
    "CORRECTED",
    "REPORTED_THAT",
    "REQUESTED_THAT",
    "WISHED",
    "PREVENTED",
    "ORDERED",
    "COURT_RULED_THAT",
]


@pytest.mark.parametrize("name", HEAD_PATTERNS)
def test_no_head_pattern_matches_an_empty_head(name: str) -> None:
    pattern = getattr(event_whether, name)
    assert isinstance(pattern, re.Pattern)
    assert pattern.search("") is None


events = Reader([Person("nurov", "Aset Nurov")], datetime(2025, 3, 4, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Aset Nurov was freed on Monday.", True),  # no head: nothing before the person
        ("Aset Nurov was not freed on Monday.", False),
        ("Officials denied that Aset Nurov was freed on Monday.", False),  # a head that denies
        ("Lawyers fear that Aset Nurov was beaten on Monday.", False),
        ("The court ordered Aset Nurov to be released on Monday.", True),
    ],
)
def test_an_event_is_blocked_by_its_head_only_when_it_has_one(text: str, told: bool) -> None:
    assert bool(events.extract(text)) is told
