"""What the case overview shows, and the three things a caseworker decides on it: adding an
enhanced-rights reason of their own, and confirming or rejecting a possible match.

A caseworker's reason is a fact kept with the case (never dropped); the enhanced-rights result
is recomputed from all the facts by store.cases.refresh_enhanced. A possible match is only ever
confirmed or rejected: the two victims' records are never merged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.clock import utc_now
from ..domain.eligibility import age_on
from ..domain.vocabulary import CONTACT_CHANNELS
from .cases import Rulebook, refresh_enhanced, refresh_reassessment
from .models import Case, ContactPermissions, PossibleMatch, Referral, Staff, Victim

REASON_MAX = 200


class OverviewError(ValueError):
    """A change the overview cannot make; str() says why in words for the caseworker."""


@dataclass(frozen=True)
class ReferralInfo:
    source: str
    source_id: str
    referred_at: datetime  # UTC, naive
    received_via: str
    notes: str | None


@dataclass(frozen=True)
class MatchInfo:
    id: uuid.UUID
    other_name: str
    other_born: date | None
    other_postcode: str | None
    other_town: str | None
    other_case_refs: tuple[str, ...]
    reason: str
    status: str  # pending, confirmed, rejected
    resolved_by: str | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class CaseOverview:
    id: uuid.UUID
    ref: str
    row_version: int
    status: str
    # the victim
    first_name: str
    last_name: str
    date_of_birth: date | None
    age: int | None
    gender: str | None
    preferred_language: str | None
    interpreter_needed: bool | None
    disability: str | None
    phone: str | None
    email: str | None
    address_lines: tuple[str, ...]
    # the case
    referred_at: datetime
    offence_category: str
    offence_date: date | None
    crime_reference: str | None
    reported_to_police: bool | None
    consent_to_contact: bool | None
    risk_level: str
    closed_at: datetime | None
    closure_reason: str | None
    enhanced: bool
    enhanced_reasons: tuple[tuple[str, str], ...]  # (code, text); code "caseworker" for theirs
    caseworker_reasons: tuple[str, ...]
    spoc: str | None
    permissions: dict[str, str]
    referrals: tuple[ReferralInfo, ...]
    matches: tuple[MatchInfo, ...]

    @property
    def victim_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def load_overview(session: Session, case_id: uuid.UUID, today: date) -> CaseOverview:
    row = session.execute(
        select(Case, Victim, Staff.display_name)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(Case.id == case_id)
    ).first()
    if row is None:
        raise OverviewError(f"There is no case with id {case_id}.")
    case, victim, spoc = row
    perms = session.scalars(
        select(ContactPermissions).where(ContactPermissions.victim_id == victim.id)
    ).first()
    referrals = session.scalars(
        select(Referral).where(Referral.case_id == case.id, Referral.deleted.is_(False))
        .order_by(Referral.referred_at)
    ).all()
    address = tuple(
        part for part in (victim.address_line1, victim.address_line2,
                          " ".join(p for p in (victim.town, victim.postcode) if p))
        if part
    )
    return CaseOverview(
        id=case.id, ref=case.ref, row_version=case.row_version, status=case.status,
        first_name=victim.first_name, last_name=victim.last_name,
        date_of_birth=victim.date_of_birth,
        age=age_on(victim.date_of_birth, today) if victim.date_of_birth else None,
        gender=victim.gender, preferred_language=victim.preferred_language,
        interpreter_needed=victim.interpreter_needed, disability=victim.disability,
        phone=victim.phone, email=victim.email, address_lines=address,
        referred_at=case.referred_at, offence_category=case.offence_category,
        offence_date=case.offence_date, crime_reference=case.crime_reference,
        reported_to_police=case.reported_to_police, consent_to_contact=case.consent_to_contact,
        risk_level=case.risk_level, closed_at=case.closed_at, closure_reason=case.closure_reason,
        enhanced=case.enhanced,
        enhanced_reasons=tuple((r.get("code", ""), r.get("text", ""))
                               for r in (case.enhanced_reasons or [])),
        caseworker_reasons=tuple(case.caseworker_enhanced_reasons or ()),
        spoc=spoc,
        permissions={c: (getattr(perms, c) if perms else None) or "unknown"
                     for c in CONTACT_CHANNELS},
        referrals=tuple(ReferralInfo(r.source, r.source_id, r.referred_at, r.received_via,
                                     r.notes) for r in referrals),
        matches=tuple(_matches(session, victim.id)),
    )


def _matches(session: Session, victim_id: uuid.UUID) -> list[MatchInfo]:
    matches = session.scalars(
        select(PossibleMatch)
        .where(or_(PossibleMatch.victim_id == victim_id,
                   PossibleMatch.matched_victim_id == victim_id),
               PossibleMatch.deleted.is_(False))
        .order_by(PossibleMatch.updated_at)
    ).all()
    if not matches:
        return []
    others = {m.id: (m.matched_victim_id if m.victim_id == victim_id else m.victim_id)
              for m in matches}
    people = {v.id: v for v in session.scalars(
        select(Victim).where(Victim.id.in_(set(others.values()))))}
    refs: dict[uuid.UUID, list[str]] = {}
    for other_id, ref in session.execute(
        select(Case.victim_id, Case.ref)
        .where(Case.victim_id.in_(set(others.values())), Case.deleted.is_(False))
        .order_by(Case.referred_at)
    ):
        refs.setdefault(other_id, []).append(ref)
    result = []
    for m in matches:
        other = people.get(others[m.id])
        result.append(MatchInfo(
            id=m.id,
            other_name=other.full_name if other else "(record not on this workstation)",
            other_born=other.date_of_birth if other else None,
            other_postcode=other.postcode if other else None,
            other_town=other.town if other else None,
            other_case_refs=tuple(refs.get(others[m.id], ())),
            reason=m.reason, status=m.status, resolved_by=m.resolved_by,
            resolved_at=m.resolved_at,
        ))
    return result


def add_enhanced_reason(session: Session, case_id: uuid.UUID, text: str, *, user: str,
                        rulebook: Rulebook) -> Case:
    """Keep a caseworker's own reason for the enhanced service and recompute the result."""
    text = " ".join(text.split())
    if not text:
        raise OverviewError("Write the reason the victim should have the enhanced service.")
    if len(text) > REASON_MAX:
        raise OverviewError(f"The reason is too long ({len(text)} characters; "
                            f"{REASON_MAX} at most).")
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise OverviewError("That case is no longer there.")
    kept = list(case.caseworker_enhanced_reasons or [])
    if any(existing.casefold() == text.casefold() for existing in kept):
        raise OverviewError("That reason is already recorded.")
    case.caseworker_enhanced_reasons = [*kept, text]  # a new list: the JSON column sees it
    refresh_enhanced(case, case.victim)
    refresh_reassessment(session, case, rulebook)
    case.row_version += 1
    case.updated_by = user
    session.flush()
    return case


def resolve_possible_match(session: Session, match_id: uuid.UUID, *, same_person: bool,
                           user: str, at: datetime | None = None) -> PossibleMatch:
    """Record a caseworker's decision on a possible match: the same person or not. Never merges."""
    match = session.get(PossibleMatch, match_id)
    if match is None or match.deleted:
        raise OverviewError("That possible match is no longer there.")
    if match.status != "pending":
        raise OverviewError(f"This possible match was already {match.status} by "
                            f"{match.resolved_by or 'someone'}.")
    match.status = "confirmed" if same_person else "rejected"
    match.resolved_by = user
    match.resolved_at = at or utc_now()
    match.row_version += 1
    match.updated_by = user
    session.flush()
    return match
