"""The restorative justice step functions: each returns a new pathway or raises `TransitionRefused`.

RJ is voluntary: either party may withdraw at any open stage (`withdraw`, with a reason).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from .guards import _closed_reason, _date_problem, _intervention_guards, blockers
from .records import (
    DEFAULT_RISK_VALID_DAYS,
    Closure,
    Consent,
    FollowUp,
    Intervention,
    OffenderContact,
    OffenderManager,
    OutcomeAgreement,
    PreparationNote,
    RiskAssessment,
    RJPathway,
    StageEntry,
    VictimEvaluation,
)
from .stages import ConsentMethod, ItemStatus, OffenderStatus, Party, RJClosure, RJStage, _fmt


class TransitionRefused(Exception):
    """A step was refused; `reasons` are plain words for the caseworker."""

    def __init__(self, reasons: str | Iterable[str]):
        self.reasons: tuple[str, ...] = (reasons,) if isinstance(reasons, str) else tuple(reasons)
        super().__init__("; ".join(self.reasons))


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
