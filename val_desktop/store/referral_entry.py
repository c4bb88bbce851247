"""Saving a referral typed into the new-referral dialog: the same path as an import
(store.new_cases), with the SPOC chosen by the lowest caseload and a duplicate refused."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .cases import CaseloadBalancer, Rulebook
from .models import Case, Referral
from .new_cases import create_case_from_referral


class DuplicateReferral(ValueError):
    """The referral ID is already in the store; the message says which case holds it."""


def case_ref_for_source_id(session: Session, source_id: str) -> str | None:
    """The ref of the case a referral ID already belongs to, or None when it is new. A retired
    (tombstoned) referral still holds its ID: the ID stays unique for ever."""
    row = session.execute(
        select(Referral.id, Case.ref)
        .outerjoin(Case, Case.id == Referral.case_id)
        .where(Referral.source_id == source_id)
    ).first()
    if row is None:
        return None
    return row.ref or "a deleted case"


def duplicate_message(source_id: str, ref: str) -> str:
    return (f"A referral with the ID {source_id} is already recorded (case {ref}). "
            "Open that case, or give this referral its own ID.")


def save_manual_referral(session: Session, record, rulebook: Rulebook, *, user: str | None) -> Case:
    """A new case from a checked intake ReferralRecord, given to the caseworker with the fewest
    open cases. Raises DuplicateReferral when the record's source_id is already in the store.
    The caller commits."""
    ref = case_ref_for_source_id(session, record.source_id)
    if ref is not None:
        raise DuplicateReferral(duplicate_message(record.source_id, ref))
    spoc = CaseloadBalancer(session).next()
    try:
        with session.begin_nested():
            return create_case_from_referral(
                session, record, rulebook, received_via="manual", user=user, spoc=spoc
            )
    except IntegrityError:
        # Stored a moment ago by another workstation (the ID is unique in the store).
        ref = case_ref_for_source_id(session, record.source_id) or "just added elsewhere"
        raise DuplicateReferral(duplicate_message(record.source_id, ref)) from None
