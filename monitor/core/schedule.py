"""When to poll a feed next: after a success, the feed's interval stretched by the
server's hints; after a failure, an exponential back-off that never gives up."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=6)
MAX_HINT = timedelta(hours=24)  # a server's hint never silences a feed longer than a day


def next_poll_after_success(
    now: datetime,
    interval_seconds: int,
    *,
    ttl_minutes: int | None = None,
    max_age: int | None = None,
    retry_after: int | None = None,
) -> datetime:
    """The interval, or longer when the feed's ttl, Cache-Control or Retry-After ask for it."""
    hints = [timedelta(seconds=interval_seconds)]
    if ttl_minutes:
        hints.append(timedelta(minutes=ttl_minutes))
    for seconds in (max_age, retry_after):
        if seconds:
            hints.append(timedelta(seconds=seconds))
    wait = max(hints)
    return now + min(wait, max(MAX_HINT, timedelta(seconds=interval_seconds)))


def next_poll_after_failure(
    now: datetime,
    interval_seconds: int,
    consecutive_failures: int,
    *,
    retry_after: int | None = None,
) -> datetime:
    """Interval × 2^(failures − 1), capped at six hours; a Retry-After within the cap wins."""
    exponent = min(max(consecutive_failures - 1, 0), 16)
    backoff = min(timedelta(seconds=interval_seconds) * 2**exponent, MAX_BACKOFF)
    if retry_after:
        backoff = max(backoff, min(timedelta(seconds=retry_after), MAX_BACKOFF))
    return now + backoff
