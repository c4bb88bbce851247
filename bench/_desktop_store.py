"""A 100,000-case demo store for the desktop benchmarks, built once and reused."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from val_desktop.store.database import open_store  # noqa: E402
from val_desktop.store.demo import fill_demo  # noqa: E402

AS_OF = date(2026, 11, 20)


def demo_store_dir(cases: int = 100_000, seed: int = 1) -> Path:
    folder = Path(os.environ.get("VAL_BENCH_DIR", "/tmp")) / f"val-bench-{cases}-{seed}"
    marker = folder / "complete"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("val.sqlite3", "val.sqlite3-wal", "val.sqlite3-shm"):
            (folder / name).unlink(missing_ok=True)
        started = time.perf_counter()
        store = open_store(folder)
        fill_demo(store, cases=cases, seed=seed, today=AS_OF)
        store.close()
        marker.write_text("ok")
        print(f"(built a {cases:,}-case demo store in {time.perf_counter() - started:.1f} s)")
    return folder
