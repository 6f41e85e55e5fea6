"""API tokens: `monitor tokens create NAME --owner USER [--expires ...]`, `list` and
`revoke NAME`, and what the API does with a revoked, expired or disowned token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from monitor.adapters.db.session import Database, alembic_config, open_database
from monitor.adapters.db.tables import ApiTokenRow, UserRow
from monitor.app.cli import main
from monitor.app.web.app import create_app
from monitor.app.web.auth import token_hash
from tests.web.conftest import USER, Site


def tokens(args: list[str], site: Site, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["tokens", *args, "--watchlist", str(site.watchlist)])
    out, err = capsys.readouterr()
    return status, out + err


def new_token(site: Site, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The token that `monitor tokens create ARGS` prints on standard output."""
    capsys.readouterr()
    status = main(["tokens", "create", *args, "--watchlist", str(site.watchlist)])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out.strip()


def answers(database: Database, token: str, clock_shift: timedelta = timedelta(0)) -> int:
    """The API's status for ``token``, on a clock ``clock_shift`` ahead."""
    app = create_app(database, clock=lambda: datetime.now(UTC) + clock_shift)
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as client:
        return client.get("/api/matches").status_code


def test_a_new_token_is_printed_once_has_an_owner_and_only_its_hash_is_stored(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    token = new_token(site, capsys, "newsroom", "--owner", USER)
    assert token.startswith("cm_") and len(token) > 40
    with site.database.transaction() as session:
        row = session.scalars(select(ApiTokenRow).where(ApiTokenRow.name == "newsroom")).one()
        owner = session.get(UserRow, row.owner_id)
    assert owner is not None and owner.name == USER
    assert row.token_hash == token_hash(token) and token not in row.token_hash
    assert answers(site.database, token) == 200


def test_a_second_token_of_the_same_name_is_refused_with_exit_2(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = tokens(["create", "tests", "--owner", USER], site, capsys)
    assert status == 2 and "a token named 'tests' exists already" in out
    assert tokens(["revoke", "tests"], site, capsys)[0] == 0
    status, out = tokens(["create", "tests", "--owner", USER], site, capsys)
    assert status == 2 and "exists already" in out  # a revoked token keeps its name
    with site.database.transaction() as session:
        assert len(session.scalars(select(ApiTokenRow)).all()) == 1


def test_a_token_needs_an_owner_who_exists(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = tokens(["create", "ownerless"], site, capsys)
    assert status == 2 and "--owner USER" in out
    status, out = tokens(["create", "ownerless", "--owner", "nobody"], site, capsys)
    assert status == 2 and "'nobody': no such user" in out
    with site.database.transaction() as session:
        assert [r.name for r in session.scalars(select(ApiTokenRow))] == ["tests"]


def test_the_list_shows_name_owner_dates_and_state_but_never_a_token(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = new_token(site, capsys, "dashboard", "--owner", USER, "--expires", "90d")
    gone = new_token(site, capsys, "old-script", "--owner", USER)
    assert tokens(["revoke", "old-script"], site, capsys) == (0, "token 'old-script' revoked\n")
    assert answers(site.database, site.token) == 200  # "tests" has been used
    status, out = tokens(["list"], site, capsys)
    assert status == 0
    header, *lines = out.splitlines()
    assert header.split() == ["name", "owner", "created", "expires", "last_used", "state"]
    rows = {line.split()[0]: line.split() for line in lines}
    assert set(rows) == {"tests", "dashboard", "old-script"}
    in_90_days = (datetime.now(UTC) + timedelta(days=90)).date().isoformat()
    assert rows["dashboard"][1] == USER and rows["dashboard"][3].startswith(in_90_days)
    assert rows["dashboard"][4:] == ["never", "active"]
    assert rows["tests"][3] == "never" and rows["tests"][4] != "never"
    assert rows["old-script"][5] == "revoked"
    assert kept not in out and gone not in out and site.token not in out


def test_revoking_a_token_that_does_not_exist_fails(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = tokens(["revoke", "nothing-here"], site, capsys)
    assert status == 1 and "no token named 'nothing-here'" in out
    assert tokens(["revoke"], site, capsys)[0] == 2


@pytest.mark.parametrize(
    ("expires", "problem"),
    [
        ("2001-01-01", "in the past"),
        ("soon", "neither a duration"),
        ("0d", "positive"),
        ("90x", "neither a duration"),
    ],
)
def test_an_expiry_is_a_duration_or_a_date_to_come(
    site: Site, capsys: pytest.CaptureFixture[str], expires: str, problem: str
) -> None:
    status, out = tokens(["create", "x", "--owner", USER, "--expires", expires], site, capsys)
    assert status == 2 and problem in out


def test_the_api_refuses_a_revoked_token(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    token = new_token(site, capsys, "laptop", "--owner", USER)
    assert answers(site.database, token) == 200
    assert tokens(["revoke", "laptop"], site, capsys)[0] == 0
    assert answers(site.database, token) == 401
    assert answers(site.database, site.token) == 200  # the others still work


def test_the_api_refuses_an_expired_token(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    token = new_token(site, capsys, "for-a-day", "--owner", USER, "--expires", "24h")
    assert answers(site.database, token, clock_shift=timedelta(hours=23)) == 200
    assert answers(site.database, token, clock_shift=timedelta(hours=25)) == 401
    date = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    dated = new_token(site, capsys, "until-a-date", "--owner", USER, "--expires", date)
    assert answers(site.database, dated, clock_shift=timedelta(days=1)) == 200
    assert answers(site.database, dated, clock_shift=timedelta(days=4)) == 401


def test_disabling_the_owner_stops_the_token_and_enabling_restores_it(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["users", "disable", USER, "--watchlist", str(site.watchlist)]) == 0
    assert answers(site.database, site.token) == 401
    assert "owner disabled" in tokens(["list"], site, capsys)[1]
    assert main(["users", "enable", USER, "--watchlist", str(site.watchlist)]) == 0
    assert answers(site.database, site.token) == 200


def test_a_token_made_before_owners_keeps_working_until_revoked(
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A database at 0008 with two tokens of one name: after migrating, both still work,
    the later one renamed, and revoking one by its name stops it."""
    old = open_database(database_url, upgrade=False)
    with old.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
        created = datetime(2026, 11, 1, tzinfo=UTC)
        for secret in ("cm_first", "cm_second"):
            connection.execute(
                insert(ApiTokenRow.__table__).values(  # the columns of 0008 only
                    name="ci", token_hash=token_hash(secret), created_at=created
                )
            )
    old.dispose()
    database = open_database(database_url)
    try:
        with database.transaction() as session:
            names = sorted(r.name for r in session.scalars(select(ApiTokenRow)))
        assert names[0] == "ci" and names[1].startswith("ci #")
        monkeypatch.setenv("MONITOR_DATABASE_URL", database_url)
        monkeypatch.chdir(tmp_path)
        assert answers(database, "cm_first") == 200 and answers(database, "cm_second") == 200
        assert main(["tokens", "revoke", "ci"]) == 0
        assert answers(database, "cm_first") == 401 and answers(database, "cm_second") == 200
        assert main(["tokens", "list"]) == 0
        assert "(none)" in capsys.readouterr().out
    finally:
        database.dispose()
