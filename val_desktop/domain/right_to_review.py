"""Victims' Right to Review (VRR) requests (issue 4).

A victim may ask the police or the CPS to review a decision not to charge or to stop a case. The
request should normally be made within 10 working days of the decision being communicated; a later
request is accepted with a recorded reason up to 3 calendar months after it. The review has a local
resolution stage and an independent review.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .calendar import add_working_days

VRR_WINDOW_WORKING_DAYS = 10
VRR_LATE_LIMIT_MONTHS = 3


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class ReviewBody(StrEnum):
    POLICE = "police"
    CPS = "cps"

    @property
    def label(self) -> str:
        return "Police" if self is ReviewBody.POLICE else "Crown Prosecution Service"


class QualifyingDecision(StrEnum):
    """Decisions a victim can ask to have reviewed."""

    NOT_TO_CHARGE = "not_to_charge"
    DISCONTINUE = "discontinue"  # CPS: discontinue or withdraw all charges
    OFFER_NO_EVIDENCE = "offer_no_evidence"  # CPS: offer no evidence on all charges
    LEAVE_ON_FILE = "leave_on_file"  # CPS: leave all charges to lie on the file

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    QualifyingDecision.NOT_TO_CHARGE: "Decision not to charge",
    QualifyingDecision.DISCONTINUE: "Decision to discontinue the case",
    QualifyingDecision.OFFER_NO_EVIDENCE: "Decision to offer no evidence",
    QualifyingDecision.LEAVE_ON_FILE: "Decision to leave all charges on file",
}

# The police scheme reviews police decisions not to charge; the others are CPS decisions.
DECISIONS_BY_BODY: dict[ReviewBody, frozenset[QualifyingDecision]] = {
    ReviewBody.POLICE: frozenset({QualifyingDecision.NOT_TO_CHARGE}),
    ReviewBody.CPS: frozenset(QualifyingDecision),
}


class Timeliness(StrEnum):
    IN_TIME = "in_time"  # within 10 working days of the decision being communicated
    LATE = "late"  # after that, up to 3 months: accepted with a recorded reason
    OUT_OF_TIME = "out_of_time"  # more than 3 months after

    @property
    def label(self) -> str:
        return _TIMELINESS_LABELS[self]


_TIMELINESS_LABELS = {
    Timeliness.IN_TIME: "Within the 10-working-day window",
    Timeliness.LATE: "Late (accepted with a recorded reason)",
    Timeliness.OUT_OF_TIME: "More than 3 months after the decision was communicated",
}


class ReviewResult(StrEnum):
    DECISION_UPHELD = "decision_upheld"  # the original decision stands
    DECISION_OVERTURNED = "decision_overturned"  # e.g. a charge, or the case restarted

    @property
    def label(self) -> str:
        return (
            "Original decision upheld"
            if self is ReviewResult.DECISION_UPHELD
            else "Original decision overturned"
        )


class VRROutcome(StrEnum):
    DECISION_UPHELD = "decision_upheld"
    DECISION_OVERTURNED = "decision_overturned"
    WITHDRAWN = "withdrawn"  # the victim withdrew the request
    NOT_ELIGIBLE = "not_eligible"  # not a qualifying decision, or out of time

    @property
    def label(self) -> str:
        return _VRR_OUTCOME_LABELS[self]


_VRR_OUTCOME_LABELS = {
    VRROutcome.DECISION_UPHELD: "Original decision upheld",
    VRROutcome.DECISION_OVERTURNED: "Original decision overturned",
    VRROutcome.WITHDRAWN: "Request withdrawn by the victim",
    VRROutcome.NOT_ELIGIBLE: "Not eligible for review",
}


@dataclass(frozen=True, kw_only=True)
class ReviewStage:
    """One stage of a review: local resolution, or the independent review."""

    started_on: date
    concluded_on: date | None = None
    result: ReviewResult | None = None
    reviewer: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class VRRRequest:
    case_id: str
    body: ReviewBody
    decision: QualifyingDecision
    decision_communicated_on: date
    requested_on: date
    late_reason: str = ""  # the exceptional circumstances, for a request after the window
    local_resolution: ReviewStage | None = None
    independent_review: ReviewStage | None = None
    outcome: VRROutcome | None = None
    outcome_on: date | None = None
    lessons: str = ""

    @property
    def window_closes(self) -> date:
        return vrr_window_closes(self.decision_communicated_on)

    @property
    def timeliness(self) -> Timeliness:
        return vrr_timeliness(self.decision_communicated_on, self.requested_on)


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later; the last day of a shorter month if need be."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def vrr_window_closes(communicated_on: date) -> date:
    """Last day of the normal window: 10 working days after the decision was communicated."""
    return add_working_days(communicated_on, VRR_WINDOW_WORKING_DAYS)


def vrr_late_limit(communicated_on: date) -> date:
    """Last day a late request can be accepted: 3 calendar months after communication."""
    return add_months(communicated_on, VRR_LATE_LIMIT_MONTHS)


def vrr_timeliness(communicated_on: date, requested_on: date) -> Timeliness:
    if requested_on <= vrr_window_closes(communicated_on):
        return Timeliness.IN_TIME
    if requested_on <= vrr_late_limit(communicated_on):
        return Timeliness.LATE
    return Timeliness.OUT_OF_TIME


def vrr_problems(request: VRRRequest) -> list[str]:
    """What is wrong with a review request, in words; empty when it can be saved."""
    problems: list[str] = []
    communicated = request.decision_communicated_on
    if request.decision not in DECISIONS_BY_BODY[request.body]:
        problems.append(
            f"The {request.body.label.lower()} review scheme does not cover a "
            f"{request.decision.label.lower()}: that decision is the Crown Prosecution Service's"
        )
    if request.requested_on < communicated:
        problems.append(
            f"The review cannot be requested ({_fmt(request.requested_on)}) before the decision "
            f"was communicated ({_fmt(communicated)})"
        )
    else:
        timeliness = request.timeliness
        if timeliness is Timeliness.LATE and not request.late_reason.strip():
            problems.append(
                f"The request came after the 10-working-day window, which closed on "
                f"{_fmt(request.window_closes)}: record the exceptional circumstances"
            )
        if timeliness is Timeliness.OUT_OF_TIME and request.outcome is not VRROutcome.NOT_ELIGIBLE:
            problems.append(
                f"The request came more than 3 months after the decision was communicated "
                f"(the limit was {_fmt(vrr_late_limit(communicated))}): record it as not eligible"
            )
    for name, stage in (
        ("local resolution", request.local_resolution),
        ("independent review", request.independent_review),
    ):
        if stage is None:
            continue
        if stage.started_on < request.requested_on:
            problems.append(f"The {name} cannot start before the request was made")
        if stage.concluded_on is not None and stage.concluded_on < stage.started_on:
            problems.append(f"The {name} cannot end before it started")
        if (stage.concluded_on is None) != (stage.result is None):
            problems.append(f"Record both the date and the result of the {name}")
    local, independent = request.local_resolution, request.independent_review
    if independent is not None and local is not None:
        if (
            local.concluded_on is None
            or local.result is None
            or independent.started_on < local.concluded_on
        ):
            problems.append("The independent review starts after local resolution has concluded")
        elif local.result is ReviewResult.DECISION_OVERTURNED:
            problems.append(
                "Local resolution overturned the decision: there is nothing left to review "
                "independently"
            )
    if (request.outcome is None) != (request.outcome_on is None):
        problems.append("Record both the outcome of the request and its date")
    if request.outcome in (VRROutcome.DECISION_UPHELD, VRROutcome.DECISION_OVERTURNED):
        last = independent if independent is not None else local
        if last is None or last.result is None:
            problems.append("Record the review stage that reached this outcome")
        elif last.result.value != request.outcome.value:
            problems.append(
                f"The outcome ({request.outcome.label.lower()}) differs from the result of the "
                f"last review stage ({last.result.label.lower()})"
            )
    if request.outcome_on is not None and request.outcome_on < request.requested_on:
        problems.append("The outcome cannot come before the request")
    return problems


def vrr_next_steps(request: VRRRequest) -> list[str]:
    """What is still to do on a review request, in plain words."""
    if request.outcome is not None:
        return []
    timeliness = request.timeliness
    if timeliness is Timeliness.OUT_OF_TIME:
        return ["Record the request as not eligible (more than 3 months after the decision)"]
    steps = []
    if timeliness is Timeliness.LATE and not request.late_reason.strip():
        steps.append("Record why the request is late (the exceptional circumstances)")
    local, independent = request.local_resolution, request.independent_review
    if local is None:
        steps.append(f"Record the start of local resolution by the {request.body.label}")
    elif local.result is None:
        steps.append("Record the result of local resolution")
    elif local.result is ReviewResult.DECISION_OVERTURNED:
        steps.append("Record the outcome: the original decision was overturned")
    elif independent is None:
        steps.append(
            "If the victim is still unhappy, record the start of the independent review; "
            "otherwise record the outcome"
        )
    elif independent.result is None:
        steps.append("Record the result of the independent review")
    else:
        steps.append("Record the outcome of the request")
    return steps
