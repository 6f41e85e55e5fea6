"""When a feed is polled next: its own pace, stretched by server hints, backed off on failure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.schedule import MAX_WAIT, next_poll_after_failure, next_poll_after_success

NOW = datetime(2019, 7, 23, 9, 30, tzinfo=UTC)
MINUTE = 60
HOUR = 3600
DAY = 24 * HOUR
SIX_HOURS = timedelta(hours=6)


def wait_after_success(interval: int, **hints: int | None) -> timedelta:
    return next_poll_after_success(NOW, interval, **hints) - NOW


def wait_after_failure(interval: int, failures: int, retry_after: int | None = None) -> timedelta:
    return next_poll_after_failure(NOW, interval, failures, retry_after=retry_after) - NOW


# --- after a success ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "hints", "expected"),
    [
        (15 * MINUTE, {}, timedelta(minutes=15)),
        (15 * MINUTE, {"ttl_minutes": 60}, timedelta(hours=1)),
        (15 * MINUTE, {"ttl_minutes": 5}, timedelta(minutes=15)),
        (15 * MINUTE, {"max_age": 30 * MINUTE}, timedelta(minutes=30)),
        (15 * MINUTE, {"max_age": 60}, timedelta(minutes=15)),
        (15 * MINUTE, {"retry_after": 2 * HOUR}, timedelta(hours=2)),
        (
            15 * MINUTE,
            {"ttl_minutes": 60, "max_age": 3 * HOUR, "retry_after": 2 * HOUR},
            timedelta(hours=3),
        ),
        (15 * MINUTE, {"ttl_minutes": 0, "max_age": 0, "retry_after": None}, timedelta(minutes=15)),
        (15 * MINUTE, {"ttl_minutes": 7 * 24 * 60}, timedelta(days=1)),
        (15 * MINUTE, {"max_age": 30 * DAY}, timedelta(days=1)),
        (3 * DAY, {}, timedelta(days=3)),
        (3 * DAY, {"max_age": 30 * DAY}, timedelta(days=3)),
    ],
    ids=[
        "its-own-interval",
        "a-longer-ttl-stretches-it",
        "a-shorter-ttl-is-ignored",
        "a-longer-max-age-stretches-it",
        "a-shorter-max-age-is-ignored",
        "retry-after-stretches-it",
        "the-longest-hint-wins",
        "zero-hints-are-ignored",
        "a-week-long-ttl-is-held-to-a-day",
        "a-month-long-max-age-is-held-to-a-day",
        "an-interval-beyond-a-day-is-kept",
        "hints-never-exceed-a-long-interval",
    ],
)
def test_after_a_success_the_feed_waits_its_interval_or_what_the_server_asks(
    interval: int, hints: dict[str, int | None], expected: timedelta
) -> None:
    assert wait_after_success(interval, **hints) == expected


hint = st.none() | st.integers(min_value=0, max_value=400 * DAY)


@given(
    st.integers(min_value=1, max_value=7 * DAY),  # a watchlist allows a week at most
    st.none() | st.integers(min_value=0, max_value=400 * 24 * 60),
    hint,
    hint,
)
def test_after_a_success_the_wait_is_never_shorter_than_the_interval_nor_beyond_a_day(
    interval: int, ttl: int | None, max_age: int | None, retry_after: int | None
) -> None:
    wait = wait_after_success(interval, ttl_minutes=ttl, max_age=max_age, retry_after=retry_after)

    assert (
        timedelta(seconds=interval) <= wait <= max(timedelta(days=1), timedelta(seconds=interval))
    )


# --- after a failure ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "failures", "retry_after", "expected"),
    [
        (15 * MINUTE, 1, None, timedelta(minutes=15)),
        (15 * MINUTE, 2, None, timedelta(minutes=30)),
        (15 * MINUTE, 3, None, timedelta(hours=1)),
        (15 * MINUTE, 5, None, timedelta(hours=4)),
        (15 * MINUTE, 6, None, SIX_HOURS),
        (15 * MINUTE, 1000, None, SIX_HOURS),
        (15 * MINUTE, 0, None, timedelta(minutes=15)),
        (DAY, 1, None, SIX_HOURS),
        (15 * MINUTE, 1, 2 * HOUR, timedelta(hours=2)),
        (15 * MINUTE, 4, 60, timedelta(hours=2)),
        (15 * MINUTE, 1, 3 * DAY, SIX_HOURS),
    ],
    ids=[
        "first-failure-waits-the-interval",
        "second-doubles",
        "third-doubles-again",
        "fifth",
        "sixth-reaches-the-cap",
        "a-thousandth-stays-at-the-cap",
        "no-failures-counted-yet",
        "a-daily-feed-is-retried-within-six-hours",
        "retry-after-longer-than-the-back-off-wins",
        "retry-after-shorter-than-the-back-off-is-ignored",
        "retry-after-beyond-the-cap-is-held-to-six-hours",
    ],
)
def test_after_a_failure_the_wait_doubles_up_to_six_hours(
    interval: int, failures: int, retry_after: int | None, expected: timedelta
) -> None:
    assert wait_after_failure(interval, failures, retry_after) == expected


@given(
    st.integers(min_value=1, max_value=7 * DAY),  # a watchlist allows a week at most
    st.integers(min_value=0, max_value=10_000),
    st.none() | st.integers(min_value=0, max_value=30 * DAY),
)
def test_the_back_off_never_exceeds_six_hours_and_never_shrinks_as_failures_grow(
    interval: int, failures: int, retry_after: int | None
) -> None:
    wait = wait_after_failure(interval, failures, retry_after)
    next_wait = wait_after_failure(interval, failures + 1, retry_after)

    assert timedelta(0) < wait <= next_wait <= SIX_HOURS
    assert wait >= min(timedelta(seconds=interval), SIX_HOURS)
    if retry_after:
        assert wait >= min(timedelta(seconds=retry_after), SIX_HOURS)


@given(st.integers(min_value=1, max_value=30 * DAY), st.integers(min_value=1, max_value=10_000))
def test_a_failing_feed_is_never_given_up(interval: int, failures: int) -> None:
    assert next_poll_after_failure(NOW, interval, failures) > NOW


def test_the_next_poll_keeps_the_time_zone_it_was_handed() -> None:
    assert next_poll_after_success(NOW, HOUR).tzinfo is UTC
    assert next_poll_after_failure(NOW, HOUR, 3).tzinfo is UTC


# --- any number a server or a feed sends ----------------------------------------------

HUGE = st.integers(min_value=-(10**30), max_value=10**30)


@given(
    interval=st.integers(min_value=1, max_value=10**30),
    ttl=st.one_of(st.none(), HUGE),
    max_age=st.one_of(st.none(), HUGE),
    retry_after=st.one_of(st.none(), HUGE),
    jitter=st.floats(min_value=0, max_value=0.999),
)
def test_no_hint_however_absurd_breaks_the_schedule_or_silences_a_feed_past_the_bound(
    interval: int, ttl: int | None, max_age: int | None, retry_after: int | None, jitter: float
) -> None:
    hints = {"ttl_minutes": ttl, "max_age": max_age, "retry_after": retry_after}
    wait = next_poll_after_success(NOW, interval, **hints, jitter=jitter) - NOW
    assert timedelta(0) < wait <= MAX_WAIT


@given(
    interval=st.integers(min_value=1, max_value=10**30),
    failures=st.integers(min_value=0, max_value=10**6),
    retry_after=st.one_of(st.none(), HUGE),
)
def test_no_retry_after_however_absurd_breaks_the_back_off(
    interval: int, failures: int, retry_after: int | None
) -> None:
    assert timedelta(0) < wait_after_failure(interval, failures, retry_after) <= SIX_HOURS


def test_a_max_age_of_twenty_digits_waits_the_longest_a_hint_may_ask() -> None:
    assert wait_after_success(15 * MINUTE, max_age=10**20) == timedelta(hours=24)
    assert wait_after_failure(15 * MINUTE, 1, retry_after=10**20) == SIX_HOURS
