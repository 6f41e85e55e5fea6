"""More ways English news says what happened to a person, each pattern in several sentences.

Every sentence here is written for these tests; none is taken from an evaluation corpus.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.core.events import extract_events
from monitor.core.match import compile_names, find_mentions
from monitor.core.types import Person

PEOPLE = [
    Person("kozlov", "Vladimir Kozlov"),
    Person("bilash", "Serikzhan Bilash"),
    Person("ayan", "Talgat Ayan"),
    Person("dzhumayev", "Ablovas Dzhumayev"),
    Person("mamay", "Zhanbolat Mamay"),
    Person("narymbayeva", "Dinara Narymbayeva"),
]
INDEX = compile_names(PEOPLE)
PUBLISHED = datetime(2021, 3, 18, 8, 0, tzinfo=UTC)  # a Thursday

Seen = set[tuple[str, str, bool]]


def events(text: str, title: str = "Rights update") -> Seen:
    full = f"{title}\n\n{text}"
    found = extract_events(full, find_mentions(INDEX, full), PUBLISHED)
    for e in found:
        assert full[e.evidence_start : e.evidence_end] == e.evidence
        assert 0.0 <= e.confidence <= 1.0 and e.rule
    return {(e.person_id, str(e.type), e.current) for e in found}


# --- clauses after "but" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "kind"),
    [
        ("Serikzhan Bilash was not charged but was freed on Tuesday.", "bilash", "released"),
        ("Talgat Ayan was never tried but was deported to Turkey on Monday.", "ayan", "fled"),
        (
            "Vladimir Kozlov was questioned at the request of the prosecutor and threatened "
            "with a fine, but was eventually released on Monday.",
            "kozlov",
            "released",
        ),
    ],
)
def test_what_blocks_the_first_verb_stops_at_but(text: str, person: str, kind: str) -> None:
    assert events(text) == {(person, kind, True)}


# --- earlier stages of the case --------------------------------------------------------


def test_an_earlier_stage_of_a_case_in_the_body_is_kept_as_background() -> None:
    text = (
        "Vladimir Kozlov was pardoned by the president on Tuesday. The decree was short. "
        "Officials gave no reason. Supporters gathered outside. "
        "Kozlov was arrested after a rally and sentenced to seven years in prison."
    )
    assert events(text) == {
        ("kozlov", "pardoned", True),
        ("kozlov", "detained", False),
        ("kozlov", "sentenced", False),
    }


def test_an_earlier_stage_told_after_the_release_stays_in_the_timeline() -> None:
    text = (
        "Dinara Narymbayeva was released from the colony on Monday. Her family met her. "
        "It was cold. Friends came. She was charged with extremism and jailed."
    )
    assert events(text) == {
        ("narymbayeva", "released", True),
        ("narymbayeva", "charged", False),
        ("narymbayeva", "detained", False),
    }
