"""Parts of a demo victim's journey (demo_cases.py tells the whole story): how often each crime
comes in, police and court milestones, the SPOC's history, needs scores that ease over time.
"""

from __future__ import annotations

import dataclasses

from ..domain.needs import NEED_DOMAINS
from . import demo_people as people
from .demo_kit import DAY, Clock, DemoRandom

# Relative frequency of each offence category among referrals (every category occurs).
CATEGORY_WEIGHTS: dict[str, float] = {
    "domestic_abuse": 20, "assault": 16, "theft": 12, "fraud": 9, "burglary": 8,
    "criminal_damage": 7, "harassment": 5, "antisocial_behaviour": 4, "stalking": 3,
    "sexual_offence": 3.5, "cyber_crime": 3, "robbery": 2, "hate_crime": 2, "other": 2,
    "road_traffic_collision": 1.5, "rural_crime": 1, "wounding_gbh": 1,
    "criminal_exploitation": 0.6, "child_sexual_exploitation": 0.4, "modern_slavery": 0.3,
    "arson_endanger_life": 0.2, "attempted_murder": 0.15, "homicide_bereaved": 0.15,
    "road_death_bereaved": 0.15, "terrorism": 0.02,
}
# Where a letter to the home or a voicemail can put the victim at risk.
SENSITIVE = frozenset({"domestic_abuse", "stalking", "sexual_offence", "harassment",
                       "child_sexual_exploitation", "modern_slavery", "criminal_exploitation"})
HIGH_RISK = SENSITIVE | {"attempted_murder", "hate_crime", "terrorism"}
PERSISTENT = frozenset({"harassment", "stalking", "antisocial_behaviour", "hate_crime"})
NEEDS_PROFILE: dict[str, dict[str, int]] = {
    "domestic_abuse": {"safety": 3, "emotional": 3, "housing": 2, "children_family": 2,
                       "support_networks": 2, "money": 1, "health": 1},
    "sexual_offence": {"emotional": 3, "health": 2, "safety": 2, "justice_information": 2},
    "stalking": {"safety": 3, "emotional": 2, "work_learning": 1},
    "fraud": {"money": 3, "emotional": 1, "justice_information": 1},
    "cyber_crime": {"money": 2, "emotional": 1},
    "burglary": {"safety": 2, "emotional": 2, "money": 1},
    "assault": {"health": 2, "emotional": 2, "safety": 1, "justice_information": 1},
    "wounding_gbh": {"health": 3, "emotional": 2, "work_learning": 2, "justice_information": 2},
    "homicide_bereaved": {"emotional": 3, "justice_information": 3, "money": 2,
                          "work_learning": 2, "support_networks": 2},
    "road_death_bereaved": {"emotional": 3, "justice_information": 3, "money": 2},
    "hate_crime": {"safety": 2, "emotional": 2, "support_networks": 1},
}
DEFAULT_PROFILE = {"emotional": 1, "money": 1}
DOMAINS = tuple(NEED_DOMAINS)  # "safety" first
SENTENCES = ("Community order", "Suspended sentence order", "Custodial sentence",
             "Fine and compensation order", "Restraining order and community order")

Milestone = tuple[int, str, str | None]  # (moment, journey event kind, details)


@dataclasses.dataclass(frozen=True)
class Staffing:
    """Who is who in the demo team (see demo_people.STAFF), by username."""

    ids: dict[str, str]  # username -> staff id (hex)
    caseworkers: tuple[str, ...]
    weights: tuple[float, ...]  # relative caseload of each caseworker
    witness_care: tuple[str, ...]
    supervisors: tuple[str, ...]
    leaver_gone: int  # ordinal day the leaver's caseload was handed over
    absence: tuple[int, int]  # ordinal days the absent caseworker was away: [from, to)

    def caseworker(self, rng: DemoRandom, o: int) -> str:
        """A caseworker for a new case on day `o`: by caseload weight, never someone away."""
        away, back = self.absence
        while True:
            who = rng.choices(self.caseworkers, self.weights)[0]
            if who == people.LEAVER and o >= self.leaver_gone:
                continue
            if who == people.ABSENT and away <= o < back:
                continue
            return who

    def cover(self, rng: DemoRandom, instead_of: str) -> str:
        """Another caseworker, neither away nor gone, to take a case over."""
        return rng.choice([u for u in self.caseworkers
                           if u not in (people.LEAVER, people.ABSENT, instead_of)])


def milestones(rng: DemoRandom, clock: Clock, referred: int) -> list[Milestone]:
    """Police and court milestones after a referral of a crime known to the police, as far as
    they have happened by the demo's "now"."""
    rday = referred // DAY
    events: list[Milestone] = []

    def add(o: int, kind: str, details: str | None = None) -> int:
        at = clock.work_moment(rng, o, referred)
        if at <= clock.now:
            events.append((at, kind, details))
        return at // DAY

    if rng.random() < 0.55:
        step = rng.pick(("arrest", "interview", "released_under_investigation", "police_bail",
                         "no_investigation"), (35, 20, 20, 15, 10))
        add(rday + rng.randrange(1, 25), step)
        if step == "no_investigation":
            return events
    if rng.random() >= 0.5:
        return events
    decision = rng.pick(("charge", "no_further_action", "out_of_court_disposal"), (45, 45, 10))
    details = {"no_further_action": "Insufficient evidence to prosecute",
               "out_of_court_disposal": "Community resolution"}.get(decision)
    o = add(rday + rng.randrange(10, 160), decision, details)
    if decision != "charge":
        return events
    court = rng.choice(people.COURTS)
    o = add(o + rng.randrange(1, 12), "first_hearing_listed",
            f"{court}, first hearing on {clock.date(o + 21):%d %B %Y}")
    if rng.random() < 0.3:
        add(o + rng.randrange(0, 4), "bail_outcome", "Conditional bail: no contact with the victim")
    if rng.random() < 0.5:
        o = add(o + rng.randrange(7, 35), "trial_date_listed",
                f"{court}, trial on {clock.date(o + 120):%d %B %Y}")
        if rng.random() < 0.25:
            add(o + rng.randrange(20, 90), "hearing_adjourned", "Trial vacated: new date to follow")
        if rng.random() > 0.9:
            return events
        guilty = rng.random() < 0.65
        o = add(o + rng.randrange(40, 200), "verdict", "Guilty" if guilty else "Not guilty")
    else:
        guilty = True
        o = add(o + rng.randrange(14, 35), "verdict", "Guilty plea")
    if guilty:
        o = add(o + rng.randrange(0, 42), "sentence", rng.choice(SENTENCES))
        if rng.random() < 0.04:
            add(o + rng.randrange(7, 28), "appeal", "Appeal against sentence lodged")
    return events


def spoc_history(rng: DemoRandom, clock: Clock, staff: Staffing, referred: int, end: int,
                 first: str) -> list[tuple]:
    """[(start, username, previous username, reason, assigned by)], oldest first: allocation
    at referral, then in time order the odd handover, absence cover (and the return from it)
    and the leaver's caseload being handed over, as long as the case is open."""
    rday = referred // DAY
    history = [(referred + 1, first, None, "Allocated at referral (lowest caseload)", "i.jones")]
    away, back = staff.absence
    moments = [(away * DAY + 9 * 60, "away"), (back * DAY + 9 * 60, "back"),
               (staff.leaver_gone * DAY + 9 * 60, "gone")]
    if rng.random() < 0.06 and end - referred > 10 * DAY:
        moments.append((clock.work_moment(rng, rday + rng.randrange(3, (end - referred) // DAY)),
                        "other"))
    for at, why in sorted(moments):
        if not referred < at <= end:
            continue
        current = history[-1][1]
        if why == "other":
            to, reason = None, rng.choice(people.REASSIGN_REASONS)
        elif why == "away" and current == people.ABSENT:
            to, reason = None, "Absence cover"
        elif why == "back" and history[-1][3] == "Absence cover" and rng.random() < 0.6:
            to, reason = people.ABSENT, "Returned from absence"
        elif why == "gone" and current == people.LEAVER:
            to, reason = None, "Caseworker left VAL: caseload handed over"
        else:
            continue
        history.append((at, to or staff.cover(rng, current), current, reason,
                        rng.choice(staff.supervisors)))
    return history


def first_scores(rng: DemoRandom, category: str, interpreter_needed: bool) -> tuple[int, ...]:
    """Scores 0-3 in every need domain (DOMAINS order) at the first assessment."""
    profile = NEEDS_PROFILE.get(category, DEFAULT_PROFILE)
    scores = []
    for domain in DOMAINS:
        base = profile.get(domain, 0)
        if domain == "communication_access":
            base = 2 if interpreter_needed else 0
        scores.append(min(3, max(0, base + rng.pick((-1, 0, 1), (25, 55, 20)))))
    return tuple(scores)


def eased(rng: DemoRandom, scores: tuple[int, ...]) -> tuple[int, ...]:
    """Needs at the next assessment: mostly easing, now and then worse."""
    out = []
    for score in scores:
        roll = rng.random()
        if score and roll < 0.35:
            score -= 1
        elif score < 3 and roll > 0.96:
            score += 1
        out.append(score)
    return tuple(out)


def risk_level(scores: tuple[int, ...], category: str) -> str:
    safety = scores[0]
    if safety == 3 and category in HIGH_RISK:
        return "high"
    if safety >= 2 or max(scores) == 3:
        return "medium"
    return "standard"
