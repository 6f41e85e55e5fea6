"""Care withheld in custody told as negligence: "died after deliberate medical negligence",
"a victim of medical neglect" is ill-treatment, as "denied medical care" is (issue 14, the
type of an event in a sentence that names the person).

GUIDE.md labels ill_treatment when the person was (reportedly, allegedly) denied medical
care; rights groups and families say it as negligence or neglect, often beside a death. Not
ill-treatment: negligence that is the offence a person is charged with or convicted of, and
negligence of something that is no care of the person.

Labels follow eval-dev's GUIDE.md. People, places and facts are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader, article

PEOPLE = [Person("farouk", "Samir Farouk"), Person("ilyina", "Vera Ilyina")]
events = Reader(PEOPLE, datetime(2026, 12, 4, 9, 0))  # a Friday

CLASSES: list[tuple[str, Events]] = [
    (
        "Samir Farouk died in prison on Tuesday after deliberate medical negligence by the "
        "guards, his family said.",
        {("farouk", "died", True), ("farouk", "ill_treatment", True)},
    ),
    (
        "The family of Vera Ilyina said on Wednesday that she died in the colony because of "
        "medical negligence.",
        {("ilyina", "died", True), ("ilyina", "ill_treatment", True)},
    ),
    (
        "Rights groups say Samir Farouk, jailed since 2019, is a victim of wilful medical neglect.",
        {("farouk", "ill_treatment", True), ("farouk", "detained", False)},
    ),
    (
        article(
            "Vera Ilyina was sentenced in 2019 to eight years.",
            "She died in the prison hospital last week after criminal negligence, her lawyer said.",
        ),
        {
            ("ilyina", "sentenced", False),
            ("ilyina", "died", True),
            ("ilyina", "ill_treatment", True),
        },
    ),
    # counter-examples: negligence as the offence, or of no person's care
    (
        "Samir Farouk, an engineer, was convicted of criminal negligence on Tuesday.",
        {("farouk", "sentenced", True)},
    ),
    (
        "Vera Ilyina, a surgeon, was charged with medical negligence on Tuesday.",
        {("ilyina", "charged", True)},
    ),
    (
        "Samir Farouk wrote about the neglect of the old town on Tuesday.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_negligence_in_custody_is_ill_treatment(text: str, expected: Events) -> None:
    assert events(text) == expected
