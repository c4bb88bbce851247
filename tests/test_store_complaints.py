"""Complaints and Victims' Right to Review requests in the store.

Today is Friday 20 Nov 2026. Ten working days after Mon 9 Nov is Mon 23 Nov; after Mon 2 Nov,
Mon 16 Nov (also the last day of a review window for a decision communicated on 2 Nov).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from journey_fixtures import NOW, RULEBOOK, TODAY, events, make_case, obligations

from val_desktop.domain.complaints import (
    ComplaintAbout,
    ComplaintOutcome,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    Timeliness,
    VRROutcome,
)
from val_desktop.domain.rules import MET, OPEN, OVERDUE
from val_desktop.store.complaints import (
    acknowledge_complaint,
    case_complaints,
    case_vrr_requests,
    close_complaint,
    conclude_independent_review,
    conclude_local_resolution,
    list_complaints,
    list_vrr_requests,
    pass_on_complaint,
    record_complaint,
    record_vrr_outcome,
    record_vrr_request,
    respond_to_complaint,
    start_independent_review,
    start_local_resolution,
    update_complaint,
)
from val_desktop.store.journey_common import JourneyRefused, StaleRecord
from val_desktop.store.listings import obligation_rows


@pytest.fixture
def case_id(store):
    return make_case(store)


def _complaint(store, case_id, received_on=date(2026, 11, 9), about=ComplaintAbout.VAL, **kw):
    with store.session(write=True) as session:
        row = record_complaint(session, case_id, received_on=received_on, about=about,
                               rulebook=RULEBOOK, user="s.lead", now=NOW, **kw)
        session.commit()
        return row.id


def _do(store, fn, *args, **kw):
    with store.session(write=True) as session:
        row = fn(session, *args, user="s.lead", **kw)
        session.commit()
        return row


def _view(store, case_id):
    with store.session() as session:
        [view] = case_complaints(session, case_id, TODAY)
    return view


def test_a_complaint_starts_the_ten_working_day_obligation_and_meeting_it(store, case_id):
    complaint_id = _complaint(store, case_id, rights={4, 6},
                              summary="Nobody called back for a week")
    [event] = events(store, case_id, "complaint_received")
    assert event.details == "Complaint about Victim Advice Line: Nobody called back for a week"
    [ob] = obligations(store, case_id, "complaint_response")
    assert (ob.event_id, ob.starts_on, ob.due, ob.met_at) == (
        event.id, date(2026, 11, 9), date(2026, 11, 23), None)
    view = _view(store, case_id)
    assert [(o.rule_id, o.status) for o in view.obligations] == [("complaint_response", OPEN)]
    assert view.next_steps[0].startswith("Acknowledge the complaint")
    assert view.complaint.rights == frozenset({4, 6})

    _do(store, acknowledge_complaint, complaint_id, date(2026, 11, 12), now=NOW)
    [ob] = obligations(store, case_id, "complaint_response")
    assert ob.met_at.date() == date(2026, 11, 12) and ob.met_by == "s.lead"
    assert _view(store, case_id).obligations[0].status == MET
    with store.session() as session:
        [listed] = [r for r in obligation_rows(session, RULEBOOK.rules, as_of=TODAY)
                    if r["rule"] == "complaint_response"]
    assert listed["status"] == MET

    _do(store, respond_to_complaint, complaint_id, date(2026, 11, 18), now=NOW)
    _do(store, close_complaint, complaint_id, ComplaintOutcome.PARTLY_UPHELD, date(2026, 11, 18),
        lessons="Call back within a day, even to say we are still looking", now=NOW)
    view = _view(store, case_id)
    assert view.complaint.outcome is ComplaintOutcome.PARTLY_UPHELD
    assert view.next_steps[0].startswith("If the victim is not satisfied")
    assert view.row_version == 4
    with store.session() as session:
        assert list_complaints(session, TODAY) == []
        assert len(list_complaints(session, TODAY, open_only=False)) == 1


def test_a_complaint_about_the_police_is_passed_on_and_telling_the_victim_meets_it(store,
                                                                                   case_id):
    complaint_id = _complaint(store, case_id, about=ComplaintAbout.POLICE,
                              summary="Officer was rude")
    view = _view(store, case_id)
    assert view.suggested_recipient == "the police force's professional standards department"
    assert view.next_steps[0].startswith("Pass the complaint on to the police")
    _do(store, pass_on_complaint, complaint_id, "West Mercia Police professional standards",
        date(2026, 11, 10), now=NOW)
    assert obligations(store, case_id, "complaint_response")[0].met_at is None
    assert _view(store, case_id).next_steps[0] == (
        "Tell the victim the complaint has gone to West Mercia Police professional standards")
    _do(store, pass_on_complaint, complaint_id, "West Mercia Police professional standards",
        date(2026, 11, 10), victim_told_on=date(2026, 11, 11), now=NOW)
    assert obligations(store, case_id, "complaint_response")[0].met_at.date() == date(2026, 11, 11)
    _do(store, close_complaint, complaint_id, ComplaintOutcome.PASSED_ON, date(2026, 11, 11),
        now=NOW)
    assert _view(store, case_id).complaint.passed_on.organisation.startswith("West Mercia")


@pytest.mark.parametrize("changes, message", [
    ({"about": ComplaintAbout.PROVIDER}, "Name the support service provider"),
    ({"acknowledged_on": date(2026, 11, 6)}, "cannot be acknowledged (6 Nov 2026) before"),
    ({"acknowledged_on": date(2026, 11, 23)}, "cannot be in the future"),
    ({"outcome": ComplaintOutcome.UPHELD, "outcome_on": date(2026, 11, 12)},
     "needs the full response recorded"),
    ({"rights": {13}}, "The Code has rights 1 to 12"),
])
def test_bad_changes_are_refused_in_words_and_nothing_changes(store, case_id, changes, message):
    complaint_id = _complaint(store, case_id)
    before = _view(store, case_id)
    with pytest.raises(JourneyRefused, match=re.escape(message)):
        _do(store, update_complaint, complaint_id, now=NOW, **changes)
    after = _view(store, case_id)
    assert (after.complaint, after.row_version) == (before.complaint, before.row_version)


def test_refusals_at_recording(store, case_id):
    with pytest.raises(JourneyRefused, match="before the case was referred"):
        _complaint(store, case_id, received_on=date(2026, 8, 1))
    complaint_id = _complaint(store, case_id)
    with pytest.raises(JourneyRefused, match="ours to answer, not to pass on"):
        _do(store, pass_on_complaint, complaint_id, "Someone", date(2026, 11, 10), now=NOW)
    with pytest.raises(StaleRecord):
        _do(store, acknowledge_complaint, complaint_id, date(2026, 11, 10), expected_version=7,
            now=NOW)
    assert events(store, case_id, "complaint_received")  # the first one stands


def test_an_unanswered_complaint_is_overdue_and_clearing_an_acknowledgement_reopens_it(
        store, case_id):
    complaint_id = _complaint(store, case_id, received_on=date(2026, 11, 2))
    assert _view(store, case_id).obligations[0].status == OVERDUE  # due 16 Nov
    _do(store, acknowledge_complaint, complaint_id, date(2026, 11, 19), now=NOW)
    assert _view(store, case_id).obligations[0].status == "met_late"
    _do(store, update_complaint, complaint_id, acknowledged_on=None, now=NOW)
    assert _view(store, case_id).obligations[0].status == OVERDUE
    assert obligations(store, case_id, "complaint_response")[0].met_by is None


# --- Victims' Right to Review ------------------------------------------------------------------


def _request(store, case_id, **kw):
    values = {"body": ReviewBody.POLICE, "decision": QualifyingDecision.NOT_TO_CHARGE,
              "decision_communicated_on": date(2026, 11, 2), "requested_on": date(2026, 11, 6),
              **kw}
    with store.session(write=True) as session:
        row = record_vrr_request(session, case_id, user="s.lead", today=TODAY, **values)
        session.commit()
        return row.id


def test_a_review_request_through_local_resolution_and_independent_review(store, case_id):
    request_id = _request(store, case_id)
    with store.session() as session:
        [view] = case_vrr_requests(session, case_id)
    assert (view.window_closes, view.late_limit, view.timeliness) == (
        date(2026, 11, 16), date(2027, 2, 2), Timeliness.IN_TIME)
    assert view.next_steps == ("Record the start of local resolution by the Police",)

    _do(store, start_local_resolution, request_id, date(2026, 11, 9), reviewer="DI Marsh",
        today=TODAY)
    _do(store, conclude_local_resolution, request_id, date(2026, 11, 16),
        ReviewResult.DECISION_UPHELD, notes="Evidence insufficient", today=TODAY)
    _do(store, start_independent_review, request_id, date(2026, 11, 17), today=TODAY)
    with pytest.raises(JourneyRefused, match="Record the review stage that reached"):
        _do(store, record_vrr_outcome, request_id, VRROutcome.DECISION_OVERTURNED,
            date(2026, 11, 19), today=TODAY)
    _do(store, conclude_independent_review, request_id, date(2026, 11, 19),
        ReviewResult.DECISION_OVERTURNED, today=TODAY)
    _do(store, record_vrr_outcome, request_id, VRROutcome.DECISION_OVERTURNED,
        date(2026, 11, 19), lessons="Check CCTV before deciding", today=TODAY)
    with store.session() as session:
        [view] = case_vrr_requests(session, case_id)
        assert list_vrr_requests(session) == []
    request = view.request
    assert request.local_resolution.reviewer == "DI Marsh"
    assert request.local_resolution.notes == "Evidence insufficient"
    assert request.independent_review.result is ReviewResult.DECISION_OVERTURNED
    assert request.outcome is VRROutcome.DECISION_OVERTURNED and view.next_steps == ()
    assert view.row_version == 6


def test_review_requests_late_out_of_time_and_for_the_wrong_body(store, case_id):
    with pytest.raises(JourneyRefused, match="record the exceptional circumstances"):
        _request(store, case_id, requested_on=date(2026, 11, 19))
    _request(store, case_id, requested_on=date(2026, 11, 19), late_reason="In hospital")
    with pytest.raises(JourneyRefused, match="does not cover a decision to discontinue"):
        _request(store, case_id, decision=QualifyingDecision.DISCONTINUE)
    with pytest.raises(JourneyRefused, match="record it as not eligible"):
        _request(store, case_id, decision_communicated_on=date(2026, 8, 3),
                 requested_on=date(2026, 11, 16))
    _request(store, case_id, decision_communicated_on=date(2026, 8, 3),
             requested_on=date(2026, 11, 16), outcome=VRROutcome.NOT_ELIGIBLE,
             outcome_on=date(2026, 11, 16))
    with store.session() as session:
        views = case_vrr_requests(session, case_id)
        open_ones = list_vrr_requests(session)
    assert {v.timeliness for v in views} == {Timeliness.LATE, Timeliness.OUT_OF_TIME}
    assert [v.timeliness for v in open_ones] == [Timeliness.LATE]
