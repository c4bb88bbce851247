"""Importing referral files into the store: every row imported, duplicate or rejected."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from intake_files import row, write_file
from sqlalchemy import func, select, text

from val_desktop.intake.referral_file import ReferralFileError
from val_desktop.store.importer import import_referrals
from val_desktop.store.models import (
    Case,
    JourneyEvent,
    Obligation,
    PossibleMatch,
    Referral,
    SpocAssignment,
    Staff,
    Victim,
)
from val_desktop.store.search import search_case_ids


def count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_good_row_creates_victim_case_referral_and_its_code_obligations(store, tmp_path):
    path = write_file(tmp_path / "in.csv", [row("ATH-1", offence_category="domestic_abuse",
                                                referred_at="2025-12-24T09:30",
                                                offence_date="2025-12-20")])
    summary = import_referrals(store, path)
    assert (summary.read, summary.imported, summary.duplicates, summary.rejected) == (1, 1, 0, 0)
    with store.session() as session:
        case = session.scalars(select(Case)).one()
        assert case.victim.full_name == "Ava Lewis"
        assert case.enhanced is True
        assert any("Domestic abuse" in r["text"] for r in case.enhanced_reasons)
        assert case.referrals[0].source_id == "ATH-1"
        assert case.victim.phone == "+447700900444"
        dues = {o.rule_id: o.due for o in case.obligations}
        # Wednesday 24 Dec 2025: Christmas (Thu), Boxing Day (Fri) and the weekend are not
        # working days, so the enhanced 1-day first contact falls on Mon 29 Dec, 2 days on Tue 30.
        assert dues == {"first_contact_attempt": date(2025, 12, 29),
                        "support_referral_offered": date(2025, 12, 30)}
        kinds = session.scalars(select(JourneyEvent.kind)).all()
        assert kinds == ["referral_received"]
        assert search_case_ids(session, "lewis") == [case.id]
        assert search_case_ids(session, "WR5 7BY") == [case.id]
        assert search_case_ids(session, "22/11111") == [case.id]
        assert search_case_ids(session, "ATH-1") == [case.id]


def test_duplicates_within_a_file_and_across_files_are_counted_not_imported(store, tmp_path):
    first = write_file(tmp_path / "a.csv", [row("S-1"), row("S-2"), row("S-1", first_name="X")])
    summary = import_referrals(store, first)
    assert (summary.imported, summary.duplicates, summary.rejected) == (2, 1, 0)
    second = write_file(tmp_path / "b.csv", [row("S-2"), row("S-3")])
    summary = import_referrals(store, second)
    assert (summary.read, summary.imported, summary.duplicates) == (2, 1, 1)
    assert count(store, Referral) == 3
    assert count(store, Case) == 3


def test_bad_rows_are_rejected_to_a_file_with_line_and_reason_and_the_rest_imported(
    store, tmp_path
):
    rows = [row("OK-1"), row("BAD-1", postcode="WR99 ZZZZ"),
            row("OK-2", notes="Second incident,\nneighbour involved."), row("BAD-2", email="nope")]
    path = write_file(tmp_path / "in.csv", rows)
    summary = import_referrals(store, path)
    assert (summary.read, summary.imported, summary.duplicates, summary.rejected) == (4, 2, 0, 2)
    assert summary.imported + summary.duplicates + summary.rejected == summary.read
    with open(summary.rejects_file, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert [(r["source_id"], r["line"]) for r in rejected] == [("BAD-1", "3"), ("BAD-2", "6")]
    assert "postcode" in rejected[0]["reason"]
    assert "e-mail" in rejected[1]["reason"].lower() or "email" in rejected[1]["reason"].lower()
    assert count(store, Case) == 2


def test_a_dry_run_changes_nothing(store, tmp_path):
    path = write_file(tmp_path / "in.csv", [row("D-1"), row("D-2", postcode="nope")])
    summary = import_referrals(store, path, dry_run=True)
    assert (summary.imported, summary.rejected) == (1, 1)
    assert count(store, Case) == 0
    assert not (tmp_path / "in.csv.rejects.csv").exists()


def test_a_file_level_problem_changes_nothing(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"source_id,referral_source,shoe_size\nX,police,9\n")
    with pytest.raises(ReferralFileError):
        import_referrals(store, path)
    assert count(store, Case) == 0


def test_an_interrupted_import_leaves_no_half_row_and_a_rerun_finishes_without_duplicates(
    store, tmp_path
):
    rows = [row(f"R-{i}", last_name=f"Person{i}") for i in range(350)]
    path = write_file(tmp_path / "big.csv", rows)
    summary = import_referrals(store, path, progress=lambda done: done < 200)
    assert summary.cancelled
    stored = count(store, Case)
    assert stored == summary.imported == 200
    # Every stored case is whole: its victim, its referral and its obligations.
    assert count(store, Victim) == count(store, Referral) == stored
    assert count(store, Obligation) == 2 * stored

    summary = import_referrals(store, path)
    assert (summary.imported, summary.duplicates) == (150, 200)
    assert count(store, Case) == 350


def test_a_write_failing_half_way_leaves_nothing_behind(store, tmp_path, monkeypatch):
    """Victims and cases already written when the obligations fail: all of it rolls back."""
    from val_desktop.store import new_cases

    real_insert = new_cases.insert_rows

    def failing_insert(session, table, keys, rows):
        if table.name == "obligations":
            raise OSError("disk gone")
        return real_insert(session, table, keys, rows)

    monkeypatch.setattr(new_cases, "insert_rows", failing_insert)
    path = write_file(tmp_path / "in.csv", [row("F-1"), row("F-2", last_name="Boom")])
    with pytest.raises(OSError):
        import_referrals(store, path)
    for model in (Case, Victim, Referral, JourneyEvent):
        assert count(store, model) == 0
    monkeypatch.setattr(new_cases, "insert_rows", real_insert)
    summary = import_referrals(store, path)
    assert summary.imported == 2
    assert count(store, Obligation) == 4


def test_a_referral_stored_meanwhile_is_a_duplicate_and_the_rest_go_in(
    store, tmp_path, monkeypatch
):
    """The chunk fails on its unique source id as a whole; then row by row, losing nothing."""
    from val_desktop.store import importer

    import_referrals(store, write_file(tmp_path / "a.csv", [row("S-2", last_name="First")]))
    monkeypatch.setattr(importer, "_stored_source_ids", lambda session, ids: set())
    summary = import_referrals(store, write_file(tmp_path / "b.csv", [
        row("S-1", last_name="One"), row("S-2", last_name="Again"), row("S-3", last_name="Three"),
    ]))
    assert (summary.imported, summary.duplicates) == (2, 1)
    with store.session() as session:
        names = sorted(session.scalars(select(Victim.last_name)))
    assert names == ["First", "One", "Three"]
    assert count(store, Case) == count(store, Referral) == 3
    assert count(store, Obligation) == 6
    with store.session() as session:  # each stored case waits once to be sent to the centre
        waiting = session.execute(text(
            "SELECT count(*), count(DISTINCT row_id) FROM sync_outbox WHERE table_name = 'cases'"
        )).one()
    assert tuple(waiting) == (3, 3)


def test_a_victim_who_looks_known_is_linked_as_a_possible_match_never_merged(store, tmp_path):
    import_referrals(store, write_file(tmp_path / "a.csv", [row("M-1")]))
    import_referrals(
        store,
        write_file(tmp_path / "b.csv", [
            row("M-2", first_name="AVA", postcode="HR1 5XS"),  # same name and date of birth
            row("M-3", date_of_birth="1985-05-05"),  # same name and postcode
            row("M-4", last_name="Other"),
        ]),
    )
    assert count(store, Victim) == 4
    with store.session() as session:
        first = session.scalars(
            select(Victim.id).join(Case).join(Referral).where(Referral.source_id == "M-1")
        ).one()
        matches = sorted(
            (m.reason, m.matched_victim_id == first, m.status)
            for m in session.scalars(select(PossibleMatch))
        )
    assert matches == [("same name and date of birth", True, "pending"),
                       ("same name and postcode", True, "pending")]


def test_possible_matches_are_found_in_earlier_chunks_and_only_by_the_rule(
    store, tmp_path, monkeypatch
):
    from val_desktop.store import importer

    monkeypatch.setattr(importer, "CHUNK", 2)  # every match below crosses a chunk
    rows = [
        row("C-1", first_name="Ava", last_name="Lewis", date_of_birth="1985-05-01",
            postcode="HR1 5XS"),
        row("C-2", first_name="Noah", last_name="Patel"),
        row("C-3", first_name="AVA", last_name="lewis", date_of_birth="1985-05-01",
            postcode="WR1 2AB"),  # same name (any case) and date of birth
        row("C-4", first_name="Ava", last_name="Lewis", date_of_birth="1990-01-01",
            postcode="HR1 5XS"),  # same name and postcode
        row("C-5", first_name="Ava", last_name="Lewis", date_of_birth="1970-07-07",
            postcode="SY3 8AB"),  # same name only: no match
        row("C-6", first_name="Eva", last_name="Lewis", date_of_birth="1985-05-01",
            postcode="HR1 5XS"),  # another name: no match
    ]
    import_referrals(store, write_file(tmp_path / "in.csv", rows))
    with store.session() as session:
        source_of = dict(session.execute(
            select(Victim.id, Referral.source_id).join(Case, Case.victim_id == Victim.id)
            .join(Referral)
        ).all())
        links = sorted(
            (source_of[m.victim_id], source_of[m.matched_victim_id], m.reason)
            for m in session.scalars(select(PossibleMatch))
        )
    assert links == [
        ("C-3", "C-1", "same name and date of birth"),
        ("C-4", "C-1", "same name and postcode"),
    ]


def test_hostile_and_any_script_text_is_stored_verbatim(store, tmp_path):
    notes = "Robert'); DROP TABLE cases;-- \"quoted\" 😀 مرحبا ; semi"
    rows = [row("H-1", first_name="محمد", last_name="O'Brien-Smith", notes=notes),
            row("H-2", first_name="Siân", last_name="Łucja")]
    import_referrals(store, write_file(tmp_path / "in.csv", rows))
    with store.session() as session:
        names = sorted((v.first_name, v.last_name) for v in session.scalars(select(Victim)))
        assert names == [("Siân", "Łucja"), ("محمد", "O'Brien-Smith")]
        assert session.scalars(select(Case.notes).where(Case.notes.is_not(None))).one() == notes
        assert len(search_case_ids(session, "O'Brien")) == 1
        assert len(search_case_ids(session, "sian")) == 1  # accents folded for search
    assert count(store, Case) == 2


def test_imported_cases_go_to_the_caseworker_with_the_lightest_load(store, tmp_path):
    with store.session() as session:
        session.add_all([Staff(username="a.khan", display_name="Amira Khan", role="caseworker"),
                         Staff(username="b.jones", display_name="Ben Jones", role="caseworker"),
                         Staff(username="s.lead", display_name="Sam Lead", role="supervisor")])
        session.commit()
    import_referrals(store, write_file(tmp_path / "in.csv", [row(f"L-{i}") for i in range(5)]))
    with store.session() as session:
        loads = dict(session.execute(
            select(Staff.username, func.count(Case.id))
            .join(Case, Case.spoc_id == Staff.id).group_by(Staff.username)
        ).all())
        assert loads == {"a.khan": 3, "b.jones": 2}
        assert count(store, SpocAssignment) == 5


def test_a_big_file_checked_in_a_second_process_gives_the_same_result(
    store, tmp_path, monkeypatch
):
    from val_desktop.intake import checking

    monkeypatch.setattr(checking, "HEAD_START", 500)  # rows 1-500 here, the rest in the child
    rows = [row(f"B-{i}", last_name=f"Big{i}", notes="Prefers afternoon calls; " * 3)
            for i in range(1200)]
    rows[10]["postcode"] = "not a postcode"
    rows[1100]["offence_category"] = "jaywalking"
    path = write_file(tmp_path / "big.csv", rows)
    assert path.stat().st_size >= checking.PARALLEL_FROM_BYTES  # the parallel path is taken
    summary = import_referrals(store, path)
    assert (summary.read, summary.imported, summary.rejected) == (1200, 1198, 2)
    assert [r.line for r in summary.rejects] == [12, 1102]
    assert count(store, Case) == 1198
    # Rows built in the child are whole: obligations, search, and the file line of each.
    assert count(store, Obligation) == 2 * 1198
    with store.session() as session:
        assert len(search_case_ids(session, "Big1150")) == 1
        lines = dict(session.execute(select(Referral.source_id, Referral.file_line)).all())
    assert lines["B-0"] == 2 and lines["B-499"] == 501 and lines["B-1150"] == 1152


def _dies(path, now, start, then, queue):  # a checking process that ends without a word
    import os

    os._exit(1)


def test_if_the_checking_process_dies_the_import_finishes_in_order(store, tmp_path, monkeypatch):
    from val_desktop.intake import checking

    monkeypatch.setattr(checking, "_check_in_child", _dies)
    monkeypatch.setattr(checking, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(checking, "HEAD_START", 3)
    rows = [row(f"D-{i}", last_name=f"Dies{i}") for i in range(30)]
    rows[7]["postcode"] = "nope"
    summary = import_referrals(store, write_file(tmp_path / "in.csv", rows))
    assert (summary.read, summary.imported, summary.rejected) == (30, 29, 1)
    assert [r.line for r in summary.rejects] == [9]
