"""People from a spreadsheet: a CSV file with a header row, as spreadsheets save it.

    name,aliases,status,tags,context
    Aidar Nurlanov,Айдар Нурланов; A. Nurlanov,detained,kazakhstan,Taraz; journalist

Columns (any order, names in any case): ``name`` (required), ``id``, ``aliases``,
``status``, ``tags``, ``context``; list cells hold values separated by ``;`` (by ``,``
in a file whose columns are separated by ``;``, as some spreadsheets write it). UTF-8,
with or without the byte-order mark Excel writes. Every bad row is reported with its
line (a quoted cell may span lines: the line is where the row starts); blank rows are
skipped.

An id, when the file gives none, is the name in lower-case ASCII with dashes
(``Айдар Нурланов`` → ``aidar-nurlanov``), unless the watchlist already lists a person
of that name: then it is theirs. So importing the same file twice adds nobody twice.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from monitor.core.names import fold
from monitor.core.types import Person, Status
from monitor.core.watchlist import SLUG
from monitor.errors import ConfigError

COLUMNS = ("id", "name", "aliases", "status", "tags", "context")
LIST_COLUMNS = ("aliases", "tags", "context")
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ImportedPerson:
    line: int
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    status: Status | None = None
    tags: tuple[str, ...] = ()
    context: tuple[str, ...] = ()

    def as_person(self) -> Person:
        """The person to add to the watchlist, or to merge into the one of the same id."""
        return Person(self.id, self.name, self.aliases, self.status, self.tags, self.context)


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class PeopleFile:
    people: tuple[ImportedPerson, ...]
    bad: tuple[BadRow, ...]


def read_people_csv(data: bytes, source: str, known: Iterable[Person] = ()) -> PeopleFile:
    """The people of a CSV file, and every bad row; ``known``: the watchlist's people,
    whose ids are kept for their names. Raises ConfigError for a file it cannot read."""
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{source}: larger than {MAX_BYTES // 1024 // 1024} MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ConfigError(f"{source}: line {line}: not UTF-8 (save the file as CSV UTF-8)") from e
    delimiter = ";" if first_line(text).count(";") > first_line(text).count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise ConfigError(f"{source}: empty: expected a header row (name, aliases, ...)")
    columns = [cell.strip().lower() for cell in header]
    problems = header_problems(columns)
    if problems:
        raise ConfigError(f"{source}: line 1: " + "; ".join(problems))
    ids_by_name = {fold(p.name): p.id for p in known}
    rows = RowReader(columns, "," if delimiter == ";" else ";", ids_by_name)
    line = reader.line_num + 1
    try:
        for cells in reader:
            rows.read(line, cells)
            line = reader.line_num + 1
    except csv.Error as e:
        rows.bad.append(BadRow(line, f"unreadable CSV: {e}"))
    return PeopleFile(tuple(rows.people), tuple(rows.bad))


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def header_problems(columns: list[str]) -> list[str]:
    problems = [
        f"unknown column {c!r} (known: {', '.join(COLUMNS)})"
        for c in columns
        if c and c not in COLUMNS
    ]
    problems += [f"column {c!r} given twice" for c in sorted(set(columns)) if columns.count(c) > 1]
    if "name" not in columns:
        problems.append("no 'name' column")
    return problems


class RowReader:
    """Turns rows into people, collecting the bad ones."""

    def __init__(self, columns: list[str], separator: str, ids_by_name: Mapping[str, str]) -> None:
        self.columns = columns
        self.separator = separator
        self.ids_by_name = ids_by_name
        self.people: list[ImportedPerson] = []
        self.bad: list[BadRow] = []
        self.lines_by_id: dict[str, int] = {}

    def read(self, line: int, cells: list[str]) -> None:
        if not any(cell.strip() for cell in cells):
            return  # a blank row
        if len(cells) > len(self.columns) and any(c.strip() for c in cells[len(self.columns) :]):
            self.bad.append(BadRow(line, f"{len(cells)} cells for {len(self.columns)} columns"))
            return
        row = {c: cells[i].strip() if i < len(cells) else "" for i, c in enumerate(self.columns)}
        problems = []
        name = " ".join(row.get("name", "").split())
        if not name:
            problems.append("name is empty")
        status = row.get("status", "").lower() or None
        if status and status not in Status.__members__.values():
            problems.append(f"unknown status {status!r} (one of: {', '.join(Status)})")
        person_id = row.get("id", "") or self.ids_by_name.get(fold(name)) or slug(name)
        if name and not SLUG.match(person_id):
            problems.append(f"id {person_id!r} is not a slug (a-z, 0-9 and dashes)")
        elif person_id in self.lines_by_id:
            problems.append(f"id {person_id!r} already given on line {self.lines_by_id[person_id]}")
        if problems:
            self.bad.append(BadRow(line, "; ".join(problems)))
            return
        self.lines_by_id[person_id] = line
        lists = {c: self.split(row.get(c, "")) for c in LIST_COLUMNS}
        known = Status(status) if status else None
        self.people.append(ImportedPerson(line, person_id, name, status=known, **lists))

    def split(self, cell: str) -> tuple[str, ...]:
        values = (" ".join(v.split()) for v in cell.split(self.separator))
        return tuple(dict.fromkeys(v for v in values if v))


def slug(name: str) -> str:
    """``Айдар Нурланов`` → ``aidar-nurlanov``: folded to ASCII, dashes between words."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
