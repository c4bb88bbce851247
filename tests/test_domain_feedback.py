"""The victim's voice: feedback, lessons for supervisors and the quarterly counts (issue 4).

Complaint deadlines counted by hand: Mon 12 Oct 2026 + 10 working days = Mon 26 Oct; Mon 2 Nov 2026
+ 10 = Mon 16 Nov; Thu 24 Dec 2026 + 10 = Tue 12 Jan 2027 (25, 28 Dec and 1 Jan are holidays).
"""

from __future__ import annotations

from datetime import date

import pytest

from val_desktop.domain.complaints import (
    Complaint,
    ComplaintAbout,
    ComplaintOutcome,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    ReviewStage,
    VRROutcome,
    VRRRequest,
)
from val_desktop.domain.feedback import (
    Feedback,
    FeedbackOccasion,
    LessonSource,
    Satisfaction,
    complaint_lesson,
    feedback_lesson,
    feedback_problems,
    lessons_to_act_on,
    review_lesson,
    voice_summary,
)
from val_desktop.domain.rules import load_default_rules

START = date(2026, 10, 1)
END = date(2026, 12, 31)


def fb(on, case_id="VAL-1", **fields):
    return Feedback(case_id=case_id, given_on=on, occasion=FeedbackOccasion.CLOSURE, **fields)


def complaint(case_id, received, **fields):
    return Complaint(case_id=case_id, received_on=received, about=ComplaintAbout.VAL, **fields)


def review(case_id, requested, outcome=None, outcome_on=None, **fields):
    result = None
    if outcome in (VRROutcome.DECISION_OVERTURNED, VRROutcome.DECISION_UPHELD):
        result = ReviewResult(outcome.value)
    local = (
        ReviewStage(started_on=requested, concluded_on=outcome_on, result=result)
        if result
        else None
    )
    return VRRRequest(
        case_id=case_id,
        body=ReviewBody.CPS,
        decision=QualifyingDecision.NOT_TO_CHARGE,
        decision_communicated_on=requested,
        requested_on=requested,
        local_resolution=local,
        outcome=outcome,
        outcome_on=outcome_on,
        **fields,
    )


FEEDBACK = [
    fb(
        date(2026, 10, 2),
        "F1",
        satisfaction=Satisfaction.VERY_SATISFIED,
        better_able_to_cope=True,
        user_group_contact=True,
    ),
    fb(
        date(2026, 12, 31),
        "F2",
        satisfaction=Satisfaction.DISSATISFIED,
        better_able_to_cope=False,
        could_be_better="Call me back sooner",
    ),
    fb(date(2026, 11, 15), "F3", could_be_better="More evening hours"),
    fb(date(2026, 9, 30), "F4", satisfaction=Satisfaction.SATISFIED, user_group_contact=True),
    fb(date(2027, 1, 1), "F5", satisfaction=Satisfaction.VERY_DISSATISFIED),
]

COMPLAINTS = [
    complaint(
        "C1",
        date(2026, 10, 12),
        acknowledged_on=date(2026, 10, 26),
        responded_on=date(2026, 10, 30),
        outcome=ComplaintOutcome.UPHELD,
        outcome_on=date(2026, 10, 30),
        lessons="Log every call-back",
    ),
    complaint("C2", date(2026, 12, 24), acknowledged_on=date(2027, 1, 12)),  # on its due day
    complaint("C3", date(2026, 11, 2), acknowledged_on=date(2026, 11, 17)),  # a day late
    complaint(
        "C4",
        date(2026, 9, 30),
        responded_on=date(2026, 10, 5),
        outcome=ComplaintOutcome.PARTLY_UPHELD,
        outcome_on=date(2026, 10, 5),
        summary="Letter went to the wrong address",
    ),
    complaint(
        "C5",
        date(2026, 10, 20),
        responded_on=date(2026, 10, 21),
        outcome=ComplaintOutcome.NOT_UPHELD,
        outcome_on=date(2026, 10, 21),
    ),
]

REVIEWS = [
    review("R1", date(2026, 10, 19), VRROutcome.DECISION_OVERTURNED, date(2026, 12, 15)),
    review("R2", date(2026, 9, 20), VRROutcome.DECISION_OVERTURNED, date(2026, 10, 3)),
    review("R3", date(2026, 11, 5), VRROutcome.DECISION_UPHELD, date(2026, 11, 20)),
]


def test_satisfaction_scale():
    assert [s.label for s in Satisfaction] == [
        "Very satisfied",
        "Satisfied",
        "Neither satisfied nor dissatisfied",
        "Dissatisfied",
        "Very dissatisfied",
    ]
    assert [s.is_satisfied for s in Satisfaction] == [True, True, False, False, False]
    assert [s.is_dissatisfied for s in Satisfaction] == [False, False, False, True, True]


def test_feedback_needs_at_least_one_answer():
    assert feedback_problems(fb(END)) == ["The feedback holds no answer: record at least one"]
    assert feedback_problems(fb(END, could_be_better="   ")) == [
        "The feedback holds no answer: record at least one"
    ]
    assert feedback_problems(fb(END, better_able_to_cope=False)) == []
    assert feedback_problems(fb(END, satisfaction=Satisfaction.NEITHER)) == []


def test_feedback_at_any_time_as_well_as_closure():
    during = Feedback(
        case_id="VAL-1",
        given_on=START,
        occasion=FeedbackOccasion.ANY_TIME,
        satisfaction=Satisfaction.SATISFIED,
    )
    assert during.occasion.label == "During support"
    assert FeedbackOccasion.CLOSURE.label == "At closure"


# --- lessons ------------------------------------------------------------------------------------


def test_feedback_lessons():
    assert feedback_lesson(FEEDBACK[0]) is None  # very satisfied, helped: nothing to act on
    lesson = feedback_lesson(FEEDBACK[1])
    assert lesson.source is LessonSource.FEEDBACK
    assert lesson.summary == (
        "Victim feedback: Dissatisfied; not better able to cope and recover; says what could be "
        "better"
    )
    assert lesson.detail == "Call me back sooner"
    assert feedback_lesson(FEEDBACK[2]).summary == "Victim feedback: says what could be better"


def test_complaint_lessons():
    assert complaint_lesson(COMPLAINTS[0]).summary == "Complaint about Victim Advice Line: upheld"
    assert complaint_lesson(COMPLAINTS[0]).detail == "Log every call-back"
    assert complaint_lesson(COMPLAINTS[1]) is None  # still open
    assert complaint_lesson(COMPLAINTS[4]) is None  # not upheld, no lessons recorded
    noted = complaint(
        "C6",
        date(2026, 10, 20),
        responded_on=date(2026, 10, 21),
        outcome=ComplaintOutcome.NOT_UPHELD,
        outcome_on=date(2026, 10, 21),
        lessons="Explain the Code's deadlines at first contact",
    )
    assert complaint_lesson(noted).summary == "Complaint about Victim Advice Line: not upheld"
    assert complaint_lesson(COMPLAINTS[3]).detail == "Letter went to the wrong address"


def test_review_lessons():
    lesson = review_lesson(REVIEWS[0])
    assert lesson.source is LessonSource.REVIEW
    assert lesson.summary == (
        "Crown Prosecution Service review of a decision not to charge: original decision overturned"
    )
    assert review_lesson(REVIEWS[2]) is None  # upheld, nothing recorded to learn
    assert review_lesson(review("R4", date(2026, 11, 5))) is None  # not concluded


def test_lessons_for_supervisors_in_the_period_oldest_first():
    lessons = lessons_to_act_on(FEEDBACK, COMPLAINTS, REVIEWS, START, END)
    assert [(lesson.source, lesson.case_id, lesson.on) for lesson in lessons] == [
        (LessonSource.REVIEW, "R2", date(2026, 10, 3)),
        (LessonSource.COMPLAINT, "C4", date(2026, 10, 5)),
        (LessonSource.COMPLAINT, "C1", date(2026, 10, 30)),
        (LessonSource.FEEDBACK, "F3", date(2026, 11, 15)),
        (LessonSource.REVIEW, "R1", date(2026, 12, 15)),
        (LessonSource.FEEDBACK, "F2", date(2026, 12, 31)),
    ]


# --- the quarterly return -----------------------------------------------------------------------


def test_voice_summary_for_a_quarter():
    summary = voice_summary(FEEDBACK, COMPLAINTS, REVIEWS, START, END, load_default_rules())
    assert summary.feedback_count == 3  # F1, F2, F3 (F4 the day before, F5 the day after)
    assert summary.satisfaction_answered == 2
    assert summary.satisfied == 1
    assert summary.dissatisfied == 1
    assert summary.cope_answered == 2
    assert summary.better_able_to_cope == 1
    assert summary.user_group_volunteers == 1
    assert summary.complaints_received == 4  # C1, C2, C3, C5
    assert summary.complaints_answered_on_time == 3  # C3 was a day late
    assert summary.complaints_upheld == 2  # C1 and C4 (its outcome is in the quarter)
    assert summary.reviews_requested == 2  # R1, R3
    assert summary.reviews_overturned == 2  # R1, R2 (its outcome is in the quarter)


@pytest.mark.parametrize(
    "acknowledged,on_time",
    [(None, 0), (date(2026, 11, 16), 1), (date(2026, 11, 17), 0)],
)
def test_a_complaint_is_on_time_only_when_answered_by_its_due_day(acknowledged, on_time):
    c = complaint("C", date(2026, 11, 2), acknowledged_on=acknowledged)
    summary = voice_summary([], [c], [], START, END, load_default_rules())
    assert summary.complaints_received == 1
    assert summary.complaints_answered_on_time == on_time
