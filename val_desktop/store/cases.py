"""Creating and updating cases: the one place where a case's derived facts are kept right.

A case keeps its enhanced-rights result and its next reassessment date with it, so that lists can
filter on them; every change of the underlying facts goes through here to recompute them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date, utc_now
from ..domain.eligibility import EligibilityFacts, enhanced_reasons
from ..domain.journey import trigger_for
from ..domain.needs import ReassessmentDue, ReassessmentSchedule, next_reassessment
from ..domain.rules import Rule, obligations_for_event
from .ids import new_id
from .models import (
    Case,
    JourneyEvent,
    NeedsAssessment,
    Obligation,
    SpocAssignment,
    Staff,
    Victim,
)

PERMISSION_FIELDS = (
    "safe_to_call",
    "safe_to_leave_voicemail",
    "safe_to_text",
    "safe_to_write",
    "safe_to_email",
)
VICTIM_FIELDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "gender",
    "phone",
    "email",
    "address_line1",
    "address_line2",
    "town",
    "postcode",
    "preferred_language",
    "interpreter_needed",
    "disability",
)
CASE_FACT_FIELDS = (
    "offence_category",
    "offence_date",
    "crime_reference",
    "reported_to_police",
    "consent_to_contact",
    "vulnerable",
    "intimidated",
    "persistently_targeted",
)


@dataclass(frozen=True)
class Rulebook:
    """The rules in force for a store: the Code table and the reassessment schedule."""

    rules: tuple[Rule, ...]
    schedule: ReassessmentSchedule

    @classmethod
    def default(cls) -> Rulebook:
        from ..domain.needs import load_default_schedule
        from ..domain.rules import load_default_rules

        return cls(load_default_rules(), load_default_schedule())


def enhanced_fields(facts: EligibilityFacts, referred_on) -> dict:
    """The case columns that hold the enhanced-rights result for these facts."""
    reasons = enhanced_reasons(facts, today=referred_on)
    return {
        "enhanced": bool(reasons),
        "enhanced_reasons": [{"code": r.code, "text": r.text} for r in reasons],
    }


def refresh_enhanced(case: Case, victim: Victim) -> None:
    facts = EligibilityFacts(
        offence_category=case.offence_category,
        offence_date=case.offence_date,
        date_of_birth=victim.date_of_birth,
        vulnerable=case.vulnerable,
        intimidated=case.intimidated,
        persistently_targeted=case.persistently_targeted,
        caseworker_reasons=tuple(case.caseworker_enhanced_reasons or ()),
    )
    for name, value in enhanced_fields(facts, uk_date(case.referred_at)).items():
        setattr(case, name, value)


def reassessment_due(session: Session, case: Case, rulebook: Rulebook) -> ReassessmentDue:
    """When the case's next (re)assessment is due by the rules in force, and why."""
    assessed = session.execute(
        select(NeedsAssessment.assessed_at, NeedsAssessment.risk_level)
        .where(NeedsAssessment.case_id == case.id, NeedsAssessment.deleted.is_(False))
        .order_by(NeedsAssessment.assessed_at)
    ).all()
    events = session.execute(
        select(JourneyEvent.kind, JourneyEvent.occurred_at).where(
            JourneyEvent.case_id == case.id, JourneyEvent.deleted.is_(False)
        )
    ).all()
    return next_reassessment(
        uk_date(case.referred_at),
        [uk_date(at) for at, _ in assessed],
        [(kind, uk_date(at)) for kind, at in events],
        assessed[-1][1] if assessed else case.risk_level,  # the latest assessment's risk
        case.enhanced,
        rulebook.schedule,
    )


def refresh_reassessment(session: Session, case: Case, rulebook: Rulebook) -> None:
    if case.status == "closed":
        case.next_reassessment_due = None
        return
    case.next_reassessment_due = reassessment_due(session, case, rulebook).due


def record_event(
    session: Session,
    case: Case,
    kind: str,
    occurred_at: datetime,
    rulebook: Rulebook,
    *,
    user: str | None = None,
    details: str | None = None,
) -> JourneyEvent:
    """A journey event and the obligations it starts (for this victim's service level)."""
    event = JourneyEvent(
        id=new_id(),
        case_id=case.id,
        kind=kind,
        occurred_at=occurred_at,
        recorded_by=user,
        details=details,
        updated_by=user,
    )
    session.add(event)
    trigger = trigger_for(kind)
    if trigger:
        for due in obligations_for_event(trigger, uk_date(occurred_at), case.enhanced, rulebook.rules):
            session.add(
                Obligation(
                    case_id=case.id,
                    rule_id=due.rule_id,
                    event_id=event.id,
                    starts_on=due.starts_on,
                    due=due.due,
                    updated_by=user,
                )
            )
    return event


class CaseloadBalancer:
    """Allocates new cases to the active caseworker with the fewest open cases.

    Loads are read once and kept up to date in memory, so allocating a whole import costs one
    query rather than one per row.
    """

    def __init__(self, session: Session):
        open_cases = (
            select(Case.spoc_id, func.count().label("n"))
            .where(Case.status != "closed", Case.deleted.is_(False))
            .group_by(Case.spoc_id)
            .subquery()
        )
        rows = session.execute(
            select(Staff, func.coalesce(open_cases.c.n, 0))
            .outerjoin(open_cases, open_cases.c.spoc_id == Staff.id)
            .where(Staff.role == "caseworker", Staff.active.is_(True), Staff.deleted.is_(False))
        ).all()
        self._loads = {staff.id: [int(n), staff.username, staff] for staff, n in rows}

    def next(self) -> Staff | None:
        if not self._loads:
            return None
        entry = min(self._loads.values(), key=lambda e: (e[0], e[1]))
        entry[0] += 1
        return entry[2]


def assign_spoc(
    session: Session,
    case: Case,
    staff: Staff,
    *,
    reason: str,
    by: str | None,
    at: datetime | None = None,
) -> SpocAssignment:
    """Make `staff` the case's single point of contact, closing the previous assignment."""
    at = at or utc_now()
    current = session.scalars(
        select(SpocAssignment).where(
            SpocAssignment.case_id == case.id,
            SpocAssignment.ended_at.is_(None),
            SpocAssignment.deleted.is_(False),
        )
    ).all()
    for assignment in current:
        assignment.ended_at = at
        assignment.row_version += 1
        assignment.updated_by = by
    assignment = SpocAssignment(
        case_id=case.id,
        staff_id=staff.id,
        previous_staff_id=case.spoc_id,
        started_at=at,
        reason=reason,
        assigned_by=by,
        updated_by=by,
    )
    session.add(assignment)
    case.spoc_id = staff.id
    return assignment
