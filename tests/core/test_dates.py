"""Which dates the monitor believes: a feed's date far ahead of the fetch or before 1990
is not, an event's date after its article's is not, and no event happens in the future."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.dates import EARLIEST, FUTURE_TOLERANCE, event_time, trusted_published
from monitor.core.intake import MAX_TEXT_CHARS, MAX_TITLE_CHARS, admit_entry
from monitor.core.types import ParsedEntry

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("claimed", "filed"),
    [
        (None, FETCHED),
        (FETCHED - timedelta(days=400), FETCHED - timedelta(days=400)),
        (FETCHED + timedelta(hours=23), FETCHED + timedelta(hours=23)),  # a clock ahead
        (FETCHED + FUTURE_TOLERANCE, FETCHED + FUTURE_TOLERANCE),
        (FETCHED + timedelta(days=1, seconds=1), FETCHED),
        (datetime(2099, 12, 28, tzinfo=UTC), FETCHED),
        (datetime(9999, 12, 31, 23, tzinfo=UTC), FETCHED),
        (EARLIEST, EARLIEST),
        (EARLIEST - timedelta(seconds=1), FETCHED),
        (datetime(1970, 1, 1, tzinfo=UTC), FETCHED),  # a zero timestamp
    ],
    ids=[
        "none",
        "old",
        "hours-ahead",
        "a-day-ahead",
        "just-too-far",
        "2099",
        "9999",
        "1990",
        "1989",
        "epoch",
    ],
)
def test_a_feed_date_is_trusted_only_near_or_before_the_fetch(
    claimed: datetime | None, filed: datetime
) -> None:
    assert trusted_published(claimed, FETCHED) == filed


def test_an_event_happens_on_its_own_day_when_believable() -> None:
    published = FETCHED - timedelta(days=2)
    assert event_time(date(2026, 2, 27), published, FETCHED) == datetime(2026, 2, 27, tzinfo=UTC)
    assert event_time(None, published, FETCHED) == published
    assert event_time(None, None, FETCHED) == FETCHED


def test_an_event_dated_after_its_article_is_dated_as_the_article() -> None:
    published = FETCHED - timedelta(days=10)
    assert event_time(date(2099, 12, 28), published, FETCHED) == published
    assert event_time(date(2026, 2, 28), published, FETCHED) == published


def test_an_article_dated_2099_dates_its_events_when_they_were_recorded() -> None:
    assert event_time(None, datetime(2099, 12, 28, tzinfo=UTC), FETCHED) == FETCHED
    assert event_time(date(2099, 12, 28), datetime(2099, 12, 28, tzinfo=UTC), FETCHED) == FETCHED


def test_an_event_is_never_later_than_the_moment_it_is_recorded() -> None:
    tomorrow = FETCHED + timedelta(hours=20)  # a feed a few hours ahead: trusted
    assert event_time(None, tomorrow, FETCHED) == FETCHED
    assert event_time(date(2026, 3, 3), tomorrow, FETCHED) == FETCHED


@given(
    day=st.none() | st.dates(),
    published=st.none() | st.datetimes(timezones=st.just(UTC)),
)
def test_no_event_time_is_ever_in_the_future(day: date | None, published: datetime | None) -> None:
    assert event_time(day, published, FETCHED) <= FETCHED


def entry(published: datetime | None, title: str = "Headline", text: str = "Text.") -> ParsedEntry:
    return ParsedEntry("g1", "https://news.example.org/1", title, text, published)


def test_an_admitted_entry_keeps_the_date_it_was_not_trusted_with() -> None:
    claimed = datetime(2099, 12, 28, tzinfo=UTC)
    admitted = admit_entry(entry(claimed), FETCHED)
    assert admitted.entry.published == FETCHED
    assert admitted.claimed_published == claimed


def test_a_believable_entry_is_admitted_as_it_is() -> None:
    believable = entry(FETCHED - timedelta(hours=3))
    assert admit_entry(believable, FETCHED).entry is believable
    assert admit_entry(believable, FETCHED).claimed_published is None
    undated = admit_entry(entry(None), FETCHED)
    assert (undated.entry.published, undated.claimed_published) == (None, None)


def test_an_admitted_entry_has_bounded_text_without_nul() -> None:
    huge = entry(FETCHED, title="T" * (MAX_TITLE_CHARS + 5), text="word " * MAX_TEXT_CHARS)
    admitted = admit_entry(huge, FETCHED).entry
    assert (len(admitted.title), len(admitted.text)) == (MAX_TITLE_CHARS, MAX_TEXT_CHARS)
    nul = admit_entry(entry(FETCHED, text="Freed\x00 today."), FETCHED).entry
    assert nul.text == "Freed today."
