"""`monitor users ...` and `monitor web` (tokens: test_tokens.py)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import extract_parameters, profiles
from sqlalchemy import select

from monitor.adapters.db import accounts
from monitor.adapters.db.session import open_database
from monitor.adapters.db.tables import UserRow, WebSessionRow
from monitor.app.cli import build_parser, main
from monitor.app.web.auth import password_matches
from tests.web.conftest import REAL_HASHER


@pytest.fixture(autouse=True)
def commands_here(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands run in an empty folder (they need no watchlist) on ``database_url``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)


def test_users_add_reads_the_password_from_stdin_and_stores_an_argon2_hash(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-enough\n"))
    assert main(["users", "add", "dana"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("another-one\n"))
    assert main(["users", "add", "dana"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "add", "erlan"]) == 2
    out, err = capsys.readouterr()
    assert "s3cret" not in out + err and "exists already" in err and "at least 8" in err
    database = open_database(database_url)
    with database.transaction() as session:
        [user] = session.scalars(select(UserRow)).all()
    database.dispose()
    assert user.name == "dana" and user.password_hash.startswith("$argon2id$")


def test_passwords_are_hashed_at_argon2s_recommended_cost() -> None:
    """The review UI's hasher (the other tests use a cheap one) has RFC 9106's parameters."""
    assert extract_parameters(REAL_HASHER.hash("a password")) == profiles.RFC_9106_LOW_MEMORY


def test_users_passwd_disable_and_enable_end_the_users_sessions(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first-password\n"))
    assert main(["users", "add", "dana"]) == 0
    database = open_database(database_url)
    now = datetime.now(UTC)

    def logged_in() -> bool:
        with database.transaction() as session:
            return accounts.find_session(session, "cookie-hash", now) is not None

    def log_in() -> None:
        with database.transaction() as session:
            user = accounts.find_user(session, "dana")
            assert user is not None
            accounts.start_session(
                session, user.id, "cookie-hash", "csrf", now, now + timedelta(hours=1)
            )

    try:
        log_in()
        monkeypatch.setattr("sys.stdin", io.StringIO("second-password\n"))
        assert main(["users", "passwd", "dana"]) == 0
        with database.transaction() as session:
            user = accounts.find_user(session, "dana")
        assert user is not None and password_matches(user.password_hash, "second-password")
        assert not password_matches(user.password_hash, "first-password")
        assert not logged_in()
        log_in()
        assert main(["users", "disable", "dana"]) == 0
        with database.transaction() as session:
            assert session.scalars(select(WebSessionRow)).all() == []  # ended, not only refused
        assert main(["users", "list"]) == 0
        assert "dana\tdisabled\tlast login never" in capsys.readouterr().out
        assert main(["users", "enable", "dana"]) == 0
        with database.transaction() as session:
            user = accounts.find_user(session, "dana")
        assert user is not None and not user.disabled
        assert main(["users", "passwd", "nobody"]) == 1
        assert main(["users", "disable"]) == 2
    finally:
        database.dispose()
    assert "no user 'nobody'" in capsys.readouterr().err


def test_monitor_web_listens_on_127_0_0_1_port_8080_unless_told() -> None:
    args = build_parser().parse_args(["web"])
    assert (args.host, args.port) == ("127.0.0.1", 8080)
    args = build_parser().parse_args(["web", "--host", "0.0.0.0", "--port", "9000"])
    assert (args.host, args.port) == ("0.0.0.0", 9000)


def test_a_user_added_meanwhile_is_refused_without_failing_the_transaction(
    database_url: str,
) -> None:
    database = open_database(database_url)
    now = datetime.now(UTC)
    try:
        with database.transaction() as session:
            first = accounts.add_user(session, "dana", "hash-1", now)
            assert accounts.add_user(session, "dana", "hash-2", now) is None
            assert accounts.add_user(session, "erlan", "hash-3", now) is not None
        with database.transaction() as session:
            user = accounts.find_user(session, "dana")
    finally:
        database.dispose()
    assert first is not None and user is not None and user.password_hash == "hash-1"
