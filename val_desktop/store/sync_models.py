"""The tables of synchronisation (DESIGN section 4, "Synchronisation"), the same on both sides.

Migration 0003 creates every one of them on SQLite and PostgreSQL alike (a table the other side
does not use simply stays empty there):

- on the central database: `sync_state` (the global version `v`, taken once per writing
  transaction by a trigger, which serialises writers so that version order is commit order),
  `sync_applied` (every change id ever applied: a retried push is a no-op);
- on a workstation: `sync_outbox` (local changes, recorded by SQLite triggers whatever wrote
  them), `sync_base` (the last server version of a row edited here, for the three-way merge),
  `sync_flag` (one row; set while the sync engine applies pulled rows, so that the triggers do
  not record them as local changes);
- on both, synchronised like a case: `sync_conflicts`, the overlapping edits a person resolves.

Importing this module also declares an index on (server_seq, id) of every synchronised table:
what a pull reads on the central database.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from .models import SYNCED_TABLES, Base, Synced


class SyncConflict(Synced, Base):
    """Edits of one record that overlapped: both versions are kept until a person chooses."""

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # edit, delete, rejected
    fields: Mapped[list] = mapped_column(JSON, default=list)
    base_values: Mapped[dict | None] = mapped_column(JSON)
    server_values: Mapped[dict | None] = mapped_column(JSON)
    client_values: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    client_store_id: Mapped[str | None] = mapped_column(String(32))
    client_user: Mapped[str | None] = mapped_column(String(64))
    change_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open, resolved
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[dict | None] = mapped_column(JSON)


class SyncState(Base):
    """Central database: one row, the global version and this database's identity."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    v: Mapped[int] = mapped_column(BigInteger, default=0)
    server_id: Mapped[str] = mapped_column(String(32))


class SyncApplied(Base):
    """Central database: each change applied, by its idempotency key, with its outcome."""

    __tablename__ = "sync_applied"

    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    v: Mapped[int] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(10))  # accepted, merged, conflict, rejected
    detail: Mapped[dict | None] = mapped_column(JSON)
    db_user: Mapped[str | None] = mapped_column(String(64))
    applied_at: Mapped[datetime] = mapped_column(DateTime)


class SyncOutbox(Base):
    """Workstation: a row changed here and not yet acknowledged by the central database.

    At most one entry per row waits (change_id NULL); an entry being pushed carries its change
    id and the exact payload sent, so that a retry after a lost answer resends the same change.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    change_id: Mapped[str | None] = mapped_column(String(32))
    payload: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_sync_outbox_row", "table_name", "row_id"),
        Index(
            "ix_sync_outbox_waiting",
            "table_name",
            "seq",
            sqlite_where=text("change_id IS NULL"),
            postgresql_where=text("change_id IS NULL"),
        ),
        {"sqlite_autoincrement": True},
    )


class SyncBase(Base):
    """Workstation: the server version a locally edited row started from (JSON of its columns)."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)


class SyncFlag(Base):
    """Workstation: one row; `applying` is 1 only inside the sync engine's own transactions."""

    __tablename__ = "sync_flag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    applying: Mapped[int] = mapped_column(Integer, default=0)


ALL_SYNCED_TABLES = (*SYNCED_TABLES, SyncConflict.__tablename__)

for _name in ALL_SYNCED_TABLES:
    _table = Base.metadata.tables[_name]
    Index(f"ix_{_name}_server_seq", _table.c.server_seq, _table.c.id)

__all__ = [
    "ALL_SYNCED_TABLES",
    "SyncApplied",
    "SyncBase",
    "SyncConflict",
    "SyncFlag",
    "SyncOutbox",
    "SyncState",
]
