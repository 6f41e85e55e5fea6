"""Open the database and bring its schema up to date.

SQLite (the default, a file in the working directory) runs in WAL mode with
foreign keys on; PostgreSQL is reached with a ``postgresql+psycopg://`` URL.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, CursorResult, Engine, Result, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import ConfigError, StorageError

MIGRATION_LOCK_ID = 0x6D6F6E69  # PostgreSQL advisory lock held while migrating ("moni")


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Connect to ``url``; with ``upgrade``, migrate a new or old schema to the latest."""
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"MONITOR_DATABASE_URL {url!r} is not a database URL") from e
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        options["pool_pre_ping"] = True
    elif parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, ImportError) as e:
        raise ConfigError(f"cannot use database {parsed!r}: {e}") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False))
    if upgrade:
        migrate(database)
    return database


@contextmanager
def single_daemon_lock(database: Database) -> Iterator[None]:
    """On SQLite, only one daemon may run on a database file: hold a lock beside it.

    PostgreSQL needs none: replicas share the work through feed leases.
    """
    url = database.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        yield
        return
    path = Path(url.database).expanduser().resolve()
    lock_path = path.with_name(path.name + ".daemon-lock")
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ConfigError(
                f"another monitor daemon ({holder}) is already running on {path}: "
                "SQLite allows one; use PostgreSQL (MONITOR_DATABASE_URL) to run replicas"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE touched."""
    return cast("CursorResult[Any]", result).rowcount


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def migrations_dir() -> Path:
    """``db/`` beside the package in a checkout, or the copy inside an installed wheel."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (package / "_migrations", package.parent / "db"):
        if (candidate / "env.py").is_file():
            return candidate
    raise StorageError("the database migrations (db/) are missing from this installation")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def schema_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrate(database: Database) -> bool:
    """Upgrade the schema to the latest migration; True when anything was applied."""
    head = head_revision()
    try:
        with database.engine.connect() as connection:
            if schema_revision(connection) == head:
                return False
        with database.engine.begin() as connection:
            if connection.dialect.name == "postgresql":  # replicas migrate one at a time
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID}
                )
            if schema_revision(connection) == head:
                return False
            command.upgrade(alembic_config(connection), "head")
        return True
    except SQLAlchemyError as e:
        raise StorageError(f"cannot migrate the database: {e}") from e
