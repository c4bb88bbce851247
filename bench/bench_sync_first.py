"""First sync of a big central database, and a sync with nothing to do (DESIGN section 4).

    python bench/bench_sync_first.py [--cases 100000] [--small 1000]

Needs the PostgreSQL server of the tests (VAL_TEST_PG, default postgres@127.0.0.1:5432); makes
and drops its own databases. Steps and what is printed:

1. a workstation fills a store with `cases` synthetic cases (store/demo.py) and pushes it up
   (the setup; its time is printed too);
2. a fresh workstation's first sync pulls everything: rows per second;
3. baseline, in the same run: the same rows read with psycopg and inserted into an identical
   fresh store with executemany, one transaction per table (no sync bookkeeping): rows per
   second, and the ratio (the aim: the first sync at least half the baseline);
4. a sync with nothing to do, at `cases` and at `small` cases: median and worst of 15 runs
   (the aim: under 50 ms and not growing with the database).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import psycopg

from val_desktop.store.database import open_store
from val_desktop.store.demo import fill_demo
from val_desktop.sync import init_server, local, sync
from val_desktop.sync.tables import specs

ADMIN = os.environ.get("VAL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


class Central:
    def __init__(self):
        self.admin = psycopg.connect(ADMIN, autocommit=True)
        self.name = f"val_bench_{uuid.uuid4().hex[:10]}"
        self.admin.execute(f'CREATE DATABASE "{self.name}"')
        base = ADMIN.rsplit("/", 1)[0]
        self.dsn = f"{base}/{self.name}"
        self.url = self.dsn.replace("postgresql://", "postgresql+psycopg://", 1)
        init_server(self.url)

    def drop(self):
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.close()


def populate(central: Central, folder: Path, cases: int) -> tuple[int, float, float]:
    store = open_store(folder)
    started = time.perf_counter()
    counts = fill_demo(store, cases=cases, seed=1, today=date(2026, 11, 20))
    filled = time.perf_counter() - started
    started = time.perf_counter()
    report = sync(store, central.url, push_batch=5000)
    pushed = time.perf_counter() - started
    assert report.ok and report.rejected == 0, report.summary()
    store.close()
    return sum(counts.values()), filled, pushed


def first_sync(central: Central, folder: Path) -> tuple[int, float]:
    store = open_store(folder)
    started = time.perf_counter()
    report = sync(store, central.url)
    elapsed = time.perf_counter() - started
    assert report.ok, report.summary()
    store.close()
    return report.pulled, elapsed


def _baseline_converters(spec):
    out = []
    for name in spec.columns:
        kind = spec.kinds[name]
        out.append({
            "uuid": lambda v: v.hex if v is not None else None,
            "datetime": lambda v: v.isoformat(" ", "microseconds") if v is not None else None,
            "date": lambda v: v.isoformat() if v is not None else None,
            "json": lambda v: json.dumps(v) if v is not None else None,
        }.get(kind))
    return out


def baseline(central: Central, folder: Path) -> tuple[int, float]:
    """psycopg read + SQLite executemany of the same rows, into an identical fresh store."""
    store = open_store(folder)
    rows_total = 0
    started = time.perf_counter()
    with psycopg.connect(central.dsn) as pg, local.raw_connection(store) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        for spec in specs().values():
            converters = _baseline_converters(spec)
            columns = ", ".join(spec.columns)
            insert = (f"INSERT INTO {spec.name} ({columns}) "
                      f"VALUES ({', '.join('?' * len(spec.columns))})")
            with local.write(raw, applying=True), pg.cursor(name=f"read_{spec.name}") as cursor:
                cursor.itersize = 5000
                cursor.execute(f"SELECT {columns} FROM {spec.name}")
                while rows := cursor.fetchmany(5000):
                    raw.executemany(insert, [
                        tuple(v if c is None else c(v) for c, v in zip(converters, row,
                                                                        strict=True))
                        for row in rows])
                    rows_total += len(rows)
        raw.execute("PRAGMA foreign_keys = ON")
    elapsed = time.perf_counter() - started
    store.close()
    return rows_total, elapsed


def nothing_to_do(central: Central, folder: Path, runs: int = 15) -> tuple[float, float]:
    store = open_store(folder)
    sync(store, central.url)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        report = sync(store, central.url)
        times.append((time.perf_counter() - started) * 1000)
        assert report.ok and report.pushed == 0 and report.pulled == 0, report.summary()
    store.close()
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="val-bench-sync-"))
    small, big = Central(), Central()
    try:
        rows, _, _ = populate(small, work / "small-source", args.small)
        small_noop = nothing_to_do(small, work / "small-client")
        print(f"small central database: {args.small} cases, {rows} rows")

        rows, filled, pushed = populate(big, work / "source", args.cases)
        print(f"central database: {args.cases} cases, {rows} rows "
              f"(demo fill {filled:.1f} s; pushed up by one workstation in {pushed:.1f} s, "
              f"{rows / pushed:,.0f} rows/s)")
        pulled, elapsed = first_sync(big, work / "client")
        sync_rate = pulled / elapsed
        print(f"first sync:  {pulled} rows in {elapsed:.1f} s = {sync_rate:,.0f} rows/s")
        base_rows, base_elapsed = baseline(big, work / "baseline")
        base_rate = base_rows / base_elapsed
        print(f"baseline:    {base_rows} rows in {base_elapsed:.1f} s = {base_rate:,.0f} rows/s "
              "(psycopg read + SQLite executemany, same rows, same schema)")
        print(f"ratio first sync / baseline: {sync_rate / base_rate:.2f} (aim >= 0.5)")
        big_noop = nothing_to_do(big, work / "client")
        print(f"sync with nothing to do: {big_noop[0]:.1f} ms median, {big_noop[1]:.1f} ms worst "
              f"at {args.cases} cases; {small_noop[0]:.1f} ms median, {small_noop[1]:.1f} ms "
              f"worst at {args.small} cases (aim < 50 ms, flat)")
    finally:
        small.drop()
        big.drop()


if __name__ == "__main__":
    main()
