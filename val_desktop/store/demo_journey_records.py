"""The demo's journey past first contact (issue 4): prosecutions shared by victims with their court
milestones, witness needs, restorative justice referrals at every stage, complaints, Victims'
Right to Review requests and victim feedback. Called by demo.fill_demo once the cases are in.

It reads the cases the demo wrote and tells the rest of their story in the same transaction:

- Prosecutions: victims of one offender (2-3 for a burglar, a robber, a fraudster ...; one for
  domestic abuse, stalking, a sexual offence) whose cases have no charge decision of their own
  yet, charged after the last of them was referred. Their milestones, to the demo's "now": first
  hearings and trials in the next 14 days, trials adjourned to a new date, pleas, verdicts and
  sentences. Every milestone is checked by the domain's sanity rules (court.check_milestone) and
  writes, for each linked case, the journey event and the victim update it owes (rules table,
  standard or enhanced), given on time, late or not yet (some due today, some overdue) with the
  contact that gave it, through a channel the victim allows.
- RJ referrals, walked through the domain's own step functions: completed ones where the demo
  already has an RJ outcome, open ones at every stage (some stuck), a few withdrawn or unsuitable
  (with their RJ outcome event).
- Complaints for the demo's complaint events (about VAL), and complaints about the police, the
  CPS or a court passed on to them; review requests after a decision not to charge; feedback at
  closure and during support.

Cases touched by an event that calls for a needs reassessment get their next reassessment again,
exactly as cases.refresh_reassessment computes it. Every choice comes from the demo's seeded
random generator and rows are read in a fixed order: the same seed gives the same rows. Rows go
in with executemany while the change-capture triggers are live, so each is queued once for its
first push, as any local write is.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.clock import uk_date
from ..domain.complaints import (
    Complaint,
    ComplaintAbout,
    ComplaintOutcome,
    PassedOn,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    ReviewStage,
    VRROutcome,
    VRRRequest,
    complaint_problems,
    vrr_problems,
)
from ..domain.court import (
    CourtResult,
    MeasureStatus,
    Milestone,
    MilestoneKind,
    Offer,
    OfferStatus,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    VPSUse,
    WitnessNeeds,
    check_milestone,
    witness_needs_problems,
)
from ..domain.feedback import FeedbackOccasion, Satisfaction
from ..domain.journey import event_label, trigger_for
from ..domain.needs import next_reassessment
from ..domain.restorative_justice import (
    Consent,
    ConsentMethod,
    FollowUp,
    Intervention,
    InterventionKind,
    OffenderContact,
    OffenderManager,
    OffenderService,
    OffenderStatus,
    OutcomeAgreement,
    OutcomeItem,
    OutcomeItemKind,
    Party,
    PreparationNote,
    Risk,
    RiskAssessment,
    RJPathway,
    RJStage,
    TransitionRefused,
    VictimEvaluation,
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
    rj_outcome_event,
    set_offender_manager,
    set_offender_status,
    start_pathway,
    start_preparation,
    withdraw,
)
from ..domain.rules import obligations_for_event
from . import demo_people as people
from .complaints import _complaint_columns, _vrr_columns
from .court import _milestone_columns, _needs_columns, describe_milestone
from .demo_kit import DAY, Clock, DemoRandom
from .journey_models import JOURNEY_TABLES
from .rj import encode_pathway

# Seeds this part's own random generator from the demo's, so that its draws do not repeat the
# cases' own.
JOURNEY_SALT = 0x6A6F75726E6579

SYNC_COLUMNS = ("row_version", "updated_at", "updated_by", "deleted", "server_seq")
COLUMNS: dict[str, tuple[str, ...]] = {
    "rj_referrals": ("id", "case_id", "referred_on", "stage", "entered_on", "closure",
                     "facilitator_id", "pathway"),
    "prosecutions": ("id", "defendant_ref", "court", "charges", "officer_id", "notes"),
    "prosecution_cases": ("id", "prosecution_id", "case_id"),
    "court_milestones": ("id", "prosecution_id", "kind", "occurred_on", "received_on",
                         "hearing_on", "hearing_time", "venue", "result", "previous_date",
                         "new_date", "date_to_be_fixed", "vacated", "reason", "details",
                         "recorded_by"),
    "milestone_events": ("id", "milestone_id", "case_id", "event_id"),
    "witness_needs": ("id", "case_id", "prosecution_id", "must_give_evidence",
                      "special_measures", "pre_trial_visit", "pre_trial_visit_on",
                      "witness_service", "witness_service_on", "interpreter_language",
                      "expenses", "expenses_on", "vps_offered_on", "vps_declined", "vps_made_on",
                      "vps_updated_on", "vps_in_court"),
    "complaints": ("id", "case_id", "event_id", "received_on", "about", "about_name", "rights",
                   "summary", "received_by", "acknowledged_on", "responded_on", "passed_on_to",
                   "passed_on_on", "victim_told_on", "outcome", "outcome_on", "lessons"),
    "vrr_requests": ("id", "case_id", "body", "decision", "decision_communicated_on",
                     "requested_on", "late_reason", "local_started_on", "local_concluded_on",
                     "local_result", "local_reviewer", "local_notes", "independent_started_on",
                     "independent_concluded_on", "independent_result", "independent_reviewer",
                     "independent_notes", "outcome", "outcome_on", "lessons"),
    "victim_feedback": ("id", "case_id", "given_on", "occasion", "satisfaction",
                        "better_able_to_cope", "could_be_better", "user_group_contact",
                        "recorded_by"),
    # The case tables this part adds to (as demo.TABLE_COLUMNS).
    "journey_events": ("id", "case_id", "kind", "occurred_at", "recorded_by", "details"),
    "obligations": ("id", "case_id", "rule_id", "event_id", "starts_on", "due", "met_at",
                    "met_by", "late_reason"),
    "contact_log": ("id", "case_id", "at", "kind", "direction", "outcome", "staff_id",
                    "summary"),
}
WRITE_ORDER = ("prosecutions", "journey_events", "obligations", "contact_log",
               "prosecution_cases", "court_milestones", "milestone_events", "witness_needs",
               "rj_referrals", "complaints", "vrr_requests", "victim_feedback")

# --- words -------------------------------------------------------------------------------------

# Offences where one offender often has several victims (a prosecution shared by 2-3 cases).
SHARED = ("burglary", "robbery", "fraud", "theft", "criminal_damage", "assault", "hate_crime",
          "cyber_crime", "rural_crime", "wounding_gbh", "antisocial_behaviour")
SINGLE = ("domestic_abuse", "stalking", "harassment", "sexual_offence")
CHARGES = {
    "burglary": ("Burglary of a dwelling (Theft Act 1968 s.9)",),
    "robbery": ("Robbery (Theft Act 1968 s.8)", "Possession of an offensive weapon"),
    "fraud": ("Fraud by false representation (Fraud Act 2006 s.2)",),
    "theft": ("Theft (Theft Act 1968 s.1)",),
    "criminal_damage": ("Criminal damage (Criminal Damage Act 1971 s.1)",),
    "assault": ("Assault occasioning actual bodily harm (OAPA 1861 s.47)",),
    "hate_crime": ("Racially aggravated fear or provocation of violence",
                   "Racially aggravated criminal damage"),
    "cyber_crime": ("Unauthorised access to computer material (Computer Misuse Act 1990 s.1)",),
    "rural_crime": ("Theft of agricultural machinery", "Criminal damage"),
    "wounding_gbh": ("Wounding with intent (OAPA 1861 s.18)",),
    "antisocial_behaviour": ("Breach of a criminal behaviour order",),
    "domestic_abuse": ("Controlling or coercive behaviour (Serious Crime Act 2015 s.76)",
                       "Assault by beating"),
    "stalking": ("Stalking involving fear of violence (PHA 1997 s.4A)",),
    "harassment": ("Harassment (Protection from Harassment Act 1997 s.2)",),
    "sexual_offence": ("Sexual assault (Sexual Offences Act 2003 s.3)",),
}
OTHER_CHARGE = ("Offence as charged",)
CHARGES.update({
    "homicide_bereaved": ("Murder",),
    "road_death_bereaved": ("Causing death by dangerous driving",),
    "attempted_murder": ("Attempted murder",),
    "arson_endanger_life": ("Arson with intent to endanger life",),
    "modern_slavery": ("Holding a person in slavery or servitude (Modern Slavery Act 2015 s.1)",),
    "child_sexual_exploitation": ("Sexual activity with a child",),
    "criminal_exploitation": ("Arranging or facilitating travel with a view to exploitation",),
    "road_traffic_collision": ("Causing serious injury by careless driving",),
})
INVESTIGATION = tuple(MilestoneKind(k) for k in ("arrest", "interview", "release", "police_bail",
                                                 "released_under_investigation"))
CROWN = frozenset({"robbery", "wounding_gbh", "sexual_offence", "burglary"})
MAGISTRATES = tuple(c for c in people.COURTS if "Magistrates" in c or "Justice" in c)
CROWN_COURTS = tuple(c for c in people.COURTS if "Crown" in c)
ADJOURN_REASONS = ("Defence not ready: awaiting expert report", "Court list overloaded",
                   "Defendant unwell", "Prosecution witness unavailable",
                   "No interpreter available for the defendant")
SENTENCES = ("Community order with unpaid work", "Suspended sentence order",
             "Custodial sentence", "Fine and compensation order",
             "Restraining order and community order")
# Restorative justice is offered for most crimes; here not where it is contentious (domestic
# abuse, sexual offences, stalking, exploitation).
RJ_CATEGORIES = ("burglary", "theft", "criminal_damage", "assault", "robbery", "hate_crime",
                 "antisocial_behaviour", "rural_crime", "fraud", "cyber_crime", "wounding_gbh",
                 "road_traffic_collision", "other", "arson_endanger_life")
RJ_RISKS = (
    ("Victim and offender live in the same town", "Separate arrival and departure times"),
    ("Offender minimises the harm done", "Further preparation sessions before any meeting"),
    ("Victim anxious about meeting", "Supporter present; victim may stop at any time"),
    ("Offender's licence conditions", "Offender manager consulted on every contact"),
)
RJ_WITHDRAWALS = ((Party.VICTIM, "Wants to put it behind them"),
                  (Party.VICTIM, "Found preparation too upsetting"),
                  (Party.OFFENDER, "Moved to another prison"),
                  (Party.OFFENDER, "No longer willing to take part"))
RJ_UNSUITABLE = ("Offender denies the offence", "Risk of further harm to the victim",
                 "Offender recalled to prison")
COMPLAINT_LESSONS = ("Call victims back within one working day, even to say we are still "
                     "looking into it", "Check contact permissions before every letter",
                     "Tell victims when their SPOC changes")
# (about, about whom by name, who it is passed on to, what it says, Code rights)
COMPLAINED = (
    (ComplaintAbout.VAL, "", "", "Waited over a week for a call back from the SPOC", (4,)),
    (ComplaintAbout.VAL, "", "", "SPOC changed and nobody told me", (1,)),
    (ComplaintAbout.VAL, "", "", "Was not told the trial date had moved", (8,)),
    (ComplaintAbout.POLICE, "", "West Mercia Police professional standards",
     "Officer did not return calls about the investigation", (6,)),
    (ComplaintAbout.CPS, "", "Crown Prosecution Service West Midlands",
     "Not told why the charge was reduced", (6,)),
    (ComplaintAbout.COURT, "", "HM Courts & Tribunals Service",
     "Had to wait in the same corridor as the defendant", (8,)),
    (ComplaintAbout.PROVIDER, "Worcester Counselling Service", "Worcester Counselling Service",
     "Counselling appointment cancelled twice", (4,)),
)
REVIEW_LESSONS = ("Review CCTV before a no-further-action decision",
                  "Take a statement from every witness before deciding")
COULD_BE_BETTER = ("Evening phone calls would have been easier for me",
                   "I would have liked to know sooner when the court date changed",
                   "Letters were hard to understand", "More help with the insurance claim",
                   "I had to repeat my story to different people")
SUPPORTED_CLOSURE = people.CLOSURE_REASONS["supported"]


def _clamp(n: int, low: int, high: int) -> int:
    return max(low, min(high, n))


def _text(value: Any):
    """A value in the store's SQLite text form (see demo_kit)."""
    if value is None or isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value)
    raise TypeError(value)


def _day(stamp: str) -> int:
    """The UK ordinal day of a stored moment."""
    return uk_date(datetime.fromisoformat(stamp)).toordinal()


@dataclasses.dataclass
class _Case:
    id: str
    ref: str
    referred: int  # ordinal day
    category: str
    enhanced: bool
    status: str
    end: int  # the last day anything can happen on it: closure day or yesterday
    vulnerable: bool
    intimidated: bool
    interpreter: str  # language, "" when none needed
    perms: tuple[str, str, str, str]  # call, text, email, write
    spoc: str  # username


@dataclasses.dataclass(slots=True)
class _Brief:
    """What the choices need to know of every case (one query)."""

    id: str
    referred_at: str
    status: str
    category: str
    closure_reason: str | None
    reported: int  # has a crime reference

    @property
    def is_open(self) -> bool:
        return self.status != "closed"


# The journey events the choices look at (decisions, court outcomes, RJ, complaints).
DECISIONS = ("charge", "no_further_action", "out_of_court_disposal", "no_investigation")
SCANNED = (*DECISIONS, "verdict", "sentence", "appeal", "rj_outcome", "complaint_received")


class JourneyRecords:
    def __init__(self, cursor, rng: DemoRandom, clock: Clock, rulebook, staffing,
                 counts: dict[str, int]):
        self.cursor, self.rng, self.clock = cursor, rng, clock
        self.rules, self.schedule = rulebook.rules, rulebook.schedule
        self.staff = staffing
        self.counts = counts
        self.rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        self.usernames = {staff_id: name for name, staff_id in staffing.ids.items()}
        self.today = clock.today_ord
        self.touched: set[str] = set()  # cases with a new event that may move the reassessment
        self.used: set[str] = set()  # cases already given a prosecution
        self._cases: dict[str, _Case] = {}
        # One pass over the cases and one over the journey events the choices below look at.
        self.brief = [_Brief(*row) for row in cursor.execute(
            "SELECT id, referred_at, status, offence_category, closure_reason,"
            " crime_reference IS NOT NULL FROM cases WHERE deleted = 0"
            " ORDER BY referred_at, id")]
        self.kinds: dict[str, set[str]] = {}
        self.events_of: dict[str, list[tuple]] = {kind: [] for kind in SCANNED}
        marks = ", ".join("?" * len(SCANNED))
        for event_id, case_id, kind, occurred, details in cursor.execute(
            "SELECT id, case_id, kind, occurred_at, details FROM journey_events"
            f" WHERE kind IN ({marks}) ORDER BY occurred_at, id", SCANNED):
            self.kinds.setdefault(case_id, set()).add(kind)
            self.events_of[kind].append((event_id, case_id, occurred, details))

    # --- rows -------------------------------------------------------------------------------

    def add(self, table: str, values: dict, *, at: str, by: str) -> str:
        row_id = values.get("id") or self.rng.uid()
        values = {**values, "id": row_id}
        self.rows[table].append(tuple(_text(values.get(c)) for c in COLUMNS[table])
                                + (1, at, by, 0, None))
        return row_id

    def write(self) -> None:
        for table in WRITE_ORDER:
            batch = self.rows[table]
            if not batch:
                continue
            columns = COLUMNS[table] + SYNC_COLUMNS
            self.cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})", batch)
            self.counts[table] = self.counts.get(table, 0) + len(batch)

    def ts(self, o: int, after: int | None = None) -> tuple[int, str]:
        """A moment in office hours on working day `o` (or the next), never after "now"."""
        m = self.clock.work_moment(self.rng, o, after)
        m = min(m, self.clock.now - 1)
        return m, self.clock.ts(m)

    # --- reading the demo's cases ---------------------------------------------------------

    def cases(self, ids: list[str]) -> list[_Case]:
        """The cases with these ids (in the order given), with what their story needs."""
        wanted = [case_id for case_id in ids if case_id not in self._cases]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for row in self.cursor.execute(
                "SELECT c.id, c.ref, c.referred_at, c.offence_category, c.enhanced, c.status,"
                " c.closed_at, c.vulnerable, c.intimidated, v.interpreter_needed,"
                " v.preferred_language, p.safe_to_call, p.safe_to_text, p.safe_to_email,"
                " p.safe_to_write, c.spoc_id"
                " FROM cases c JOIN victims v ON v.id = c.victim_id"
                " JOIN contact_permissions p ON p.victim_id = v.id"
                f" WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk
            ):
                (case_id, ref, referred, category, enhanced, status, closed, vulnerable,
                 intimidated, interpreter, language, call, text, email, write, spoc) = row
                self._cases[case_id] = _Case(
                    id=case_id, ref=ref, referred=_day(referred), category=category,
                    enhanced=bool(enhanced), status=status,
                    end=_day(closed) if closed else self.today - 1,
                    vulnerable=bool(vulnerable), intimidated=bool(intimidated),
                    interpreter=(language if language and language != "English" else "Polish")
                    if interpreter else "",
                    perms=(call, text, email, write), spoc=self.usernames.get(spoc, "i.jones"))
        return [self._cases[case_id] for case_id in ids if case_id in self._cases]

    def sample(self, matches, k: int) -> list[_Case]:
        """`k` of the cases for which `matches(brief)` holds, drawn at random, in referral
        order."""
        ids = [b.id for b in self.brief if matches(b)]
        if not ids:
            return []
        return self.cases([ids[i] for i in sorted(self.rng.sample(range(len(ids)),
                                                                  min(len(ids), k)))])

    # --- journey events, the updates they owe, the contact that gives them --------------------

    def event(self, case: _Case, kind: str, day: int, by: str, details: str,
              *, met_by: str | None = None, fate: str | None = None) -> str:
        """A journey event on `day` and the obligations it starts, each met (with the contact
        that met it, by `met_by`) as `fate` says: on_time, late, open, or None to draw it."""
        at, stamp = self.ts(day)
        event_id = self.add("journey_events", {"case_id": case.id, "kind": kind,
                                               "occurred_at": stamp, "recorded_by": by,
                                               "details": details}, at=stamp, by=by)
        if kind in self.schedule.trigger_events:
            self.touched.add(case.id)
        trigger = trigger_for(kind)
        if not trigger:
            return event_id
        for due in obligations_for_event(trigger, self.clock.date(day), case.enhanced,
                                         self.rules):
            due_o = due.due.toordinal()
            outcome = fate or self.rng.pick(("on_time", "late", "open"), (86, 9, 5))
            met = None
            if outcome == "on_time":
                met = self.clock.work_moment(self.rng, self.rng.randrange(day, due_o + 1), at)
            elif outcome == "late":
                met = self.clock.work_moment(self.rng, due_o + self.rng.randrange(1, 6), at)
            if met is not None and (met > self.clock.now or met // DAY > case.end):
                met = None
            late = None
            if met is not None and met // DAY > due_o:
                late = self.rng.choice(people.LATE_REASONS)
            who = met_by or by
            met_stamp = self.clock.ts(met) if met is not None else None
            self.add("obligations", {
                "case_id": case.id, "rule_id": due.rule_id, "event_id": event_id,
                "starts_on": self.clock.iso(day), "due": self.clock.iso(due_o),
                "met_at": met_stamp, "met_by": who if met is not None else None,
                "late_reason": late,
            }, at=met_stamp or stamp, by=who if met is not None else by)
            if met is not None:
                self.log(case, met, who, "Complaint acknowledged" if kind == "complaint_received"
                         else f"Victim told: {event_label(kind).lower()}")
        return event_id

    def log(self, case: _Case, m: int, user: str, summary: str) -> None:
        call, text, email, write = case.perms
        if call == "yes":
            kind, direction, outcome = "call", "outbound", "reached"
        elif text == "yes":
            kind, direction, outcome = "text", "outbound", "sent"
        elif email == "yes":
            kind, direction, outcome = "email", "outbound", "sent"
        elif write == "yes":
            kind, direction, outcome = "letter", "outbound", "sent"
        else:
            kind, direction, outcome = "meeting", None, "reached"
        stamp = self.clock.ts(m)
        self.add("contact_log", {"case_id": case.id, "at": stamp, "kind": kind,
                                 "direction": direction, "outcome": outcome,
                                 "staff_id": self.staff.ids[user], "summary": summary},
                 at=stamp, by=user)

    # --- prosecutions ---------------------------------------------------------------------------

    def prosecutions(self, target: int) -> None:
        categories = frozenset(SHARED + SINGLE)
        rng, kinds, recent = self.rng, self.kinds, self.clock.date(self.today - 12).isoformat()
        candidates = [
            b for b in self.brief
            if b.status in ("supported", "assessing") and b.reported and b.category in categories
            and b.referred_at < recent and not kinds.get(b.id, set()) & set(DECISIONS)
        ]
        groups: list[list[_Brief]] = []
        pending: dict[str, list[_Brief]] = {}
        wanted: dict[str, int] = {}
        for case in candidates:
            if case.category in SINGLE:
                groups.append([case])
                continue
            group = pending.setdefault(case.category, [])
            if group and _day(case.referred_at) - _day(group[0].referred_at) > 30:
                group.clear()
            group.append(case)
            size = wanted.setdefault(case.category, rng.pick((1, 2, 3), (25, 50, 25)))
            if len(group) >= size:
                groups.append(list(group))
                group.clear()
                wanted.pop(case.category)
        if len(groups) > target:
            picked = sorted(rng.sample(range(len(groups)), target))
            groups = [groups[i] for i in picked]
        # A third of them (at least two) have a hearing in the court diary's next 14 days.
        diary = set(rng.sample(range(len(groups)), min(len(groups), max(2, len(groups) // 3))))
        for index, group in enumerate(groups):
            self.prosecution(self.cases([b.id for b in group]), diary=index in diary)

    def prosecution(self, cases: list[_Case], *, diary: bool = False) -> None:
        """A new prosecution of the victims' offender, told forward from the charge (after the
        last of them was referred) to the demo's "now"; with `diary`, one whose next hearing
        (a first hearing, or a trial - now and then just moved there by an adjournment) falls
        in the next 14 days."""
        rng, clock, today = self.rng, self.clock, self.today
        first = max(c.referred for c in cases)
        category = cases[0].category
        plan: list[Milestone] = []
        crown = category in CROWN or rng.random() < 0.15
        magistrates = rng.choice(MAGISTRATES)
        court = rng.choice(CROWN_COURTS) if crown else magistrates
        working = clock.on_working_day

        def add(m: Milestone) -> bool:
            if m.received_on.toordinal() >= today or check_milestone(plan, m):
                return False
            plan.append(m)
            return True

        def received(o: int) -> date:
            return clock.date(working(o + rng.pick((0, 1, 2), (60, 30, 10))))

        # Mostly charged in the last weeks; now and then months ago.
        charge = first + 5 + int((today - first - 11) * rng.random() ** 0.7)
        soon = clock.on_working_day(today + rng.randrange(0, 12))
        if not diary:
            self._tell(plan, add, received, charge, court, magistrates)
        elif today - first < 80 or rng.random() < 0.4:  # charged lately: first hearing soon
            charge = max(first + 5, today - rng.randrange(6, 20))
            self._tell(plan, add, received, charge, court, magistrates, hearing_at=soon)
        else:  # charged months ago: the trial soon
            charge = today - rng.randrange(70, min(today - first - 4, 160))
            self._tell(plan, add, received, charge, court, magistrates, trial_at=soon,
                       adjourned_lately=rng.random() < 0.4)
        if plan:
            self.store_prosecution(cases, plan, court, CHARGES.get(category, OTHER_CHARGE))

    def _tell(self, plan, add, received, charge: int, court: str, magistrates: str, *,
              hearing_at: int | None = None, trial_at: int | None = None,
              adjourned_lately: bool = False) -> None:
        """The milestones from the charge on, as far as the demo's "now"; `hearing_at` and
        `trial_at` fix the day of the first hearing or of the trial (a not guilty plea then)."""
        rng, clock, today = self.rng, self.clock, self.today
        working = clock.on_working_day
        add(Milestone(kind=MilestoneKind.CHARGE, occurred_on=clock.date(charge),
                      received_on=received(charge)))
        listed = working(charge + rng.randrange(0, 3))
        hearing = hearing_at or working(listed + rng.randrange(10, 29))
        if not add(Milestone(kind=MilestoneKind.FIRST_HEARING_LISTED,
                             occurred_on=clock.date(listed), received_on=received(listed),
                             hearing_on=clock.date(hearing),
                             hearing_time=time(10, 0) if rng.random() < 0.7 else time(14, 0),
                             venue=magistrates)) or hearing >= today:
            return
        if rng.random() < 0.3:
            add(Milestone(kind=MilestoneKind.BAIL_OUTCOME, occurred_on=clock.date(hearing),
                          received_on=received(hearing),
                          details="Conditional bail: no contact with the victims"))
        if rng.random() < 0.06 and trial_at is None:
            stopped = working(hearing + rng.randrange(1, 20))
            if stopped < today:
                add(Milestone(kind=MilestoneKind.DISCONTINUED, occurred_on=clock.date(stopped),
                              received_on=received(stopped),
                              details="CPS: insufficient evidence to continue"))
            return
        guilty = rng.random() < 0.4 and trial_at is None
        add(Milestone(kind=MilestoneKind.PLEA, occurred_on=clock.date(hearing),
                      received_on=received(hearing),
                      result=CourtResult.GUILTY if guilty else CourtResult.NOT_GUILTY))
        if guilty:
            sentenced = working(hearing + rng.randrange(21, 43))
            if sentenced < today:
                add(Milestone(kind=MilestoneKind.SENTENCE, occurred_on=clock.date(sentenced),
                              received_on=received(sentenced), details=rng.choice(SENTENCES)))
            return
        trial: int | None = trial_at or working(hearing + rng.randrange(40, 150))
        if adjourned_lately and trial - hearing > 45:
            # Listed for an earlier day, moved to the trial day a few days ago.
            original = working(hearing + rng.randrange(20, trial - hearing - 20))
            on = working(today - rng.randrange(3, 8))
            if hearing < on < today and add(Milestone(
                    kind=MilestoneKind.TRIAL_DATE_LISTED, occurred_on=clock.date(hearing),
                    received_on=received(hearing), hearing_on=clock.date(original),
                    hearing_time=time(10, 0), venue=court)):
                add(Milestone(kind=MilestoneKind.HEARING_ADJOURNED, occurred_on=clock.date(on),
                              received_on=clock.date(on), previous_date=clock.date(original),
                              new_date=clock.date(trial), vacated=on < original,
                              reason=rng.choice(ADJOURN_REASONS)))
                return
        add(Milestone(kind=MilestoneKind.TRIAL_DATE_LISTED, occurred_on=clock.date(hearing),
                      received_on=received(hearing), hearing_on=clock.date(trial),
                      hearing_time=time(10, 0), venue=court))
        if rng.random() < 0.3 and trial_at is None:
            on = working(hearing + rng.randrange(7, max(8, trial - hearing)))
            if on < min(trial, today):
                to_be_fixed = rng.random() < 0.2
                new = None if to_be_fixed else working(trial + rng.randrange(14, 60))
                if add(Milestone(kind=MilestoneKind.HEARING_ADJOURNED,
                                 occurred_on=clock.date(on), received_on=received(on),
                                 previous_date=clock.date(trial),
                                 new_date=clock.date(new) if new else None,
                                 date_to_be_fixed=to_be_fixed, vacated=True,
                                 reason=rng.choice(ADJOURN_REASONS))):
                    trial = new
        if trial is None or trial >= today:
            return
        add(Milestone(kind=MilestoneKind.TRIAL, occurred_on=clock.date(trial),
                      received_on=clock.date(trial)))
        result = rng.pick((CourtResult.GUILTY, CourtResult.NOT_GUILTY, CourtResult.MIXED),
                          (60, 30, 10))
        end = working(trial + rng.randrange(0, 4))
        if not add(Milestone(kind=MilestoneKind.VERDICT, occurred_on=clock.date(end),
                             received_on=received(end), result=result)):
            return
        if result is CourtResult.NOT_GUILTY:
            return
        sentenced = working(end + rng.randrange(0, 43))
        if sentenced >= today or not add(Milestone(
                kind=MilestoneKind.SENTENCE, occurred_on=clock.date(sentenced),
                received_on=received(sentenced), details=rng.choice(SENTENCES))):
            return
        if rng.random() < 0.06:
            appeal = sentenced + rng.randrange(7, 28)
            if appeal < today:
                add(Milestone(kind=MilestoneKind.APPEAL, occurred_on=clock.date(appeal),
                              received_on=received(appeal),
                              details="Appeal against sentence lodged"))

    def store_prosecution(self, cases: list[_Case], plan: list[Milestone], court: str,
                          charges: tuple[str, ...],
                          linked_events: list[str | None] | None = None,
                          officer: str | None = None) -> None:
        """The prosecution's rows: itself, its cases, its milestones and, for each milestone
        and case, the journey event and updates owed (new ones; or, for a single case whose
        journey events the demo already has, `linked_events`, one per milestone)."""
        rng, clock, today = self.rng, self.clock, self.today
        officer = officer or rng.choice(self.staff.witness_care)
        prosecution_id = rng.uid()
        year = plan[0].occurred_on.year % 100
        defendant = f"DEF-{year:02d}-{rng.randrange(10000, 100000)}"
        stamp = clock.ts(min(plan[0].received_on.toordinal() * DAY + 9 * 60, clock.now - 1))
        self.add("prosecutions", {"id": prosecution_id, "defendant_ref": defendant,
                                  "court": court, "charges": list(charges),
                                  "officer_id": self.staff.ids[officer], "notes": None},
                 at=stamp, by=officer)
        for case in cases:
            self.used.add(case.id)
            self.add("prosecution_cases", {"prosecution_id": prosecution_id, "case_id": case.id},
                     at=stamp, by=officer)
        latest = max(m.received_on for m in plan).toordinal()
        before = None  # milestones of one day are kept in the order they happened
        for index, m in enumerate(plan):
            day = m.received_on.toordinal()
            milestone_id = rng.uid()
            before, mstamp = self.ts(day, before if before and before // DAY == day else None)
            self.add("court_milestones", {"id": milestone_id, "prosecution_id": prosecution_id,
                                          **_milestone_columns(m), "recorded_by": officer},
                     at=mstamp, by=officer)
            kind = m.journey_kind
            if kind is None:
                continue
            details = describe_milestone(m, defendant, court)
            for case in cases:
                if linked_events is not None:
                    event_id = linked_events[index]
                    if event_id is None:
                        continue
                else:
                    fate = None
                    if today - day <= 6 and day == latest:
                        fate = rng.pick(("on_time", "open"), (45, 55))
                    event_id = self.event(case, kind, day, officer, details, fate=fate)
                self.add("milestone_events", {"milestone_id": milestone_id, "case_id": case.id,
                                              "event_id": event_id}, at=mstamp, by=officer)
        self.witness_needs(prosecution_id, cases, plan, officer)

    def mirrored_prosecutions(self, target: int) -> None:
        """Single-victim prosecutions for cases whose court story the demo already tells in
        journey events (charge ... sentence): the milestones they record, linked to them."""
        rng = self.rng
        kinds, ended = self.kinds, {"sentence", "appeal", "verdict"}
        chosen = [c for c in self.sample(
            lambda b: "charge" in kinds.get(b.id, ()) and (b.is_open or kinds[b.id] & ended),
            target) if c.id not in self.used]
        if not chosen:
            return
        marks = ", ".join("?" * len(chosen))
        stories: dict[str, list[tuple]] = {c.id: [] for c in chosen}
        for row in self.cursor.execute(
            "SELECT case_id, id, kind, occurred_at, details, recorded_by FROM journey_events"
            f" WHERE case_id IN ({marks}) AND kind NOT IN ('referral_received',"
            " 'complaint_received', 'rj_outcome') ORDER BY case_id, occurred_at, id",
            tuple(c.id for c in chosen)
        ):
            stories[row[0]].append(row[1:])
        for case in chosen:
            mirrored = self._mirror(stories[case.id])
            if mirrored is None:
                continue
            plan, events, court, officer = mirrored
            self.store_prosecution([case], plan, court or rng.choice(people.COURTS),
                                   CHARGES.get(case.category, OTHER_CHARGE), events,
                                   officer=officer)

    def _mirror(self, story: list[tuple]):
        """(milestones, the event id each one is, court, Witness Care officer) for a case's
        court events; None when they do not make a prosecution that passes the sanity rules."""
        clock = self.clock
        plan: list[Milestone] = []
        events: list[str | None] = []
        court = ""
        listed_trial: date | None = None
        officer = None
        for event_id, kind, occurred, details, recorded_by in story:
            day = clock.date(_day(occurred))
            details = details or ""
            if recorded_by in self.staff.witness_care:
                officer = officer or recorded_by
            found: list[tuple[Milestone, str | None]] = []
            if kind in (k.value for k in MilestoneKind) and kind not in (
                    "first_hearing_listed", "trial_date_listed", "hearing_adjourned", "verdict",
                    "no_further_action", "out_of_court_disposal"):
                found.append((Milestone(kind=MilestoneKind(kind), occurred_on=day,
                                        received_on=day, details=details), event_id))
            elif kind in ("first_hearing_listed", "trial_date_listed"):
                where, _, when = details.rpartition(" on ")
                try:
                    hearing = datetime.strptime(when, "%d %B %Y").date()
                except ValueError:
                    return None
                where = where.rsplit(", ", 1)[0]
                court = court or where
                if kind == "trial_date_listed":
                    listed_trial = hearing
                found.append((Milestone(kind=MilestoneKind(kind), occurred_on=day,
                                        received_on=day, hearing_on=hearing,
                                        hearing_time=time(10, 0), venue=where), event_id))
            elif kind == "hearing_adjourned":
                if listed_trial is None:
                    return None
                found.append((Milestone(kind=MilestoneKind.HEARING_ADJOURNED, occurred_on=day,
                                        received_on=day, previous_date=listed_trial,
                                        date_to_be_fixed=True, vacated=day < listed_trial,
                                        reason=details or "Vacated"), event_id))
            elif kind == "verdict":
                if details == "Guilty plea":
                    found.append((Milestone(kind=MilestoneKind.PLEA, occurred_on=day,
                                            received_on=day, result=CourtResult.GUILTY),
                                  event_id))
                else:
                    result = (CourtResult.NOT_GUILTY if details == "Not guilty"
                              else CourtResult.GUILTY)
                    found.append((Milestone(kind=MilestoneKind.TRIAL, occurred_on=day,
                                            received_on=day), None))
                    found.append((Milestone(kind=MilestoneKind.VERDICT, occurred_on=day,
                                            received_on=day, result=result), event_id))
            else:
                return None
            for milestone, linked in found:
                if check_milestone(plan, milestone):
                    return None
                plan.append(milestone)
                events.append(linked)
        if not plan or plan[0].kind not in (MilestoneKind.CHARGE, *INVESTIGATION):
            return None
        return plan, events, court, officer

    def witness_needs(self, prosecution_id: str, cases: list[_Case], plan: list[Milestone],
                      officer: str) -> None:
        rng, clock = self.rng, self.clock
        kinds = {m.kind: m for m in plan}
        charge = plan[0].received_on
        not_guilty = any(m.kind is MilestoneKind.PLEA and m.result is CourtResult.NOT_GUILTY
                         for m in plan)
        listed = kinds.get(MilestoneKind.TRIAL_DATE_LISTED)
        sentenced = kinds.get(MilestoneKind.SENTENCE)
        yesterday = clock.date(self.today - 1)
        for case in cases:
            offered = min(clock.date(clock.add_wd(charge.toordinal(), rng.randrange(1, 6))),
                          yesterday)
            measures: tuple[SpecialMeasureRequest, ...] = ()
            visit = service = expenses = Offer()
            if not_guilty:
                if case.vulnerable or case.intimidated:
                    decided = listed.received_on if listed else offered
                    measures = (SpecialMeasureRequest(measure=SpecialMeasure.SCREENS,
                                                      status=MeasureStatus.GRANTED,
                                                      decided_on=decided),)
                    if rng.random() < 0.5:
                        measures += (SpecialMeasureRequest(measure=SpecialMeasure.LIVE_LINK,
                                                           status=MeasureStatus.APPLIED),)
                on = listed.received_on if listed else offered
                visit = Offer(status=rng.pick((OfferStatus.OFFERED, OfferStatus.ACCEPTED,
                                               OfferStatus.DECLINED), (40, 40, 20)), on=on)
                service = Offer(status=rng.pick((OfferStatus.ACCEPTED, OfferStatus.DONE,
                                                 OfferStatus.DECLINED), (40, 40, 20)), on=on)
                expenses = Offer(status=OfferStatus.OFFERED, on=on)
            made = offered if rng.random() < 0.6 else None
            vps = VictimPersonalStatement(
                offered_on=offered, made_on=made, declined=made is None and rng.random() < 0.5,
                in_court=(rng.pick((VPSUse.READ_BY_VICTIM, VPSUse.READ_FOR_VICTIM,
                                    VPSUse.NOT_READ), (25, 55, 20))
                          if made is not None and sentenced is not None else None))
            needs = WitnessNeeds(
                case_id=case.id, prosecution_id=prosecution_id,
                must_give_evidence=True if not_guilty else (False if sentenced else None),
                special_measures=measures, pre_trial_visit=visit,
                witness_service_referral=service, interpreter_language=case.interpreter,
                expenses=expenses, vps=vps)
            if witness_needs_problems(needs):
                continue
            stamp = clock.ts(min(offered.toordinal() * DAY + 11 * 60, clock.now - 1))
            self.add("witness_needs", {"case_id": case.id, "prosecution_id": prosecution_id,
                                       **_needs_columns(needs)}, at=stamp, by=officer)

    # --- restorative justice ---------------------------------------------------------------------

    def restorative_justice(self, open_target: int, closed_target: int) -> None:
        rng = self.rng
        caseworkers = [u for u in self.staff.caseworkers
                       if u not in (people.LEAVER, people.ABSENT)]
        self.facilitators = rng.sample(caseworkers, min(3, len(caseworkers)))
        # Completed: the demo's own RJ outcomes ("Letter of apology received").
        outcomes = [(case_id, occurred) for _, case_id, occurred, _ in
                    self.events_of["rj_outcome"]]
        by_id = {c.id: c for c in self.cases([case_id for case_id, _ in outcomes])}
        for case_id, occurred in outcomes:
            case = by_id.get(case_id)
            if case is not None:
                self.completed_rj(case, _day(occurred))
        # Open ones on open cases, and some closed early (withdrawn, unsuitable) on closed ones.
        categories, kinds = frozenset(RJ_CATEGORIES), self.kinds
        for statuses, target, close in ((("supported", "assessing"), open_target, False),
                                        (("closed",), closed_target, True)):
            for case in self.sample(
                lambda b, statuses=statuses: b.status in statuses and b.category in categories
                and "rj_outcome" not in kinds.get(b.id, ()), target):
                start = case.referred + rng.randrange(2, 6)
                if case.id in self.used or min(case.end, self.today - 1) - start < 3:
                    continue
                self.open_rj(case, start, close=close)

    def _pathway_row(self, case: _Case, pathway: RJPathway, facilitator: str) -> None:
        moment = min(pathway.entered_on.toordinal() * DAY + 15 * 60, self.clock.now - 1)
        stamp = self.clock.ts(moment)
        self.add("rj_referrals", {
            "case_id": case.id, "referred_on": pathway.referred_on, "stage": pathway.stage.value,
            "entered_on": pathway.entered_on,
            "closure": pathway.closure.kind.value if pathway.closure else None,
            "facilitator_id": self.staff.ids[facilitator], "pathway": encode_pathway(pathway),
        }, at=stamp, by=facilitator)

    def _manager(self) -> OffenderManager:
        rng = self.rng
        service = rng.pick(tuple(OffenderService), (60, 30, 10))
        person = people.person(rng)
        where = {OffenderService.PROBATION: "Probation Service, ",
                 OffenderService.PRISON: "HMP ",
                 OffenderService.YOUTH_OFFENDING_TEAM: "Youth Offending Team, "}[service]
        return OffenderManager(service=service, name=f"{person.first_name} {person.last_name}",
                               organisation=where + rng.choice(("Worcester", "Hereford",
                                                                "Shrewsbury", "Telford")),
                               phone=people.drama_phone(rng))

    def completed_rj(self, case: _Case, closed: int) -> None:
        """A letter of apology, from referral to completion on the demo's RJ outcome day."""
        rng, clock = self.rng, self.clock
        referred = max(case.referred + 1, closed - rng.randrange(40, 120))
        if closed - referred < 10:
            return
        days = sorted(rng.sample(range(referred + 1, closed), 9))
        facilitator = rng.choice(self.facilitators)
        d = [clock.date(o) for o in days]
        scope = frozenset({InterventionKind.LETTER, InterventionKind.INDIRECT_SHUTTLE})
        try:
            p = start_pathway(clock.date(referred), referred_by=case.spoc)
            p = record_risk_assessment(p, self._assessment(d[0], facilitator))
            p = record_victim_consent(p, Consent(party=Party.VICTIM, given_on=d[1],
                                                 method=ConsentMethod.TELEPHONE,
                                                 taken_by=facilitator, scope=scope))
            p = set_offender_manager(p, self._manager())
            p = record_offender_consent(p, Consent(
                party=Party.OFFENDER, given_on=d[2], taken_by=p.offender.manager.name,
                method=ConsentMethod.THROUGH_OFFENDER_MANAGER, scope=scope))
            p = start_preparation(p, d[3])
            for party, day in ((Party.VICTIM, d[3]), (Party.OFFENDER, d[4])):
                p = add_preparation_note(p, PreparationNote(
                    party=party, on=day, by=facilitator,
                    text="Explained the letter process and what to expect"))
            p = record_intervention(p, Intervention(kind=InterventionKind.LETTER, on=d[5],
                                                    facilitator=facilitator,
                                                    notes="Letter of apology passed on"))
            p = agree_outcome(p, OutcomeAgreement(agreed_on=d[5], items=(OutcomeItem(
                kind=OutcomeItemKind.APOLOGY, description="Letter of apology"),)))
            p = resolve_outcome_item(p, 0, True, d[6])
            p = record_follow_up(p, FollowUp(on=d[7], by=facilitator,
                                             notes="Victim glad to have had the letter"))
            if rng.random() < 0.6:
                p = record_evaluation(p, VictimEvaluation(
                    on=d[8], satisfaction=rng.pick((Satisfaction.VERY_SATISFIED,
                                                    Satisfaction.SATISFIED), (60, 40)),
                    helped_cope_and_recover=True, would_recommend=True))
            p = close_completed(p, clock.date(closed))
        except TransitionRefused:
            return
        self._pathway_row(case, p, facilitator)

    def _assessment(self, on: date, by: str, suitable: bool = True) -> RiskAssessment:
        risks = tuple(Risk(description=d, management=m)
                      for d, m in self.rng.sample(RJ_RISKS, self.rng.randrange(1, 3)))
        return RiskAssessment(assessed_on=on, assessed_by=by, suitable=suitable, risks=risks,
                              notes="" if suitable else self.rng.choice(RJ_UNSUITABLE))

    def open_rj(self, case: _Case, start: int, *, close: bool) -> None:
        """A referral walked forward to a drawn stage by the step functions, its steps spread
        over the time the case allows (sometimes all early on: then it sits at its stage and
        the register calls it stuck); `close`: withdrawn or unsuitable on the way."""
        rng, clock = self.rng, self.clock
        last = min(case.end - (1 if case.status == "closed" else 0), self.today - 1)
        referred = start
        target = rng.pick(tuple(RJStage)[:-1], (10, 13, 13, 10, 16, 10, 15, 13))
        facilitator = rng.choice(self.facilitators)
        direct = rng.random() < 0.5
        scope = frozenset({InterventionKind.DIRECT_CONFERENCE, InterventionKind.LETTER}
                          if direct else {InterventionKind.INDIRECT_SHUTTLE,
                                          InterventionKind.LETTER})
        order = list(RJStage)
        # The days steps can fall on: one per step needed (preparation takes three: its start
        # and a session with each party), the last of them anywhere in the time there is.
        needed = (0, 1, 2, 3, 6, 7, 8, 9)[order.index(target)] + close
        room = last - referred
        while needed > room and target is not RJStage.REFERRED:
            target = order[order.index(target) - 1]
            needed = (0, 1, 2, 3, 6, 7, 8, 9)[order.index(target)] + close
        if needed > room:
            return
        share = 0.35 + 0.65 * rng.random() if rng.random() < 0.75 else 0.1  # or all early on
        until = referred + max(needed, int(room * share))
        days = sorted(rng.sample(range(referred + 1, until + 1), needed))

        def next_day() -> date | None:
            return clock.date(days.pop(0)) if days else None

        p = start_pathway(clock.date(referred), referred_by=case.spoc,
                          reference=f"PRB-{rng.randrange(100000, 1000000)}")
        try:
            if order.index(target) >= 1 and (on := next_day()):
                p = record_risk_assessment(p, self._assessment(on, facilitator))
            if order.index(target) >= 2 and p.stage is RJStage.SUITABILITY_ASSESSED and (
                    on := next_day()):
                p = record_victim_consent(p, Consent(party=Party.VICTIM, given_on=on,
                                                     method=ConsentMethod.IN_PERSON,
                                                     taken_by=facilitator, scope=scope))
                p = set_offender_manager(p, self._manager())
                p = set_offender_status(p, rng.choice((OffenderStatus.IN_CUSTODY,
                                                       OffenderStatus.ON_LICENCE,
                                                       OffenderStatus.COMMUNITY_SENTENCE)))
                p = log_offender_contact(p, OffenderContact(
                    on=on, by=facilitator, summary="Asked the offender manager whether the "
                                                   "offender would take part"))
            if order.index(target) >= 3 and p.stage is RJStage.VICTIM_CONSENTED and (
                    on := next_day()):
                p = record_offender_consent(p, Consent(
                    party=Party.OFFENDER, given_on=on, taken_by=p.offender.manager.name,
                    method=ConsentMethod.THROUGH_OFFENDER_MANAGER, scope=scope))
            if order.index(target) >= 4 and p.stage is RJStage.OFFENDER_CONSENTED and (
                    on := next_day()):
                p = start_preparation(p, on)
                for party in Party:
                    if on := next_day():
                        p = add_preparation_note(p, PreparationNote(
                            party=party, on=on, by=facilitator,
                            text="Preparation session: hopes, fears and ground rules"))
            if order.index(target) >= 5 and p.stage is RJStage.PREPARATION and (
                    on := next_day()):
                kind = InterventionKind.DIRECT_CONFERENCE if direct else \
                    InterventionKind.INDIRECT_SHUTTLE
                if kind is InterventionKind.DIRECT_CONFERENCE and (
                        on - p.latest_assessment.assessed_on).days > 90:
                    p = record_risk_assessment(p, self._assessment(on, facilitator))
                p = record_intervention(p, Intervention(kind=kind, on=on,
                                                        facilitator=facilitator))
            if order.index(target) >= 6 and p.stage is RJStage.INTERVENTION and (
                    on := next_day()):
                p = agree_outcome(p, OutcomeAgreement(agreed_on=on, items=(
                    OutcomeItem(kind=OutcomeItemKind.APOLOGY, description="Verbal apology"),
                    OutcomeItem(kind=rng.choice((OutcomeItemKind.REPARATION,
                                                 OutcomeItemKind.COMMUNITY_WORK)),
                                description=rng.choice(("Repair the damaged fence",
                                                        "Ten hours at the food bank",
                                                        "Pay for the broken window")),
                                due_on=on + timedelta(days=30)),
                )))
                p = resolve_outcome_item(p, 0, True, on)
            if order.index(target) >= 7 and p.stage in (RJStage.OUTCOME_AGREED,
                                                        RJStage.INTERVENTION) and (
                    on := next_day()):
                p = record_follow_up(p, FollowUp(on=on, by=facilitator,
                                                 notes="Called the victim: how it went"))
            if close and (on := next_day()):
                if p.stage in (RJStage.REFERRED, RJStage.SUITABILITY_ASSESSED) and \
                        rng.random() < 0.5:
                    p = close_unsuitable(p, on, rng.choice(RJ_UNSUITABLE))
                else:
                    by, reason = rng.choice(RJ_WITHDRAWALS)
                    p = withdraw(p, by, on, reason)
        except TransitionRefused:
            pass  # the pathway stays where its last accepted step left it
        if close and p.is_open:
            return  # no time left to close it before the case closed
        self._pathway_row(case, p, facilitator)
        outcome = rj_outcome_event(p)
        if outcome is not None:
            self.event(case, "rj_outcome", outcome[1].toordinal(), facilitator,
                       f"Restorative justice: {p.closure.kind.label.lower()}")

    # --- complaints, reviews, feedback -----------------------------------------------------------

    def complaints(self, elsewhere_target: int) -> None:
        rng, clock = self.rng, self.clock
        supervisors = self.staff.supervisors
        events = self.events_of["complaint_received"]
        by_id = {c.id: c for c in self.cases([case_id for _, case_id, _, _ in events])}
        met: dict[str, tuple] = {}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for event_id, met_at, met_by in self.cursor.execute(
                "SELECT event_id, met_at, met_by FROM obligations WHERE rule_id ="
                f" 'complaint_response' AND case_id IN ({', '.join('?' * len(chunk))})", chunk):
                met[event_id] = (met_at, met_by)
        for event_id, case_id, occurred, details in events:
            case = by_id[case_id]
            met_at, met_by = met.get(event_id, (None, None))
            received = _day(occurred)
            acknowledged = _day(met_at) if met_at else None
            complaint = Complaint(
                case_id=case_id, received_on=clock.date(received), about=ComplaintAbout.VAL,
                rights=frozenset({4}), summary=details or "", received_by=rng.choice(supervisors),
                acknowledged_on=clock.date(acknowledged) if acknowledged else None)
            if acknowledged is not None:
                answered = acknowledged + rng.randrange(2, 12)
                if answered <= min(case.end, self.today - 1):
                    outcome = rng.pick((ComplaintOutcome.UPHELD, ComplaintOutcome.PARTLY_UPHELD,
                                        ComplaintOutcome.NOT_UPHELD), (30, 30, 40))
                    complaint = dataclasses.replace(
                        complaint, responded_on=clock.date(answered), outcome=outcome,
                        outcome_on=clock.date(answered),
                        lessons=rng.choice(COMPLAINT_LESSONS) if outcome is not
                        ComplaintOutcome.NOT_UPHELD else "")
            self._complaint_row(complaint, event_id, met_by or complaint.received_by)
        # Complaints about other organisations, passed on to them.
        for case in self.sample(lambda b: b.status in ("supported", "assessing", "closed"),
                                elsewhere_target):
            if case.end - case.referred <= 20:
                continue
            received = rng.randrange(case.referred + 7, case.end + 1)
            received = clock.on_working_day(received)
            if received > min(case.end, self.today - 1):
                continue
            about, name, organisation, summary, rights = rng.choice(COMPLAINED)
            supervisor = rng.choice(supervisors)
            limit = min(case.end, self.today - 1)
            complaint = Complaint(case_id=case.id, received_on=clock.date(received), about=about,
                                  about_name=name, rights=frozenset(rights), summary=summary,
                                  received_by=supervisor)
            met_day = None
            if about is ComplaintAbout.VAL:  # ours to answer
                told = "Complaint acknowledged"
                acknowledged = clock.on_working_day(received + rng.randrange(1, 16))
                if acknowledged <= limit:
                    met_day = acknowledged
                    complaint = dataclasses.replace(complaint,
                                                    acknowledged_on=clock.date(acknowledged))
                    answered = acknowledged + rng.randrange(3, 20)
                    if answered <= limit:
                        outcome = rng.pick((ComplaintOutcome.UPHELD,
                                            ComplaintOutcome.PARTLY_UPHELD,
                                            ComplaintOutcome.NOT_UPHELD), (30, 30, 40))
                        complaint = dataclasses.replace(
                            complaint, responded_on=clock.date(answered), outcome=outcome,
                            outcome_on=clock.date(answered),
                            lessons=rng.choice(COMPLAINT_LESSONS)
                            if outcome is not ComplaintOutcome.NOT_UPHELD else "")
            else:  # passed on to the organisation it is about; telling the victim meets it
                told = f"Told the victim their complaint has gone to {organisation}"
                passed = received + rng.randrange(1, 4)
                victim_told = clock.on_working_day(passed + rng.randrange(0, 3))
                if passed <= limit:
                    complaint = dataclasses.replace(complaint, passed_on=PassedOn(
                        organisation=organisation, on=clock.date(passed),
                        victim_told_on=clock.date(victim_told) if victim_told <= limit
                        else None))
                    if victim_told <= limit:
                        met_day = victim_told
                        if rng.random() < 0.7:
                            complaint = dataclasses.replace(
                                complaint, outcome=ComplaintOutcome.PASSED_ON,
                                outcome_on=clock.date(victim_told))
            if complaint_problems(complaint):
                continue
            event_id = self._complaint_event(case, complaint, supervisor, met_day, told)
            self._complaint_row(complaint, event_id, supervisor)

    def _complaint_event(self, case: _Case, complaint: Complaint, by: str,
                         met_day: int | None, summary: str) -> str:
        """The complaint_received event and its obligation, met on `met_day` (if any) by a
        contact with the victim."""
        day = complaint.received_on.toordinal()
        at, stamp = self.ts(day)
        about = complaint.about_name or complaint.about.label
        event_id = self.add("journey_events", {
            "case_id": case.id, "kind": "complaint_received", "occurred_at": stamp,
            "recorded_by": by, "details": f"Complaint about {about}: {complaint.summary}"},
            at=stamp, by=by)
        for due in obligations_for_event("complaint_received", complaint.received_on,
                                         case.enhanced, self.rules):
            met = None
            if met_day is not None:
                met = max(self.clock.work_moment(self.rng, met_day, at), at + 1)
                met = met if met < self.clock.now else None
            met_stamp = self.clock.ts(met) if met is not None else None
            self.add("obligations", {
                "case_id": case.id, "rule_id": due.rule_id, "event_id": event_id,
                "starts_on": complaint.received_on, "due": due.due, "met_at": met_stamp,
                "met_by": by if met else None,
                "late_reason": self.rng.choice(people.LATE_REASONS)
                if met is not None and met // DAY > due.due.toordinal() else None,
            }, at=met_stamp or stamp, by=by)
            if met is not None:
                self.log(case, met, by, summary)
        return event_id

    def _complaint_row(self, complaint: Complaint, event_id: str, by: str) -> None:
        if complaint_problems(complaint):
            return
        last = max(d for d in (complaint.received_on, complaint.acknowledged_on,
                               complaint.outcome_on) if d is not None)
        stamp = self.clock.ts(min(last.toordinal() * DAY + 16 * 60, self.clock.now - 1))
        self.add("complaints", {"case_id": complaint.case_id, "event_id": event_id,
                                **_complaint_columns(complaint)}, at=stamp, by=by)

    def reviews(self, target: int) -> None:
        rng, clock = self.rng, self.clock
        decisions = [(case_id, occurred) for _, case_id, occurred, _ in
                     self.events_of["no_further_action"]]
        if not decisions:
            return
        picked = sorted(rng.sample(range(len(decisions)), min(len(decisions), target)))
        by_id = {c.id: c for c in self.cases([decisions[i][0] for i in picked])}
        limit = self.today - 1
        for index in picked:
            case_id, occurred = decisions[index]
            case = by_id[case_id]
            told = _day(occurred)
            timing = rng.pick(("in_time", "late", "out_of_time"), (85, 10, 5))
            if timing == "in_time":
                requested = clock.add_wd(told, rng.randrange(1, 10))
            elif timing == "late":
                requested = clock.add_wd(told, rng.randrange(12, 30))
            else:
                requested = told + 100
            if requested > limit:
                continue
            request = VRRRequest(
                case_id=case_id, body=ReviewBody.POLICE,
                decision=QualifyingDecision.NOT_TO_CHARGE,
                decision_communicated_on=clock.date(told), requested_on=clock.date(requested),
                late_reason="Victim was in hospital when told of the decision"
                if timing == "late" else "")
            if timing == "out_of_time":
                request = dataclasses.replace(request, outcome=VRROutcome.NOT_ELIGIBLE,
                                              outcome_on=clock.date(requested))
            else:
                request = self._review_stages(request, requested, limit)
            if vrr_problems(request):
                continue
            last = max(d for d in (request.requested_on, request.outcome_on,
                                   request.local_resolution and request.local_resolution.started_on)
                       if d)
            stamp = clock.ts(min(last.toordinal() * DAY + 14 * 60, clock.now - 1))
            by = case.spoc
            self.add("vrr_requests", {"case_id": case_id, **_vrr_columns(request)},
                     at=stamp, by=by)

    def _review_stages(self, request: VRRRequest, requested: int, limit: int) -> VRRRequest:
        rng, clock = self.rng, self.clock
        start = requested + rng.randrange(2, 6)
        if start > limit:
            return request
        local = ReviewStage(started_on=clock.date(start), reviewer="Detective Inspector, "
                            "Crime Review Team")
        end = start + rng.randrange(10, 26)
        if end > limit:
            return dataclasses.replace(request, local_resolution=local)
        result = rng.pick((ReviewResult.DECISION_UPHELD, ReviewResult.DECISION_OVERTURNED),
                          (80, 20))
        local = dataclasses.replace(local, concluded_on=clock.date(end), result=result)
        request = dataclasses.replace(request, local_resolution=local)
        if result is ReviewResult.DECISION_OVERTURNED or rng.random() < 0.6:
            return dataclasses.replace(request, outcome=VRROutcome(result.value),
                                       outcome_on=clock.date(end),
                                       lessons=rng.choice(REVIEW_LESSONS)
                                       if result is ReviewResult.DECISION_OVERTURNED else "")
        start = end + rng.randrange(3, 11)
        if start > limit:
            return request
        independent = ReviewStage(started_on=clock.date(start),
                                  reviewer="Independent reviewer, another force")
        end = start + rng.randrange(15, 41)
        if end > limit:
            return dataclasses.replace(request, independent_review=independent)
        result = rng.pick((ReviewResult.DECISION_UPHELD, ReviewResult.DECISION_OVERTURNED),
                          (85, 15))
        return dataclasses.replace(
            request, independent_review=dataclasses.replace(independent,
                                                            concluded_on=clock.date(end),
                                                            result=result),
            outcome=VRROutcome(result.value), outcome_on=clock.date(end),
            lessons=rng.choice(REVIEW_LESSONS)
            if result is ReviewResult.DECISION_OVERTURNED else "")

    def feedback(self, closure_target: int, any_time_target: int) -> None:
        rng, clock = self.rng, self.clock
        closed = self.sample(lambda b: b.status == "closed"
                             and b.closure_reason == SUPPORTED_CLOSURE, closure_target)
        current = self.sample(lambda b: b.status == "supported", any_time_target)
        for cases, occasion in ((closed, FeedbackOccasion.CLOSURE),
                                (current, FeedbackOccasion.ANY_TIME)):
            for case in cases:
                if occasion is FeedbackOccasion.CLOSURE and "yes" not in case.perms:
                    continue  # no safe way to have sent the feedback invitation
                if occasion is FeedbackOccasion.CLOSURE:
                    given = case.end + rng.randrange(3, 31)
                else:
                    given = rng.randrange(case.referred + 14, self.today) \
                        if self.today - case.referred > 15 else None
                if given is None or given > self.today - 1:
                    continue
                satisfaction = rng.pick(tuple(Satisfaction), (45, 30, 12, 9, 4))
                cope = rng.pick((True, False, None), (70, 12, 18))
                unhappy = satisfaction.is_dissatisfied or cope is False
                text = rng.choice(COULD_BE_BETTER) if rng.random() < (0.8 if unhappy
                                                                       else 0.15) else None
                stamp = clock.ts(min(given * DAY + 10 * 60, clock.now - 1))
                self.add("victim_feedback", {
                    "case_id": case.id, "given_on": clock.date(given),
                    "occasion": occasion.value, "satisfaction": satisfaction.value,
                    "better_able_to_cope": cope, "could_be_better": text,
                    "user_group_contact": rng.random() < 0.2, "recorded_by": case.spoc,
                }, at=stamp, by=case.spoc)

    # --- the next reassessment of the cases touched -------------------------------------------

    def refresh_reassessments(self) -> None:
        """As cases.refresh_reassessment, for the open cases given a triggering event."""
        cursor = self.cursor
        updates = []
        for case_id in sorted(self.touched):
            status, referred, risk, enhanced = cursor.execute(
                "SELECT status, referred_at, risk_level, enhanced FROM cases WHERE id = ?",
                (case_id,)).fetchone()
            if status == "closed":
                continue
            assessed = [(at, level) for at, level in cursor.execute(
                "SELECT assessed_at, risk_level FROM needs_assessments WHERE case_id = ?"
                " AND deleted = 0 ORDER BY assessed_at", (case_id,))]
            events = [(kind, uk_date(datetime.fromisoformat(at))) for kind, at in cursor.execute(
                "SELECT kind, occurred_at FROM journey_events WHERE case_id = ? AND deleted = 0",
                (case_id,))]
            due = next_reassessment(
                uk_date(datetime.fromisoformat(referred)),
                [uk_date(datetime.fromisoformat(at)) for at, _ in assessed], events,
                assessed[-1][1] if assessed else risk, bool(enhanced), self.schedule)
            updates.append((due.due.isoformat(), case_id))
        cursor.executemany("UPDATE cases SET next_reassessment_due = ? WHERE id = ?", updates)


def add_journey_records(cursor, rng: DemoRandom, clock: Clock, rulebook, staffing,
                        counts: dict[str, int]) -> None:
    """Add the journey records to a demo store whose cases are written (see the module's
    docstring); `counts` (rows added per table) is brought up to date. A store without the
    journey tables (an older schema) is left as it is."""
    tables = {name for (name,) in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(JOURNEY_TABLES) <= tables:
        return
    for table in JOURNEY_TABLES:
        counts.setdefault(table, 0)
    cases = counts.get("cases", 0)
    if not cases:
        return
    records = JourneyRecords(cursor, rng, clock, rulebook, staffing, counts)
    records.prosecutions(_clamp(cases // 45, 2, 250))
    records.mirrored_prosecutions(_clamp(cases // 25, 2, 400))
    records.restorative_justice(_clamp(cases // 50, 3, 250), _clamp(cases // 150, 1, 80))
    records.complaints(_clamp(cases // 80, 2, 150))
    records.reviews(_clamp(cases // 200, 1, 100))
    records.feedback(_clamp(cases // 12, 2, 1500), _clamp(cases // 60, 1, 300))
    records.write()
    records.refresh_reassessments()
