"""The client side of a push: batches from the outbox, sent with their base, acknowledged.

A batch is prepared in one local transaction: each waiting outbox entry (one per changed row,
taken table by table in foreign-key order, up to the outbox position noted when this sync
began) gets an idempotency key (`change_id`) and the exact payload to send: the row as it is
now, and the server version it started from. Until the central database answers, the batch
stays "in flight": a retry after a lost connection resends exactly the same changes with the
same keys, and the server applies none of them twice. The answer is acknowledged in one local
transaction: the entries go, and a row accepted as sent keeps the pushed values as its new base.
"""

from __future__ import annotations

import json
import sqlite3
import uuid

from . import local
from .apply import Outcome
from .tables import TableSpec, from_sqlite, row_from_sqlite, specs, to_sqlite


def in_flight(raw: sqlite3.Connection) -> list[dict]:
    return [json.loads(p) for (p,) in raw.execute(
        "SELECT payload FROM sync_outbox WHERE change_id IS NOT NULL ORDER BY seq")]


def outbox_mark(raw: sqlite3.Connection) -> int:
    return raw.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]


def waiting(raw: sqlite3.Connection, upto: int) -> int:
    return raw.execute(
        "SELECT count(*) FROM sync_outbox WHERE change_id IS NULL AND seq <= ?", (upto,)
    ).fetchone()[0]


def prepare(raw: sqlite3.Connection, *, upto: int, limit: int) -> list[dict]:
    """The next batch to send: the one in flight if there is one, else a new one."""
    batch = in_flight(raw)
    if batch:
        return batch
    with local.write(raw):
        for spec in specs().values():
            room = limit - len(batch)
            if room <= 0:
                break
            entries = raw.execute(
                "SELECT seq, row_id FROM sync_outbox WHERE change_id IS NULL AND table_name = ?"
                " AND seq <= ? ORDER BY seq LIMIT ?", (spec.name, upto, room)).fetchall()
            if entries:
                batch.extend(_payloads(raw, spec, entries))
    return batch


def _payloads(raw, spec: TableSpec, entries: list[tuple[int, str]]) -> list[dict]:
    ids = [row_id for _, row_id in entries]
    rows, bases = {}, {}
    columns = ", ".join(spec.columns)
    for part in local.chunks(ids):
        marks = ", ".join("?" * len(part))
        for raw_row in raw.execute(
                f"SELECT {columns} FROM {spec.name} WHERE id IN ({marks})", part):
            rows[raw_row[0]] = row_from_sqlite(spec, dict(zip(spec.columns, raw_row, strict=True)))
        for row_id, seq, data in raw.execute(
                f"SELECT row_id, seq, data FROM sync_base WHERE table_name = ? AND row_id IN ({marks})",
                (spec.name, *part)):
            bases[row_id] = (seq, row_from_sqlite(spec, json.loads(data)))
    payloads, marks_sent, dropped = [], [], []
    for seq, row_id in entries:
        base_seq, base = bases.get(row_id, (None, None))
        values = rows.get(row_id)
        if values is None:  # removed here for good: the server gets a tombstone
            if base is None:
                dropped.append((seq,))  # never reached the server: nothing to tell it
                continue
            values = {**base, "deleted": True}
        payload = {"change_id": uuid.uuid4().hex, "table": spec.name, "row_id": row_id,
                   "base_seq": base_seq, "base": base, "values": values}
        payloads.append(payload)
        marks_sent.append((payload["change_id"], json.dumps(payload), seq))
    raw.executemany("UPDATE sync_outbox SET change_id = ?, payload = ? WHERE seq = ?", marks_sent)
    raw.executemany("DELETE FROM sync_outbox WHERE seq = ?", dropped)
    return payloads


def acknowledge(raw: sqlite3.Connection, batch: list[dict], outcomes: dict[str, Outcome]) -> None:
    """The central database answered: the batch leaves the outbox (one local transaction)."""
    table_specs = specs()
    with local.write(raw, applying=True):
        raw.executemany(  # by (table_name, row_id): the indexed way to each entry
            "DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ? AND change_id = ?",
            [(p["table"], p["row_id"], p["change_id"]) for p in batch
             if p["change_id"] in outcomes])
        bases, stamps = [], []
        for payload in batch:
            outcome = outcomes.get(payload["change_id"])
            if outcome is None or outcome.outcome != "accepted":
                continue  # merged or conflict: the old base stays the honest one until a pull
            spec = table_specs[payload["table"]]
            edited_since = raw.execute(
                "SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_id = ? LIMIT 1",
                (spec.name, payload["row_id"])).fetchone()
            if edited_since:
                # The server now holds exactly what was sent, at version v: that is the base
                # the newer local edit started from.
                stored = {c: to_sqlite(spec.kinds[c], v) for c, v in payload["values"].items()}
                bases.append((spec.name, payload["row_id"], outcome.v, json.dumps(stored)))
            else:
                # The row is what the server holds at v: a later edit snapshots it from there.
                stamps.append((spec.name, outcome.v, payload["row_id"]))
        raw.executemany(
            "INSERT INTO sync_base (table_name, row_id, seq, data) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq, data = excluded.data",
            bases)
        by_table: dict[str, list] = {}
        for name, v, row_id in stamps:
            by_table.setdefault(name, []).append((v, row_id))
        for name, params in by_table.items():
            raw.executemany(f"UPDATE {name} SET server_seq = ? WHERE id = ?", params)
            raw.executemany(f"DELETE FROM sync_base WHERE table_name = '{name}' AND row_id = ?",
                            [(row_id,) for _, row_id in params])


def base_of(raw: sqlite3.Connection, table: str, row_id: str) -> tuple[int | None, dict] | None:
    spec = specs()[table]
    row = raw.execute("SELECT seq, data FROM sync_base WHERE table_name = ? AND row_id = ?",
                      (table, row_id)).fetchone()
    if row is None:
        return None
    data = json.loads(row[1])
    return row[0], {c: from_sqlite(spec.kinds[c], v) for c, v in data.items()}
