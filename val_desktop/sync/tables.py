"""What is synchronised, in which order, and how each value travels.

A value has three forms: how SQLite stores it (what SQLAlchemy writes there: UUIDs as 32 hex
digits, dates and times as ISO text, booleans as 0/1, JSON as text), how psycopg gives and takes
it on PostgreSQL, and a canonical "wire" form (JSON-able: hex UUID, ISO date, ISO date-time with
microseconds, bool, the JSON object itself) that push payloads, base snapshots and conflict
records use and that the merge compares.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from psycopg.types.json import Json
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Uuid
from sqlalchemy.types import BigInteger

from ..store import sync_models
from ..store.models import Base

# Columns the sync machinery owns: never merged field by field.
META = ("row_version", "updated_at", "updated_by", "server_seq")


def _kind(column) -> str:
    kind = column.type
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, Integer | BigInteger):
        return "int"
    return "str"


@dataclass(frozen=True)
class TableSpec:
    name: str
    rank: int
    columns: tuple[str, ...]
    kinds: dict[str, str]
    # Fields a person edits (every column but id and the sync meta columns; `deleted` included).
    fields: tuple[str, ...]
    unique: tuple[str, ...]
    # (child table, child column) pairs that point at this table's id.
    referrers: tuple[tuple[str, str], ...] = field(default=())


@cache
def specs() -> dict[str, TableSpec]:
    """The synchronised tables in foreign-key order (parents first)."""
    wanted = set(sync_models.ALL_SYNCED_TABLES)
    ordered = [t for t in Base.metadata.sorted_tables if t.name in wanted]
    referrers: dict[str, list[tuple[str, str]]] = {t.name: [] for t in ordered}
    for table in ordered:
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target in referrers:
                referrers[target].append((table.name, fk.parent.name))
    result = {}
    for rank, table in enumerate(ordered):
        # id first: the code relies on row[0] being the key
        columns = ("id", *(c.name for c in table.columns if c.name != "id"))
        unique = tuple(
            next(iter(c.columns)).name
            for c in table.constraints
            if c.__class__.__name__ == "UniqueConstraint" and len(c.columns) == 1
        ) + tuple(c.name for c in table.columns if c.unique)
        result[table.name] = TableSpec(
            name=table.name,
            rank=rank,
            columns=columns,
            kinds={c.name: _kind(c) for c in table.columns},
            fields=tuple(c for c in columns if c != "id" and c not in META),
            unique=tuple(dict.fromkeys(unique)),
            referrers=tuple(referrers[table.name]),
        )
    return result


def table_names() -> tuple[str, ...]:
    return tuple(specs())


# --- canonical (wire) form --------------------------------------------------------------------


def _dt_text(value: datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")


def from_sqlite(kind: str, raw):
    if raw is None:
        return None
    if kind == "uuid":
        return raw.replace("-", "").lower() if isinstance(raw, str) else uuid.UUID(bytes=raw).hex
    if kind == "bool":
        return bool(raw)
    if kind == "json":
        return json.loads(raw) if isinstance(raw, str | bytes) else raw
    if kind == "datetime":
        return _dt_text(datetime.fromisoformat(raw))
    if kind == "date":
        return raw if isinstance(raw, str) else raw.isoformat()
    return raw


def to_sqlite(kind: str, value):
    if value is None:
        return None
    if kind == "bool":
        return 1 if value else 0
    if kind == "json":
        return json.dumps(value)
    return value  # uuid hex, ISO date and date-time text are already SQLite's forms


def from_pg(kind: str, value):
    if value is None:
        return None
    if kind == "uuid":
        return value.hex
    if kind == "datetime":
        return _dt_text(value)
    if kind == "date":
        return value.isoformat()
    return value


def to_pg(kind: str, value):
    if value is None:
        return None
    if kind == "uuid":
        return uuid.UUID(hex=value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "json":
        return Json(value)
    return value


def pg_to_sqlite_converters(spec: TableSpec) -> list:
    """Per column, a function from psycopg's value to SQLite's stored form (the pull's hot path)."""
    converters = []
    for name in spec.columns:
        kind = spec.kinds[name]
        if kind == "uuid":
            converters.append(lambda v: v.hex if v is not None else None)
        elif kind == "datetime":
            converters.append(lambda v: _dt_text(v) if v is not None else None)
        elif kind == "date":
            converters.append(lambda v: v.isoformat() if v is not None else None)
        elif kind == "bool":
            converters.append(lambda v: (1 if v else 0) if v is not None else None)
        elif kind == "json":
            converters.append(lambda v: json.dumps(v) if v is not None else None)
        else:
            converters.append(None)
    return converters


def row_from_sqlite(spec: TableSpec, raw: dict) -> dict:
    return {name: from_sqlite(spec.kinds[name], raw.get(name)) for name in spec.columns}
