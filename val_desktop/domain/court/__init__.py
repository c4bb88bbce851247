"""Witness Care: prosecutions, court milestones, witness needs and the court diary (issue 4).

- A `Prosecution` (court, defendant reference, charges in words) links to one or more victims'
  cases; several victims and witnesses can share one prosecution.
- A `Milestone` records what happened (`occurred_on`) and when Witness Care received the information
  (`received_on`); the victim update it owes runs from `received_on`, per the rules table, for every
  linked case (standard or enhanced): `milestone_obligations`. Each kind maps to a journey event kind
  (`MILESTONE_JOURNEY_KIND`), which decides the rules-table trigger and whether a needs reassessment
  is due (`triggers_reassessment`).
- `check_milestone` holds the sanity rules, in words: a trial date cannot precede the charge; a
  verdict needs a trial or a plea; a sentence needs a conviction; an adjourned hearing needs the new
  date or 'date to be fixed'; and a few more of the same kind.
- `WitnessNeeds`: special measures (Youth Justice and Criminal Evidence Act 1999 ss.23-30), pre-trial
  visit, Witness Service referral, interpreter, expenses, whether the victim must give evidence, and
  the Victim Personal Statement.
- The court diary selects, from plain data, the hearings in the next 14 days and the victim updates
  due today and overdue.

Modules: milestones (kinds, prosecutions, the updates owed), milestone_checks (the sanity rules),
witness_needs, diary (the court diary).
"""

from __future__ import annotations

from .diary import (
    DIARY_DAYS,
    CourtDiary,
    DiaryHearing,
    Hearing,
    OwedUpdate,
    court_diary,
    current_hearings,
    hearings_ahead,
    updates_due_today,
    updates_overdue,
)
from .milestone_checks import (
    check_milestone,
)
from .milestones import (
    AFTER_CHARGE,
    CONVICTING_RESULTS,
    INVESTIGATION_STEPS,
    LISTINGS,
    MILESTONE_JOURNEY_KIND,
    CaseObligation,
    CourtResult,
    LinkedCase,
    Milestone,
    MilestoneKind,
    Prosecution,
    journey_event,
    milestone_obligations,
    prosecution_problems,
    triggers_reassessment,
)
from .witness_needs import (
    MeasureStatus,
    Offer,
    OfferStatus,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    VPSUse,
    WitnessNeeds,
    witness_needs_problems,
    witness_next_steps,
)

__all__ = [
    "AFTER_CHARGE",
    "CONVICTING_RESULTS",
    "CaseObligation",
    "CourtDiary",
    "CourtResult",
    "DIARY_DAYS",
    "DiaryHearing",
    "Hearing",
    "INVESTIGATION_STEPS",
    "LISTINGS",
    "LinkedCase",
    "MILESTONE_JOURNEY_KIND",
    "MeasureStatus",
    "Milestone",
    "MilestoneKind",
    "Offer",
    "OfferStatus",
    "OwedUpdate",
    "Prosecution",
    "SpecialMeasure",
    "SpecialMeasureRequest",
    "VPSUse",
    "VictimPersonalStatement",
    "WitnessNeeds",
    "check_milestone",
    "court_diary",
    "current_hearings",
    "hearings_ahead",
    "journey_event",
    "milestone_obligations",
    "prosecution_problems",
    "triggers_reassessment",
    "updates_due_today",
    "updates_overdue",
    "witness_needs_problems",
    "witness_next_steps",
]
