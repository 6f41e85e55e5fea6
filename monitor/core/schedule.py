"""When to act next.

Feeds: after a success, the feed's interval stretched by the server's hints;
after a failure, an exponential back-off that never gives up.
Deliveries: exponential back-off with jitter, capped, giving up after a while;
digests at a local time of day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from monitor.core.watchlist import MAX_INTERVAL_SECONDS

MAX_BACKOFF = timedelta(hours=6)
GONE_RECHECK = timedelta(days=7)  # how often a feed whose server said 410 Gone is tried
MAX_HINT = timedelta(hours=24)  # a server's hint never silences a feed longer than a day
# the longest any feed waits for its next poll, whatever a server says (a max-age of 10^20
# seconds does not even fit in a timedelta): the longest interval a watchlist may set.
# Adapters clamp the numbers they read from servers to it too.
MAX_WAIT_SECONDS = MAX_INTERVAL_SECONDS
MAX_WAIT = timedelta(seconds=MAX_WAIT_SECONDS)


def bounded(seconds: int | float) -> timedelta:
    """``seconds`` as a timedelta within [0, MAX_WAIT], for any number a server sends."""
    return timedelta(seconds=min(max(seconds, 0), MAX_WAIT_SECONDS))


def next_poll_after_success(
    now: datetime,
    interval_seconds: int,
    *,
    ttl_minutes: int | None = None,
    max_age: int | None = None,
    retry_after: int | None = None,
    jitter: float = 0.0,
) -> datetime:
    """The interval, or longer when the feed's ttl, Cache-Control or Retry-After ask for it.

    ``jitter`` in [0, 1) adds up to a tenth of the interval, so feeds polled together
    drift apart instead of all coming due in the same second."""
    interval = bounded(interval_seconds)
    hints = [interval]
    if ttl_minutes:
        hints.append(bounded(min(ttl_minutes, MAX_WAIT_SECONDS) * 60))
    for seconds in (max_age, retry_after):
        if seconds:
            hints.append(bounded(seconds))
    wait = min(max(hints), max(MAX_HINT, interval))
    return now + min(wait + interval * (0.1 * jitter), MAX_WAIT)


def next_poll_after_failure(
    now: datetime,
    interval_seconds: int,
    consecutive_failures: int,
    *,
    retry_after: int | None = None,
    gone: bool = False,
) -> datetime:
    """Interval × 2^(failures − 1), capped at six hours; a Retry-After within the cap wins.
    A feed gone for good (HTTP 410) is checked once a week, in case it comes back."""
    if gone:
        return now + GONE_RECHECK
    exponent = min(max(consecutive_failures - 1, 0), 16)
    backoff = min(bounded(interval_seconds) * (1 << exponent), MAX_BACKOFF)
    if retry_after:
        backoff = max(backoff, min(bounded(retry_after), MAX_BACKOFF))
    return now + backoff


@dataclass(frozen=True)
class RetryPolicy:
    """Deliveries back off exponentially from ``base``, capped, and give up after a while."""

    base: timedelta = timedelta(seconds=60)
    cap: timedelta = timedelta(hours=1)
    give_up_after: timedelta = timedelta(hours=48)


def next_attempt_after_failure(
    policy: RetryPolicy, first_queued: datetime, now: datetime, attempts: int, jitter: float
) -> datetime | None:
    """When to try a delivery again after ``attempts`` failures, or None to give up.

    ``jitter`` in [0, 1) spreads retries so that many deliveries failing together
    do not all come back at once (up to a quarter of the delay is added).
    """
    exponent = min(max(attempts - 1, 0), 30)
    delay = min(policy.base * (1 << exponent), policy.cap)
    retry_at = now + delay + delay * (0.25 * jitter)
    if retry_at - first_queued > policy.give_up_after:
        return None
    return retry_at


def next_digest_at(now: datetime, at: time, zone: str) -> datetime:
    """The next moment the clock in ``zone`` shows ``at`` (strictly after ``now``), in UTC."""
    local_now = now.astimezone(ZoneInfo(zone))
    candidate = datetime.combine(local_now.date(), at, tzinfo=ZoneInfo(zone))
    if candidate <= local_now:
        candidate = datetime.combine(
            local_now.date() + timedelta(days=1), at, tzinfo=ZoneInfo(zone)
        )
    return candidate.astimezone(UTC)
