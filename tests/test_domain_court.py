"""Witness Care court milestones, witness needs and the court diary (issue 4).

Due dates are counted by hand on the England and Wales calendar:
  Witness Care receives news on Thu 24 Dec 2026: Fri 25 Christmas, weekend, Mon 28 Boxing Day
  (substitute), so 1 working day is Tue 29 Dec; 5 working days are Tue 29, Wed 30, Thu 31, (Fri 1 Jan
  New Year's Day), Mon 4, Tue 5 Jan 2027.
  On Mon 12 Oct 2026: 1 working day is Tue 13 Oct, 5 are Mon 19 Oct.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from val_desktop.domain.court import (
    AFTER_CHARGE,
    MILESTONE_JOURNEY_KIND,
    CourtResult,
    LinkedCase,
    MeasureStatus,
    Milestone,
    MilestoneKind,
    Offer,
    OfferStatus,
    OwedUpdate,
    Prosecution,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    VPSUse,
    WitnessNeeds,
    check_milestone,
    court_diary,
    current_hearings,
    hearings_ahead,
    journey_event,
    milestone_obligations,
    prosecution_problems,
    triggers_reassessment,
    updates_due_today,
    updates_overdue,
    witness_needs_problems,
    witness_next_steps,
)
from val_desktop.domain.journey import EVENT_KINDS
from val_desktop.domain.needs import ReassessmentSchedule, load_default_schedule
from val_desktop.domain.rules import load_default_rules

K = MilestoneKind
CHRISTMAS_EVE = date(2026, 12, 24)  # Thu
CHARGED = date(2026, 10, 12)  # Mon


@pytest.fixture(scope="module")
def rules():
    return load_default_rules()


def m(kind, occurred=CHARGED, received=None, **fields):
    return Milestone(kind=kind, occurred_on=occurred, received_on=received or occurred, **fields)


CHARGE = m(K.CHARGE, CHARGED)

# kind -> (rule it starts, standard due, enhanced due) for news received on Thu 24 Dec 2026
OWED_BY_HAND = {
    K.ARREST: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.INTERVIEW: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.RELEASE: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.POLICE_BAIL: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.RELEASED_UNDER_INVESTIGATION: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.NO_INVESTIGATION: ("investigation_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.CHARGE: ("decision_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.NO_FURTHER_ACTION: ("decision_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.OUT_OF_COURT_DISPOSAL: ("decision_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.DISCONTINUED: ("decision_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.FIRST_HEARING_LISTED: ("hearing_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.TRIAL_DATE_LISTED: ("hearing_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.HEARING_ADJOURNED: ("hearing_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.BAIL_OUTCOME: ("bail_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.WARRANT: ("bail_update", date(2027, 1, 5), date(2026, 12, 29)),
    K.PLEA: ("outcome_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.VERDICT: ("outcome_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.SENTENCE: ("outcome_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.APPEAL: ("outcome_update", date(2026, 12, 29), date(2026, 12, 29)),
    K.TRIAL: None,
}


def test_every_milestone_kind_is_in_this_test():
    assert set(OWED_BY_HAND) == set(MilestoneKind)


def test_every_milestone_maps_to_a_known_journey_event():
    assert set(MILESTONE_JOURNEY_KIND) == set(MilestoneKind)
    for journey_kind in MILESTONE_JOURNEY_KIND.values():
        assert journey_kind is None or journey_kind in EVENT_KINDS


@pytest.mark.parametrize("kind", list(MilestoneKind), ids=str)
def test_each_milestone_owes_its_update_to_every_linked_victim(rules, kind):
    # Happened on Mon 21 Dec, Witness Care heard on Thu 24 Dec: the clock runs from the 24th.
    milestone = m(kind, date(2026, 12, 21), CHRISTMAS_EVE)
    linked = [LinkedCase("VAL-1", False), LinkedCase("VAL-2", True), ("VAL-3", False)]
    owed = milestone_obligations(milestone, linked, rules)
    expected = OWED_BY_HAND[kind]
    if expected is None:
        assert owed == []
        return
    rule_id, standard_due, enhanced_due = expected
    assert [(o.case_id, o.obligation.rule_id, o.obligation.due) for o in owed] == [
        ("VAL-1", rule_id, standard_due),
        ("VAL-2", rule_id, enhanced_due),
        ("VAL-3", rule_id, standard_due),
    ]
    assert all(o.obligation.starts_on == CHRISTMAS_EVE for o in owed)


def test_obligations_on_an_ordinary_week(rules):
    charge = m(K.CHARGE, date(2026, 10, 9), date(2026, 10, 12))
    owed = milestone_obligations(charge, [("A", False), ("B", True)], rules)
    assert [(o.case_id, o.obligation.due) for o in owed] == [
        ("A", date(2026, 10, 19)),
        ("B", date(2026, 10, 13)),
    ]


def test_a_milestone_with_no_linked_case_owes_nothing(rules):
    assert milestone_obligations(m(K.VERDICT), [], rules) == []


REASSESS = {
    K.CHARGE,
    K.NO_FURTHER_ACTION,
    K.OUT_OF_COURT_DISPOSAL,
    K.DISCONTINUED,
    K.TRIAL_DATE_LISTED,
    K.PLEA,
    K.VERDICT,
    K.SENTENCE,
}


@pytest.mark.parametrize("kind", list(MilestoneKind), ids=str)
def test_which_milestones_trigger_a_needs_reassessment(kind):
    schedule = load_default_schedule()
    assert triggers_reassessment(kind, schedule) is (kind in REASSESS)
    assert triggers_reassessment(m(kind), schedule) is (kind in REASSESS)


def test_reassessment_triggers_follow_the_editable_schedule():
    schedule = ReassessmentSchedule(trigger_events=frozenset({"first_hearing_listed"}))
    assert triggers_reassessment(K.FIRST_HEARING_LISTED, schedule)
    assert not triggers_reassessment(K.VERDICT, schedule)


def test_journey_event_is_dated_when_witness_care_received_it():
    assert journey_event(m(K.VERDICT, date(2026, 12, 21), CHRISTMAS_EVE)) == (
        "verdict",
        CHRISTMAS_EVE,
    )
    assert journey_event(m(K.DISCONTINUED)) == ("no_further_action", CHARGED)
    assert journey_event(m(K.TRIAL)) is None


# --- prosecutions -------------------------------------------------------------------------------


def test_several_victims_share_one_prosecution():
    p = Prosecution(
        id="P-1",
        defendant_ref="DEF-77",
        court="Worcester Crown Court",
        charges=("Assault occasioning actual bodily harm", "Criminal damage"),
    )
    assert prosecution_problems(p) == ["Link at least one victim's case to the prosecution"]
    p = p.link("VAL-1", False).link("VAL-2", True)
    assert p.case_ids == ("VAL-1", "VAL-2")
    assert p.linked[1] == LinkedCase("VAL-2", True)
    assert prosecution_problems(p) == []
    with pytest.raises(ValueError, match="VAL-1 is already linked"):
        p.link("VAL-1", True)
    assert p.unlink("VAL-1").case_ids == ("VAL-2",)


def test_prosecution_problems():
    p = Prosecution(
        id="P-2",
        defendant_ref=" ",
        charges=("Theft", " "),
        linked=(LinkedCase("A", False), LinkedCase("A", True)),
    )
    assert prosecution_problems(p) == [
        "Record the defendant reference",
        "Case A is linked twice",
        "A charge is blank: write each charge in words",
    ]


# --- sanity rules -------------------------------------------------------------------------------


def test_a_trial_date_cannot_precede_the_charge():
    listing = m(K.TRIAL_DATE_LISTED, date(2026, 10, 5), hearing_on=date(2026, 10, 9))
    problems = check_milestone([CHARGE], listing)
    assert "The trial date (9 Oct 2026) cannot be before the charge (12 Oct 2026)" in problems
    later = m(K.TRIAL_DATE_LISTED, date(2026, 11, 2), hearing_on=date(2027, 3, 1))
    assert check_milestone([CHARGE], later) == []


def test_a_trial_cannot_be_held_before_the_charge():
    assert check_milestone([CHARGE], m(K.TRIAL, date(2026, 10, 1))) == [
        "The trial (1 Oct 2026) cannot be before the charge (12 Oct 2026)"
    ]


@pytest.mark.parametrize("kind", sorted(AFTER_CHARGE, key=list(MilestoneKind).index), ids=str)
def test_court_milestones_need_a_charge_first(kind):
    problems = check_milestone([], m(kind, hearing_on=date(2026, 11, 2)))
    assert (
        f"There is no charge on this prosecution: record the charge before the {kind.label.lower()}"
        in problems
    )


@pytest.mark.parametrize(
    "kind", sorted(set(MilestoneKind) - AFTER_CHARGE, key=list(MilestoneKind).index), ids=str
)
def test_investigation_steps_and_decisions_need_no_charge(kind):
    assert check_milestone([], m(kind)) == []


def test_a_verdict_needs_a_trial_or_a_plea():
    verdict = m(K.VERDICT, date(2027, 3, 5), result=CourtResult.GUILTY)
    assert check_milestone([CHARGE], verdict) == [
        "A verdict needs a trial or a plea recorded on or before its day"
    ]
    assert check_milestone([CHARGE, m(K.TRIAL, date(2027, 3, 1))], verdict) == []
    plea = m(K.PLEA, date(2026, 11, 2), result=CourtResult.NOT_GUILTY)
    assert check_milestone([CHARGE, plea], verdict) == []
    trial_after = m(K.TRIAL, date(2027, 3, 8))
    assert check_milestone([CHARGE, trial_after], verdict) == [
        "A verdict needs a trial or a plea recorded on or before its day"
    ]


def test_a_sentence_needs_a_conviction():
    sentence = m(K.SENTENCE, date(2027, 4, 9))
    message = "A sentence needs a conviction first: a guilty verdict or a guilty plea on or before its day"
    trial = m(K.TRIAL, date(2027, 3, 1))
    acquitted = m(K.VERDICT, date(2027, 3, 5), result=CourtResult.NOT_GUILTY)
    assert check_milestone([CHARGE], sentence) == [message]
    assert check_milestone([CHARGE, trial, acquitted], sentence) == [message]
    not_guilty_plea = m(K.PLEA, date(2026, 11, 2), result=CourtResult.NOT_GUILTY)
    assert check_milestone([CHARGE, not_guilty_plea], sentence) == [message]
    for result in (CourtResult.GUILTY, CourtResult.MIXED):
        verdict = m(K.VERDICT, date(2027, 3, 5), result=result)
        assert check_milestone([CHARGE, trial, verdict], sentence) == []
        plea = m(K.PLEA, date(2026, 11, 2), result=result)
        assert check_milestone([CHARGE, plea], sentence) == []
    late_plea = m(K.PLEA, date(2027, 4, 12), result=CourtResult.GUILTY)
    assert check_milestone([CHARGE, late_plea], sentence) == [message]


def test_pleas_and_verdicts_need_their_result():
    assert check_milestone([CHARGE], m(K.PLEA, date(2026, 11, 2))) == [
        "Record the plea: guilty, not guilty, or guilty to some charges"
    ]
    trial = m(K.TRIAL, date(2027, 3, 1))
    assert check_milestone([CHARGE, trial], m(K.VERDICT, date(2027, 3, 5))) == [
        "Record the verdict: guilty, not guilty, or guilty of some charges"
    ]


def adjournment(**fields):
    base = {
        "occurred": date(2026, 11, 2),
        "previous_date": date(2026, 11, 16),
        "reason": "Defence barrister ill",
    }
    base.update(fields)
    return m(K.HEARING_ADJOURNED, base.pop("occurred"), **base)


def test_an_adjourned_hearing_needs_the_new_date_or_date_to_be_fixed():
    assert check_milestone([CHARGE], adjournment()) == [
        "An adjourned hearing needs the new date or 'date to be fixed'"
    ]
    assert check_milestone([CHARGE], adjournment(new_date=date(2027, 1, 11))) == []
    assert check_milestone([CHARGE], adjournment(date_to_be_fixed=True)) == []
    assert check_milestone(
        [CHARGE], adjournment(new_date=date(2027, 1, 11), date_to_be_fixed=True)
    ) == ["Give either the new date or 'date to be fixed', not both"]


def test_an_adjournment_keeps_the_old_date_and_the_reason():
    assert check_milestone(
        [CHARGE], adjournment(previous_date=None, reason=" ", date_to_be_fixed=True)
    ) == [
        "Record the hearing date that was adjourned or vacated",
        "Record why the hearing was adjourned or vacated",
    ]


def test_an_adjournment_new_date_must_be_new_and_not_in_the_past():
    assert check_milestone([CHARGE], adjournment(new_date=date(2026, 11, 16))) == [
        "The new date is the same as the old one: nothing was adjourned"
    ]
    assert check_milestone([CHARGE], adjournment(new_date=date(2026, 10, 30))) == [
        "The new date (30 Oct 2026) cannot be before the adjournment (2 Nov 2026)"
    ]


def test_witness_care_cannot_hear_of_something_before_it_happened():
    assert check_milestone([], m(K.ARREST, date(2026, 10, 5), date(2026, 10, 2))) == [
        "Suspect arrested: Witness Care cannot have received the information (2 Oct 2026) before "
        "it happened (5 Oct 2026)"
    ]


@pytest.mark.parametrize("kind", [K.FIRST_HEARING_LISTED, K.TRIAL_DATE_LISTED], ids=str)
def test_a_listing_needs_a_hearing_date_not_before_the_listing(kind):
    assert check_milestone([CHARGE], m(kind, date(2026, 10, 13))) == [
        f"{kind.label}: give the date of the hearing"
    ]
    assert check_milestone(
        [CHARGE], m(kind, date(2026, 10, 20), hearing_on=date(2026, 10, 19))
    ) == ["The hearing (19 Oct 2026) cannot be on a day before it was listed (20 Oct 2026)"]


def test_a_whole_prosecution_recorded_in_order_raises_no_problem():
    journey = [
        m(K.ARREST, date(2026, 9, 1)),
        m(K.INTERVIEW, date(2026, 9, 1)),
        m(K.RELEASED_UNDER_INVESTIGATION, date(2026, 9, 2)),
        CHARGE,
        m(K.BAIL_OUTCOME, date(2026, 10, 13), details="Conditional bail: no contact"),
        m(K.FIRST_HEARING_LISTED, date(2026, 10, 12), hearing_on=date(2026, 11, 2)),
        m(K.PLEA, date(2026, 11, 2), result=CourtResult.NOT_GUILTY),
        m(K.TRIAL_DATE_LISTED, date(2026, 11, 2), hearing_on=date(2027, 3, 1)),
        m(
            K.HEARING_ADJOURNED,
            date(2027, 2, 15),
            previous_date=date(2027, 3, 1),
            new_date=date(2027, 4, 12),
            vacated=True,
            reason="No court room",
        ),
        m(K.WARRANT, date(2027, 4, 12), details="Defendant failed to attend"),
        m(K.TRIAL, date(2027, 4, 19)),
        m(K.VERDICT, date(2027, 4, 21), result=CourtResult.MIXED),
        m(K.SENTENCE, date(2027, 5, 24), details="18 months"),
        m(K.APPEAL, date(2027, 6, 7), details="Against sentence"),
    ]
    for position, milestone in enumerate(journey):
        assert check_milestone(journey[:position], milestone) == [], milestone.kind


# --- witness needs ------------------------------------------------------------------------------


def test_the_special_measures_the_law_allows():
    assert [(s.section, s.label) for s in SpecialMeasure] == [
        ("s.23", "Screens (s.23)"),
        ("s.24", "Live link (s.24)"),
        ("s.25", "Evidence given in private (s.25)"),
        ("s.26", "Removal of wigs and gowns (s.26)"),
        ("s.27", "Video-recorded evidence in chief (s.27)"),
        ("s.28", "Video-recorded cross-examination or re-examination (s.28)"),
        ("s.29", "Examination through an intermediary (s.29)"),
        ("s.30", "Aids to communication (s.30)"),
    ]


def test_witness_needs_record_everything_the_victim_needs_in_court():
    needs = WitnessNeeds(
        case_id="VAL-1",
        prosecution_id="P-1",
        must_give_evidence=True,
        special_measures=(
            SpecialMeasureRequest(
                measure=SpecialMeasure.SCREENS,
                status=MeasureStatus.GRANTED,
                decided_on=date(2026, 11, 2),
            ),
            SpecialMeasureRequest(
                measure=SpecialMeasure.INTERMEDIARY, status=MeasureStatus.APPLIED
            ),
        ),
        pre_trial_visit=Offer(status=OfferStatus.DONE, on=date(2027, 2, 20)),
        witness_service_referral=Offer(status=OfferStatus.ACCEPTED, on=date(2026, 11, 3)),
        interpreter_language="Polish",
        expenses=Offer(status=OfferStatus.OFFERED, on=date(2026, 11, 3)),
        vps=VictimPersonalStatement(
            offered_on=date(2026, 9, 1),
            made_on=date(2026, 9, 8),
            updated_on=(date(2027, 4, 1),),
            in_court=VPSUse.READ_BY_VICTIM,
        ),
    )
    assert witness_needs_problems(needs) == []
    assert witness_next_steps(needs) == []
    assert needs.vps.in_court.read_aloud
    assert not VPSUse.NOT_READ.read_aloud


def test_witness_needs_problems():
    needs = WitnessNeeds(
        case_id="VAL-1",
        prosecution_id="P-1",
        special_measures=(
            SpecialMeasureRequest(measure=SpecialMeasure.LIVE_LINK, status=MeasureStatus.GRANTED),
            SpecialMeasureRequest(
                measure=SpecialMeasure.LIVE_LINK,
                status=MeasureStatus.WANTED,
                decided_on=date(2026, 11, 2),
            ),
        ),
        vps=VictimPersonalStatement(
            offered_on=date(2026, 9, 8),
            declined=True,
            made_on=date(2026, 9, 1),
            updated_on=(date(2026, 8, 30),),
        ),
    )
    assert witness_needs_problems(needs) == [
        "Live link (s.24): record when the court decided",
        "Live link (s.24) is listed twice",
        "Live link (s.24): a decision date needs granted or refused",
        "The personal statement cannot be made before it was offered",
        "The victim is recorded as declining the personal statement, yet it was made",
        "A personal statement cannot be updated before the day it was made",
    ]


def test_a_personal_statement_must_be_made_before_it_is_updated_or_used():
    needs = WitnessNeeds(
        case_id="VAL-1",
        prosecution_id="P-1",
        vps=VictimPersonalStatement(updated_on=(date(2027, 1, 4),), in_court=VPSUse.NOT_READ),
    )
    assert witness_needs_problems(needs) == [
        "A personal statement cannot be updated before it is made",
        "A personal statement used in court must first be made",
    ]


def test_witness_next_steps():
    unknown = WitnessNeeds(case_id="VAL-1", prosecution_id="P-1")
    assert witness_next_steps(unknown) == [
        "Find out whether the victim must give evidence, and tell them",
        "Offer the Victim Personal Statement",
    ]
    witness = WitnessNeeds(case_id="VAL-1", prosecution_id="P-1", must_give_evidence=True)
    assert witness_next_steps(witness) == [
        "Discuss special measures with the victim",
        "Offer a pre-trial court visit",
        "Offer a referral to the Witness Service",
        "Explain witness expenses and how to claim them",
        "Offer the Victim Personal Statement",
    ]
    declined = WitnessNeeds(
        case_id="VAL-1",
        prosecution_id="P-1",
        must_give_evidence=False,
        vps=VictimPersonalStatement(offered_on=date(2026, 9, 1), declined=True),
    )
    assert witness_next_steps(declined) == []


# --- the court diary ----------------------------------------------------------------------------

TODAY = date(2026, 11, 2)  # Mon


def listing(kind, listed_on, hearing_on, **fields):
    return m(kind, listed_on, hearing_on=hearing_on, **fields)


def test_current_hearings_follow_adjournments():
    history = [
        CHARGE,
        listing(
            K.FIRST_HEARING_LISTED, date(2026, 10, 12), date(2026, 11, 2), venue="Kidderminster"
        ),
        listing(K.TRIAL_DATE_LISTED, date(2026, 11, 2), date(2027, 3, 1), hearing_time=time(10)),
        m(
            K.HEARING_ADJOURNED,
            date(2027, 2, 15),
            previous_date=date(2027, 3, 1),
            new_date=date(2027, 4, 12),
            reason="No court room",
        ),
    ]
    assert [(h.on, h.label, h.venue) for h in current_hearings(history)] == [
        (date(2026, 11, 2), "First hearing", "Kidderminster"),
        (date(2027, 4, 12), "Trial", ""),
    ]
    vacated = [
        *history,
        m(
            K.HEARING_ADJOURNED,
            date(2027, 4, 1),
            previous_date=date(2027, 4, 12),
            date_to_be_fixed=True,
            vacated=True,
            reason="Defendant ill",
        ),
    ]
    assert [h.on for h in current_hearings(vacated)] == [date(2026, 11, 2)]


def test_an_adjournment_of_an_unrecorded_hearing_still_shows_the_new_date():
    history = [
        m(
            K.HEARING_ADJOURNED,
            date(2026, 11, 2),
            previous_date=date(2026, 11, 3),
            new_date=date(2026, 11, 10),
            reason="Listing error",
        )
    ]
    assert [(h.on, h.label) for h in current_hearings(history)] == [
        (date(2026, 11, 10), "Adjourned hearing")
    ]


def test_hearings_in_the_next_14_days_across_prosecutions():
    one = Prosecution(id="P-1", defendant_ref="D1", court="Worcester Crown Court").link("A", False)
    two = Prosecution(id="P-2", defendant_ref="D2", court="Hereford Magistrates").link("B", True)
    two = two.link("C", False)
    history_one = [
        CHARGE,
        listing(K.FIRST_HEARING_LISTED, CHARGED, date(2026, 11, 1)),  # yesterday: gone
        listing(K.TRIAL_DATE_LISTED, CHARGED, date(2026, 11, 16), venue="Worcester annexe"),  # +14
    ]
    history_two = [
        CHARGE,
        listing(K.FIRST_HEARING_LISTED, CHARGED, TODAY, hearing_time=time(14)),  # today
        listing(K.TRIAL_DATE_LISTED, CHARGED, date(2026, 11, 17)),  # +15: outside
    ]
    found = hearings_ahead([(one, history_one), (two, history_two)], TODAY)
    assert [(d.prosecution_id, d.hearing.on, d.court, d.case_ids) for d in found] == [
        ("P-2", TODAY, "Hereford Magistrates", ("B", "C")),
        ("P-1", date(2026, 11, 16), "Worcester annexe", ("A",)),
    ]
    assert [d.prosecution_id for d in hearings_ahead([(two, history_two)], TODAY, days=15)] == [
        "P-2",
        "P-2",
    ]


def test_hearings_on_one_day_are_in_time_order():
    p = Prosecution(id="P-1", defendant_ref="D1").link("A", False)
    q = Prosecution(id="P-0", defendant_ref="D0").link("B", False)
    found = hearings_ahead(
        [
            (p, [listing(K.FIRST_HEARING_LISTED, CHARGED, TODAY, hearing_time=time(10))]),
            (q, [listing(K.FIRST_HEARING_LISTED, CHARGED, TODAY, hearing_time=time(14))]),
        ],
        TODAY,
    )
    assert [d.prosecution_id for d in found] == ["P-1", "P-0"]


UPDATES = [
    OwedUpdate(case_id="A", rule_id="hearing_update", due=date(2026, 10, 30)),  # overdue
    OwedUpdate(case_id="B", rule_id="outcome_update", due=TODAY),  # due today
    OwedUpdate(case_id="C", rule_id="decision_update", due=date(2026, 10, 27)),  # overdue longer
    OwedUpdate(case_id="D", rule_id="bail_update", due=date(2026, 11, 3)),  # tomorrow
    OwedUpdate(case_id="E", rule_id="hearing_update", due=TODAY, met_on=TODAY),  # done
    OwedUpdate(
        case_id="F", rule_id="hearing_update", due=date(2026, 10, 20), met_on=date(2026, 10, 21)
    ),  # met late: not owed any more
]


def test_updates_due_today_and_overdue():
    assert [u.case_id for u in updates_due_today(UPDATES, TODAY)] == ["B"]
    assert [u.case_id for u in updates_overdue(UPDATES, TODAY)] == ["C", "A"]
    # tomorrow, D is due and B has become overdue
    tomorrow = date(2026, 11, 3)
    assert [u.case_id for u in updates_due_today(UPDATES, tomorrow)] == ["D"]
    assert [u.case_id for u in updates_overdue(UPDATES, tomorrow)] == ["C", "A", "B"]


def test_the_court_diary_puts_it_together():
    p = Prosecution(id="P-1", defendant_ref="D1", court="Worcester").link("A", False)
    diary = court_diary(
        [(p, [CHARGE, listing(K.TRIAL_DATE_LISTED, CHARGED, date(2026, 11, 9))])], UPDATES, TODAY
    )
    assert [d.hearing.on for d in diary.hearings] == [date(2026, 11, 9)]
    assert [u.case_id for u in diary.due_today] == ["B"]
    assert [u.case_id for u in diary.overdue] == ["C", "A"]
