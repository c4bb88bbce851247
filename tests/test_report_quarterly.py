"""`valctl report quarterly`: the PDF (marking, figures, charts, the published variant's
suppression) and the CSV, from a store whose figures are known (tests/reporting_fixtures.py)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from pypdf import PdfReader
from reporting_fixtures import QUARTER, build

from val_desktop.cli import main
from val_desktop.letters.quarterly_csv import CSV_COLUMNS


@pytest.fixture
def data(store, data_dir, tmp_path):
    with store.session() as session:
        build(session, tmp_path)
        session.commit()
    return data_dir


def run(data_dir, *args, capsys=None) -> int:
    return main(["--data-dir", str(data_dir), "report", "quarterly", "--quarter", QUARTER,
                 "--as-of", "2026-11-20", "--user", "s.stone", *args])


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_internal_return_carries_every_count_and_its_marking(data, tmp_path, capsys):
    out = tmp_path / "q3.pdf"
    assert run(data, "--out", str(out)) == 0
    assert "written to" in capsys.readouterr().out
    texts = pages(out)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2  # top and bottom
        assert f"Page {number} of {len(texts)}" in text
        assert "Printed by Sam Stone" in text
    whole = flat(" ".join(texts))
    assert "Quarterly outcome return" in whole
    assert "Quarter 3 2026 (July to September)" in whole
    assert "Internal variant" in whole
    assert "Referrals received 5" in whole
    assert "Victims contacted 3" in whole
    assert "Victims supported 2" in whole
    assert "Self-referral 1" in whole
    # met, late, overdue, not yet due, total; on time: 5 of the 11 met or overdue
    assert "All rules 5 2 4 1 12 45%" in whole
    assert "Withdrawn 1" in whole
    assert "Polish 1" in whole
    assert "does not record ethnicity" in whole
    assert whole.count("<5") == 1  # only where the definitions explain it
    assert "How each figure is counted" in whole


def test_the_published_return_hides_small_numbers(data, tmp_path):
    out = tmp_path / "q3-published.pdf"
    assert run(data, "--out", str(out), "--published") == 0
    texts = pages(out)
    assert all(text.count("OFFICIAL-SENSITIVE") == 2 for text in texts)
    whole = flat(" ".join(texts))
    assert "Published variant" in whole
    assert "Referrals received <5" not in whole  # 5 is shown
    assert "Referrals received 5" in whole
    assert "Victims contacted <5" in whole
    assert "Self-referral <5" in whole
    assert "Polish <5" in whole
    assert "Withdrawn <5" in whole
    # Every count in the quarter's tables is small: none of 1 to 4 appears as a count.
    for label in ("Victims contacted", "Victims supported", "Cases closed", "Self-referral",
                  "Partner agency", "Police referral", "Domestic abuse", "Burglary"):
        assert not re.search(rf"{re.escape(label)} [1-4]\b", whole), label
    # A rate would give a hidden count away: not shown.
    assert "45%" not in whole


def test_the_csv_has_one_line_per_figure(data, tmp_path):
    out = tmp_path / "q3.csv"
    assert run(data, "--out", str(out)) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert {r["quarter"] for r in rows} == {"2026Q3"}
    assert {r["as_of"] for r in rows} == {"2026-09-30"}

    def value(table, row, column="Number"):
        (found,) = [r["value"] for r in rows
                    if r["table"] == table and r["row"] == row and r["column"] == column]
        return found

    assert value("headline", "Referrals received") == "5"
    assert value("compliance_by_rule", "All rules", "Total") == "12"
    assert value("referrals_to_services", "Victim Support", "Signposted") == "1"
    assert value("equality_age", "65 to 74", "Victims") == "1"

    published = tmp_path / "q3-published.csv"
    assert run(data, "--out", str(published), "--published") == 0
    hidden = list(csv.DictReader(io.StringIO(published.read_text("utf-8-sig"))))
    assert {r["variant"] for r in hidden} == {"published"}
    shown = {(r["table"], r["row"], r["column"]): r["value"] for r in hidden}
    assert shown[("headline", "Referrals received", "Number")] == "5"
    assert shown[("headline", "Victims contacted", "Number")] == "<5"
    assert shown[("compliance_by_rule", "All rules", "Total")] == "12"
    assert not [v for v in shown.values() if v in ("1", "2", "3", "4")]


@pytest.mark.parametrize("args, words", [
    (["--quarter", "2026Q7"], "quarters 1 to 4"),
    (["--quarter", "2027Q1"], "has not started"),
    (["--out", "return.txt"], ".pdf or a .csv"),
])
def test_a_wrong_request_writes_nothing(data, tmp_path, capsys, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    base = {"--quarter": QUARTER, "--out": "return.pdf"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    code = main(["--data-dir", str(data), "report", "quarterly", "--as-of", "2026-11-20",
                 *[x for pair in base.items() for x in pair]])
    assert code == 2
    assert words in capsys.readouterr().err
    assert not list(tmp_path.glob("return.*"))
