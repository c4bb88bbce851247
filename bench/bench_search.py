"""Case search at 100,000 cases: `search.search_case_ids` against raw FTS5 (target: p95 <= 2x).

    python bench/bench_search.py [--store-dir DIR] [--cases 100000] [--queries 200]

Takes `queries` last names, crime references and postcodes of demo victims at random (seeded)
and times, for each, our search (what a person typed turned into a safe MATCH expression, the
newest 100 matches as case UUIDs) and, in the same run, the bare `SELECT rowid FROM case_fts WHERE case_fts MATCH ?`
through sqlite3 with the same MATCH expression. Prints p50/p95 of each kind and the ratios.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time

from _store import add_store_arguments, demo_store, machine_note, percentile

from val_desktop.store.search import fts_query, search_case_ids

RAW = "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"


def sample(store, count: int, seed: int) -> dict[str, list[str]]:
    with sqlite3.connect(store.path) as db:
        rows = db.execute(
            "SELECT v.last_name, c.crime_reference, v.postcode FROM cases c"
            " JOIN victims v ON v.id = c.victim_id ORDER BY c.ref").fetchall()
    rng = random.Random(seed)
    picked = rng.sample(rows, min(count, len(rows)))
    with_ref = [r for r in rows if r[1]]
    return {
        "last name": [r[0] for r in picked],
        "crime reference": [r[1] for r in rng.sample(with_ref, min(count, len(with_ref)))],
        "postcode": [r[2] for r in picked],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_store_arguments(parser)
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind")
    args = parser.parse_args()
    store, _, _ = demo_store(args)
    queries = sample(store, args.queries, args.seed)
    raw = sqlite3.connect(store.path)
    print(machine_note())
    print(f"{'kind':16s} {'ours p50':>9s} {'p95':>7s} {'raw p50':>9s} {'p95':>7s}"
          f" {'p95 ratio':>9s} {'hits p50':>8s}")
    worst = 0.0
    with store.session() as session:
        for typed in queries["last name"][:20]:  # warm both paths up
            search_case_ids(session, typed)
            raw.execute(RAW, (fts_query(typed),)).fetchall()
        for kind, typed_all in queries.items():
            ours, bare, hits = [], [], []
            for typed in typed_all:
                expression = fts_query(typed)
                started = time.perf_counter()
                found = search_case_ids(session, typed)
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                rows = raw.execute(RAW, (expression,)).fetchall()
                bare.append(time.perf_counter() - started)
                hits.append(len(rows))
                assert found, typed
            ratio = percentile(ours, 95) / percentile(bare, 95)
            worst = max(worst, ratio)
            print(f"{kind:16s} {percentile(ours, 50) * 1e3:8.2f}ms"
                  f" {percentile(ours, 95) * 1e3:6.2f}ms {percentile(bare, 50) * 1e3:8.2f}ms"
                  f" {percentile(bare, 95) * 1e3:6.2f}ms {ratio:8.2f}x {percentile(hits, 50):8.0f}")
    raw.close()
    print(f"worst p95 ratio ours/raw: {worst:.2f}x (target <= 2x)")
    store.close()


if __name__ == "__main__":
    main()
