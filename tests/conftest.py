"""Shared fixtures: the same database tests run on SQLite and on PostgreSQL.

PostgreSQL is found at $MONITOR_TEST_POSTGRES_URL (default: the local server,
user postgres). Without one, its tests skip with a message; in CI (CI=true) a
missing PostgreSQL fails the run instead.
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from monitor.adapters.db.session import Database, head_revision, open_database

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

# Test modules, rewritten by pytest, and the package are compiled once and kept in
# __pycache__ even where PYTHONDONTWRITEBYTECODE is set: compiling them anew cost each
# xdist worker 7 s of CPU a run (half of its collection).
sys.dont_write_bytecode = False

# Test feeds link their entries to news.example.org: no test reads those pages (network
# only on loopback). Tests of the full text set `full_text:` in their watchlists. The
# daemon's subprocesses inherit it.
os.environ["MONITOR_FULL_TEXT"] = "never"

# Speed is judged by the benches, never by a test's clock: Hypothesis's per-example
# deadline fails a correct test whenever the machine is busy or an example is the first
# to load a dictionary (the Russian analyser takes half a second to open).
settings.register_profile("monitor", deadline=None)
# In CI (`CI=true`, as .ci/run sets it) the examples are the same on every run: a run that
# fails does not land, so it must fail for the change, not for a new random draw. Local
# runs keep drawing new examples; one found failing there becomes an ``@example``.
settings.register_profile("ci", parent=settings.get_profile("monitor"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "monitor")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database of its own on the PostgreSQL server, dropped after the run."""
    admin_url = os.environ.get("MONITOR_TEST_POSTGRES_URL", DEFAULT_POSTGRES)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as e:
        admin.dispose()
        message = f"PostgreSQL is not reachable at {admin_url} ({type(e).__name__})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must run the PostgreSQL tests", pytrace=False)
        pytest.skip(f"{message}; set MONITOR_TEST_POSTGRES_URL to run these tests")
    name = f"monitor_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or a PostgreSQL database with a clean schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'monitor.db'}"
    url: str = request.getfixturevalue("postgres_url")
    engine = create_engine(url)
    with engine.begin() as connection:
        if "database" in request.fixturenames and at_head(connection):
            empty_every_table(connection)  # what `database` would migrate to, in a tenth the time
        else:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def at_head(connection: Connection) -> bool:
    if connection.execute(text("SELECT to_regclass('public.alembic_version')")).scalar() is None:
        return False
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return found == [head_revision()]


def empty_every_table(connection: Connection) -> None:
    """Every table of the schema emptied and its identities restarted, the schema kept."""
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    ).scalars()
    names = ", ".join(f'"{name}"' for name in tables if name != "alembic_version")
    connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the schema's head, migrated once per run (per xdist worker)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def database(database_url: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The database of ``database_url`` at the schema's head. A SQLite one is a copy of a
    file migrated once per run (migrating each anew cost a second of CPU). On PostgreSQL,
    where CREATE DATABASE ... TEMPLATE cost as much as migrating, `database_url` empties
    the tables of a schema already at the head, and migrates only when it is not."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), url.database)
    db = open_database(database_url)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is missing: clone the repository beside shared/")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def name_cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled names cached by `monitor scan` (and its subprocesses) stay out of ~/.cache."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


# `pytest -m "not slow"` (the inner loop) leaves out what takes seconds each: the modules
# below, every test of which runs real processes (daemons, replicas, the installed
# command) or a browser, and single tests marked @pytest.mark.slow(reason=...) where they
# are (a corpus walk, 20,000 mentions, real deadlines). A test added to one of these
# modules is slow too.
SLOW_MODULES = frozenset(
    {
        "tests/app/test_alerts_end_to_end.py",  # several polls and sends through real servers
        "tests/app/test_cli_startup.py",
        "tests/app/test_crash_and_replicas.py",
        # real daemons that the tests wait on for passes, alerts and signals: test_daemon's
        # 10 tests take about a minute of wall time (a forked start costs 0.3 s of CPU,
        # tests/daemon_process.py), and time out at 20 s a wait when the machine is loaded
        "tests/app/test_daemon.py",
        "tests/app/test_daemon_faults.py",
        "tests/app/test_database_commands.py",
        "tests/app/test_interrupts_and_ports.py",
        "tests/web/test_browser.py",
        "tests/web/test_browser_research.py",
    }
)


def on_postgresql_above_the_adapters(item: pytest.Item) -> bool:
    """A test of the app or the web UI on PostgreSQL. The inner loop runs them on SQLite:
    the database code under them is tested on both in tests/adapters, and their PostgreSQL
    variants (111 tests) cost a quarter of the loop's waiting and 35 s of its CPU, more in
    the server. The full run (CI) has them all."""
    callspec = getattr(item, "callspec", None)
    above = item.path.relative_to(REPO).parts[1] in ("app", "web")
    return above and callspec is not None and callspec.params.get("database_url") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = item.path.relative_to(REPO).as_posix()
        if where in SLOW_MODULES or on_postgresql_above_the_adapters(item):
            item.add_marker(pytest.mark.slow)
