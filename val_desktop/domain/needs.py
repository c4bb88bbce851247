"""Needs assessment domains, scores and the reassessment schedule (DESIGN section 2)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .journey import EVENT_KINDS, event_label

NEED_DOMAINS: dict[str, str] = {
    "safety": "Safety and security",
    "health": "Health and wellbeing",
    "emotional": "Emotional impact and confidence",
    "housing": "Housing and accommodation",
    "money": "Money and practical needs",
    "support_networks": "Support networks",
    "children_family": "Children and family",
    "work_learning": "Work and learning",
    "justice_information": "Criminal justice information and legal needs",
    "communication_access": "Communication and access needs",
}

SCORES: dict[int, str] = {0: "None", 1: "Low", 2: "Medium", 3: "Severe"}

DUE = "due"
OVERDUE = "overdue"
NOT_DUE = "not_due"


def score_label(score: int) -> str:
    return SCORES[score]


def validate_scores(scores: Mapping[str, int]) -> list[str]:
    """Problems with a set of domain scores, in words; empty when the assessment can be saved."""
    problems = []
    for domain, score in scores.items():
        if domain not in NEED_DOMAINS:
            problems.append(f"unknown need domain {domain!r}")
        elif not isinstance(score, int) or score not in SCORES:
            problems.append(f"{NEED_DOMAINS[domain]}: the score must be 0, 1, 2 or 3")
    missing = [NEED_DOMAINS[d] for d in NEED_DOMAINS if d not in scores]
    if missing:
        problems.append("not scored: " + ", ".join(missing))
    return problems


def change_by_domain(
    earlier: Mapping[str, int], later: Mapping[str, int]
) -> dict[str, int]:
    """Score change per domain between two assessments (negative = the need has eased)."""
    return {d: later[d] - earlier[d] for d in NEED_DOMAINS if d in earlier and d in later}


@dataclass(frozen=True)
class ReassessmentSchedule:
    high_risk_days: int = 7
    enhanced_days: int = 14
    standard_days: int = 28
    due_soon_days: int = 3
    trigger_events: frozenset[str] = frozenset(
        {"charge", "no_further_action", "out_of_court_disposal", "trial_date_listed",
         "verdict", "sentence", "rj_outcome"}
    )

    @classmethod
    def from_mapping(cls, data: Mapping) -> ReassessmentSchedule:
        intervals = data.get("intervals", {})
        triggers = frozenset(data.get("trigger_events", cls.trigger_events))
        unknown = triggers - EVENT_KINDS.keys()
        if unknown:
            raise ValueError(f"unknown journey events in the schedule: {', '.join(sorted(unknown))}")
        return cls(
            high_risk_days=int(intervals.get("high_risk", cls.high_risk_days)),
            enhanced_days=int(intervals.get("enhanced", cls.enhanced_days)),
            standard_days=int(intervals.get("standard", cls.standard_days)),
            due_soon_days=int(data.get("due_soon_days", cls.due_soon_days)),
            trigger_events=triggers,
        )

    def interval(self, risk_level: str, enhanced: bool) -> tuple[int, str]:
        options = [(self.standard_days, "standard schedule")]
        if enhanced:
            options.append((self.enhanced_days, "enhanced rights"))
        if risk_level == "high":
            options.append((self.high_risk_days, "high risk"))
        return min(options)


def load_default_schedule() -> ReassessmentSchedule:
    from ..resources_path import read_text

    return ReassessmentSchedule.from_mapping(json.loads(read_text("reassessment.json")))


@dataclass(frozen=True)
class ReassessmentDue:
    due: date
    reason: str


def next_reassessment(
    referred_on: date,
    assessed_on: Iterable[date],
    events: Iterable[tuple[str, date]],
    risk_level: str,
    enhanced: bool,
    schedule: ReassessmentSchedule,
) -> ReassessmentDue:
    """When the next (re)assessment is due and why.

    Time: the last assessment (or the referral, for the first one) plus the shortest interval
    that applies. Events: a trigger event after the last assessment's day makes it due that day (an
    assessment on the event's own day is taken to have covered it); the earliest such event counts, and the earlier of time and event wins.
    """
    days, why = schedule.interval(risk_level, enhanced)
    last = max(assessed_on, default=None)
    base = last or referred_on
    time_due = ReassessmentDue(
        base + timedelta(days=days),
        f"{days} days after the {'last assessment' if last else 'referral'} ({why})",
    )
    if last is None:
        return time_due
    triggered = sorted(
        (on, kind) for kind, on in events if kind in schedule.trigger_events and on > last
    )
    if triggered and triggered[0][0] < time_due.due:
        on, kind = triggered[0]
        return ReassessmentDue(on, f"{event_label(kind)} on {on:%d %b %Y}")
    return time_due


def reassessment_status(due: date, as_of: date, schedule: ReassessmentSchedule) -> str:
    if as_of > due:
        return OVERDUE
    if (due - as_of).days <= schedule.due_soon_days:
        return DUE
    return NOT_DUE
