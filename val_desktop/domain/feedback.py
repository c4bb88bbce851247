"""The victim's voice: feedback, and the lessons supervisors act on (issue 4).

Victims give feedback at closure or at any time. Feedback, complaints and review outcomes feed the
quarterly return (`voice_summary`) and are listed for supervisors as lessons (`lessons_to_act_on`).
Periods are given as first and last day (inclusive): how a quarter is named is the report's concern.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .complaints import (
    UPHELD_OUTCOMES,
    Complaint,
    VRROutcome,
    VRRRequest,
    complaint_obligations,
    response_met_on,
)
from .rules import MET, Rule, obligation_status


class Satisfaction(StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    NEITHER = "neither"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"

    @property
    def label(self) -> str:
        return _SATISFACTION_LABELS[self]

    @property
    def is_satisfied(self) -> bool:
        return self in (Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED)

    @property
    def is_dissatisfied(self) -> bool:
        return self in (Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED)


_SATISFACTION_LABELS = {
    Satisfaction.VERY_SATISFIED: "Very satisfied",
    Satisfaction.SATISFIED: "Satisfied",
    Satisfaction.NEITHER: "Neither satisfied nor dissatisfied",
    Satisfaction.DISSATISFIED: "Dissatisfied",
    Satisfaction.VERY_DISSATISFIED: "Very dissatisfied",
}


class FeedbackOccasion(StrEnum):
    CLOSURE = "closure"
    ANY_TIME = "any_time"

    @property
    def label(self) -> str:
        return "At closure" if self is FeedbackOccasion.CLOSURE else "During support"


@dataclass(frozen=True, kw_only=True)
class Feedback:
    """One piece of feedback from a victim. None means the question was not answered."""

    case_id: str
    given_on: date
    occasion: FeedbackOccasion
    satisfaction: Satisfaction | None = None
    better_able_to_cope: bool | None = None  # "better able to cope and recover"
    could_be_better: str = ""
    user_group_contact: bool = False  # agrees to be contacted by the service user group
    recorded_by: str = ""


def feedback_problems(feedback: Feedback) -> list[str]:
    """What is wrong with a feedback record, in words; empty when it can be saved."""
    if (
        feedback.satisfaction is None
        and feedback.better_able_to_cope is None
        and not feedback.could_be_better.strip()
    ):
        return ["The feedback holds no answer: record at least one"]
    return []


# --- lessons for supervisors -------------------------------------------------------------------


class LessonSource(StrEnum):
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    REVIEW = "review"  # Victims' Right to Review

    @property
    def label(self) -> str:
        return {"feedback": "Feedback", "complaint": "Complaint", "review": "Right to Review"}[
            self.value
        ]


@dataclass(frozen=True, kw_only=True)
class Lesson:
    source: LessonSource
    case_id: str
    on: date
    summary: str  # one line for the list
    detail: str = ""  # the victim's or the reviewer's own words


def _within(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def feedback_lesson(feedback: Feedback) -> Lesson | None:
    """A lesson when the victim says what could be better, was dissatisfied, or not helped."""
    reasons = []
    if feedback.satisfaction is not None and feedback.satisfaction.is_dissatisfied:
        reasons.append(feedback.satisfaction.label)
    if feedback.better_able_to_cope is False:
        reasons.append("not better able to cope and recover")
    if feedback.could_be_better.strip():
        reasons.append("says what could be better")
    if not reasons:
        return None
    return Lesson(
        source=LessonSource.FEEDBACK,
        case_id=feedback.case_id,
        on=feedback.given_on,
        summary="Victim feedback: " + "; ".join(reasons),
        detail=feedback.could_be_better.strip(),
    )


def complaint_lesson(complaint: Complaint) -> Lesson | None:
    """A lesson when a complaint was upheld (fully or partly) or lessons were recorded on it."""
    if complaint.outcome_on is None:
        return None
    if complaint.outcome not in UPHELD_OUTCOMES and not complaint.lessons.strip():
        return None
    about = complaint.about_name.strip() or complaint.about.label
    return Lesson(
        source=LessonSource.COMPLAINT,
        case_id=complaint.case_id,
        on=complaint.outcome_on,
        summary=f"Complaint about {about}: {complaint.outcome.label.lower()}"
        if complaint.outcome
        else f"Complaint about {about}",
        detail=complaint.lessons.strip() or complaint.summary.strip(),
    )


def review_lesson(request: VRRRequest) -> Lesson | None:
    """A lesson when a review overturned the decision, or lessons were recorded on it."""
    if request.outcome_on is None:
        return None
    if request.outcome is not VRROutcome.DECISION_OVERTURNED and not request.lessons.strip():
        return None
    return Lesson(
        source=LessonSource.REVIEW,
        case_id=request.case_id,
        on=request.outcome_on,
        summary=f"{request.body.label} review of a {request.decision.label.lower()}: "
        f"{request.outcome.label.lower()}"
        if request.outcome
        else f"{request.body.label} review",
        detail=request.lessons.strip(),
    )


def lessons_to_act_on(
    feedback: Iterable[Feedback],
    complaints: Iterable[Complaint],
    reviews: Iterable[VRRRequest],
    start: date,
    end: date,
) -> list[Lesson]:
    """Lessons whose date falls in [start, end], oldest first."""
    found = [feedback_lesson(f) for f in feedback]
    found += [complaint_lesson(c) for c in complaints]
    found += [review_lesson(r) for r in reviews]
    kept = [lesson for lesson in found if lesson is not None and start <= lesson.on <= end]
    return sorted(kept, key=lambda lesson: (lesson.on, lesson.source.value, lesson.case_id))


# --- the quarterly return -----------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceSummary:
    """The victim's voice over a period, for the quarterly return."""

    feedback_count: int
    satisfaction_answered: int
    satisfied: int  # very satisfied or satisfied
    dissatisfied: int  # dissatisfied or very dissatisfied
    cope_answered: int
    better_able_to_cope: int
    user_group_volunteers: int
    complaints_received: int
    complaints_answered_on_time: int  # of those received, acknowledged or answered in time
    complaints_upheld: int  # outcome (upheld or partly) dated in the period
    reviews_requested: int
    reviews_overturned: int  # outcome dated in the period


def voice_summary(
    feedback: Iterable[Feedback],
    complaints: Iterable[Complaint],
    reviews: Iterable[VRRRequest],
    start: date,
    end: date,
    rules: Iterable[Rule],
) -> VoiceSummary:
    """Counts for [start, end] inclusive. Feedback by the day given; complaints by the day received
    (upheld by the day of the outcome); reviews by the day requested (overturned by the outcome day).
    A complaint counts as answered on time when every obligation it created was met by its due day.
    """
    rules = tuple(rules)
    given = [f for f in feedback if _within(f.given_on, start, end)]
    complaints = list(complaints)
    reviews = list(reviews)
    received = [c for c in complaints if _within(c.received_on, start, end)]
    on_time = 0
    for complaint in received:
        dues = complaint_obligations(complaint, rules)
        met = response_met_on(complaint)
        if dues and all(obligation_status(d.due, met, end) == MET for d in dues):
            on_time += 1
    return VoiceSummary(
        feedback_count=len(given),
        satisfaction_answered=sum(1 for f in given if f.satisfaction is not None),
        satisfied=sum(
            1 for f in given if f.satisfaction is not None and f.satisfaction.is_satisfied
        ),
        dissatisfied=sum(
            1 for f in given if f.satisfaction is not None and f.satisfaction.is_dissatisfied
        ),
        cope_answered=sum(1 for f in given if f.better_able_to_cope is not None),
        better_able_to_cope=sum(1 for f in given if f.better_able_to_cope is True),
        user_group_volunteers=sum(1 for f in given if f.user_group_contact),
        complaints_received=len(received),
        complaints_answered_on_time=on_time,
        complaints_upheld=sum(
            1
            for c in complaints
            if c.outcome in UPHELD_OUTCOMES and _within(c.outcome_on, start, end)
        ),
        reviews_requested=sum(1 for r in reviews if _within(r.requested_on, start, end)),
        reviews_overturned=sum(
            1
            for r in reviews
            if r.outcome is VRROutcome.DECISION_OVERTURNED and _within(r.outcome_on, start, end)
        ),
    )
