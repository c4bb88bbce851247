"""Conflicts for a person to resolve, field by field, offline like everything else.

A conflict record (table `sync_conflicts`, synchronised like a case) holds, for each field both
sides changed differently, the value they started from (`base`), the value the central database
kept (`theirs`) and the value that lost (`mine`, the pusher's). Kinds:

- edit: both changed the same fields;
- delete: one side deleted the record while the other edited it (the central state is kept;
  choosing `mine` for "deleted" deletes or restores it);
- rejected: the central database refused a new record (its name or reference was taken, or it
  refers to a record that was refused): the whole record is in `mine`;
- duplicate: a record added here had the same unique key as one from the central database,
  which replaced it here: the local copy is in `mine`.

`resolve_conflict` writes the chosen values to the record and marks the conflict resolved with
who and when, in one local transaction; both go to the central database with the next push
(where, should someone have changed those fields again meanwhile, they merge like any edit).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ..domain.clock import utc_now
from ..store.database import Store
from . import local
from .tables import from_sqlite, specs, to_sqlite


@dataclass
class FieldConflict:
    name: str
    base: object
    mine: object  # the value that lost (the pusher's)
    theirs: object  # the value the central database kept
    current: object  # the value the record has here now


@dataclass
class Conflict:
    id: str
    table: str
    row_id: str
    kind: str
    fields: list[FieldConflict]
    reason: str | None
    client_user: str | None
    detected_at: str
    status: str
    resolved_by: str | None
    resolved_at: str | None
    client_values: dict | None


class ConflictError(ValueError):
    """The resolution asked for cannot be made; str() says why."""


_COLUMNS = ("id", "table_name", "row_id", "kind", "fields", "base_values", "server_values",
            "client_values", "reason", "client_user", "detected_at", "status", "resolved_by",
            "resolved_at")


def open_conflict_count(raw: sqlite3.Connection) -> int:
    return raw.execute(
        "SELECT count(*) FROM sync_conflicts WHERE status = 'open' AND deleted = 0").fetchone()[0]


def list_conflicts(store: Store, *, status: str | None = "open") -> list[Conflict]:
    """Conflicts, oldest first; `status=None` for all of them."""
    where = "deleted = 0" + (" AND status = ?" if status else "")
    with local.raw_connection(store) as raw:
        rows = raw.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM sync_conflicts WHERE {where} "
            "ORDER BY detected_at, id", (status,) if status else ()).fetchall()
        return [_conflict(raw, dict(zip(_COLUMNS, row, strict=True))) for row in rows]


def get_conflict(store: Store, conflict_id: str) -> Conflict:
    with local.raw_connection(store) as raw:
        return _load(raw, conflict_id)


def _load(raw, conflict_id: str) -> Conflict:
    row = raw.execute(f"SELECT {', '.join(_COLUMNS)} FROM sync_conflicts WHERE id = ?",
                      (conflict_id.replace("-", ""),)).fetchone()
    if row is None:
        raise ConflictError(f"There is no conflict {conflict_id}.")
    return _conflict(raw, dict(zip(_COLUMNS, row, strict=True)))


def _conflict(raw, row: dict) -> Conflict:
    loads = lambda text: json.loads(text) if text else {}  # noqa: E731
    base, theirs, mine = (loads(row[k]) for k in ("base_values", "server_values", "client_values"))
    spec = specs().get(row["table_name"])
    current = {}
    if spec is not None:
        found = raw.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name} WHERE id = ?",
                            (row["row_id"],)).fetchone()
        if found:
            current = {c: from_sqlite(spec.kinds[c], v)
                       for c, v in zip(spec.columns, found, strict=True)}
    names = json.loads(row["fields"] or "[]")
    return Conflict(
        id=row["id"], table=row["table_name"], row_id=row["row_id"], kind=row["kind"],
        fields=[FieldConflict(n, base.get(n), mine.get(n), theirs.get(n), current.get(n))
                for n in names],
        reason=row["reason"], client_user=row["client_user"], detected_at=row["detected_at"],
        status=row["status"], resolved_by=row["resolved_by"], resolved_at=row["resolved_at"],
        client_values=mine or None,
    )


def resolve_conflict(store: Store, conflict_id: str, choices: dict[str, object], *,
                     user: str, note: str | None = None) -> Conflict:
    """Resolve a conflict: for each conflicting field, "mine", "theirs", "current" (keep what
    the record has now) or {"value": anything} (a person's own value). Fields left out keep
    their current value. Records who resolved it and when; returns the resolved conflict."""
    with local.raw_connection(store) as raw:
        conflict = _load(raw, conflict_id)
        if conflict.status != "open":
            raise ConflictError(f"This conflict was already resolved by {conflict.resolved_by}.")
        by_name = {f.name: f for f in conflict.fields}
        unknown = set(choices) - set(by_name)
        if unknown:
            raise ConflictError(f"Not a field of this conflict: {', '.join(sorted(unknown))}.")
        values, resolution = {}, {}
        for name, choice in choices.items():
            field = by_name[name]
            if choice == "mine":
                value = field.mine
            elif choice == "theirs":
                value = field.theirs
            elif choice == "current":
                value = field.current
            elif isinstance(choice, dict) and "value" in choice:
                value, choice = choice["value"], "value"
            else:
                raise ConflictError(f"{name}: choose mine, theirs, current or a value.")
            values[name] = value
            resolution[name] = {"choice": choice, "value": value}
        now = utc_now().isoformat(sep=" ", timespec="microseconds")
        with local.write(raw):
            spec = specs().get(conflict.table)
            changed = {n: v for n, v in values.items() if by_name[n].current != v}
            if changed and spec is not None:
                exists = raw.execute(f"SELECT 1 FROM {spec.name} WHERE id = ?",
                                     (conflict.row_id,)).fetchone()
                if not exists:
                    raise ConflictError("The record is not on this workstation yet: synchronise "
                                        "first, then resolve.")
                sets = ", ".join(f"{n} = ?" for n in changed)
                raw.execute(
                    f"UPDATE {spec.name} SET {sets}, updated_at = ?, updated_by = ? WHERE id = ?",
                    (*(to_sqlite(spec.kinds[n], v) for n, v in changed.items()), now, user,
                     conflict.row_id))
            raw.execute(
                "UPDATE sync_conflicts SET status = 'resolved', resolved_by = ?, resolved_at = ?,"
                " resolution = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                (user, now, json.dumps({"fields": resolution, "note": note}), now, user,
                 conflict.id))
        return _load(raw, conflict.id)
