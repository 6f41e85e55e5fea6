"""Source health: the admin route hears once when a feed fails for a day or goes silent,
and once more when it recovers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.core.source_health import (
    SourceFacts,
    SourceHealthRules,
    SourceState,
    assess,
    describe,
    source_alert,
)
from monitor.core.watchlist import parse_watchlist

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
RULES = SourceHealthRules("admin")  # 24 h failing, 7 days silent
OK, FAILING, SILENT = SourceState.OK, SourceState.FAILING, SourceState.SILENT
HOUR, DAY = timedelta(hours=1), timedelta(days=1)


def facts(
    *,
    failing_for: timedelta | None = None,
    news_ago: timedelta | None = HOUR,
    added_ago: timedelta = 30 * DAY,
    alerted: SourceState = OK,
) -> SourceFacts:
    return SourceFacts(
        failing_since=NOW - failing_for if failing_for is not None else None,
        last_new_entry_at=NOW - news_ago if news_ago is not None else None,
        watched_since=NOW - added_ago,
        alerted=alerted,
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (facts(), None),
        (facts(failing_for=23 * HOUR), None),
        (facts(failing_for=24 * HOUR), FAILING),
        (facts(failing_for=3 * DAY, alerted=FAILING), None),
        (facts(alerted=FAILING), OK),
        (facts(news_ago=7 * DAY), SILENT),
        (facts(news_ago=6 * DAY), None),
        (facts(news_ago=8 * DAY, alerted=SILENT), None),
        (facts(alerted=SILENT), OK),
        (facts(news_ago=None, added_ago=8 * DAY), SILENT),
        (facts(news_ago=None, added_ago=2 * DAY), None),
        (facts(news_ago=10 * DAY, failing_for=HOUR), None),
        (facts(news_ago=10 * DAY, failing_for=HOUR, alerted=SILENT), None),
        (facts(news_ago=10 * DAY, failing_for=2 * DAY, alerted=SILENT), FAILING),
        (facts(news_ago=10 * DAY, alerted=FAILING), SILENT),
        (facts(failing_for=HOUR, alerted=FAILING), None),
    ],
    ids=[
        "a-healthy-feed-raises-nothing",
        "failing-for-23-hours-is-not-yet-news",
        "failing-for-24-hours-alerts",
        "a-failing-feed-alerts-once",
        "a-failing-feed-that-answers-again-recovers",
        "silent-for-7-days-alerts",
        "silent-for-6-days-is-not-yet-news",
        "a-silent-feed-alerts-once",
        "a-silent-feed-with-news-recovers",
        "a-new-feed-with-no-entry-in-7-days-is-silent",
        "a-new-feed-gets-its-7-days",
        "a-short-failure-does-not-make-it-silent",
        "a-short-failure-does-not-clear-silence",
        "a-long-failure-of-a-silent-feed-alerts",
        "a-feed-back-from-failing-but-still-silent-says-so",
        "failing-again-shortly-after-an-alert-stays-failing",
    ],
)
def test_the_admin_route_hears_of_each_change_once(
    given: SourceFacts, expected: SourceState | None
) -> None:
    assert source_alert(given, RULES, NOW) == expected


def test_thresholds_come_from_the_rules() -> None:
    quick = SourceHealthRules("admin", failing_after=HOUR, silent_after=DAY)
    assert assess(facts(failing_for=HOUR), quick, NOW) is FAILING
    assert assess(facts(news_ago=DAY), quick, NOW) is SILENT


def test_descriptions_say_what_happened_and_since_when() -> None:
    failing = facts(failing_for=2 * DAY)
    assert describe(FAILING, OK, failing, NOW, "http_5xx: HTTP 503") == (
        "every poll has failed since 2026-11-29 09:00 UTC (http_5xx: HTTP 503)"
    )
    assert describe(SILENT, OK, facts(news_ago=9 * DAY), NOW) == (
        "no new entry since 2026-11-22 09:00 UTC"
    )
    assert describe(SILENT, OK, facts(news_ago=None), NOW) == (
        "no entry at all since it was added on 2026-11-01"
    )
    assert describe(OK, FAILING, facts(), NOW).startswith("recovered: it was failing")


PEOPLE = {"people": [{"id": "kozlov-vladimir", "name": "Vladimir Kozlov"}]}
ADMIN = {"alerts": [{"name": "admin", "webhook": {"url": "https://ops.example.org/hook"}}]}


def test_the_watchlist_names_the_admin_route_and_the_thresholds() -> None:
    data = (
        PEOPLE
        | ADMIN
        | {"source_health": {"route": "admin", "failing_after": "36h", "silent_after": "14d"}}
    )
    watchlist, problems = parse_watchlist(data, environ={})
    assert problems == []
    assert watchlist is not None
    assert watchlist.source_health == SourceHealthRules("admin", 36 * HOUR, 14 * DAY)
    watchlist, _ = parse_watchlist(
        PEOPLE | ADMIN | {"source_health": {"route": "admin"}}, environ={}
    )
    assert watchlist is not None and watchlist.source_health == SourceHealthRules("admin")
    watchlist, _ = parse_watchlist(PEOPLE, environ={})
    assert watchlist is not None and watchlist.source_health is None


def test_a_bad_source_health_setting_is_refused_with_its_location() -> None:
    data = (
        PEOPLE
        | ADMIN
        | {
            "source_health": {
                "route": "ops",
                "failing_after": "soon",
                "silent_after": "400d",
                "silence": "7d",
            }
        }
    )
    _, problems = parse_watchlist(data, environ={})
    assert [str(p) for p in problems] == [
        "source_health.silence: unknown key (allowed: failing_after, route, silent_after)",
        "source_health.route: no alert route named 'ops' (routes: admin)",
        "source_health.failing_after: 'soon' is not a duration (e.g. 24h, 7d)",
        "source_health.silent_after: '400d' is longer than 365 days",
    ]


def test_a_feed_gone_for_good_is_gone_at_once_and_told_once() -> None:
    gone = SourceFacts(
        failing_since=NOW,
        last_new_entry_at=NOW - HOUR,
        watched_since=NOW - DAY,
        alerted=OK,
        gone=True,
    )
    assert source_alert(gone, RULES, NOW) is SourceState.GONE  # no day of failures first
    told = SourceFacts(**{**gone.__dict__, "alerted": SourceState.GONE})
    assert source_alert(told, RULES, NOW + 3 * DAY) is None
    assert "HTTP 410" in describe(SourceState.GONE, OK, gone, NOW)
    assert describe(OK, SourceState.GONE, facts(), NOW).startswith("recovered: it was gone")
