"""Complaints (Victims' Code right 12) and Victims' Right to Review requests, kept (issue 4).

The rules are the domain's (domain/complaints.py, domain/right_to_review.py); this module keeps
the rows:

- `record_complaint` records the complaint and its journey event `complaint_received` through
  cases.record_event, which creates the 10-working-day `complaint_response` obligation; every
  later change (acknowledgement, full response, passing it on and telling the victim, outcome)
  keeps that obligation met on the day domain.complaints.response_met_on says.
- `record_vrr_request` and the stage helpers keep a review request (police or CPS decision not to
  charge or to stop a case) with its window, local resolution, independent review and outcome.

Each change is checked by the domain (complaint_problems, vrr_problems): a refusal is
JourneyRefused with the reasons, and nothing is written. Functions take a Session, flush and never
commit: the caller commits.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date, utc_now
from ..domain.complaints import (
    COMPLAINT_TRIGGER,
    Complaint,
    ComplaintAbout,
    ComplaintOutcome,
    PassedOn,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    ReviewStage,
    Timeliness,
    VRROutcome,
    VRRRequest,
    complaint_next_steps,
    complaint_problems,
    response_met_on,
    suggested_recipient,
    vrr_late_limit,
    vrr_next_steps,
    vrr_problems,
)
from ..domain.rules import obligation_status
from .cases import Rulebook, record_event
from .ids import new_id
from .journey_common import (
    bump,
    check_version,
    clean,
    day_moment,
    fmt,
    live,
    live_case,
    not_future,
    refuse_if,
)
from .journey_models import ComplaintRecord, VRRRequestRecord
from .models import Case, Obligation, Victim

# --- complaints: rows and domain -----------------------------------------------------------------


def complaint_of(row: ComplaintRecord) -> Complaint:
    passed = None
    if row.passed_on_to or row.passed_on_on:
        passed = PassedOn(organisation=row.passed_on_to or "", on=row.passed_on_on or
                          row.received_on, victim_told_on=row.victim_told_on)
    return Complaint(
        case_id=str(row.case_id),
        received_on=row.received_on,
        about=ComplaintAbout(row.about),
        about_name=row.about_name or "",
        rights=frozenset(int(r) for r in row.rights or ()),
        summary=row.summary or "",
        received_by=row.received_by or "",
        acknowledged_on=row.acknowledged_on,
        responded_on=row.responded_on,
        passed_on=passed,
        outcome=ComplaintOutcome(row.outcome) if row.outcome else None,
        outcome_on=row.outcome_on,
        lessons=row.lessons or "",
    )


def _complaint_columns(c: Complaint) -> dict:
    return {
        "received_on": c.received_on,
        "about": c.about.value,
        "about_name": clean(c.about_name),
        "rights": sorted(c.rights),
        "summary": clean(c.summary),
        "received_by": clean(c.received_by),
        "acknowledged_on": c.acknowledged_on,
        "responded_on": c.responded_on,
        "passed_on_to": clean(c.passed_on.organisation) if c.passed_on else None,
        "passed_on_on": c.passed_on.on if c.passed_on else None,
        "victim_told_on": c.passed_on.victim_told_on if c.passed_on else None,
        "outcome": c.outcome.value if c.outcome else None,
        "outcome_on": c.outcome_on,
        "lessons": clean(c.lessons),
    }


def _complaint_dates(c: Complaint, today: date, case: Case) -> list[str]:
    problems = []
    referred = uk_date(case.referred_at)
    if c.received_on < referred:
        problems.append(
            f"The complaint ({fmt(c.received_on)}) cannot be received before the case was "
            f"referred to VAL ({fmt(referred)})"
        )
    for label, day in (("The day it was received", c.received_on),
                       ("The acknowledgement", c.acknowledged_on),
                       ("The full response", c.responded_on),
                       ("The outcome", c.outcome_on),
                       ("The day it was passed on", c.passed_on.on if c.passed_on else None),
                       ("The day the victim was told",
                        c.passed_on.victim_told_on if c.passed_on else None)):
        problems += not_future(day, label, today)
    return problems


def _sync_obligation(session: Session, row: ComplaintRecord, complaint: Complaint,
                     user: str | None, now: datetime) -> None:
    """Keep the complaint's obligations met on the day response_met_on says (or open)."""
    if row.event_id is None:
        return
    met_on = response_met_on(complaint)
    for ob in session.scalars(select(Obligation).where(
            Obligation.event_id == row.event_id, Obligation.deleted.is_(False))):
        stored = uk_date(ob.met_at) if ob.met_at is not None else None
        if stored == met_on:
            continue
        ob.met_at = day_moment(met_on, now) if met_on is not None else None
        ob.met_by = user if met_on is not None else None
        bump(ob, user)


def record_complaint(
    session: Session,
    case_id: uuid.UUID,
    *,
    received_on: date,
    about: ComplaintAbout,
    rulebook: Rulebook,
    user: str | None,
    about_name: str = "",
    rights: Iterable[int] = (),
    summary: str = "",
    received_by: str = "",
    now: datetime | None = None,
) -> ComplaintRecord:
    """A complaint on a case, with its `complaint_received` journey event and the 10-working-day
    acknowledgement-or-response obligation it starts."""
    now = now or utc_now()
    case = live_case(session, case_id)
    complaint = Complaint(
        case_id=str(case.id), received_on=received_on, about=about,
        about_name=about_name.strip(), rights=frozenset(rights), summary=summary.strip(),
        received_by=(received_by or user or "").strip(),
    )
    refuse_if(complaint_problems(complaint) + _complaint_dates(complaint, uk_date(now), case))
    about_words = complaint.about_name or complaint.about.label
    event = record_event(
        session, case, COMPLAINT_TRIGGER, day_moment(received_on, now), rulebook, user=user,
        details=f"Complaint about {about_words}" + (f": {complaint.summary}"
                                                     if complaint.summary else ""),
    )
    session.flush()  # the event first: the complaint refers to it
    row = ComplaintRecord(id=new_id(), case_id=case.id, event_id=event.id, updated_by=user,
                          **_complaint_columns(complaint))
    session.add(row)
    session.flush()
    return row


def update_complaint(
    session: Session,
    complaint_id: uuid.UUID,
    *,
    user: str | None,
    expected_version: int | None = None,
    now: datetime | None = None,
    **changes,
) -> ComplaintRecord:
    """Change fields of the complaint (names of domain.complaints.Complaint: acknowledged_on,
    responded_on, passed_on, outcome, outcome_on, lessons, summary, rights, about, about_name)
    and keep its obligation met or open accordingly."""
    now = now or utc_now()
    row = live(session, ComplaintRecord, complaint_id, "complaint")
    check_version(row, expected_version, "complaint")
    unknown = set(changes) - {f.name for f in dataclasses.fields(Complaint)} | (
        set(changes) & {"case_id"})
    if unknown:
        raise TypeError(f"not a field of a complaint: {sorted(unknown)}")
    if "rights" in changes:
        changes["rights"] = frozenset(changes["rights"])
    complaint = dataclasses.replace(complaint_of(row), **changes)
    case = live_case(session, row.case_id)
    refuse_if(complaint_problems(complaint) + _complaint_dates(complaint, uk_date(now), case))
    for name, value in _complaint_columns(complaint).items():
        setattr(row, name, value)
    bump(row, user)
    _sync_obligation(session, row, complaint, user, now)
    session.flush()
    return row


def acknowledge_complaint(session: Session, complaint_id: uuid.UUID, on: date, *,
                          user: str | None, **kwargs) -> ComplaintRecord:
    """The complaint acknowledged on `on` (meets the 10-working-day obligation)."""
    return update_complaint(session, complaint_id, user=user, acknowledged_on=on, **kwargs)


def respond_to_complaint(session: Session, complaint_id: uuid.UUID, on: date, *,
                         user: str | None, **kwargs) -> ComplaintRecord:
    """The full response sent on `on`."""
    return update_complaint(session, complaint_id, user=user, responded_on=on, **kwargs)


def pass_on_complaint(
    session: Session,
    complaint_id: uuid.UUID,
    organisation: str,
    on: date,
    *,
    user: str | None,
    victim_told_on: date | None = None,
    **kwargs,
) -> ComplaintRecord:
    """A complaint about another organisation passed on to it (the Code asks for that); telling
    the victim who now deals with it is our acknowledgement."""
    passed = PassedOn(organisation=organisation.strip(), on=on, victim_told_on=victim_told_on)
    return update_complaint(session, complaint_id, user=user, passed_on=passed, **kwargs)


def close_complaint(
    session: Session,
    complaint_id: uuid.UUID,
    outcome: ComplaintOutcome,
    on: date,
    *,
    user: str | None,
    lessons: str = "",
    **kwargs,
) -> ComplaintRecord:
    """The complaint's outcome (upheld, partly upheld, not upheld, withdrawn, passed on) and the
    lessons the service will act on."""
    return update_complaint(session, complaint_id, user=user, outcome=outcome, outcome_on=on,
                            lessons=lessons, **kwargs)


@dataclass(frozen=True)
class ComplaintObligationStatus:
    rule_id: str
    due: date
    status: str  # met, met_late, overdue, open


@dataclass(frozen=True)
class ComplaintView:
    id: uuid.UUID
    row_version: int
    case_id: uuid.UUID
    case_ref: str
    complaint: Complaint
    obligations: tuple[ComplaintObligationStatus, ...]
    next_steps: tuple[str, ...]
    suggested_recipient: str | None  # where a complaint about another organisation should go


def _complaint_views(session: Session, query, today: date) -> list[ComplaintView]:
    rows = session.execute(query).all()
    event_ids = [row.event_id for row, _ in rows if row.event_id is not None]
    dues: dict[uuid.UUID, list[tuple[str, date, datetime | None]]] = {}
    if event_ids:
        for event_id, rule_id, due, met_at in session.execute(
            select(Obligation.event_id, Obligation.rule_id, Obligation.due, Obligation.met_at)
            .where(Obligation.event_id.in_(event_ids), Obligation.deleted.is_(False))
        ):
            dues.setdefault(event_id, []).append((rule_id, due, met_at))
    views = []
    for row, ref in rows:
        complaint = complaint_of(row)
        statuses = tuple(
            ComplaintObligationStatus(rule_id, due, obligation_status(
                due, uk_date(met_at) if met_at else None, today))
            for rule_id, due, met_at in dues.get(row.event_id, ())
        )
        views.append(ComplaintView(
            id=row.id, row_version=row.row_version, case_id=row.case_id, case_ref=ref,
            complaint=complaint, obligations=statuses,
            next_steps=tuple(complaint_next_steps(complaint)),
            suggested_recipient=suggested_recipient(complaint),
        ))
    return views


def case_complaints(session: Session, case_id: uuid.UUID, today: date) -> list[ComplaintView]:
    """The case's complaints, the newest first."""
    return _complaint_views(session, (
        select(ComplaintRecord, Case.ref)
        .join(Case, Case.id == ComplaintRecord.case_id)
        .where(ComplaintRecord.case_id == case_id, ComplaintRecord.deleted.is_(False))
        .order_by(ComplaintRecord.received_on.desc())
    ), today)


def list_complaints(session: Session, today: date, *, open_only: bool = True
                    ) -> list[ComplaintView]:
    """Complaints across cases for supervisors, the oldest received first."""
    query = (
        select(ComplaintRecord, Case.ref)
        .join(Case, Case.id == ComplaintRecord.case_id)
        .where(ComplaintRecord.deleted.is_(False), Case.deleted.is_(False))
        .order_by(ComplaintRecord.received_on, Case.ref)
    )
    if open_only:
        query = query.where(ComplaintRecord.outcome.is_(None))
    return _complaint_views(session, query, today)


# --- Victims' Right to Review --------------------------------------------------------------------


def _stage(started, concluded, result, reviewer, notes) -> ReviewStage | None:
    if started is None:
        return None
    return ReviewStage(started_on=started, concluded_on=concluded,
                       result=ReviewResult(result) if result else None,
                       reviewer=reviewer or "", notes=notes or "")


def vrr_of(row: VRRRequestRecord) -> VRRRequest:
    return VRRRequest(
        case_id=str(row.case_id),
        body=ReviewBody(row.body),
        decision=QualifyingDecision(row.decision),
        decision_communicated_on=row.decision_communicated_on,
        requested_on=row.requested_on,
        late_reason=row.late_reason or "",
        local_resolution=_stage(row.local_started_on, row.local_concluded_on, row.local_result,
                                row.local_reviewer, row.local_notes),
        independent_review=_stage(row.independent_started_on, row.independent_concluded_on,
                                  row.independent_result, row.independent_reviewer,
                                  row.independent_notes),
        outcome=VRROutcome(row.outcome) if row.outcome else None,
        outcome_on=row.outcome_on,
        lessons=row.lessons or "",
    )


def _stage_columns(prefix: str, stage: ReviewStage | None) -> dict:
    return {
        f"{prefix}_started_on": stage.started_on if stage else None,
        f"{prefix}_concluded_on": stage.concluded_on if stage else None,
        f"{prefix}_result": stage.result.value if stage and stage.result else None,
        f"{prefix}_reviewer": clean(stage.reviewer) if stage else None,
        f"{prefix}_notes": clean(stage.notes) if stage else None,
    }


def _vrr_columns(r: VRRRequest) -> dict:
    return {
        "body": r.body.value,
        "decision": r.decision.value,
        "decision_communicated_on": r.decision_communicated_on,
        "requested_on": r.requested_on,
        "late_reason": clean(r.late_reason),
        **_stage_columns("local", r.local_resolution),
        **_stage_columns("independent", r.independent_review),
        "outcome": r.outcome.value if r.outcome else None,
        "outcome_on": r.outcome_on,
        "lessons": clean(r.lessons),
    }


def _vrr_dates(r: VRRRequest, today: date) -> list[str]:
    problems = []
    stages = (("local resolution", r.local_resolution),
              ("independent review", r.independent_review))
    for label, day in (("The day the decision was communicated", r.decision_communicated_on),
                       ("The request", r.requested_on), ("The outcome", r.outcome_on),
                       *((f"The start of the {name}", s.started_on) for name, s in stages if s),
                       *((f"The end of the {name}", s.concluded_on) for name, s in stages if s)):
        problems += not_future(day, label, today)
    return problems


def record_vrr_request(
    session: Session,
    case_id: uuid.UUID,
    *,
    body: ReviewBody,
    decision: QualifyingDecision,
    decision_communicated_on: date,
    requested_on: date,
    user: str | None,
    late_reason: str = "",
    today: date | None = None,
    **more,
) -> VRRRequestRecord:
    """A victim's request to review a police or CPS decision (more: outcome, outcome_on ... e.g.
    a request out of time recorded at once as not eligible)."""
    today = today or uk_date(utc_now())
    case = live_case(session, case_id)
    request = VRRRequest(
        case_id=str(case.id), body=body, decision=decision,
        decision_communicated_on=decision_communicated_on, requested_on=requested_on,
        late_reason=late_reason.strip(), **more,
    )
    refuse_if(vrr_problems(request) + _vrr_dates(request, today))
    row = VRRRequestRecord(id=new_id(), case_id=case.id, updated_by=user,
                           **_vrr_columns(request))
    session.add(row)
    session.flush()
    return row


def update_vrr_request(
    session: Session,
    request_id: uuid.UUID,
    *,
    user: str | None,
    expected_version: int | None = None,
    today: date | None = None,
    **changes,
) -> VRRRequestRecord:
    """Change fields of the request (names of domain VRRRequest: late_reason, local_resolution,
    independent_review, outcome, outcome_on, lessons ...)."""
    today = today or uk_date(utc_now())
    row = live(session, VRRRequestRecord, request_id, "review request")
    check_version(row, expected_version, "review request")
    unknown = set(changes) - {f.name for f in dataclasses.fields(VRRRequest)} | (
        set(changes) & {"case_id"})
    if unknown:
        raise TypeError(f"not a field of a review request: {sorted(unknown)}")
    request = dataclasses.replace(vrr_of(row), **changes)
    refuse_if(vrr_problems(request) + _vrr_dates(request, today))
    for name, value in _vrr_columns(request).items():
        setattr(row, name, value)
    bump(row, user)
    session.flush()
    return row


def start_local_resolution(session: Session, request_id: uuid.UUID, on: date, *,
                           user: str | None, reviewer: str = "", **kwargs) -> VRRRequestRecord:
    return update_vrr_request(session, request_id, user=user, **kwargs,
                              local_resolution=ReviewStage(started_on=on, reviewer=reviewer))


def conclude_local_resolution(session: Session, request_id: uuid.UUID, on: date,
                              result: ReviewResult, *, user: str | None, notes: str = "",
                              **kwargs) -> VRRRequestRecord:
    stage = vrr_of(live(session, VRRRequestRecord, request_id, "review request")).local_resolution
    if stage is None:
        refuse_if(["Record the start of local resolution first"])
    return update_vrr_request(
        session, request_id, user=user, **kwargs,
        local_resolution=dataclasses.replace(stage, concluded_on=on, result=result,
                                             notes=notes or stage.notes))


def start_independent_review(session: Session, request_id: uuid.UUID, on: date, *,
                             user: str | None, reviewer: str = "", **kwargs) -> VRRRequestRecord:
    return update_vrr_request(session, request_id, user=user, **kwargs,
                              independent_review=ReviewStage(started_on=on, reviewer=reviewer))


def conclude_independent_review(session: Session, request_id: uuid.UUID, on: date,
                                result: ReviewResult, *, user: str | None, notes: str = "",
                                **kwargs) -> VRRRequestRecord:
    stage = vrr_of(live(session, VRRRequestRecord, request_id,
                        "review request")).independent_review
    if stage is None:
        refuse_if(["Record the start of the independent review first"])
    return update_vrr_request(
        session, request_id, user=user, **kwargs,
        independent_review=dataclasses.replace(stage, concluded_on=on, result=result,
                                               notes=notes or stage.notes))


def record_vrr_outcome(session: Session, request_id: uuid.UUID, outcome: VRROutcome, on: date,
                       *, user: str | None, lessons: str = "", **kwargs) -> VRRRequestRecord:
    return update_vrr_request(session, request_id, user=user, outcome=outcome, outcome_on=on,
                              lessons=lessons, **kwargs)


@dataclass(frozen=True)
class VRRView:
    id: uuid.UUID
    row_version: int
    case_id: uuid.UUID
    case_ref: str
    request: VRRRequest
    window_closes: date  # the last day of the 10-working-day window
    late_limit: date  # the last day a late request can be accepted
    timeliness: Timeliness
    next_steps: tuple[str, ...]


def _vrr_views(session: Session, query) -> list[VRRView]:
    views = []
    for row, ref in session.execute(query):
        request = vrr_of(row)
        views.append(VRRView(
            id=row.id, row_version=row.row_version, case_id=row.case_id, case_ref=ref,
            request=request, window_closes=request.window_closes,
            late_limit=vrr_late_limit(request.decision_communicated_on),
            timeliness=request.timeliness, next_steps=tuple(vrr_next_steps(request)),
        ))
    return views


def case_vrr_requests(session: Session, case_id: uuid.UUID) -> list[VRRView]:
    """The case's review requests, the newest first."""
    return _vrr_views(session, (
        select(VRRRequestRecord, Case.ref)
        .join(Case, Case.id == VRRRequestRecord.case_id)
        .where(VRRRequestRecord.case_id == case_id, VRRRequestRecord.deleted.is_(False))
        .order_by(VRRRequestRecord.requested_on.desc())
    ))


def list_vrr_requests(session: Session, *, open_only: bool = True) -> list[VRRView]:
    """Review requests across cases, the oldest first."""
    query = (
        select(VRRRequestRecord, Case.ref)
        .join(Case, Case.id == VRRRequestRecord.case_id)
        .where(VRRRequestRecord.deleted.is_(False), Case.deleted.is_(False))
        .order_by(VRRRequestRecord.requested_on, Case.ref)
    )
    if open_only:
        query = query.where(VRRRequestRecord.outcome.is_(None))
    return _vrr_views(session, query)


def victim_names(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Victims' names by case, for lists."""
    ids = list(case_ids)
    if not ids:
        return {}
    return {case_id: f"{first} {last}" for case_id, first, last in session.execute(
        select(Case.id, Victim.first_name, Victim.last_name)
        .join(Victim, Victim.id == Case.victim_id).where(Case.id.in_(ids)))}

