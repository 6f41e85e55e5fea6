"""Open the database and bring its schema up to date.

SQLite (the default, a file in the working directory) runs in WAL mode with
foreign keys on; PostgreSQL is reached with a ``postgresql+psycopg://`` URL.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, CursorResult, Engine, Result, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import ConfigError, StorageError, StorageReason

log = logging.getLogger("monitor.db")

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

    def ping(self) -> None:
        """Ask the database to answer (``SELECT 1``); raises whatever the driver raises."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        """``with open_database(url) as database:`` disposes of it at the end of the block."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Connect to ``url``, creating a new SQLite file readable by its owner only; with
    ``upgrade``, create the schema or migrate an old one to the latest (commands that write)."""
    parsed = parse_database_url(url)
    path = sqlite_path(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
    database = connect_to(parsed)
    if upgrade:
        migrate(database)
    return database


def open_existing_database(url: str) -> Database:
    """Connect to a database whose schema is there and up to date (commands that only read).

    Nothing is created: a missing SQLite file, or a database without the monitor's schema
    (a wrong URL, most likely), is refused, and so is a schema older than this version's.
    """
    parsed = parse_database_url(url)
    path = sqlite_path(parsed)
    if path is not None and not path.is_file():  # connecting would create the file
        raise no_database(parsed)
    database = connect_to(parsed)
    try:
        with database.engine.connect() as connection:
            found = schema_revision(connection)
    except SQLAlchemyError as e:
        database.dispose()
        raise storage_failure(database, e) from e
    if found != head_revision():
        database.dispose()
        if found is None:
            raise no_database(parsed)
        if not is_known_revision(found):
            raise ConfigError(
                f"the database at {describe_url(parsed)} has schema revision {found}, which "
                "this version of the monitor does not know (a newer version made it)"
            )
        raise ConfigError(
            f"the database at {describe_url(parsed)} has an older schema (revision {found}): "
            "run `monitor db upgrade` first"
        )
    return database


def parse_database_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"MONITOR_DATABASE_URL {url!r} is not a database URL") from e


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser().absolute()


def describe_url(url: URL) -> str:
    """The URL for messages: without its password, and a SQLite file by its full path."""
    path = sqlite_path(url)
    if path is not None:
        url = url.set(database=str(path))
    return url.render_as_string(hide_password=True)


def no_database(url: URL) -> ConfigError:
    return ConfigError(
        f"no database at {describe_url(url)} "
        "(run `monitor poll --once` or `monitor db upgrade` first)"
    )


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, unless it exists (its mode is
    then left alone). SQLite gives its -wal and -shm files the database file's mode."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def connect_to(url: URL) -> Database:
    options: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        options["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **options)
    except (ArgumentError, ImportError) as e:
        raise ConfigError(f"cannot use database {describe_url(url)}: {e}") from e
    if engine.dialect.name == "sqlite":
        busy_ms = busy_timeout_ms(url)

        def pragmas(dbapi_connection: Any, _record: Any) -> None:
            _sqlite_pragmas(dbapi_connection, busy_ms)

        event.listen(engine, "connect", pragmas)
    elif engine.dialect.driver == "psycopg":
        event.listen(engine, "connect", _binary_arrays)
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def _binary_arrays(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL: lists (the array parameters: ``bulk``'s columns, ``= ANY(ids)``) travel
    in the binary format, each item its length and its bytes. The text format has psycopg
    quote and escape every item in Python, a regex over each article's whole text: 25 ms
    for 5,000 texts against 3 ms, and a third of an ingest's CPU in this process."""
    from psycopg.types.array import ListBinaryDumper

    dbapi_connection.adapters.register_dumper(list, ListBinaryDumper)


@contextmanager
def single_daemon_lock(database: Database) -> Iterator[None]:
    """On SQLite, only one daemon may run on a database file: hold a lock beside it.

    PostgreSQL needs none: replicas share the work through feed leases.
    """
    path = sqlite_path(database.engine.url)
    if path is None:
        yield
        return
    path = path.resolve()
    with lock_file(path.with_name(path.name + ".daemon-lock")) as handle:
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
        with contextlib.suppress(OSError):  # who holds it, for the message above: a full
            os.write(handle.fileno(), f"pid {os.getpid()}\n".encode())  # disk costs only that
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def lock_file(path: Path) -> Iterator[TextIO]:
    """A lock file beside the database, open for reading and writing (owner only)."""
    with os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="utf-8") as f:
        yield f


@contextmanager
def migration_lock(database: Database) -> Iterator[None]:
    """On a SQLite file, one process at a time checks and upgrades the schema: a lock on
    ``<file>.migrate-lock`` beside it (PostgreSQL takes an advisory lock in ``migrate``)."""
    path = sqlite_path(database.engine.url)
    if path is None:
        yield
        return
    path = path.resolve()
    with lock_file(path.with_name(path.name + ".migrate-lock")) as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


SQLITE_CODES = {  # primary result codes (the low byte of an extended one)
    5: StorageReason.LOCKED,  # SQLITE_BUSY
    6: StorageReason.LOCKED,  # SQLITE_LOCKED
    8: StorageReason.READ_ONLY,  # SQLITE_READONLY
    10: StorageReason.UNREACHABLE,  # SQLITE_IOERR
    13: StorageReason.DISK_FULL,  # SQLITE_FULL
    14: StorageReason.UNREACHABLE,  # SQLITE_CANTOPEN
}
POSTGRES_STATES = {  # SQLSTATE codes, and classes of them by their first two characters
    "25006": StorageReason.READ_ONLY,  # read_only_sql_transaction (also a hot standby)
    "53100": StorageReason.DISK_FULL,
    "55P03": StorageReason.LOCKED,  # lock_not_available
    "08": StorageReason.UNREACHABLE,  # connection exceptions
    "57": StorageReason.UNREACHABLE,  # operator intervention: shut down, terminated
    "53": StorageReason.UNREACHABLE,  # insufficient resources: too many connections, ...
}
REASON_PHRASES = {
    StorageReason.READ_ONLY: "is read-only",
    StorageReason.DISK_FULL: "is out of disk space",
    StorageReason.LOCKED: "is locked by another process",
    StorageReason.UNREACHABLE: "cannot be reached",
    StorageReason.UNEXPECTED: "failed",
}


def storage_reason(error: BaseException) -> StorageReason:
    """Why the database failed, from SQLite's result code or PostgreSQL's SQLSTATE, else
    from the kind of error (UNEXPECTED: a bug, or data the database refuses)."""
    if isinstance(error, StorageError):
        return error.reason
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in SQLITE_CODES:
        return SQLITE_CODES[code & 0xFF]
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str):
        found = POSTGRES_STATES.get(state) or POSTGRES_STATES.get(state[:2])
        if found is not None:
            return found
    if isinstance(error, OperationalError | InterfaceError | DisconnectionError | PoolTimeout):
        return StorageReason.UNREACHABLE
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return StorageReason.UNREACHABLE
    return StorageReason.UNEXPECTED


def storage_detail(error: BaseException) -> str:
    """The database's own words, on one line (without the SQL that failed)."""
    original = getattr(error, "orig", None) or error
    first = str(original).strip().splitlines()[:1]
    text = first[0] if first else type(original).__name__
    return " ".join(text.split())[:300]


def storage_failure(database: Database, error: BaseException) -> StorageError:
    """``error`` as a StorageError saying which database failed, why, in one line."""
    reason = storage_reason(error)
    where = describe_url(database.engine.url)
    message = f"the database at {where} {REASON_PHRASES[reason]}: {storage_detail(error)}"
    return StorageError(message, reason)


def core(session: Session) -> Connection:
    """The session's connection, for Core statements, once pending ORM changes are flushed
    (Core statements do not autoflush)."""
    session.flush()
    return session.connection()


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row a single-row INSERT added."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE touched."""
    return cast("CursorResult[Any]", result).rowcount


def take_write_lock(session: Session, lock_id: int) -> None:
    """Hold, until this transaction ends, the right to write what the reads that follow
    decide. PostgreSQL: an advisory lock named ``lock_id`` (other writes go on). SQLite:
    the database's single write lock, taken now rather than at the first write, else
    the reads before it run outside any transaction and another process may change what
    they saw (two `monitor poll --once` on a new file both inserting the same person)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
    elif dialect == "sqlite":
        session.execute(text("UPDATE feeds SET id = id WHERE 0"))  # writes nothing, locks


def busy_timeout_ms(url: URL) -> int:
    """How long a SQLite statement waits for another process's lock before it fails: the
    URL's ``timeout`` in seconds (``sqlite:///monitor.db?timeout=30``), 10 s by default."""
    value = url.query.get("timeout", "10")
    try:
        seconds = float(value if isinstance(value, str) else value[-1])
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise ConfigError(f"the SQLite URL's timeout {value!r} is not a number of seconds")
    return int(seconds * 1000)


def _sqlite_pragmas(dbapi_connection: Any, busy_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={busy_ms:d}")  # first: WAL may wait for a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
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


def is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def migrate(database: Database) -> bool:
    """Upgrade the schema to the latest migration; True when anything was applied.

    Processes starting together on a new database migrate one at a time, and each
    checks the revision again once it holds the lock: on PostgreSQL an advisory lock
    held by the transaction that also creates alembic_version and every table; on
    SQLite a file lock beside the database. On both, the whole upgrade is one
    transaction, so a process killed halfway leaves the schema as it found it.
    """
    head = head_revision()
    try:
        with database.engine.connect() as connection:
            if schema_revision(connection) == head:
                return False
        with migration_lock(database), database.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID}
                )
            else:  # pysqlite opens no transaction for DDL: each CREATE would commit alone
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            if (found := schema_revision(connection)) == head:
                return False  # another process migrated it meanwhile, and logged so
            command.upgrade(alembic_config(connection), "head")
        log.info(
            "database schema upgraded",
            extra={"fields": {"from_revision": found or "none", "to_revision": head}},
        )
        return True
    except SQLAlchemyError as e:  # one line: where, why, and the database's own words
        raise storage_failure(database, e) from e
