"""The demo store the desktop benchmarks run on: built with store/demo.py, or reused.

    store, today, built_in = demo_store(args)   # args from add_store_arguments()

With --store-dir DIR an existing demo store there is reused (and built there if the folder holds
none, then kept for the next run); without it a store is built in a temporary folder that goes
away when the program ends. The day the demo was built around is kept beside the store
(demo.json), so a reused store is queried "as of" its own today.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from val_desktop.domain.clock import uk_date  # noqa: E402
from val_desktop.store.database import Store, open_store  # noqa: E402
from val_desktop.store.demo import fill_demo  # noqa: E402

BENCH_TODAY = date(2026, 11, 25)  # a Wednesday: obligations fall due "today"
INFO = "demo.json"


def add_store_arguments(parser: argparse.ArgumentParser, cases: int = 100_000) -> None:
    parser.add_argument("--store-dir", help="reuse (or build and keep) the demo store here")
    parser.add_argument("--cases", type=int, default=cases, help=f"demo cases (default {cases:,})")
    parser.add_argument("--seed", type=int, default=1, help="demo seed (default 1)")


def demo_store(args: argparse.Namespace) -> tuple[Store, date, float | None]:
    """(open store, the day it was built around, seconds it took to build or None if reused)."""
    if args.store_dir:
        folder = Path(args.store_dir)
    else:
        folder = Path(tempfile.mkdtemp(prefix="val-bench-"))
        atexit.register(shutil.rmtree, folder, True)
    store = open_store(folder)
    with store.engine.connect() as connection:
        held = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar()
    info = folder / INFO
    if held:
        if info.exists():
            today = date.fromisoformat(json.loads(info.read_text())["today"])
        else:
            with store.engine.connect() as connection:
                newest = connection.exec_driver_sql("SELECT max(referred_at) FROM cases").scalar()
            today = uk_date(datetime.fromisoformat(newest))
        print(f"(reusing the {held:,}-case store in {folder}, as of {today})")
        return store, today, None
    started = time.perf_counter()
    fill_demo(store, cases=args.cases, seed=args.seed, today=BENCH_TODAY)
    built = time.perf_counter() - started
    info.write_text(json.dumps({"cases": args.cases, "seed": args.seed,
                                "today": BENCH_TODAY.isoformat()}))
    print(f"(built a {args.cases:,}-case demo store in {built:.1f} s in {folder})")
    return store, BENCH_TODAY, built


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of a non-empty list."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def machine_note() -> str:
    """How busy the machine was: figures on a shared machine move with its load."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"
