"""The lists people and scripts ask for: cases, obligations, providers (DESIGN section 5 keys)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain.clock import uk_date
from ..domain.rules import OVERDUE, Rule, obligation_status
from .models import Case, ContactPermissions, Obligation, Staff, Victim


def _open_obligation_due():
    return (
        select(func.min(Obligation.due))
        .where(
            Obligation.case_id == Case.id,
            Obligation.met_at.is_(None),
            Obligation.deleted.is_(False),
        )
        .correlate(Case)
        .scalar_subquery()
    )


def case_rows(
    session: Session,
    *,
    spoc: str | None = None,
    status: str | None = None,  # "open", "closed" or None for every case
    due_by: date | None = None,  # only cases with work due on or before this day
) -> Iterator[dict]:
    obligation_due = _open_obligation_due().label("obligation_due")
    spoc_staff = aliased(Staff)
    query = (
        select(
            Case,
            Victim.first_name,
            Victim.last_name,
            Victim.postcode,
            ContactPermissions.safe_to_write,
            spoc_staff.username,
            obligation_due,
        )
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(ContactPermissions, ContactPermissions.victim_id == Victim.id)
        .outerjoin(spoc_staff, spoc_staff.id == Case.spoc_id)
        .where(Case.deleted.is_(False))
        .order_by(Case.referred_at, Case.ref)
    )
    if spoc is not None:
        query = query.where(spoc_staff.username == spoc)
    if status == "open":
        query = query.where(Case.status != "closed")
    elif status == "closed":
        query = query.where(Case.status == "closed")
    if due_by is not None:
        query = query.where(
            Case.status != "closed",
            or_(obligation_due <= due_by, Case.next_reassessment_due <= due_by),
        )
    for case, first, last, postcode, safe_to_write, spoc_name, ob_due in session.execute(query):
        yield {
            "ref": case.ref,
            "victim_name": f"{first} {last}",
            "status": case.status,
            "spoc": spoc_name,
            "offence_category": case.offence_category,
            "enhanced": case.enhanced,
            "enhanced_reasons": [r["text"] for r in case.enhanced_reasons or []],
            "safe_to_write": safe_to_write == "yes",
            "next_due": _iso(next_due(case, ob_due)),
            "referred_at": case.referred_at.isoformat() + "Z",
            "crime_reference": case.crime_reference,
            "postcode": postcode,
            "risk_level": case.risk_level,
            "next_reassessment_due": _iso(case.next_reassessment_due),
        }


def next_due(case: Case, obligation_due: date | None) -> date | None:
    """The next thing due on an open case: its earliest open obligation or its reassessment."""
    if case.status == "closed":
        return None
    candidates = [d for d in (obligation_due, case.next_reassessment_due) if d is not None]
    return min(candidates, default=None)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def obligation_rows(
    session: Session,
    rules: tuple[Rule, ...],
    *,
    as_of: date,
    overdue_only: bool = False,
    spoc: str | None = None,
) -> Iterator[dict]:
    """Every obligation that existed on `as_of`, with its status as it stood that day."""
    titles = {rule.id: rule.title for rule in rules}
    spoc_staff = aliased(Staff)
    query = (
        select(Obligation, Case.ref, spoc_staff.username)
        .join(Case, Case.id == Obligation.case_id)
        .outerjoin(spoc_staff, spoc_staff.id == Case.spoc_id)
        .where(Obligation.deleted.is_(False), Case.deleted.is_(False))
        .where(Obligation.starts_on <= as_of)
        .order_by(Obligation.due, Case.ref, Obligation.rule_id)
    )
    if overdue_only:
        # Overdue as of the day: due before it and not met by the end of the due day... or met
        # only after `as_of`; the exact status is settled below from the met date.
        query = query.where(Obligation.due < as_of)
    if spoc is not None:
        query = query.where(spoc_staff.username == spoc)
    for obligation, ref, spoc_name in session.execute(query):
        met_on = uk_date(obligation.met_at) if obligation.met_at else None
        if met_on is not None and met_on > as_of:
            met_on = None  # not yet met on the day asked about
        status = obligation_status(obligation.due, met_on, as_of)
        if overdue_only and status != OVERDUE:
            continue
        yield {
            "case_ref": ref,
            "rule": obligation.rule_id,
            "rule_title": titles.get(obligation.rule_id, obligation.rule_id),
            "starts_on": obligation.starts_on.isoformat(),
            "due": obligation.due.isoformat(),
            "status": status,
            "met_at": obligation.met_at.isoformat() + "Z" if met_on else None,
            "met_by": obligation.met_by if met_on else None,
            "late_reason": obligation.late_reason,
            "spoc": spoc_name,
        }


def due_for_caseworker(session: Session, staff_id: uuid.UUID, as_of: date) -> list[tuple]:
    """Open obligations due today or overdue on the caseworker's open cases: (ref, rule, due)."""
    return session.execute(
        select(Case.ref, Obligation.rule_id, Obligation.due)
        .join(Case, Case.id == Obligation.case_id)
        .where(
            and_(
                Case.spoc_id == staff_id,
                Case.status != "closed",
                Case.deleted.is_(False),
                Obligation.met_at.is_(None),
                Obligation.deleted.is_(False),
                Obligation.due <= as_of,
            )
        )
        .order_by(Obligation.due)
    ).all()
