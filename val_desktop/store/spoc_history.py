"""One case's single point of contact (SPOC): who it is now, who it has been, and handing it on.

Every open case has exactly one SPOC at a time (DESIGN section 2); the history is kept in
spoc_assignments (who, from whom, when, why, by whom). Reassigning goes through
store.cases.assign_spoc, which ends the current assignment and starts the new one; this module
checks the request first and keeps the case's own sync columns right. Bulk reassignment lives in
store/workload.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..domain.clock import utc_now
from .cases import assign_spoc
from .models import Case, SpocAssignment, Staff

MAX_REASON = 2000


class ReassignError(ValueError):
    """Why a reassignment cannot be made, in words for the person asking."""


@dataclass(frozen=True)
class AssignmentRow:
    id: uuid.UUID
    staff_id: uuid.UUID
    staff_name: str
    previous_staff_id: uuid.UUID | None
    previous_name: str | None
    started_at: datetime  # naive UTC
    ended_at: datetime | None
    reason: str | None
    assigned_by: str | None  # user name
    assigned_by_name: str | None

    @property
    def current(self) -> bool:
        return self.ended_at is None


def assignment_history(session: Session, case_id: uuid.UUID) -> list[AssignmentRow]:
    """The case's SPOC assignments, the current one first, then the earlier ones newest first."""
    person, previous = aliased(Staff), aliased(Staff)
    rows = session.execute(
        select(SpocAssignment, person.display_name, previous.display_name)
        .join(person, person.id == SpocAssignment.staff_id)
        .outerjoin(previous, previous.id == SpocAssignment.previous_staff_id)
        .where(SpocAssignment.case_id == case_id, SpocAssignment.deleted.is_(False))
        # The open assignment first, then by when each ended: a chain of handovers stays in
        # order even if a workstation's clock stamped a start a little out of step.
        .order_by(SpocAssignment.ended_at.is_(None).desc(), SpocAssignment.ended_at.desc(),
                  SpocAssignment.started_at.desc())
    ).all()
    usernames = {a.assigned_by for a, _, _ in rows if a.assigned_by}
    names = dict(session.execute(
        select(Staff.username, Staff.display_name).where(Staff.username.in_(usernames))
    ).all()) if usernames else {}
    return [
        AssignmentRow(
            id=a.id, staff_id=a.staff_id, staff_name=name, previous_staff_id=a.previous_staff_id,
            previous_name=previous_name, started_at=a.started_at, ended_at=a.ended_at,
            reason=a.reason, assigned_by=a.assigned_by,
            assigned_by_name=names.get(a.assigned_by, a.assigned_by),
        )
        for a, name, previous_name in rows
    ]


@dataclass(frozen=True)
class CurrentSpoc:
    case_ref: str
    case_status: str
    staff_id: uuid.UUID | None
    name: str | None
    email: str | None
    phone: str | None
    active: bool
    since: datetime | None  # naive UTC, the start of the open assignment


def current_spoc(session: Session, case_id: uuid.UUID) -> CurrentSpoc:
    row = session.execute(
        select(Case.ref, Case.status, Staff)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(Case.id == case_id)
    ).first()
    if row is None:
        raise ReassignError("This case no longer exists.")
    ref, status, staff = row
    since = None
    if staff is not None:
        since = session.scalar(
            select(func.max(SpocAssignment.started_at)).where(
                SpocAssignment.case_id == case_id, SpocAssignment.staff_id == staff.id,
                SpocAssignment.ended_at.is_(None), SpocAssignment.deleted.is_(False),
            )
        )
    return CurrentSpoc(
        case_ref=ref, case_status=status,
        staff_id=staff.id if staff else None, name=staff.display_name if staff else None,
        email=staff.email if staff else None, phone=staff.phone if staff else None,
        active=bool(staff and staff.active and not staff.deleted), since=since,
    )


@dataclass(frozen=True)
class Caseworker:
    id: uuid.UUID
    name: str
    open_cases: int


def caseworker_choices(session: Session) -> list[Caseworker]:
    """Active caseworkers who can be a SPOC, with how many open cases each holds now."""
    loads = (
        select(Case.spoc_id, func.count().label("n"))
        .where(Case.status != "closed", Case.deleted.is_(False))
        .group_by(Case.spoc_id)
        .subquery()
    )
    rows = session.execute(
        select(Staff.id, Staff.display_name, func.coalesce(loads.c.n, 0))
        .outerjoin(loads, loads.c.spoc_id == Staff.id)
        .where(Staff.role == "caseworker", Staff.active.is_(True), Staff.deleted.is_(False))
        .order_by(Staff.display_name)
    ).all()
    return [Caseworker(i, name, int(n)) for i, name, n in rows]


def reassign_spoc(
    session: Session,
    case_id: uuid.UUID,
    staff_id: uuid.UUID,
    *,
    reason: str,
    by: str | None,
    at: datetime | None = None,
) -> SpocAssignment:
    """Make `staff_id` the SPOC of one open case, for a stated reason.

    Raises ReassignError (nothing written) when the reason is empty, the person is not an
    active caseworker, they are already the SPOC, or the case is closed.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ReassignError("Give a reason for the change of SPOC; it is kept in the history.")
    if len(reason) > MAX_REASON:
        raise ReassignError(f"The reason is too long ({MAX_REASON} characters at most).")
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise ReassignError("This case no longer exists.")
    if case.status == "closed":
        raise ReassignError("This case is closed: a closed case keeps its last SPOC.")
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted or not staff.active or staff.role != "caseworker":
        raise ReassignError("Choose an active caseworker as the new SPOC.")
    if case.spoc_id == staff.id:
        raise ReassignError(f"{staff.display_name} is already the SPOC of this case.")
    at = at or utc_now()
    assignment = assign_spoc(session, case, staff, reason=reason, by=by, at=at)
    case.row_version = (case.row_version or 0) + 1
    case.updated_by = by
    case.updated_at = at
    session.flush()
    return assignment
