"""store/workload.py: a caseworker's work for today, team caseloads, bulk reassignment."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from workload_cases import TODAY, add_staff, build, log_contact, open_obligations, uk

from val_desktop.store.cases import Rulebook
from val_desktop.store.demo import fill_demo
from val_desktop.store.models import Case, Obligation, SpocAssignment, Staff
from val_desktop.store.workload import (
    ReassignCancelled,
    WorkloadError,
    caseworker_cases,
    my_work,
    reassign_cases,
    recent_activity,
    team_caseloads,
)

RULEBOOK = Rulebook.default()


@pytest.fixture
def caseload(store, tmp_path):
    with store.session(write=True) as session:
        built = build(session, tmp_path, RULEBOOK)
        session.commit()
    return built


def refs(items) -> list[str]:
    return [item.ref for item in items]


def test_my_work_lists_my_new_referrals_with_the_code_clock(store, caseload):
    with store.session() as session:
        work = my_work(session, caseload.me.id, RULEBOOK, TODAY)
    # The enhanced referral's first contact is due today: it comes first.
    assert refs(work.first_contacts) == [caseload.new_enhanced.ref, caseload.new_standard.ref]
    enhanced, standard = work.first_contacts
    assert enhanced.clock.text == "due today" and enhanced.due_now
    assert standard.clock.text == "due Mon 23 Nov" and not standard.due_now
    assert enhanced.victim_name == "Esme BrightMe"
    assert "Domestic abuse" in enhanced.detail


def test_my_work_lists_overdue_obligations_and_reassessments_and_only_mine(store, caseload):
    with store.session() as session:
        work = my_work(session, caseload.me.id, RULEBOOK, TODAY)
    assert refs(work.obligations) == [caseload.late_update.ref]
    update = work.obligations[0]
    assert update.what == "Update the victim: Suspect charged"
    assert update.detail == ("Inform victim of charge, no-prosecution or out-of-court decision"
                             " (Right 6)")
    assert update.clock.text == "1 working day overdue"
    assert refs(work.reassessments) == [caseload.late_reassessment.ref]
    assert work.reassessments[0].clock.text == "3 days overdue"
    listed = {item.case_id for item in work.items()}
    assert not listed & {case.id for case in caseload.others}
    assert caseload.closed.id not in listed  # it has an unmet obligation, but it is closed
    assert open_obligations(session, caseload.closed)


def test_the_first_contact_is_not_listed_twice(store, caseload):
    # On Tuesday the standard referral's first contact (due Monday) is overdue: it shows in
    # the new-referrals list with its clock, not again among the obligations.
    tuesday = TODAY + timedelta(days=4)
    with store.session() as session:
        work = my_work(session, caseload.me.id, RULEBOOK, tuesday)
    first = {i.ref: i.clock.text for i in work.first_contacts}
    assert first[caseload.new_standard.ref] == "1 working day overdue"
    owed = [(i.ref, i.what) for i in work.obligations]
    assert [what for ref, what in owed if ref == caseload.new_standard.ref] == [
        "Offer support services"]  # its other referral obligation, also due Monday


def test_a_referral_with_a_first_contact_attempt_on_record_is_not_awaiting_one(store, caseload):
    with store.session(write=True) as session:
        for obligation in open_obligations(session, session.get(Case, caseload.new_enhanced.id)):
            if obligation.rule_id == "first_contact_attempt":
                obligation.met_at = uk("2026-11-20T09:00")
        session.commit()
        work = my_work(session, caseload.me.id, RULEBOOK, TODAY)
    assert refs(work.first_contacts) == [caseload.new_standard.ref]


def test_counts_and_the_overdue_cases_in_list_order(store, caseload):
    with store.session() as session:
        work = my_work(session, caseload.me.id, RULEBOOK, TODAY)
    # Due today or overdue: the enhanced first contact, the late update, the late reassessment.
    assert work.due_count == 3
    assert work.overdue_count == 2
    assert work.overdue_case_ids() == [caseload.late_update.id, caseload.late_reassessment.id]


def test_a_reassessment_due_soon_is_listed_but_not_counted(store, caseload):
    with store.session(write=True) as session:
        case = session.get(Case, caseload.late_reassessment.id)
        case.next_reassessment_due = TODAY + timedelta(days=2)
        session.commit()
        work = my_work(session, caseload.me.id, RULEBOOK, TODAY)
        assert work.reassessments[0].clock.text == "due in 2 days"
        assert work.due_count == 2
        case.next_reassessment_due = TODAY + timedelta(days=10)
        session.commit()
        assert my_work(session, caseload.me.id, RULEBOOK, TODAY).reassessments == []


def test_recent_activity_on_my_cases(store, caseload):
    with store.session(write=True) as session:
        me = session.get(Staff, caseload.me.id)
        log_contact(session, caseload.late_update, me, uk("2026-11-19T14:00"),
                    "Explained the charge")
        log_contact(session, caseload.late_update, me, uk("2026-11-10T14:00"), "Long ago")
        other = session.get(Staff, caseload.other.id)
        log_contact(session, caseload.others[2], other, uk("2026-11-19T15:00"), "Not mine")
        session.commit()
        items = recent_activity(session, caseload.me.id, TODAY)
    whats = [i.what for i in items]
    assert "Phone call (outbound, reached): Explained the charge" in whats
    assert not any("Long ago" in w or "Not mine" in w for w in whats)
    # Journey events count too: both new referrals came in on Thursday.
    assert sum(1 for w in whats if w == "Referral received") == 2
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    explained = next(i for i in items if "Explained" in i.what)
    assert explained.by == "Mina Shah" and explained.ref == caseload.late_update.ref


def test_team_caseloads_match_the_store(store, tmp_path):
    fill_demo(store, cases=400, seed=11, today=TODAY)
    with store.session(write=True) as session:  # and a caseload known to have late work
        known = build(session, tmp_path, RULEBOOK)
        session.commit()
    with store.session() as session:
        rows = {r.staff_id: r for r in team_caseloads(session, TODAY)}
        cases = session.execute(
            select(Case.spoc_id, Case.enhanced, Case.status, Case.next_reassessment_due)
            .where(Case.status != "closed")
        ).all()
        late = Counter(
            spoc for (spoc,) in session.execute(
                select(Case.spoc_id).join(Obligation, Obligation.case_id == Case.id).where(
                    Case.status != "closed", Obligation.met_at.is_(None),
                    Obligation.due < TODAY))
        )
        caseworkers = set(session.scalars(select(Staff.id).where(
            Staff.role == "caseworker", Staff.active.is_(True))))
    expected = Counter(spoc for spoc, *_ in cases)
    assert caseworkers <= rows.keys()
    assert sum(r.open_cases for r in rows.values()) == len(cases)
    for spoc, n in expected.items():
        row = rows[spoc]
        assert row.open_cases == n
        assert row.enhanced == sum(1 for s, e, *_ in cases if s == spoc and e)
        assert row.awaiting_contact == sum(1 for s, _, st, _ in cases if s == spoc and st == "new")
        assert row.reassessments_overdue == sum(
            1 for s, _, _, due in cases if s == spoc and due is not None and due < TODAY)
        assert row.overdue_obligations == late[spoc]
    assert rows[known.me.id].overdue_obligations == 1
    assert rows[known.me.id].reassessments_overdue == 1
    assert rows[known.me.id].awaiting_contact == 2


def test_caseworker_cases_are_their_open_cases_overdue_first(store, caseload):
    with store.session() as session:
        rows = caseworker_cases(session, caseload.me.id, TODAY)
    assert {r.case_id for r in rows} == {caseload.new_standard.id, caseload.new_enhanced.id,
                                          caseload.late_update.id, caseload.late_reassessment.id}
    assert [r.overdue for r in rows] == [True, True, False, False]
    late = next(r for r in rows if r.case_id == caseload.late_update.id)
    assert late.overdue_obligations == 1 and not late.reassessment_overdue
    assert late.next_due.isoformat() == "2026-11-19"


def _assignments(session, case_id):
    return list(session.scalars(select(SpocAssignment).where(SpocAssignment.case_id == case_id)
                                .order_by(SpocAssignment.started_at)))


def test_bulk_reassignment_moves_the_cases_and_keeps_the_history(store, caseload):
    ids = [caseload.new_standard.id, caseload.late_update.id, caseload.late_reassessment.id]
    with store.session(write=True) as session:
        before = {i: session.get(Case, i).row_version for i in ids}
        result = reassign_cases(session, ids, caseload.other.id, "  Absence cover  ",
                                by="p.super", from_staff_id=caseload.me.id)
        session.commit()
    assert sorted(result.moved) == sorted(
        [caseload.new_standard.ref, caseload.late_update.ref, caseload.late_reassessment.ref])
    assert result.skipped == [] and result.to_name == "Owen Reed"
    with store.session() as session:
        for case_id in ids:
            case = session.get(Case, case_id)
            assert case.spoc_id == caseload.other.id
            assert case.row_version == before[case_id] + 1 and case.updated_by == "p.super"
            first, second = _assignments(session, case_id)
            assert first.staff_id == caseload.me.id and first.ended_at == second.started_at
            assert second.staff_id == caseload.other.id and second.ended_at is None
            assert second.previous_staff_id == caseload.me.id
            assert second.reason == "Absence cover" and second.assigned_by == "p.super"
        assert session.get(Case, caseload.new_enhanced.id).spoc_id == caseload.me.id
        loads = {r.staff_id: r.open_cases for r in team_caseloads(session, TODAY)}
    assert loads == {caseload.me.id: 1, caseload.other.id: 7}


def test_open_cases_nobody_holds_are_counted_and_can_be_given_out(store, caseload):
    with store.session(write=True) as session:
        session.get(Case, caseload.late_update.id).spoc_id = None
        session.commit()
        rows = team_caseloads(session, TODAY)
        assert rows[-1].staff_id is None and rows[-1].name == "Nobody (unassigned)"
        assert (rows[-1].open_cases, rows[-1].overdue_obligations) == (1, 1)
        assert [c.case_id for c in caseworker_cases(session, None, TODAY)] == [
            caseload.late_update.id]
        result = reassign_cases(session, [caseload.late_update.id], caseload.me.id,
                                "Picked up from the unassigned list", by="p.super",
                                from_staff_id=None)
        session.commit()
        assert result.moved == [caseload.late_update.ref]
        assert all(r.staff_id is not None for r in team_caseloads(session, TODAY))


def test_bulk_reassignment_refuses_an_empty_reason_and_changes_nothing(store, caseload):
    with store.session(write=True) as session:
        for reason in ("", "   ", None):
            with pytest.raises(WorkloadError, match="reason"):
                reassign_cases(session, [caseload.late_update.id], caseload.other.id, reason,
                               by="p.super")
        session.commit()
    with store.session() as session:
        assert session.get(Case, caseload.late_update.id).spoc_id == caseload.me.id
        assert len(_assignments(session, caseload.late_update.id)) == 1


def test_bulk_reassignment_skips_what_it_should_not_move(store, caseload):
    with store.session(write=True) as session:
        third = add_staff(session, "t.third", "Tess Third")
        gone = add_staff(session, "g.gone", "Gil Gone", active=False)
        with pytest.raises(WorkloadError, match="no longer active"):
            reassign_cases(session, [caseload.late_update.id], gone.id, "Cover", by="p.super")
        # Someone moved one of the cases meanwhile.
        reassign_cases(session, [caseload.late_update.id], third.id, "Rebalancing", by="x")
        result = reassign_cases(
            session,
            [caseload.late_update.id, caseload.closed.id, caseload.others[0].id,
             caseload.new_standard.id],
            caseload.other.id, "Absence cover", by="p.super", from_staff_id=caseload.me.id)
        session.commit()
    assert result.moved == [caseload.new_standard.ref]
    why = dict(result.skipped)
    assert why[caseload.late_update.ref] == "moved meanwhile: now with Tess Third"
    assert why[caseload.closed.ref] == "the case is closed"
    assert why[caseload.others[0].ref] == "already with Owen Reed"


def test_a_stopped_bulk_reassignment_changes_nothing(store, caseload):
    with store.session(write=True) as session:
        ids = [c.id for c in (caseload.new_standard, caseload.new_enhanced, caseload.late_update,
                              caseload.late_reassessment)]
        seen = []

        def stop(done, total):
            seen.append((done, total))
            return False

        with pytest.raises(ReassignCancelled):
            reassign_cases(session, ids, caseload.other.id, "Absence cover", by="p.super",
                           progress=stop)
        session.rollback()
    assert seen == [(4, 4)]
    with store.session() as session:
        held = session.scalar(select(func.count()).select_from(Case).where(
            Case.spoc_id == caseload.me.id, Case.status != "closed"))
        assert held == 4
        assert session.scalar(select(func.count()).select_from(SpocAssignment)) == 10
