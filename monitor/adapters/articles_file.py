"""Read articles for ``monitor scan``: one JSON object a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from monitor.core.types import Article


@dataclass(frozen=True)
class BadLine:
    """A line that is not a valid article, with why."""

    line_number: int
    message: str


def read_articles(lines: Iterable[str | bytes]) -> Iterator[Article | BadLine]:
    """Articles in order; a bad line yields a BadLine instead and reading goes on.

    Lines may be bytes (a file opened in binary): each is decoded as UTF-8 on its
    own, so one bad byte costs its line only.
    """
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as e:
            yield BadLine(number, f"not UTF-8: byte {e.start + 1} is {raw[e.start]:#04x}")
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte order mark some editors write
        if not line.strip():
            continue
        try:
            yield article_from_json(json.loads(line))
        except json.JSONDecodeError as e:
            yield BadLine(number, f"not JSON: {e.msg} at column {e.colno}")
        except RecursionError:
            yield BadLine(number, "not JSON: nested too deeply")
        except ValueError as e:
            yield BadLine(number, str(e))


def article_from_json(obj: object) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    for key in ("id", "title", "text"):
        if not isinstance(obj.get(key), str):
            raise ValueError(f"'{key}' must be a string")
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        raise ValueError("'url' must be a string")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ValueError("'lang' must be a string")
    return Article(
        id=obj["id"],
        title=obj["title"],
        text=obj["text"],
        published=parse_published(obj.get("published")),
        url=url,
        lang=lang or None,
    )


def parse_published(value: object) -> datetime | None:
    """``YYYY-MM-DD`` or an ISO datetime, as an aware UTC datetime; None when absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("'published' must be a date string")
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'published' is not a date: {value!r}") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00+05:00 falls before year 1 in UTC
        raise ValueError(f"'published' is out of range: {value!r}") from None
