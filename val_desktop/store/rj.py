"""Restorative justice referrals: the domain's pathway, kept, advanced and listed (issue 4).

A referral's pathway is the domain's immutable `RJPathway` (stages, guards, the offender side
through an offender manager), kept whole as a JSON document (`encode_pathway`/`decode_pathway`)
with its current stage and the day it was entered in columns of their own for the register.

Every change goes through a domain step function (`rj_step(session, id, steps.record_victim_consent,
consent, ...)`): the domain refuses with its plain-words reasons (raised here as JourneyRefused,
nothing written) or returns the new pathway, which is stored. When a step closes the pathway
(completed, withdrawn, unsuitable) its outcome is a journey event (`rj_outcome`) recorded on the
case through cases.record_event, and the case's next needs reassessment is recomputed.

Functions take a Session, flush and never commit: the caller commits (one transaction).
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date
from ..domain.restorative_justice import (
    DEFAULT_STUCK_AFTER_DAYS,
    OPEN_STAGES,
    Party,
    RegisterRow,
    RJPathway,
    RJStage,
    TransitionRefused,
    describe_closure,
    next_step_needs,
    rj_outcome_event,
    rj_register,
    start_pathway,
    withdraw,
)
from .cases import Rulebook, record_event, refresh_reassessment
from .ids import new_id
from .journey_common import (
    JourneyRefused,
    bump,
    check_version,
    day_moment,
    fmt,
    live,
    live_case,
)
from .journey_models import RJReferral
from .models import Case, Staff, Victim

FORMAT = 1  # the version of the pathway document

# --- the pathway as a JSON document ----------------------------------------------------------


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_encode(v) for v in value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


@cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def _decode(kind, raw):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        (inner,) = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _decode(inner, raw)
    if origin is tuple:
        return tuple(_decode(typing.get_args(kind)[0], item) for item in raw)
    if origin is frozenset:
        return frozenset(_decode(typing.get_args(kind)[0], item) for item in raw)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{
            f.name: _decode(hints[f.name], raw[f.name])
            for f in dataclasses.fields(kind)
            if f.name in raw
        })
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(raw)
    if kind is date:
        return date.fromisoformat(raw)
    return raw


def encode_pathway(pathway: RJPathway) -> dict:
    """The pathway as a JSON-able document (dates ISO, vocabularies by value)."""
    return {"format": FORMAT, **_encode(pathway)}


def decode_pathway(document: Mapping) -> RJPathway:
    """The pathway back from its document (unknown keys are ignored, missing ones default)."""
    return _decode(RJPathway, {k: v for k, v in document.items() if k != "format"})


def _store_pathway(row: RJReferral, pathway: RJPathway) -> None:
    row.pathway = encode_pathway(pathway)
    row.stage = pathway.stage.value
    row.entered_on = pathway.entered_on
    row.closure = pathway.closure.kind.value if pathway.closure else None


# --- creating and advancing a referral -------------------------------------------------------


def create_rj_referral(
    session: Session,
    case_id: uuid.UUID,
    *,
    referred_on: date,
    user: str | None,
    referred_by: str = "",
    reference: str = "",
    facilitator_id: uuid.UUID | None = None,
    today: date | None = None,
) -> RJReferral:
    """A new RJ referral on a case, at stage 'referred'. One open referral per case at a time;
    `reference` is the offender manager's reference for the offender (never a case of ours)."""
    case = live_case(session, case_id)
    problems = []
    referred = uk_date(case.referred_at)
    if referred_on < referred:
        problems.append(
            f"The restorative justice referral ({fmt(referred_on)}) cannot be before the case "
            f"was referred to VAL ({fmt(referred)})"
        )
    if today is not None and referred_on > today:
        problems.append(f"The referral date ({fmt(referred_on)}) cannot be in the future")
    open_one = session.scalar(
        select(RJReferral.stage).where(
            RJReferral.case_id == case.id,
            RJReferral.deleted.is_(False),
            RJReferral.stage.in_([s.value for s in OPEN_STAGES]),
        ).limit(1)
    )
    if open_one is not None:
        problems.append(
            "This case already has an open restorative justice referral (at "
            f"'{RJStage(open_one).label}'): carry on with that one"
        )
    if facilitator_id is not None:
        live(session, Staff, facilitator_id, "member of staff")
    if problems:
        raise JourneyRefused(problems)
    pathway = start_pathway(referred_on, referred_by=referred_by.strip(), reference=reference.strip())
    row = RJReferral(
        id=new_id(),
        case_id=case.id,
        referred_on=referred_on,
        facilitator_id=facilitator_id,
        updated_by=user,
    )
    _store_pathway(row, pathway)
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class RJStepDone:
    referral: RJReferral
    pathway: RJPathway
    outcome_event_id: uuid.UUID | None  # the rj_outcome journey event, when the step closed it


def rj_pathway(session: Session, referral_id: uuid.UUID) -> RJPathway:
    return decode_pathway(live(session, RJReferral, referral_id, "restorative justice referral").pathway)


def rj_step(
    session: Session,
    referral_id: uuid.UUID,
    step: Callable[..., RJPathway],
    *args,
    user: str | None,
    rulebook: Rulebook,
    expected_version: int | None = None,
    now: datetime | None = None,
    **kwargs,
) -> RJStepDone:
    """Apply a domain step function (restorative_justice.record_risk_assessment,
    record_victim_consent, set_offender_manager, ..., close_completed, withdraw) to the referral's
    pathway with `args`/`kwargs`, and keep the result.

    The domain's refusal becomes JourneyRefused with its reasons (nothing written). A step that
    closes the pathway records the RJ outcome journey event on the case and recomputes its next
    needs reassessment."""
    row = live(session, RJReferral, referral_id, "restorative justice referral")
    check_version(row, expected_version, "restorative justice referral")
    before = decode_pathway(row.pathway)
    try:
        after = step(before, *args, **kwargs)
    except TransitionRefused as refused:
        raise JourneyRefused(refused.reasons) from None
    if after == before:
        return RJStepDone(row, after, None)
    _store_pathway(row, after)
    bump(row, user)
    event_id = None
    outcome = rj_outcome_event(after)
    if outcome is not None and before.closure is None:
        kind, on = outcome
        case = live_case(session, row.case_id)
        event = record_event(
            session, case, kind, day_moment(on, now), rulebook, user=user,
            details=f"Restorative justice: {describe_closure(after)}",
        )
        event_id = event.id
        session.flush()
        due = case.next_reassessment_due
        refresh_reassessment(session, case, rulebook)
        if case.next_reassessment_due != due:
            bump(case, user)
    session.flush()
    return RJStepDone(row, after, event_id)


def withdraw_rj(
    session: Session,
    referral_id: uuid.UUID,
    by: Party,
    on: date,
    reason: str,
    *,
    user: str | None,
    rulebook: Rulebook,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> RJStepDone:
    """Either party withdraws, at any open stage, with the reason they gave (RJ is voluntary)."""
    return rj_step(session, referral_id, withdraw, by, on, reason, user=user, rulebook=rulebook,
                   expected_version=expected_version, now=now)


def set_rj_facilitator(
    session: Session,
    referral_id: uuid.UUID,
    facilitator_id: uuid.UUID | None,
    *,
    user: str | None,
    expected_version: int | None = None,
) -> RJReferral:
    row = live(session, RJReferral, referral_id, "restorative justice referral")
    check_version(row, expected_version, "restorative justice referral")
    if facilitator_id is not None:
        live(session, Staff, facilitator_id, "member of staff")
    row.facilitator_id = facilitator_id
    bump(row, user)
    session.flush()
    return row


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RJReferralView:
    id: uuid.UUID
    case_id: uuid.UUID
    row_version: int
    pathway: RJPathway
    facilitator_id: uuid.UUID | None
    facilitator_name: str | None
    next_steps: tuple[str, ...]  # domain next_step_needs, in words
    closure_text: str  # "Withdrawn by the offender on 3 Nov 2026: moved prison"; "" while open

    @property
    def stage(self) -> RJStage:
        return self.pathway.stage

    @property
    def is_open(self) -> bool:
        return self.pathway.is_open


def _view(row: RJReferral, name: str | None, today: date) -> RJReferralView:
    pathway = decode_pathway(row.pathway)
    return RJReferralView(
        id=row.id, case_id=row.case_id, row_version=row.row_version, pathway=pathway,
        facilitator_id=row.facilitator_id, facilitator_name=name,
        next_steps=tuple(next_step_needs(pathway, today)), closure_text=describe_closure(pathway),
    )


def load_rj_referral(session: Session, referral_id: uuid.UUID, today: date) -> RJReferralView:
    row = live(session, RJReferral, referral_id, "restorative justice referral")
    name = session.scalar(select(Staff.display_name).where(Staff.id == row.facilitator_id))
    return _view(row, name, today)


def case_rj_referrals(session: Session, case_id: uuid.UUID, today: date) -> list[RJReferralView]:
    """The case's RJ referrals, the newest first (the open one, if any, is the newest)."""
    rows = session.execute(
        select(RJReferral, Staff.display_name)
        .outerjoin(Staff, Staff.id == RJReferral.facilitator_id)
        .where(RJReferral.case_id == case_id, RJReferral.deleted.is_(False))
        .order_by(RJReferral.referred_on.desc(), RJReferral.updated_at.desc())
    ).all()
    return [_view(row, name, today) for row, name in rows]


# --- the register ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RJRegisterEntry:
    referral_id: uuid.UUID
    case_id: uuid.UUID
    case_ref: str
    victim_name: str
    stage: RJStage
    entered_on: date
    referred_on: date
    closure: str | None
    facilitator: str | None  # display name
    facilitator_username: str | None
    days_at_stage: int
    stuck_limit_days: int | None  # the stage's limit, when it has one (open stages)
    stuck: bool


@dataclass(frozen=True)
class RJRegisterView:
    counts: Mapping[RJStage, int]  # every stage in pathway order, zeros included
    entries: tuple[RJRegisterEntry, ...]  # stuck first (longest over its limit), then by stage
    stuck: tuple[RJRegisterEntry, ...]

    @property
    def open_count(self) -> int:
        return sum(n for stage, n in self.counts.items() if stage is not RJStage.CLOSED)


_STAGE_ORDER = {stage: n for n, stage in enumerate(RJStage)}


def rj_register_view(
    session: Session,
    as_of: date,
    *,
    facilitator_id: uuid.UUID | None = None,
    open_only: bool = False,
    stuck_after: Mapping[RJStage, int] = DEFAULT_STUCK_AFTER_DAYS,
) -> RJRegisterView:
    """The RJ register for the caseworkers who facilitate: counts by stage and the referrals
    stuck at a stage longer than its limit (domain rj_register), from the indexed columns only."""
    query = (
        select(RJReferral.id, RJReferral.case_id, RJReferral.stage, RJReferral.entered_on,
               RJReferral.referred_on, RJReferral.closure, Case.ref, Victim.first_name,
               Victim.last_name, Staff.display_name, Staff.username)
        .join(Case, Case.id == RJReferral.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == RJReferral.facilitator_id)
        .where(RJReferral.deleted.is_(False), Case.deleted.is_(False))
    )
    if facilitator_id is not None:
        query = query.where(RJReferral.facilitator_id == facilitator_id)
    if open_only:
        query = query.where(RJReferral.stage != RJStage.CLOSED.value)
    rows = session.execute(query).all()
    register = rj_register(
        (RegisterRow(str(r.id), RJStage(r.stage), r.entered_on) for r in rows), as_of, stuck_after
    )
    stuck_ids = {s.referral_id: n for n, s in enumerate(register.stuck)}
    entries = []
    for r in rows:
        stage = RJStage(r.stage)
        limit = stuck_after.get(stage) if stage is not RJStage.CLOSED else None
        entries.append(RJRegisterEntry(
            referral_id=r.id, case_id=r.case_id, case_ref=r.ref,
            victim_name=f"{r.first_name} {r.last_name}", stage=stage, entered_on=r.entered_on,
            referred_on=r.referred_on, closure=r.closure, facilitator=r.display_name,
            facilitator_username=r.username, days_at_stage=(as_of - r.entered_on).days,
            stuck_limit_days=limit, stuck=str(r.id) in stuck_ids,
        ))
    entries.sort(key=lambda e: (
        stuck_ids.get(str(e.referral_id), len(stuck_ids)), _STAGE_ORDER[e.stage], e.entered_on,
        e.case_ref))
    stuck = tuple(e for e in entries if e.stuck)
    return RJRegisterView(counts=register.counts, entries=tuple(entries), stuck=stuck)


def rj_register_rows(
    session: Session,
    as_of: date,
    *,
    open_only: bool = False,
    facilitator: str | None = None,
) -> list[dict]:
    """The register as rows for `valctl rj register` (keys are part of the contract)."""
    facilitator_id = None
    if facilitator is not None:
        facilitator_id = session.scalar(select(Staff.id).where(Staff.username == facilitator))
        if facilitator_id is None:
            return []
    view = rj_register_view(session, as_of, facilitator_id=facilitator_id, open_only=open_only)
    documents = dict(session.execute(
        select(RJReferral.id, RJReferral.pathway).where(
            RJReferral.id.in_([e.referral_id for e in view.entries]))
    ).all()) if view.entries else {}
    rows = []
    for e in view.entries:
        pathway = decode_pathway(documents[e.referral_id])
        steps = next_step_needs(pathway, as_of)
        rows.append({
            "case_ref": e.case_ref,
            "stage": e.stage.value,
            "stage_label": e.stage.label,
            "entered_on": e.entered_on.isoformat(),
            "days_at_stage": e.days_at_stage,
            "stuck": e.stuck,
            "stuck_limit_days": e.stuck_limit_days,
            "referred_on": e.referred_on.isoformat(),
            "closure": e.closure,
            "closure_text": describe_closure(pathway) or None,
            "facilitator": e.facilitator_username,
            "next_step": steps[0] if steps else None,
            "referral_id": e.referral_id.hex,
        })
    return rows
