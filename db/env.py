"""Alembic environment for the monitor's migrations.

``monitor db upgrade`` (and every command, on a new or old database) runs these
through ``monitor.adapters.db.session.migrate``, which hands in a connection.
Plain ``alembic upgrade head`` also works and reads MONITOR_DATABASE_URL.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from monitor.adapters.db.tables import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite rebuilds tables to alter them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if context.is_offline_mode():
    url = os.environ.get("MONITOR_DATABASE_URL", "sqlite:///monitor.db")
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif connection is not None:
    run_with(connection)
else:
    engine = create_engine(os.environ.get("MONITOR_DATABASE_URL", "sqlite:///monitor.db"))
    with engine.connect() as conn:
        run_with(conn)
