"""Who has what to do: a caseworker's work for today, the team's caseloads, bulk reassignment.

Qt-free queries behind "My work today" and the supervisors' Team view. They read through the
indexed columns (cases.spoc_id/status, the partial index of open obligations by due date) so that
a whole page fills in well under a second on a 100,000-case store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..domain.clock import UK, to_utc_naive, uk_date, utc_now
from ..domain.contacts import KINDS as CONTACT_KINDS
from ..domain.due_clock import DueClock, code_clock, reassessment_clock
from ..domain.journey import event_label
from ..domain.needs import NOT_DUE, reassessment_status
from ..domain.rules import obligations_for_event
from ..domain.vocabulary import CASE_STATUSES, RISK_LEVELS, offence_label
from .cases import Rulebook, assign_spoc
from .models import Case, ContactLogEntry, JourneyEvent, Obligation, Staff, Victim

ACTIVITY_DAYS = 3  # "recent": today and the three days before it
ACTIVITY_LIMIT = 150
CHUNK = 500  # ids per IN (...) list

# Every status but closed, spelled out so that SQLite reads them from (spoc_id, status).
OPEN_STATUSES = tuple(code for code in CASE_STATUSES if code != "closed")

FIRST_CONTACT = "first_contact"
OBLIGATION = "obligation"
REASSESSMENT = "reassessment"


class WorkloadError(ValueError):
    """A request that cannot be done as asked; str() is a message for the screen."""


class ReassignCancelled(Exception):
    """The person stopped a bulk reassignment; nothing was changed."""


# --- My work today ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkItem:
    """One thing on a caseworker's list, with its clock."""

    kind: str  # first_contact, obligation, reassessment
    key: tuple  # stable identity (reminders announce each key once)
    case_id: uuid.UUID
    ref: str
    victim_name: str
    what: str
    due: date
    clock: DueClock
    enhanced: bool
    detail: str = ""  # more about it, in words (the rule's full title for an obligation)
    referred_at: datetime | None = None  # naive UTC (first contacts)

    @property
    def overdue(self) -> bool:
        return self.clock.overdue

    @property
    def due_now(self) -> bool:
        return self.clock.due_now


@dataclass(frozen=True)
class ActivityItem:
    at: datetime  # naive UTC
    case_id: uuid.UUID
    ref: str
    victim_name: str
    what: str
    by: str
    overdue: bool = False


@dataclass(frozen=True)
class MyWork:
    as_of: date
    first_contacts: list[WorkItem] = field(default_factory=list)
    obligations: list[WorkItem] = field(default_factory=list)
    reassessments: list[WorkItem] = field(default_factory=list)
    activity: list[ActivityItem] = field(default_factory=list)

    def items(self) -> list[WorkItem]:
        """Every item with a clock, in the order the screen lists them."""
        return [*self.first_contacts, *self.obligations, *self.reassessments]

    def due_items(self) -> list[WorkItem]:
        """Due today or overdue, in list order."""
        return [item for item in self.items() if item.due_now]

    @property
    def due_count(self) -> int:
        """The number on the navigation: my items due today or overdue."""
        return len(self.due_items())

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self.items() if item.overdue)

    def overdue_case_ids(self) -> list[uuid.UUID]:
        """Cases with something overdue, in list order, each once (F8 walks this)."""
        seen: dict[uuid.UUID, None] = {}
        for item in self.items():
            if item.overdue:
                seen.setdefault(item.case_id, None)
        return list(seen)


def _name(first: str, last: str) -> str:
    return f"{first} {last}"


def _first_contact_rule_ids(rulebook: Rulebook) -> set[str]:
    return {r.id for r in rulebook.rules
            if r.trigger == "referral_received" and r.requires == "contact_attempt"}


def _chunks(ids: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def first_contacts(session: Session, staff_id: uuid.UUID, rulebook: Rulebook, today: date,
                   now: datetime | None = None) -> list[WorkItem]:
    """New referrals of mine awaiting a first contact attempt, with the Code clock running
    (the first-contact obligation's due date), the most pressing first."""
    rows = session.execute(
        select(Case.id, Case.ref, Case.referred_at, Case.enhanced, Case.offence_category,
               Victim.first_name, Victim.last_name)
        .join(Victim, Victim.id == Case.victim_id)
        .where(Case.spoc_id == staff_id, Case.status == "new", Case.deleted.is_(False))
    ).all()
    if not rows:
        return []
    rule_ids = _first_contact_rule_ids(rulebook)
    due_by_case: dict[uuid.UUID, date] = {}
    met: set[uuid.UUID] = set()
    for ids in _chunks([r.id for r in rows]):
        for case_id, due, met_at in session.execute(
            select(Obligation.case_id, Obligation.due, Obligation.met_at).where(
                Obligation.case_id.in_(ids), Obligation.rule_id.in_(rule_ids),
                Obligation.deleted.is_(False),
            )
        ):
            if met_at is not None:
                met.add(case_id)
            elif case_id not in due_by_case or due < due_by_case[case_id]:
                due_by_case[case_id] = due
    items = []
    for case_id, ref, referred_at, enhanced, offence, first, last in rows:
        if case_id in met:
            continue  # an attempt is on record: no longer awaiting first contact
        due = due_by_case.get(case_id)
        if due is None:  # no obligation row (an old store): the rule still gives the date
            dues = [d.due for d in obligations_for_event(
                "referral_received", uk_date(referred_at), enhanced, rulebook.rules)
                if d.rule_id in rule_ids]
            due = min(dues, default=uk_date(referred_at))
        items.append(WorkItem(
            kind=FIRST_CONTACT, key=(FIRST_CONTACT, case_id), case_id=case_id, ref=ref,
            victim_name=_name(first, last), what="First contact attempt", due=due,
            clock=code_clock(due, today, now), enhanced=enhanced,
            detail=offence_label(offence), referred_at=referred_at,
        ))
    items.sort(key=lambda i: (i.due, i.referred_at, i.ref))
    return items


_OWED = {
    "support_offer": "Offer support services",
    "contact_attempt": "Attempt contact",
    "victim_update": "Update the victim",
    "complaint_response": "Answer the complaint",
}


def owed_text(requires: str | None, event_kind: str | None, title: str) -> str:
    """What an obligation asks for, short enough for a list: the action, and for a victim
    update the event it is about ("Update the victim: Suspect charged")."""
    action = _OWED.get(requires or "")
    if action is None:
        return title
    if requires == "victim_update" and event_kind:
        return f"{action}: {event_label(event_kind)}"
    return action


def obligations_due(session: Session, staff_id: uuid.UUID, rulebook: Rulebook, today: date,
                    now: datetime | None = None,
                    skip: Iterable[tuple[uuid.UUID, str]] = ()) -> list[WorkItem]:
    """Open Code obligations due today or overdue on my open cases, oldest deadline first.
    `skip` leaves out (case id, rule id) pairs listed elsewhere (first contacts)."""
    rules = {r.id: r for r in rulebook.rules}
    skipped = set(skip)
    rows = session.execute(
        select(Obligation.id, Obligation.rule_id, Obligation.due, JourneyEvent.kind, Case.id,
               Case.ref, Case.enhanced, Victim.first_name, Victim.last_name)
        .join(Case, Case.id == Obligation.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(JourneyEvent, JourneyEvent.id == Obligation.event_id)
        .where(
            Case.spoc_id == staff_id, Case.status.in_(OPEN_STATUSES), Case.deleted.is_(False),
            Obligation.met_at.is_(None), Obligation.deleted.is_(False),
            Obligation.due <= today,
        )
        .order_by(Obligation.due, Case.ref, Obligation.rule_id)
    ).all()
    items = []
    for ob_id, rule_id, due, event_kind, case_id, ref, enhanced, first, last in rows:
        if (case_id, rule_id) in skipped:
            continue
        rule = rules.get(rule_id)
        title = rule.title if rule else rule_id
        items.append(WorkItem(
            kind=OBLIGATION, key=(OBLIGATION, ob_id), case_id=case_id, ref=ref,
            victim_name=_name(first, last),
            what=owed_text(rule.requires if rule else None, event_kind, title), due=due,
            clock=code_clock(due, today, now), enhanced=enhanced,
            detail=f"{title} ({rule.code_right})" if rule and rule.code_right else title,
        ))
    return items


def reassessments_due(session: Session, staff_id: uuid.UUID, rulebook: Rulebook,
                      today: date) -> list[WorkItem]:
    """My open cases whose needs (re)assessment is due soon, due or overdue (the schedule's
    due-soon window), the longest overdue first."""
    schedule = rulebook.schedule
    horizon = today + timedelta(days=schedule.due_soon_days)
    rows = session.execute(
        select(Case.id, Case.ref, Case.status, Case.enhanced, Case.risk_level,
               Case.next_reassessment_due, Victim.first_name, Victim.last_name)
        .join(Victim, Victim.id == Case.victim_id)
        .where(
            Case.spoc_id == staff_id, Case.status.in_(OPEN_STATUSES), Case.deleted.is_(False),
            Case.next_reassessment_due.is_not(None), Case.next_reassessment_due <= horizon,
        )
        .order_by(Case.next_reassessment_due, Case.ref)
    ).all()
    items = []
    for case_id, ref, status, enhanced, risk, due, first, last in rows:
        if reassessment_status(due, today, schedule) == NOT_DUE:
            continue
        first_one = status in ("new", "contacting", "assessing")
        detail = RISK_LEVELS.get(risk, risk) + " risk" + (" · enhanced" if enhanced else "")
        items.append(WorkItem(
            kind=REASSESSMENT, key=(REASSESSMENT, case_id, due), case_id=case_id, ref=ref,
            victim_name=_name(first, last),
            what="First assessment" if first_one else "Reassessment",
            due=due, clock=reassessment_clock(due, today), enhanced=enhanced, detail=detail,
        ))
    return items


_CONTACT_KINDS = CONTACT_KINDS  # one vocabulary: domain.contacts


def recent_activity(session: Session, staff_id: uuid.UUID, today: date,
                    days: int = ACTIVITY_DAYS, limit: int = ACTIVITY_LIMIT) -> list[ActivityItem]:
    """Contacts and journey events on my open cases since the start of `days` days before
    today, newest first (whoever recorded them)."""
    since = to_utc_naive(datetime.combine(today - timedelta(days=days), time(0)))
    until = to_utc_naive(datetime.combine(today + timedelta(days=1), time(0)))
    names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    by_username = dict(session.execute(select(Staff.username, Staff.display_name)).all())
    mine = and_(Case.spoc_id == staff_id, Case.status.in_(OPEN_STATUSES), Case.deleted.is_(False))
    contacts = session.execute(
        select(ContactLogEntry.at, ContactLogEntry.kind, ContactLogEntry.direction,
               ContactLogEntry.outcome, ContactLogEntry.summary, ContactLogEntry.staff_id,
               ContactLogEntry.updated_by, Case.id, Case.ref, Victim.first_name,
               Victim.last_name)
        .join(Case, Case.id == ContactLogEntry.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .where(mine, ContactLogEntry.deleted.is_(False), ContactLogEntry.at >= since,
               ContactLogEntry.at < until)
        .order_by(ContactLogEntry.at.desc())
        .limit(limit)
    ).all()
    events = session.execute(
        select(JourneyEvent.occurred_at, JourneyEvent.kind, JourneyEvent.details,
               JourneyEvent.recorded_by, Case.id, Case.ref, Victim.first_name, Victim.last_name)
        .join(Case, Case.id == JourneyEvent.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .where(mine, JourneyEvent.deleted.is_(False), JourneyEvent.occurred_at >= since,
               JourneyEvent.occurred_at < until)
        .order_by(JourneyEvent.occurred_at.desc())
        .limit(limit)
    ).all()
    items = []
    for (at, kind, direction, outcome, summary, who, updated_by, case_id, ref, first,
         last) in contacts:
        label = _CONTACT_KINDS.get(kind, kind.capitalize())
        how = ", ".join(p.replace("_", " ") for p in (direction, outcome) if p)
        what = label + (f" ({how})" if how else "") + (f": {summary}" if summary else "")
        by = names.get(who) or by_username.get(updated_by) or updated_by or ""
        items.append(ActivityItem(at, case_id, ref, _name(first, last), what, by))
    for at, kind, details, recorded_by, case_id, ref, first, last in events:
        what = event_label(kind) + (f": {details}" if details else "")
        by = by_username.get(recorded_by) or recorded_by or ""
        items.append(ActivityItem(at, case_id, ref, _name(first, last), what, by))
    items.sort(key=lambda i: i.at, reverse=True)
    return items[:limit]


def now_for(today: date) -> datetime | None:
    """The current moment when `today` is really today (hours left on the due day), else None."""
    now = utc_now()
    return now if uk_date(now) == today else None


def my_work(session: Session, staff_id: uuid.UUID, rulebook: Rulebook, today: date,
            now: datetime | None = None, *, activity: bool = True) -> MyWork:
    """Everything on My work today for one caseworker."""
    contacts = first_contacts(session, staff_id, rulebook, today, now)
    rule_ids = _first_contact_rule_ids(rulebook)
    skip = {(item.case_id, rule) for item in contacts for rule in rule_ids}
    return MyWork(
        as_of=today,
        first_contacts=contacts,
        obligations=obligations_due(session, staff_id, rulebook, today, now, skip),
        reassessments=reassessments_due(session, staff_id, rulebook, today),
        activity=recent_activity(session, staff_id, today) if activity else [],
    )


# --- Team caseloads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Caseload:
    staff_id: uuid.UUID | None  # None: the open cases nobody holds
    name: str
    username: str | None
    role: str | None
    active: bool
    open_cases: int = 0
    enhanced: int = 0
    awaiting_contact: int = 0
    overdue_obligations: int = 0
    reassessments_overdue: int = 0

    @property
    def can_take_cases(self) -> bool:
        return self.staff_id is not None and self.active and self.role == "caseworker"

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_obligations or self.reassessments_overdue)


def team_caseloads(session: Session, today: date) -> list[Caseload]:
    """Open cases, enhanced, awaiting first contact, overdue Code obligations and overdue
    reassessments per caseworker: every active caseworker, anyone else still holding open
    cases (a leaver, a supervisor), and the open cases nobody holds."""
    open_case = and_(Case.status != "closed", Case.deleted.is_(False))
    counts = {
        spoc: (n, enhanced or 0, new or 0, reassess or 0)
        for spoc, n, enhanced, new, reassess in session.execute(
            select(
                Case.spoc_id,
                func.count(),
                func.sum(case((Case.enhanced.is_(True), 1), else_=0)),
                func.sum(case((Case.status == "new", 1), else_=0)),
                func.sum(case((Case.next_reassessment_due < today, 1), else_=0)),
            )
            .where(open_case)
            .group_by(Case.spoc_id)
        )
    }
    overdue = dict(session.execute(
        select(Case.spoc_id, func.count())
        .select_from(Obligation)
        .join(Case, Case.id == Obligation.case_id)
        .where(Obligation.met_at.is_(None), Obligation.deleted.is_(False),
               Obligation.due < today, open_case)
        .group_by(Case.spoc_id)
    ).all())
    staff = session.execute(
        select(Staff.id, Staff.display_name, Staff.username, Staff.role, Staff.active)
        .where(Staff.deleted.is_(False))
    ).all()
    rows = []
    for staff_id, name, username, role, active in staff:
        held = counts.get(staff_id)
        if held is None and not (active and role == "caseworker"):
            continue
        n, enhanced, new, reassess = held or (0, 0, 0, 0)
        rows.append(Caseload(staff_id, name, username, role, bool(active), n, enhanced, new,
                             overdue.get(staff_id, 0), reassess))
    rows.sort(key=lambda r: r.name.casefold())
    if None in counts:
        n, enhanced, new, reassess = counts[None]
        rows.append(Caseload(None, "Nobody (unassigned)", None, None, True, n, enhanced, new,
                             overdue.get(None, 0), reassess))
    return rows


@dataclass(frozen=True)
class TeamCase:
    case_id: uuid.UUID
    ref: str
    victim_name: str
    status: str
    status_label: str
    enhanced: bool
    risk_level: str
    referred_at: datetime
    next_due: date | None
    overdue_obligations: int
    reassessment_overdue: bool

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_obligations or self.reassessment_overdue)


def caseworker_cases(session: Session, staff_id: uuid.UUID | None, today: date) -> list[TeamCase]:
    """One caseworker's open cases (None: the open cases nobody holds), the ones with overdue
    work first, then by the next deadline."""
    holder = Case.spoc_id.is_(None) if staff_id is None else Case.spoc_id == staff_id
    rows = session.execute(
        select(Case.id, Case.ref, Case.status, Case.enhanced, Case.risk_level, Case.referred_at,
               Case.next_reassessment_due, Victim.first_name, Victim.last_name)
        .join(Victim, Victim.id == Case.victim_id)
        .where(holder, Case.status.in_(OPEN_STATUSES), Case.deleted.is_(False))
    ).all()
    open_due: dict[uuid.UUID, tuple[date, int]] = {}
    for ids in _chunks([r.id for r in rows]):
        for case_id, first_due, late in session.execute(
            select(Obligation.case_id, func.min(Obligation.due),
                   func.sum(case((Obligation.due < today, 1), else_=0)))
            .where(Obligation.case_id.in_(ids), Obligation.met_at.is_(None),
                   Obligation.deleted.is_(False))
            .group_by(Obligation.case_id)
        ):
            open_due[case_id] = (first_due, late or 0)
    result = []
    for case_id, ref, status, enhanced, risk, referred_at, reassess, first, last in rows:
        ob_due, late = open_due.get(case_id, (None, 0))
        next_due = min((d for d in (ob_due, reassess) if d is not None), default=None)
        result.append(TeamCase(
            case_id=case_id, ref=ref, victim_name=_name(first, last), status=status,
            status_label=CASE_STATUSES.get(status, status).split(" — ")[0], enhanced=enhanced,
            risk_level=risk, referred_at=referred_at, next_due=next_due,
            overdue_obligations=late,
            reassessment_overdue=reassess is not None and reassess < today,
        ))
    result.sort(key=lambda r: (not r.overdue, r.next_due or date.max, r.ref))
    return result


def caseworkers_to_take_cases(session: Session) -> list[Staff]:
    """Active caseworkers, by name: who can be given cases."""
    return list(session.scalars(
        select(Staff)
        .where(Staff.role == "caseworker", Staff.active.is_(True), Staff.deleted.is_(False))
        .order_by(Staff.display_name)
    ))


# --- Bulk reassignment ---------------------------------------------------------------------------


@dataclass
class ReassignResult:
    moved: list[str] = field(default_factory=list)  # case refs
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (ref, why)
    to_name: str = ""


_UNCHECKED = object()


def reassign_cases(
    session: Session,
    case_ids: Iterable[uuid.UUID],
    to_staff_id: uuid.UUID,
    reason: str,
    *,
    by: str,
    from_staff_id: uuid.UUID | None | object = _UNCHECKED,
    at: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> ReassignResult:
    """Make `to_staff_id` the SPOC of these cases, one assignment each (history kept, with the
    reason and who did it). Does not commit: the caller commits once, so a bulk change happens
    whole or not at all.

    A closed case, or one that is no longer with `from_staff_id` (someone moved it meanwhile)
    or already with the new SPOC, is skipped and said why. `progress(done, total)` returning
    False stops the work: ReassignCancelled is raised and the caller rolls back.
    """
    reason = (reason or "").strip()
    if not reason:
        raise WorkloadError("Give a reason for the reassignment: it is kept on every case.")
    target = session.get(Staff, to_staff_id)
    if target is None or target.deleted:
        raise WorkloadError("The caseworker to reassign to is not in this store.")
    if not target.active:
        raise WorkloadError(f"{target.display_name} is no longer active and cannot take cases.")
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        raise WorkloadError("Choose the cases to reassign first.")
    at = at or utc_now()
    result = ReassignResult(to_name=target.display_name)
    cases: dict[uuid.UUID, Case] = {}
    for chunk in _chunks(ids):
        for found in session.scalars(select(Case).where(Case.id.in_(chunk))):
            cases[found.id] = found
    names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    total = len(ids)
    for done, case_id in enumerate(ids, start=1):
        found = cases.get(case_id)
        if found is None or found.deleted:
            result.skipped.append((str(case_id), "not in this store"))
        elif found.status == "closed":
            result.skipped.append((found.ref, "the case is closed"))
        elif found.spoc_id == to_staff_id:
            result.skipped.append((found.ref, f"already with {target.display_name}"))
        elif from_staff_id is not _UNCHECKED and found.spoc_id != from_staff_id:
            now_with = names.get(found.spoc_id, "nobody")
            result.skipped.append((found.ref, f"moved meanwhile: now with {now_with}"))
        else:
            assign_spoc(session, found, target, reason=reason, by=by, at=at)
            found.row_version += 1
            found.updated_by = by
            result.moved.append(found.ref)
        if progress is not None and (done % 25 == 0 or done == total):
            session.flush()
            if progress(done, total) is False:
                raise ReassignCancelled()
    session.flush()
    return result


def in_uk(moment: datetime) -> datetime:
    """A stored (naive UTC) moment as UK local time."""
    return moment.replace(tzinfo=UTC).astimezone(UK)
