"""How long `fill_demo` takes to build a 100,000-case demo store (target: well under 60 s).

    python bench/bench_demo.py [--cases 100000] [--seed 1] [--repeat 1]

Prints the wall-clock and CPU time of fill_demo into a fresh temporary store (rows per second,
store size), and a baseline measured in the same run: plain sqlite3 `executemany` of the same
number of victim rows into the victims table of another fresh store, committed. The ratio says
how many "victim inserts" the whole demo costs: the demo writes about 28 rows of all kinds per
case, plus the search index, the sync outbox queue and the rebuilt indexes.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from _store import BENCH_TODAY, machine_note

from val_desktop.store.database import STORE_FILE, open_store
from val_desktop.store.demo import SYNC_COLUMNS, TABLE_COLUMNS, fill_demo


def time_fill(cases: int, seed: int) -> tuple[float, float, dict, int]:
    folder = Path(tempfile.mkdtemp(prefix="val-bench-demo-"))
    try:
        store = open_store(folder)
        wall, cpu = time.perf_counter(), time.process_time()
        counts = fill_demo(store, cases=cases, seed=seed, today=BENCH_TODAY)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        store.close()
        size = (folder / STORE_FILE).stat().st_size
        return wall, cpu, counts, size
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def time_baseline(rows: int) -> float:
    """executemany of `rows` synthetic victims into a fresh store's victims table, as the store
    is (its indexes and change-capture trigger included), in one transaction."""
    columns = TABLE_COLUMNS["victims"] + SYNC_COLUMNS
    data = [
        (f"{i:032x}", "Siân", f"Evans{i % 997}", "1980-05-17", "female", "+447700900123",
         f"person{i}@example.org", f"{i % 240} Severn Way", None, "Worcester", "WR3 8SP",
         "English", 0, "no", 1, "2026-11-25 09:00:00.000000", "bench", 0, None)
        for i in range(rows)
    ]
    folder = Path(tempfile.mkdtemp(prefix="val-bench-base-"))
    try:
        store = open_store(folder)
        with store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            started = time.perf_counter()
            raw.execute("BEGIN")
            raw.executemany(
                f"INSERT INTO victims ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})", data)
            raw.execute("COMMIT")
            elapsed = time.perf_counter() - started
        store.close()
        return elapsed
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of fill_demo (best is kept)")
    args = parser.parse_args()

    print(f"before: {machine_note()}")
    runs = [time_fill(args.cases, args.seed) for _ in range(args.repeat)]
    wall, cpu, counts, size = min(runs, key=lambda run: run[0])
    rows = sum(counts.values())
    baseline = time_baseline(args.cases)
    print(f"after:  {machine_note()}")
    print()
    every = ", ".join(f"{run[0]:.1f}" for run in runs)
    print(f"fill_demo({args.cases:,} cases): {wall:.1f} s wall, {cpu:.1f} s CPU "
          f"(target well under 60 s; runs: {every} s)")
    print(f"  {rows:,} rows ({rows / args.cases:.1f} per case), {rows / wall:,.0f} rows/s, "
          f"store {size / 1e6:,.0f} MB")
    for table, count in counts.items():
        print(f"    {table:22s} {count:>10,}")
    print(f"baseline: executemany of {args.cases:,} victim rows: {baseline:.2f} s "
          f"({args.cases / baseline:,.0f} rows/s)")
    print(f"ratio: fill_demo / baseline = {wall / baseline:.1f}x the time, for "
          f"{rows / args.cases:.1f}x the rows; per row {wall / rows * 1e6:.1f} us vs "
          f"{baseline / args.cases * 1e6:.1f} us")


if __name__ == "__main__":
    main()
