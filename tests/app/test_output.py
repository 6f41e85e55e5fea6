"""Rendering for the terminal: tables people can read, JSON and CSV programs can."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.app.output import cell_text, iso, shorten, write_csv, write_json, write_table

ROWS = [
    {
        "person_id": "dzhakishev-mukhtar",
        "matched_text": "Mukhtar Dzhakishev",
        "published": datetime(2019, 7, 24, 6, 0, tzinfo=UTC),
        "events": ["parole_denied"],
        "review_state": "pending",
    },
    {
        "person_id": "kozlov-vladimir",
        "matched_text": "Владимир Козлов",
        "published": None,
        "events": [],
        "review_state": "confirmed",
    },
]


def render(write: object, *args: object, **options: object) -> str:
    """What ``write(*args, out, **options)`` prints."""
    out = io.StringIO()
    write(*args, out, **options)  # type: ignore[operator]
    return out.getvalue()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2019, 7, 24, 6, 0, tzinfo=UTC), "2019-07-24T06:00:00Z"),
        (
            datetime(2019, 7, 24, 12, 0, tzinfo=timezone(timedelta(hours=6))),
            "2019-07-24T12:00:00+06:00",
        ),
        (datetime(2019, 7, 24, 6, 0), "2019-07-24T06:00:00"),
        (date(2019, 7, 24), "2019-07-24"),
        (None, None),
    ],
    ids=["utc-as-z", "other-offset-kept", "naive", "a-date", "nothing"],
)
def test_times_are_written_in_iso_8601_with_z_for_utc(
    value: datetime | date | None, text: str | None
) -> None:
    assert iso(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("Mukhtar  Dzhakishev\nin Semey", "Mukhtar Dzhakishev in Semey"),
        (3, "3"),
        (True, "True"),
        (datetime(2019, 7, 24, tzinfo=UTC), "2019-07-24T00:00:00Z"),
        (["parole_denied", "transferred"], '["parole_denied", "transferred"]'),
        ({"from": "imprisoned", "to": "free"}, '{"from": "imprisoned", "to": "free"}'),
        (["Козлов"], '["Козлов"]'),
    ],
    ids=[
        "nothing",
        "whitespace-collapsed",
        "a-number",
        "a-boolean",
        "a-datetime",
        "a-list",
        "a-mapping",
        "non-ascii-kept",
    ],
)
def test_a_cell_is_one_line_of_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_a_long_cell_is_cut_with_an_ellipsis_to_the_width() -> None:
    assert shorten("Mukhtar Dzhakishev", 10) == "Mukhtar D…"
    assert shorten("Kozlov", 10) == "Kozlov"
    assert shorten("0123456789", 10) == "0123456789"


@given(st.text(), st.integers(min_value=1, max_value=80))
def test_a_shortened_cell_never_exceeds_the_width_and_keeps_its_start(
    text: str, width: int
) -> None:
    short = shorten(text, width)

    assert len(short) <= width
    assert short == text or (short.endswith("…") and text.startswith(short[:-1]))


def test_a_table_has_a_header_and_aligned_columns() -> None:
    table = render(write_table, ROWS, ["person_id", "events", "review_state"])

    assert table.splitlines() == [
        "person_id           events             review_state",
        'dzhakishev-mukhtar  ["parole_denied"]  pending',
        "kozlov-vladimir     []                 confirmed",
    ]


def test_a_table_of_nothing_is_just_its_header() -> None:
    assert render(write_table, [], ["url", "last_status"]) == "url  last_status\n"


def test_a_table_cuts_long_cells_and_leaves_no_trailing_spaces() -> None:
    rows = [{"evidence": "The court dismissed Dzhakishev's request for parole.", "id": 1}]

    lines = render(write_table, rows, ["id", "evidence"], max_width=20).splitlines()

    assert lines[1] == "1   The court dismissed…"
    assert all(line == line.rstrip() for line in lines)


@settings(max_examples=100)
@given(
    st.lists(
        st.fixed_dictionaries({"a": st.text(max_size=30), "b": st.none() | st.integers()}),
        max_size=5,
    )
)
def test_every_row_of_a_table_is_one_line_whatever_the_cells(rows: list[dict[str, object]]) -> None:
    lines = render(write_table, rows, ["a", "b"]).split("\n")

    assert lines[-1] == ""
    assert len(lines) == len(rows) + 2


def test_json_output_is_an_array_that_reads_back() -> None:
    rows = [{**ROWS[0], "published": iso(ROWS[0]["published"])}, {**ROWS[1]}]

    text = render(write_json, rows)

    assert json.loads(text) == rows
    assert "Владимир Козлов" in text  # not \u-escaped
    assert text.endswith("]\n")


def test_json_output_writes_what_json_cannot_hold_as_text() -> None:
    text = render(write_json, [{"published": date(2019, 7, 24)}])

    assert json.loads(text) == [{"published": "2019-07-24"}]


def test_json_output_of_nothing_is_an_empty_array() -> None:
    assert json.loads(render(write_json, [])) == []


def test_csv_output_has_a_header_and_one_row_per_record() -> None:
    text = render(write_csv, ROWS, ["person_id", "matched_text", "published", "events"])

    assert list(csv.reader(io.StringIO(text))) == [
        ["person_id", "matched_text", "published", "events"],
        ["dzhakishev-mukhtar", "Mukhtar Dzhakishev", "2019-07-24T06:00:00Z", '["parole_denied"]'],
        ["kozlov-vladimir", "Владимир Козлов", "", "[]"],
    ]


def test_csv_quotes_cells_with_commas_and_quotes() -> None:
    rows = [{"title": 'Kozlov, "Alga" leader, freed'}]

    text = render(write_csv, rows, ["title"])

    assert list(csv.reader(io.StringIO(text)))[1] == ['Kozlov, "Alga" leader, freed']


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text(start: str) -> None:
    rows = [{"title": start + "SUM(A1:A9) in the headline", "n": 3}]
    text = render(write_csv, rows, ["title", "n"])
    [cell, number] = list(csv.reader(io.StringIO(text)))[1]
    text_only = "SUM(A1:A9) in the headline"  # leading tabs and returns go with the spaces
    assert cell == (text_only if start in "\t\r" else "'" + start + text_only)
    assert number == "3"
