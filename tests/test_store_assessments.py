"""store.assessments: recording needs assessments, the next reassessment and the support plan.

Dates are counted by hand: the case is referred on Monday 5 October 2026 (standard service, so
the schedule is 28 days; high risk 7). Today in these tests is Friday 20 November 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from needs_spoc_cases import TODAY, add_people, at, case_row, new_case, scores
from sqlalchemy import func, select

from val_desktop.domain.needs import NEED_DOMAINS, NOT_DUE, OVERDUE
from val_desktop.store.assessments import (
    AssessmentError,
    StaleEdit,
    add_action,
    list_actions,
    list_assessments,
    load_needs,
    mark_action_done,
    provider_choices,
    reassessment_info,
    record_assessment,
    remove_action,
    update_action,
)
from val_desktop.store.cases import Rulebook, record_event, refresh_reassessment
from val_desktop.store.models import Case, NeedsAssessment, NeedScore, SupportPlanAction

RULES = Rulebook.default()


@pytest.fixture
def people(store):
    return add_people(store)


@pytest.fixture
def case_id(store, people, tmp_path):
    return new_case(store, tmp_path)


def record(store, case_id, given: dict[str, int], day: date, *, risk="standard", by="a.khan",
           **kwargs):
    with store.session(write=True) as session:
        assessment = record_assessment(session, case_id, given, risk_level=risk, by=by,
                                       rulebook=RULES, assessed_at=at(day), **kwargs)
        session.commit()
        return assessment.id


def count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_assessment_keeps_all_ten_scores_and_notes_and_moves_the_case_on(store, case_id):
    before = case_row(store, case_id)
    assert (before.status, before.next_reassessment_due) == ("new", date(2026, 11, 2))

    record(store, case_id, scores(safety=3, housing=2), date(2026, 10, 8), risk="medium",
           notes="Frightened to go out", score_notes={"safety": "Ex-partner drives past"})

    with store.session() as session:
        (assessment,) = list_assessments(session, case_id)
    assert assessment.scores == scores(safety=3, housing=2)
    assert len(assessment.scores) == len(NEED_DOMAINS) == 10
    assert assessment.score_notes == {"safety": "Ex-partner drives past"}
    assert assessment.notes == "Frightened to go out"
    assert assessment.assessed_on == date(2026, 10, 8)
    assert assessment.assessed_by_name == "Aisha Khan"
    assert assessment.total == 5
    after = case_row(store, case_id)
    assert after.status == "supported"
    assert after.risk_level == "medium"
    # 8 October + 28 days (standard schedule) = 5 November.
    assert after.next_reassessment_due == date(2026, 11, 5)
    assert after.row_version == before.row_version + 1
    assert after.updated_by == "a.khan"


def test_high_risk_brings_the_next_reassessment_to_seven_days(store, case_id):
    record(store, case_id, scores(safety=3), date(2026, 10, 8), risk="high")
    assert case_row(store, case_id).next_reassessment_due == date(2026, 10, 15)


@pytest.mark.parametrize(
    ("given", "risk", "day", "message"),
    [
        ({d: 1 for d in list(NEED_DOMAINS)[:9]}, "standard", date(2026, 10, 8), "Not scored: Communication"),
        (scores(safety=4), "standard", date(2026, 10, 8), "0, 1, 2 or 3"),
        (scores(), "extreme", date(2026, 10, 8), "risk level"),
        (scores(), "standard", date(2026, 10, 1), "before the referral"),
    ],
)
def test_a_bad_assessment_is_refused_and_nothing_is_written(store, case_id, given, risk, day,
                                                            message):
    with pytest.raises(AssessmentError, match=message):
        record(store, case_id, given, day, risk=risk)
    assert count(store, NeedsAssessment) == 0
    assert count(store, NeedScore) == 0
    assert case_row(store, case_id).status == "new"


def test_a_closed_case_cannot_be_assessed(store, case_id):
    with store.session(write=True) as session:
        session.get(Case, case_id).status = "closed"
        session.commit()
    with pytest.raises(AssessmentError, match="closed"):
        record(store, case_id, scores(), date(2026, 10, 8))


def test_a_supported_case_stays_supported(store, case_id):
    record(store, case_id, scores(safety=2), date(2026, 10, 8))
    record(store, case_id, scores(safety=1), date(2026, 11, 5))
    assert case_row(store, case_id).status == "supported"


def test_assessments_list_oldest_first(store, case_id):
    record(store, case_id, scores(safety=1), date(2026, 11, 5))
    record(store, case_id, scores(safety=3), date(2026, 10, 8))
    with store.session() as session:
        days = [a.assessed_on for a in list_assessments(session, case_id)]
    assert days == [date(2026, 10, 8), date(2026, 11, 5)]


def test_an_overdue_reassessment_goes_when_the_case_is_reassessed(store, case_id):
    record(store, case_id, scores(safety=3), date(2026, 10, 8))
    with store.session() as session:
        info = reassessment_info(session, case_id, RULES, TODAY)
    assert (info.due, info.status, info.days) == (date(2026, 11, 5), OVERDUE, -15)
    assert info.reason == "28 days after the last assessment (standard schedule)"

    record(store, case_id, scores(safety=1), TODAY)
    with store.session() as session:
        info = reassessment_info(session, case_id, RULES, TODAY)
    # 20 November + 28 days = 18 December.
    assert (info.due, info.status) == (date(2026, 12, 18), NOT_DUE)
    assert case_row(store, case_id).next_reassessment_due == date(2026, 12, 18)


def test_the_first_assessment_is_due_from_the_referral(store, case_id):
    with store.session() as session:
        info = reassessment_info(session, case_id, RULES, TODAY)
    assert info.due == date(2026, 11, 2)
    assert info.status == OVERDUE
    assert "after the referral" in info.reason


def test_a_journey_event_after_the_last_assessment_brings_the_reassessment_forward(store, case_id):
    record(store, case_id, scores(safety=2), date(2026, 10, 8))
    with store.session(write=True) as session:
        case = session.get(Case, case_id)
        record_event(session, case, "charge", datetime(2026, 10, 20, 11), RULES, user="s.hughes")
        refresh_reassessment(session, case, RULES)
        session.commit()
    with store.session() as session:
        info = reassessment_info(session, case_id, RULES, TODAY)
    assert info.due == date(2026, 10, 20)
    assert info.reason == "Suspect charged on 20 Oct 2026"


def test_a_closed_case_has_no_reassessment_due(store, case_id):
    with store.session(write=True) as session:
        session.get(Case, case_id).status = "closed"
        session.commit()
    with store.session() as session:
        info = reassessment_info(session, case_id, RULES, TODAY)
    assert info.due is None and info.status is None


# -- the support plan -------------------------------------------------------------------------
def test_an_action_has_an_owner_a_due_date_and_belongs_to_the_latest_assessment(
        store, case_id, people):
    first = record(store, case_id, scores(safety=3), date(2026, 10, 8))
    latest = record(store, case_id, scores(safety=2), date(2026, 11, 5))
    with store.session(write=True) as session:
        provider = provider_choices(session, "safety")[0]
        add_action(session, case_id, domain="safety", action="  Fit a video doorbell  ",
                   owner_id=people["b.morgan"], due=date(2026, 11, 27), by="a.khan",
                   provider_id=provider.id)
        session.commit()
    with store.session() as session:
        (action,) = list_actions(session, case_id)
    assert action.action == "Fit a video doorbell"
    assert action.owner_name == "Ben Morgan"
    assert action.due == date(2026, 11, 27)
    assert action.provider_name == provider.label.rsplit(" (", 1)[0]
    assert action.assessment_id == latest != first
    assert not action.done and action.overdue(date(2026, 11, 28))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"action": "   "}, "Describe"),
        ({"owner_id": None}, "owns"),
        ({"due": None}, "due date"),
        ({"domain": "luck"}, "need"),
    ],
)
def test_an_incomplete_action_is_refused(store, case_id, people, change, message):
    values = {"domain": "safety", "action": "Refer to IDVA", "owner_id": people["a.khan"],
              "due": date(2026, 11, 27)}
    values.update(change)
    with store.session(write=True) as session, pytest.raises(AssessmentError, match=message):
        add_action(session, case_id, by="a.khan", **values)
    assert count(store, SupportPlanAction) == 0


def add(store, case_id, people, action="Refer to IDVA", due=date(2026, 11, 27), domain="safety"):
    with store.session(write=True) as session:
        row = add_action(session, case_id, domain=domain, action=action,
                         owner_id=people["a.khan"], due=due, by="a.khan")
        session.commit()
        return row.id


def test_changing_an_action_bumps_its_version_and_a_stale_change_is_refused(
        store, case_id, people):
    action_id = add(store, case_id, people)
    with store.session(write=True) as session:
        update_action(session, action_id, domain="housing", action="Ask the council about a move",
                      owner_id=people["b.morgan"], due=date(2026, 12, 4), by="b.morgan",
                      expected_version=1)
        session.commit()
    with store.session() as session:
        row = session.get(SupportPlanAction, action_id)
        assert (row.domain, row.owner_id, row.due) == (
            "housing", people["b.morgan"], date(2026, 12, 4))
        assert (row.row_version, row.updated_by) == (2, "b.morgan")
    with store.session(write=True) as session, pytest.raises(StaleEdit):
        mark_action_done(session, action_id, by="a.khan", expected_version=1)


def test_marking_done_and_undoing_it(store, case_id, people):
    action_id = add(store, case_id, people)
    with store.session(write=True) as session:
        mark_action_done(session, action_id, by="a.khan", at=datetime(2026, 11, 19, 15))
        session.commit()
    with store.session() as session:
        (action,) = list_actions(session, case_id)
    assert action.done and action.done_at == datetime(2026, 11, 19, 15)
    assert not action.overdue(date(2026, 12, 25))
    with store.session(write=True) as session:
        mark_action_done(session, action_id, by="a.khan", done=False)
        session.commit()
    with store.session() as session:
        (action,) = list_actions(session, case_id)
    assert not action.done and action.row_version == 3


def test_removing_an_action_leaves_a_tombstone(store, case_id, people):
    action_id = add(store, case_id, people)
    with store.session(write=True) as session:
        remove_action(session, action_id, by="a.khan")
        session.commit()
    with store.session() as session:
        assert list_actions(session, case_id) == []
        row = session.get(SupportPlanAction, action_id)
        assert row.deleted and row.row_version == 2 and row.updated_by == "a.khan"


def test_the_plan_lists_open_actions_soonest_first_then_done_ones(store, case_id, people):
    late = add(store, case_id, people, "Later", date(2026, 12, 20))
    soon = add(store, case_id, people, "Sooner", date(2026, 11, 23))
    done = add(store, case_id, people, "Done already", date(2026, 11, 1))
    with store.session(write=True) as session:
        mark_action_done(session, done, by="a.khan")
        session.commit()
    with store.session() as session:
        assert [a.id for a in list_actions(session, case_id)] == [soon, late, done]


def test_services_that_meet_the_need_are_offered_first(store, people):
    with store.session() as session:
        choices = provider_choices(session, "housing")
    suggested = [c for c in choices if c.suggested]
    assert suggested and len(suggested) < len(choices)
    assert choices[: len(suggested)] == suggested


def test_load_needs_gathers_what_the_tab_shows(store, case_id, people):
    record(store, case_id, scores(safety=2), date(2026, 10, 8))
    add(store, case_id, people)
    with store.session() as session:
        view = load_needs(session, case_id, RULES, TODAY)
    assert view.status == "supported" and not view.closed
    assert view.latest.scores["safety"] == 2
    assert len(view.actions) == 1
    assert view.reassessment.status == OVERDUE
    assert view.referred_on == date(2026, 10, 5)
    assert view.spoc_id == people["a.khan"]
