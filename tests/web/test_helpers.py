"""The review UI's pure helpers: the login limiter, safe redirects, article marking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.app.web.auth import LoginPolicy, hash_password, password_matches, safe_next
from monitor.app.web.render import Run, href, mark_article, redact, runs
from monitor.core.scan import MAX_MENTIONS

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_an_account_gets_five_attempts_then_one_per_doubling_delay() -> None:
    throttle = LoginPolicy().account
    assert throttle.wait(0, None, T0) == timedelta(0)
    assert throttle.wait(4, T0, T0) == timedelta(0)
    assert throttle.wait(5, T0, T0) == timedelta(seconds=30)
    assert throttle.wait(5, T0, T0 + timedelta(seconds=20)) == timedelta(seconds=10)
    assert throttle.wait(5, T0, T0 + timedelta(seconds=30)) == timedelta(0)
    assert throttle.wait(6, T0, T0) == timedelta(minutes=1)
    assert throttle.wait(9, T0, T0) == timedelta(minutes=8)
    assert throttle.wait(10, T0, T0) == timedelta(minutes=15)  # the longest delay
    assert throttle.wait(10_000, T0, T0) == timedelta(minutes=15)


def test_a_count_left_alone_for_a_day_starts_again() -> None:
    throttle = LoginPolicy().account
    assert throttle.wait(9, T0, T0 + timedelta(days=1)) == timedelta(0)
    assert throttle.next_count(9, T0, T0 + timedelta(days=1)) == 1
    assert throttle.next_count(9, T0, T0 + timedelta(hours=23)) == 10
    assert throttle.next_count(0, None, T0) == 1


def test_a_password_matches_only_its_own_hash() -> None:
    stored = hash_password("correct horse")
    assert password_matches(stored, "correct horse")
    assert not password_matches(stored, "correct horsE")
    assert not password_matches(None, "correct horse")
    assert not password_matches("not a hash", "correct horse")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/matches?person=a&page=2", "/matches?person=a&page=2"),
        ("/", "/"),
        (None, "/"),
        ("matches", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/x", "/"),
        ("/ok\r\nLocation: x", "/"),
    ],
)
def test_safe_next_keeps_local_paths_only(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected


def test_only_http_links_become_link_targets() -> None:
    assert href("https://news.example.org/a") == "https://news.example.org/a"
    assert href("javascript:alert(1)") is None and href("file:///etc/passwd") is None


def test_an_article_is_cut_into_marked_runs_that_join_back_to_the_text() -> None:
    title, text = "Kozlov freed", "Vladimir Kozlov was freed today. He thanked supporters."
    mentions = [{"start": 0, "end": 6}, {"start": 14, "end": 29}, {"start": 999, "end": 1000}]
    marked = mark_article(title, text, mentions, ["Vladimir Kozlov was freed today."])
    assert "".join(r.text for r in marked.title) == title
    assert "".join(r.text for r in marked.body) == text
    assert marked.title[0] == Run("Kozlov", mention=True)
    assert marked.body[:3] == [
        Run("Vladimir Kozlov", mention=True, evidence=True),
        Run(" was freed today.", evidence=True),
        Run(" He thanked supporters."),
    ]
    assert marked.evidence_found
    assert not mark_article(title, text, [], ["not in the text"]).evidence_found


def test_error_text_shown_in_pages_keeps_no_url_path_or_credentials() -> None:
    shown = redact(
        "https://hooks.slack.com/services/T0/B0/SECRET: HTTP 500; "
        "smtp://alerts:hunter2@mail.example.org:587 refused (see http://x.org)"
    )
    assert "SECRET" not in shown and "hunter2" not in shown
    assert shown == (
        "https://hooks.slack.com/…: HTTP 500; smtp://mail.example.org:587/… refused "
        "(see http://x.org/…)"
    )


@pytest.mark.slow(reason="marks 20,000 mentions: seconds of CPU")
def test_20000_mentions_on_a_long_text_are_marked_in_one_pass() -> None:
    """The marking walks the sorted span boundaries once: 20,000 mentions over 1.7 MB come
    back as exactly their runs (the old one compared every cut with every span)."""
    sentence = "Vladimir Kozlov spoke about the harvest in the northern region again. "
    full = sentence * 20_000  # 1.4 MB, 20,000 mentions
    size = len("Vladimir Kozlov")
    spans = [(i * len(sentence), i * len(sentence) + size) for i in range(20_000)]
    evidence = [(len(sentence) * 5, len(sentence) * 6)]
    found = runs(full, 0, len(full), spans, evidence)
    assert "".join(r.text for r in found) == full
    marked = [r for r in found if r.mention]
    assert len(marked) == 20_000 and {r.text for r in marked} == {"Vladimir Kozlov"}
    assert [r.text for r in found if r.evidence] == ["Vladimir Kozlov", sentence[size:]]
    assert len(found) == 40_000


def test_overlapping_and_outlying_spans_mark_exactly_what_they_cover() -> None:
    full = "abcdefghij"
    found = runs(full, 2, 8, [(0, 4), (3, 6), (9, 12)], [(5, 9)])
    assert [(r.text, r.mention, r.evidence) for r in found] == [
        ("c", True, False),
        ("d", True, False),
        ("e", True, False),
        ("f", True, True),
        ("gh", False, True),
    ]


def test_a_match_stored_with_thousands_of_mentions_marks_only_the_first_ones() -> None:
    text = "Kozlov. " * 5_000
    mentions = [{"start": 8 + i * 8, "end": 8 + i * 8 + 6} for i in range(5_000)]
    marked = mark_article("Kozlov", text, mentions, [])
    assert sum(r.mention for r in marked.body) == MAX_MENTIONS
