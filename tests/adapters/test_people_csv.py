"""People from spreadsheet CSV files: every bad row named by its line, stable ids."""

from __future__ import annotations

import codecs

import pytest

from monitor.adapters.people_csv import read_people_csv, slug
from monitor.core.types import Person, Status
from monitor.errors import ConfigError

SHEET = (
    "Name,Aliases,Status,Tags,Context\r\n"
    "Aidar Nurlanov,Айдар Нурланов; A. Nurlanov,detained,kazakhstan; journalists,Taraz\r\n"
    ",,,,\r\n"
    "Gulnara Seitova,,jailed,,\r\n"
    '"Marat\nTokenov",,free,,\r\n'
    ",only aliases,,,\r\n"
    "Aidar Nurlanov,,,,\r\n"
)


def test_a_spreadsheet_saved_with_a_bom_gives_people_and_bad_rows_by_line() -> None:
    found = read_people_csv(codecs.BOM_UTF8 + SHEET.encode(), "people.csv")
    first, second = found.people
    assert (first.line, first.id, first.name, first.status) == (
        2,
        "aidar-nurlanov",
        "Aidar Nurlanov",
        "detained",
    )
    assert first.aliases == ("Айдар Нурланов", "A. Nurlanov")
    assert (first.tags, first.context) == (("kazakhstan", "journalists"), ("Taraz",))
    assert (second.line, second.id, second.name) == (5, "marat-tokenov", "Marat Tokenov")
    assert [str(b) for b in found.bad] == [
        "line 4: unknown status 'jailed' (one of: " + ", ".join(Status) + ")",
        "line 7: name is empty",
        "line 8: id 'aidar-nurlanov' already given on line 2",
    ]


def test_a_semicolon_separated_sheet_takes_commas_between_list_values() -> None:
    sheet = "name;aliases;tags\nAidar Nurlanov;Айдар Нурланов, A. Nurlanov;kazakhstan\n"
    [person] = read_people_csv(sheet.encode(), "people.csv").people
    assert person.aliases == ("Айдар Нурланов", "A. Nurlanov")


def test_a_known_person_keeps_their_id_and_a_new_one_gets_the_folded_name() -> None:
    known = [Person(id="nurlanov-aidar", name="Aidar Nurlanov")]
    sheet = "name,id\nAIDAR  NURLANOV,\nАйдар Жумабеков,\nSomeone Else,else-1\n"
    ids = [p.id for p in read_people_csv(sheet.encode(), "p.csv", known).people]
    assert ids == ["nurlanov-aidar", "aydar-zhumabekov", "else-1"]
    assert slug("Şöhrət  O'Brien-Ağayev") == "shohrat-o-brien-agayev"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (b"fullname,aliases\nA B,\n", "no 'name' column"),
        (b"name,age\nA B,40\n", "unknown column 'age'"),
        (b"name,alias\xff\n", "line 1: not UTF-8"),
    ],
    ids=["empty", "no-name-column", "unknown-column", "not-utf-8"],
)
def test_a_file_that_cannot_be_read_is_refused_as_a_whole(content: bytes, why: str) -> None:
    with pytest.raises(ConfigError, match=why):
        read_people_csv(content, "people.csv")
