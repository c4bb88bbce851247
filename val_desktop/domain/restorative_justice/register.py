"""The RJ register: referrals counted by stage, and those stuck at a stage too long."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from .records import RJPathway
from .stages import RJStage

_S = RJStage

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
