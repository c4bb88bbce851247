"""Complaints (Victims' Code right 12) and Victims' Right to Review requests (issue 4).

Pure domain: immutable records, their checks in plain words, and the deadlines that apply.

Complaints: the 10-working-day acknowledgement-or-response obligation comes from the rules table
(trigger ``complaint_received``); a complaint about another organisation is passed on to it (the
Code asks for that) and the victim is told.

Victims' Right to Review (VRR): a victim may ask the police or the CPS to review a decision not to
charge or to stop a case. The request should normally be made within 10 working days of the decision
being communicated; a later request is accepted with a recorded reason up to 3 calendar months after
it. The review has a local resolution stage and an independent review.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .calendar import add_working_days
from .rules import ObligationDue, Rule, obligation_status, obligations_for_event

COMPLAINT_TRIGGER = "complaint_received"
VRR_WINDOW_WORKING_DAYS = 10
VRR_LATE_LIMIT_MONTHS = 3


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


# --- the rights of the Code -----------------------------------------------------------------------

# The twelve rights of the Code of Practice for Victims of Crime in England and Wales (2020 Code, in
# force from April 2021). Verify against the Code in force before release.
CODE_RIGHTS: dict[int, str] = {
    1: "To be able to understand and to be understood",
    2: "To have the details of the crime recorded without unjustified delay",
    3: "To be provided with information when reporting the crime",
    4: "To be referred to services that support victims and have services and support tailored "
    "to your needs",
    5: "To be provided with information about compensation",
    6: "To be provided with information about the investigation and prosecution",
    7: "To make a Victim Personal Statement",
    8: "To be given information about the trial, trial process and your role as a witness",
    9: "To be given information about the outcome of the case and any appeals",
    10: "To be paid expenses and have property returned",
    11: "To be given information about the offender following a conviction",
    12: "To make a complaint about your rights not being met",
}


def right_label(number: int) -> str:
    """'Right 6: To be provided with information about the investigation and prosecution'."""
    return f"Right {number}: {CODE_RIGHTS[number]}"


# --- complaints ---------------------------------------------------------------------------------


class ComplaintAbout(StrEnum):
    """Whom the complaint is about."""

    VAL = "val"
    POLICE = "police"
    CPS = "cps"
    COURT = "court"
    PROVIDER = "provider"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ABOUT_LABELS[self]


_ABOUT_LABELS = {
    ComplaintAbout.VAL: "Victim Advice Line",
    ComplaintAbout.POLICE: "Police",
    ComplaintAbout.CPS: "Crown Prosecution Service",
    ComplaintAbout.COURT: "HM Courts & Tribunals Service",
    ComplaintAbout.PROVIDER: "Support service provider",
    ComplaintAbout.OTHER: "Another organisation",
}


class ComplaintOutcome(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    WITHDRAWN = "withdrawn"  # the victim withdrew the complaint
    PASSED_ON = "passed_on"  # nothing was ours to answer: it went to the organisation concerned

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ComplaintOutcome.UPHELD: "Upheld",
    ComplaintOutcome.PARTLY_UPHELD: "Partly upheld",
    ComplaintOutcome.NOT_UPHELD: "Not upheld",
    ComplaintOutcome.WITHDRAWN: "Withdrawn by the victim",
    ComplaintOutcome.PASSED_ON: "Passed on to the organisation concerned",
}

UPHELD_OUTCOMES = frozenset({ComplaintOutcome.UPHELD, ComplaintOutcome.PARTLY_UPHELD})


@dataclass(frozen=True, kw_only=True)
class PassedOn:
    """A complaint (or part of it) handed to the organisation it belongs to."""

    organisation: str
    on: date
    victim_told_on: date | None = None  # when the victim was told who now deals with it


@dataclass(frozen=True, kw_only=True)
class Complaint:
    case_id: str
    received_on: date
    about: ComplaintAbout
    about_name: str = ""  # which provider / organisation, when about PROVIDER or OTHER
    rights: frozenset[int] = frozenset()  # the Code rights it concerns (numbers of CODE_RIGHTS)
    summary: str = ""
    received_by: str = ""
    acknowledged_on: date | None = None
    responded_on: date | None = None  # full response sent
    passed_on: PassedOn | None = None
    outcome: ComplaintOutcome | None = None
    outcome_on: date | None = None
    lessons: str = ""  # what the service should change; listed for supervisors

    @property
    def belongs_elsewhere(self) -> bool:
        """True when the complaint is about another organisation: the Code asks us to pass it on."""
        return self.about is not ComplaintAbout.VAL

    @property
    def is_open(self) -> bool:
        return self.outcome is None


def suggested_recipient(complaint: Complaint) -> str | None:
    """Where a complaint about another organisation should go, in words; None when it is ours."""
    match complaint.about:
        case ComplaintAbout.VAL:
            return None
        case ComplaintAbout.POLICE:
            return "the police force's professional standards department"
        case ComplaintAbout.CPS:
            return "the Crown Prosecution Service"
        case ComplaintAbout.COURT:
            return "HM Courts & Tribunals Service"
        case _:
            return complaint.about_name.strip() or complaint.about.label


def complaint_obligations(
    complaint: Complaint, rules: Iterable[Rule], enhanced: bool = False
) -> list[ObligationDue]:
    """The obligations a complaint creates (the complaint_response rule: 10 working days)."""
    return obligations_for_event(COMPLAINT_TRIGGER, complaint.received_on, enhanced, rules)


def response_met_on(complaint: Complaint) -> date | None:
    """The day the acknowledgement-or-response obligation was met.

    The earliest of: the acknowledgement, the full response, or - for a complaint passed on - the day
    the victim was told it had been passed on (that message is our acknowledgement).
    """
    days = [complaint.acknowledged_on, complaint.responded_on]
    if complaint.passed_on is not None:
        days.append(complaint.passed_on.victim_told_on)
    present = [d for d in days if d is not None]
    return min(present) if present else None


def complaint_status(
    complaint: Complaint, as_of: date, rules: Iterable[Rule], enhanced: bool = False
) -> list[tuple[ObligationDue, str]]:
    """Each obligation of the complaint with its status (met, met_late, overdue, open)."""
    met = response_met_on(complaint)
    return [
        (due, obligation_status(due.due, met, as_of))
        for due in complaint_obligations(complaint, rules, enhanced)
    ]


def complaint_problems(complaint: Complaint) -> list[str]:
    """What is wrong with a complaint record, in words; empty when it can be saved."""
    problems: list[str] = []
    received = complaint.received_on
    if complaint.about in (ComplaintAbout.PROVIDER, ComplaintAbout.OTHER) and not (
        complaint.about_name.strip()
    ):
        problems.append(f"Name the {complaint.about.label.lower()} the complaint is about")
    unknown = sorted(r for r in complaint.rights if r not in CODE_RIGHTS)
    if unknown:
        problems.append("The Code has rights 1 to 12; not: " + ", ".join(str(r) for r in unknown))
    for label, day in (
        ("acknowledged", complaint.acknowledged_on),
        ("answered", complaint.responded_on),
        ("closed", complaint.outcome_on),
    ):
        if day is not None and day < received:
            problems.append(
                f"The complaint cannot be {label} ({_fmt(day)}) before it was received "
                f"({_fmt(received)})"
            )
    passed = complaint.passed_on
    if passed is not None:
        if not passed.organisation.strip():
            problems.append("Say which organisation the complaint was passed on to")
        if passed.on < received:
            problems.append(
                f"The complaint cannot be passed on ({_fmt(passed.on)}) before it was received "
                f"({_fmt(received)})"
            )
        if passed.victim_told_on is not None and passed.victim_told_on < passed.on:
            problems.append(
                f"The victim cannot be told it was passed on ({_fmt(passed.victim_told_on)}) "
                f"before it was ({_fmt(passed.on)})"
            )
        if not complaint.belongs_elsewhere:
            problems.append(
                "A complaint about the Victim Advice Line is ours to answer, not to pass on"
            )
    if complaint.outcome is not None and complaint.outcome_on is None:
        problems.append("Record the date of the outcome")
    if complaint.outcome_on is not None and complaint.outcome is None:
        problems.append("Record the outcome the date belongs to")
    if complaint.outcome is ComplaintOutcome.PASSED_ON and passed is None:
        problems.append("Record to whom and when the complaint was passed on")
    if complaint.outcome in (*UPHELD_OUTCOMES, ComplaintOutcome.NOT_UPHELD) and (
        complaint.responded_on is None
    ):
        problems.append(
            f"A complaint {complaint.outcome.label.lower()} needs the full response recorded"
        )
    return problems


def complaint_next_steps(complaint: Complaint) -> list[str]:
    """What is still to do on a complaint, in plain words for the screen."""
    if not complaint.is_open:
        steps = []
        if complaint.outcome in UPHELD_OUTCOMES and not complaint.lessons.strip():
            steps.append("Record the lessons the service will act on")
        if complaint.outcome in (*UPHELD_OUTCOMES, ComplaintOutcome.NOT_UPHELD):
            steps.append(
                "If the victim is not satisfied with the final response, tell them they can ask "
                "their MP to refer it to the Parliamentary and Health Service Ombudsman"
            )
        return steps
    steps = []
    if complaint.belongs_elsewhere and complaint.passed_on is None:
        steps.append(f"Pass the complaint on to {suggested_recipient(complaint)}")
    if complaint.passed_on is not None and complaint.passed_on.victim_told_on is None:
        steps.append(
            f"Tell the victim the complaint has gone to {complaint.passed_on.organisation}"
        )
    if response_met_on(complaint) is None:
        steps.append("Acknowledge the complaint or answer it in full within 10 working days")
    if (
        not complaint.belongs_elsewhere
        and complaint.responded_on is None
        and complaint.acknowledged_on is not None
    ):
        steps.append("Send the full response")
    steps.append("Record the outcome")
    return steps


# --- Victims' Right to Review --------------------------------------------------------------------


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
