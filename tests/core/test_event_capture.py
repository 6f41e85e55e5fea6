"""A capture is an arrest (issue 14): "forces captured X", "X was captured", "X's
capture", "the capture of X" tell that X was taken into custody, by a state's forces as
often as by armed men. A camera, a town, a title or a mood captured is no one's arrest,
nor is the capture a person made of something. Made-up people, own sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.core.types import Person
from tests.core.reading import Events, Reader

PEOPLE = [
    Person("karimov", "Amir Karimov"),
    Person("sadykova", "Lola Sadykova"),
]
read = Reader(PEOPLE, datetime(2025, 6, 20, 12, 0), title="Regional news")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special forces captured the rebel commander Amir Karimov near the border on Monday.",
            {("karimov", "detained", True)},
        ),
        (
            "On Monday soldiers captured the former mayor's adviser Amir Karimov in a raid.",
            {("karimov", "detained", True)},
        ),
        ("Amir Karimov was captured by border guards on Monday.", {("karimov", "detained", True)}),
        (
            "The army announced on Monday that it had captured Amir Karimov.",
            {("karimov", "detained", True)},
        ),
        (
            "Amir Karimov's capture on Monday was announced by the defence ministry.",
            {("karimov", "detained", True)},
        ),
        (
            "Markets rallied after the capture of the opposition financier Amir Karimov on Monday.",
            {("karimov", "detained", True)},
        ),
        (
            "Amir Karimov, who was captured in 2014 and held for six years, spoke on Monday.",
            {("karimov", "detained", False)},
        ),
        (
            "Since Amir Karimov's capture in March 2019, his family has heard nothing.",
            {("karimov", "detained", False)},
        ),
    ],
    ids=[
        "forces-captured-X",
        "possessive-description",
        "passive",
        "had-captured",
        "possessive-noun",
        "capture-of-X",
        "background-passive",
        "background-noun",
    ],
)
def test_a_capture_is_an_arrest(text: str, expected: Events) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A photographer captured Amir Karimov smiling at the ceremony on Monday.",
        "Cameras captured Amir Karimov entering the court building on Monday.",
        "Amir Karimov was captured on video leaving the court on Monday.",
        "Amir Karimov's capture of the northern town on Monday surprised the army.",
        "Amir Karimov captured the mood of the crowd in a speech on Monday.",
        "Amir Karimov captured the national chess title on Monday.",
        "Footage captured by a witness shows Amir Karimov at the rally on Monday.",
        "Amir Karimov fears capture if he returns home.",
        "Amir Karimov's speech captured the attention of Western diplomats on Monday.",
    ],
    ids=[
        "photographer",
        "cameras",
        "on-video",
        "his-capture-of-a-town",
        "the-mood",
        "a-title",
        "footage-by",
        "fears-capture",
        "attention",
    ],
)
def test_what_a_capture_is_not(text: str) -> None:
    assert read(text) == set()


def test_both_people_captured_together_are_detained() -> None:
    text = "On Monday troops captured Amir Karimov and his wife, Lola Sadykova, at their home."
    assert read(text) == {("karimov", "detained", True), ("sadykova", "detained", True)}
