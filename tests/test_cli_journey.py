"""`valctl court diary` and `valctl rj register` through the real entry point: formats, the JSON
keys of the contract, options and exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_cli import valctl

AS_OF = "2026-11-20"
DIARY_KEYS = {"section", "date", "time", "what", "court", "defendant_ref", "case_refs", "rule",
              "days_overdue", "officer", "prosecution_id"}
RJ_KEYS = {"case_ref", "stage", "stage_label", "entered_on", "days_at_stage", "stuck",
           "stuck_limit_days", "referred_on", "closure", "closure_text", "facilitator",
           "next_step", "referral_id"}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journey-cli")
    result = valctl(folder, "init", "--demo", "--cases", 400, "--seed", 7, "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    return folder


def _json(demo_dir, *args):
    result = valctl(demo_dir, *args, "--as-of", AS_OF, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_help_lists_the_new_commands(tmp_path):
    result = valctl(tmp_path, "--help")
    assert "court" in result.stdout and "rj" in result.stdout
    assert "--days" in valctl(tmp_path, "court", "diary", "--help").stdout


def test_the_court_diary_as_json_has_stable_keys_and_its_three_sections(demo_dir):
    rows = _json(demo_dir, "court", "diary")
    assert rows and all(set(row) == DIARY_KEYS for row in rows)
    sections = [row["section"] for row in rows]
    assert sections == sorted(sections, key=["hearing", "due_today", "overdue"].index)
    hearings = [r for r in rows if r["section"] == "hearing"]
    assert hearings and all(AS_OF <= r["date"] <= "2026-12-04" for r in hearings)
    assert [r["date"] for r in hearings] == sorted(r["date"] for r in hearings)
    updates = [r for r in rows if r["section"] != "hearing"]
    assert updates and all(r["rule"] and r["days_overdue"] is not None for r in updates)
    assert all(r["date"] < AS_OF for r in rows if r["section"] == "overdue")
    assert all(isinstance(r["case_refs"], list) and r["case_refs"] for r in rows)

    short = _json(demo_dir, "court", "diary", "--days", 2)
    assert [r for r in short if r["section"] == "hearing"] == [
        r for r in hearings if r["date"] <= "2026-11-22"]
    officer = hearings[0]["officer"]
    mine = _json(demo_dir, "court", "diary", "--officer", officer)
    assert {r["officer"] for r in mine} == {officer}
    assert _json(demo_dir, "court", "diary", "--officer", "nobody") == []


def test_the_court_diary_as_csv_and_table(demo_dir):
    result = valctl(demo_dir, "court", "diary", "--as-of", AS_OF, "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and set(rows[0]) == DIARY_KEYS
    table = valctl(demo_dir, "court", "diary", "--as-of", AS_OF).stdout
    assert table.splitlines()[0].split()[:4] == ["section", "date", "time", "what"]
    assert table.rstrip().endswith(f"({len(rows)} rows)")


def test_the_rj_register_as_json_csv_and_table(demo_dir):
    rows = _json(demo_dir, "rj", "register")
    assert rows and all(set(row) == RJ_KEYS for row in rows)
    assert all(isinstance(r["stuck"], bool) and isinstance(r["days_at_stage"], int)
               for r in rows)
    assert {r["stage"] for r in rows} & {"referred", "suitability_assessed", "preparation",
                                         "victim_consented", "outcome_agreed", "intervention",
                                         "offender_consented", "follow_up"}
    stuck = [r["stuck"] for r in rows]
    assert stuck == sorted(stuck, reverse=True)  # the stuck first
    open_rows = _json(demo_dir, "rj", "register", "--open")
    assert open_rows == [r for r in rows if r["stage"] != "closed"]
    result = valctl(demo_dir, "rj", "register", "--as-of", AS_OF, "--format", "csv")
    assert set(next(csv.DictReader(io.StringIO(result.stdout)))) == RJ_KEYS
    table = valctl(demo_dir, "rj", "register", "--as-of", AS_OF).stdout
    assert table.splitlines()[0].split() == ["case_ref", "stage", "entered_on",
                                              "days_at_stage", "stuck", "facilitator",
                                              "next_step"]


def test_usage_errors_exit_2(demo_dir, tmp_path):
    assert valctl(demo_dir, "court").returncode == 2
    assert valctl(demo_dir, "rj").returncode == 2
    assert valctl(demo_dir, "court", "diary", "--days", "-1").returncode == 2
    assert valctl(demo_dir, "rj", "register", "--format", "xml").returncode == 2
    missing = valctl(tmp_path / "none", "court", "diary")
    assert missing.returncode == 2 and "valctl init" in missing.stderr


def test_an_empty_store_lists_nothing(tmp_path):
    assert valctl(tmp_path, "init").returncode == 0
    assert json.loads(valctl(tmp_path, "court", "diary", "--format", "json").stdout) == []
    table = valctl(tmp_path, "rj", "register").stdout
    assert table.rstrip().endswith("(0 rows)")
