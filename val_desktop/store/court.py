"""Witness Care: prosecutions shared by victims' cases, court milestones, witness needs and the
court diary (issue 4). The rules are the domain's (domain/court); this module keeps the rows.

- A prosecution (court, defendant reference, charges in words) links to one or more cases
  (`prosecution_cases`; unlinking is a tombstone); `officer_id` is the Witness Care officer who
  holds it (their court diary).
- `record_milestone` checks a milestone against the prosecution's history (court.check_milestone:
  plain-words refusals, nothing stored), keeps it, and for EVERY linked case records the journey
  event it maps to through cases.record_event, which creates the victim update owed with that
  victim's own standard or enhanced deadline, counted from the day Witness Care received it
  (exactly court.milestone_obligations); where the reassessment schedule says so, each case's
  next needs reassessment is recomputed. All in the caller's one transaction.
- The court diary: hearings in the next N days across prosecutions, and the victim updates the
  milestones owe that are due today or overdue.

Functions take a Session, flush and never commit: the caller commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date, utc_now
from ..domain.court import (
    DIARY_DAYS,
    LISTINGS,
    CourtResult,
    Hearing,
    LinkedCase,
    MeasureStatus,
    Milestone,
    MilestoneKind,
    Offer,
    OfferStatus,
    OwedUpdate,
    Prosecution,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    VPSUse,
    WitnessNeeds,
    check_milestone,
    current_hearings,
    hearings_ahead,
    prosecution_problems,
    triggers_reassessment,
    updates_due_today,
    updates_overdue,
    witness_needs_problems,
    witness_next_steps,
)
from ..domain.rules import Rule
from .cases import Rulebook, record_event, refresh_reassessment
from .ids import new_id
from .journey_common import (
    JourneyRefused,
    StaleRecord,
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
from .journey_models import (
    CourtMilestone,
    MilestoneEvent,
    ProsecutionCase,
    ProsecutionRecord,
    WitnessNeedsRecord,
)
from .models import Case, JourneyEvent, Obligation, Staff, Victim

_KEEP = object()  # "leave this field as it is"
MAX_CHARGES = 40

# --- rows and domain objects ---------------------------------------------------------------


def _time_text(at: time | None) -> str | None:
    return f"{at:%H:%M}" if at is not None else None


def _time_of(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def milestone_of(row: CourtMilestone) -> Milestone:
    """The domain milestone a row holds."""
    return Milestone(
        kind=MilestoneKind(row.kind),
        occurred_on=row.occurred_on,
        received_on=row.received_on,
        hearing_on=row.hearing_on,
        hearing_time=_time_of(row.hearing_time),
        venue=row.venue or "",
        result=CourtResult(row.result) if row.result else None,
        previous_date=row.previous_date,
        new_date=row.new_date,
        date_to_be_fixed=bool(row.date_to_be_fixed),
        vacated=bool(row.vacated),
        reason=row.reason or "",
        details=row.details or "",
    )


def _milestone_columns(m: Milestone) -> dict:
    return {
        "kind": m.kind.value,
        "occurred_on": m.occurred_on,
        "received_on": m.received_on,
        "hearing_on": m.hearing_on,
        "hearing_time": _time_text(m.hearing_time),
        "venue": clean(m.venue),
        "result": m.result.value if m.result else None,
        "previous_date": m.previous_date,
        "new_date": m.new_date,
        "date_to_be_fixed": m.date_to_be_fixed,
        "vacated": m.vacated,
        "reason": clean(m.reason),
        "details": clean(m.details),
    }


def describe_milestone(m: Milestone, defendant_ref: str = "", court: str = "") -> str:
    """A milestone in words, for the victim's timeline: 'Trial date listed: 12 Jan 2027 at 10:00,
    Worcester Crown Court (defendant WM-4471)'."""
    text = m.kind.label
    if m.kind in LISTINGS and m.hearing_on is not None:
        text += f": {fmt(m.hearing_on)}"
        if m.hearing_time is not None:
            text += f" at {m.hearing_time:%H:%M}"
        where = m.venue or court
        if where:
            text += f", {where}"
    elif m.kind is MilestoneKind.HEARING_ADJOURNED:
        old = fmt(m.previous_date) if m.previous_date else "?"
        new = "date to be fixed" if m.date_to_be_fixed or m.new_date is None else fmt(m.new_date)
        text += f": {old} to {new}"
        if m.reason:
            text += f" ({m.reason})"
    elif m.result is not None:
        text += f": {m.result.label}"
    if m.details:
        text += f": {m.details}"
    if defendant_ref:
        text += f" (defendant {defendant_ref})"
    return text


def _links(session: Session, prosecution_id: uuid.UUID) -> list[Case]:
    """The live cases linked to a prosecution, in the order they were linked."""
    return list(session.scalars(
        select(Case)
        .join(ProsecutionCase, ProsecutionCase.case_id == Case.id)
        .where(ProsecutionCase.prosecution_id == prosecution_id,
               ProsecutionCase.deleted.is_(False), Case.deleted.is_(False))
        .order_by(ProsecutionCase.updated_at, Case.ref)
    ))


def prosecution_of(session: Session, prosecution_id: uuid.UUID) -> Prosecution:
    """The domain prosecution, with its linked cases (their id as text, and enhanced or not)."""
    row = live(session, ProsecutionRecord, prosecution_id, "prosecution")
    return Prosecution(
        id=str(row.id), defendant_ref=row.defendant_ref, court=row.court or "",
        charges=tuple(row.charges or ()),
        linked=tuple(LinkedCase(str(c.id), bool(c.enhanced))
                     for c in _links(session, prosecution_id)),
    )


def milestone_rows(session: Session, prosecution_id: uuid.UUID) -> list[CourtMilestone]:
    """The prosecution's milestones in the order they happened."""
    return list(session.scalars(
        select(CourtMilestone)
        .where(CourtMilestone.prosecution_id == prosecution_id,
               CourtMilestone.deleted.is_(False))
        .order_by(CourtMilestone.occurred_on, CourtMilestone.received_on,
                  CourtMilestone.updated_at)
    ))


# --- prosecutions and their cases --------------------------------------------------------------


def _charges(charges: Iterable[str]) -> list[str]:
    return [c.strip() for c in charges]


def _check_officer(session: Session, officer_id: uuid.UUID | None) -> None:
    if officer_id is not None:
        live(session, Staff, officer_id, "member of staff")


def create_prosecution(
    session: Session,
    *,
    defendant_ref: str,
    case_ids: Sequence[uuid.UUID],
    user: str | None,
    court: str = "",
    charges: Iterable[str] = (),
    officer_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> ProsecutionRecord:
    """A prosecution linked to one or more victims' cases (domain prosecution_problems refuse
    a blank defendant reference or charge, no case, a case twice)."""
    charges = _charges(charges)
    cases = [live_case(session, case_id) for case_id in case_ids]
    domain = Prosecution(
        id="new", defendant_ref=defendant_ref.strip(), court=court.strip(), charges=tuple(charges),
        linked=tuple(LinkedCase(str(c.id), bool(c.enhanced)) for c in cases),
    )
    problems = prosecution_problems(domain)
    if len(charges) > MAX_CHARGES:
        problems.append(f"At most {MAX_CHARGES} charges")
    refuse_if(problems)
    _check_officer(session, officer_id)
    row = ProsecutionRecord(
        id=new_id(), defendant_ref=domain.defendant_ref, court=clean(court), charges=charges,
        officer_id=officer_id, notes=clean(notes), updated_by=user,
    )
    session.add(row)
    session.flush()
    for case in cases:
        session.add(ProsecutionCase(prosecution_id=row.id, case_id=case.id, updated_by=user))
    session.flush()
    return row


def update_prosecution(
    session: Session,
    prosecution_id: uuid.UUID,
    *,
    user: str | None,
    expected_version: int | None = None,
    defendant_ref=_KEEP,
    court=_KEEP,
    charges=_KEEP,
    officer_id=_KEEP,
    notes=_KEEP,
) -> ProsecutionRecord:
    """Change the prosecution's own details (only the fields given)."""
    row = live(session, ProsecutionRecord, prosecution_id, "prosecution")
    check_version(row, expected_version, "prosecution")
    new_ref = row.defendant_ref if defendant_ref is _KEEP else defendant_ref.strip()
    new_charges = list(row.charges or []) if charges is _KEEP else _charges(charges)
    problems = []
    if not new_ref:
        problems.append("Record the defendant reference")
    if any(not c for c in new_charges):
        problems.append("A charge is blank: write each charge in words")
    refuse_if(problems)
    if officer_id is not _KEEP:
        _check_officer(session, officer_id)
        row.officer_id = officer_id
    row.defendant_ref = new_ref
    row.charges = new_charges
    if court is not _KEEP:
        row.court = clean(court)
    if notes is not _KEEP:
        row.notes = clean(notes)
    bump(row, user)
    session.flush()
    return row


def _link_row(session: Session, prosecution_id: uuid.UUID, case_id: uuid.UUID
              ) -> ProsecutionCase | None:
    """The link's row, live or a tombstone (a live one first)."""
    return session.scalars(
        select(ProsecutionCase)
        .where(ProsecutionCase.prosecution_id == prosecution_id,
               ProsecutionCase.case_id == case_id)
        .order_by(ProsecutionCase.deleted)
        .limit(1)
    ).first()


def link_case(session: Session, prosecution_id: uuid.UUID, case_id: uuid.UUID, *,
              user: str | None) -> ProsecutionCase:
    """Link one more victim's case (a case links once; an unlinked one comes back)."""
    live(session, ProsecutionRecord, prosecution_id, "prosecution")
    case = live_case(session, case_id)
    row = _link_row(session, prosecution_id, case_id)
    if row is not None and not row.deleted:
        raise JourneyRefused(f"Case {case.ref} is already linked to this prosecution")
    if row is None:
        row = ProsecutionCase(prosecution_id=prosecution_id, case_id=case_id, updated_by=user)
        session.add(row)
    else:
        row.deleted = False
        bump(row, user)
    session.flush()
    return row


def unlink_case(session: Session, prosecution_id: uuid.UUID, case_id: uuid.UUID, *,
                user: str | None) -> None:
    """Take a case off the prosecution (a tombstone). The last case stays: a prosecution links
    to at least one victim. Updates already owed to the victim stay on their case."""
    row = _link_row(session, prosecution_id, case_id)
    if row is None or row.deleted:
        raise JourneyRefused("That case is not linked to this prosecution")
    if len(_links(session, prosecution_id)) <= 1:
        raise JourneyRefused(
            "This is the only case linked to the prosecution: link the right case first, then "
            "take this one off"
        )
    row.deleted = True
    bump(row, user)
    session.flush()


# --- milestones -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseUpdateOwed:
    case_id: uuid.UUID
    case_ref: str
    enhanced: bool
    rule_id: str
    starts_on: date
    due: date


@dataclass(frozen=True)
class MilestoneRecorded:
    milestone: CourtMilestone
    updates: tuple[CaseUpdateOwed, ...]  # one per linked case and rule the milestone started
    reassessed: tuple[uuid.UUID, ...]  # the cases whose next reassessment was recomputed


def record_milestone(
    session: Session,
    prosecution_id: uuid.UUID,
    milestone: Milestone,
    rulebook: Rulebook,
    *,
    user: str | None,
    now: datetime | None = None,
) -> MilestoneRecorded:
    """Record a milestone on a prosecution and bring every linked case up to date with it.

    Refused, with nothing stored, when the sanity rules (court.check_milestone) find a problem,
    when it is dated in the future (only a hearing can be ahead), or when no case is linked."""
    now = now or utc_now()
    today = uk_date(now)
    prosecution = live(session, ProsecutionRecord, prosecution_id, "prosecution")
    history = [milestone_of(r) for r in milestone_rows(session, prosecution_id)]
    problems = check_milestone(history, milestone)
    problems += not_future(milestone.occurred_on, f"{milestone.kind.label}: the day it happened",
                           today)
    problems += not_future(milestone.received_on, "The day Witness Care received it", today)
    cases = _links(session, prosecution_id)
    if not cases:
        problems.append("Link at least one victim's case to the prosecution first")
    refuse_if(problems)

    row = CourtMilestone(id=new_id(), prosecution_id=prosecution.id, recorded_by=user,
                         updated_by=user, **_milestone_columns(milestone))
    session.add(row)
    session.flush()
    kind = milestone.journey_kind
    at = day_moment(milestone.received_on, now)
    details = describe_milestone(milestone, prosecution.defendant_ref, prosecution.court or "")
    reassess = triggers_reassessment(milestone, rulebook.schedule)
    events: dict[uuid.UUID, Case] = {}
    reassessed = []
    for case in cases:
        if kind is not None:
            event = record_event(session, case, kind, at, rulebook, user=user, details=details)
            events[event.id] = case
    session.flush()  # the events first: the links below refer to them
    for event_id, case in events.items():
        session.add(MilestoneEvent(milestone_id=row.id, case_id=case.id, event_id=event_id,
                                   updated_by=user))
    session.flush()
    if reassess:
        for case in cases:
            due = case.next_reassessment_due
            refresh_reassessment(session, case, rulebook)
            if case.next_reassessment_due != due:
                bump(case, user)
            reassessed.append(case.id)
        session.flush()
    updates = []
    if events:
        for ob in session.scalars(select(Obligation).where(Obligation.event_id.in_(events))):
            case = events[ob.event_id]
            updates.append(CaseUpdateOwed(case.id, case.ref, bool(case.enhanced), ob.rule_id,
                                          ob.starts_on, ob.due))
    updates.sort(key=lambda u: (u.case_ref, u.rule_id))
    return MilestoneRecorded(row, tuple(updates), tuple(reassessed))


def remove_latest_milestone(
    session: Session,
    milestone_id: uuid.UUID,
    rulebook: Rulebook,
    *,
    user: str | None,
) -> None:
    """Take back a milestone recorded by mistake: only the prosecution's latest, and only while
    none of the victim updates it started has been given. Its journey events and open updates
    go with it (tombstones) and the cases' next reassessment is recomputed."""
    row = live(session, CourtMilestone, milestone_id, "court milestone")
    latest = milestone_rows(session, row.prosecution_id)[-1]
    if latest.id != row.id:
        raise JourneyRefused("Only the latest milestone of a prosecution can be taken back")
    links = list(session.scalars(select(MilestoneEvent).where(
        MilestoneEvent.milestone_id == row.id, MilestoneEvent.deleted.is_(False))))
    event_ids = [link.event_id for link in links]
    obligations = list(session.scalars(select(Obligation).where(
        Obligation.event_id.in_(event_ids), Obligation.deleted.is_(False)))) if event_ids else []
    if any(ob.met_at is not None for ob in obligations):
        raise JourneyRefused(
            "A victim has already been told of this milestone: it stays on record. Record a "
            "correcting milestone instead"
        )
    for item in [row, *links, *obligations,
                 *session.scalars(select(JourneyEvent).where(JourneyEvent.id.in_(event_ids)))]:
        item.deleted = True
        bump(item, user)
    session.flush()
    for case_id in {link.case_id for link in links}:
        case = session.get(Case, case_id)
        due = case.next_reassessment_due
        refresh_reassessment(session, case, rulebook)
        if case.next_reassessment_due != due:
            bump(case, user)
    session.flush()


# --- reading prosecutions --------------------------------------------------------------------


@dataclass(frozen=True)
class LinkedCaseView:
    case_id: uuid.UUID
    ref: str
    victim_name: str
    enhanced: bool
    status: str


@dataclass(frozen=True)
class MilestoneView:
    id: uuid.UUID
    milestone: Milestone
    text: str  # describe_milestone, without the defendant
    recorded_by: str | None


@dataclass(frozen=True)
class ProsecutionView:
    id: uuid.UUID
    row_version: int
    defendant_ref: str
    court: str
    charges: tuple[str, ...]
    officer_id: uuid.UUID | None
    officer_name: str | None
    notes: str
    cases: tuple[LinkedCaseView, ...]
    milestones: tuple[MilestoneView, ...]  # in the order they happened
    hearings: tuple[Hearing, ...]  # still listed, from today on

    @property
    def next_hearing(self) -> Hearing | None:
        return self.hearings[0] if self.hearings else None


def _linked_views(session: Session, prosecution_id: uuid.UUID) -> tuple[LinkedCaseView, ...]:
    rows = session.execute(
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Case.enhanced, Case.status)
        .join(ProsecutionCase, ProsecutionCase.case_id == Case.id)
        .join(Victim, Victim.id == Case.victim_id)
        .where(ProsecutionCase.prosecution_id == prosecution_id,
               ProsecutionCase.deleted.is_(False), Case.deleted.is_(False))
        .order_by(Case.ref)
    ).all()
    return tuple(LinkedCaseView(i, ref, f"{first} {last}", bool(enhanced), status)
                 for i, ref, first, last, enhanced, status in rows)


def prosecution_view(session: Session, prosecution_id: uuid.UUID, today: date
                     ) -> ProsecutionView:
    row = live(session, ProsecutionRecord, prosecution_id, "prosecution")
    officer = session.scalar(select(Staff.display_name).where(Staff.id == row.officer_id))
    rows = milestone_rows(session, prosecution_id)
    milestones = [milestone_of(r) for r in rows]
    return ProsecutionView(
        id=row.id, row_version=row.row_version, defendant_ref=row.defendant_ref,
        court=row.court or "", charges=tuple(row.charges or ()), officer_id=row.officer_id,
        officer_name=officer, notes=row.notes or "", cases=_linked_views(session, row.id),
        milestones=tuple(MilestoneView(r.id, m, describe_milestone(m), r.recorded_by)
                         for r, m in zip(rows, milestones, strict=True)),
        hearings=tuple(h for h in current_hearings(milestones) if h.on >= today),
    )


@dataclass(frozen=True)
class ProsecutionSummary:
    id: uuid.UUID
    defendant_ref: str
    court: str
    charges: tuple[str, ...]
    officer_name: str | None
    case_count: int
    last_milestone: str | None  # the latest milestone's label
    next_hearing: Hearing | None


def list_prosecutions(
    session: Session,
    today: date,
    *,
    officer_id: uuid.UUID | None = None,
    search: str | None = None,
    case_id: uuid.UUID | None = None,
    limit: int = 500,
) -> list[ProsecutionSummary]:
    """Prosecutions (of an officer, matching a defendant reference or court, or linked to a case),
    those with the nearest hearing first."""
    query = (
        select(ProsecutionRecord, Staff.display_name)
        .outerjoin(Staff, Staff.id == ProsecutionRecord.officer_id)
        .where(ProsecutionRecord.deleted.is_(False))
    )
    if officer_id is not None:
        query = query.where(ProsecutionRecord.officer_id == officer_id)
    if search:
        pattern = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(ProsecutionRecord.defendant_ref).like(pattern),
                                func.lower(ProsecutionRecord.court).like(pattern)))
    if case_id is not None:
        query = query.where(ProsecutionRecord.id.in_(
            select(ProsecutionCase.prosecution_id).where(
                ProsecutionCase.case_id == case_id, ProsecutionCase.deleted.is_(False))))
    rows = session.execute(query.order_by(ProsecutionRecord.defendant_ref).limit(limit)).all()
    ids = [row.id for row, _ in rows]
    history: dict[uuid.UUID, list[Milestone]] = {i: [] for i in ids}
    counts: dict[uuid.UUID, int] = {}
    if ids:
        for m in session.scalars(
            select(CourtMilestone)
            .where(CourtMilestone.prosecution_id.in_(ids), CourtMilestone.deleted.is_(False))
            .order_by(CourtMilestone.occurred_on, CourtMilestone.received_on)
        ):
            history[m.prosecution_id].append(milestone_of(m))
        counts = dict(session.execute(
            select(ProsecutionCase.prosecution_id, func.count())
            .join(Case, Case.id == ProsecutionCase.case_id)
            .where(ProsecutionCase.prosecution_id.in_(ids), ProsecutionCase.deleted.is_(False),
                   Case.deleted.is_(False))
            .group_by(ProsecutionCase.prosecution_id)
        ).all())
    found = []
    for row, officer in rows:
        milestones = history[row.id]
        ahead = [h for h in current_hearings(milestones) if h.on >= today]
        found.append(ProsecutionSummary(
            id=row.id, defendant_ref=row.defendant_ref, court=row.court or "",
            charges=tuple(row.charges or ()), officer_name=officer,
            case_count=counts.get(row.id, 0),
            last_milestone=milestones[-1].kind.label if milestones else None,
            next_hearing=ahead[0] if ahead else None,
        ))
    found.sort(key=lambda p: (p.next_hearing is None,
                              p.next_hearing.on if p.next_hearing else date.max, p.defendant_ref))
    return found


def witness_care_officers(session: Session) -> list[Staff]:
    """Who can hold a prosecution: active Witness Care officers."""
    return list(session.scalars(
        select(Staff).where(Staff.role == "witness_care", Staff.active.is_(True),
                            Staff.deleted.is_(False)).order_by(Staff.display_name)))


# --- witness needs -----------------------------------------------------------------------------


def _offer(status: str | None, on: date | None) -> Offer:
    return Offer(status=OfferStatus(status or OfferStatus.NOT_OFFERED), on=on)


def witness_needs_of(row: WitnessNeedsRecord) -> WitnessNeeds:
    return WitnessNeeds(
        case_id=str(row.case_id),
        prosecution_id=str(row.prosecution_id),
        must_give_evidence=row.must_give_evidence,
        special_measures=tuple(
            SpecialMeasureRequest(
                measure=SpecialMeasure(m["measure"]), status=MeasureStatus(m["status"]),
                decided_on=date.fromisoformat(m["decided_on"]) if m.get("decided_on") else None,
            )
            for m in row.special_measures or ()
        ),
        pre_trial_visit=_offer(row.pre_trial_visit, row.pre_trial_visit_on),
        witness_service_referral=_offer(row.witness_service, row.witness_service_on),
        interpreter_language=row.interpreter_language or "",
        expenses=_offer(row.expenses, row.expenses_on),
        vps=VictimPersonalStatement(
            offered_on=row.vps_offered_on,
            declined=bool(row.vps_declined),
            made_on=row.vps_made_on,
            updated_on=tuple(date.fromisoformat(d) for d in row.vps_updated_on or ()),
            in_court=VPSUse(row.vps_in_court) if row.vps_in_court else None,
        ),
    )


def _needs_columns(n: WitnessNeeds) -> dict:
    return {
        "must_give_evidence": n.must_give_evidence,
        "special_measures": [
            {"measure": r.measure.value, "status": r.status.value,
             "decided_on": r.decided_on.isoformat() if r.decided_on else None}
            for r in n.special_measures
        ],
        "pre_trial_visit": n.pre_trial_visit.status.value,
        "pre_trial_visit_on": n.pre_trial_visit.on,
        "witness_service": n.witness_service_referral.status.value,
        "witness_service_on": n.witness_service_referral.on,
        "interpreter_language": clean(n.interpreter_language),
        "expenses": n.expenses.status.value,
        "expenses_on": n.expenses.on,
        "vps_offered_on": n.vps.offered_on,
        "vps_declined": n.vps.declined,
        "vps_made_on": n.vps.made_on,
        "vps_updated_on": [d.isoformat() for d in n.vps.updated_on],
        "vps_in_court": n.vps.in_court.value if n.vps.in_court else None,
    }


def _needs_row(session: Session, case_id: uuid.UUID, prosecution_id: uuid.UUID
               ) -> WitnessNeedsRecord | None:
    return session.scalars(
        select(WitnessNeedsRecord).where(
            WitnessNeedsRecord.case_id == case_id,
            WitnessNeedsRecord.prosecution_id == prosecution_id,
            WitnessNeedsRecord.deleted.is_(False),
        ).order_by(WitnessNeedsRecord.updated_at).limit(1)
    ).first()


@dataclass(frozen=True)
class WitnessNeedsView:
    needs: WitnessNeeds
    row_version: int | None  # None: nothing recorded yet
    next_steps: tuple[str, ...]


def witness_needs(session: Session, case_id: uuid.UUID, prosecution_id: uuid.UUID
                  ) -> WitnessNeedsView:
    """The victim's needs as a witness in this prosecution (empty when nothing is recorded)."""
    row = _needs_row(session, case_id, prosecution_id)
    needs = (witness_needs_of(row) if row is not None else
             WitnessNeeds(case_id=str(case_id), prosecution_id=str(prosecution_id)))
    return WitnessNeedsView(needs, row.row_version if row is not None else None,
                            tuple(witness_next_steps(needs)))


def save_witness_needs(
    session: Session,
    needs: WitnessNeeds,
    *,
    user: str | None,
    expected_version: int | None = None,
) -> WitnessNeedsRecord:
    """Record (or update) one victim's needs as a witness in one prosecution their case is
    linked to; refused in words when witness_needs_problems finds something."""
    case_id, prosecution_id = uuid.UUID(needs.case_id), uuid.UUID(needs.prosecution_id)
    live_case(session, case_id)
    live(session, ProsecutionRecord, prosecution_id, "prosecution")
    link = _link_row(session, prosecution_id, case_id)
    problems = witness_needs_problems(needs)
    if link is None or link.deleted:
        problems.insert(0, "This case is not linked to the prosecution")
    refuse_if(problems)
    row = _needs_row(session, case_id, prosecution_id)
    if row is None:
        if expected_version is not None:
            raise StaleRecord("Someone else removed this witness needs record while you were "
                              "editing it")
        row = WitnessNeedsRecord(case_id=case_id, prosecution_id=prosecution_id, updated_by=user,
                                 **_needs_columns(needs))
        session.add(row)
    else:
        check_version(row, expected_version, "witness needs record")
        for name, value in _needs_columns(needs).items():
            setattr(row, name, value)
        bump(row, user)
    session.flush()
    return row


# --- a case's court tab ------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseCourtView:
    prosecution: ProsecutionView
    witness: WitnessNeedsView


def case_prosecutions(session: Session, case_id: uuid.UUID, today: date) -> list[CaseCourtView]:
    """Every prosecution the case is linked to, with the victim's witness needs in it."""
    ids = session.scalars(
        select(ProsecutionCase.prosecution_id)
        .join(ProsecutionRecord, ProsecutionRecord.id == ProsecutionCase.prosecution_id)
        .where(ProsecutionCase.case_id == case_id, ProsecutionCase.deleted.is_(False),
               ProsecutionRecord.deleted.is_(False))
        .order_by(ProsecutionRecord.defendant_ref)
    ).all()
    return [CaseCourtView(prosecution_view(session, pid, today),
                          witness_needs(session, case_id, pid)) for pid in dict.fromkeys(ids)]


# --- the court diary --------------------------------------------------------------------------


@dataclass(frozen=True)
class DiaryHearingRow:
    prosecution_id: uuid.UUID
    defendant_ref: str
    court: str  # the hearing's venue, else the prosecution's court
    on: date
    at: time | None
    what: str  # "First hearing", "Trial", "Adjourned hearing"
    case_ids: tuple[uuid.UUID, ...]
    case_refs: tuple[str, ...]
    officer: str | None  # username


@dataclass(frozen=True)
class OwedUpdateRow:
    obligation_id: uuid.UUID
    case_id: uuid.UUID
    case_ref: str
    victim_name: str
    enhanced: bool
    rule_id: str
    rule_title: str
    starts_on: date
    due: date
    days_overdue: int  # calendar days past the due day; 0 when due today
    prosecution_id: uuid.UUID
    defendant_ref: str
    about: str  # the milestone, in words
    officer: str | None  # username


@dataclass(frozen=True)
class CourtDiaryView:
    today: date
    days: int
    hearings: tuple[DiaryHearingRow, ...]
    due_today: tuple[OwedUpdateRow, ...]
    overdue: tuple[OwedUpdateRow, ...]  # the longest overdue first


def court_diary_view(
    session: Session,
    today: date,
    *,
    days: int = DIARY_DAYS,
    officer_id: uuid.UUID | None = None,
    rules: Iterable[Rule] = (),
) -> CourtDiaryView:
    """The court diary of a Witness Care officer (every prosecution when `officer_id` is None):
    the hearings from today to `days` days ahead, and the victim updates the prosecutions'
    milestones owe, due today and overdue (domain court.court_diary's selection)."""
    # Prosecutions with a hearing date from today on (a listing, or an adjournment's new date).
    ahead = (
        select(CourtMilestone.prosecution_id)
        .where(CourtMilestone.deleted.is_(False),
               or_(CourtMilestone.hearing_on >= today, CourtMilestone.new_date >= today))
    )
    query = (
        select(ProsecutionRecord, Staff.username)
        .outerjoin(Staff, Staff.id == ProsecutionRecord.officer_id)
        .where(ProsecutionRecord.deleted.is_(False), ProsecutionRecord.id.in_(ahead))
    )
    if officer_id is not None:
        query = query.where(ProsecutionRecord.officer_id == officer_id)
    prosecutions = {row.id: (row, officer) for row, officer in session.execute(query)}
    history: dict[uuid.UUID, list[Milestone]] = {i: [] for i in prosecutions}
    links: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {i: [] for i in prosecutions}
    if prosecutions:
        for m in session.scalars(select(CourtMilestone).where(
                CourtMilestone.prosecution_id.in_(prosecutions),
                CourtMilestone.deleted.is_(False))):
            history[m.prosecution_id].append(milestone_of(m))
        for pid, case_id, ref in session.execute(
            select(ProsecutionCase.prosecution_id, Case.id, Case.ref)
            .join(Case, Case.id == ProsecutionCase.case_id)
            .where(ProsecutionCase.prosecution_id.in_(prosecutions),
                   ProsecutionCase.deleted.is_(False), Case.deleted.is_(False))
            .order_by(Case.ref)
        ):
            links[pid].append((case_id, ref))
    pairs = [
        (Prosecution(id=str(pid), defendant_ref=row.defendant_ref, court=row.court or "",
                     linked=tuple(LinkedCase(str(c), False) for c, _ in links[pid])),
         history[pid])
        for pid, (row, _) in prosecutions.items()
    ]
    hearings = []
    for found in hearings_ahead(pairs, today, days):
        pid = uuid.UUID(found.prosecution_id)
        officer = prosecutions[pid][1]
        hearings.append(DiaryHearingRow(
            prosecution_id=pid, defendant_ref=found.defendant_ref, court=found.court,
            on=found.hearing.on, at=found.hearing.at, what=found.hearing.label,
            case_ids=tuple(c for c, _ in links[pid]), case_refs=tuple(r for _, r in links[pid]),
            officer=officer,
        ))

    titles = {rule.id: rule.title for rule in rules}
    owed_query = (
        select(Obligation.id, Obligation.case_id, Obligation.rule_id, Obligation.starts_on,
               Obligation.due, Case.ref, Case.enhanced, Victim.first_name, Victim.last_name,
               CourtMilestone, ProsecutionRecord.defendant_ref, ProsecutionRecord.court,
               Staff.username)
        .join(MilestoneEvent, MilestoneEvent.event_id == Obligation.event_id)
        .join(CourtMilestone, CourtMilestone.id == MilestoneEvent.milestone_id)
        .join(ProsecutionRecord, ProsecutionRecord.id == CourtMilestone.prosecution_id)
        .outerjoin(Staff, Staff.id == ProsecutionRecord.officer_id)
        .join(Case, Case.id == Obligation.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .where(Obligation.met_at.is_(None), Obligation.deleted.is_(False),
               Obligation.due <= today, MilestoneEvent.deleted.is_(False),
               CourtMilestone.deleted.is_(False), ProsecutionRecord.deleted.is_(False),
               Case.deleted.is_(False))
    )
    if officer_id is not None:
        owed_query = owed_query.where(ProsecutionRecord.officer_id == officer_id)
    rows: dict[str, OwedUpdateRow] = {}
    owed = []
    for (ob_id, case_id, rule_id, starts_on, due, ref, enhanced, first, last_name, milestone,
         defendant_ref, court, officer) in session.execute(owed_query):
        key = str(ob_id)
        rows[key] = OwedUpdateRow(
            obligation_id=ob_id, case_id=case_id, case_ref=ref,
            victim_name=f"{first} {last_name}", enhanced=bool(enhanced), rule_id=rule_id,
            rule_title=titles.get(rule_id, rule_id), starts_on=starts_on, due=due,
            days_overdue=max(0, (today - due).days), prosecution_id=milestone.prosecution_id,
            defendant_ref=defendant_ref,
            about=describe_milestone(milestone_of(milestone), court=court or ""), officer=officer,
        )
        owed.append(OwedUpdate(case_id=key, rule_id=rule_id, due=due,
                               prosecution_id=str(milestone.prosecution_id)))
    # OwedUpdate.case_id carries the obligation's id here: the selection is per obligation.
    due_today = tuple(rows[u.case_id] for u in updates_due_today(owed, today))
    overdue = tuple(rows[u.case_id] for u in updates_overdue(owed, today))
    due_today = tuple(sorted(due_today, key=lambda r: (r.case_ref, r.rule_id)))
    overdue = tuple(sorted(overdue, key=lambda r: (r.due, r.case_ref, r.rule_id)))
    return CourtDiaryView(today, days, tuple(hearings), due_today, overdue)


def court_diary_rows(
    session: Session,
    today: date,
    *,
    days: int = DIARY_DAYS,
    officer: str | None = None,
    rules: Iterable[Rule] = (),
) -> list[dict]:
    """The diary as rows for `valctl court diary`: hearings first (by day and time), then the
    updates due today, then the overdue ones. Every row has the same keys (the contract)."""
    officer_id = None
    if officer is not None:
        officer_id = session.scalar(select(Staff.id).where(Staff.username == officer))
        if officer_id is None:
            return []
    view = court_diary_view(session, today, days=days, officer_id=officer_id, rules=rules)
    rows = []
    for h in view.hearings:
        rows.append({
            "section": "hearing",
            "date": h.on.isoformat(),
            "time": _time_text(h.at),
            "what": h.what,
            "court": h.court,
            "defendant_ref": h.defendant_ref,
            "case_refs": list(h.case_refs),
            "rule": None,
            "days_overdue": None,
            "officer": h.officer,
            "prosecution_id": h.prosecution_id.hex,
        })
    for section, updates in (("due_today", view.due_today), ("overdue", view.overdue)):
        for u in updates:
            rows.append({
                "section": section,
                "date": u.due.isoformat(),
                "time": None,
                "what": f"Update the victim: {u.about}",
                "court": None,
                "defendant_ref": u.defendant_ref,
                "case_refs": [u.case_ref],
                "rule": u.rule_id,
                "days_overdue": u.days_overdue,
                "officer": u.officer,
                "prosecution_id": u.prosecution_id.hex,
            })
    return rows
