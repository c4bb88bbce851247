"""Inserting thousands of prepared rows into the local store (SQLite), one table at a time.

SQLAlchemy's executemany compiles and converts each row's parameters through several layers,
which costs more than SQLite's own work for a wide row. Here rows are converted once into the
values SQLite stores, with the very bind processors SQLAlchemy itself would use (so what is
stored is identical), and handed to the driver in one executemany. The conversion needs no
database, so an import can do it in its second process (store/referral_rows.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from itertools import chain
from operator import itemgetter

from sqlalchemy import Boolean, Date, DateTime, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

_SQLITE = sqlite.dialect()

# Many rows per INSERT rather than one executemany: SQLite keeps a journal of every page a
# statement changes (so that a failing statement undoes itself), and with the search and sync
# triggers one row changes dozens of pages, so one statement per row journals them over and
# over. Bounded by the SQLite library's limit on parameters (32,766 since 3.32, 999 before).
ROWS_PER_STATEMENT = 500


class StorageRows:
    """Turns dicts with the given keys into tuples of the values SQLite stores for them."""

    def __init__(self, table: Table, keys: tuple[str, ...], *, part: bool = False):
        """`part`: these keys are only some of a row's columns, the others converted apart."""
        missing = [c.name for c in table.columns if c.name not in keys and c.default is not None]
        if missing and not part:
            # A client-side default would silently not apply on this path: say so loudly.
            raise ValueError(f"rows for {table.name} must give {', '.join(missing)}")
        self.table = table
        self.keys = keys
        self._values_of = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
        self._converters = []
        for index, key in enumerate(keys):
            column_type = table.columns[key].type
            if isinstance(column_type, Boolean):
                continue  # the driver stores True and False as 1 and 0, as the processor would
            processor = column_type._cached_bind_processor(_SQLITE)
            if processor is not None:
                if isinstance(column_type, Date | DateTime):
                    processor = _remembering(processor)  # many rows share a few moments
                self._converters.append((index, processor))

    def row(self, values: dict) -> tuple:
        stored = list(self._values_of(values))
        for index, processor in self._converters:
            stored[index] = processor(stored[index])  # None too, as SQLAlchemy does (JSON)
        return tuple(stored)


def _remembering(processor):
    seen: dict = {}

    def process(value):
        if value is None:
            return processor(value)
        found = seen.get(value)
        if found is None:
            if len(seen) > 10_000:
                seen.clear()
            found = seen[value] = processor(value)
        return found

    return process


def sqlite_insert(session: Session, table: Table, keys: tuple[str, ...], rows: list[tuple]):
    """INSERT stored-form `rows` (from StorageRows) into `table`, many rows per statement."""
    connection = session.connection()
    target = _SQLITE.identifier_preparer.format_table(table)
    names = [_SQLITE.identifier_preparer.quote(key) for key in keys]
    for statement, params in many_row_inserts(target, names, rows, parameter_limit(session)):
        connection.exec_driver_sql(statement, params)


def many_row_inserts(
    target: str, names: list[str], rows: list[tuple], limit: int
) -> Iterator[tuple[str, tuple]]:
    """(statement, parameters) pairs that INSERT `rows` into `target` (a quoted table name)
    in as few statements as `limit` parameters a statement allow."""
    one = "(" + ", ".join("?" for _ in names) + ")"
    head = f"INSERT INTO {target} ({', '.join(names)}) VALUES "
    per_statement = max(1, min(ROWS_PER_STATEMENT, limit // len(names)))
    for start in range(0, len(rows), per_statement):
        part = rows[start:start + per_statement]
        yield head + ", ".join([one] * len(part)), tuple(chain.from_iterable(part))


def parameter_limit(session: Session) -> int:
    """How many parameters one statement may have in this SQLite library."""
    return driver_parameter_limit(session.connection().connection.driver_connection)


def driver_parameter_limit(driver: sqlite3.Connection) -> int:
    return driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
