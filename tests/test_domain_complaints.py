"""Complaints (Code right 12) and Victims' Right to Review requests (issue 4).

Working days counted by hand (England and Wales):
  Mon 12 Oct 2026 + 10 working days = Mon 26 Oct 2026 (no holiday in between).
  Thu 24 Dec 2026 + 10 = Tue 12 Jan 2027 (25, 28 Dec and 1 Jan are bank holidays).
  Fri 18 Dec 2026 + 10 = Wed 6 Jan 2027: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan.
"""

from __future__ import annotations

from datetime import date

import pytest

from val_desktop.domain.complaints import (
    CODE_RIGHTS,
    Complaint,
    ComplaintAbout,
    ComplaintOutcome,
    PassedOn,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    ReviewStage,
    Timeliness,
    VRROutcome,
    VRRRequest,
    add_months,
    complaint_next_steps,
    complaint_obligations,
    complaint_problems,
    complaint_status,
    response_met_on,
    right_label,
    suggested_recipient,
    vrr_late_limit,
    vrr_next_steps,
    vrr_problems,
    vrr_timeliness,
    vrr_window_closes,
)
from val_desktop.domain.rules import load_default_rules

RECEIVED = date(2026, 10, 12)  # Mon
DUE = date(2026, 10, 26)  # Mon, 10 working days later


@pytest.fixture(scope="module")
def rules():
    return load_default_rules()


def a_complaint(**fields):
    base = {
        "case_id": "VAL-1",
        "received_on": RECEIVED,
        "about": ComplaintAbout.VAL,
        "rights": frozenset({4}),
        "summary": "Nobody called me back",
    }
    base.update(fields)
    return Complaint(**base)


# --- the Code's rights --------------------------------------------------------------------------


def test_the_code_has_twelve_rights():
    assert sorted(CODE_RIGHTS) == list(range(1, 13))
    assert right_label(12) == "Right 12: To make a complaint about your rights not being met"
    assert right_label(7) == "Right 7: To make a Victim Personal Statement"


# --- the 10-working-day obligation --------------------------------------------------------------


def test_a_complaint_must_be_answered_within_10_working_days(rules):
    owed = complaint_obligations(a_complaint(), rules)
    assert [(o.rule_id, o.starts_on, o.due) for o in owed] == [
        ("complaint_response", RECEIVED, DUE)
    ]
    # the same for an enhanced-rights victim
    assert [o.due for o in complaint_obligations(a_complaint(), rules, enhanced=True)] == [DUE]


def test_the_complaint_clock_runs_over_christmas(rules):
    owed = complaint_obligations(a_complaint(received_on=date(2026, 12, 24)), rules)
    assert [o.due for o in owed] == [date(2027, 1, 12)]


@pytest.mark.parametrize(
    "fields,as_of,status",
    [
        ({}, date(2026, 10, 26), "open"),
        ({}, date(2026, 10, 27), "overdue"),
        ({"acknowledged_on": DUE}, date(2026, 11, 30), "met"),
        ({"responded_on": date(2026, 10, 14)}, date(2026, 11, 30), "met"),
        ({"acknowledged_on": date(2026, 10, 27)}, date(2026, 11, 30), "met_late"),
        # the earliest of acknowledgement and response counts
        (
            {"acknowledged_on": date(2026, 10, 27), "responded_on": date(2026, 10, 20)},
            date(2026, 11, 30),
            "met",
        ),
    ],
)
def test_complaint_response_status(rules, fields, as_of, status):
    statuses = complaint_status(a_complaint(**fields), as_of, rules)
    assert [(o.due, s) for o, s in statuses] == [(DUE, status)]


def test_passing_a_complaint_on_meets_the_obligation_once_the_victim_is_told(rules):
    passed = PassedOn(organisation="CPS Victim Liaison Unit", on=date(2026, 10, 14))
    complaint = a_complaint(about=ComplaintAbout.CPS, passed_on=passed)
    assert response_met_on(complaint) is None
    assert complaint_status(complaint, date(2026, 10, 27), rules)[0][1] == "overdue"
    told = a_complaint(
        about=ComplaintAbout.CPS,
        passed_on=PassedOn(
            organisation="CPS Victim Liaison Unit",
            on=date(2026, 10, 14),
            victim_told_on=date(2026, 10, 15),
        ),
    )
    assert response_met_on(told) == date(2026, 10, 15)
    assert complaint_status(told, date(2026, 10, 27), rules)[0][1] == "met"


# --- passing on ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "about,name,recipient",
    [
        (ComplaintAbout.VAL, "", None),
        (ComplaintAbout.POLICE, "", "the police force's professional standards department"),
        (ComplaintAbout.CPS, "", "the Crown Prosecution Service"),
        (ComplaintAbout.COURT, "", "HM Courts & Tribunals Service"),
        (ComplaintAbout.PROVIDER, "Safe Haven Counselling", "Safe Haven Counselling"),
        (ComplaintAbout.OTHER, "Housing association", "Housing association"),
    ],
)
def test_complaints_about_others_are_passed_on(about, name, recipient):
    complaint = a_complaint(about=about, about_name=name)
    assert complaint.belongs_elsewhere is (about is not ComplaintAbout.VAL)
    assert suggested_recipient(complaint) == recipient


# --- checks -------------------------------------------------------------------------------------


def test_a_sound_complaint_has_no_problems():
    complaint = a_complaint(
        acknowledged_on=date(2026, 10, 13),
        responded_on=date(2026, 10, 30),
        outcome=ComplaintOutcome.PARTLY_UPHELD,
        outcome_on=date(2026, 10, 30),
        lessons="Call-backs are logged and chased daily",
    )
    assert complaint_problems(complaint) == []


def test_complaint_problems_dates_and_names():
    complaint = a_complaint(
        about=ComplaintAbout.PROVIDER,
        rights=frozenset({4, 13, 0}),
        acknowledged_on=date(2026, 10, 9),
        responded_on=date(2026, 10, 8),
        outcome=ComplaintOutcome.NOT_UPHELD,
        outcome_on=date(2026, 10, 8),
    )
    assert complaint_problems(complaint) == [
        "Name the support service provider the complaint is about",
        "The Code has rights 1 to 12; not: 0, 13",
        "The complaint cannot be acknowledged (9 Oct 2026) before it was received (12 Oct 2026)",
        "The complaint cannot be answered (8 Oct 2026) before it was received (12 Oct 2026)",
        "The complaint cannot be closed (8 Oct 2026) before it was received (12 Oct 2026)",
    ]


def test_complaint_problems_passing_on():
    ours = a_complaint(
        passed_on=PassedOn(
            organisation=" ", on=date(2026, 10, 10), victim_told_on=date(2026, 10, 9)
        )
    )
    assert complaint_problems(ours) == [
        "Say which organisation the complaint was passed on to",
        "The complaint cannot be passed on (10 Oct 2026) before it was received (12 Oct 2026)",
        "The victim cannot be told it was passed on (9 Oct 2026) before it was (10 Oct 2026)",
        "A complaint about the Victim Advice Line is ours to answer, not to pass on",
    ]


def test_complaint_problems_outcomes():
    assert complaint_problems(a_complaint(outcome=ComplaintOutcome.WITHDRAWN)) == [
        "Record the date of the outcome"
    ]
    assert complaint_problems(a_complaint(outcome_on=date(2026, 10, 20))) == [
        "Record the outcome the date belongs to"
    ]
    assert complaint_problems(
        a_complaint(
            about=ComplaintAbout.POLICE,
            outcome=ComplaintOutcome.PASSED_ON,
            outcome_on=date(2026, 10, 20),
        )
    ) == ["Record to whom and when the complaint was passed on"]
    assert complaint_problems(
        a_complaint(outcome=ComplaintOutcome.UPHELD, outcome_on=date(2026, 10, 20))
    ) == ["A complaint upheld needs the full response recorded"]


# --- next steps ---------------------------------------------------------------------------------


def test_next_steps_for_our_own_complaint():
    assert complaint_next_steps(a_complaint()) == [
        "Acknowledge the complaint or answer it in full within 10 working days",
        "Record the outcome",
    ]
    assert complaint_next_steps(a_complaint(acknowledged_on=date(2026, 10, 13))) == [
        "Send the full response",
        "Record the outcome",
    ]
    upheld = a_complaint(
        responded_on=date(2026, 10, 20),
        outcome=ComplaintOutcome.UPHELD,
        outcome_on=date(2026, 10, 20),
    )
    assert complaint_next_steps(upheld) == [
        "Record the lessons the service will act on",
        "If the victim is not satisfied with the final response, tell them they can ask their MP "
        "to refer it to the Parliamentary and Health Service Ombudsman",
    ]
    withdrawn = a_complaint(outcome=ComplaintOutcome.WITHDRAWN, outcome_on=date(2026, 10, 20))
    assert complaint_next_steps(withdrawn) == []


def test_next_steps_for_a_complaint_about_another_organisation():
    complaint = a_complaint(about=ComplaintAbout.COURT)
    assert complaint_next_steps(complaint) == [
        "Pass the complaint on to HM Courts & Tribunals Service",
        "Acknowledge the complaint or answer it in full within 10 working days",
        "Record the outcome",
    ]
    passed = a_complaint(
        about=ComplaintAbout.COURT,
        passed_on=PassedOn(organisation="HMCTS Worcester", on=date(2026, 10, 13)),
    )
    assert complaint_next_steps(passed) == [
        "Tell the victim the complaint has gone to HMCTS Worcester",
        "Acknowledge the complaint or answer it in full within 10 working days",
        "Record the outcome",
    ]


# --- Victims' Right to Review -------------------------------------------------------------------

COMMUNICATED = date(2026, 10, 12)  # Mon
WINDOW_CLOSES = date(2026, 10, 26)  # Mon, 10 working days later
LATE_LIMIT = date(2027, 1, 12)  # 3 calendar months later


def a_request(**fields):
    base = {
        "case_id": "VAL-1",
        "body": ReviewBody.CPS,
        "decision": QualifyingDecision.NOT_TO_CHARGE,
        "decision_communicated_on": COMMUNICATED,
        "requested_on": date(2026, 10, 19),
    }
    base.update(fields)
    return VRRRequest(**base)


@pytest.mark.parametrize(
    "communicated,closes",
    [
        (date(2026, 10, 12), date(2026, 10, 26)),
        (date(2026, 12, 24), date(2027, 1, 12)),
        (date(2026, 12, 18), date(2027, 1, 6)),
        (date(2026, 10, 10), date(2026, 10, 23)),  # a Saturday: counted from Mon 12
    ],
)
def test_the_10_working_day_window(communicated, closes):
    assert vrr_window_closes(communicated) == closes


@pytest.mark.parametrize(
    "day,months,expected",
    [
        (date(2026, 10, 12), 3, date(2027, 1, 12)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # a leap year
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2026, 10, 31), 3, date(2027, 1, 31)),
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_late_limit_is_three_calendar_months():
    assert vrr_late_limit(COMMUNICATED) == LATE_LIMIT


@pytest.mark.parametrize(
    "requested,timeliness",
    [
        (COMMUNICATED, Timeliness.IN_TIME),
        (WINDOW_CLOSES, Timeliness.IN_TIME),
        (date(2026, 10, 27), Timeliness.LATE),
        (LATE_LIMIT, Timeliness.LATE),
        (date(2027, 1, 13), Timeliness.OUT_OF_TIME),
    ],
)
def test_timeliness(requested, timeliness):
    assert vrr_timeliness(COMMUNICATED, requested) is timeliness
    assert a_request(requested_on=requested).timeliness is timeliness


def test_a_request_in_time_needs_no_reason():
    request = a_request(requested_on=WINDOW_CLOSES)
    assert request.window_closes == WINDOW_CLOSES
    assert vrr_problems(request) == []


def test_a_late_request_needs_the_exceptional_circumstances():
    late = a_request(requested_on=date(2026, 10, 27))
    assert vrr_problems(late) == [
        "The request came after the 10-working-day window, which closed on 26 Oct 2026: record "
        "the exceptional circumstances"
    ]
    assert (
        vrr_next_steps(late)[0] == "Record why the request is late (the exceptional circumstances)"
    )
    explained = a_request(requested_on=date(2026, 10, 27), late_reason="In hospital until 26 Oct")
    assert vrr_problems(explained) == []


def test_a_request_after_three_months_is_not_eligible():
    request = a_request(requested_on=date(2027, 1, 13), late_reason="Did not know")
    assert vrr_problems(request) == [
        "The request came more than 3 months after the decision was communicated (the limit was "
        "12 Jan 2027): record it as not eligible"
    ]
    assert vrr_next_steps(request) == [
        "Record the request as not eligible (more than 3 months after the decision)"
    ]
    not_eligible = a_request(
        requested_on=date(2027, 1, 13),
        outcome=VRROutcome.NOT_ELIGIBLE,
        outcome_on=date(2027, 1, 14),
    )
    assert vrr_problems(not_eligible) == []


def test_a_request_cannot_precede_the_decision():
    assert vrr_problems(a_request(requested_on=date(2026, 10, 9))) == [
        "The review cannot be requested (9 Oct 2026) before the decision was communicated "
        "(12 Oct 2026)"
    ]


@pytest.mark.parametrize("decision", list(QualifyingDecision), ids=str)
def test_which_decisions_each_scheme_reviews(decision):
    assert vrr_problems(a_request(body=ReviewBody.CPS, decision=decision)) == []
    police = vrr_problems(a_request(body=ReviewBody.POLICE, decision=decision))
    if decision is QualifyingDecision.NOT_TO_CHARGE:
        assert police == []
    else:
        assert police == [
            f"The police review scheme does not cover a {decision.label.lower()}: that decision "
            "is the Crown Prosecution Service's"
        ]


def test_local_resolution_then_independent_review():
    local = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_UPHELD,
    )
    independent = ReviewStage(
        started_on=date(2026, 11, 10),
        concluded_on=date(2026, 12, 15),
        result=ReviewResult.DECISION_OVERTURNED,
    )
    request = a_request(
        local_resolution=local,
        independent_review=independent,
        outcome=VRROutcome.DECISION_OVERTURNED,
        outcome_on=date(2026, 12, 15),
    )
    assert vrr_problems(request) == []
    assert vrr_next_steps(request) == []


def test_review_stage_problems():
    request = a_request(
        local_resolution=ReviewStage(
            started_on=date(2026, 10, 16), concluded_on=date(2026, 10, 15)
        ),
        independent_review=ReviewStage(started_on=date(2026, 10, 20)),
    )
    assert vrr_problems(request) == [
        "The local resolution cannot start before the request was made",
        "The local resolution cannot end before it started",
        "Record both the date and the result of the local resolution",
        "The independent review starts after local resolution has concluded",
    ]


def test_the_independent_review_cannot_start_before_local_resolution_ends():
    local = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_UPHELD,
    )
    early = a_request(
        local_resolution=local, independent_review=ReviewStage(started_on=date(2026, 11, 2))
    )
    assert vrr_problems(early) == [
        "The independent review starts after local resolution has concluded"
    ]
    same_day = a_request(
        local_resolution=local, independent_review=ReviewStage(started_on=date(2026, 11, 3))
    )
    assert vrr_problems(same_day) == []


def test_nothing_to_review_independently_after_local_resolution_overturned_it():
    local = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_OVERTURNED,
    )
    request = a_request(
        local_resolution=local, independent_review=ReviewStage(started_on=date(2026, 11, 4))
    )
    assert vrr_problems(request) == [
        "Local resolution overturned the decision: there is nothing left to review independently"
    ]


def test_the_outcome_must_agree_with_the_last_review():
    local = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_UPHELD,
    )
    assert vrr_problems(
        a_request(
            local_resolution=local,
            outcome=VRROutcome.DECISION_OVERTURNED,
            outcome_on=date(2026, 11, 3),
        )
    ) == [
        "The outcome (original decision overturned) differs from the result of the last review "
        "stage (original decision upheld)"
    ]
    assert vrr_problems(
        a_request(outcome=VRROutcome.DECISION_UPHELD, outcome_on=date(2026, 11, 3))
    ) == ["Record the review stage that reached this outcome"]
    assert vrr_problems(a_request(outcome=VRROutcome.WITHDRAWN)) == [
        "Record both the outcome of the request and its date"
    ]
    assert vrr_problems(a_request(outcome=VRROutcome.WITHDRAWN, outcome_on=date(2026, 10, 16))) == [
        "The outcome cannot come before the request"
    ]


def test_vrr_next_steps_through_the_review():
    assert vrr_next_steps(a_request()) == [
        "Record the start of local resolution by the Crown Prosecution Service"
    ]
    started = ReviewStage(started_on=date(2026, 10, 20))
    assert vrr_next_steps(a_request(local_resolution=started)) == [
        "Record the result of local resolution"
    ]
    upheld = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_UPHELD,
    )
    assert vrr_next_steps(a_request(local_resolution=upheld)) == [
        "If the victim is still unhappy, record the start of the independent review; otherwise "
        "record the outcome"
    ]
    overturned = ReviewStage(
        started_on=date(2026, 10, 20),
        concluded_on=date(2026, 11, 3),
        result=ReviewResult.DECISION_OVERTURNED,
    )
    assert vrr_next_steps(a_request(local_resolution=overturned)) == [
        "Record the outcome: the original decision was overturned"
    ]
    independent = ReviewStage(started_on=date(2026, 11, 10))
    assert vrr_next_steps(a_request(local_resolution=upheld, independent_review=independent)) == [
        "Record the result of the independent review"
    ]
    police = a_request(body=ReviewBody.POLICE)
    assert vrr_next_steps(police) == ["Record the start of local resolution by the Police"]
