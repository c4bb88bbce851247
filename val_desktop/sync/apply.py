"""The server side of a push: one short PostgreSQL transaction per batch of changes.

1. Take the transaction's version (`val_sync_v()`): the row lock on `sync_state` serialises
   pushes (and every other writer), so version order is commit order.
2. Changes whose id is already in `sync_applied` were applied by an earlier attempt whose answer
   was lost: they are not applied again; their stored outcome is returned.
3. The others meet the current rows (locked FOR UPDATE) and go through the merge
   (sync/merge.py): inserts by COPY, updates by executemany, a conflict record for each overlap.
   A row the database refuses (a unique name already taken, a parent that does not exist) is
   kept whole in a conflict record of kind "rejected": never dropped.
4. Every row a change touched is stamped with the version, even when nothing in it changed, so
   that the pusher's next pull brings back the row as the server now has it.
5. Each change id goes into `sync_applied` with its outcome, in the same transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from psycopg import sql
from psycopg.types.json import Json

from ..domain.clock import utc_now
from . import merge
from .tables import TableSpec, from_pg, specs, to_pg

LOCK_TIMEOUT = "20s"
STATEMENT_TIMEOUT = "300s"
IDLE_TIMEOUT = "60s"


@dataclass
class Outcome:
    change_id: str
    outcome: str  # accepted, merged, conflict, rejected
    v: int
    applied: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)
    conflict_id: str | None = None
    duplicate: bool = False  # already applied by an earlier attempt

    def detail(self) -> dict:
        return {"applied": self.applied, "conflicting": self.conflicting,
                "conflict_id": self.conflict_id}


Hook = Callable[[psycopg.Connection], None]


def apply_push(
    pg: psycopg.Connection,
    changes: list[dict],
    *,
    store_id: str | None,
    user: str | None,
    before_commit: Hook | None = None,
) -> dict[str, Outcome]:
    """Apply a batch of changes atomically; the outcome of each, by change id."""
    results: dict[str, Outcome] = {}
    with pg.transaction():
        pg.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        pg.execute(f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT}'")
        pg.execute(f"SET LOCAL idle_in_transaction_session_timeout = '{IDLE_TIMEOUT}'")
        v = pg.execute("SELECT val_sync_v()").fetchone()[0]
        ids = [uuid.UUID(hex=c["change_id"]) for c in changes]
        for change_id, outcome, done_v, detail in pg.execute(
            "SELECT change_id, outcome, v, detail FROM sync_applied WHERE change_id = ANY(%s)",
            (ids,),
        ):
            detail = detail or {}
            results[change_id.hex] = Outcome(
                change_id.hex, outcome, done_v, detail.get("applied", []),
                detail.get("conflicting", []), detail.get("conflict_id"), duplicate=True)
        by_table: dict[str, list[dict]] = defaultdict(list)
        touch: dict[str, list[str]] = defaultdict(list)
        for change in changes:
            if change["change_id"] in results:
                touch[change["table"]].append(change["row_id"])
            else:
                by_table[change["table"]].append(change)
        now = utc_now()
        conflicts: list[dict] = []
        fresh: list[Outcome] = []
        for name, spec in specs().items():
            group = by_table.get(name)
            if group:
                _apply_table(pg, spec, group, v, now, store_id, user, fresh, conflicts,
                             touch[name])
        for name, row_ids in touch.items():
            if row_ids:
                pg.execute(
                    sql.SQL("UPDATE {} SET server_seq = NULL WHERE id = ANY(%s)").format(
                        sql.Identifier(name)),
                    ([uuid.UUID(hex=r) for r in row_ids],),
                )
        if conflicts:
            _insert_conflicts(pg, conflicts, now)
        if fresh:
            by_id = {c["change_id"]: c for c in changes}
            db_user = pg.info.user
            with pg.cursor() as cursor, cursor.copy(
                    "COPY sync_applied (change_id, store_id, table_name, row_id, v, outcome,"
                    " detail, db_user, applied_at) FROM STDIN") as copy:
                for o in fresh:
                    change = by_id[o.change_id]
                    copy.write_row((uuid.UUID(hex=o.change_id), store_id, change["table"],
                                    uuid.UUID(hex=change["row_id"]), v, o.outcome,
                                    Json(o.detail()), db_user, now))
            for outcome in fresh:
                results[outcome.change_id] = outcome
        if before_commit is not None:
            before_commit(pg)
    return results


def _current_rows(pg, spec: TableSpec, row_ids: list[str]) -> dict[str, dict]:
    columns = sql.SQL(", ").join(map(sql.Identifier, spec.columns))
    query = sql.SQL("SELECT {} FROM {} WHERE id = ANY(%s) FOR UPDATE").format(
        columns, sql.Identifier(spec.name))
    kinds = [spec.kinds[c] for c in spec.columns]
    found = {}
    with pg.cursor() as cursor:
        for row in cursor.execute(query, ([uuid.UUID(hex=r) for r in row_ids],)):
            values = {c: from_pg(k, x) for c, k, x in zip(spec.columns, kinds, row, strict=True)}
            found[values["id"]] = values
    return found


def _apply_table(pg, spec, group, v, now, store_id, user, fresh, conflicts, touch) -> None:
    current = _current_rows(pg, spec, [c["row_id"] for c in group])
    inserts, updates = [], []
    for change in group:
        theirs = current.get(change["row_id"])
        decision = merge.decide(
            spec.fields, change["values"], change.get("base"), change.get("base_seq"),
            theirs, theirs["server_seq"] if theirs else None)
        outcome = Outcome(change["change_id"], decision.outcome, v, decision.applied,
                          decision.conflicting)
        if decision.insert:
            inserts.append((change, outcome, decision.write))
        elif decision.write is not None:
            updates.append((change, outcome, decision.write))
        else:
            touch.append(change["row_id"])
            fresh.append(outcome)
        if decision.outcome == "conflict":
            outcome.conflict_id = uuid.uuid4().hex
            conflicts.append(_conflict(spec, change, outcome, decision.kind, theirs, store_id,
                                       user))
    _write(pg, spec, inserts, insert=True, fresh=fresh, conflicts=conflicts, store_id=store_id,
           user=user)
    _write(pg, spec, updates, insert=False, fresh=fresh, conflicts=conflicts, store_id=store_id,
           user=user)


def _row_values(spec: TableSpec, values: dict, columns: tuple[str, ...]) -> tuple:
    return tuple(to_pg(spec.kinds[c], values.get(c)) for c in columns)


def _write(pg, spec, items, *, insert, fresh, conflicts, store_id, user) -> None:
    if not items:
        return
    name = sql.Identifier(spec.name)
    if insert:
        columns = tuple(c for c in spec.columns if c != "server_seq")
        statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            name, sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.Placeholder() * len(columns)))
    else:
        columns = (*spec.fields, "updated_at", "updated_by")
        statement = sql.SQL("UPDATE {} SET {} WHERE id = %s").format(
            name, sql.SQL(", ").join(
                sql.SQL("{} = %s").format(sql.Identifier(c)) for c in columns))

    def params(write):
        row = _row_values(spec, write, columns)
        return row if insert else (*row, uuid.UUID(hex=write["id"]))

    try:
        with pg.transaction():  # a savepoint: one refused row falls back to row by row
            if insert:
                copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(
                    name, sql.SQL(", ").join(map(sql.Identifier, columns)))
                with pg.cursor() as cursor, cursor.copy(copy_sql) as copy:
                    for _, _, write in items:
                        copy.write_row(params(write))
            else:
                with pg.cursor() as cursor:
                    cursor.executemany(statement, [params(write) for _, _, write in items])
        fresh.extend(outcome for _, outcome, _ in items)
        return
    except psycopg.errors.IntegrityError:
        pass
    for change, outcome, write in items:
        try:
            with pg.transaction():
                pg.execute(statement, params(write))
            fresh.append(outcome)
        except psycopg.errors.IntegrityError as error:
            # Drop a conflict record this change may have planned: the rejection supersedes it.
            conflicts[:] = [c for c in conflicts if c["change_id"] != change["change_id"]]
            outcome.outcome, outcome.applied, outcome.conflicting = "rejected", [], []
            outcome.conflict_id = uuid.uuid4().hex
            conflicts.append({
                "id": outcome.conflict_id, "table_name": spec.name, "row_id": change["row_id"],
                "kind": "rejected", "fields": [], "base_values": change.get("base"),
                "server_values": None, "client_values": change["values"],
                "reason": _reason(error), "change_id": change["change_id"],
                "client_store_id": store_id, "client_user": user,
            })
            fresh.append(outcome)


def _reason(error: psycopg.Error) -> str:
    diag = error.diag
    if isinstance(error, psycopg.errors.UniqueViolation):
        return f"Another record already has this value ({diag.message_detail or diag.constraint_name})."
    if isinstance(error, psycopg.errors.ForeignKeyViolation):
        return f"It refers to a record the central database does not have ({diag.message_detail})."
    return diag.message_primary or str(error)


def _conflict(spec, change, outcome, kind, theirs, store_id, user) -> dict:
    base = change.get("base") or {}
    names = outcome.conflicting
    return {
        "id": outcome.conflict_id, "table_name": spec.name, "row_id": change["row_id"],
        "kind": kind, "fields": names,
        "base_values": {f: base.get(f) for f in names},
        "server_values": {f: theirs.get(f) for f in names},
        "client_values": {f: change["values"].get(f) for f in names},
        "reason": None, "change_id": change["change_id"],
        "client_store_id": store_id, "client_user": user or change["values"].get("updated_by"),
    }


def _insert_conflicts(pg, conflicts: list[dict], now) -> None:
    with pg.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO sync_conflicts (id, table_name, row_id, kind, fields, base_values,"
            " server_values, client_values, reason, client_store_id, client_user, change_id,"
            " detected_at, status, row_version, updated_at, updated_by, deleted)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'open', 1, %s, %s,"
            " false)",
            [(uuid.UUID(hex=c["id"]), c["table_name"], uuid.UUID(hex=c["row_id"]), c["kind"],
              Json(c["fields"]), _json(c["base_values"]), _json(c["server_values"]),
              _json(c["client_values"]), c["reason"], c["client_store_id"], c["client_user"],
              uuid.UUID(hex=c["change_id"]) if c["change_id"] else None, now, now,
              c["client_user"]) for c in conflicts],
        )


def _json(value):
    return None if value is None else Json(value)
