"""The restorative justice (RJ) pathway as a state machine (DESIGN section 2; issue 4).

referred -> suitability_assessed -> victim_consented -> offender_consented -> preparation ->
intervention -> outcome_agreed -> follow_up -> closed (completed / withdrawn / unsuitable).

- The allowed moves are data: `TRANSITIONS` (forward moves) and `CLOSABLE_FROM` (which stages each
  kind of closure may leave). An intervention without an agreement may go straight to follow-up.
- A pathway is immutable. Each step function (`record_risk_assessment`, `record_victim_consent`, ...)
  returns a new pathway or raises `TransitionRefused` whose `reasons` are plain words for the screen.
  `blockers()` gives the same reasons without attempting anything, so the UI can explain a greyed
  button; `next_step_needs()` says what to do next.
- RJ is voluntary: either party may withdraw at any open stage (`withdraw`, with a reason); their
  consent is then marked withdrawn and the pathway closes as withdrawn.
- No intervention without both consents, preparation with both parties and a suitable latest risk
  assessment; no direct conference unless that assessment is *current* (made or reviewed within
  `risk_valid_days`, default 90 calendar days, of the conference) and both parties consented to
  meeting.
- The offender is reached through an offender manager (probation, prison or youth offending team):
  the pathway records the manager, the contacts and the offender's status, never an offender case.
- The pathway's closure is the RJ outcome, a journey event (`rj_outcome_event`) that triggers a needs
  reassessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from .feedback import Satisfaction

DEFAULT_RISK_VALID_DAYS = 90
RJ_OUTCOME_EVENT = "rj_outcome"  # journey.EVENT_KINDS


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


# --- vocabularies --------------------------------------------------------------------------------


class RJStage(StrEnum):
    REFERRED = "referred"
    SUITABILITY_ASSESSED = "suitability_assessed"
    VICTIM_CONSENTED = "victim_consented"
    OFFENDER_CONSENTED = "offender_consented"
    PREPARATION = "preparation"
    INTERVENTION = "intervention"
    OUTCOME_AGREED = "outcome_agreed"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    RJStage.REFERRED: "Referred",
    RJStage.SUITABILITY_ASSESSED: "Suitability and risk assessed",
    RJStage.VICTIM_CONSENTED: "Victim consented",
    RJStage.OFFENDER_CONSENTED: "Offender consented",
    RJStage.PREPARATION: "Preparation",
    RJStage.INTERVENTION: "Intervention",
    RJStage.OUTCOME_AGREED: "Outcome agreed",
    RJStage.FOLLOW_UP: "Follow-up",
    RJStage.CLOSED: "Closed",
}

OPEN_STAGES: frozenset[RJStage] = frozenset(s for s in RJStage if s is not RJStage.CLOSED)


class RJClosure(StrEnum):
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    UNSUITABLE = "unsuitable"

    @property
    def label(self) -> str:
        return {"completed": "Completed", "withdrawn": "Withdrawn", "unsuitable": "Unsuitable"}[
            self.value
        ]


class Party(StrEnum):
    VICTIM = "victim"
    OFFENDER = "offender"

    @property
    def label(self) -> str:
        return "the victim" if self is Party.VICTIM else "the offender"


class InterventionKind(StrEnum):
    DIRECT_CONFERENCE = "direct_conference"
    INDIRECT_SHUTTLE = "indirect_shuttle"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _INTERVENTION_LABELS[self]

    @property
    def with_article(self) -> str:
        return ("an " if self.label[0] in "aeiou" else "a ") + self.label


_INTERVENTION_LABELS = {
    InterventionKind.DIRECT_CONFERENCE: "direct conference",
    InterventionKind.INDIRECT_SHUTTLE: "indirect (shuttle) communication",
    InterventionKind.LETTER: "letter of explanation or apology",
}


class ConsentMethod(StrEnum):
    IN_PERSON = "in_person"
    TELEPHONE = "telephone"
    VIDEO_CALL = "video_call"
    IN_WRITING = "in_writing"
    THROUGH_OFFENDER_MANAGER = "through_offender_manager"


class OffenderService(StrEnum):
    PROBATION = "probation"
    PRISON = "prison"
    YOUTH_OFFENDING_TEAM = "youth_offending_team"

    @property
    def label(self) -> str:
        return {
            "probation": "Probation Service",
            "prison": "Prison",
            "youth_offending_team": "Youth offending team",
        }[self.value]


class OffenderStatus(StrEnum):
    """Where the offender is in the justice system, as their offender manager reports it."""

    NOT_KNOWN = "not_known"
    AWAITING_SENTENCE = "awaiting_sentence"
    IN_CUSTODY = "in_custody"
    ON_LICENCE = "on_licence"
    COMMUNITY_SENTENCE = "community_sentence"
    YOUTH_SENTENCE = "youth_sentence"
    SENTENCE_COMPLETED = "sentence_completed"


class OutcomeItemKind(StrEnum):
    APOLOGY = "apology"
    REPARATION = "reparation"
    COMMUNITY_WORK = "community_work"
    OTHER = "other"


class ItemStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    NOT_COMPLETED = "not_completed"


# --- the transition table -----------------------------------------------------------------------

_S = RJStage
TRANSITIONS: Mapping[RJStage, frozenset[RJStage]] = MappingProxyType(
    {
        _S.REFERRED: frozenset({_S.SUITABILITY_ASSESSED}),
        _S.SUITABILITY_ASSESSED: frozenset({_S.VICTIM_CONSENTED}),
        _S.VICTIM_CONSENTED: frozenset({_S.OFFENDER_CONSENTED}),
        _S.OFFENDER_CONSENTED: frozenset({_S.PREPARATION}),
        _S.PREPARATION: frozenset({_S.INTERVENTION}),
        _S.INTERVENTION: frozenset({_S.OUTCOME_AGREED, _S.FOLLOW_UP}),
        _S.OUTCOME_AGREED: frozenset({_S.FOLLOW_UP}),
        _S.FOLLOW_UP: frozenset(),
        _S.CLOSED: frozenset(),
    }
)

CLOSABLE_FROM: Mapping[RJClosure, frozenset[RJStage]] = MappingProxyType(
    {
        RJClosure.COMPLETED: frozenset({_S.FOLLOW_UP}),
        RJClosure.WITHDRAWN: OPEN_STAGES,
        # Unsuitability can emerge until the intervention; after it, the case is completed or
        # withdrawn.
        RJClosure.UNSUITABLE: frozenset(
            {
                _S.REFERRED,
                _S.SUITABILITY_ASSESSED,
                _S.VICTIM_CONSENTED,
                _S.OFFENDER_CONSENTED,
                _S.PREPARATION,
            }
        ),
    }
)


class TransitionRefused(Exception):
    """A step was refused; `reasons` are plain words for the caseworker."""

    def __init__(self, reasons: str | Iterable[str]):
        self.reasons: tuple[str, ...] = (reasons,) if isinstance(reasons, str) else tuple(reasons)
        super().__init__("; ".join(self.reasons))


# --- records ------------------------------------------------------------------------------------


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


# --- guards -------------------------------------------------------------------------------------


def _closed_reason(pathway: RJPathway) -> str:
    closure = pathway.closure
    kind = closure.kind.label.lower() if closure else "closed"
    on = f" on {_fmt(closure.on)}" if closure else ""
    return f"The pathway is closed ({kind}{on}): nothing more can be recorded on it"


def _date_problem(pathway: RJPathway, on: date) -> list[str]:
    if on < pathway.entered_on:
        return [
            f"The date {_fmt(on)} is before the pathway reached "
            f"'{pathway.stage.label}' on {_fmt(pathway.entered_on)}"
        ]
    return []


def _assessment_guard(pathway: RJPathway) -> list[str]:
    latest = pathway.latest_assessment
    if latest is None:
        return ["No suitability and risk assessment is recorded"]
    if not latest.suitable:
        return [
            f"The latest risk assessment ({_fmt(latest.assessed_on)}) found restorative justice "
            "unsuitable: review it or close the pathway as unsuitable"
        ]
    return []


def _consents_guard(pathway: RJPathway) -> list[str]:
    problems = []
    for party in Party:
        consent = pathway.consent_of(party)
        if consent is None:
            problems.append(f"No consent from {party.label} is recorded")
        elif not consent.active:
            problems.append(f"{party.label.capitalize()} has withdrawn consent")
    return problems


def _intervention_guards(
    pathway: RJPathway, on: date, kind: InterventionKind | None, risk_valid_days: int
) -> list[str]:
    problems = _assessment_guard(pathway) + _consents_guard(pathway)
    for party in Party:
        if not any(note.party is party for note in pathway.preparation):
            problems.append(f"No preparation with {party.label} is recorded")
    if kind is None:
        return problems
    for party in Party:
        consent = pathway.consent_of(party)
        if consent is not None and consent.active and kind not in consent.scope:
            agreed = ", ".join(k.label for k in InterventionKind if k in consent.scope)
            problems.append(
                f"{party.label.capitalize()} has not consented to {kind.with_article} "
                f"(consented to: {agreed or 'nothing recorded'})"
            )
    latest = pathway.latest_assessment
    if (
        kind is InterventionKind.DIRECT_CONFERENCE
        and latest is not None
        and latest.suitable
        and not is_current(latest, on, risk_valid_days)
    ):
        age = (on - latest.assessed_on).days
        problems.append(
            f"The risk assessment of {_fmt(latest.assessed_on)} is {age} days old on {_fmt(on)}: "
            f"a direct conference needs one made or reviewed within {risk_valid_days} days"
        )
    return problems


def _stage_guards(
    pathway: RJPathway,
    to: RJStage | RJClosure,
    on: date,
    kind: InterventionKind | None,
    risk_valid_days: int,
) -> list[str]:
    match to:
        case RJStage.VICTIM_CONSENTED:
            return _assessment_guard(pathway)
        case RJStage.OFFENDER_CONSENTED:
            problems = _assessment_guard(pathway)
            if pathway.offender.manager is None:
                problems.append(
                    "Record the offender manager (probation, prison or youth offending team) "
                    "first: the offender's consent is taken through them"
                )
            return problems
        case RJStage.PREPARATION:
            return _assessment_guard(pathway) + _consents_guard(pathway)
        case RJStage.INTERVENTION:
            return _intervention_guards(pathway, on, kind, risk_valid_days)
        case RJClosure.COMPLETED:
            if pathway.agreement is None:
                return []
            return [
                f"Outcome item '{item.description}' is still open: mark it completed or not "
                "completed"
                for item in pathway.agreement.items
                if item.status is ItemStatus.OPEN
            ]
    return []


def blockers(
    pathway: RJPathway,
    to: RJStage | RJClosure,
    on: date,
    *,
    intervention_kind: InterventionKind | None = None,
    risk_valid_days: int = DEFAULT_RISK_VALID_DAYS,
) -> list[str]:
    """Why the pathway cannot move to `to` (a stage, or a kind of closure) on `on`; empty if it can.

    Records still to be supplied (a consent, an agreement's items, a reason) are checked by the step
    functions; this covers the state: the transition table, the dates and the guards.
    """
    if not pathway.is_open:
        return [_closed_reason(pathway)]
    current = pathway.stage
    if isinstance(to, RJClosure):
        if current not in CLOSABLE_FROM[to]:
            return [
                f"A pathway at '{current.label}' cannot be closed as {to.label.lower()}"
                + (
                    ": it closes as completed after the follow-up"
                    if to is RJClosure.COMPLETED
                    else ": the intervention has taken place"
                )
            ]
    elif to not in TRANSITIONS[current]:
        onward = " or ".join(f"'{s.label}'" for s in RJStage if s in TRANSITIONS[current])
        return [
            f"A pathway at '{current.label}' cannot move to '{to.label}'"
            + (f"; its next stage is {onward}" if onward else "")
        ]
    return _date_problem(pathway, on) + _stage_guards(
        pathway, to, on, intervention_kind, risk_valid_days
    )


def _refuse_if(problems: list[str]) -> None:
    if problems:
        raise TransitionRefused(problems)


def _move(pathway: RJPathway, to: RJStage, on: date, **changes) -> RJPathway:
    return replace(pathway, history=(*pathway.history, StageEntry(to, on)), **changes)


def _require_open(pathway: RJPathway) -> None:
    if not pathway.is_open:
        raise TransitionRefused(_closed_reason(pathway))


def _require_stage(pathway: RJPathway, stages: Iterable[RJStage], doing: str) -> None:
    _require_open(pathway)
    stages = tuple(stages)
    if pathway.stage not in stages:
        allowed = " or ".join(f"'{s.label}'" for s in stages)
        raise TransitionRefused(
            f"{doing} can only be recorded at {allowed}; this pathway is at '{pathway.stage.label}'"
        )


# --- steps --------------------------------------------------------------------------------------


def record_risk_assessment(pathway: RJPathway, assessment: RiskAssessment) -> RJPathway:
    """Record a suitability and risk assessment, or a review of it, at any open stage.

    At `referred`, a suitable assessment moves the pathway to `suitability_assessed`; an unsuitable
    one is kept and the pathway waits to be closed as unsuitable. Later it is a review: the stage
    does not change, but an unsuitable review blocks every move forward.
    """
    _require_open(pathway)
    problems = []
    if assessment.assessed_on < pathway.referred_on:
        problems.append(
            f"The assessment ({_fmt(assessment.assessed_on)}) cannot be before the referral "
            f"({_fmt(pathway.referred_on)})"
        )
    latest = pathway.latest_assessment
    if latest is not None and assessment.assessed_on < latest.assessed_on:
        problems.append(
            f"A review ({_fmt(assessment.assessed_on)}) cannot be before the assessment it "
            f"reviews ({_fmt(latest.assessed_on)})"
        )
    if not assessment.assessed_by.strip():
        problems.append("Record who made the assessment")
    for number, risk in enumerate(assessment.risks, start=1):
        name = risk.description.strip()
        if not name:
            problems.append(f"Risk {number} has no description")
        elif not risk.management.strip():
            problems.append(f"Risk '{name}': record how it is managed")
    if not assessment.suitable and not assessment.notes.strip():
        problems.append("Say why restorative justice is unsuitable")
    _refuse_if(problems)
    assessments = (*pathway.assessments, assessment)
    if pathway.stage is RJStage.REFERRED and assessment.suitable:
        return _move(
            pathway, RJStage.SUITABILITY_ASSESSED, assessment.assessed_on, assessments=assessments
        )
    return replace(pathway, assessments=assessments)


def _consent_problems(consent: Consent, party: Party) -> list[str]:
    problems = []
    if consent.party is not party:
        problems.append(f"This is the consent of {consent.party.label}, not of {party.label}")
    if not consent.taken_by.strip():
        problems.append("Record who took the consent")
    if not consent.scope:
        problems.append(
            "Record what the consent covers: direct conference, indirect (shuttle) "
            "communication, letter"
        )
    if consent.withdrawn_on is not None:
        problems.append("A consent being recorded cannot already be withdrawn: record a withdrawal")
    if party is Party.VICTIM and consent.method is ConsentMethod.THROUGH_OFFENDER_MANAGER:
        problems.append("The victim's consent is never taken through an offender manager")
    return problems


def record_victim_consent(pathway: RJPathway, consent: Consent) -> RJPathway:
    """suitability_assessed -> victim_consented."""
    _refuse_if(
        blockers(pathway, RJStage.VICTIM_CONSENTED, consent.given_on)
        + _consent_problems(consent, Party.VICTIM)
    )
    return _move(pathway, RJStage.VICTIM_CONSENTED, consent.given_on, victim_consent=consent)


def record_offender_consent(pathway: RJPathway, consent: Consent) -> RJPathway:
    """victim_consented -> offender_consented; needs the offender manager on record."""
    _refuse_if(
        blockers(pathway, RJStage.OFFENDER_CONSENTED, consent.given_on)
        + _consent_problems(consent, Party.OFFENDER)
    )
    return _move(pathway, RJStage.OFFENDER_CONSENTED, consent.given_on, offender_consent=consent)


def set_offender_manager(pathway: RJPathway, manager: OffenderManager) -> RJPathway:
    """Record (or change) the offender manager at any open stage."""
    _require_open(pathway)
    if not manager.name.strip():
        raise TransitionRefused("Record the offender manager's name")
    return replace(pathway, offender=replace(pathway.offender, manager=manager))


def set_offender_status(pathway: RJPathway, status: OffenderStatus) -> RJPathway:
    _require_open(pathway)
    return replace(pathway, offender=replace(pathway.offender, status=status))


def log_offender_contact(pathway: RJPathway, contact: OffenderContact) -> RJPathway:
    """A contact with the offender manager, at any open stage."""
    _require_open(pathway)
    problems = []
    if pathway.offender.manager is None:
        problems.append("Record the offender manager before logging contacts with them")
    if contact.on < pathway.referred_on:
        problems.append("A contact cannot be before the referral")
    if not contact.summary.strip():
        problems.append("Say what the contact was about")
    _refuse_if(problems)
    offender = pathway.offender
    return replace(pathway, offender=replace(offender, contacts=(*offender.contacts, contact)))


def start_preparation(pathway: RJPathway, on: date) -> RJPathway:
    """offender_consented -> preparation."""
    _refuse_if(blockers(pathway, RJStage.PREPARATION, on))
    return _move(pathway, RJStage.PREPARATION, on)


def add_preparation_note(pathway: RJPathway, note: PreparationNote) -> RJPathway:
    """Preparation with one party; at preparation, or between interventions."""
    _require_stage(pathway, (RJStage.PREPARATION, RJStage.INTERVENTION), "Preparation")
    problems = _date_problem(pathway, note.on)
    if not note.text.strip():
        problems.append("The preparation note is empty")
    _refuse_if(problems)
    return replace(pathway, preparation=(*pathway.preparation, note))


def record_intervention(
    pathway: RJPathway,
    intervention: Intervention,
    *,
    risk_valid_days: int = DEFAULT_RISK_VALID_DAYS,
) -> RJPathway:
    """preparation -> intervention; further interventions (e.g. shuttle rounds) at intervention."""
    if pathway.is_open and pathway.stage is RJStage.INTERVENTION:
        problems = _date_problem(pathway, intervention.on) + _intervention_guards(
            pathway, intervention.on, intervention.kind, risk_valid_days
        )
    else:
        problems = blockers(
            pathway,
            RJStage.INTERVENTION,
            intervention.on,
            intervention_kind=intervention.kind,
            risk_valid_days=risk_valid_days,
        )
    if pathway.is_open and not intervention.facilitator.strip():
        problems.append("Record the facilitator")
    _refuse_if(problems)
    interventions = (*pathway.interventions, intervention)
    if pathway.stage is RJStage.INTERVENTION:
        return replace(pathway, interventions=interventions)
    return _move(pathway, RJStage.INTERVENTION, intervention.on, interventions=interventions)


def agree_outcome(pathway: RJPathway, agreement: OutcomeAgreement) -> RJPathway:
    """intervention -> outcome_agreed, with at least one item, each open when agreed."""
    problems = blockers(pathway, RJStage.OUTCOME_AGREED, agreement.agreed_on)
    if pathway.is_open:
        if not agreement.items:
            problems.append(
                "An outcome agreement needs at least one item (apology, reparation, community "
                "work, other); with nothing agreed, go to follow-up"
            )
        for number, item in enumerate(agreement.items, start=1):
            if not item.description.strip():
                problems.append(f"Outcome item {number} has no description")
            if item.status is not ItemStatus.OPEN:
                problems.append(f"Outcome item {number} is agreed open, then tracked")
            if item.due_on is not None and item.due_on < agreement.agreed_on:
                problems.append(f"Outcome item {number} cannot be due before it was agreed")
    _refuse_if(problems)
    return _move(pathway, RJStage.OUTCOME_AGREED, agreement.agreed_on, agreement=agreement)


def resolve_outcome_item(
    pathway: RJPathway, index: int, completed: bool, on: date, note: str = ""
) -> RJPathway:
    """Mark agreement item `index` (0-based) completed or not completed."""
    _require_stage(pathway, (RJStage.OUTCOME_AGREED, RJStage.FOLLOW_UP), "An outcome item")
    agreement = pathway.agreement
    if agreement is None or not 0 <= index < len(agreement.items):
        raise TransitionRefused("There is no such outcome item")
    item = agreement.items[index]
    problems = []
    if item.status is not ItemStatus.OPEN:
        problems.append(
            f"Outcome item '{item.description}' is already {item.status.value.replace('_', ' ')}"
        )
    if on < agreement.agreed_on:
        problems.append(
            f"An outcome item cannot be resolved before it was agreed ({_fmt(agreement.agreed_on)})"
        )
    if not completed and not note.strip():
        problems.append("Say why the item was not completed")
    _refuse_if(problems)
    status = ItemStatus.COMPLETED if completed else ItemStatus.NOT_COMPLETED
    items = list(agreement.items)
    items[index] = replace(item, status=status, resolved_on=on, note=note)
    return replace(pathway, agreement=replace(agreement, items=tuple(items)))


def record_follow_up(pathway: RJPathway, follow_up: FollowUp) -> RJPathway:
    """outcome_agreed (or intervention, with nothing agreed) -> follow_up; more at follow_up."""
    if pathway.is_open and pathway.stage is RJStage.FOLLOW_UP:
        problems = _date_problem(pathway, follow_up.on)
    else:
        problems = blockers(pathway, RJStage.FOLLOW_UP, follow_up.on)
    if pathway.is_open and not follow_up.notes.strip():
        problems.append("The follow-up note is empty")
    _refuse_if(problems)
    follow_ups = (*pathway.follow_ups, follow_up)
    if pathway.stage is RJStage.FOLLOW_UP:
        return replace(pathway, follow_ups=follow_ups)
    return _move(pathway, RJStage.FOLLOW_UP, follow_up.on, follow_ups=follow_ups)


def record_evaluation(pathway: RJPathway, evaluation: VictimEvaluation) -> RJPathway:
    """The victim's own evaluation: at follow-up, or after closing as completed."""
    closed_completed = pathway.closure is not None and pathway.closure.kind is RJClosure.COMPLETED
    if not closed_completed:
        _require_stage(pathway, (RJStage.FOLLOW_UP,), "The victim's evaluation")
    problems = []
    first = pathway.history[-1] if not closed_completed else pathway.history[-2]
    if evaluation.on < first.entered_on:
        problems.append(
            f"The evaluation cannot be before the follow-up began ({_fmt(first.entered_on)})"
        )
    if pathway.evaluation is not None:
        problems.append("The victim's evaluation is already recorded")
    _refuse_if(problems)
    return replace(pathway, evaluation=evaluation)


def close_completed(pathway: RJPathway, on: date) -> RJPathway:
    """follow_up -> closed (completed); every outcome item must be completed or not completed."""
    _refuse_if(blockers(pathway, RJClosure.COMPLETED, on))
    return _move(pathway, RJStage.CLOSED, on, closure=Closure(kind=RJClosure.COMPLETED, on=on))


def withdraw(pathway: RJPathway, by: Party, on: date, reason: str) -> RJPathway:
    """Either party withdraws, at any open stage: their consent (if given) is marked withdrawn."""
    problems = blockers(pathway, RJClosure.WITHDRAWN, on)
    if pathway.is_open and not reason.strip():
        problems.append(f"A withdrawal needs the reason {by.label} gave")
    _refuse_if(problems)
    changes = {}
    consent = pathway.consent_of(by)
    if consent is not None and consent.active:
        withdrawn = replace(consent, withdrawn_on=on, withdrawal_reason=reason)
        changes["victim_consent" if by is Party.VICTIM else "offender_consent"] = withdrawn
    closure = Closure(kind=RJClosure.WITHDRAWN, on=on, reason=reason, by=by)
    return _move(pathway, RJStage.CLOSED, on, closure=closure, **changes)


def close_unsuitable(pathway: RJPathway, on: date, reason: str) -> RJPathway:
    """Close as unsuitable, before the intervention, with the reason."""
    problems = blockers(pathway, RJClosure.UNSUITABLE, on)
    if pathway.is_open and not reason.strip():
        problems.append("Say why restorative justice is unsuitable")
    _refuse_if(problems)
    closure = Closure(kind=RJClosure.UNSUITABLE, on=on, reason=reason)
    return _move(pathway, RJStage.CLOSED, on, closure=closure)


# --- what next, and the outcome event ------------------------------------------------------------


def next_step_needs(
    pathway: RJPathway,
    as_of: date | None = None,
    *,
    risk_valid_days: int = DEFAULT_RISK_VALID_DAYS,
) -> list[str]:
    """What the caseworker should do next, in plain words; empty for a closed pathway
    (except a missing evaluation after completion)."""
    if not pathway.is_open:
        if (
            pathway.closure
            and pathway.closure.kind is RJClosure.COMPLETED
            and (pathway.evaluation is None)
        ):
            return ["Record the victim's own evaluation, if they wish to give one"]
        return []
    latest = pathway.latest_assessment
    if latest is not None and not latest.suitable:
        return [
            "The latest risk assessment found restorative justice unsuitable: review the "
            "assessment or close the pathway as unsuitable, with the reason"
        ]
    steps: list[str] = []
    stage = pathway.stage
    if stage is RJStage.REFERRED:
        steps.append("Assess suitability and risk: record each risk and how it is managed")
    elif stage is RJStage.SUITABILITY_ASSESSED:
        steps.append("Record the victim's consent: who took it, how, when, and to what")
    elif stage is RJStage.VICTIM_CONSENTED:
        if pathway.offender.manager is None:
            steps.append("Record the offender manager (probation, prison or youth offending team)")
        steps.append("Record the offender's consent through their offender manager")
    elif stage is RJStage.OFFENDER_CONSENTED:
        steps.append("Start preparation with both parties")
    elif stage is RJStage.PREPARATION:
        for party in Party:
            if not any(note.party is party for note in pathway.preparation):
                steps.append(f"Record preparation with {party.label}")
        both_direct = all(
            (c := pathway.consent_of(p)) is not None
            and InterventionKind.DIRECT_CONFERENCE in c.scope
            for p in Party
        )
        if (
            both_direct
            and as_of is not None
            and latest is not None
            and not is_current(latest, as_of, risk_valid_days)
        ):
            steps.append(
                f"Review the risk assessment (last on {_fmt(latest.assessed_on)}): a direct "
                f"conference needs one made or reviewed within {risk_valid_days} days"
            )
        steps.append(
            "Record the intervention: direct conference, indirect (shuttle) communication, or "
            "letter of explanation or apology"
        )
    elif stage is RJStage.INTERVENTION:
        steps.append(
            "Record the outcome agreement (apology, reparation, community work, other), or the "
            "follow-up with the victim if nothing was agreed"
        )
    elif stage is RJStage.OUTCOME_AGREED:
        steps.extend(_open_item_steps(pathway))
        steps.append("Record the follow-up with the victim")
    elif stage is RJStage.FOLLOW_UP:
        steps.extend(_open_item_steps(pathway))
        if pathway.evaluation is None:
            steps.append("Record the victim's own evaluation, if they wish to give one")
        steps.append("Close the pathway as completed")
    return steps


def _open_item_steps(pathway: RJPathway) -> list[str]:
    if pathway.agreement is None:
        return []
    return [
        f"Track outcome item '{item.description}': completed or not"
        for item in pathway.agreement.items
        if item.status is ItemStatus.OPEN
    ]


def rj_outcome_event(pathway: RJPathway) -> tuple[str, date] | None:
    """The journey event ('rj_outcome', closure day) once the pathway is closed, however it closed;
    it triggers a needs reassessment (needs.ReassessmentSchedule)."""
    if pathway.closure is None:
        return None
    return (RJ_OUTCOME_EVENT, pathway.closure.on)


def describe_closure(pathway: RJPathway) -> str:
    """'Withdrawn by the offender on 3 Nov 2026: moved prison'; '' while open."""
    closure = pathway.closure
    if closure is None:
        return ""
    text = closure.kind.label
    if closure.by is not None:
        text += f" by {closure.by.label}"
    text += f" on {_fmt(closure.on)}"
    if closure.reason.strip():
        text += f": {closure.reason.strip()}"
    return text


# --- the RJ register ----------------------------------------------------------------------------

# Calendar days a referral may sit at a stage before the register calls it stuck. Editable.
DEFAULT_STUCK_AFTER_DAYS: Mapping[RJStage, int] = MappingProxyType(
    {
        _S.REFERRED: 14,
        _S.SUITABILITY_ASSESSED: 28,
        _S.VICTIM_CONSENTED: 28,
        _S.OFFENDER_CONSENTED: 14,
        _S.PREPARATION: 56,
        _S.INTERVENTION: 28,
        _S.OUTCOME_AGREED: 90,
        _S.FOLLOW_UP: 28,
    }
)


@dataclass(frozen=True)
class RegisterRow:
    referral_id: str
    stage: RJStage
    entered_on: date


def register_row(referral_id: str, pathway: RJPathway) -> RegisterRow:
    return RegisterRow(referral_id, pathway.stage, pathway.entered_on)


@dataclass(frozen=True)
class StuckReferral:
    referral_id: str
    stage: RJStage
    entered_on: date
    days_at_stage: int
    limit_days: int


@dataclass(frozen=True)
class RJRegister:
    counts: Mapping[RJStage, int]  # every stage, in pathway order, zeros included
    stuck: tuple[StuckReferral, ...]  # longest over its limit first


def rj_register(
    rows: Iterable[RegisterRow],
    as_of: date,
    stuck_after: Mapping[RJStage, int] = DEFAULT_STUCK_AFTER_DAYS,
) -> RJRegister:
    """Counts by stage, and the open referrals at a stage for longer than its limit (calendar days
    strictly more than the limit). A stage without a limit is never stuck; closed never is."""
    counts = dict.fromkeys(RJStage, 0)
    stuck = []
    for row in rows:
        counts[row.stage] += 1
        limit = stuck_after.get(row.stage)
        if row.stage is RJStage.CLOSED or limit is None:
            continue
        days = (as_of - row.entered_on).days
        if days > limit:
            stuck.append(StuckReferral(row.referral_id, row.stage, row.entered_on, days, limit))
    stuck.sort(key=lambda s: (-(s.days_at_stage - s.limit_days), s.referral_id))
    return RJRegister(counts=MappingProxyType(counts), stuck=tuple(stuck))
