"""The workstation side: raw SQLite transactions, the sync settings, the "applying" flag.

The engine works on the store's SQLite connection directly (no ORM): a pull writes thousands of
rows a second. Every write is one `BEGIN IMMEDIATE` transaction that leaves the store consistent
whatever happens next (a crash rolls it back); the cursor and the pull's progress are written in
the same transaction as the rows they describe.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..store.database import Store

PREFIX = "sync."


@contextmanager
def raw_connection(store: Store) -> Iterator[sqlite3.Connection]:
    """The store's own sqlite3 connection (WAL, busy timeout), outside any transaction."""
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        yield raw
        if raw.in_transaction:
            raw.execute("ROLLBACK")


@contextmanager
def write(raw: sqlite3.Connection, *, applying: bool = False) -> Iterator[sqlite3.Connection]:
    """One write transaction; with `applying`, the change-capture triggers stay quiet in it."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        if applying:
            raw.execute("UPDATE sync_flag SET applying = 1 WHERE id = 1")
        yield raw
        if applying:
            raw.execute("UPDATE sync_flag SET applying = 0 WHERE id = 1")
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise


@contextmanager
def capturing(raw: sqlite3.Connection) -> Iterator[None]:
    """Inside an `applying` transaction: let the triggers record what is written here."""
    raw.execute("UPDATE sync_flag SET applying = 0 WHERE id = 1")
    try:
        yield
    finally:
        raw.execute("UPDATE sync_flag SET applying = 1 WHERE id = 1")


@contextmanager
def foreign_keys_off(raw: sqlite3.Connection) -> Iterator[None]:
    """Pulled rows arrive in version order, a child possibly before its parent; the central
    database enforces the references, so a complete replica is consistent."""
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def get(raw: sqlite3.Connection, key: str, default=None):
    row = raw.execute("SELECT value FROM local_settings WHERE key = ?", (PREFIX + key,)).fetchone()
    return default if row is None or row[0] is None else json.loads(row[0])


def put(raw: sqlite3.Connection, key: str, value) -> None:
    if value is None:
        raw.execute("DELETE FROM local_settings WHERE key = ?", (PREFIX + key,))
    else:
        raw.execute(
            "INSERT INTO local_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PREFIX + key, json.dumps(value)),
        )


def store_id(raw: sqlite3.Connection) -> str | None:
    row = raw.execute("SELECT value FROM local_settings WHERE key = 'store_id'").fetchone()
    return row[0] if row else None


def waiting_changes(raw: sqlite3.Connection) -> int:
    return raw.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]


def chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]
