"""Needs assessments, the support plan they lead to, and when the next reassessment is due.

The Needs tab of the case view reads and writes through these functions (no SQL in the UI).
An assessment scores all ten need domains (domain.needs.NEED_DOMAINS, 0 none … 3 severe) with
notes; saving one moves a case that was still being contacted or assessed to "supported",
makes the case's risk level the assessment's, and recomputes the case's next reassessment date
(store.cases.refresh_reassessment), which clears a due or overdue reminder.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date, utc_now
from ..domain.needs import (
    NEED_DOMAINS,
    reassessment_status,
    validate_scores,
)
from ..domain.vocabulary import RISK_LEVELS
from .cases import Rulebook, reassessment_due, refresh_reassessment
from .ids import new_id
from .models import (
    Case,
    NeedsAssessment,
    NeedScore,
    ServiceProvider,
    Staff,
    SupportPlanAction,
)

# A case still on its way to support moves to "supported" once its needs are assessed.
MOVES_TO_SUPPORTED = frozenset({"new", "contacting", "assessing"})
MAX_NOTES = 4000
MAX_ACTION = 2000


class AssessmentError(ValueError):
    """What is wrong with an assessment or an action, in words for the caseworker."""


class StaleEdit(AssessmentError):
    """Someone else changed the record since it was read."""


# -- reading ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Assessment:
    id: uuid.UUID
    assessed_at: datetime  # naive UTC, as stored
    assessed_on: date  # the UK day
    assessed_by: str | None  # user name
    assessed_by_name: str | None
    risk_level: str
    notes: str | None
    scores: dict[str, int]
    score_notes: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.scores.values())


def _names_by_username(session: Session, usernames) -> dict[str, str]:
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    return dict(session.execute(
        select(Staff.username, Staff.display_name).where(Staff.username.in_(wanted))
    ).all())


def list_assessments(session: Session, case_id: uuid.UUID) -> list[Assessment]:
    """The case's assessments, oldest first, each with its ten scores and notes."""
    rows = session.scalars(
        select(NeedsAssessment)
        .where(NeedsAssessment.case_id == case_id, NeedsAssessment.deleted.is_(False))
        .order_by(NeedsAssessment.assessed_at, NeedsAssessment.id)
    ).all()
    if not rows:
        return []
    scores: dict[uuid.UUID, dict[str, int]] = {a.id: {} for a in rows}
    notes: dict[uuid.UUID, dict[str, str]] = {a.id: {} for a in rows}
    for assessment_id, domain, score, note in session.execute(
        select(NeedScore.assessment_id, NeedScore.domain, NeedScore.score, NeedScore.notes).where(
            NeedScore.assessment_id.in_(scores), NeedScore.deleted.is_(False)
        )
    ):
        scores[assessment_id][domain] = score
        if note:
            notes[assessment_id][domain] = note
    names = _names_by_username(session, (a.assessed_by for a in rows))
    return [
        Assessment(
            id=a.id,
            assessed_at=a.assessed_at,
            assessed_on=uk_date(a.assessed_at),
            assessed_by=a.assessed_by,
            assessed_by_name=names.get(a.assessed_by, a.assessed_by),
            risk_level=a.risk_level,
            notes=a.notes,
            scores=scores[a.id],
            score_notes=notes[a.id],
        )
        for a in rows
    ]


@dataclass(frozen=True)
class ReassessmentInfo:
    """When the case's next (re)assessment is due, why, and whether that is now."""

    due: date | None
    reason: str
    status: str | None  # domain.needs DUE / OVERDUE / NOT_DUE; None when nothing is due
    days: int | None = None  # days until due (negative: days overdue)


def reassessment_info(
    session: Session, case_id: uuid.UUID, rulebook: Rulebook, today: date
) -> ReassessmentInfo:
    case = _case(session, case_id)
    if case.status == "closed":
        return ReassessmentInfo(None, "The case is closed: no reassessment is due.", None)
    due = case.next_reassessment_due
    computed = reassessment_due(session, case, rulebook)
    if due is None:
        due = computed.due
    if computed.due == due:
        reason = computed.reason[:1].upper() + computed.reason[1:]
    else:
        reason = (f"Set on the case; by the current rules it would be {computed.due:%d %b %Y} "
                  f"({computed.reason}).")
    return ReassessmentInfo(
        due, reason, reassessment_status(due, today, rulebook.schedule), (due - today).days
    )


# -- recording an assessment ------------------------------------------------------------------
def _case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise AssessmentError("This case no longer exists.")
    return case


def _bump(row, by: str | None) -> None:
    row.row_version = (row.row_version or 0) + 1
    row.updated_by = by
    row.updated_at = utc_now()


def record_assessment(
    session: Session,
    case_id: uuid.UUID,
    scores: Mapping[str, int],
    *,
    risk_level: str,
    by: str | None,
    rulebook: Rulebook,
    assessed_at: datetime | None = None,
    notes: str | None = None,
    score_notes: Mapping[str, str] | None = None,
) -> NeedsAssessment:
    """Save a needs assessment of all ten domains and bring the case up to date with it.

    Raises AssessmentError (nothing written) when the scores are incomplete or out of range,
    the risk level is unknown, the date is before the referral or the case is closed.
    """
    problems = validate_scores(scores)
    if problems:
        raise AssessmentError("; ".join(p[:1].upper() + p[1:] for p in problems) + ".")
    if risk_level not in RISK_LEVELS:
        raise AssessmentError("Choose a risk level: standard, medium or high.")
    notes = (notes or "").strip() or None
    if notes and len(notes) > MAX_NOTES:
        raise AssessmentError(f"The notes are too long ({MAX_NOTES} characters at most).")
    score_notes = {d: (t or "").strip() for d, t in (score_notes or {}).items()}
    unknown = set(score_notes) - NEED_DOMAINS.keys()
    if unknown:
        raise AssessmentError(f"Unknown need domain {sorted(unknown)[0]!r}.")
    case = _case(session, case_id)
    if case.status == "closed":
        raise AssessmentError("This case is closed: reopen it before assessing needs.")
    assessed_at = assessed_at or utc_now()
    if uk_date(assessed_at) < uk_date(case.referred_at):
        raise AssessmentError(
            f"The assessment cannot be before the referral ({uk_date(case.referred_at):%d %b %Y})."
        )
    assessment = NeedsAssessment(
        id=new_id(),
        case_id=case.id,
        assessed_at=assessed_at,
        assessed_by=by,
        risk_level=risk_level,
        notes=notes,
        updated_by=by,
    )
    session.add(assessment)
    for domain in NEED_DOMAINS:
        session.add(
            NeedScore(
                assessment_id=assessment.id,
                domain=domain,
                score=scores[domain],
                notes=score_notes.get(domain) or None,
                updated_by=by,
            )
        )
    session.flush()
    if case.status in MOVES_TO_SUPPORTED:
        case.status = "supported"
    case.risk_level = risk_level
    refresh_reassessment(session, case, rulebook)
    _bump(case, by)
    session.flush()
    return assessment


# -- the support plan -------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanAction:
    id: uuid.UUID
    domain: str
    action: str
    owner_id: uuid.UUID | None
    owner_name: str | None
    provider_id: uuid.UUID | None
    provider_name: str | None
    due: date | None
    done_at: datetime | None
    assessment_id: uuid.UUID | None
    row_version: int

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def list_actions(session: Session, case_id: uuid.UUID) -> list[PlanAction]:
    """The case's support plan: open actions first (soonest due first), then the done ones."""
    owner = select(Staff.id, Staff.display_name).subquery()
    rows = session.execute(
        select(SupportPlanAction, owner.c.display_name, ServiceProvider.name)
        .outerjoin(owner, owner.c.id == SupportPlanAction.owner_id)
        .outerjoin(ServiceProvider, ServiceProvider.id == SupportPlanAction.provider_id)
        .where(SupportPlanAction.case_id == case_id, SupportPlanAction.deleted.is_(False))
    ).all()
    actions = [
        PlanAction(
            id=a.id, domain=a.domain, action=a.action, owner_id=a.owner_id, owner_name=owner_name,
            provider_id=a.provider_id, provider_name=provider_name, due=a.due, done_at=a.done_at,
            assessment_id=a.assessment_id, row_version=a.row_version,
        )
        for a, owner_name, provider_name in rows
    ]
    open_ = sorted((a for a in actions if not a.done),
                   key=lambda a: (a.due or date.max, a.domain, a.action))
    done = sorted((a for a in actions if a.done), key=lambda a: a.done_at, reverse=True)
    return open_ + done


def _check_action_fields(session: Session, domain, action, owner_id, due, provider_id) -> str:
    if domain not in NEED_DOMAINS:
        raise AssessmentError("Choose the need this action is for.")
    action = (action or "").strip()
    if not action:
        raise AssessmentError("Describe the action.")
    if len(action) > MAX_ACTION:
        raise AssessmentError(f"The action is too long ({MAX_ACTION} characters at most).")
    if owner_id is None:
        raise AssessmentError("Choose who owns this action.")
    owner = session.get(Staff, owner_id)
    if owner is None or owner.deleted:
        raise AssessmentError("The chosen owner is not a member of staff.")
    if due is None:
        raise AssessmentError("Give a due date.")
    if provider_id is not None:
        provider = session.get(ServiceProvider, provider_id)
        if provider is None or provider.deleted:
            raise AssessmentError("The chosen service is not in the directory.")
    return action


def add_action(
    session: Session,
    case_id: uuid.UUID,
    *,
    domain: str,
    action: str,
    owner_id: uuid.UUID,
    due: date,
    by: str | None,
    provider_id: uuid.UUID | None = None,
    assessment_id: uuid.UUID | None = None,
) -> SupportPlanAction:
    """A support plan action for one need; it belongs to the latest assessment unless told."""
    case = _case(session, case_id)
    action = _check_action_fields(session, domain, action, owner_id, due, provider_id)
    if assessment_id is None:
        assessment_id = session.scalar(
            select(NeedsAssessment.id)
            .where(NeedsAssessment.case_id == case.id, NeedsAssessment.deleted.is_(False))
            .order_by(NeedsAssessment.assessed_at.desc())
            .limit(1)
        )
    row = SupportPlanAction(
        id=new_id(), case_id=case.id, assessment_id=assessment_id, domain=domain,
        action=action, owner_id=owner_id, provider_id=provider_id, due=due, updated_by=by,
    )
    session.add(row)
    session.flush()
    return row


def _action(session: Session, action_id: uuid.UUID, expected_version: int | None):
    row = session.get(SupportPlanAction, action_id)
    if row is None or row.deleted:
        raise AssessmentError("This action has been removed.")
    if expected_version is not None and row.row_version != expected_version:
        raise StaleEdit(
            "Someone else changed this action while you were editing it. "
            "Close this window to see their change, then make yours again."
        )
    return row


def update_action(
    session: Session,
    action_id: uuid.UUID,
    *,
    domain: str,
    action: str,
    owner_id: uuid.UUID,
    due: date,
    by: str | None,
    provider_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> SupportPlanAction:
    row = _action(session, action_id, expected_version)
    action = _check_action_fields(session, domain, action, owner_id, due, provider_id)
    row.domain, row.action, row.owner_id, row.due, row.provider_id = (
        domain, action, owner_id, due, provider_id)
    _bump(row, by)
    session.flush()
    return row


def mark_action_done(
    session: Session,
    action_id: uuid.UUID,
    *,
    by: str | None,
    done: bool = True,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> SupportPlanAction:
    """Mark an action done (now, or `at`), or back to not done with done=False."""
    row = _action(session, action_id, expected_version)
    row.done_at = (at or utc_now()) if done else None
    _bump(row, by)
    session.flush()
    return row


def remove_action(
    session: Session, action_id: uuid.UUID, *, by: str | None,
    expected_version: int | None = None,
) -> None:
    """Take an action out of the plan (a tombstone, never a hard delete)."""
    row = _action(session, action_id, expected_version)
    row.deleted = True
    _bump(row, by)
    session.flush()


# -- choices for the dialogs ------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label: str
    suggested: bool = False


def owner_choices(session: Session) -> list[Choice]:
    """Who can own an action: active caseworkers, supervisors and Witness Care officers."""
    rows = session.execute(
        select(Staff.id, Staff.display_name)
        .where(Staff.active.is_(True), Staff.deleted.is_(False),
               Staff.role.in_(("caseworker", "supervisor", "witness_care")))
        .order_by(Staff.display_name)
    ).all()
    return [Choice(i, name) for i, name in rows]


def provider_choices(session: Session, domain: str | None = None) -> list[Choice]:
    """The service directory's active providers; those that meet `domain` come first."""
    rows = session.execute(
        select(ServiceProvider.id, ServiceProvider.name, ServiceProvider.category,
               ServiceProvider.need_domains)
        .where(ServiceProvider.deleted.is_(False), ServiceProvider.active.is_(True))
        .order_by(ServiceProvider.name)
    ).all()
    choices = [Choice(i, f"{name} ({category})", bool(domain and domain in (domains or [])))
               for i, name, category, domains in rows]
    return sorted(choices, key=lambda c: not c.suggested)


# -- everything the Needs tab shows, in one read ----------------------------------------------
@dataclass(frozen=True)
class NeedsView:
    case_id: uuid.UUID
    status: str
    risk_level: str
    referred_on: date
    spoc_id: uuid.UUID | None
    assessments: list[Assessment]
    actions: list[PlanAction]
    reassessment: ReassessmentInfo

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @property
    def latest(self) -> Assessment | None:
        return self.assessments[-1] if self.assessments else None


def load_needs(session: Session, case_id: uuid.UUID, rulebook: Rulebook, today: date) -> NeedsView:
    case = _case(session, case_id)
    return NeedsView(
        case_id=case.id,
        status=case.status,
        risk_level=case.risk_level,
        referred_on=uk_date(case.referred_at),
        spoc_id=case.spoc_id,
        assessments=list_assessments(session, case.id),
        actions=list_actions(session, case.id),
        reassessment=reassessment_info(session, case.id, rulebook, today),
    )
