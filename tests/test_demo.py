"""The synthetic demo store (store/demo.py): deterministic, realistic, synthetic, consistent with
what the app itself computes, and readable through the ORM.

One 2,000-case store is shared by most tests (module fixture); the determinism tests make small
stores of their own. Timing is measured by bench/bench_demo.py, never asserted here.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import sys
import uuid
from collections import Counter
from datetime import date, datetime

import pytest
from sqlalchemy import JSON, select
from sqlalchemy.orm import selectinload

from val_desktop.domain.clock import uk_date
from val_desktop.domain.journey import trigger_for
from val_desktop.domain.needs import DUE, NEED_DOMAINS, NOT_DUE, OVERDUE, reassessment_status
from val_desktop.domain.rules import MET, MET_LATE, OPEN, obligations_for_event
from val_desktop.domain.rules import OVERDUE as OBLIGATION_OVERDUE
from val_desktop.domain.vocabulary import CASE_STATUSES, OFFENCE_CATEGORIES
from val_desktop.store import demo as demo_module
from val_desktop.store import demo_cases, models
from val_desktop.store.cases import Rulebook, refresh_enhanced, refresh_reassessment
from val_desktop.store.database import open_store
from val_desktop.store.demo import SYNC_COLUMNS, TABLE_COLUMNS, fill_demo
from val_desktop.store.demo_people import TOWNS
from val_desktop.store.listings import obligation_rows
from val_desktop.store.search import search_case_ids

TODAY = date(2026, 11, 25)  # a Wednesday, not a bank holiday
CASES = 2000
SEED = 7
DRAMA_PHONE = re.compile(r"\+447700900\d{3}")
MODELS = [  # the case tables the demo fills (not the sync engine's own)
    mapper.class_ for mapper in models.Base.registry.mappers
    if issubclass(mapper.class_, models.Synced) and mapper.class_.__module__ == models.__name__
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo"))
    seen: list[int] = []
    counts = fill_demo(store, cases=CASES, seed=SEED, today=TODAY, progress=seen.append)
    store.progress_seen = seen
    store.counts = counts
    yield store
    store.close()


@pytest.fixture(scope="module")
def rulebook():
    return Rulebook.default()


def _dump(store) -> dict[str, list[tuple]]:
    """Every row the demo writes (search index included), in a stable order."""
    tables = [*TABLE_COLUMNS, "service_providers", "case_search_doc"]
    with sqlite3.connect(store.path) as db:
        dump = {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in tables}
        dump["fts"] = db.execute(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH 'VAL*' ORDER BY rowid").fetchall()
    return dump


def _small(tmp_path, name, *, seed, cases=300):
    store = open_store(tmp_path / name)
    try:
        fill_demo(store, cases=cases, seed=seed, today=TODAY)
        return _dump(store)
    finally:
        store.close()


# --- determinism and refusal ------------------------------------------------------------


def test_same_seed_and_day_give_the_same_rows(tmp_path):
    first = _small(tmp_path, "a", seed=11)
    second = _small(tmp_path, "b", seed=11)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["cases"]) == 300


def test_a_helper_process_makes_the_same_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_module, "CHUNK", 50)
    here = _small(tmp_path, "a", seed=11, cases=120)
    monkeypatch.setattr(demo_module, "PARALLEL_FROM", 1)
    there = _small(tmp_path, "b", seed=11, cases=120)
    for table in here:
        assert here[table] == there[table], table


def test_a_helper_that_cannot_start_changes_nothing_but_time(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_module, "CHUNK", 50)
    here = _small(tmp_path, "a", seed=11, cases=120)
    monkeypatch.setattr(demo_module, "PARALLEL_FROM", 1)
    monkeypatch.setattr(sys, "executable", shutil.which("false") or "false")
    there = _small(tmp_path, "b", seed=11, cases=120)
    assert here == there


def test_a_failing_helper_process_is_reported(monkeypatch):
    broken = demo_cases.Plan(demo_cases.DemoRandom(1).getstate(), TODAY, 5, None, None, [], 5)
    monkeypatch.setattr(demo_module, "PARALLEL_FROM", 1)
    with pytest.raises(RuntimeError, match="Making the demo cases failed"):
        list(demo_module._made(broken))


def test_another_seed_gives_other_rows(tmp_path):
    first = _small(tmp_path, "a", seed=11)
    other = _small(tmp_path, "c", seed=12)
    assert first["cases"] != other["cases"]
    assert first["victims"] != other["victims"]


def test_refuses_a_store_that_holds_cases(demo):
    with pytest.raises(ValueError, match="already holds 2000 cases"):
        fill_demo(demo, cases=10, seed=1, today=TODAY)
    with demo.session() as session:
        assert session.query(models.Case).count() == CASES
        assert session.query(models.Staff).count() == demo.counts["staff"]


def test_an_empty_demo_is_allowed(tmp_path):
    store = open_store(tmp_path)
    try:
        counts = fill_demo(store, cases=0, seed=1, today=TODAY)
        assert counts["cases"] == 0
        assert counts["staff"] == 18
        assert counts["service_providers"] > 0
    finally:
        store.close()


def test_the_store_is_in_wal_mode_after_the_demo_and_whole(demo):
    """The fill writes the new store with a rollback journal, then goes back to WAL."""
    with sqlite3.connect(demo.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not demo.path.with_name(demo.path.name + "-journal").exists()


def test_with_another_connection_open_the_demo_is_written_in_wal_mode(tmp_path):
    store = open_store(tmp_path)
    other = sqlite3.connect(store.path)  # keeps the journal mode from being switched
    try:
        other.execute("SELECT count(*) FROM cases").fetchone()
        counts = fill_demo(store, cases=40, seed=3, today=TODAY)
        assert counts["cases"] == 40
        assert other.execute("SELECT count(*) FROM cases").fetchone()[0] == 40
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()
        store.close()


def test_progress_and_counts(demo):
    assert demo.progress_seen == sorted(demo.progress_seen)
    assert demo.progress_seen[-1] == CASES
    with sqlite3.connect(demo.path) as db:
        for table, count in demo.counts.items():
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table


# --- the stored form ----------------------------------------------------------------------


def test_the_column_lists_cover_every_column_of_the_models():
    for table, columns in TABLE_COLUMNS.items():
        model_columns = {c.name for c in models.Base.metadata.tables[table].columns}
        assert set(columns + SYNC_COLUMNS) == model_columns, table


def test_rows_read_back_through_the_orm_with_their_types(demo):
    with demo.session() as session:
        for model in MODELS:
            rows = session.scalars(select(model).limit(400)).all()
            assert rows, model.__tablename__
            for row in rows:
                assert isinstance(row.id, uuid.UUID) and row.id.version == 4
                assert row.row_version == 1
                assert row.deleted is False
                assert row.server_seq is None
                assert isinstance(row.updated_at, datetime)
                assert row.updated_by
                for column in model.__table__.columns:
                    value = getattr(row, column.key)
                    if value is None:
                        continue
                    python_type = column.type.python_type
                    if isinstance(column.type, JSON):
                        assert isinstance(value, list), column
                    elif python_type is datetime:
                        assert type(value) is datetime, column
                    elif python_type is date:
                        assert type(value) is date, column
                    else:
                        assert isinstance(value, python_type), column


def test_json_columns_and_sync_columns_in_sqlite(demo):
    with sqlite3.connect(demo.path) as db:
        for (reasons,) in db.execute("SELECT enhanced_reasons FROM cases LIMIT 200"):
            assert isinstance(json.loads(reasons), list)
        for table in TABLE_COLUMNS:
            assert db.execute(
                f"SELECT count(*) FROM {table} WHERE row_version != 1 OR deleted != 0"
                " OR server_seq IS NOT NULL OR updated_by IS NULL OR updated_at IS NULL"
            ).fetchone()[0] == 0, table


def test_foreign_keys_hold_and_connections_are_as_before(demo, tmp_path):
    with sqlite3.connect(demo.path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []

    def settings(store):
        with store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            return [raw.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("foreign_keys", "cache_size", "temp_store", "journal_mode")]

    fresh = open_store(tmp_path)
    try:
        assert settings(demo) == settings(fresh)
        assert settings(demo)[0] == 1
    finally:
        fresh.close()


def test_every_demo_row_waits_once_for_its_first_push(demo):
    with sqlite3.connect(demo.path) as db:
        assert db.execute("SELECT applying FROM sync_flag").fetchone()[0] == 0
        queued = Counter(dict(db.execute(
            "SELECT table_name, count(DISTINCT row_id) FROM sync_outbox"
            " WHERE change_id IS NULL GROUP BY table_name")))
        assert db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == sum(
            queued.values())
    assert queued == {table: n for table, n in demo.counts.items() if n}


def test_indexes_and_triggers_are_as_the_migration_made_them(demo, tmp_path):
    fresh = open_store(tmp_path)
    fresh.close()

    def schema(path):
        with sqlite3.connect(path) as db:
            return sorted(db.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))

    assert schema(demo.path) == schema(fresh.path)


# --- realistic spread ---------------------------------------------------------------------


def test_every_offence_category_and_status_occurs(demo):
    with demo.session() as session:
        categories = Counter(session.scalars(select(models.Case.offence_category)))
        statuses = Counter(session.scalars(select(models.Case.status)))
        sources = Counter(session.scalars(select(models.Referral.source)))
    assert set(categories) == set(OFFENCE_CATEGORIES)
    assert categories.most_common(1)[0][0] == "domestic_abuse"
    assert categories["terrorism"] < 5
    assert set(statuses) == set(CASE_STATUSES)
    assert 0.7 < sources["police"] / CASES < 0.9 and sources["self"] and sources["partner"]


def test_closed_and_open_cases_are_consistent(demo):
    with demo.session() as session:
        for case in session.scalars(select(models.Case)):
            if case.status == "closed":
                assert case.closed_at is not None and case.closure_reason
                assert case.next_reassessment_due is None
                assert case.closed_at >= case.referred_at
            else:
                assert case.closed_at is None and case.closure_reason is None
                assert case.next_reassessment_due is not None
            assert case.spoc_id is not None
            assert uk_date(case.referred_at) <= TODAY


def test_referrals_spread_over_eighteen_months_newest_densest(demo):
    with demo.session() as session:
        ages = [(TODAY - uk_date(at)).days for at in session.scalars(
            select(models.Case.referred_at))]
    assert max(ages) <= 548 and min(ages) == 0
    last_month = sum(age < 30 for age in ages)
    a_year_ago = sum(365 <= age < 395 for age in ages)
    assert last_month > 2 * a_year_ago > 0


def test_enhanced_rights_are_what_the_app_computes(demo):
    with demo.session() as session:
        cases = session.scalars(select(models.Case).options(selectinload(models.Case.victim))).all()
        stored = {case.id: (case.enhanced, list(case.enhanced_reasons)) for case in cases}
        for case in cases:
            refresh_enhanced(case, case.victim)
            assert (case.enhanced, case.enhanced_reasons) == stored[case.id], case.ref
        session.rollback()
    reasons = Counter(r["code"] for _, rs in stored.values() for r in rs)
    assert {"under_18", "most_serious_offence", "vulnerable", "intimidated",
            "persistently_targeted", "caseworker"} <= set(reasons)
    assert 0.2 < sum(enhanced for enhanced, _ in stored.values()) / CASES < 0.8


def test_next_reassessment_is_what_the_app_computes(demo, rulebook):
    with demo.session() as session:
        cases = session.scalars(select(models.Case).order_by(models.Case.ref)).all()
        sample = [c for c in cases if c.status != "closed"][:300] + cases[:100]
        for case in sample:
            stored = case.next_reassessment_due
            refresh_reassessment(session, case, rulebook)
            assert case.next_reassessment_due == stored, case.ref
        session.rollback()


def test_reassessments_due_overdue_and_not_yet_due(demo, rulebook):
    with demo.session() as session:
        dues = session.scalars(select(models.Case.next_reassessment_due).where(
            models.Case.status != "closed")).all()
    statuses = Counter(reassessment_status(due, TODAY, rulebook.schedule) for due in dues)
    assert statuses[DUE] and statuses[OVERDUE] and statuses[NOT_DUE]
    assert statuses[NOT_DUE] > statuses[OVERDUE]


def test_obligations_in_every_status_and_some_due_today(demo, rulebook):
    with demo.session() as session:
        rows = list(obligation_rows(session, rulebook.rules, as_of=TODAY))
    statuses = Counter(row["status"] for row in rows)
    assert {MET, MET_LATE, OBLIGATION_OVERDUE, OPEN} <= set(statuses)
    assert statuses[MET] > statuses[MET_LATE]
    assert any(row["due"] == TODAY.isoformat() and row["status"] == OPEN for row in rows)
    assert all(row["late_reason"] for row in rows if row["status"] == MET_LATE)
    assert not any(row["late_reason"] for row in rows if row["status"] == MET)
    rules = Counter(row["rule"] for row in rows)
    assert {"first_contact_attempt", "support_referral_offered", "decision_update",
            "hearing_update", "outcome_update"} <= set(rules)


def test_obligations_follow_the_rules_table(demo, rulebook):
    with demo.session() as session:
        found = session.execute(
            select(models.Obligation, models.JourneyEvent, models.Case.enhanced)
            .join(models.JourneyEvent, models.JourneyEvent.id == models.Obligation.event_id)
            .join(models.Case, models.Case.id == models.Obligation.case_id)
            .limit(3000)
        ).all()
        assert found
        for obligation, event, enhanced in found:
            expected = obligations_for_event(trigger_for(event.kind), uk_date(event.occurred_at),
                                             enhanced, rulebook.rules)
            assert (obligation.rule_id, obligation.starts_on, obligation.due) in {
                (e.rule_id, e.starts_on, e.due) for e in expected}
            if obligation.met_at is not None:
                assert obligation.met_at >= event.occurred_at
                assert obligation.met_by


def test_needs_assessments_score_every_domain_and_ease(demo):
    with demo.session() as session:
        assessments = session.scalars(
            select(models.NeedsAssessment).options(selectinload(models.NeedsAssessment.scores))
            .order_by(models.NeedsAssessment.case_id, models.NeedsAssessment.assessed_at)
        ).all()
        actions = session.query(models.SupportPlanAction).count()
    by_case: dict[uuid.UUID, list] = {}
    for assessment in assessments:
        assert sorted(s.domain for s in assessment.scores) == sorted(NEED_DOMAINS)
        assert all(0 <= s.score <= 3 for s in assessment.scores)
        by_case.setdefault(assessment.case_id, []).append(
            sum(s.score for s in assessment.scores))
    long_cases = [totals for totals in by_case.values() if len(totals) >= 3]
    assert len(long_cases) > 20
    assert sum(t[-1] < t[0] for t in long_cases) > 0.8 * len(long_cases)
    assert actions > 0


def test_staff_caseloads_and_spoc_history(demo):
    with demo.session() as session:
        staff = {s.id: s for s in session.scalars(select(models.Staff))}
        roles = Counter(s.role for s in staff.values())
        cases = session.scalars(select(models.Case)).all()
        history = session.scalars(
            select(models.SpocAssignment).order_by(models.SpocAssignment.started_at)).all()
    assert roles == {"caseworker": 13, "witness_care": 2, "supervisor": 2, "admin": 1}
    loads = Counter(staff[c.spoc_id].username for c in cases if c.status != "closed")
    assert max(loads.values()) > 3 * min(loads.values())
    assert all(staff[c.spoc_id].role == "caseworker" for c in cases)
    current = {}
    for assignment in history:
        if assignment.ended_at is None:
            assert assignment.case_id not in current
            current[assignment.case_id] = assignment.staff_id
    assert current == {c.id: c.spoc_id for c in cases}
    reasons = Counter(a.reason for a in history)
    assert reasons["Absence cover"] and reasons["Caseworker left VAL: caseload handed over"]
    assert all(a.previous_staff_id for a in history
               if a.reason != "Allocated at referral (lowest caseload)")


def test_possible_matches_and_repeat_victims(demo):
    with demo.session() as session:
        matches = session.scalars(select(models.PossibleMatch)).all()
        victims = {v.id: v for v in session.scalars(select(models.Victim))}
        per_victim = Counter(session.scalars(select(models.Case.victim_id)))
    assert matches
    for match in matches:
        new, old = victims[match.victim_id], victims[match.matched_victim_id]
        assert (new.first_name, new.last_name) == (old.first_name, old.last_name)
        if match.reason == "same name and date of birth":
            assert new.date_of_birth == old.date_of_birth
        else:
            assert match.reason == "same name and postcode" and new.postcode == old.postcode
    assert max(per_victim.values()) >= 2


# --- synthetic and safe ----------------------------------------------------------------------


def test_contact_details_are_synthetic(demo):
    with sqlite3.connect(demo.path) as db:
        people = db.execute("SELECT phone, email FROM victims UNION ALL "
                            "SELECT phone, email FROM staff").fetchall()
        places = db.execute("SELECT town, postcode FROM victims").fetchall()
        names = {name for (name,) in db.execute("SELECT first_name FROM victims")}
    for phone, email in people:
        assert phone is None or DRAMA_PHONE.fullmatch(phone), phone
        assert email is None or email.endswith("@example.org"), email
    for town, postcode in places:
        outward, inward = postcode.split(" ")
        assert outward in TOWNS[town][0] and re.fullmatch(r"\d[A-Z]{2}", inward), postcode
    assert {"Łucja", "Siân", "Zoë", "محمد"} <= names


def test_nothing_goes_out_against_the_victims_permissions(demo):
    channel = {"letter": "safe_to_write", "text": "safe_to_text", "email": "safe_to_email"}
    with sqlite3.connect(demo.path) as db:
        rows = db.execute(
            "SELECT l.kind, l.direction, l.outcome, p.safe_to_call, p.safe_to_leave_voicemail,"
            " p.safe_to_text, p.safe_to_write, p.safe_to_email FROM contact_log l"
            " JOIN cases c ON c.id = l.case_id"
            " JOIN contact_permissions p ON p.victim_id = c.victim_id").fetchall()
    names = ("safe_to_call", "safe_to_leave_voicemail", "safe_to_text", "safe_to_write",
             "safe_to_email")
    kinds = Counter()
    for kind, direction, outcome, *answers in rows:
        allowed = dict(zip(names, answers, strict=True))
        kinds[kind] += 1
        if kind in channel:
            assert allowed[channel[kind]] == "yes", (kind, allowed)
        if kind == "call" and direction == "outbound":
            assert allowed["safe_to_call"] == "yes"
        if outcome == "voicemail":
            assert allowed["safe_to_leave_voicemail"] == "yes"
    assert {"call", "text", "letter", "note", "meeting"} <= set(kinds)
    with sqlite3.connect(demo.path) as db:
        refusing = db.execute(
            "SELECT count(*) FROM contact_permissions p JOIN cases c ON c.victim_id = p.victim_id"
            " WHERE c.offence_category = 'domestic_abuse' AND p.safe_to_write != 'yes'"
        ).fetchone()[0]
    assert refusing > 100


# --- search -----------------------------------------------------------------------------------


def test_search_finds_demo_cases_by_name_postcode_and_crime_reference(demo):
    with demo.session() as session:
        found = session.execute(
            select(models.Case.id, models.Victim.last_name, models.Victim.postcode,
                   models.Case.crime_reference, models.Case.ref)
            .join(models.Victim, models.Victim.id == models.Case.victim_id)
            .where(models.Case.crime_reference.is_not(None))
            .order_by(models.Case.ref).limit(25)
        ).all()
        for case_id, last_name, postcode, crime_reference, ref in found:
            for typed in (last_name, postcode, crime_reference, ref):
                assert case_id in search_case_ids(session, typed, limit=2000), (typed, ref)


def test_search_triggers_still_work_after_the_demo(demo):
    with demo.session() as session:
        victim = session.scalars(select(models.Victim).order_by(models.Victim.id).limit(1)).one()
        case_ids = set(session.scalars(select(models.Case.id).where(
            models.Case.victim_id == victim.id)))
        old_name = victim.last_name
        victim.last_name = "Quennell-Abernethy"
        session.commit()
        try:
            assert set(search_case_ids(session, "Quennell-Abernethy")) == case_ids
        finally:
            victim.last_name = old_name
            session.commit()
    with sqlite3.connect(demo.path) as db:
        db.execute("INSERT INTO case_fts (case_fts, rank) VALUES ('integrity-check', 1)")
        assert db.execute("SELECT count(*) FROM case_search_doc").fetchone()[0] == CASES
        referred = [at for (at,) in db.execute(
            "SELECT c.referred_at FROM case_search_doc d JOIN cases c ON c.id = d.case_id"
            " ORDER BY d.id")]
    assert referred == sorted(referred)  # documents in the order an import writes them
