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

Modules: stages (vocabularies and the transition table), records (the pathway and what is recorded
on it), guards (`blockers`), steps (the step functions and `TransitionRefused`), guidance
(`next_step_needs`, the outcome event), register (the RJ register).
"""

from __future__ import annotations

from .guards import (
    blockers,
)
from .guidance import (
    RJ_OUTCOME_EVENT,
    describe_closure,
    next_step_needs,
    rj_outcome_event,
)
from .records import (
    DEFAULT_RISK_VALID_DAYS,
    Closure,
    Consent,
    FollowUp,
    Intervention,
    OffenderContact,
    OffenderManager,
    OffenderSide,
    OutcomeAgreement,
    OutcomeItem,
    PreparationNote,
    Risk,
    RiskAssessment,
    RJPathway,
    StageEntry,
    VictimEvaluation,
    is_current,
    start_pathway,
)
from .register import (
    DEFAULT_STUCK_AFTER_DAYS,
    RegisterRow,
    RJRegister,
    StuckReferral,
    register_row,
    rj_register,
)
from .stages import (
    CLOSABLE_FROM,
    OPEN_STAGES,
    TRANSITIONS,
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
from .steps import (
    TransitionRefused,
    add_preparation_note,
    agree_outcome,
    close_completed,
    close_unsuitable,
    log_offender_contact,
    record_evaluation,
    record_follow_up,
    record_intervention,
    record_offender_consent,
    record_risk_assessment,
    record_victim_consent,
    resolve_outcome_item,
    set_offender_manager,
    set_offender_status,
    start_preparation,
    withdraw,
)

__all__ = [
    "CLOSABLE_FROM",
    "Closure",
    "Consent",
    "ConsentMethod",
    "DEFAULT_RISK_VALID_DAYS",
    "DEFAULT_STUCK_AFTER_DAYS",
    "FollowUp",
    "Intervention",
    "InterventionKind",
    "ItemStatus",
    "OPEN_STAGES",
    "OffenderContact",
    "OffenderManager",
    "OffenderService",
    "OffenderSide",
    "OffenderStatus",
    "OutcomeAgreement",
    "OutcomeItem",
    "OutcomeItemKind",
    "Party",
    "PreparationNote",
    "RJClosure",
    "RJPathway",
    "RJRegister",
    "RJStage",
    "RJ_OUTCOME_EVENT",
    "RegisterRow",
    "Risk",
    "RiskAssessment",
    "StageEntry",
    "StuckReferral",
    "TRANSITIONS",
    "TransitionRefused",
    "VictimEvaluation",
    "add_preparation_note",
    "agree_outcome",
    "blockers",
    "close_completed",
    "close_unsuitable",
    "describe_closure",
    "is_current",
    "log_offender_contact",
    "next_step_needs",
    "record_evaluation",
    "record_follow_up",
    "record_intervention",
    "record_offender_consent",
    "record_risk_assessment",
    "record_victim_consent",
    "register_row",
    "resolve_outcome_item",
    "rj_outcome_event",
    "rj_register",
    "set_offender_manager",
    "set_offender_status",
    "start_pathway",
    "start_preparation",
    "withdraw",
]
