"""Complaints (Victims' Code right 12), and the twelve rights of the Code (issue 4).

Pure domain: immutable records, their checks in plain words, and the deadlines that apply.

The 10-working-day acknowledgement-or-response obligation comes from the rules table (trigger
``complaint_received``); a complaint about another organisation is passed on to it (the Code asks
for that) and the victim is told.

Victims' Right to Review requests live in `right_to_review`; their names are also importable from
here, as before the split.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .right_to_review import (
    DECISIONS_BY_BODY,
    VRR_LATE_LIMIT_MONTHS,
    VRR_WINDOW_WORKING_DAYS,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    ReviewStage,
    Timeliness,
    VRROutcome,
    VRRRequest,
    add_months,
    vrr_late_limit,
    vrr_next_steps,
    vrr_problems,
    vrr_timeliness,
    vrr_window_closes,
)
from .rules import ObligationDue, Rule, obligation_status, obligations_for_event

__all__ = [
    "CODE_RIGHTS",
    "COMPLAINT_TRIGGER",
    "Complaint",
    "ComplaintAbout",
    "ComplaintOutcome",
    "DECISIONS_BY_BODY",
    "PassedOn",
    "QualifyingDecision",
    "ReviewBody",
    "ReviewResult",
    "ReviewStage",
    "Timeliness",
    "UPHELD_OUTCOMES",
    "VRROutcome",
    "VRRRequest",
    "VRR_LATE_LIMIT_MONTHS",
    "VRR_WINDOW_WORKING_DAYS",
    "add_months",
    "complaint_next_steps",
    "complaint_obligations",
    "complaint_problems",
    "complaint_status",
    "response_met_on",
    "right_label",
    "suggested_recipient",
    "vrr_late_limit",
    "vrr_next_steps",
    "vrr_problems",
    "vrr_timeliness",
    "vrr_window_closes",
]

COMPLAINT_TRIGGER = "complaint_received"


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
