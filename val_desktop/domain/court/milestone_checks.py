"""The sanity rules for recording a court milestone (`check_milestone`), in plain words.

A trial date cannot precede the charge; a verdict needs a trial or a plea; a sentence needs a
conviction; an adjourned hearing needs the new date or 'date to be fixed'; and a few more of the
same kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .milestones import AFTER_CHARGE, CONVICTING_RESULTS, LISTINGS, Milestone, MilestoneKind

_K = MilestoneKind


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _earliest(history: Iterable[Milestone], kinds: Iterable[MilestoneKind]) -> Milestone | None:
    kinds = frozenset(kinds)
    found = [m for m in history if m.kind in kinds]
    return min(found, key=lambda m: m.occurred_on) if found else None


def check_milestone(history: Sequence[Milestone], new: Milestone) -> list[str]:
    """Problems with recording `new` on a prosecution whose milestones are `history`, in words."""
    problems: list[str] = []
    label = new.kind.label.lower()
    if new.received_on < new.occurred_on:
        problems.append(
            f"{new.kind.label}: Witness Care cannot have received the information "
            f"({_fmt(new.received_on)}) before it happened ({_fmt(new.occurred_on)})"
        )
    if new.kind in LISTINGS:
        if new.hearing_on is None:
            problems.append(f"{new.kind.label}: give the date of the hearing")
        elif new.hearing_on < new.occurred_on:
            problems.append(
                f"The hearing ({_fmt(new.hearing_on)}) cannot be on a day before it was listed "
                f"({_fmt(new.occurred_on)})"
            )
    if new.kind is _K.PLEA and new.result is None:
        problems.append("Record the plea: guilty, not guilty, or guilty to some charges")
    if new.kind is _K.VERDICT and new.result is None:
        problems.append("Record the verdict: guilty, not guilty, or guilty of some charges")
    if new.kind is _K.HEARING_ADJOURNED:
        problems.extend(_adjournment_problems(new))

    charge = _earliest(history, {_K.CHARGE})
    if new.kind in AFTER_CHARGE:
        if charge is None:
            problems.append(
                f"There is no charge on this prosecution: record the charge before the {label}"
            )
        elif new.occurred_on < charge.occurred_on:
            problems.append(
                f"The {label} ({_fmt(new.occurred_on)}) cannot be before the charge "
                f"({_fmt(charge.occurred_on)})"
            )
    if (
        new.kind is _K.TRIAL_DATE_LISTED
        and charge is not None
        and new.hearing_on is not None
        and new.hearing_on < charge.occurred_on
    ):
        problems.append(
            f"The trial date ({_fmt(new.hearing_on)}) cannot be before the charge "
            f"({_fmt(charge.occurred_on)})"
        )
    earlier = [m for m in history if m.occurred_on <= new.occurred_on]
    if new.kind is _K.VERDICT and not any(m.kind in (_K.TRIAL, _K.PLEA) for m in earlier):
        problems.append("A verdict needs a trial or a plea recorded on or before its day")
    if new.kind is _K.SENTENCE and not any(
        m.kind in (_K.VERDICT, _K.PLEA) and m.result in CONVICTING_RESULTS for m in earlier
    ):
        problems.append(
            "A sentence needs a conviction first: a guilty verdict or a guilty plea on or before "
            "its day"
        )
    return problems


def _adjournment_problems(new: Milestone) -> list[str]:
    problems = []
    if new.previous_date is None:
        problems.append("Record the hearing date that was adjourned or vacated")
    if new.new_date is None and not new.date_to_be_fixed:
        problems.append("An adjourned hearing needs the new date or 'date to be fixed'")
    if new.new_date is not None and new.date_to_be_fixed:
        problems.append("Give either the new date or 'date to be fixed', not both")
    if new.new_date is not None:
        if new.new_date < new.occurred_on:
            problems.append(
                f"The new date ({_fmt(new.new_date)}) cannot be before the adjournment "
                f"({_fmt(new.occurred_on)})"
            )
        if new.previous_date is not None and new.new_date == new.previous_date:
            problems.append("The new date is the same as the old one: nothing was adjourned")
    if not new.reason.strip():
        problems.append("Record why the hearing was adjourned or vacated")
    return problems
