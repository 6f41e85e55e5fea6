"""Which commands may create the database, and commands started together on a new one,
run as real processes of the installed command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from monitor.adapters.db.session import alembic_config, head_revision
from tests.daemon_process import scalar
from tests.http_feeds import FeedServer, rss

WATCHLIST = """people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
  - id: bilash-serikzhan
    name: Serikzhan Bilash
"""
FEEDS = ("/one.rss", "/two.rss", "/three.rss")
READERS = [
    ["matches"],
    ["status"],
    ["feeds"],
    ["alerts"],
    ["alerts", "list"],
]


def command_env(database_url: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    return keep | {"MONITOR_DATABASE_URL": database_url, "PYTHONUTF8": "1"}


def start(args: Sequence[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor.app.cli", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(args: Sequence[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor.app.cli", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        try:
            out, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        results.append((process.returncode, out, err))
    return results


def tables(database_url: str) -> list[str]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return sorted(inspect(connection).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        for path in FEEDS:  # the same story in each
            running.route(path, body=rss(("k1", "Kozlov freed", "Vladimir Kozlov was freed.")))
        yield running


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty working folder with a watchlist beside it, not in it."""
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST, encoding="utf-8")
    return work


# --- readers create nothing ---------------------------------------------------------------


@pytest.mark.parametrize("args", READERS, ids=[" ".join(a) for a in READERS])
def test_a_reading_command_in_a_folder_without_a_database_creates_none(
    folder: Path, args: list[str]
) -> None:
    env = command_env("sqlite:///monitor.db") | {
        "MONITOR_WATCHLIST": str(folder.parent / "watchlist.yaml")
    }

    result = run(args, folder, env)

    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"monitor {args[0]}: no database at sqlite:///{folder / 'monitor.db'} "
        "(run `monitor poll --once` or `monitor db upgrade` first)\n"
    )
    assert list(folder.iterdir()) == []


def test_a_reading_command_on_a_database_without_the_schema_creates_no_table(
    folder: Path, postgres_url: str
) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:  # a database in use by something else
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
        connection.execute(text("CREATE TABLE notes (id integer primary key)"))
    engine.dispose()
    env = command_env(postgres_url) | {"MONITOR_WATCHLIST": str(folder.parent / "watchlist.yaml")}

    result = run(["matches"], folder, env)

    assert result.returncode == 2
    assert result.stderr.startswith("monitor matches: no database at postgresql+psycopg://")
    assert result.stderr.endswith("(run `monitor poll --once` or `monitor db upgrade` first)\n")
    assert tables(postgres_url) == ["notes"]


def test_a_reading_command_refuses_an_old_schema_and_says_to_upgrade(folder: Path) -> None:
    url = f"sqlite:///{folder / 'monitor.db'}"
    env = command_env(url) | {"MONITOR_WATCHLIST": str(folder.parent / "watchlist.yaml")}
    engine = create_engine(url)
    with engine.begin() as connection:  # a database the previous version made
        command.upgrade(alembic_config(connection), "0007")
    engine.dispose()

    result = run(["status"], folder, env)

    assert result.returncode == 2
    assert "has an older schema (revision 0007): run `monitor db upgrade` first" in result.stderr
    assert run(["db", "upgrade"], folder, env).stdout == "database upgraded\n"
    assert run(["status"], folder, env).returncode == 0


def test_a_message_about_the_database_never_shows_its_password(folder: Path) -> None:
    url = "postgresql+psycopg://postgres:pw-never-shown@127.0.0.1:5432/no_such_monitor_db"
    env = command_env(url) | {"MONITOR_WATCHLIST": str(folder.parent / "watchlist.yaml")}

    result = run(["matches"], folder, env)

    assert result.returncode != 0
    assert "pw-never-shown" not in result.stdout + result.stderr
    assert "postgres:***@127.0.0.1:5432/no_such_monitor_db" in result.stderr


# --- commands started together on a new database ------------------------------------------


def test_upgrades_started_together_on_a_new_database_all_succeed(
    folder: Path, database_url: str
) -> None:
    env = command_env(database_url) | {"MONITOR_WATCHLIST": str(folder.parent / "watchlist.yaml")}

    results = finish([start(["db", "upgrade"], folder, env) for _ in range(4)])

    assert [status for status, _, _ in results] == [0, 0, 0, 0], [e for _, _, e in results]
    assert sorted(out for _, out, _ in results) == ["database already up to date\n"] * 3 + [
        "database upgraded\n"
    ]
    assert scalar(database_url, "SELECT count(*) FROM alembic_version") == 1
    assert scalar(database_url, "SELECT version_num FROM alembic_version") == head_revision()


def test_polls_started_together_on_a_new_database_share_the_feeds(
    folder: Path, server: FeedServer, database_url: str
) -> None:
    url = database_url
    watchlist = folder.parent / "watchlist.yaml"
    feeds = "".join(f"\n  - url: {server.url(path)}" for path in FEEDS)
    watchlist.write_text(WATCHLIST + "feeds:" + feeds + "\n", encoding="utf-8")
    env = command_env(url) | {"MONITOR_WATCHLIST": str(watchlist)}

    results = finish([start(["poll", "--once"], folder, env) for _ in range(3)])

    for status, _, err in results:
        assert (status, err) == (0, ""), err
    assert scalar(url, "SELECT count(*) FROM people") == 2
    assert scalar(url, "SELECT count(*) FROM feeds") == 3
    assert scalar(url, "SELECT count(DISTINCT feed_id) FROM polls") == 3
    assert scalar(url, "SELECT count(*) FROM articles") == 1  # one story, three feeds


def test_a_database_that_refuses_writes_under_a_command_is_one_line_and_exit_1(
    tmp_path: Path,
) -> None:
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    made = run(["db", "upgrade"], tmp_path, command_env(f"sqlite:///{tmp_path / 'm.db'}"))
    assert made.returncode == 0, made.stderr
    read_only = f"sqlite:///file:{tmp_path / 'm.db'}?mode=ro&uri=true"  # SQLite refuses writes

    polled = run(["poll", "--once"], tmp_path, command_env(read_only))

    assert polled.returncode == 1
    assert polled.stderr == (
        "monitor poll: the database is read-only: attempt to write a readonly database\n"
    )


def test_a_daemon_started_on_a_database_that_refuses_writes_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    made = run(["db", "upgrade"], tmp_path, command_env(f"sqlite:///{tmp_path / 'm.db'}"))
    assert made.returncode == 0, made.stderr
    read_only = f"sqlite:///file:{tmp_path / 'm.db'}?mode=ro&uri=true"

    started = run(["run"], tmp_path, command_env(read_only))

    assert started.returncode == 1
    assert len(started.stderr.splitlines()) == 1
    assert "read-only" in started.stderr and "Traceback" not in started.stderr
