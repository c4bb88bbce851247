"""Logging contacts, meeting the obligations they satisfy, and a case's timeline.

The rules are in domain/contacts.py; this module reads and writes the rows. A contact that the
victim's contact permissions forbid is refused here as well as in the dialog, so no screen or
script can log one by going round the dialog.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain.clock import uk_date, utc_now
from ..domain.contacts import (
    Contact,
    OpenObligation,
    contact_problems,
    direction_label,
    is_late,
    kind_label,
    late_reason_problem,
    obligations_met_by,
    outcome_label,
    refusal,
    status_after_contact,
    summary_problem,
    time_problem,
)
from ..domain.journey import event_label
from ..domain.rules import MET_LATE, OVERDUE, Rule, obligation_status
from ..domain.vocabulary import CONTACT_CHANNELS
from .ids import new_id
from .models import Case, ContactLogEntry, ContactPermissions, JourneyEvent, Obligation, Staff


class ContactRefused(ValueError):
    """The contact cannot be logged; str() says why in words for the caseworker."""


class CaseMissing(LookupError):
    pass


# -- what the log-contact dialog needs to know -------------------------------------------------


@dataclass(frozen=True)
class PendingObligation(OpenObligation):
    title: str = ""


@dataclass(frozen=True)
class ContactSetup:
    case_id: uuid.UUID
    ref: str
    victim_first_name: str
    status: str
    referred_at: datetime  # UTC, naive (the store's form)
    permissions: dict[str, str]
    open_obligations: tuple[PendingObligation, ...]


def _titles(rules) -> dict[str, str]:
    return {rule.id: rule.title for rule in rules}


def _open_obligations(session: Session, case_id: uuid.UUID, rules) -> list[PendingObligation]:
    titles = _titles(rules)
    rows = session.execute(
        select(Obligation.id, Obligation.rule_id, Obligation.starts_on, Obligation.due)
        .where(Obligation.case_id == case_id, Obligation.met_at.is_(None),
               Obligation.deleted.is_(False))
        .order_by(Obligation.due)
    ).all()
    return [PendingObligation(id=i, rule_id=r, starts_on=s, due=d, title=titles.get(r, r))
            for i, r, s, d in rows]


def _permissions(session: Session, victim_id: uuid.UUID) -> dict[str, str]:
    row = session.scalars(
        select(ContactPermissions).where(ContactPermissions.victim_id == victim_id)
    ).first()
    return {c: (getattr(row, c) if row else None) or "unknown" for c in CONTACT_CHANNELS}


def contact_setup(session: Session, case_id: uuid.UUID, rules) -> ContactSetup:
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise CaseMissing(f"There is no case with id {case_id}.")
    return ContactSetup(
        case_id=case.id,
        ref=case.ref,
        victim_first_name=case.victim.first_name,
        status=case.status,
        referred_at=case.referred_at,
        permissions=_permissions(session, case.victim_id),
        open_obligations=tuple(_open_obligations(session, case_id, rules)),
    )


# -- logging a contact -------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedContact:
    entry_id: uuid.UUID
    met: tuple[PendingObligation, ...]
    late: tuple[PendingObligation, ...]
    old_status: str
    new_status: str


def log_contact(
    session: Session,
    case_id: uuid.UUID,
    contact: Contact,
    at: datetime,
    summary: str,
    rules,
    *,
    user: str,
    staff_id: uuid.UUID | None,
    late_reason: str | None = None,
    now: datetime | None = None,
) -> LoggedContact:
    """Log one contact (`at` in UTC, naive), meet the open obligations it satisfies, and move
    the case on. Raises ContactRefused, changing nothing, when it may not be logged."""
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise CaseMissing(f"There is no case with id {case_id}.")
    problems = contact_problems(contact)
    if problems:
        raise ContactRefused(" ".join(problems))
    reason = refusal(contact, _permissions(session, case.victim_id))
    if reason:
        raise ContactRefused(reason)
    problem = time_problem(at, case.referred_at, now or utc_now()) or summary_problem(
        contact.kind, summary)
    if problem:
        raise ContactRefused(problem)
    late_reason = (late_reason or "").strip() or None
    if late_reason is not None and (problem := late_reason_problem(late_reason)):
        raise ContactRefused(problem)

    entry = ContactLogEntry(
        id=new_id(), case_id=case.id, at=at, kind=contact.kind,
        direction=contact.direction, outcome=contact.outcome, staff_id=staff_id,
        summary=summary.strip() or None, updated_by=user,
    )
    session.add(entry)

    on = uk_date(at)
    met = obligations_met_by(contact, on, _open_obligations(session, case.id, rules), rules)
    late = tuple(ob for ob in met if is_late(ob, on))
    if met:
        rows = {ob.id: ob for ob in session.scalars(
            select(Obligation).where(Obligation.id.in_([m.id for m in met])))}
        for pending in met:
            row = rows[pending.id]
            row.met_at = at
            row.met_by = user
            if pending in late and late_reason:
                row.late_reason = late_reason
            row.row_version += 1
            row.updated_by = user

    old_status = case.status
    new_status = status_after_contact(old_status, contact)
    if new_status != old_status:
        case.status = new_status
        case.row_version += 1
        case.updated_by = user
    session.flush()
    return LoggedContact(entry.id, tuple(met), late, old_status, new_status)


# -- obligations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObligationRow:
    id: uuid.UUID
    rule_id: str
    title: str
    code_right: str
    started_by: str
    starts_on: date
    due: date
    status: str
    met_at: datetime | None
    met_by: str | None  # a name when we know the person, else the user name
    late_reason: str | None

    @property
    def may_record_late_reason(self) -> bool:
        return self.status in (MET_LATE, OVERDUE)


STATUS_ORDER = {OVERDUE: 0, "open": 1, MET_LATE: 2, "met": 3}


def load_obligations(session: Session, case_id: uuid.UUID, rules, today: date
                     ) -> list[ObligationRow]:
    """Every obligation of the case with its status as of `today`: overdue first, then open,
    then met late and met; within each, by due date."""
    by_id: dict[str, Rule] = {rule.id: rule for rule in rules}
    rows = session.execute(
        select(Obligation, JourneyEvent.kind, Staff.display_name)
        .outerjoin(JourneyEvent, JourneyEvent.id == Obligation.event_id)
        .outerjoin(Staff, Staff.username == Obligation.met_by)
        .where(Obligation.case_id == case_id, Obligation.deleted.is_(False))
    ).all()
    result = []
    for ob, event_kind, met_by_name in rows:
        rule = by_id.get(ob.rule_id)
        met_on = uk_date(ob.met_at) if ob.met_at else None
        result.append(ObligationRow(
            id=ob.id, rule_id=ob.rule_id, title=rule.title if rule else ob.rule_id,
            code_right=rule.code_right if rule else "",
            started_by=event_label(event_kind) if event_kind else "",
            starts_on=ob.starts_on, due=ob.due,
            status=obligation_status(ob.due, met_on, today),
            met_at=ob.met_at, met_by=met_by_name or ob.met_by, late_reason=ob.late_reason,
        ))
    result.sort(key=lambda r: (STATUS_ORDER[r.status],
                               r.due.toordinal() * (1 if r.met_at is None else -1)))
    return result


def record_late_reason(session: Session, obligation_id: uuid.UUID, reason: str, *, user: str,
                       today: date) -> Obligation:
    """Why an obligation was (or is being) met late. Only for one that is met late or overdue."""
    problem = late_reason_problem(reason)
    if problem:
        raise ContactRefused(problem)
    ob = session.get(Obligation, obligation_id)
    if ob is None or ob.deleted:
        raise CaseMissing("That obligation is no longer there.")
    status = obligation_status(ob.due, uk_date(ob.met_at) if ob.met_at else None, today)
    if status not in (MET_LATE, OVERDUE):
        raise ContactRefused("A late reason is only recorded for an obligation that was met "
                             "late or is overdue.")
    ob.late_reason = reason.strip()
    ob.row_version += 1
    ob.updated_by = user
    session.flush()
    return ob


# -- the timeline ------------------------------------------------------------------------------

CONTACT, EVENT, MET_OBLIGATION = "contact", "event", "obligation"
# At the same moment, newest first reads: the obligation met, then the contact that met it.
_TIE = {MET_OBLIGATION: 0, CONTACT: 1, EVENT: 2}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # UTC, naive
    source: str  # contact, event, obligation
    kind: str
    what: str  # in words: "Phone call", "Suspect charged", "Obligation met"
    how: str  # direction and outcome in words, or the rule's Code right
    summary: str
    by: str
    late: bool = False


def load_timeline(session: Session, case_id: uuid.UUID, rules) -> list[TimelineEntry]:
    """Every contact, journey event and obligation met on the case, newest first.

    Three queries whatever the size of the case (one per kind of entry, each joined to the
    staff names it shows).
    """
    titles = {rule.id: rule for rule in rules}
    entries: list[TimelineEntry] = []
    contacts = session.execute(
        select(ContactLogEntry.at, ContactLogEntry.kind, ContactLogEntry.direction,
               ContactLogEntry.outcome, ContactLogEntry.summary, Staff.display_name,
               ContactLogEntry.updated_by)
        .outerjoin(Staff, Staff.id == ContactLogEntry.staff_id)
        .where(ContactLogEntry.case_id == case_id, ContactLogEntry.deleted.is_(False))
    ).all()
    for at, kind, direction, outcome, summary, name, updated_by in contacts:
        how = " · ".join(part for part in (direction_label(direction, short=True),
                                           outcome_label(outcome, direction)) if part)
        entries.append(TimelineEntry(at, CONTACT, kind, kind_label(kind), how, summary or "",
                                     name or updated_by or ""))
    recorder = aliased(Staff)
    events = session.execute(
        select(JourneyEvent.occurred_at, JourneyEvent.kind, JourneyEvent.details,
               recorder.display_name, JourneyEvent.recorded_by)
        .outerjoin(recorder, recorder.username == JourneyEvent.recorded_by)
        .where(JourneyEvent.case_id == case_id, JourneyEvent.deleted.is_(False))
    ).all()
    for at, kind, details, name, username in events:
        entries.append(TimelineEntry(at, EVENT, kind, event_label(kind), "Journey event",
                                     details or "", name or username or ""))
    met_by = aliased(Staff)
    met = session.execute(
        select(Obligation.met_at, Obligation.rule_id, Obligation.due, Obligation.late_reason,
               met_by.display_name, Obligation.met_by)
        .outerjoin(met_by, met_by.username == Obligation.met_by)
        .where(Obligation.case_id == case_id, Obligation.met_at.is_not(None),
               Obligation.deleted.is_(False))
    ).all()
    for at, rule_id, due, late_reason, name, username in met:
        rule = titles.get(rule_id)
        late = uk_date(at) > due
        text = rule.title if rule else rule_id
        if late:
            text += f" — met late (due {due:%d %b %Y})"
            if late_reason:
                text += f": {late_reason}"
        how = rule.code_right if rule else ""
        entries.append(TimelineEntry(at, MET_OBLIGATION, rule_id,
                                     "Obligation met late" if late else "Obligation met", how,
                                     text, name or username or "", late))
    entries.sort(key=lambda e: (e.at, -_TIE[e.source]), reverse=True)
    return entries
