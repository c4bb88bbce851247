"""The story of each synthetic case, as rows ready for a bulk insert (see demo.py).

A case is told from its referral up to the demo's "now" (`today` at 08:30 UK time), in phases:
the victim and the facts of the case; contact attempts through the channels the victim allows,
until reached or not; the path it takes (never reached, declined, signposted, referred on,
supported ...) and the police and court milestones; needs assessments at the intervals of the
reassessment schedule, needs easing over time; then the rows: contact log, journey events and
the obligations they start (met on time, late, or not yet), assessments and their scores,
support plan actions, SPOC history, referral, case. Derived facts (enhanced rights, obligation
due dates, the next reassessment) come from the domain functions the app itself uses, with the
same inputs, so they are exactly what the app computes.

Every row is a tuple in the column order of demo.TABLE_COLUMNS, sync columns last, in the
store's own text forms (see demo_kit).
"""

from __future__ import annotations

import dataclasses
import json
import operator
import os
import pickle
import traceback
from collections.abc import Iterator
from datetime import date

from ..domain.eligibility import EligibilityFacts, EnhancedReason, enhanced_reasons
from ..domain.journey import event_label, trigger_for
from ..domain.needs import next_reassessment
from ..domain.rules import obligations_for_event
from ..domain.vocabulary import OFFENCE_CATEGORIES
from . import demo_people as people
from .demo_journey import (
    CATEGORY_WEIGHTS,
    DOMAINS,
    HIGH_RISK,
    PERSISTENT,
    SENSITIVE,
    Milestone,
    Staffing,
    eased,
    first_scores,
    milestones,
    risk_level,
    spoc_history,
)
from .demo_kit import DAY, SPAN_DAYS, Clock, DemoRandom

# The tables a case's rows go to, in the order they are written: victims and referrals before
# cases, so that the search triggers find everything a case's search document holds.
TABLES = ("victims", "contact_permissions", "referrals", "cases", "possible_matches",
          "journey_events", "obligations", "needs_assessments", "need_scores",
          "support_plan_actions", "contact_log", "spoc_assignments")
_FIRST = operator.itemgetter(0)
_REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # as domain.case_ref (Crockford base 32)
# A contact attempt or other entry of the contact log: (at, kind, direction, outcome, summary)
Entry = tuple[int, str, str | None, str | None, str]


@dataclasses.dataclass(slots=True)
class _Story:
    """One case while it is being told (moments in UK minutes, days as ordinals)."""

    referred: int
    category: str
    source: str
    first_spoc: str
    entered_by: str
    victim_id: str = ""
    person: people.Person | None = None
    dob: int | None = None
    perms: tuple[str, ...] = ()  # call, voicemail, text, write, email: yes / no / unknown
    offence_day: int | None = None
    reported: bool = False
    crime_ref: str | None = None
    consent: bool = True
    vulnerable: bool = False
    intimidated: bool = False
    persistent: bool = False
    own_reasons: list[str] = dataclasses.field(default_factory=list)
    reasons: list[EnhancedReason] = dataclasses.field(default_factory=list)
    risk: str = "standard"
    path: str = ""
    attempts: list[Entry] = dataclasses.field(default_factory=list)
    reach: int | None = None
    offer: int | None = None
    closure: int | None = None
    events: list[Milestone] = dataclasses.field(default_factory=list)
    first_assessment: int | None = None
    closed: bool = False
    end: int = 0  # closure if closed, else the demo's "now"
    status: str = "new"
    spocs: list[tuple] = dataclasses.field(default_factory=list)
    assessments: list[tuple[int, tuple[int, ...], str]] = dataclasses.field(default_factory=list)
    next_due: date | None = None

    @property
    def enhanced(self) -> bool:
        return bool(self.reasons)

    def spoc_at(self, m: int) -> str:
        who = self.spocs[0][1]
        for start, user, *_ in self.spocs:
            if start <= m:
                who = user
        return who


class CaseMaker:
    """Makes cases one after the other into `rows` (table name -> list of tuples)."""

    def __init__(self, rng: DemoRandom, clock: Clock, rulebook, staffing: Staffing, providers,
                 rows: dict[str, list[tuple]]):
        self.rng = rng
        self.clock = clock
        self.rules = rulebook.rules
        self.schedule = rulebook.schedule
        self.staff = staffing
        self.rows = rows
        self.refs: set[str] = set()
        self.victims: list[tuple] = []  # (victim id, Person, dob, permissions)
        self.file_lines: dict[int, int] = {}
        self.serial = 0
        self._obligations: dict[tuple[str, int, bool], list[tuple[str, int, int]]] = {}
        self._providers: dict[tuple[str, str], list[str]] = {}
        for provider_id, domains, categories in providers:
            for domain in domains:
                for category in categories or OFFENCE_CATEGORIES:
                    self._providers.setdefault((domain, category), []).append(provider_id)

    def case(self, referred: int, category: str) -> None:
        rng = self.rng
        source = rng.pick(("police", "self", "partner"), (80, 12, 8))
        first_spoc = self.staff.caseworker(rng, referred // DAY)
        # Police referrals come in the nightly file import; others are typed in by a caseworker.
        entered_by = "i.jones" if source == "police" else first_spoc
        story = _Story(referred, category, source, first_spoc, entered_by)
        self._victim(story)
        self._facts(story)
        self._contact(story)
        self._course(story)
        story.spocs = spoc_history(rng, self.clock, self.staff, referred, story.end, first_spoc)
        self._assessments(story)
        case_id = rng.uid()
        self._write_contacts(story, case_id)
        self._write_events(story, case_id)
        self._write_assessments(story, case_id)
        self._write_case(story, case_id)

    # --- the story ----------------------------------------------------------------------

    def _victim(self, s: _Story) -> None:
        """A new victim; now and then a known one (the same victim's second case), or a new one
        who looks like a known one, flagged as a possible match for a caseworker to settle."""
        rng, clock, rows = self.rng, self.clock, self.rows
        rday = s.referred // DAY
        roll = rng.random()
        if len(self.victims) > 50 and roll < 0.004:
            s.victim_id, s.person, s.dob, s.perms = rng.choice(self.victims)
            return
        if len(self.victims) > 50 and roll < 0.01:
            other_id, other, dob, _ = rng.choice(self.victims)
            status = rng.pick(("pending", "confirmed", "rejected"), (65, 25, 10))
            person = dataclasses.replace(other, phone=people.drama_phone(rng))
            if status == "rejected" or dob is None:  # a namesake at the same address
                dob = rday - rng.randrange(18 * 365, 80 * 365)
                reason = "same name and postcode"
            else:
                reason = "same name and date of birth"
                if rng.random() < 0.5:  # since moved house
                    person = dataclasses.replace(
                        person, postcode=people.postcode(rng, person.town),
                        address_line1=f"{rng.randrange(1, 240)} {rng.choice(people.STREETS)}")
            victim_id = rng.uid()
            resolved_by = resolved_at = None
            if status != "pending":
                resolved = clock.work_moment(rng, rday + rng.randrange(1, 5), s.referred)
                if resolved <= clock.now:
                    resolved_by, resolved_at = s.first_spoc, clock.ts(resolved)
                else:
                    status = "pending"
            rows["possible_matches"].append((
                rng.uid(), victim_id, other_id, reason, status, resolved_by, resolved_at,
                1, resolved_at or clock.ts(s.referred), resolved_by or s.entered_by, 0, None))
        else:
            person = people.person(rng)
            victim_id = rng.uid()
            if s.category == "child_sexual_exploitation" or rng.random() < 0.07:
                age = rng.randrange(8, 18)
            else:
                age = int(rng.triangular(18, 90, 34))
            dob = None if rng.random() < 0.04 else rday - age * 365 - rng.randrange(365)
        weights = (((60, 15, 25), (15, 50, 35), (45, 25, 30), (20, 45, 35), (25, 30, 45))
                   if s.category in SENSITIVE else
                   ((88, 2, 10), (55, 10, 35), (70, 5, 25), (78, 4, 18), (45, 5, 50)))
        perms = [rng.pick(("yes", "no", "unknown"), w) for w in weights]
        if person.phone is None:
            perms[0] = perms[1] = perms[2] = "unknown"
        if person.email is None:
            perms[4] = "unknown"
        s.victim_id, s.person, s.dob, s.perms = victim_id, person, dob, tuple(perms)
        self.victims.append((victim_id, person, dob, s.perms))
        stamp = clock.ts(s.referred)
        rows["victims"].append((
            victim_id, person.first_name, person.last_name,
            clock.iso(dob) if dob is not None else None, person.gender, person.phone,
            person.email, person.address_line1, person.address_line2, person.town,
            person.postcode, person.preferred_language, int(person.interpreter_needed),
            person.disability, 1, stamp, s.entered_by, 0, None))
        rows["contact_permissions"].append((
            rng.uid(), victim_id, *s.perms, 1, stamp, s.entered_by, 0, None))

    def _facts(self, s: _Story) -> None:
        """The facts of the case, and the enhanced rights the app derives from them."""
        rng, clock, category = self.rng, self.clock, s.category
        rday = s.referred // DAY
        lag = rng.pick((0, 1, 2, 7), (45, 35, 12, 8))
        lag = rng.randrange(7, 40) if lag == 7 else lag
        if category in ("sexual_offence", "child_sexual_exploitation") and rng.random() < 0.15:
            lag = rng.randrange(365, 365 * 20)  # non-recent abuse, reported as an adult
        offence = rday - lag
        if s.dob is not None and offence < s.dob + 4 * 365:
            offence = rday - rng.randrange(0, 3)
        s.offence_day = None if rng.random() < 0.04 else offence
        s.reported = s.source == "police" or rng.random() < (0.45 if s.source == "self" else 0.6)
        if s.reported and (s.source == "police" or rng.random() < 0.6):
            s.crime_ref = f"22/{rng.randrange(10000, 100000)}/{clock.date(rday).year % 100:02d}"
        s.consent = s.source != "police" or rng.random() > 0.03
        s.vulnerable = rng.random() < 0.08 + (0.25 if category in SENSITIVE else 0.0) + (
            0.15 if s.person.disability == "yes" else 0.0)
        s.intimidated = rng.random() < (0.3 if category in HIGH_RISK else 0.04)
        s.persistent = rng.random() < (0.3 if category in PERSISTENT else
                                       0.12 if category == "domestic_abuse" else 0.02)
        if rng.random() < 0.01:
            s.own_reasons = [rng.choice(people.CASEWORKER_REASONS)]
        s.reasons = enhanced_reasons(  # as cases.refresh_enhanced asks
            EligibilityFacts(
                offence_category=category,
                offence_date=clock.date(s.offence_day) if s.offence_day is not None else None,
                date_of_birth=clock.date(s.dob) if s.dob is not None else None,
                vulnerable=s.vulnerable,
                intimidated=s.intimidated,
                persistently_targeted=s.persistent,
                caseworker_reasons=tuple(s.own_reasons),
            ),
            today=clock.date(rday),
        )
        if category in HIGH_RISK:
            s.risk = rng.pick(("standard", "medium", "high"), (50, 35, 15))
        else:
            s.risk = rng.pick(("standard", "medium"), (88, 12))

    def _contact(self, s: _Story) -> None:
        """Contact attempts through the first channel the victim allows, until reached or not;
        the path the case will take."""
        rng, clock = self.rng, self.clock
        now, rday = clock.now, s.referred // DAY
        if not s.consent:
            s.path = "no_consent"
            s.closure = s.referred + rng.randrange(20, 180)
            return
        specialist = 12 if s.category in SENSITIVE else 4
        s.path = rng.pick(("unreached", "declined", "signposted", "specialist", "moved",
                           "supported"), (12, 18, 12, specialist, 2, 48))
        call, voicemail, text, write, email = s.perms
        channel = next((c for c, ok in (("call", call), ("text", text), ("email", email),
                                        ("letter", write)) if ok == "yes"), "note")
        days = rng.pick((0, 1, 2, 3, 5), (52, 40, 5, 2, 1))  # working days to the first try
        if days == 0 and s.referred % DAY < 16 * 60:
            at = s.referred + rng.randrange(15, 120)
        else:
            at = clock.work_moment(rng, clock.add_wd(rday, max(days, 1)))
        tries = 4 if s.path == "unreached" else rng.pick((0, 1, 2, 3), (50, 28, 14, 8))
        attempts = s.attempts
        if channel == "note":
            attempts.append((at, "note", None, None, "No safe way to contact recorded: asked "
                             "the officer in the case to arrange safe contact"))
            at = clock.work_moment(rng, clock.add_wd(at // DAY, rng.randrange(2, 6)), at)
            tries = 0
        for n in range(tries):
            if at > now:
                break
            outcome = ("sent" if channel != "call" else
                       "voicemail" if voicemail == "yes" else "no_answer")
            attempts.append((at, channel, "outbound", outcome,
                             f"Contact attempt {n + 1}: {outcome.replace('_', ' ')}"))
            at = clock.work_moment(rng, clock.add_wd(at // DAY, rng.randrange(1, 3)), at)
        attempts[:] = [a for a in attempts if a[0] <= now]
        if s.path == "unreached":
            if attempts:
                s.closure = clock.work_moment(
                    rng, clock.add_wd(attempts[-1][0] // DAY, rng.randrange(5, 11)))
        elif at <= now:
            s.reach = at
            kind, direction = (("call", "outbound") if channel == "call" else
                               ("call", "inbound") if s.person.phone else ("meeting", None))
            attempts.append((at, kind, direction, "reached",
                             "Spoke to the victim: introduced VAL and their SPOC, "
                             "offered referral to support services"))
        # The offer of a referral to support services goes with the first message that lands.
        s.offer = next((a[0] for a in attempts if a[3] in ("voicemail", "sent", "reached")), None)

    def _course(self, s: _Story) -> None:
        """Police and court milestones, when the case closes (if it has), its status now."""
        rng, clock = self.rng, self.clock
        rday = s.referred // DAY
        events = milestones(rng, clock, s.referred) if s.reported else []
        if rng.random() < 0.006:
            events.append((clock.work_moment(rng, rday + rng.randrange(5, 200)),
                           "complaint_received", "About how long it took to return a call"))
        if s.reach is not None:
            reached = s.reach // DAY
            if s.path == "declined":
                s.closure = clock.work_moment(rng, clock.add_wd(reached, rng.randrange(0, 3)),
                                              s.reach)
            elif s.path == "signposted":
                s.closure = clock.work_moment(rng, clock.add_wd(reached, rng.randrange(0, 6)),
                                              s.reach)
            elif s.path == "moved":
                s.closure = clock.work_moment(rng, reached + rng.randrange(5, 30), s.reach)
            else:
                first = clock.work_moment(rng, clock.add_wd(reached, rng.randrange(0, 7)), s.reach)
                s.first_assessment = first
                if s.path == "specialist":
                    s.closure = clock.work_moment(
                        rng, clock.add_wd(first // DAY, rng.randrange(1, 10)), first)
                else:
                    length = rng.pick((7, 14, 45), (50, 35, 15))  # days of support
                    s.closure = clock.work_moment(
                        rng, first // DAY + rng.randrange(length, length * 2), first)
                    court = [e[0] for e in events if e[1] != "complaint_received"]
                    if court and max(court) > s.closure and rng.random() < 0.3:
                        # Supported until the court case is over.
                        s.closure = clock.work_moment(rng, max(court) // DAY
                                                      + rng.randrange(7, 30))
                    if rng.random() < 0.03:
                        events.append((clock.work_moment(rng, first // DAY
                                                         + rng.randrange(30, 200)),
                                       "rj_outcome", "Letter of apology received"))
        s.closed = s.closure is not None and s.closure <= clock.now
        s.end = s.closure if s.closed else clock.now
        s.events = sorted(e for e in events if e[0] <= s.end)
        if s.first_assessment is not None and s.first_assessment > s.end:
            s.first_assessment = None
        if s.closed:
            s.status = "closed"
        elif s.reach is None:
            s.status = "contacting" if s.attempts else "new"
        else:
            s.status = "supported" if s.first_assessment is not None else "assessing"

    def _assessments(self, s: _Story) -> None:
        """Needs assessments from the first one on, each when the reassessment schedule says
        (mostly on time, some early, some late), needs easing; the next one due, exactly as
        cases.refresh_reassessment computes it."""
        rng, clock = self.rng, self.clock
        referred_on = clock.date(s.referred // DAY)
        event_days = [(kind, clock.date(at // DAY)) for at, kind, _ in s.events]
        if s.first_assessment is not None:
            scores = first_scores(rng, s.category, s.person.interpreter_needed)
            at = s.first_assessment
            days: list[date] = []
            while at <= s.end and len(s.assessments) < 40:
                level = risk_level(scores, s.category)
                s.assessments.append((at, scores, level))
                days.append(clock.date(at // DAY))
                due = next_reassessment(referred_on, days, event_days, level, s.enhanced,
                                        self.schedule).due.toordinal()
                delay = rng.pick((-2, 0, 2, 9), (20, 50, 18, 12))
                delay = rng.randrange(delay, delay + 3) if delay != 9 else rng.randrange(4, 21)
                at = clock.work_moment(rng, max(due + delay, at // DAY + 1), at)
                scores = eased(rng, scores)
            s.risk = s.assessments[-1][2]
        if not s.closed:
            s.next_due = next_reassessment(
                referred_on, [clock.date(a[0] // DAY) for a in s.assessments], event_days,
                s.risk, s.enhanced, self.schedule).due

    # --- the rows -----------------------------------------------------------------------

    def _log(self, case_id: str, at: int, kind: str, direction: str | None,
             outcome: str | None, user: str, summary: str) -> None:
        stamp = self.clock.ts(at)
        self.rows["contact_log"].append((self.rng.uid(), case_id, stamp, kind, direction, outcome,
                                         self.staff.ids[user], summary, 1, stamp, user, 0, None))

    def _write_contacts(self, s: _Story, case_id: str) -> None:
        for at, kind, direction, outcome, summary in s.attempts:
            self._log(case_id, at, kind, direction, outcome, s.spoc_at(at), summary)
        if s.reach is not None and s.perms[3] == "yes" and s.reach + 60 <= s.end:
            self._log(case_id, s.reach + 60, "letter", "outbound", "sent", s.spoc_at(s.reach),
                      "Letter: your SPOC and how to reach us")
        if s.closed:
            user = s.spocs[-1][1]
            self._log(case_id, s.closure, "note", None, None, user,
                      f"Case closed: {people.CLOSURE_REASONS[s.path]}")
            if s.perms[3] == "yes" and s.path not in ("no_consent", "moved"):
                self._log(case_id, s.closure + 5, "letter", "outbound", "sent", user,
                          "Closure letter with feedback invitation")

    def _write_events(self, s: _Story, case_id: str) -> None:
        """Journey events and the obligations each starts, met or not as of now."""
        rng, clock, staff = self.rng, self.clock, self.staff
        events, obligations = self.rows["journey_events"], self.rows["obligations"]
        for at, kind, details in [(s.referred, "referral_received", None), *s.events]:
            event_id = rng.uid()
            court = trigger_for(kind) in ("hearing_listed", "bail_outcome", "court_outcome")
            recorder = (s.entered_by if kind == "referral_received" else
                        rng.choice(staff.witness_care) if court else s.spoc_at(at))
            stamp = clock.ts(at)
            events.append((event_id, case_id, kind, stamp, recorder, details,
                           1, stamp, recorder, 0, None))
            for rule_id, due, period in self._obligations_for(kind, at // DAY, s.enhanced):
                if kind != "referral_received":
                    met = self._update_time(at, period)
                elif rule_id == "support_referral_offered":
                    met = s.offer
                else:
                    met = s.attempts[0][0] if s.attempts else None
                if met is not None and met > s.end:
                    met = None
                late = None
                if met is None and s.closed:
                    met, late = s.closure, "Not done before the case closed"
                met_by = None
                if met is not None:
                    met_by = (rng.choice(staff.supervisors) if kind == "complaint_received" else
                              rng.choice(staff.witness_care) if court else s.spoc_at(met))
                    if kind != "referral_received" and met != s.closure:
                        self._update_log(case_id, met, kind, s.perms, met_by)
                    if met // DAY > due:
                        late = late or rng.choice(people.LATE_REASONS)
                    else:
                        late = None
                obligations.append((
                    rng.uid(), case_id, rule_id, event_id, clock.iso(at // DAY), clock.iso(due),
                    clock.ts(met) if met else None, met_by, late,
                    1, clock.ts(met) if met else stamp, met_by or recorder, 0, None))

    def _write_assessments(self, s: _Story, case_id: str) -> None:
        """Assessments, their ten scores, and the support plan actions they lead to."""
        rng, clock = self.rng, self.clock
        assessments, scores_out = self.rows["needs_assessments"], self.rows["need_scores"]
        plan = self.rows["support_plan_actions"]
        for number, (at, scores, level) in enumerate(s.assessments):
            user = s.spoc_at(at)
            assessment_id = rng.uid()
            stamp = clock.ts(at)
            assessments.append((assessment_id, case_id, stamp, user, level,
                                "First needs assessment" if number == 0 else "Reassessment",
                                1, stamp, user, 0, None))
            for domain, score in zip(DOMAINS, scores, strict=True):
                scores_out.append((rng.uid(), assessment_id, domain, score, None,
                                   1, stamp, user, 0, None))
            if s.perms[0] == "yes":
                self._log(case_id, at, "call", "outbound", "reached", user,
                          "Needs assessment" if number == 0 else "Needs reassessment")
            else:
                self._log(case_id, at, "meeting", None, "reached", user,
                          "Needs assessment" if number == 0 else "Needs reassessment")
            if number == 0:  # the three greatest needs, if at least medium
                wanted = sorted((v, d) for d, v in zip(DOMAINS, scores, strict=True) if v >= 2)[-3:]
            else:
                top = max(zip(scores, DOMAINS, strict=True))
                wanted = [top] if top[0] and rng.random() < 0.25 else []
            day = at // DAY
            for _, domain in wanted:
                candidates = self._providers.get((domain, s.category), ())
                provider = rng.choice(candidates) if candidates and rng.random() < 0.6 else None
                due = day + rng.randrange(7, 29)
                done = None
                if rng.random() < 0.8:
                    done = clock.work_moment(rng, day + rng.randrange(1, due - day + 1), at)
                    done = done if done <= s.end else None
                plan.append((rng.uid(), case_id, assessment_id, domain,
                             rng.choice(people.ACTIONS[domain]), self.staff.ids[user], provider,
                             clock.iso(due), clock.ts(done) if done else None,
                             1, clock.ts(done or at), user, 0, None))

    def _write_case(self, s: _Story, case_id: str) -> None:
        """SPOC history, the referral and the case itself."""
        rng, clock, ids = self.rng, self.clock, self.staff.ids
        ts = clock.ts
        for n, (start, user, previous, reason, assigned_by) in enumerate(s.spocs):
            ended = s.spocs[n + 1][0] if n + 1 < len(s.spocs) else None
            self.rows["spoc_assignments"].append((
                rng.uid(), case_id, ids[user], ids[previous] if previous else None, ts(start),
                ts(ended) if ended else None, reason, assigned_by,
                1, ts(ended or start), assigned_by, 0, None))
        rday = s.referred // DAY
        year = clock.date(rday).year
        self.serial += 1
        if s.source == "police":
            line = self.file_lines[rday] = self.file_lines.get(rday, 1) + 1
            source_id, via = f"WMP-{year}-{self.serial:07d}", "file"
            file_name = f"wmp-referrals-{clock.date(rday):%Y%m%d}.csv"
        else:
            line, via, file_name = None, "manual", None
            source_id = f"{'SELF' if s.source == 'self' else 'PARTNER'}-{year}-{self.serial:07d}"
        note = rng.choice(people.REFERRAL_NOTES)
        stamp = ts(s.referred)
        self.rows["referrals"].append((rng.uid(), case_id, s.source, source_id, stamp, via,
                                       file_name, line, note, 1, stamp, s.entered_by, 0, None))
        last = max([s.end if s.closed else s.referred, *(a[0] for a in s.assessments[-1:]),
                    *(e[0] for e in s.events[-1:]), *(a[0] for a in s.attempts[-1:])])
        spoc = s.spocs[-1][1]
        self.rows["cases"].append((
            case_id, self._ref(year), s.victim_id, s.status, stamp,
            ts(s.closure) if s.closed else None,
            people.CLOSURE_REASONS[s.path] if s.closed else None, s.category,
            clock.iso(s.offence_day) if s.offence_day is not None else None, s.crime_ref,
            int(s.reported), int(s.consent), int(s.vulnerable), int(s.intimidated),
            int(s.persistent), s.risk, int(s.enhanced),
            json.dumps([{"code": r.code, "text": r.text} for r in s.reasons]),
            json.dumps(s.own_reasons), ids[spoc],
            s.next_due.isoformat() if s.next_due else None, note,
            1, ts(min(last, clock.now)), spoc, 0, None))

    # --- helpers --------------------------------------------------------------------------

    def _ref(self, year: int) -> str:
        """A case reference as domain.case_ref makes them, unused so far."""
        while True:
            bits = self.rng.getrandbits(40)
            body = "".join(_REF_ALPHABET[(bits >> (5 * i)) & 31] for i in range(8))
            ref = f"VAL-{year % 100:02d}-{body[:4]}-{body[4:]}"
            if ref not in self.refs:
                self.refs.add(ref)
                return ref

    def _obligations_for(self, kind: str, o: int, enhanced: bool) -> list[tuple[str, int, int]]:
        """(rule id, due day, period in working days) of the obligations a journey event on
        day `o` starts: rules.obligations_for_event, cached."""
        key = (kind, o, enhanced)
        found = self._obligations.get(key)
        if found is None:
            trigger = trigger_for(kind)
            found = []
            if trigger:
                periods = {rule.id: rule.period_for(enhanced) for rule in self.rules}
                for due in obligations_for_event(trigger, self.clock.date(o), enhanced, self.rules):
                    found.append((due.rule_id, due.due.toordinal(), periods[due.rule_id]))
            self._obligations[key] = found
        return found

    def _update_time(self, at: int, period: int) -> int | None:
        """When an update owed for an event was given: mostly on time, some late, a few not
        yet."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            return None
        days = rng.randrange(0, period + 1) if roll < 0.9 else rng.randrange(period + 1, period + 6)
        return self.clock.work_moment(rng, self.clock.add_wd(at // DAY, days) if days else
                                      at // DAY, at)

    def _update_log(self, case_id: str, at: int, kind: str, perms: tuple, user: str) -> None:
        """The contact that met an obligation, through a channel the victim allows."""
        call, _, text, write, email = perms
        if call == "yes":
            entry = ("call", "outbound", "reached")
        elif text == "yes":
            entry = ("text", "outbound", "sent")
        elif email == "yes":
            entry = ("email", "outbound", "sent")
        elif write == "yes":
            entry = ("letter", "outbound", "sent")
        else:
            entry = ("meeting", None, "reached")
        summary = ("Complaint acknowledged" if kind == "complaint_received" else
                   f"Victim told: {event_label(kind).lower()}")
        self._log(case_id, at, *entry, user, summary)


# --- a whole demo ---------------------------------------------------------------------------


def referral_moments(rng: DemoRandom, clock: Clock, n: int) -> list[int]:
    """When each case was referred, oldest first: over the ~18 months before today, the newest
    days densest, fewer at weekends, never after the demo's "now"."""
    moments = []
    for _ in range(n):
        o = clock.today_ord - int(SPAN_DAYS * rng.random() ** 1.4)
        weekday = clock.date(o).weekday()
        if weekday >= 5 and rng.random() < 0.6:
            o -= weekday - 4  # to the Friday before
        if o == clock.today_ord:
            minute = rng.randrange(6 * 60, clock.now % DAY)
        else:
            minute = rng.randrange(6 * 60, 20 * 60)
        moments.append(o * DAY + minute)
    moments.sort()
    return moments


def categories(rng: DemoRandom, n: int) -> list[str]:
    """The offence category of each case: weighted, and every category at least once (the rare
    ones too) whenever there are enough cases."""
    names = tuple(CATEGORY_WEIGHTS)
    picked = rng.choices(names, tuple(CATEGORY_WEIGHTS.values()), k=n)
    for index, name in zip(rng.sample(range(n), min(n, len(names))), names, strict=False):
        picked[index] = name
    return picked


@dataclasses.dataclass(frozen=True)
class Plan:
    """Everything needed to make the demo's cases (picklable, for a helper process)."""

    random_state: tuple
    today: date
    cases: int
    rulebook: object  # store.cases.Rulebook
    staffing: Staffing
    providers: list  # (provider id, need domains, offence categories)
    chunk: int  # cases made (and written) at a time


def make_chunks(plan: Plan) -> Iterator[tuple[int, dict[str, list[tuple]]]]:
    """(cases made so far, rows by table in writing order) for each chunk of cases, oldest
    referrals first."""
    rng = DemoRandom()
    rng.setstate(plan.random_state)
    clock = Clock(plan.today)
    maker = CaseMaker(rng, clock, plan.rulebook, plan.staffing, plan.providers, {})
    moments = referral_moments(rng, clock, plan.cases)
    picked = categories(rng, plan.cases)
    for start in range(0, plan.cases, plan.chunk):
        maker.rows = rows = {table: [] for table in TABLES}
        end = min(start + plan.chunk, plan.cases)
        for index in range(start, end):
            maker.case(moments[index], picked[index])
        for table, batch in rows.items():
            # By id, so that writing a chunk sweeps each primary-key index once; cases stay
            # as referred, oldest first, as an import writes them (and so their search
            # documents: case_search_doc.id follows the referral order).
            if table != "cases":
                batch.sort(key=_FIRST)
        yield end, rows


def serve() -> None:
    """A helper process's work (`python -c "...; serve()"`): read a pickled Plan on standard
    input, make its cases and write them, chunk by chunk, pickled on standard output."""
    # The descriptors, not sys.stdin/sys.stdout, which pythonw.exe leaves as None.
    out = os.fdopen(1, "wb", closefd=False)
    try:
        plan = pickle.load(os.fdopen(0, "rb", closefd=False))
        for done, rows in make_chunks(plan):
            pickle.dump(("chunk", done, rows), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
        pickle.dump(("done",), out)
    except BaseException:  # whatever it was, the writer must hear of it
        try:
            pickle.dump(("failed", traceback.format_exc()), out)
        except OSError:
            pass  # the writer has gone
    finally:
        out.flush()
