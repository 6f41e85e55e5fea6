"""Settings come from the environment handed in, and a bad value is refused, not guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.adapters.settings import load_settings
from monitor.errors import ConfigError


def test_without_any_setting_the_defaults_are_a_local_sqlite_file_and_watchlist() -> None:
    settings = load_settings({})

    assert settings.database_url == "sqlite:///monitor.db"
    assert settings.watchlist_path == Path("watchlist.yaml")
    assert settings.retry_base_seconds == 60.0


def test_the_environment_chooses_the_database_and_the_watchlist() -> None:
    settings = load_settings(
        {
            "MONITOR_DATABASE_URL": "postgresql+psycopg://monitor@db.internal/cases",
            "MONITOR_WATCHLIST": "/etc/case-monitor/watchlist.yaml",
            "MONITOR_RETRY_BASE_SECONDS": "0.5",
        }
    )

    assert settings.database_url == "postgresql+psycopg://monitor@db.internal/cases"
    assert settings.watchlist_path == Path("/etc/case-monitor/watchlist.yaml")
    assert settings.retry_base_seconds == 0.5


def test_the_watchlist_option_wins_over_the_environment() -> None:
    settings = load_settings({"MONITOR_WATCHLIST": "from-env.yaml"}, "from-option.yaml")

    assert settings.watchlist_path == Path("from-option.yaml")


@pytest.mark.parametrize(
    "name",
    ["MONITOR_DATABASE_URL", "MONITOR_WATCHLIST", "MONITOR_RETRY_BASE_SECONDS", "MONITOR_BASE_URL"],
)
@pytest.mark.parametrize("value", ["", "  "], ids=["empty", "blank"])
def test_an_empty_variable_means_the_default(name: str, value: str) -> None:
    assert load_settings({name: value}) == load_settings({})


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [("0", 0.0), ("2", 2.0), (" 1.5 ", 1.5), ("1e2", 100.0)],
    ids=["zero", "integer", "padded-fraction", "exponent"],
)
def test_the_retry_base_is_read_as_seconds(raw: str, seconds: float) -> None:
    assert load_settings({"MONITOR_RETRY_BASE_SECONDS": raw}).retry_base_seconds == seconds


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("soon", "is not a number"),
        ("60s", "is not a number"),
        ("-1", "must not be negative"),
        ("nan", "not a finite number"),
        ("inf", "not a finite number"),
    ],
    ids=["a-word", "with-a-unit", "negative", "not-a-number", "infinite"],
)
def test_a_bad_retry_base_is_refused_as_configuration(raw: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({"MONITOR_RETRY_BASE_SECONDS": raw})

    assert caught.value.exit_status == 2
    assert "MONITOR_RETRY_BASE_SECONDS" in str(caught.value)
    assert message in str(caught.value)


def test_the_process_environment_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    monkeypatch.setenv("MONITOR_RETRY_BASE_SECONDS", "not-a-number")

    settings = load_settings({})

    assert settings.database_url == "sqlite:///monitor.db"
    assert settings.retry_base_seconds == 60.0


@pytest.mark.parametrize(
    "name",
    ["MONITOR_RETRY_BASE_SECONDS", "MONITOR_RETRY_MAX_SECONDS", "MONITOR_RETRY_GIVE_UP_SECONDS"],
)
@pytest.mark.parametrize("raw", ["later", "-30", "nan"])
def test_every_delivery_delay_is_parsed_as_strictly(name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({name: raw})


def test_no_proxy_is_trusted_unless_listed() -> None:
    assert load_settings({}).trusted_proxies == ()
    listed = load_settings({"MONITOR_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8,::1"})
    assert [str(n) for n in listed.trusted_proxies] == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]


@pytest.mark.parametrize("raw", ["*", "proxy.local", "10.0.0.1/8", "127.0.0.1,", "10.0.0.0/33"])
def test_a_trusted_proxy_that_is_no_address_or_network_is_refused(raw: str) -> None:
    with pytest.raises(ConfigError, match="MONITOR_TRUSTED_PROXIES") as caught:
        load_settings({"MONITOR_TRUSTED_PROXIES": raw})
    assert caught.value.exit_status == 2
