"""Obligations due or overdue for one caseworker at 100,000 cases (target: p95 < 20 ms).

    python bench/bench_due.py [--store-dir DIR] [--cases 100000] [--rounds 5]

Times `listings.due_for_caseworker` for every caseworker, `rounds` times each, and prints
p50/p95 over all calls; in the same run, the same SQL through plain sqlite3 (what the query plan
costs without the ORM) and a baseline `SELECT count(*) FROM obligations`. Prints the query plan.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
import uuid

from _store import add_store_arguments, demo_store, machine_note, percentile
from sqlalchemy import select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from val_desktop.store.listings import due_for_caseworker
from val_desktop.store.models import Case, Obligation, Staff

TARGET_MS = 20.0


def plain_sql(staff_id: uuid.UUID, as_of) -> tuple[str, tuple]:
    """The SQL due_for_caseworker sends, with its parameters, for plain sqlite3."""
    query = (
        select(Case.ref, Obligation.rule_id, Obligation.due)
        .join(Case, Case.id == Obligation.case_id)
        .where(Case.spoc_id == staff_id, Case.status != "closed", Case.deleted.is_(False),
               Obligation.met_at.is_(None), Obligation.deleted.is_(False),
               Obligation.due <= as_of)
        .order_by(Obligation.due)
    )
    compiled = query.compile(dialect=sqlite_dialect.dialect())
    params = tuple(
        compiled.params[name] for name in compiled.positiontup
    )
    processed = []
    for value in params:
        if isinstance(value, uuid.UUID):
            value = value.hex
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        processed.append(value)
    return str(compiled), tuple(processed)


def timed(call, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_store_arguments(parser)
    parser.add_argument("--rounds", type=int, default=5, help="calls per caseworker")
    args = parser.parse_args()
    store, today, _ = demo_store(args)
    print(machine_note())
    raw = sqlite3.connect(store.path)
    with store.session() as session:
        workers = session.execute(
            select(Staff.id, Staff.username).where(Staff.role == "caseworker")
            .order_by(Staff.username)).all()
        ours, plain, sizes = [], [], {}
        for staff_id, username in workers:
            due_for_caseworker(session, staff_id, today)  # warm up
            ours += timed(lambda s=staff_id: due_for_caseworker(session, s, today), args.rounds)
            sizes[username] = len(due_for_caseworker(session, staff_id, today))
            sql, params = plain_sql(staff_id, today)
            raw.execute(sql, params).fetchall()
            plain += timed(lambda q=sql, p=params: raw.execute(q, p).fetchall(), args.rounds)
    raw.execute("SELECT count(*) FROM obligations").fetchone()
    baseline = timed(lambda: raw.execute("SELECT count(*) FROM obligations").fetchone(),
                     args.rounds * 3)
    sql, params = plain_sql(workers[0][0], today)
    plan = raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    total = raw.execute("SELECT count(*) FROM obligations").fetchone()[0]
    raw.close()

    print(f"as of {today}; {total:,} obligations; due or overdue per caseworker: "
          + ", ".join(f"{name} {n}" for name, n in sizes.items()))
    p50, p95 = percentile(ours, 50) * 1e3, percentile(ours, 95) * 1e3
    print(f"due_for_caseworker: p50 {p50:.2f} ms, p95 {p95:.2f} ms over {len(ours)} calls "
          f"(target p95 < {TARGET_MS:.0f} ms: {'met' if p95 < TARGET_MS else 'MISSED'})")
    print(f"same SQL, plain sqlite3: p50 {percentile(plain, 50) * 1e3:.2f} ms, "
          f"p95 {percentile(plain, 95) * 1e3:.2f} ms")
    b50 = percentile(baseline, 50) * 1e3
    print(f"baseline SELECT count(*) FROM obligations: p50 {b50:.2f} ms; "
          f"ratio ours p50 / baseline p50 = {p50 / b50:.2f}x")
    print("query plan:")
    for row in plan:
        print("   ", row[-1])
    store.close()


if __name__ == "__main__":
    main()
