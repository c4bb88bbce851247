"""`valctl` through its real entry point: output, formats and exit codes (DESIGN section 5)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from intake_files import row, write_file

VALCTL = shutil.which("valctl")


def valctl(data_dir, *args, env=None, prefix=()):
    command = [*prefix, VALCTL or sys.executable, *(() if VALCTL else ("-m", "val_desktop.cli")),
               "--data-dir", str(data_dir), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    result = valctl(folder, "init", "--demo", "--cases", 400, "--seed", 7, "--as-of", "2026-11-20")
    assert result.returncode == 0, result.stderr
    return folder


def test_the_entry_point_is_installed():
    assert VALCTL, "valctl is not on PATH: install the package (pip install -e .)"


def test_help_lists_the_commands(tmp_path):
    result = valctl(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("init", "import-referrals", "cases", "providers", "obligations"):
        assert command in result.stdout


def test_init_creates_a_store_with_the_service_directory(tmp_path):
    result = valctl(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "val.sqlite3").exists()
    providers = json.loads(valctl(tmp_path, "providers", "--format", "json").stdout)
    names = {p["name"] for p in providers}
    assert {"Victim Support", "Brake", "Action Fraud", "National Stalking Helpline"} <= names
    assert all(set(p) >= {"name", "category"} for p in providers)
    again = valctl(tmp_path, "init")  # safe to run again, adds nothing twice
    assert again.returncode == 0
    assert len(json.loads(valctl(tmp_path, "providers", "--format", "json").stdout)) == len(names)


def test_the_data_folder_can_come_from_the_environment(tmp_path):
    command = [VALCTL, "init"]
    result = subprocess.run(command, capture_output=True, text=True,
                            env={**os.environ, "VAL_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "val.sqlite3").exists()


def test_the_same_seed_gives_the_same_demo(tmp_path, demo_dir):
    other = tmp_path / "again"
    valctl(other, "init", "--demo", "--cases", 400, "--seed", 7, "--as-of", "2026-11-20")
    assert valctl(other, "cases", "--format", "csv").stdout == \
        valctl(demo_dir, "cases", "--format", "csv").stdout


def test_cases_json_has_the_contract_keys_and_filters_agree(demo_dir):
    every = json.loads(valctl(demo_dir, "cases", "--format", "json").stdout)
    assert len(every) == 400
    keys = {"ref", "victim_name", "status", "spoc", "offence_category", "enhanced",
            "enhanced_reasons", "safe_to_write", "next_due"}
    assert all(keys <= set(case) for case in every)
    opened = json.loads(valctl(demo_dir, "cases", "--open", "--format", "json").stdout)
    closed = json.loads(valctl(demo_dir, "cases", "--closed", "--format", "json").stdout)
    assert len(opened) + len(closed) == len(every) and opened and closed
    assert all(c["status"] != "closed" for c in opened)
    assert all(c["status"] == "closed" for c in closed)
    spoc = next(c["spoc"] for c in opened if c["spoc"])
    mine = json.loads(valctl(demo_dir, "cases", "--spoc", spoc, "--format", "json").stdout)
    assert mine and all(c["spoc"] == spoc for c in mine)
    assert {c["ref"] for c in mine} == {c["ref"] for c in every if c["spoc"] == spoc}
    enhanced = [c for c in every if c["enhanced"]]
    assert enhanced and all(c["enhanced_reasons"] for c in enhanced)
    assert all(not c["enhanced_reasons"] for c in every if not c["enhanced"])


def test_csv_and_table_formats(demo_dir):
    text = valctl(demo_dir, "cases", "--open", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and "ref" in rows[0] and "victim_name" in rows[0]
    table = valctl(demo_dir, "cases", "--open").stdout.splitlines()
    assert table[0].split()[:3] == ["ref", "victim_name", "status"]
    assert table[-1] == f"({len(rows)} rows)"


def test_obligations_statuses_and_the_overdue_filter(demo_dir):
    as_of = "2026-11-20"
    every = json.loads(valctl(demo_dir, "obligations", "--as-of", as_of, "--format", "json").stdout)
    assert {"met", "met_late", "overdue", "open"} <= {o["status"] for o in every}
    assert all(set(o) >= {"case_ref", "rule", "due", "status", "met_at"} for o in every)
    for o in every:
        if o["status"] == "overdue":
            assert o["due"] < as_of and o["met_at"] is None
        if o["status"] == "open":
            assert o["due"] >= as_of and o["met_at"] is None
        if o["status"] == "met":
            assert o["met_at"][:10] <= o["due"] or o["met_at"] is not None
    overdue = json.loads(
        valctl(demo_dir, "obligations", "--overdue", "--as-of", as_of, "--format", "json").stdout
    )
    assert overdue == [o for o in every if o["status"] == "overdue"]


def test_due_cases_have_work_due(demo_dir):
    due = json.loads(valctl(demo_dir, "cases", "--due", "--format", "json").stdout)
    assert due
    assert all(c["next_due"] is not None and c["status"] != "closed" for c in due)


def test_import_exit_codes_and_summary(tmp_path):
    good = write_file(tmp_path / "good.csv", [row("C-1"), row("C-2")])
    result = valctl(tmp_path / "d", "import-referrals", good)
    assert result.returncode == 0, result.stderr
    assert "Read 2 rows: 2 imported, 0 duplicate, 0 rejected." in result.stdout

    mixed = write_file(tmp_path / "mixed.csv", [row("C-2"), row("C-3"), row("C-4", phone="12")])
    result = valctl(tmp_path / "d", "import-referrals", mixed)
    assert result.returncode == 3
    assert "Read 3 rows: 1 imported, 1 duplicate, 1 rejected." in result.stdout
    assert (tmp_path / "mixed.csv.rejects.csv").exists()

    dry = write_file(tmp_path / "dry.csv", [row("C-9"), row("C-10", postcode="XX")])
    result = valctl(tmp_path / "d", "import-referrals", dry, "--dry-run")
    assert result.returncode == 3
    assert "line 3:" in result.stdout and "postcode" in result.stdout
    refs = json.loads(valctl(tmp_path / "d", "cases", "--format", "json").stdout)
    assert len(refs) == 3


def test_a_file_level_problem_exits_2_and_changes_nothing(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"source_id,referral_source\n" + b"\xff\xfe bad bytes\n")
    result = valctl(tmp_path / "d", "import-referrals", bad)
    assert result.returncode == 2
    assert "UTF-8" in result.stderr and "Nothing was imported" in result.stderr
    assert valctl(tmp_path / "d", "import-referrals", tmp_path / "missing.csv").returncode == 2


def test_usage_errors_exit_2(tmp_path):
    assert valctl(tmp_path, "obligations", "--as-of", "tomorrow").returncode == 2
    assert valctl(tmp_path, "cases", "--open", "--closed").returncode == 2
    assert valctl(tmp_path, "no-such-command").returncode == 2


def test_commands_before_init_say_what_to_do(tmp_path):
    result = valctl(tmp_path / "empty", "cases")
    assert result.returncode == 2
    assert "valctl init" in result.stderr


def test_the_sample_referral_file_imports_with_every_row_accounted_for(tmp_path, sample_file):
    result = valctl(tmp_path / "d", "import-referrals", sample_file)
    assert result.returncode in (0, 3), result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("Read "))
    numbers = [int(w) for w in line.replace(",", " ").replace(":", " ").split() if w.isdigit()]
    read, imported, duplicate, rejected = numbers
    assert imported + duplicate + rejected == read > 0
    again = valctl(tmp_path / "d", "import-referrals", sample_file)
    assert f"0 imported, {imported + duplicate} duplicate" in again.stdout


def test_a_locked_store_says_so(tmp_path):
    assert valctl(tmp_path, "init").returncode == 0
    holder = sqlite3.connect(tmp_path / "val.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = valctl(tmp_path, "import-referrals",
                        write_file(tmp_path / "in.csv", [row("K-1")]))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    assert "in use by another program" in result.stderr
    assert json.loads(valctl(tmp_path, "cases", "--format", "json").stdout) == []


def test_a_read_only_store_says_so(tmp_path):
    assert valctl(tmp_path, "init").returncode == 0
    store = tmp_path / "val.sqlite3"
    os.chmod(store, 0o444)
    os.chmod(tmp_path, 0o555)
    # Root ignores file permissions; drop that power for the child, as an ordinary user has.
    prefix = ()
    if os.geteuid() == 0:
        prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner")
    try:
        result = valctl(tmp_path, "cases", prefix=prefix)
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(store, 0o644)
    assert result.returncode == 2
    assert "read-only" in result.stderr
