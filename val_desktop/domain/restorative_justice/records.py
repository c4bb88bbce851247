"""The restorative justice records: the pathway and what is recorded on it.

A pathway is immutable; the step functions (`steps`) return new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..feedback import Satisfaction
from .stages import (
    ConsentMethod,
    InterventionKind,
    ItemStatus,
    OffenderService,
    OffenderStatus,
    OutcomeItemKind,
    Party,
    RJClosure,
    RJStage,
)

DEFAULT_RISK_VALID_DAYS = 90


@dataclass(frozen=True, kw_only=True)
class Risk:
    description: str
    management: str  # how the risk is managed


@dataclass(frozen=True, kw_only=True)
class RiskAssessment:
    """Suitability and risk assessment; a review is a new assessment with a later date."""

    assessed_on: date
    assessed_by: str
    suitable: bool
    risks: tuple[Risk, ...] = ()
    notes: str = ""


def is_current(
    assessment: RiskAssessment, on: date, valid_days: int = DEFAULT_RISK_VALID_DAYS
) -> bool:
    """True when the assessment was made or reviewed within `valid_days` calendar days before `on`."""
    return assessment.assessed_on <= on and (on - assessment.assessed_on).days <= valid_days


@dataclass(frozen=True, kw_only=True)
class Consent:
    party: Party
    given_on: date
    method: ConsentMethod
    taken_by: str  # the facilitator, or the offender manager who took it
    scope: frozenset[InterventionKind]  # the kinds of intervention consented to
    withdrawn_on: date | None = None
    withdrawal_reason: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True, kw_only=True)
class OffenderManager:
    service: OffenderService
    name: str
    organisation: str = ""  # e.g. the prison, probation office or youth offending team
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class OffenderContact:
    """A contact with the offender manager (never directly a case of ours)."""

    on: date
    by: str
    summary: str


@dataclass(frozen=True, kw_only=True)
class OffenderSide:
    reference: str = ""  # the offender manager's reference, so both sides mean the same person
    manager: OffenderManager | None = None
    status: OffenderStatus = OffenderStatus.NOT_KNOWN
    contacts: tuple[OffenderContact, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PreparationNote:
    party: Party
    on: date
    by: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Intervention:
    kind: InterventionKind
    on: date
    facilitator: str
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OutcomeItem:
    kind: OutcomeItemKind
    description: str
    due_on: date | None = None
    status: ItemStatus = ItemStatus.OPEN
    resolved_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class OutcomeAgreement:
    agreed_on: date
    items: tuple[OutcomeItem, ...]


@dataclass(frozen=True, kw_only=True)
class FollowUp:
    on: date
    by: str
    notes: str


@dataclass(frozen=True, kw_only=True)
class VictimEvaluation:
    """The victim's own evaluation of the RJ process. None means not answered."""

    on: date
    satisfaction: Satisfaction | None = None
    helped_cope_and_recover: bool | None = None
    would_recommend: bool | None = None
    comments: str = ""


@dataclass(frozen=True, kw_only=True)
class Closure:
    kind: RJClosure
    on: date
    reason: str = ""
    by: Party | None = None  # who withdrew, for a withdrawal


@dataclass(frozen=True)
class StageEntry:
    stage: RJStage
    entered_on: date


@dataclass(frozen=True, kw_only=True)
class RJPathway:
    """One RJ referral on a victim's case. `history` holds every stage entered, oldest first."""

    referred_on: date
    history: tuple[StageEntry, ...]
    referred_by: str = ""
    assessments: tuple[RiskAssessment, ...] = ()
    victim_consent: Consent | None = None
    offender_consent: Consent | None = None
    offender: OffenderSide = field(default_factory=OffenderSide)
    preparation: tuple[PreparationNote, ...] = ()
    interventions: tuple[Intervention, ...] = ()
    agreement: OutcomeAgreement | None = None
    follow_ups: tuple[FollowUp, ...] = ()
    evaluation: VictimEvaluation | None = None
    closure: Closure | None = None

    def __post_init__(self) -> None:
        if not self.history:
            raise ValueError("a pathway has at least the stage it was referred at")

    @property
    def stage(self) -> RJStage:
        return self.history[-1].stage

    @property
    def entered_on(self) -> date:
        """The day the current stage was entered."""
        return self.history[-1].entered_on

    @property
    def is_open(self) -> bool:
        return self.stage is not RJStage.CLOSED

    @property
    def latest_assessment(self) -> RiskAssessment | None:
        if not self.assessments:
            return None
        return max(self.assessments, key=lambda a: a.assessed_on)

    def consent_of(self, party: Party) -> Consent | None:
        return self.victim_consent if party is Party.VICTIM else self.offender_consent


def start_pathway(referred_on: date, *, referred_by: str = "", reference: str = "") -> RJPathway:
    """A new RJ referral at stage `referred`."""
    return RJPathway(
        referred_on=referred_on,
        referred_by=referred_by,
        history=(StageEntry(RJStage.REFERRED, referred_on),),
        offender=OffenderSide(reference=reference),
    )
