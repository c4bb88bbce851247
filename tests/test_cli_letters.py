"""`valctl letter`, `valctl summary` and `valctl summaries`: what a script relies on."""

from __future__ import annotations

import pytest
from letters_fixtures import ADDRESS, letter_case, pdf_text
from sqlalchemy import select

from val_desktop.cli import USAGE, main
from val_desktop.store.models import ContactLogEntry


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def entries(store, kind):
    with store.session() as session:
        return session.scalars(select(ContactLogEntry).where(ContactLogEntry.kind == kind)).all()


def test_referral_letter_records_the_disclosure(store, data_dir, tmp_path, capsys):
    case = letter_case(store)
    out = tmp_path / "referral.pdf"
    assert run(data_dir, "letter", "consent", "--case", case.ref.lower(), "--provider",
               "victim support", "--note", "Agreed on the phone", "--user", "j.smith") == 0
    assert "recorded as given" in capsys.readouterr().out
    assert run(data_dir, "letter", "referral", "--case", case.ref, "--provider",
               "Victim Support", "--out", str(out), "--user", "j.smith",
               "--as-of", "2025-06-20") == 0
    assert "disclosure is recorded" in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "Dear colleagues at Victim Support" in text and "Date: 20 June 2025" in text
    assert ADDRESS not in text
    [disclosure] = entries(store, "disclosure")
    assert disclosure.summary.startswith("Referral letter sent to: Victim Support")
    assert disclosure.staff_id == case.user.id and disclosure.updated_by == "j.smith"
    assert list(tmp_path.glob("*.part")) == []


@pytest.mark.parametrize("args, words", [
    (["letter", "referral", "--case", "{ref}", "--provider", "Victim Support"],
     "No consent to share"),
    (["letter", "referral", "--case", "VAL-NOPE", "--provider", "Victim Support"],
     "There is no case 'VAL-NOPE'"),
    (["letter", "referral", "--case", "{ref}", "--provider", "Victim Suport"],
     "Did you mean: Victim Support?"),
    (["letter", "victim", "introduction", "--case", "{ref}", "--by", "email"],
     "not safe to e-mail"),
    (["letter", "victim", "closure", "--case", "{ref}"], "still open"),
    (["summary", "--case", "VAL-NOPE"], "There is no case"),
])
def test_refusals_exit_2_with_the_reason_and_write_nothing(store, data_dir, tmp_path, capsys,
                                                           args, words):
    case = letter_case(store, safe_to_email="unknown")
    out = tmp_path / "out.pdf"
    args = [a.replace("{ref}", case.ref) for a in args] + ["--out", str(out)]
    assert run(data_dir, *args) == USAGE
    error = capsys.readouterr().err
    assert words in error
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert entries(store, "disclosure") == [] and entries(store, "letter") == []


def test_no_letter_when_writing_is_unsafe(store, data_dir, tmp_path, capsys):
    case = letter_case(store, safe_to_write="unknown")
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "letter", "victim", "introduction", "--case", case.ref,
               "--out", str(out)) == USAGE
    error = capsys.readouterr().err
    assert "not safe to write to this victim" in error and "not known" in error
    assert "No letter was produced" in error
    assert not out.exists()
    assert entries(store, "letter") == []


def test_victim_letter_large_print_is_logged(store, data_dir, tmp_path, capsys):
    case = letter_case(store)
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "letter", "victim", "introduction", "--case", case.ref,
               "--out", str(out), "--large-print", "--user", "j.smith") == 0
    output = capsys.readouterr().out
    assert "large print" in output and "It met:" in output
    assert "First contact attempt by VAL" in output
    assert "Referral to support services offered" in output
    assert "Dear Ava," in pdf_text(out.read_bytes())
    [letter] = entries(store, "letter")
    assert letter.summary == "Letter: Introduction of your SPOC (large print), by post"


def test_an_unknown_letter_kind_is_a_usage_error(store, data_dir, tmp_path, capsys):
    case = letter_case(store)
    with pytest.raises(SystemExit) as stopped:
        run(data_dir, "letter", "victim", "birthday", "--case", case.ref, "--out",
            str(tmp_path / "x.pdf"))
    assert stopped.value.code == USAGE
    assert "invalid choice: 'birthday'" in capsys.readouterr().err


def test_an_output_folder_that_does_not_exist(store, data_dir, tmp_path, capsys):
    case = letter_case(store)
    assert run(data_dir, "summary", "--case", case.ref, "--out",
               str(tmp_path / "nowhere" / "s.pdf")) == USAGE
    assert "does not exist" in capsys.readouterr().err


def test_summary_and_summaries(store, data_dir, tmp_path, capsys):
    first = letter_case(store)
    second = letter_case(store, first_name="Ben", source_id="T-ben")
    out = tmp_path / "summary.pdf"
    assert run(data_dir, "summary", "--case", first.ref, "--out", str(out),
               "--user", "j.smith") == 0
    text = pdf_text(out.read_bytes())
    assert "Case summary: Ava Lewis" in text and "Printed by Jane Smith (j.smith)" in text
    folder = tmp_path / "each"
    assert run(data_dir, "summaries", "--spoc", "j.smith", "--out", str(folder)) == 0
    captured = capsys.readouterr()
    assert "2 case summaries written" in captured.out and "100%" in captured.err
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{first.ref}.pdf", f"{second.ref}.pdf"])
    combined = tmp_path / "team.pdf"
    assert run(data_dir, "summaries", "--team", "--one-file", "--out", str(combined)) == 0
    assert "Ben Lewis" in pdf_text(combined.read_bytes())
    assert run(data_dir, "summaries", "--spoc", "nobody", "--out", str(folder)) == USAGE
    assert "no member of staff" in capsys.readouterr().err
