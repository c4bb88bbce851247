"""Referral import throughput (target: at least 2,000 rows per second on 2 cores).

Writes a synthetic referral file of N rows, imports it into a fresh store, and prints rows per
second next to two baselines measured in the same run: plain csv.reader over the same file, and
parsing + checking alone (no store).

    python bench/bench_import.py [--rows 10000]
    python bench/bench_import.py --rows 10000 --onto-demo --store-dir /tmp/val-bench-100k

With --onto-demo the file goes into a copy of a 100,000-case demo store (built once, or reused
with --store-dir) instead of an empty one: the rate a caseworker sees on a store in use.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _store import add_store_arguments, demo_store, machine_note  # noqa: E402
from intake_files import row, write_file  # noqa: E402

from val_desktop.intake.referral_file import ReferralFile  # noqa: E402
from val_desktop.store.database import open_store  # noqa: E402
from val_desktop.store.importer import import_referrals  # noqa: E402

# Name pools about as varied as a real referral feed (a few thousand distinct full names).
FIRST = ("Ava Oliver Łucja Siân Mohammed Isla Noah Aisha Tomasz Grace Amelia Harry Olivia Jack "
         "Emily George Sophie Jacob Chloe Charlie Zoë Thomas Megan Oscar Ellie William Hannah "
         "James Ruby Leo Evie Alfie Freya Joshua Poppy Daniel Jessica Ethan Lily Samuel Mia "
         "Dylan Chidi Ibrahim Fatima Priya Arjun Agnieszka Piotr Bronwen Rhys Niamh Ciaran "
         "Yusuf Zainab Kwame Abena Mei Wei").split()
LAST = ("Lewis Jones Nowak Patel Evans Begum Hughes Khan Price Smith Williams Taylor Brown "
        "Davies Wilson Roberts Walker Wright Thompson White Edwards Green Hall Wood Harris "
        "Clarke Jackson Turner Hill Moore Cooper Ward Morris King Watson Baker Harrison Morgan "
        "Young Allen Mitchell Kelly Bell Phillips Parker Bennett Shaw Cook Richardson Ali "
        "Hussain Ahmed Kowalski Wiśniewski Okafor Mensah Chen Singh Kaur O'Brien Murphy Byrne "
        "Jenkins Lloyd Rees Powell Griffiths").split()
TOWNS = [("Worcester", "WR1"), ("Hereford", "HR4"), ("Shrewsbury", "SY3"), ("Telford", "TF3")]
OFFENCES = ["assault", "theft", "domestic_abuse", "burglary", "fraud", "harassment", "robbery"]


def make_file(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        town, district = rng.choice(TOWNS)
        out.append(row(
            f"BENCH-{i:07d}",
            first_name=rng.choice(FIRST),
            last_name=rng.choice(LAST),
            date_of_birth=f"{rng.randint(1940, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            offence_category=rng.choice(OFFENCES),
            phone=f"07700 900{rng.randint(0, 999):03d}",
            town=town,
            postcode=f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
            referred_at=f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:15",
            offence_date="2025-12-31",
            crime_reference=f"22/{rng.randint(10000, 99999)}/26",
        ))
    write_file(path, out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--onto-demo", action="store_true",
                        help="import into a copy of a demo store rather than an empty one")
    add_store_arguments(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="val-bench-import-"))
    path = work / "referrals.csv"
    make_file(path, args.rows)

    started = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as handle:
        raw_rows = sum(1 for _ in csv.reader(handle)) - 1
    raw = time.perf_counter() - started

    started = time.perf_counter()
    checked = sum(1 for _ in ReferralFile(path).rows())
    check = time.perf_counter() - started

    if args.onto_demo:
        demo, _, _ = demo_store(args)
        demo.close()
        shutil.copytree(Path(demo.path).parent, work / "data")
        os.sync()  # the copy's writing out must not fall inside the timing
    store = open_store(work / "data")
    with store.engine.connect() as connection:
        held = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar()
    started = time.perf_counter()
    summary = import_referrals(store, path)
    full = time.perf_counter() - started
    assert raw_rows == checked == summary.imported == args.rows, summary.line()
    store.close()
    shutil.rmtree(work)

    print(f"rows: {args.rows} into a store holding {held:,} cases; {machine_note()}")
    print(f"csv.reader only:        {args.rows / raw:10.0f} rows/s")
    print(f"parse + check (intake): {args.rows / check:10.0f} rows/s")
    print(f"full import (store):    {args.rows / full:10.0f} rows/s   ({full:.2f} s)")
    print(f"ratio full import / csv.reader: {raw / full:.3f}; target >= 2,000 rows/s: "
          f"{'met' if args.rows / full >= 2000 else 'NOT met'}")


if __name__ == "__main__":
    main()
