"""Opening the database: who may read a new SQLite file, who may create a schema, and
processes that start together on a new database."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from monitor.adapters.db.session import (
    head_revision,
    open_database,
    open_existing_database,
)
from monitor.errors import ConfigError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_wal_file_are_readable_by_their_owner_only(
    tmp_path: Path,
) -> None:
    path = tmp_path / "monitor.db"
    old_umask = os.umask(0o022)  # the usual one, which leaves new files world-readable
    try:
        database = open_database(f"sqlite:///{path}")
        with database.engine.connect() as connection:  # WAL and shared memory files now exist
            connection.execute(text("SELECT count(*) FROM people"))
            companions = [p for p in (tmp_path / "monitor.db-wal", tmp_path / "monitor.db-shm")]
            assert all(p.exists() for p in companions)
            assert [mode(p) for p in [path, *companions]] == [0o600, 0o600, 0o600]
        database.dispose()
    finally:
        os.umask(old_umask)


def test_an_existing_database_file_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    path.touch()
    path.chmod(0o640)  # the owner lets a group read it

    open_database(f"sqlite:///{path}").dispose()

    assert mode(path) == 0o640


def upgrade_in_a_process(url: str) -> None:
    open_database(url).dispose()


@pytest.mark.slow(reason="starts several real processes at once")
def test_processes_starting_together_on_a_new_database_migrate_it_once(
    database_url: str,
) -> None:
    context = multiprocessing.get_context("spawn")  # fresh interpreters, like real commands
    processes = [context.Process(target=upgrade_in_a_process, args=(database_url,)) for _ in "1234"]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert [p.exitcode for p in processes] == [0, 0, 0, 0]
    engine = create_engine(database_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert versions == [(head_revision(),)]


def test_a_reader_creates_no_sqlite_file_where_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "monitor.db"

    with pytest.raises(ConfigError) as refused:
        open_existing_database(f"sqlite:///{path}")

    assert str(refused.value) == (
        f"no database at sqlite:///{path} (run `monitor poll --once` or `monitor db upgrade` first)"
    )
    assert not path.exists() and not path.parent.exists()


def test_a_reader_finds_no_schema_in_an_empty_database_and_creates_none(
    database_url: str,
) -> None:
    open_database(database_url, upgrade=False).dispose()  # connected once, nothing created

    with pytest.raises(ConfigError, match=r"^no database at .*monitor db upgrade` first\)$"):
        open_existing_database(database_url)

    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    engine.dispose()


def test_a_reader_refuses_an_old_schema_and_says_to_upgrade(database_url: str) -> None:
    database = open_database(database_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    database.dispose()

    with pytest.raises(ConfigError) as refused:
        open_existing_database(database_url)

    assert "has an older schema (revision 0005): run `monitor db upgrade` first" in str(
        refused.value
    )


def test_a_reader_opens_an_up_to_date_database(database_url: str) -> None:
    open_database(database_url).dispose()

    database = open_existing_database(database_url)

    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM people")).scalar() == 0
    database.dispose()


def test_messages_never_show_the_database_password() -> None:
    url = "postgresql+psycopg://monitor:s3cret-pw@127.0.0.1:9/nowhere"

    with pytest.raises(Exception) as refused:
        open_existing_database(url)

    assert "s3cret-pw" not in str(refused.value)
    assert "monitor:***@127.0.0.1:9/nowhere" in str(refused.value)


def test_a_reader_refuses_a_schema_newer_than_it_knows(database_url: str) -> None:
    database = open_database(database_url)
    with database.engine.begin() as connection:  # as a later version of the monitor leaves it
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    database.dispose()

    with pytest.raises(ConfigError, match=r"has schema revision 0099, which this version"):
        open_existing_database(database_url)
