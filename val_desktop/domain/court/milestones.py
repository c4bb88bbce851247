"""Court milestones on a prosecution, and the victim updates and reassessments they call for.

A `Milestone` records what happened (`occurred_on`) and when Witness Care received the information
(`received_on`); each kind maps to a journey event kind (`MILESTONE_JOURNEY_KIND`), which decides the
rules-table trigger (`milestone_obligations`) and whether a needs reassessment is due
(`triggers_reassessment`). A `Prosecution` links to one or more victims' cases.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, time
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from ..journey import trigger_for
from ..needs import ReassessmentSchedule
from ..rules import ObligationDue, Rule, obligations_for_event


class MilestoneKind(StrEnum):
    # investigation steps
    ARREST = "arrest"
    INTERVIEW = "interview"
    RELEASE = "release"
    POLICE_BAIL = "police_bail"
    RELEASED_UNDER_INVESTIGATION = "released_under_investigation"
    NO_INVESTIGATION = "no_investigation"
    # decisions
    CHARGE = "charge"
    NO_FURTHER_ACTION = "no_further_action"
    OUT_OF_COURT_DISPOSAL = "out_of_court_disposal"
    DISCONTINUED = "discontinued"  # the CPS stops the case after charge
    # court
    FIRST_HEARING_LISTED = "first_hearing_listed"
    PLEA = "plea"
    TRIAL_DATE_LISTED = "trial_date_listed"
    TRIAL = "trial"
    HEARING_ADJOURNED = "hearing_adjourned"  # adjourned or vacated
    BAIL_OUTCOME = "bail_outcome"
    WARRANT = "warrant"
    VERDICT = "verdict"
    SENTENCE = "sentence"
    APPEAL = "appeal"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_K = MilestoneKind
_KIND_LABELS = {
    _K.ARREST: "Suspect arrested",
    _K.INTERVIEW: "Suspect interviewed",
    _K.RELEASE: "Suspect released",
    _K.POLICE_BAIL: "Suspect on police bail",
    _K.RELEASED_UNDER_INVESTIGATION: "Released under investigation",
    _K.NO_INVESTIGATION: "Decision not to investigate",
    _K.CHARGE: "Charge (or summons)",
    _K.NO_FURTHER_ACTION: "No further action",
    _K.OUT_OF_COURT_DISPOSAL: "Out-of-court disposal",
    _K.DISCONTINUED: "Case discontinued",
    _K.FIRST_HEARING_LISTED: "First hearing listed",
    _K.PLEA: "Plea",
    _K.TRIAL_DATE_LISTED: "Trial date listed",
    _K.TRIAL: "Trial",
    _K.HEARING_ADJOURNED: "Hearing adjourned or vacated",
    _K.BAIL_OUTCOME: "Court bail outcome",
    _K.WARRANT: "Warrant issued",
    _K.VERDICT: "Verdict",
    _K.SENTENCE: "Sentence",
    _K.APPEAL: "Appeal",
}

# Each milestone kind as a journey event kind (journey.EVENT_KINDS), or None when it owes no update of
# its own. A plea is the court's outcome at that hearing (a guilty plea is a conviction): it is told
# like a verdict. Discontinuance is a decision to stop the case: it is told like no further action.
# The trial itself owes nothing: its date was told when it was listed, its outcome comes as a verdict.
MILESTONE_JOURNEY_KIND: Mapping[MilestoneKind, str | None] = MappingProxyType(
    {
        _K.ARREST: "arrest",
        _K.INTERVIEW: "interview",
        _K.RELEASE: "release",
        _K.POLICE_BAIL: "police_bail",
        _K.RELEASED_UNDER_INVESTIGATION: "released_under_investigation",
        _K.NO_INVESTIGATION: "no_investigation",
        _K.CHARGE: "charge",
        _K.NO_FURTHER_ACTION: "no_further_action",
        _K.OUT_OF_COURT_DISPOSAL: "out_of_court_disposal",
        _K.DISCONTINUED: "no_further_action",
        _K.FIRST_HEARING_LISTED: "first_hearing_listed",
        _K.PLEA: "verdict",
        _K.TRIAL_DATE_LISTED: "trial_date_listed",
        _K.TRIAL: None,
        _K.HEARING_ADJOURNED: "hearing_adjourned",
        _K.BAIL_OUTCOME: "bail_outcome",
        _K.WARRANT: "warrant",
        _K.VERDICT: "verdict",
        _K.SENTENCE: "sentence",
        _K.APPEAL: "appeal",
    }
)

INVESTIGATION_STEPS: frozenset[MilestoneKind] = frozenset(
    {
        _K.ARREST,
        _K.INTERVIEW,
        _K.RELEASE,
        _K.POLICE_BAIL,
        _K.RELEASED_UNDER_INVESTIGATION,
        _K.NO_INVESTIGATION,
    }
)
LISTINGS: frozenset[MilestoneKind] = frozenset({_K.FIRST_HEARING_LISTED, _K.TRIAL_DATE_LISTED})
# Milestones that only exist once there is a charge (or summons) on the prosecution.
AFTER_CHARGE: frozenset[MilestoneKind] = frozenset(
    {
        _K.DISCONTINUED,
        _K.FIRST_HEARING_LISTED,
        _K.PLEA,
        _K.TRIAL_DATE_LISTED,
        _K.TRIAL,
        _K.HEARING_ADJOURNED,
        _K.BAIL_OUTCOME,
        _K.WARRANT,
        _K.VERDICT,
        _K.SENTENCE,
        _K.APPEAL,
    }
)


class CourtResult(StrEnum):
    """A plea or a verdict, across the charges."""

    GUILTY = "guilty"
    NOT_GUILTY = "not_guilty"
    MIXED = "mixed"  # guilty of some charges, not of others

    @property
    def label(self) -> str:
        return {"guilty": "Guilty", "not_guilty": "Not guilty", "mixed": "Guilty of some charges"}[
            self.value
        ]


CONVICTING_RESULTS = frozenset({CourtResult.GUILTY, CourtResult.MIXED})


@dataclass(frozen=True, kw_only=True)
class Milestone:
    """One court milestone on a prosecution. Fields beyond the dates apply to some kinds only."""

    kind: MilestoneKind
    occurred_on: date  # the day it happened or was decided
    received_on: date  # the day Witness Care received the information: the Code clock starts
    hearing_on: date | None = None  # listings: the day of the hearing
    hearing_time: time | None = None
    venue: str = ""  # listings: where, when not the prosecution's court
    result: CourtResult | None = None  # plea and verdict
    previous_date: date | None = None  # adjournment: the hearing date that was lost (kept)
    new_date: date | None = None  # adjournment: the new date ...
    date_to_be_fixed: bool = False  # ... or 'date to be fixed'
    vacated: bool = False  # adjournment: the date was vacated before the day
    reason: str = ""  # adjournment: why; other kinds: optional
    details: str = ""  # in words: bail conditions, the sentence, the appeal ...

    @property
    def journey_kind(self) -> str | None:
        return MILESTONE_JOURNEY_KIND[self.kind]


class LinkedCase(NamedTuple):
    case_id: str
    enhanced: bool


@dataclass(frozen=True, kw_only=True)
class Prosecution:
    id: str
    defendant_ref: str
    court: str = ""
    charges: tuple[str, ...] = ()  # in words
    linked: tuple[LinkedCase, ...] = ()

    @property
    def case_ids(self) -> tuple[str, ...]:
        return tuple(link.case_id for link in self.linked)

    def link(self, case_id: str, enhanced: bool) -> Prosecution:
        """A copy with one more linked case; a case links once."""
        if case_id in self.case_ids:
            raise ValueError(f"case {case_id} is already linked to this prosecution")
        return replace(self, linked=(*self.linked, LinkedCase(case_id, enhanced)))

    def unlink(self, case_id: str) -> Prosecution:
        return replace(self, linked=tuple(lc for lc in self.linked if lc.case_id != case_id))


def prosecution_problems(prosecution: Prosecution) -> list[str]:
    problems = []
    if not prosecution.defendant_ref.strip():
        problems.append("Record the defendant reference")
    if not prosecution.linked:
        problems.append("Link at least one victim's case to the prosecution")
    seen: set[str] = set()
    for case_id in prosecution.case_ids:
        if case_id in seen:
            problems.append(f"Case {case_id} is linked twice")
        seen.add(case_id)
    if any(not charge.strip() for charge in prosecution.charges):
        problems.append("A charge is blank: write each charge in words")
    return problems


class CaseObligation(NamedTuple):
    case_id: str
    obligation: ObligationDue


def milestone_obligations(
    milestone: Milestone, linked_cases: Iterable[tuple[str, bool]], rules: Iterable[Rule]
) -> list[CaseObligation]:
    """The victim updates a milestone owes: for every linked (case_id, enhanced), each obligation
    of the rules its journey event starts, counted from the day Witness Care received it."""
    kind = milestone.journey_kind
    trigger = trigger_for(kind) if kind is not None else None
    if trigger is None:
        return []
    rules = tuple(rules)
    return [
        CaseObligation(case_id, due)
        for case_id, enhanced in linked_cases
        for due in obligations_for_event(trigger, milestone.received_on, enhanced, rules)
    ]


def triggers_reassessment(kind: MilestoneKind | Milestone, schedule: ReassessmentSchedule) -> bool:
    """Whether the milestone calls for a needs reassessment of each linked victim."""
    if isinstance(kind, Milestone):
        kind = kind.kind
    journey_kind = MILESTONE_JOURNEY_KIND[kind]
    return journey_kind is not None and journey_kind in schedule.trigger_events


def journey_event(milestone: Milestone) -> tuple[str, date] | None:
    """(journey kind, day Witness Care received it), for needs.next_reassessment; None if none."""
    kind = milestone.journey_kind
    return None if kind is None else (kind, milestone.received_on)
