"""The demo's journey past first contact (store/demo_journey_records.py): deterministic, consistent
with what the app's own store functions and domain rules would have written, and with something
to show in the court diary, the RJ register, complaints, reviews and lessons.

One 1,500-case demo is shared by the module; determinism compares two small ones.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from val_desktop.domain.court import (
    check_milestone,
    milestone_obligations,
    witness_needs_problems,
)
from val_desktop.domain.restorative_justice import RJStage
from val_desktop.domain.rules import OVERDUE, obligation_status
from val_desktop.store import models
from val_desktop.store.cases import Rulebook
from val_desktop.store.complaints import case_complaints, list_vrr_requests
from val_desktop.store.court import (
    court_diary_view,
    milestone_of,
    milestone_rows,
    prosecution_of,
    witness_needs_of,
)
from val_desktop.store.database import open_store
from val_desktop.store.demo import fill_demo
from val_desktop.store.demo_journey_records import COLUMNS, SYNC_COLUMNS
from val_desktop.store.feedback import lessons
from val_desktop.store.journey_models import (
    JOURNEY_TABLES,
    ComplaintRecord,
    MilestoneEvent,
    ProsecutionRecord,
    RJReferral,
    WitnessNeedsRecord,
)
from val_desktop.store.rj import decode_pathway, rj_register_view

TODAY = date(2026, 11, 25)
RULEBOOK = Rulebook.default()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("journey-demo"))
    store.counts = fill_demo(store, cases=1500, seed=3, today=TODAY)
    yield store
    store.close()


def _journey_dump(store) -> dict:
    with sqlite3.connect(store.path) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in (*JOURNEY_TABLES, "journey_events", "obligations", "cases")}


def test_the_same_seed_gives_the_same_journey_records(tmp_path):
    dumps = []
    for name in ("a", "b"):
        store = open_store(tmp_path / name)
        fill_demo(store, cases=250, seed=9, today=TODAY)
        dumps.append(_journey_dump(store))
        store.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["prosecutions"] and dumps[0]["rj_referrals"]


def test_the_column_lists_cover_the_models():
    for table, columns in COLUMNS.items():
        model = {c.name for c in models.Base.metadata.tables[table].columns}
        assert set(columns + SYNC_COLUMNS) == model, table


def test_every_journey_table_is_filled_and_every_row_waits_for_its_first_push(demo):
    with sqlite3.connect(demo.path) as db:
        for table in JOURNEY_TABLES:
            n = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert n == demo.counts[table] > 0, table
            queued = db.execute("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE"
                                " table_name = ? AND change_id IS NULL", (table,)).fetchone()[0]
            assert queued == n, table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_prosecutions_pass_the_sanity_rules_and_owe_what_the_rules_say(demo):
    with demo.session() as session:
        prosecutions = session.scalars(select(ProsecutionRecord)).all()
        sizes = Counter()
        kinds = Counter()
        for row in prosecutions:
            domain = prosecution_of(session, row.id)
            sizes[len(domain.linked)] += 1
            history = []
            for milestone_row in milestone_rows(session, row.id):
                milestone = milestone_of(milestone_row)
                assert check_milestone(history, milestone) == [], (row.defendant_ref, milestone)
                history.append(milestone)
                kinds[milestone.kind.value] += 1
                links = session.scalars(select(MilestoneEvent).where(
                    MilestoneEvent.milestone_id == milestone_row.id)).all()
                if milestone.journey_kind is None:
                    assert links == []
                    continue
                assert {link.case_id for link in links} == {
                    __import__("uuid").UUID(c) for c in domain.case_ids}
                owed = session.execute(
                    select(models.Obligation.case_id, models.Obligation.rule_id,
                           models.Obligation.starts_on, models.Obligation.due)
                    .where(models.Obligation.event_id.in_([link.event_id for link in links]))
                ).all()
                expected = milestone_obligations(milestone, domain.linked, RULEBOOK.rules)
                assert {(str(c), r, s, d) for c, r, s, d in owed} == {
                    (c, o.rule_id, o.starts_on, o.due) for c, o in expected}
        for needs in session.scalars(select(WitnessNeedsRecord)):
            assert witness_needs_problems(witness_needs_of(needs)) == []
    assert sizes[1] and (sizes[2] + sizes[3]) >= 5  # several victims share some
    assert {"charge", "first_hearing_listed", "plea", "trial_date_listed", "verdict",
            "sentence", "hearing_adjourned", "trial"} <= set(kinds)


def test_the_court_diary_has_hearings_soon_and_updates_due_today_and_overdue(demo):
    with demo.session() as session:
        diary = court_diary_view(session, TODAY, rules=RULEBOOK.rules)
    assert len(diary.hearings) >= 5
    assert any(len(h.case_ids) > 1 for h in diary.hearings)
    assert {h.what for h in diary.hearings} >= {"First hearing", "Trial"}
    assert diary.overdue and all(u.due < TODAY for u in diary.overdue)
    assert all(obligation_status(u.due, None, TODAY) == OVERDUE for u in diary.overdue)


def test_rj_referrals_at_many_stages_some_stuck_all_valid(demo):
    with demo.session() as session:
        register = rj_register_view(session, TODAY)
        rows = session.scalars(select(RJReferral)).all()
        outcome_cases = set(session.scalars(select(models.JourneyEvent.case_id).where(
            models.JourneyEvent.kind == "rj_outcome")))
    stages = {stage for stage, n in register.counts.items() if n}
    assert len(stages) >= 6 and RJStage.CLOSED in stages
    assert register.stuck
    for row in rows:
        pathway = decode_pathway(row.pathway)
        assert (row.stage, row.entered_on) == (pathway.stage.value, pathway.entered_on)
        if pathway.closure is not None:
            assert row.case_id in outcome_cases  # a closed pathway is an RJ outcome event
    closures = Counter(r.closure for r in rows if r.closure)
    assert closures["completed"] and (closures["withdrawn"] + closures["unsuitable"])


def test_complaints_reviews_and_lessons(demo):
    with demo.session() as session:
        complaints = session.scalars(select(ComplaintRecord)).all()
        abouts = Counter(c.about for c in complaints)
        for row in complaints[:20]:
            [view] = [v for v in case_complaints(session, row.case_id, TODAY) if v.id == row.id]
            assert view.obligations  # every complaint has its 10-working-day obligation
        reviews = list_vrr_requests(session, open_only=False)
        found = lessons(session, date(2025, 6, 1), TODAY)
    assert abouts["val"] and len(abouts) >= 2
    assert reviews and any(r.request.outcome for r in reviews)
    assert {row.lesson.source.value for row in found} >= {"feedback", "complaint"}
