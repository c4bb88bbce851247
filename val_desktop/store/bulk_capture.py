"""Writing many new rows at once on a store that captures changes for synchronisation.

The capture triggers (migration 0003) record each inserted row in `sync_outbox`, one trigger run
per row. For a batch of new rows it is much cheaper to keep the triggers quiet while they go in
and then queue them with one INSERT ... SELECT per table: the same outbox entries (one waiting
entry per new row) the triggers would have written, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session


@contextmanager
def captured_in_bulk(session: Session, tables: Iterable[str]) -> Iterator[None]:
    """Inside: insert new rows into `tables` (nothing else). On leaving: they are queued."""
    if session.get_bind().dialect.name != "sqlite" or not _captures(session):
        yield
        return
    tables = list(tables)
    before = {
        table: session.execute(text(f"SELECT coalesce(max(rowid), 0) FROM {table}")).scalar()
        for table in tables
    }
    session.execute(text("UPDATE sync_flag SET applying = 1 WHERE id = 1"))
    try:
        yield
    finally:
        session.execute(text("UPDATE sync_flag SET applying = 0 WHERE id = 1"))
    for table in tables:
        session.execute(
            text(
                f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', id "
                f"FROM {table} WHERE rowid > :before ORDER BY rowid"
            ),
            {"before": before[table]},
        )


def _captures(session: Session) -> bool:
    found = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
             "AND name IN ('sync_flag', 'sync_outbox')")
    ).scalar()
    return found == 2
