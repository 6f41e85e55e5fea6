"""Masking secrets and neutralising terminal controls: the one function every output uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.redact import redact, secrets_of, terminal_text

MASKED = [
    (
        "postgresql+psycopg://monitor:hunter22@db.internal/monitor",
        "postgresql+psycopg://monitor:***@db.internal/monitor",
    ),
    (
        "https://news.example.org/rss?q=court&api_key=abc123",
        "https://news.example.org/rss?q=court&api_key=***",
    ),
    (
        "https://news.example.org/rss?API-Key=abc&Access_Token=def&sig=ghi&x_api_key=jkl",
        "https://news.example.org/rss?API-Key=***&Access_Token=***&sig=***&x_api_key=***",
    ),
    (
        "https://news.example.org/rss#access_token=abc",
        "https://news.example.org/rss#access_token=***",
    ),
    ("https://reader:s3cret@news.example.org/rss", "https://reader:***@news.example.org/rss"),
    ("https://ghp_tokentoken@git.example.org/feed", "https://***@git.example.org/feed"),
    ("smtp://alerts:pa/ss@mail.example.org:587", "smtp://alerts:***@mail.example.org:587"),
    ("smtp://alerts:pa?ss#w@mail.example.org", "smtp://alerts:***@mail.example.org"),
    (
        "the feed 'https://u:p@h.example/x?token=t' answered 403",
        "the feed 'https://u:***@h.example/x?token=***' answered 403",
    ),
]
KEPT = [
    "sqlite:///monitor.db",
    "https://news.example.org/rss?q=court&page=2",
    "https://medium.example.org/@someone/a-story",
    "Vladimir Kozlov was released on Monday",
    "write to alerts@example.org",
]


@pytest.mark.parametrize(("text", "shown"), MASKED, ids=[shown for _, shown in MASKED])
def test_credentials_and_secret_parameters_are_masked(text: str, shown: str) -> None:
    assert redact(text) == shown


@pytest.mark.parametrize("text", KEPT)
def test_text_without_secrets_is_kept_as_it_is(text: str) -> None:
    assert redact(text) == text


def test_values_from_the_environment_are_masked_wherever_they_stand() -> None:
    secrets = secrets_of(["private-feed-token", "k3y/with+slash", "smtp://me:n0t/short@mx"])
    text = (
        "GET https://news.example.org/private-feed-token/rss failed; "
        "https://news.example.org/rss?q=k3y%2Fwith%2Bslash too; password n0t/short"
    )

    shown = redact(text, secrets)

    assert "private-feed-token" not in shown
    assert "k3y%2Fwith%2Bslash" not in shown
    assert "n0t/short" not in shown
    assert shown.startswith("GET https://news.example.org/***/rss failed")


def test_a_url_from_the_environment_still_names_its_server() -> None:
    hook, mail, bot = "https://hooks.example.org/T0K3N/B4R", "smtp://mx:25", "tgram://b0t-k3y/42"
    secrets = secrets_of([hook, mail, bot])

    shown = redact(f"POST {hook}; {mail}; {bot}", secrets)

    assert shown == "POST https://hooks.example.org***; smtp://mx:25; ***"  # a bot's host: a key


def test_a_short_value_is_not_masked_in_every_sentence() -> None:
    assert redact("the court met", secrets_of(["court"])) == "the court met"


@given(st.text())
def test_masking_twice_is_masking_once(text: str) -> None:
    once = redact(text, {"s3cr3t-value"})
    assert redact(once, {"s3cr3t-value"}) == once


TERMINAL = [
    ("Kozlov\x1b]0;pwned\x07 freed", "Kozlov freed"),
    ("\x1b[2JKozlov freed", "Kozlov freed"),
    ("Kozlov\r\nfreed", "Kozlov freed"),
    ("Kozlov\x9b31m freed\x7f", "Kozlov freed"),
    ("Kozlov \u202eeerf\u202c", "Kozlov eerf"),
    ("Kozlov\u2028freed\x00", "Kozlov freed"),
]


@pytest.mark.parametrize(("text", "shown"), TERMINAL, ids=[repr(t) for t, _ in TERMINAL])
def test_terminal_text_has_no_escape_sequence_control_or_bidi_override(
    text: str, shown: str
) -> None:
    assert terminal_text(text) == shown


@given(st.text())
def test_terminal_text_never_holds_a_control_character(text: str) -> None:
    shown = terminal_text(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert not any(c in shown for c in "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2069")
