"""The client side of a pull: everything the central database accepted since the last one.

A pull round starts by reading the central version `v` (REPEATABLE READ, READ ONLY): because
every writer takes its version under one row lock held until commit, every row stamped at or
below `v` is committed and visible, and none can appear there later (the late-commit skip of a
naive "seq > cursor" reader cannot happen). The round then reads, table by table in foreign-key
order, the rows with cursor < server_seq <= v in (server_seq, id) order, a batch at a time. A row
updated meanwhile moves above v and comes in the next round.

Each batch is applied in one SQLite transaction together with the round's progress, so a pull
interrupted anywhere (network, cancel, a killed process) resumes after the last batch applied.
A row with local changes not yet acknowledged is left as it is: the push sends it with its base
and the server merges; the row then comes back, merged, on the pull that follows.

A pulled row whose unique key (a provider's name, a username, a referral's source id) is held
here by a row that never reached the server is adopted: references move to the server's row,
the local copy is kept whole in a conflict record of kind "duplicate", then removed.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from psycopg import sql

from ..domain.clock import utc_now
from . import local
from .tables import TableSpec, pg_to_sqlite_converters, row_from_sqlite, specs, to_sqlite

MAX_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff"


class PullError(RuntimeError):
    """A pulled row cannot be stored here; str() says which and why."""


@dataclass
class PullStats:
    pulled: int = 0
    deferred: int = 0  # rows with local changes still to push: merged on the server instead
    adopted: int = 0
    target: int = 0


Tick = Callable[[str, int], None]


def start_round(raw: sqlite3.Connection, pg: psycopg.Connection) -> dict | None:
    """The round to continue or begin; None when there is nothing new (one cheap query)."""
    state = local.get(raw, "pull")
    if state:
        return state
    cursor = local.get(raw, "cursor", 0)
    with pg.transaction():
        pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        target = pg.execute("SELECT v FROM sync_state WHERE id = 1").fetchone()[0]
    if target <= cursor:
        return None
    state = {"cursor": cursor, "target": target, "table": 0, "seq": cursor, "id": MAX_ID}
    with local.write(raw):
        local.put(raw, "pull", state)
    return state


def remaining(pg: psycopg.Connection, state: dict) -> int:
    total = 0
    names = list(specs())
    for name in names[state["table"]:]:
        total += pg.execute(
            sql.SQL("SELECT count(*) FROM {} WHERE server_seq > %s AND server_seq <= %s").format(
                sql.Identifier(name)), (state["cursor"], state["target"])).fetchone()[0]
    pg.rollback()
    return total


def run_round(raw, pg, state: dict, *, batch_rows: int, context: dict, stats: PullStats,
              tick: Tick, hooks: dict) -> None:
    """Apply the round batch by batch; raises what interrupts it (progress is kept)."""
    names = list(specs())
    while state["table"] < len(names):
        spec = specs()[names[state["table"]]]
        query = sql.SQL(
            "SELECT {} FROM {} WHERE (server_seq, id) > (%s, %s) AND server_seq <= %s "
            "ORDER BY server_seq, id LIMIT %s").format(
                sql.SQL(", ").join(map(sql.Identifier, spec.columns)), sql.Identifier(spec.name))
        while True:
            tick("pull", stats.pulled)
            with pg.transaction():
                rows = pg.execute(query, (state["seq"], uuid.UUID(state["id"]), state["target"],
                                          batch_rows)).fetchall()
            following = dict(state)
            finished = len(rows) < batch_rows
            if finished:
                following.update(table=state["table"] + 1, seq=state["cursor"], id=MAX_ID)
            else:
                last = rows[-1]
                following.update(seq=last[spec.columns.index("server_seq")],
                                 id=str(last[0]))
            _apply(raw, spec, rows, following, context, stats, hooks)
            state.update(following)
            if finished:
                break
    with local.write(raw):
        local.put(raw, "cursor", state["target"])
        local.put(raw, "pull", None)
    stats.target = state["target"]


def _apply(raw, spec: TableSpec, rows: list[tuple], following: dict, context: dict,
           stats: PullStats, hooks: dict) -> None:
    converters = pg_to_sqlite_converters(spec)
    converted = [
        tuple(value if convert is None else convert(value)
              for convert, value in zip(converters, row, strict=True))
        for row in rows
    ]
    with local.foreign_keys_off(raw), local.write(raw, applying=True):
        pending = _pending(raw, spec.name, [r[0] for r in converted])
        keep = [r for r in converted if r[0] not in pending]
        stats.deferred += len(converted) - len(keep)
        statement = _upsert_sql(spec)
        raw.execute("SAVEPOINT pulled")
        try:
            raw.executemany(statement, keep)
            raw.execute("RELEASE pulled")
        except sqlite3.IntegrityError:
            raw.execute("ROLLBACK TO pulled")
            raw.execute("RELEASE pulled")
            for row in keep:
                _apply_one(raw, spec, statement, row, context, stats)
        if keep and raw.execute("SELECT 1 FROM sync_base WHERE table_name = ? LIMIT 1",
                                (spec.name,)).fetchone():
            raw.executemany(f"DELETE FROM sync_base WHERE table_name = '{spec.name}' AND row_id = ?",
                            [(r[0],) for r in keep])
        local.put(raw, "pull", following)
        if hooks.get("mid_apply"):
            hooks["mid_apply"](len(keep))
    stats.pulled += len(keep)


def _pending(raw, table: str, ids: list[str]) -> set[str]:
    if not raw.execute("SELECT 1 FROM sync_outbox WHERE table_name = ? LIMIT 1",
                       (table,)).fetchone():
        return set()
    found = set()
    for part in local.chunks(ids):
        found.update(r for (r,) in raw.execute(
            f"SELECT row_id FROM sync_outbox WHERE table_name = ? AND row_id IN "
            f"({', '.join('?' * len(part))})", (table, *part)))
    return found


def _upsert_sql(spec: TableSpec) -> str:
    columns = ", ".join(spec.columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in spec.columns if c != "id")
    return (f"INSERT INTO {spec.name} ({columns}) VALUES ({', '.join('?' * len(spec.columns))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}")


def _apply_one(raw, spec, statement, row, context, stats) -> None:
    for _ in range(len(spec.unique) + 1):
        try:
            raw.execute(statement, row)
            return
        except sqlite3.IntegrityError as error:
            if not _adopt(raw, spec, row, context, error):
                raise PullError(
                    f"A {spec.name} record from the central database ({row[0]}) clashes with a "
                    f"record changed here that is not sent yet ({error}). Nothing was lost; "
                    "change the local record's name or reference and synchronise again."
                ) from error
            stats.adopted += 1
    raise PullError(f"The {spec.name} record {row[0]} cannot be stored here.")


def _adopt(raw, spec: TableSpec, row: tuple, context: dict, error) -> bool:
    """Replace a never-synchronised local row holding the same unique key by the server's."""
    values = dict(zip(spec.columns, row, strict=True))
    for column in spec.unique:
        clash = raw.execute(
            f"SELECT * FROM {spec.name} WHERE {column} = ? AND id != ?",
            (values[column], values["id"])).fetchone()
        if clash is None:
            continue
        names = [d[0] for d in raw.execute(f"SELECT * FROM {spec.name} LIMIT 0").description]
        mine = dict(zip(names, clash, strict=True))
        synced = raw.execute("SELECT 1 FROM sync_base WHERE table_name = ? AND row_id = ?",
                             (spec.name, mine["id"])).fetchone()
        if mine["server_seq"] is not None or synced:
            return False
        with local.capturing(raw):  # the re-pointed children must reach the server
            for child, child_column in spec.referrers:
                raw.execute(f"UPDATE {child} SET {child_column} = ? WHERE {child_column} = ?",
                            (values["id"], mine["id"]))
            _keep_in_conflict(raw, spec, column, mine, values, context)
        raw.execute(f"DELETE FROM {spec.name} WHERE id = ?", (mine["id"],))
        raw.execute("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ?",
                    (spec.name, mine["id"]))
        return True
    return False


def _keep_in_conflict(raw, spec, column, mine: dict, theirs: dict, context: dict) -> None:
    now = to_sqlite("datetime", utc_now().isoformat(sep=" ", timespec="microseconds"))
    mine_wire = row_from_sqlite(spec, mine)
    conflict = {
        "id": uuid.uuid4().hex, "table_name": spec.name, "row_id": mine["id"],
        "kind": "duplicate", "fields": f'["{column}"]', "base_values": None,
        "server_values": to_sqlite("json", {"id": theirs["id"], column: theirs[column]}),
        "client_values": to_sqlite("json", mine_wire),
        "reason": (f"This workstation had added a {spec.name} record with the same {column} as "
                   "one already on the central database; the central one is used and this "
                   "copy is kept here."),
        "client_store_id": context.get("store_id"), "client_user": context.get("user"),
        "change_id": None, "detected_at": now, "status": "open", "row_version": 1,
        "updated_at": now, "updated_by": context.get("user"), "deleted": 0, "server_seq": None,
    }
    names = ", ".join(conflict)
    raw.execute(f"INSERT INTO sync_conflicts ({names}) VALUES ({', '.join('?' * len(conflict))})",
                tuple(conflict.values()))
