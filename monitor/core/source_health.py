"""Source health: when to tell the admin route that a feed is down, silent, or back.

A feed is *failing* once its passes have failed without a break for ``failing_after``
(24 hours by default), and *silent* once it has answered without a new entry for
``silent_after`` (7 days by default; a new feed counts from when it was added). The
admin route hears of each such state once, and once more when the feed recovers.
A feed whose server answered 410 Gone is *gone* at once: that is permanent (it is then
polled once a week, in case it comes back).
A short run of failures neither raises nor clears an alert: a silent feed that also
fails for an hour is still just silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class SourceState(StrEnum):
    OK = "ok"
    FAILING = "failing"
    SILENT = "silent"
    GONE = "gone"


@dataclass(frozen=True)
class SourceHealthRules:
    route: str | None = None  # `source_health.route`: a route told, as with `feed_health: true`
    failing_after: timedelta = timedelta(hours=24)
    silent_after: timedelta = timedelta(days=7)


@dataclass(frozen=True)
class SourceFacts:
    """What the database knows about one feed's health."""

    failing_since: datetime | None  # the first failed pass of the current run; None if the
    # last pass succeeded
    last_new_entry_at: datetime | None
    watched_since: datetime  # when the feed was added
    alerted: SourceState  # what the admin route was last told
    gone: bool = False  # the last pass was answered 410 Gone


def assess(facts: SourceFacts, rules: SourceHealthRules, now: datetime) -> SourceState:
    """The feed's state now (a failure shorter than ``failing_after`` keeps the old one)."""
    if facts.gone:
        return SourceState.GONE
    if facts.failing_since is not None:
        if now - facts.failing_since >= rules.failing_after:
            return SourceState.FAILING
        return facts.alerted  # failing, but not for long enough to change anything
    last_news = facts.last_new_entry_at or facts.watched_since
    if now - last_news >= rules.silent_after:
        return SourceState.SILENT
    return SourceState.OK


def source_alert(facts: SourceFacts, rules: SourceHealthRules, now: datetime) -> SourceState | None:
    """The state to alert the admin route about, or None when it already knows."""
    state = assess(facts, rules, now)
    return None if state == facts.alerted else state


def describe(
    state: SourceState,
    previous: SourceState,
    facts: SourceFacts,
    now: datetime,
    error: str | None = None,
) -> str:
    """One line for the alert: what happened to the feed, since when."""
    if state is SourceState.FAILING:
        since = facts.failing_since or now
        why = f" ({error})" if error else ""
        return f"every poll has failed since {since:%Y-%m-%d %H:%M} UTC{why}"
    if state is SourceState.GONE:
        return (
            "the server says the feed is gone for good (HTTP 410): it is now tried once a "
            "week; replace its URL or remove it from the watchlist"
        )
    if state is SourceState.SILENT:
        if facts.last_new_entry_at is None:
            return f"no entry at all since it was added on {facts.watched_since:%Y-%m-%d}"
        return f"no new entry since {facts.last_new_entry_at:%Y-%m-%d %H:%M} UTC"
    was = str(previous) if previous is not SourceState.OK else "silent"
    return f"recovered: it was {was}, and polls fine again as of {now:%Y-%m-%d %H:%M} UTC"
