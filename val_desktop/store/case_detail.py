"""What the case view shows at its top: who, which case, how they may be contacted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.clock import UK
from ..domain.vocabulary import CASE_STATUSES, CONTACT_CHANNELS, REFERRAL_SOURCES, offence_label
from .models import Case, ContactPermissions, Obligation, Referral, Staff, Victim


class CaseNotFound(LookupError):
    pass


@dataclass(frozen=True)
class CaseHeader:
    id: uuid.UUID
    ref: str
    victim_name: str
    status: str
    enhanced: bool
    spoc: str | None
    permissions: dict[str, str]
    summary_line: str


def load_case_header(session: Session, case_id: uuid.UUID, today: date) -> CaseHeader:
    row = session.execute(
        select(Case, Victim.first_name, Victim.last_name, Staff.display_name)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(Case.id == case_id)
    ).first()
    if row is None:
        raise CaseNotFound(f"There is no case with id {case_id}.")
    case, first, last, spoc = row
    permissions = session.scalars(
        select(ContactPermissions).where(ContactPermissions.victim_id == case.victim_id)
    ).first()
    allowed = {c: getattr(permissions, c) if permissions else "unknown" for c in CONTACT_CHANNELS}
    source = session.scalar(
        select(Referral.source).where(Referral.case_id == case.id).order_by(Referral.referred_at)
    )
    open_due = session.scalar(
        select(func.min(Obligation.due)).where(
            Obligation.case_id == case.id, Obligation.met_at.is_(None),
            Obligation.deleted.is_(False),
        )
    )
    parts = [
        CASE_STATUSES.get(case.status, case.status).split(" — ")[0],
        offence_label(case.offence_category),
        "Enhanced rights" if case.enhanced else "Standard service",
        f"SPOC: {spoc}" if spoc else "No SPOC",
        "Referred " + case.referred_at.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y")
        + (f" ({REFERRAL_SOURCES.get(source, source).lower()})" if source else ""),
    ]
    if case.status != "closed" and open_due is not None:
        parts.append(("OVERDUE since " if open_due < today else "Next Code deadline ")
                     + open_due.strftime("%d %b %Y"))
    return CaseHeader(
        id=case.id, ref=case.ref, victim_name=f"{first} {last}", status=case.status,
        enhanced=case.enhanced, spoc=spoc, permissions=allowed, summary_line=" · ".join(parts),
    )
