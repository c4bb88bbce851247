"""One victim's needs as a witness: special measures, offers of support, the personal statement.

Special measures (Youth Justice and Criminal Evidence Act 1999 ss.23-30), pre-trial visit, Witness
Service referral, interpreter, expenses, whether the victim must give evidence, and the Victim
Personal Statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class SpecialMeasure(StrEnum):
    """Special measures, Youth Justice and Criminal Evidence Act 1999 ss.23-30."""

    SCREENS = "screens"
    LIVE_LINK = "live_link"
    EVIDENCE_IN_PRIVATE = "evidence_in_private"
    REMOVAL_OF_WIGS_AND_GOWNS = "removal_of_wigs_and_gowns"
    VIDEO_RECORDED_EVIDENCE_IN_CHIEF = "video_recorded_evidence_in_chief"
    VIDEO_RECORDED_CROSS_EXAMINATION = "video_recorded_cross_examination"
    INTERMEDIARY = "intermediary"
    AIDS_TO_COMMUNICATION = "aids_to_communication"

    @property
    def section(self) -> str:
        return _MEASURE_SECTIONS[self][0]

    @property
    def label(self) -> str:
        section, words = _MEASURE_SECTIONS[self]
        return f"{words} ({section})"


_MEASURE_SECTIONS = {
    SpecialMeasure.SCREENS: ("s.23", "Screens"),
    SpecialMeasure.LIVE_LINK: ("s.24", "Live link"),
    SpecialMeasure.EVIDENCE_IN_PRIVATE: ("s.25", "Evidence given in private"),
    SpecialMeasure.REMOVAL_OF_WIGS_AND_GOWNS: ("s.26", "Removal of wigs and gowns"),
    SpecialMeasure.VIDEO_RECORDED_EVIDENCE_IN_CHIEF: ("s.27", "Video-recorded evidence in chief"),
    SpecialMeasure.VIDEO_RECORDED_CROSS_EXAMINATION: (
        "s.28",
        "Video-recorded cross-examination or re-examination",
    ),
    SpecialMeasure.INTERMEDIARY: ("s.29", "Examination through an intermediary"),
    SpecialMeasure.AIDS_TO_COMMUNICATION: ("s.30", "Aids to communication"),
}


class MeasureStatus(StrEnum):
    WANTED = "wanted"  # the victim would like it; not yet applied for
    APPLIED = "applied"  # the CPS has applied to the court
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True, kw_only=True)
class SpecialMeasureRequest:
    measure: SpecialMeasure
    status: MeasureStatus = MeasureStatus.WANTED
    decided_on: date | None = None  # when the court granted or refused it


class OfferStatus(StrEnum):
    NOT_OFFERED = "not_offered"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DONE = "done"  # visit made, referral made, expenses claimed


@dataclass(frozen=True, kw_only=True)
class Offer:
    status: OfferStatus = OfferStatus.NOT_OFFERED
    on: date | None = None  # when the status was last changed


class VPSUse(StrEnum):
    """What happened to the Victim Personal Statement in court."""

    READ_BY_VICTIM = "read_by_victim"
    READ_FOR_VICTIM = "read_for_victim"  # read aloud by the prosecutor or someone else
    NOT_READ = "not_read"  # given to the court but not read aloud

    @property
    def read_aloud(self) -> bool:
        return self is not VPSUse.NOT_READ


@dataclass(frozen=True, kw_only=True)
class VictimPersonalStatement:
    offered_on: date | None = None
    declined: bool = False
    made_on: date | None = None
    updated_on: tuple[date, ...] = ()
    in_court: VPSUse | None = None  # None: not yet used in court


@dataclass(frozen=True, kw_only=True)
class WitnessNeeds:
    """One victim's needs as a witness in one prosecution."""

    case_id: str
    prosecution_id: str
    must_give_evidence: bool | None = None  # None: not yet known
    special_measures: tuple[SpecialMeasureRequest, ...] = ()
    pre_trial_visit: Offer = Offer()
    witness_service_referral: Offer = Offer()
    interpreter_language: str = ""  # empty: no interpreter needed
    expenses: Offer = Offer()  # explained (offered), claimed (done)
    vps: VictimPersonalStatement = VictimPersonalStatement()


def witness_needs_problems(needs: WitnessNeeds) -> list[str]:
    problems = []
    seen: set[SpecialMeasure] = set()
    for request in needs.special_measures:
        if request.measure in seen:
            problems.append(f"{request.measure.label} is listed twice")
        seen.add(request.measure)
        decided = request.status in (MeasureStatus.GRANTED, MeasureStatus.REFUSED)
        if decided and request.decided_on is None:
            problems.append(f"{request.measure.label}: record when the court decided")
        if not decided and request.decided_on is not None:
            problems.append(f"{request.measure.label}: a decision date needs granted or refused")
    vps = needs.vps
    if vps.made_on is not None:
        if vps.offered_on is not None and vps.made_on < vps.offered_on:
            problems.append("The personal statement cannot be made before it was offered")
        if vps.declined:
            problems.append(
                "The victim is recorded as declining the personal statement, yet it was made"
            )
    if vps.updated_on and vps.made_on is None:
        problems.append("A personal statement cannot be updated before it is made")
    if vps.made_on is not None and any(d < vps.made_on for d in vps.updated_on):
        problems.append("A personal statement cannot be updated before the day it was made")
    if vps.in_court is not None and vps.made_on is None:
        problems.append("A personal statement used in court must first be made")
    return problems


def witness_next_steps(needs: WitnessNeeds) -> list[str]:
    """What Witness Care still has to offer or find out, in plain words."""
    steps = []
    if needs.must_give_evidence is None:
        steps.append("Find out whether the victim must give evidence, and tell them")
    if needs.must_give_evidence:
        if not needs.special_measures:
            steps.append("Discuss special measures with the victim")
        if needs.pre_trial_visit.status is OfferStatus.NOT_OFFERED:
            steps.append("Offer a pre-trial court visit")
        if needs.witness_service_referral.status is OfferStatus.NOT_OFFERED:
            steps.append("Offer a referral to the Witness Service")
        if needs.expenses.status is OfferStatus.NOT_OFFERED:
            steps.append("Explain witness expenses and how to claim them")
    vps = needs.vps
    if vps.offered_on is None and vps.made_on is None and not vps.declined:
        steps.append("Offer the Victim Personal Statement")
    return steps


def describe_witness_needs(needs: WitnessNeeds, day: Callable[[date], str]) -> str:
    """The victim's needs as a witness in one line of words, for the screen and the summary."""
    must = {None: "not known yet", True: "yes", False: "no"}[needs.must_give_evidence]
    parts = [f"Must give evidence: {must}"]
    if needs.special_measures:
        parts.append("Special measures: " + "; ".join(
            f"{r.measure.label.split(' (')[0]} ({r.status.value})"
            for r in needs.special_measures))
    for words, offer in (("Court visit", needs.pre_trial_visit),
                         ("Witness Service", needs.witness_service_referral),
                         ("Expenses", needs.expenses)):
        if offer.status is not OfferStatus.NOT_OFFERED:
            parts.append(f"{words}: {offer.status.value.replace('_', ' ')}"
                         + (f" {day(offer.on)}" if offer.on else ""))
    if needs.interpreter_language:
        parts.append(f"Interpreter: {needs.interpreter_language}")
    vps = needs.vps
    if vps.made_on:
        text = f"Personal statement made {day(vps.made_on)}"
        if vps.updated_on:
            text += f", updated {day(vps.updated_on[-1])}"
        if vps.in_court:
            text += f", {vps.in_court.value.replace('_', ' ')} in court"
        parts.append(text)
    elif vps.declined:
        parts.append("Personal statement declined")
    elif vps.offered_on:
        parts.append(f"Personal statement offered {day(vps.offered_on)}")
    return " · ".join(parts)
