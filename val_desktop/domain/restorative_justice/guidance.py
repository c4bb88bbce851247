"""What to do next on a restorative justice pathway, and its outcome as a journey event."""

from __future__ import annotations

from datetime import date

from .records import DEFAULT_RISK_VALID_DAYS, RJPathway, is_current
from .stages import InterventionKind, ItemStatus, Party, RJClosure, RJStage, _fmt

RJ_OUTCOME_EVENT = "rj_outcome"  # journey.EVENT_KINDS


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
