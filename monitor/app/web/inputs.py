"""What requests may carry: text without NUL or unpaired surrogates (PostgreSQL refuses
them), bounded ids, dates, and the match log's filters shared by pages and the API."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from fastapi import Path
from pydantic import AfterValidator, Field
from sqlalchemy.orm import Session

from monitor.adapters.db.feeds import feed_urls
from monitor.adapters.db.matches import MatchSearch
from monitor.app.output import stored_url
from monitor.core.outcomes import ReviewState
from monitor.core.types import EventType, Status

MAX_ID = 2**53  # fits every database's integer key, and JSON


def clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode") from None
    return value


def query_texts(
    params: Mapping[str, str], names: Iterable[str], limit: int
) -> tuple[dict[str, str], list[str]]:
    """The query string's ``names``, stripped and cut to ``limit`` characters; one that is
    not valid text is left empty, and the problems say which."""
    given = {name: params.get(name, "").strip()[:limit] for name in names}
    problems = []
    for name, value in given.items():
        try:
            clean_text(value)
        except ValueError:
            given[name] = ""
            problems.append(f"{name}: not valid text")
    return given, problems


Text = Annotated[str, Field(max_length=2000), AfterValidator(clean_text)]
ShortText = Annotated[str, Field(max_length=300), AfterValidator(clean_text)]
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
PersonId = Annotated[str, Path(max_length=200), AfterValidator(clean_text)]

EVENT_TYPES: tuple[str, ...] = tuple(str(t) for t in EventType)
STATUSES: tuple[str, ...] = tuple(str(s) for s in Status)
REVIEW_STATES: tuple[str, ...] = tuple(str(s) for s in ReviewState)


def start_of(day: date | None) -> datetime | None:
    return datetime.combine(day, time(), UTC) if day else None


def end_of(day: date | None) -> datetime | None:
    """The moment after ``day`` ends (the filter's upper bound includes the day)."""
    if day is None or day == date.max:
        return None
    return datetime.combine(day + timedelta(days=1), time(), UTC)


def parse_day(text: str | None) -> date | None:
    """A YYYY-MM-DD from a form; None when empty; ValueError when not a date."""
    if not text or not text.strip():
        return None
    return date.fromisoformat(text.strip())


def parse_percent(text: str | None) -> float | None:
    """A confidence from a form, in percent (``80`` or ``80%``) → 0.8; None when empty;
    ValueError when not a number from 0 to 100."""
    if not text or not text.strip():
        return None
    value = float(text.strip().removesuffix("%"))
    if not 0 <= value <= 100:
        raise ValueError(f"{text!r} is not a percentage from 0 to 100")
    return value / 100


def with_stored_feed(session: Session, search: MatchSearch) -> MatchSearch:
    """A feed filter names the feed as pages show it (its key masked): find the stored URL."""
    if not search.feed_url:
        return search
    return replace(search, feed_url=stored_url(search.feed_url, feed_urls(session)))


@dataclass(frozen=True)
class LogFilters:
    """The match log's filters as a request gives them, pages and the API alike: empty
    texts count as not given, and days bound the search inclusively."""

    person: str | None = None
    feed: str | None = None  # as pages show it (see with_stored_feed)
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    review_state: str | None = None
    q: str | None = None  # text in the article or the name
    min_confidence: float | None = None
    max_confidence: float | None = None
    limit: int | None = None
    offset: int = 0


def match_search(filters: LogFilters) -> MatchSearch:
    return MatchSearch(
        person_id=filters.person or None,
        feed_url=filters.feed or None,
        since=start_of(filters.since),
        until=end_of(filters.until),
        event_type=filters.event_type or None,
        review_state=filters.review_state or None,
        text=(filters.q or "").strip() or None,
        min_confidence=filters.min_confidence,
        max_confidence=filters.max_confidence,
        limit=filters.limit,
        offset=filters.offset,
    )
