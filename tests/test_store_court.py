"""Witness Care in the store: a prosecution shared by several victims, its milestones creating the
update owed on every linked case with that victim's own deadline, the sanity rules refusing, the
reassessments, witness needs and the court diary.

Dates: Friday 20 Nov 2026 is today. Working days: Mon 16 + 1 = Tue 17; Mon 16 + 5 = Mon 23;
Thu 19 + 1 = Fri 20 (today).
"""

from __future__ import annotations

from datetime import date, time

import pytest
from journey_fixtures import (
    NOW,
    RULEBOOK,
    TODAY,
    assess,
    case_of,
    events,
    make_case,
    make_staff,
    obligations,
)
from sqlalchemy import func, select

from val_desktop.domain.court import (
    CourtResult,
    MeasureStatus,
    Milestone,
    MilestoneKind,
    Offer,
    OfferStatus,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    WitnessNeeds,
    milestone_obligations,
)
from val_desktop.store.court import (
    case_prosecutions,
    court_diary_rows,
    court_diary_view,
    create_prosecution,
    link_case,
    list_prosecutions,
    prosecution_of,
    prosecution_view,
    record_milestone,
    remove_latest_milestone,
    save_witness_needs,
    unlink_case,
    update_prosecution,
    witness_needs,
)
from val_desktop.store.journey_common import JourneyRefused
from val_desktop.store.journey_models import CourtMilestone, MilestoneEvent
from val_desktop.store.models import JourneyEvent, Obligation

K = MilestoneKind
CHARGE = Milestone(kind=K.CHARGE, occurred_on=date(2026, 11, 13), received_on=date(2026, 11, 16),
                   details="Burglary of a dwelling")
LISTED = Milestone(kind=K.FIRST_HEARING_LISTED, occurred_on=date(2026, 11, 18),
                   received_on=date(2026, 11, 19), hearing_on=date(2026, 12, 1),
                   hearing_time=time(10, 0), venue="Worcester Magistrates' Court")


@pytest.fixture
def shared(store):
    """Three victims of one burglar: Ava (standard), Ben (enhanced: vulnerable), Cat (standard)."""
    officer = make_staff(store, "Wendy Care", "w.care", "witness_care")
    ava = make_case(store, first_name="Ava")
    ben = make_case(store, first_name="Ben", vulnerable=True)
    cat = make_case(store, first_name="Cat")
    assert case_of(store, ben).enhanced and not case_of(store, ava).enhanced
    with store.session(write=True) as session:
        row = create_prosecution(session, defendant_ref="WM-4471", court="Worcester Crown Court",
                                 charges=["Burglary of a dwelling", "Criminal damage"],
                                 case_ids=[ava, ben, cat], user="w.care", officer_id=officer)
        session.commit()
        prosecution_id = row.id
    return {"id": prosecution_id, "ava": ava, "ben": ben, "cat": cat, "officer": officer}


def _record(store, prosecution_id, milestone, now=NOW):
    with store.session(write=True) as session:
        done = record_milestone(session, prosecution_id, milestone, RULEBOOK, user="w.care",
                                now=now)
        session.commit()
        return done


def _counts(store) -> tuple[int, int, int, int]:
    with store.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (CourtMilestone, MilestoneEvent, JourneyEvent, Obligation))


def test_one_milestone_owes_an_update_on_every_linked_case_with_its_own_deadline(store, shared):
    done = _record(store, shared["id"], CHARGE)

    due = {(u.case_id, u.rule_id): u.due for u in done.updates}
    assert due == {
        (shared["ava"], "decision_update"): date(2026, 11, 23),  # standard: 5 working days
        (shared["ben"], "decision_update"): date(2026, 11, 17),  # enhanced: 1 working day
        (shared["cat"], "decision_update"): date(2026, 11, 23),
    }
    with store.session() as session:
        domain = prosecution_of(session, shared["id"])
    expected = milestone_obligations(CHARGE, domain.linked, RULEBOOK.rules)
    assert {(c, o.rule_id, o.starts_on, o.due) for c, o in expected} == {
        (str(u.case_id), u.rule_id, u.starts_on, u.due) for u in done.updates}
    for who in ("ava", "ben", "cat"):
        [event] = events(store, shared[who], "charge")
        assert event.recorded_by == "w.care"
        assert event.details.startswith("Charge (or summons): Burglary of a dwelling")
        assert "WM-4471" in event.details
        [ob] = obligations(store, shared[who], "decision_update")
        assert ob.event_id == event.id and ob.starts_on == date(2026, 11, 16)


def test_a_milestone_that_calls_for_reassessment_makes_it_due_on_each_case(store, shared):
    for who in ("ava", "ben", "cat"):
        assess(store, shared[who], date(2026, 11, 10))
    assert case_of(store, shared["ava"]).next_reassessment_due == date(2026, 12, 8)  # 28 days
    assert case_of(store, shared["ben"]).next_reassessment_due == date(2026, 11, 24)  # 14 days
    done = _record(store, shared["id"], CHARGE)
    assert set(done.reassessed) == {shared["ava"], shared["ben"], shared["cat"]}
    for who in ("ava", "ben", "cat"):
        assert case_of(store, shared[who]).next_reassessment_due == date(2026, 11, 16)
    # A listing is not a reassessment trigger: nothing moves.
    versions = {who: case_of(store, shared[who]).row_version for who in ("ava", "ben")}
    assess(store, shared["ava"], date(2026, 11, 17))
    done = _record(store, shared["id"], LISTED)
    assert done.reassessed == ()
    assert case_of(store, shared["ava"]).next_reassessment_due == date(2026, 12, 15)
    assert case_of(store, shared["ben"]).row_version == versions["ben"]


@pytest.mark.parametrize("milestone, message", [
    (Milestone(kind=K.TRIAL_DATE_LISTED, occurred_on=date(2026, 11, 17),
               received_on=date(2026, 11, 17), hearing_on=date(2026, 11, 12)),
     "The trial date (12 Nov 2026) cannot be before the charge (13 Nov 2026)"),
    (Milestone(kind=K.VERDICT, occurred_on=date(2026, 11, 18), received_on=date(2026, 11, 18),
               result=CourtResult.GUILTY),
     "A verdict needs a trial or a plea"),
    (Milestone(kind=K.SENTENCE, occurred_on=date(2026, 11, 18), received_on=date(2026, 11, 18),
               details="Community order"),
     "A sentence needs a conviction first"),
    (Milestone(kind=K.HEARING_ADJOURNED, occurred_on=date(2026, 11, 18),
               received_on=date(2026, 11, 18), previous_date=date(2026, 12, 1),
               reason="Defence not ready"),
     "An adjourned hearing needs the new date or 'date to be fixed'"),
    (Milestone(kind=K.PLEA, occurred_on=date(2026, 11, 21), received_on=date(2026, 11, 21),
               result=CourtResult.GUILTY),
     "cannot be in the future"),
])
def test_the_sanity_rules_refuse_in_words_and_store_nothing(store, shared, milestone, message):
    _record(store, shared["id"], CHARGE)
    before = _counts(store)
    with pytest.raises(JourneyRefused) as refused:
        _record(store, shared["id"], milestone)
    assert message in str(refused.value)
    assert _counts(store) == before


def test_a_plea_then_sentence_and_adjourned_hearings_through_to_the_diary(store, shared):
    _record(store, shared["id"], CHARGE)
    _record(store, shared["id"], LISTED)
    with store.session() as session:
        diary = court_diary_view(session, TODAY, rules=RULEBOOK.rules)
    [hearing] = diary.hearings
    assert (hearing.on, hearing.at, hearing.what, hearing.court) == (
        date(2026, 12, 1), time(10, 0), "First hearing", "Worcester Magistrates' Court")
    assert set(hearing.case_ids) == {shared["ava"], shared["ben"], shared["cat"]}
    # The listing's update is due today for all three; Ben's charge update is overdue (17 Nov).
    assert {u.case_id for u in diary.due_today} == {shared["ava"], shared["ben"], shared["cat"]}
    assert {u.rule_id for u in diary.due_today} == {"hearing_update"}
    [late] = diary.overdue
    assert (late.case_id, late.rule_id, late.due, late.days_overdue) == (
        shared["ben"], "decision_update", date(2026, 11, 17), 3)
    assert late.defendant_ref == "WM-4471" and late.about.startswith("Charge")
    assert late.rule_title.startswith("Inform victim of charge")

    # Adjourned on the day it was listed for... no: vacated today, new date beyond 14 days.
    _record(store, shared["id"], Milestone(
        kind=K.HEARING_ADJOURNED, occurred_on=TODAY, received_on=TODAY,
        previous_date=date(2026, 12, 1), new_date=date(2026, 12, 15), vacated=True,
        reason="Court list overloaded"))
    with store.session() as session:
        diary = court_diary_view(session, TODAY, rules=RULEBOOK.rules)
        wider = court_diary_view(session, TODAY, days=28, rules=RULEBOOK.rules)
        view = prosecution_view(session, shared["id"], TODAY)
    assert diary.hearings == ()
    assert [(h.on, h.what) for h in wider.hearings] == [(date(2026, 12, 15), "First hearing")]
    assert [h.on for h in view.hearings] == [date(2026, 12, 15)]
    assert [m.milestone.kind for m in view.milestones] == [K.CHARGE, K.FIRST_HEARING_LISTED,
                                                          K.HEARING_ADJOURNED]
    assert "1 Dec 2026 to 15 Dec 2026 (Court list overloaded)" in view.milestones[-1].text
    # The adjournment owes a new hearing update on each case (from today: due Monday).
    assert len(obligations(store, shared["ava"], "hearing_update")) == 2

    _record(store, shared["id"], Milestone(kind=K.PLEA, occurred_on=TODAY, received_on=TODAY,
                                           result=CourtResult.GUILTY))
    _record(store, shared["id"], Milestone(kind=K.SENTENCE, occurred_on=TODAY,
                                           received_on=TODAY, details="Community order"))
    assert [e.kind for e in events(store, shared["cat"])][-2:] == ["verdict", "sentence"]


def test_the_court_diary_as_rows_and_for_one_officer(store, shared):
    other = make_staff(store, "Olu Case", "o.case", "witness_care")
    _record(store, shared["id"], CHARGE)
    _record(store, shared["id"], LISTED)
    with store.session() as session:
        rows = court_diary_rows(session, TODAY, rules=RULEBOOK.rules)
        mine = court_diary_rows(session, TODAY, officer="w.care", rules=RULEBOOK.rules)
        theirs = court_diary_view(session, TODAY, officer_id=other)
        nobody = court_diary_rows(session, TODAY, officer="no.one")
    assert rows == mine and nobody == []
    assert theirs.hearings == () and theirs.overdue == ()
    assert [r["section"] for r in rows] == ["hearing"] + ["due_today"] * 3 + ["overdue"]
    assert all(set(r) == set(rows[0]) for r in rows)
    assert rows[0]["date"] == "2026-12-01" and rows[0]["time"] == "10:00"
    assert rows[-1]["days_overdue"] == 3 and rows[-1]["rule"] == "decision_update"


def test_a_case_linked_later_or_unlinked_gets_only_its_own_updates(store, shared):
    dan = make_case(store, first_name="Dan")
    _record(store, shared["id"], CHARGE)
    with store.session(write=True) as session:
        link_case(session, shared["id"], dan, user="w.care")
        unlink_case(session, shared["id"], shared["cat"], user="w.care")
        with pytest.raises(JourneyRefused, match="already linked"):
            link_case(session, shared["id"], dan, user="w.care")
        session.commit()
    _record(store, shared["id"], LISTED)
    assert [e.kind for e in events(store, dan)] == ["referral_received", "first_hearing_listed"]
    assert [e.kind for e in events(store, shared["cat"])] == ["referral_received", "charge"]
    with store.session(write=True) as session:
        link_case(session, shared["id"], shared["cat"], user="w.care")  # back again
        session.commit()
    with store.session() as session:
        view = prosecution_view(session, shared["id"], TODAY)
    assert {c.case_id for c in view.cases} == {shared[w] for w in ("ava", "ben", "cat")} | {dan}


def test_the_last_case_cannot_be_unlinked_and_the_prosecution_needs_its_details(store):
    only = make_case(store)
    with store.session(write=True) as session:
        with pytest.raises(JourneyRefused, match="Record the defendant reference"):
            create_prosecution(session, defendant_ref=" ", case_ids=[only], user="x")
        with pytest.raises(JourneyRefused, match="Link at least one victim"):
            create_prosecution(session, defendant_ref="WM-1", case_ids=[], user="x")
        row = create_prosecution(session, defendant_ref="WM-1", case_ids=[only], user="x")
        with pytest.raises(JourneyRefused, match="only case linked"):
            unlink_case(session, row.id, only, user="x")
        update_prosecution(session, row.id, user="x", court="Hereford Justice Centre",
                           charges=["Theft"])
        with pytest.raises(JourneyRefused, match="A charge is blank"):
            update_prosecution(session, row.id, user="x", charges=["Theft", " "])
        session.commit()
        assert row.court == "Hereford Justice Centre" and row.row_version == 2


def test_a_trial_owes_no_update_of_its_own_and_the_latest_milestone_can_be_taken_back(
        store, shared):
    _record(store, shared["id"], CHARGE)
    trial = _record(store, shared["id"], Milestone(
        kind=K.PLEA, occurred_on=date(2026, 11, 18), received_on=date(2026, 11, 18),
        result=CourtResult.NOT_GUILTY))
    assert {u.rule_id for u in trial.updates} == {"outcome_update"}
    before = _counts(store)
    done = _record(store, shared["id"], Milestone(kind=K.TRIAL, occurred_on=date(2026, 11, 19),
                                                  received_on=date(2026, 11, 19)))
    assert done.updates == ()
    assert _counts(store)[2:] == before[2:]  # no journey event, no obligation

    with store.session(write=True) as session:
        with pytest.raises(JourneyRefused, match="Only the latest"):
            remove_latest_milestone(session, trial.milestone.id, RULEBOOK, user="w.care")
        remove_latest_milestone(session, done.milestone.id, RULEBOOK, user="w.care")
        remove_latest_milestone(session, trial.milestone.id, RULEBOOK, user="w.care")
        session.commit()
    assert [e.kind for e in events(store, shared["ava"])] == ["referral_received", "charge"]
    assert obligations(store, shared["ava"], "outcome_update") == []


def test_witness_needs_are_kept_per_case_and_prosecution(store, shared):
    needs = WitnessNeeds(
        case_id=str(shared["ben"]), prosecution_id=str(shared["id"]), must_give_evidence=True,
        special_measures=(
            SpecialMeasureRequest(measure=SpecialMeasure.SCREENS,
                                  status=MeasureStatus.GRANTED, decided_on=date(2026, 11, 18)),
            SpecialMeasureRequest(measure=SpecialMeasure.LIVE_LINK),
        ),
        pre_trial_visit=Offer(status=OfferStatus.ACCEPTED, on=date(2026, 11, 17)),
        interpreter_language="Polish",
        vps=VictimPersonalStatement(offered_on=date(2026, 11, 16), made_on=date(2026, 11, 18),
                                    updated_on=(date(2026, 11, 19),)),
    )
    with store.session(write=True) as session:
        save_witness_needs(session, needs, user="w.care")
        session.commit()
    with store.session() as session:
        view = witness_needs(session, shared["ben"], shared["id"])
        empty = witness_needs(session, shared["ava"], shared["id"])
        [court_tab] = case_prosecutions(session, shared["ben"], TODAY)
    assert view.needs == needs and view.row_version == 1
    assert "Offer a referral to the Witness Service" in view.next_steps
    assert empty.row_version is None and empty.next_steps[0].startswith("Find out whether")
    assert court_tab.witness.needs == needs
    assert court_tab.prosecution.charges == ("Burglary of a dwelling", "Criminal damage")
    assert court_tab.prosecution.officer_name == "Wendy Care"

    bad = WitnessNeeds(case_id=str(shared["ben"]), prosecution_id=str(shared["id"]),
                       vps=VictimPersonalStatement(updated_on=(date(2026, 11, 19),)))
    stranger = make_case(store)
    with store.session(write=True) as session:
        with pytest.raises(JourneyRefused, match="cannot be updated before it is made"):
            save_witness_needs(session, bad, user="w.care", expected_version=1)
        with pytest.raises(JourneyRefused, match="not linked"):
            save_witness_needs(session, WitnessNeeds(case_id=str(stranger),
                                                     prosecution_id=str(shared["id"])), user="x")
        updated = save_witness_needs(session, WitnessNeeds(
            case_id=str(shared["ben"]), prosecution_id=str(shared["id"]),
            must_give_evidence=False), user="w.care", expected_version=1)
        session.commit()
        assert updated.row_version == 2 and updated.id == view_id(store, shared)


def view_id(store, shared):
    from val_desktop.store.court import _needs_row

    with store.session() as session:
        return _needs_row(session, shared["ben"], shared["id"]).id


def test_listing_prosecutions_nearest_hearing_first(store, shared):
    _record(store, shared["id"], CHARGE)
    _record(store, shared["id"], LISTED)
    other_case = make_case(store)
    with store.session(write=True) as session:
        create_prosecution(session, defendant_ref="AA-1", case_ids=[other_case], user="x")
        session.commit()
        found = list_prosecutions(session, TODAY)
        searched = list_prosecutions(session, TODAY, search="wm-44")
        by_case = list_prosecutions(session, TODAY, case_id=other_case)
    assert [p.defendant_ref for p in found] == ["WM-4471", "AA-1"]
    assert found[0].next_hearing.on == date(2026, 12, 1) and found[0].case_count == 3
    assert found[0].last_milestone == "First hearing listed"
    assert [p.defendant_ref for p in searched] == ["WM-4471"]
    assert [p.defendant_ref for p in by_case] == ["AA-1"]
