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
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from .journey import trigger_for
from .needs import ReassessmentSchedule
from .rules import OVERDUE, ObligationDue, Rule, obligation_status, obligations_for_event

DIARY_DAYS = 14


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


# --- milestones ---------------------------------------------------------------------------------


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


# --- sanity rules -------------------------------------------------------------------------------


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


# --- witness needs ------------------------------------------------------------------------------


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


# --- the court diary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hearing:
    on: date
    kind: MilestoneKind  # the listing it came from (first hearing or trial), or the adjournment
    at: time | None = None
    venue: str = ""

    @property
    def label(self) -> str:
        return {
            _K.FIRST_HEARING_LISTED: "First hearing",
            _K.TRIAL_DATE_LISTED: "Trial",
        }.get(self.kind, "Adjourned hearing")


def current_hearings(history: Iterable[Milestone]) -> list[Hearing]:
    """The hearings still listed on a prosecution, in date order: each listing adds its hearing; an
    adjournment removes the hearing on its old date and adds the new date (unless to be fixed)."""
    hearings: list[Hearing] = []
    ordered = sorted(history, key=lambda m: (m.occurred_on, m.received_on))
    for milestone in ordered:
        if milestone.kind in LISTINGS and milestone.hearing_on is not None:
            hearings.append(
                Hearing(
                    milestone.hearing_on, milestone.kind, milestone.hearing_time, milestone.venue
                )
            )
        elif milestone.kind is _K.HEARING_ADJOURNED:
            lost = [h for h in hearings if h.on == milestone.previous_date]
            kind = lost[0].kind if lost else _K.HEARING_ADJOURNED
            venue = lost[0].venue if lost else ""
            hearings = [h for h in hearings if h.on != milestone.previous_date]
            if milestone.new_date is not None and not milestone.date_to_be_fixed:
                hearings.append(
                    Hearing(
                        milestone.new_date, kind, milestone.hearing_time, milestone.venue or venue
                    )
                )
    return sorted(hearings, key=lambda h: (h.on, h.at or time.min))


@dataclass(frozen=True)
class DiaryHearing:
    prosecution_id: str
    defendant_ref: str
    court: str  # the hearing's venue, else the prosecution's court
    case_ids: tuple[str, ...]
    hearing: Hearing


def hearings_ahead(
    prosecutions: Iterable[tuple[Prosecution, Sequence[Milestone]]],
    today: date,
    days: int = DIARY_DAYS,
) -> list[DiaryHearing]:
    """Hearings from today to `days` days ahead (both ends included), across prosecutions."""
    last = today + timedelta(days=days)
    found = []
    for prosecution, history in prosecutions:
        for hearing in current_hearings(history):
            if today <= hearing.on <= last:
                found.append(
                    DiaryHearing(
                        prosecution.id,
                        prosecution.defendant_ref,
                        hearing.venue or prosecution.court,
                        prosecution.case_ids,
                        hearing,
                    )
                )
    return sorted(found, key=lambda d: (d.hearing.on, d.hearing.at or time.min, d.prosecution_id))


@dataclass(frozen=True, kw_only=True)
class OwedUpdate:
    """A victim update owed (an obligation of the rules table), as the store lists it."""

    case_id: str
    rule_id: str
    due: date
    met_on: date | None = None
    prosecution_id: str = ""
    about: str = ""  # e.g. the milestone's label


def updates_due_today(updates: Iterable[OwedUpdate], today: date) -> list[OwedUpdate]:
    """Open updates whose due day is today."""
    return sorted(
        (u for u in updates if u.met_on is None and u.due == today),
        key=lambda u: (u.case_id, u.rule_id),
    )


def updates_overdue(updates: Iterable[OwedUpdate], today: date) -> list[OwedUpdate]:
    """Open updates past their due day, the longest overdue first."""
    return sorted(
        (u for u in updates if obligation_status(u.due, u.met_on, today) == OVERDUE),
        key=lambda u: (u.due, u.case_id, u.rule_id),
    )


@dataclass(frozen=True)
class CourtDiary:
    hearings: tuple[DiaryHearing, ...]
    due_today: tuple[OwedUpdate, ...]
    overdue: tuple[OwedUpdate, ...]


def court_diary(
    prosecutions: Iterable[tuple[Prosecution, Sequence[Milestone]]],
    updates: Iterable[OwedUpdate],
    today: date,
    days: int = DIARY_DAYS,
) -> CourtDiary:
    updates = tuple(updates)
    return CourtDiary(
        hearings=tuple(hearings_ahead(prosecutions, today, days)),
        due_today=tuple(updates_due_today(updates, today)),
        overdue=tuple(updates_overdue(updates, today)),
    )
