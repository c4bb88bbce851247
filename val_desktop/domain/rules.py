"""The Victims' Code rules table and the obligations it creates (DESIGN section 3).

Rules are data: a change of Code is an edit of resources/code_rules.json (or an administrator's
override), not a release. This module turns a journey event into obligations with due dates and
says, for a given day, whether each obligation is met, met late, overdue or still open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .calendar import add_working_days

TRIGGERS: dict[str, str] = {
    "referral_received": "Referral received by VAL",
    "investigation_step": "Investigation step recorded",
    "charge_decision": "Charge, no-prosecution or out-of-court decision recorded",
    "hearing_listed": "Witness Care received the hearing listing",
    "bail_outcome": "Witness Care heard of a bail outcome or warrant",
    "court_outcome": "Witness Care received verdict, sentence or appeal",
    "complaint_received": "Complaint received",
}

REQUIREMENTS: dict[str, str] = {
    "support_offer": "Offer a referral to support services",
    "contact_attempt": "Attempt to contact the victim",
    "victim_update": "Update the victim",
    "complaint_response": "Acknowledge or answer the complaint",
}

MET = "met"
MET_LATE = "met_late"
OVERDUE = "overdue"
OPEN = "open"
STATUSES = (MET, MET_LATE, OVERDUE, OPEN)


class RulesError(ValueError):
    """The rules table is not usable; the message says which rule and why."""


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    code_right: str
    trigger: str
    applies_to: str  # "all" or "enhanced"
    standard_days: int | None
    enhanced_days: int
    requires: str

    def period_for(self, enhanced: bool) -> int | None:
        """Working days allowed, or None when the rule does not apply to this victim."""
        if enhanced:
            return self.enhanced_days
        if self.applies_to == "enhanced":
            return None
        return self.standard_days


@dataclass(frozen=True)
class ObligationDue:
    rule_id: str
    starts_on: date
    due: date


def parse_rules(data: Mapping) -> tuple[Rule, ...]:
    rules = []
    seen: set[str] = set()
    raw_rules = data.get("rules", []) if isinstance(data, Mapping) else None
    if not isinstance(raw_rules, list):
        raise RulesError('the rules table must be an object whose "rules" is a list of rules')
    for position, raw in enumerate(raw_rules, start=1):
        if not isinstance(raw, Mapping):
            raise RulesError(f"rule number {position} is not an object of named fields")
        rule_id = raw.get("id", "?")
        try:
            rule = Rule(
                id=raw["id"],
                title=raw["title"],
                code_right=raw.get("code_right", ""),
                trigger=raw["trigger"],
                applies_to=raw.get("applies_to", "all"),
                standard_days=raw.get("standard_days"),
                enhanced_days=raw["enhanced_days"],
                requires=raw["requires"],
            )
        except KeyError as missing:
            raise RulesError(f"rule {rule_id!r} has no {missing.args[0]}") from None
        if rule.id in seen:
            raise RulesError(f"rule {rule.id!r} appears twice")
        if rule.trigger not in TRIGGERS:
            raise RulesError(f"rule {rule.id!r} starts on an unknown event {rule.trigger!r}")
        if rule.requires not in REQUIREMENTS:
            raise RulesError(f"rule {rule.id!r} requires an unknown action {rule.requires!r}")
        if rule.applies_to not in ("all", "enhanced"):
            raise RulesError(f"rule {rule.id!r} applies to {rule.applies_to!r}: use all or enhanced")
        if rule.applies_to == "all" and rule.standard_days is None:
            raise RulesError(f"rule {rule.id!r} applies to all but has no standard period")
        if rule.enhanced_days is None:
            raise RulesError(f"rule {rule.id!r} has no enhanced period")
        for days in (rule.standard_days, rule.enhanced_days):
            if days is not None and (
                isinstance(days, bool) or not isinstance(days, int) or days < 0
            ):
                raise RulesError(f"rule {rule.id!r} has a period that is not a whole number of days")
        seen.add(rule.id)
        rules.append(rule)
    if not rules:
        raise RulesError("the rules table holds no rules")
    return tuple(rules)


def load_default_rules() -> tuple[Rule, ...]:
    from ..resources_path import read_text

    return parse_rules(json.loads(read_text("code_rules.json")))


def obligations_for_event(
    trigger: str, on: date, enhanced: bool, rules: Iterable[Rule]
) -> list[ObligationDue]:
    """The obligations a journey event creates: one per rule started by it that applies."""
    if trigger not in TRIGGERS:
        raise ValueError(f"unknown journey event {trigger!r}")
    created = []
    for rule in rules:
        if rule.trigger != trigger:
            continue
        period = rule.period_for(enhanced)
        if period is None:
            continue
        created.append(ObligationDue(rule.id, on, add_working_days(on, period)))
    return created


def obligation_status(due: date, met_on: date | None, as_of: date) -> str:
    """met / met_late / overdue / open. Met on time means met by the end of the due day."""
    if met_on is not None:
        return MET if met_on <= due else MET_LATE
    return OVERDUE if as_of > due else OPEN


def rules_met_by(requirement: str, rules: Iterable[Rule]) -> set[str]:
    """Ids of the rules that an action of this kind satisfies."""
    return {rule.id for rule in rules if rule.requires == requirement}
