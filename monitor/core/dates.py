"""Which dates the monitor believes.

A feed says when an item was published, and an article says when things
happened; either can be wrong. An item dated 2099 that says "X was released"
would otherwise set X ``free since 2099-12-28``, and no later news could
change that (an event older than the last change never overrides it). So:

- a published date more than ``FUTURE_TOLERANCE`` after the fetch, or before
  ``EARLIEST``, is not trusted: the item is dated at its fetch time
  (``trusted_published(2099-12-28, fetched 2026-03-02)`` → 2026-03-02);
- an event's date after the article's (trusted) date plus ``FUTURE_TOLERANCE``
  is not trusted either, and no event time is ever later than the moment it is
  recorded (``event_time``): a status is never set in the future.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

FUTURE_TOLERANCE = timedelta(days=1)  # clocks and time zones: a feed may run a little ahead
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # no news feed dates an item before this
# An event older than this is history, whatever the tense it is told in: by the time it is
# recorded (``status.is_news``), and, measured in whole days, by its article's date
# (``dating.recency``: a day named in a text is not a moment, so it gets one day's grace).
NEWS_WINDOW = timedelta(days=30)
NEWS_WINDOW_IN_DAYS = NEWS_WINDOW + timedelta(days=1)


def is_trusted(claimed: datetime, reference: datetime) -> bool:
    """Whether ``claimed`` is a believable date for something seen at ``reference``."""
    return claimed >= EARLIEST and claimed - reference <= FUTURE_TOLERANCE


def trusted_published(claimed: datetime | None, fetched_at: datetime) -> datetime:
    """The date an item is filed under: the feed's, when believable, else its fetch time."""
    if claimed is None or not is_trusted(claimed, fetched_at):
        return fetched_at
    return claimed


def event_time(day: date | None, published: datetime | None, recorded_at: datetime) -> datetime:
    """When an event happened: its own day when the text gives a believable one, else the
    article's trusted date; never later than ``recorded_at``."""
    reference = trusted_published(published, recorded_at)
    when = reference
    if day is not None:
        dated = datetime.combine(day, time(0), tzinfo=UTC)
        if dated - reference <= FUTURE_TOLERANCE:
            when = dated
    return min(when, recorded_at)
