"""Render records for the terminal: aligned tables, JSON, CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO


def iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value.isoformat()


def write_json(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    json.dump(list(rows), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    """The one CSV writer (the CLI's and the web export's): a header, then each row's
    cells as text, each made safe to open in a spreadsheet."""
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell_text(row.get(c))) for c in columns])


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell that a spreadsheet would run as a formula (feed text can start with
    ``=HYPERLINK(...)``) gets a leading apostrophe, so it is shown as text instead."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_table(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: TextIO, max_width: int = 60
) -> None:
    """Aligned columns with a header; long cells are shortened with an ellipsis."""
    cells = [[shorten(cell_text(row.get(c)), max_width) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return iso(value) or ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
