"""Many rows in one small statement on PostgreSQL: each column's values travel as one
array parameter, and ``unnest`` turns the arrays back into rows on the server.

A multi-row ``INSERT ... VALUES`` (SQLAlchemy's insertmanyvalues) sends a parameter a
value: 5,000 articles make 55,000 placeholders, which the driver rewrites in Python
(about 40 us a row) and the server parses and plans each time. An executemany sends a
statement a row. Here a batch is a dozen parameters whatever its size: the statement
text is the same each time, and the server plans it once per call.

SQLite keeps the plain forms (its driver runs in-process: an executemany is a C loop).

    rows = unnested(TABLE, ["a", "b"])         # unnest(:a_a, :a_b) AS anon(a, b)
    insert_unnested(TABLE, ["a", "b"])         # INSERT INTO table (a, b) SELECT ... FROM rows
    connection.execute(statement, arrays(dicts, ["a", "b"]))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, Table, bindparam, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.selectable import TableValuedAlias


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def array_name(column: str) -> str:
    """The parameter that carries ``column``'s values."""
    return f"a_{column}"


def unnested(table: Table, columns: Sequence[str]) -> TableValuedAlias:
    """Rows whose ``columns`` (typed as ``table``'s columns of those names) come from one
    array parameter each, ``array_name(column)``."""
    arrays = [bindparam(array_name(c), type_=ARRAY(table.c[c].type)) for c in columns]
    return func.unnest(*arrays).table_valued(*columns).render_derived()


def insert_unnested(table: Table, columns: Sequence[str]) -> Insert:
    """``INSERT INTO table (columns) SELECT columns FROM unnest(arrays)``."""
    rows = unnested(table, columns)
    return insert(table).from_select(list(columns), select(*(rows.c[c] for c in columns)))


def arrays(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> dict[str, list[Any]]:
    """The parameters of an unnested statement: ``rows`` (dicts by column) as a list of
    values per column."""
    return {array_name(c): [row[c] for row in rows] for c in columns}
