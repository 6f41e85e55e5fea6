"""Render records for the terminal: aligned tables, JSON, CSV; and what every output
shows of a text: ``safe`` masks secrets, ``for_terminal`` also neutralises escapes.

The secrets are the process's: the values the watchlist took from the environment,
remembered when a command or the daemon loads it (``remember_secrets``). The set only
grows, so a value stays masked after a reload drops it (old rows still hold it).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from monitor.core.redact import redact, terminal_text

# valid in JSON strings but not escaped by json.dumps(ensure_ascii=False); a terminal
# may act on them: DEL, C1 controls, line and paragraph separators, bidi overrides
JSON_UNESCAPED_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

_secrets: frozenset[str] = frozenset()


def remember_secrets(secrets: Iterable[str]) -> None:
    """Mask these values (from the environment) in every output from now on."""
    global _secrets
    _secrets = _secrets | frozenset(secrets)


def safe(text: str) -> str:
    """``text`` with URL credentials, secret parameters and remembered secrets masked."""
    return redact(text, _secrets)


def safe_record(value: Any) -> Any:
    """Every text in a record (mappings and lists, at any depth) made ``safe``."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, Mapping):
        return {key: safe_record(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [safe_record(item) for item in value]
    return value


def safe_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record (a JSON shape) with every text in it made ``safe``."""
    return {key: safe_record(value) for key, value in record.items()}


def stored_url(given: str, stored: Iterable[str]) -> str:
    """The stored URL a user names, as stored or as shown (masked): ``--feed`` takes both."""
    urls = list(stored)
    if given in urls:
        return given
    return next((url for url in urls if safe(url) == given), given)


def for_terminal(text: str) -> str:
    """``safe``, on one line, with no escape sequence or control a terminal would obey."""
    return terminal_text(safe(text))


def for_terminal_lines(text: str) -> str:
    """``for_terminal`` for each line of a message, keeping each line's indentation."""
    lines = safe(text).splitlines() or [""]
    return "\n".join(
        line[: len(line) - len(line.lstrip(" "))] + terminal_text(line) for line in lines
    )


def iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value.isoformat()


def write_json(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    """Every text exact (JSON escapes control characters), secrets masked."""
    text = json.dumps(safe_record(list(rows)), ensure_ascii=False, indent=2, default=str)
    out.write(JSON_UNESCAPED_CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text))
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
    """Aligned columns with a header; long cells are shortened with an ellipsis, except
    URLs when ``out`` is not a terminal (a pipe or a file wants links that work)."""
    whole_urls = not is_terminal(out)
    cells = [
        [fit(cell_text(row.get(c)), max_width, whole_urls=whole_urls) for c in columns]
        for row in rows
    ]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")


def cell_text(value: object) -> str:
    """One line for a table or CSV cell: secrets masked, no control character."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return iso(value) or ""
    if isinstance(value, list | dict):
        return for_terminal(json.dumps(value, ensure_ascii=False))
    return for_terminal(str(value))


def is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def fit(text: str, width: int, *, whole_urls: bool) -> str:
    if whole_urls and text.startswith(("http://", "https://", "file://")):
        return text
    return shorten(text, width)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
