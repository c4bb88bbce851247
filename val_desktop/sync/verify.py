"""Is a replica equal to the central database? (the tests' yardstick; also for support staff)

Both sides are read in the canonical form of sync/tables.py, every synchronised table, every
column, tombstones included.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from ..store.database import Store
from . import local
from .tables import from_pg, from_sqlite, specs


def local_rows(store: Store) -> dict[str, dict[str, dict]]:
    result = {}
    with local.raw_connection(store) as raw:
        for spec in specs().values():
            rows = {}
            for row in raw.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name}"):
                values = {c: from_sqlite(spec.kinds[c], v)
                          for c, v in zip(spec.columns, row, strict=True)}
                rows[values["id"]] = values
            result[spec.name] = rows
    return result


def server_rows(pg: psycopg.Connection) -> dict[str, dict[str, dict]]:
    result = {}
    for spec in specs().values():
        rows = {}
        query = sql.SQL("SELECT {} FROM {}").format(
            sql.SQL(", ").join(map(sql.Identifier, spec.columns)), sql.Identifier(spec.name))
        for row in pg.execute(query):
            values = {c: from_pg(spec.kinds[c], v) for c, v in zip(spec.columns, row, strict=True)}
            rows[values["id"]] = values
        result[spec.name] = rows
    pg.rollback()
    return result


def differences(replica: dict, central: dict, *, limit: int = 20) -> list[str]:
    """What differs, in words (at most `limit` lines); empty when the replica is equal."""
    lines = []
    for table, rows in central.items():
        mine = replica.get(table, {})
        for row_id in rows.keys() - mine.keys():
            lines.append(f"{table} {row_id}: missing here")
        for row_id in mine.keys() - rows.keys():
            lines.append(f"{table} {row_id}: only here")
        for row_id in rows.keys() & mine.keys():
            if rows[row_id] != mine[row_id]:
                changed = [c for c in rows[row_id] if rows[row_id][c] != mine[row_id].get(c)]
                lines.append(f"{table} {row_id}: differs in {', '.join(changed)}")
        if len(lines) >= limit:
            break
    return lines[:limit]
