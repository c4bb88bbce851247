"""Why a restorative justice pathway cannot move: the guards behind `blockers()`.

`blockers()` gives the reasons in plain words without attempting anything, so the UI can explain a
greyed button; the step functions (`steps`) refuse with the same reasons.
"""

from __future__ import annotations

from datetime import date

from .records import DEFAULT_RISK_VALID_DAYS, RJPathway, is_current
from .stages import (
    CLOSABLE_FROM,
    TRANSITIONS,
    InterventionKind,
    ItemStatus,
    Party,
    RJClosure,
    RJStage,
    _fmt,
)


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
