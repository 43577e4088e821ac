"""Inserting many rows at once.

SQLAlchemy builds each row's parameters in Python, which for a few thousand narrow rows
costs more than SQLite's own insert. On SQLite the rows go to the driver's executemany
instead, each value through its column's own bind processing (dates, JSON), so what is
stored is the same; other databases keep SQLAlchemy's path (and its batching).
"""

from __future__ import annotations

from sqlalchemy import Table, insert


def insert_many(conn, table: Table, rows: list[dict]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    keys = list(rows[0])
    processors = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
           f"VALUES ({', '.join('?' for _ in keys)})")
    values = [[row[k] for k in keys] for row in rows]
    for n, process in enumerate(processors):
        if process is not None:
            for row in values:
                row[n] = process(row[n])
    conn.exec_driver_sql(sql, [tuple(row) for row in values])
