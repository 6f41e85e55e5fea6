"""Many rows in one small statement on PostgreSQL: each column's values travel as one
array parameter, and ``unnest`` turns the arrays back into rows on the server.

A multi-row ``INSERT ... VALUES`` (SQLAlchemy's insertmanyvalues) sends a parameter a
value: 5,000 articles make 55,000 placeholders, which the driver rewrites in Python
(about 40 us a row) and the server parses and plans each time. An executemany sends a
statement a row. Here a batch is a dozen parameters whatever its size: the statement
text is the same each time, and the server plans it once per call.

SQLite runs in-process, and its driver's executemany is a C loop: there the cost is
SQLAlchemy's, some microseconds a parameter (a dict a row, a lookup a value), which
``insert_by_driver`` leaves out.

    rows = unnested(TABLE, ["a", "b"])         # unnest(:a_a, :a_b) AS anon(a, b)
    insert_unnested(TABLE, ["a", "b"])         # INSERT INTO table (a, b) SELECT ... FROM rows
    connection.execute(statement, array_params({"a": [...], "b": [...]}))
    insert_by_driver(connection, TABLE, {"a": [...], "b": [...]})   # SQLite
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


def array_params(
    values: Mapping[str, Sequence[Any]], same: Mapping[str, Any] | None = None
) -> dict[str, Sequence[Any]]:
    """PostgreSQL: the parameters of ``unnested`` columns given column by column
    (``values``; ``same``: a value every row takes), each column's values one array."""
    rows = len(next(iter(values.values()))) if values else 0
    params = {array_name(c): v for c, v in values.items()}
    params.update({array_name(c): [v] * rows for c, v in (same or {}).items()})
    return params


def insert_by_driver(
    connection: Connection,
    table: Table,
    values: Mapping[str, Sequence[Any]],
    same: Mapping[str, Any] | None = None,
) -> None:
    """SQLite: insert rows given column by column (``values``; ``same``: a value every row
    takes) by the driver's own executemany, each value made what the column's type would
    make it (a datetime, the text SQLAlchemy stores) but with none of SQLAlchemy's work
    a parameter: a value shared by every row is made once."""
    dialect = connection.dialect
    columns: list[Sequence[Any]] = []
    for name, column_values in values.items():
        process = table.c[name].type.bind_processor(dialect)
        columns.append(column_values if process is None else [process(v) for v in column_values])
    rows = len(columns[0]) if columns else 0
    for name, value in (same or {}).items():
        process = table.c[name].type.bind_processor(dialect)
        columns.append([value if process is None else process(value)] * rows)
    names = [*values, *(same or {})]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))
