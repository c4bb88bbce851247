"""Many workstations pushing at once (DESIGN section 4: ~100 thick clients on one PostgreSQL).

    python bench/bench_sync_push_many.py [--clients 50] [--edits 100] [--cases 200]

A central database with `cases` demo cases; `clients` workstation processes, each with its own
replica (a copy of one synchronised store, given its own store id), make `edits` local changes
(half new contact-log entries, half edits of fields of shared records, so that some edits merge
and some conflict), then wait at a barrier and all push at the same moment. Printed: accepted
edits per second from the barrier to the last client done, the outcomes, and the check that
none was lost: every change id is in sync_applied exactly once, every new entry is on the
server, and every conflicting edit is kept in a conflict record.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import psycopg
from bench_sync_first import Central

from val_desktop.store.database import STORE_FILE, open_store
from val_desktop.store.demo import fill_demo
from val_desktop.sync import local, sync


def client(folder: str, url: str, seed: int, edits: int, barrier, queue) -> None:
    rng = random.Random(seed)
    store = open_store(Path(folder))
    new_entries, changes = [], []
    with local.raw_connection(store) as raw:
        cases = [r for (r,) in raw.execute("SELECT id FROM cases ORDER BY id")]
        victims = [r for (r,) in raw.execute("SELECT id FROM victims ORDER BY id")]
        now = "2026-11-20 12:00:00.000000"
        with local.write(raw):
            for step in range(edits):
                if step % 2 == 0:
                    entry = uuid.uuid4().hex
                    raw.execute(
                        "INSERT INTO contact_log (id, case_id, at, kind, summary, row_version,"
                        " updated_at, updated_by, deleted) VALUES (?, ?, ?, 'call', ?, 1, ?, ?, 0)",
                        (entry, rng.choice(cases), now, f"client {seed} step {step}", now,
                         f"user{seed}"))
                    new_entries.append(entry)
                else:
                    column = rng.choice(["town", "phone", "preferred_language"])
                    raw.execute(f"UPDATE victims SET {column} = ?, updated_by = ? WHERE id = ?",
                                (f"{seed}-{step}", f"user{seed}", rng.choice(victims)))
    outcomes = {}

    def acknowledged(batch, answers):
        for payload in batch:
            answer = answers[payload["change_id"]]
            outcomes[payload["change_id"]] = (answer.outcome, answer.conflict_id)
            changes.append(payload["change_id"])

    barrier.wait()
    started = time.perf_counter()
    report = sync(store, url, hooks={"acknowledged": acknowledged}, push_batch=1000)
    queue.put({"seed": seed, "ok": report.ok, "error": report.error, "pushed": report.pushed,
               "seconds": time.perf_counter() - started, "end": time.time(),
               "outcomes": outcomes, "new_entries": new_entries})
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="val-bench-push-"))
    central = Central()
    try:
        seed_store = open_store(work / "seed")
        fill_demo(seed_store, cases=args.cases, seed=2, today=date(2026, 11, 20))
        assert sync(seed_store, central.url).ok
        template = open_store(work / "template")
        assert sync(template, central.url).ok
        template.close()
        for i in range(args.clients):
            folder = work / f"c{i}"
            folder.mkdir()
            shutil.copy(work / "template" / STORE_FILE, folder / STORE_FILE)
            with sqlite3.connect(folder / STORE_FILE) as copy:
                copy.execute("UPDATE local_settings SET value = ? WHERE key = 'store_id'",
                             (uuid.uuid4().hex,))

        context = multiprocessing.get_context("fork")
        barrier = context.Barrier(args.clients + 1)
        queue = context.Queue()
        processes = [context.Process(target=client, args=(str(work / f"c{i}"), central.url, i,
                                                          args.edits, barrier, queue))
                     for i in range(args.clients)]
        for process in processes:
            process.start()
        barrier.wait(timeout=300)
        started = time.time()
        results = [queue.get(timeout=600) for _ in processes]
        for process in processes:
            process.join(60)
        wall = max(r["end"] for r in results) - started

        failed = [r for r in results if not r["ok"]]
        outcomes = Counter(o for r in results for o, _ in r["outcomes"].values())
        total = sum(len(r["outcomes"]) for r in results)
        with psycopg.connect(central.dsn) as pg:
            applied = dict(pg.execute("SELECT change_id::text, outcome FROM sync_applied"
                                      " WHERE store_id IS NOT NULL").fetchall())
            entries = {r for (r,) in pg.execute("SELECT id::text FROM contact_log")}
            conflict_ids = {r for (r,) in pg.execute("SELECT id::text FROM sync_conflicts")}
        lost = []
        for result in results:
            for change_id, (outcome, conflict_id) in result["outcomes"].items():
                if applied.get(str(uuid.UUID(change_id))) != outcome:
                    lost.append(change_id)
                if outcome == "conflict" and str(uuid.UUID(conflict_id)) not in conflict_ids:
                    lost.append(change_id)
            lost += [e for e in result["new_entries"] if str(uuid.UUID(e)) not in entries]
        expected = args.clients * args.edits
        print(f"{args.clients} clients x {args.edits} edits pushed at once ({expected} edits; "
              f"{total} changes, repeated edits of one row travelling as one) acknowledged in "
              f"{wall:.2f} s = {expected / wall:,.0f} edits/s, {total / wall:,.0f} changes/s "
              f"(per client: median {sorted(r['seconds'] for r in results)[len(results) // 2]:.2f}"
              f" s, worst {max(r['seconds'] for r in results):.2f} s)")
        print(f"outcomes: {dict(outcomes)}; failed syncs: {len(failed)}; lost: {len(lost)}")
        if failed:
            print("first failure:", failed[0]["error"])
    finally:
        central.drop()


if __name__ == "__main__":
    main()
