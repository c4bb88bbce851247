"""Enhanced rights under the Victims' Code, computed from recorded facts (DESIGN section 3).

The result always carries its reasons so the screen can show *why*; a caseworker may add a reason
of their own, which is kept alongside the computed ones and never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .vocabulary import MOST_SERIOUS_OFFENCES, offence_label


@dataclass(frozen=True)
class EnhancedReason:
    code: str  # under_18, most_serious_offence, vulnerable, intimidated, persistently_targeted, caseworker
    text: str  # in words for the screen and the letters


@dataclass(frozen=True)
class EligibilityFacts:
    offence_category: str
    offence_date: date | None = None
    date_of_birth: date | None = None
    vulnerable: bool | None = None
    intimidated: bool | None = None
    persistently_targeted: bool | None = None
    caseworker_reasons: tuple[str, ...] = field(default_factory=tuple)


def age_on(birth: date, day: date) -> int:
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def enhanced_reasons(facts: EligibilityFacts, today: date | None = None) -> list[EnhancedReason]:
    """Every reason the victim is entitled to the enhanced service; empty means standard.

    Age is taken at the offence date; with no offence date we fall back to `today` (the referral
    date, normally) rather than dropping a child's entitlement for want of a date.
    """
    reasons: list[EnhancedReason] = []
    if facts.date_of_birth is not None:
        on = facts.offence_date or today
        if on is not None and age_on(facts.date_of_birth, on) < 18:
            reasons.append(
                EnhancedReason("under_18", "Under 18 at the time of the offence")
            )
    if facts.offence_category in MOST_SERIOUS_OFFENCES:
        reasons.append(
            EnhancedReason(
                "most_serious_offence",
                f"Victim of the most serious crime: {offence_label(facts.offence_category)}",
            )
        )
    if facts.vulnerable:
        reasons.append(EnhancedReason("vulnerable", "Vulnerable victim"))
    if facts.intimidated:
        reasons.append(EnhancedReason("intimidated", "Intimidated victim"))
    if facts.persistently_targeted:
        reasons.append(EnhancedReason("persistently_targeted", "Persistently targeted victim"))
    for text in facts.caseworker_reasons:
        text = text.strip()
        if text:
            reasons.append(EnhancedReason("caseworker", f"Caseworker: {text}"))
    return reasons


def is_enhanced(facts: EligibilityFacts, today: date | None = None) -> bool:
    return bool(enhanced_reasons(facts, today))
