"""Restorative justice referrals in the store: the pathway kept whole, advanced by the domain's
steps, refused in words, its outcome a journey event, and the RJ register."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from journey_fixtures import NOW, RULEBOOK, TODAY, assess, case_of, events, make_case, make_staff

from val_desktop.domain.feedback import Satisfaction
from val_desktop.domain.restorative_justice import (
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
    RJClosure,
    RJStage,
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
    set_offender_manager,
    set_offender_status,
    start_preparation,
)
from val_desktop.store.journey_common import JourneyRefused, StaleRecord
from val_desktop.store.journey_models import RJReferral
from val_desktop.store.rj import (
    case_rj_referrals,
    create_rj_referral,
    decode_pathway,
    encode_pathway,
    rj_register_rows,
    rj_register_view,
    rj_step,
    set_rj_facilitator,
    withdraw_rj,
)

D = date(2026, 10, 5)  # the RJ referral (a Monday)
BOTH = frozenset({InterventionKind.DIRECT_CONFERENCE, InterventionKind.LETTER})


def _assessment(on=D + timedelta(days=3), suitable=True):
    return RiskAssessment(
        assessed_on=on, assessed_by="p.ward", suitable=suitable,
        risks=(Risk(description="Victim and offender live in the same town",
                    management="Conference at the probation office, separate arrivals"),),
        notes="" if suitable else "Offender denies the offence")


def _consent(party, on, method=ConsentMethod.IN_PERSON):
    return Consent(party=party, given_on=on, method=method, taken_by="p.ward", scope=BOTH)


MANAGER = OffenderManager(service=OffenderService.PROBATION, name="Chris Doyle",
                          organisation="Probation Service, Worcester", phone="+447700900555")

# The whole pathway, as the domain walks it: (step, args) from referral to completion.
WALK = [
    (record_risk_assessment, (_assessment(),)),
    (record_victim_consent, (_consent(Party.VICTIM, D + timedelta(days=7)),)),
    (set_offender_manager, (MANAGER,)),
    (log_offender_contact, (OffenderContact(on=D + timedelta(days=9), by="p.ward",
                                            summary="Asked the offender manager to sound him out"),)),
    (set_offender_status, (OffenderStatus.COMMUNITY_SENTENCE,)),
    (record_offender_consent, (_consent(Party.OFFENDER, D + timedelta(days=14),
                                        ConsentMethod.THROUGH_OFFENDER_MANAGER),)),
    (start_preparation, (D + timedelta(days=15),)),
    (add_preparation_note, (PreparationNote(party=Party.VICTIM, on=D + timedelta(days=16),
                                            by="p.ward", text="Talked through the questions"),)),
    (add_preparation_note, (PreparationNote(party=Party.OFFENDER, on=D + timedelta(days=17),
                                            by="p.ward", text="Ready to apologise"),)),
    (record_intervention, (Intervention(kind=InterventionKind.DIRECT_CONFERENCE,
                                        on=D + timedelta(days=21), facilitator="p.ward"),)),
    (agree_outcome, (OutcomeAgreement(agreed_on=D + timedelta(days=21), items=(
        OutcomeItem(kind=OutcomeItemKind.APOLOGY, description="Written apology"),
        OutcomeItem(kind=OutcomeItemKind.REPARATION, description="Repaint the fence",
                    due_on=D + timedelta(days=35)),
    )),)),
    (resolve_outcome_item, (0, True, D + timedelta(days=25))),
    (resolve_outcome_item, (1, False, D + timedelta(days=36), "Offender moved away")),
    (record_follow_up, (FollowUp(on=D + timedelta(days=37), by="p.ward",
                                 notes="Victim pleased with the apology"),)),
    (record_evaluation, (VictimEvaluation(on=D + timedelta(days=37),
                                          satisfaction=Satisfaction.VERY_SATISFIED,
                                          helped_cope_and_recover=True, would_recommend=True,
                                          comments="Felt heard"),)),
    (close_completed, (D + timedelta(days=38),)),
]


@pytest.fixture
def case_id(store):
    return make_case(store)


def _create(store, case_id, **kw):
    with store.session(write=True) as session:
        row = create_rj_referral(session, case_id, referred_on=D, user="p.ward",
                                 referred_by="SPOC", reference="PRB-123", **kw)
        session.commit()
        return row.id


def _step(store, referral_id, step, *args, **kw):
    with store.session(write=True) as session:
        done = rj_step(session, referral_id, step, *args, user="p.ward", rulebook=RULEBOOK,
                       now=NOW, **kw)
        session.commit()
        return done


def _row(store, referral_id) -> RJReferral:
    with store.session() as session:
        return session.get(RJReferral, referral_id)


def test_the_pathway_document_keeps_every_record_exactly():
    from val_desktop.domain.restorative_justice import start_pathway

    pathway = start_pathway(D, referred_by="SPOC", reference="PRB-123")
    for step, args in WALK:
        pathway = step(pathway, *args)
    assert pathway.closure.kind is RJClosure.COMPLETED
    document = encode_pathway(pathway)
    import json

    assert decode_pathway(json.loads(json.dumps(document))) == pathway
    assert document["victim_consent"]["scope"] == ["direct_conference", "letter"]
    assert document["offender"]["manager"]["service"] == "probation"


def test_walking_the_whole_pathway_keeps_stage_columns_and_records_the_outcome_event(
        store, case_id):
    assess(store, case_id, date(2026, 11, 5))  # the next reassessment: 3 Dec (28 days)
    assert case_of(store, case_id).next_reassessment_due == date(2026, 12, 3)
    referral_id = _create(store, case_id)
    row = _row(store, referral_id)
    assert (row.stage, row.entered_on, row.referred_on) == ("referred", D, D)
    version = row.row_version
    for step, args in WALK[:-1]:
        _step(store, referral_id, step, *args)
    row = _row(store, referral_id)
    assert (row.stage, row.entered_on) == ("follow_up", D + timedelta(days=37))
    assert row.row_version == version + len(WALK) - 1 and row.updated_by == "p.ward"
    assert events(store, case_id, "rj_outcome") == []

    done = _step(store, referral_id, close_completed, D + timedelta(days=38))

    row = _row(store, referral_id)
    assert (row.stage, row.closure, row.entered_on) == ("closed", "completed",
                                                        D + timedelta(days=38))
    [event] = events(store, case_id, "rj_outcome")
    assert event.id == done.outcome_event_id
    assert "Completed on 12 Nov 2026" in event.details
    # An RJ outcome calls for a needs reassessment: due on its day (12 Nov), before 3 Dec.
    assert case_of(store, case_id).next_reassessment_due == date(2026, 11, 12)
    with store.session() as session:
        [view] = case_rj_referrals(session, case_id, TODAY)
    assert view.pathway == decode_pathway(row.pathway)
    assert view.pathway.offender.manager == MANAGER
    assert view.pathway.agreement.items[1].note == "Offender moved away"
    assert view.next_steps == ()  # the victim's evaluation is in


def test_a_refused_step_says_why_in_words_and_changes_nothing(store, case_id):
    referral_id = _create(store, case_id)
    _step(store, referral_id, record_risk_assessment, _assessment())
    before = _row(store, referral_id)
    # No offender consent through the offender manager before the victim's, and no manager yet.
    with pytest.raises(JourneyRefused) as refused:
        _step(store, referral_id, record_offender_consent,
              _consent(Party.OFFENDER, D + timedelta(days=9)))
    assert any("cannot move to 'Offender consented'" in r for r in refused.value.reasons)
    _step(store, referral_id, record_victim_consent, _consent(Party.VICTIM, D + timedelta(days=7)))
    with pytest.raises(JourneyRefused, match="Record the offender manager"):
        _step(store, referral_id, record_offender_consent,
              _consent(Party.OFFENDER, D + timedelta(days=9)))
    # No conference without preparation and both consents.
    with pytest.raises(JourneyRefused, match="cannot move to 'Intervention'"):
        _step(store, referral_id, record_intervention,
              Intervention(kind=InterventionKind.DIRECT_CONFERENCE, on=D + timedelta(days=10),
                           facilitator="p.ward"))
    row = _row(store, referral_id)
    assert row.stage == "victim_consented"
    assert row.row_version == before.row_version + 1  # only the victim's consent went in


def test_withdrawal_by_either_party_closes_it_and_is_an_rj_outcome(store, case_id):
    referral_id = _create(store, case_id)
    _step(store, referral_id, record_risk_assessment, _assessment())
    _step(store, referral_id, record_victim_consent, _consent(Party.VICTIM, D + timedelta(days=7)))
    with store.session(write=True) as session:
        with pytest.raises(JourneyRefused, match="needs the reason"):
            withdraw_rj(session, referral_id, Party.VICTIM, D + timedelta(days=9), "  ",
                        user="p.ward", rulebook=RULEBOOK, now=NOW)
        withdraw_rj(session, referral_id, Party.VICTIM, D + timedelta(days=9),
                    "Wants to move on", user="p.ward", rulebook=RULEBOOK, now=NOW)
        session.commit()
    with store.session() as session:
        [view] = case_rj_referrals(session, case_id, TODAY)
    assert view.pathway.closure.kind is RJClosure.WITHDRAWN
    assert view.pathway.victim_consent.withdrawn_on == D + timedelta(days=9)
    assert view.closure_text == "Withdrawn by the victim on 14 Oct 2026: Wants to move on"
    assert len(events(store, case_id, "rj_outcome")) == 1
    with pytest.raises(JourneyRefused, match="closed"):
        _step(store, referral_id, record_risk_assessment, _assessment(D + timedelta(days=20)))
    # A closed referral makes room for a new one.
    _create(store, case_id)


def test_one_open_referral_per_case_and_dates_checked(store, case_id):
    _create(store, case_id)
    with pytest.raises(JourneyRefused, match="already has an open"):
        _create(store, case_id)
    other = make_case(store)
    with store.session(write=True) as session, pytest.raises(JourneyRefused,
                                                             match="before the case was referred"):
        create_rj_referral(session, other, referred_on=date(2026, 8, 1), user="x")


def test_a_stale_edit_is_refused(store, case_id):
    referral_id = _create(store, case_id)
    version = _row(store, referral_id).row_version
    _step(store, referral_id, record_risk_assessment, _assessment())
    with pytest.raises(StaleRecord):
        _step(store, referral_id, close_unsuitable, D + timedelta(days=9), "No",
              expected_version=version)


def test_the_register_counts_by_stage_and_finds_the_stuck(store):
    facilitator = make_staff(store, "Priya Ward", "p.ward", "caseworker")
    stuck_case, fresh_case, closed_case = make_case(store), make_case(store), make_case(store)
    stuck = _create(store, stuck_case, facilitator_id=facilitator)  # referred 5 Oct: 46 days
    with store.session(write=True) as session:
        fresh = create_rj_referral(session, fresh_case, referred_on=TODAY - timedelta(days=3),
                                   user="p.ward").id
        session.commit()
    closed = _create(store, closed_case)
    _step(store, closed, close_unsuitable, D + timedelta(days=2), "Offender denies it")
    _step(store, fresh, record_risk_assessment, _assessment(TODAY - timedelta(days=1)))

    with store.session() as session:
        view = rj_register_view(session, TODAY)
        rows = rj_register_rows(session, TODAY)
        mine = rj_register_view(session, TODAY, facilitator_id=facilitator)
    assert view.counts[RJStage.REFERRED] == 1
    assert view.counts[RJStage.SUITABILITY_ASSESSED] == 1
    assert view.counts[RJStage.CLOSED] == 1 and view.open_count == 2
    assert [e.referral_id for e in view.stuck] == [stuck]
    assert view.stuck[0].days_at_stage == 46 and view.stuck[0].stuck_limit_days == 14
    assert view.entries[0].referral_id == stuck  # the stuck first
    assert [e.referral_id for e in mine.entries] == [stuck]
    assert mine.entries[0].facilitator == "Priya Ward"
    by_id = {r["referral_id"]: r for r in rows}
    assert by_id[stuck.hex]["stuck"] is True and by_id[stuck.hex]["facilitator"] == "p.ward"
    assert by_id[stuck.hex]["next_step"].startswith("Assess suitability and risk")
    assert by_id[closed.hex]["closure"] == "unsuitable"
    assert by_id[closed.hex]["closure_text"] == "Unsuitable on 7 Oct 2026: Offender denies it"
    assert by_id[fresh.hex]["stage"] == "suitability_assessed"
    assert rows[0]["referral_id"] == stuck.hex


def test_counting_a_stage_uses_the_stage_index(store):
    with store.session() as session:
        plan = " ".join(str(r) for r in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM rj_referrals WHERE stage = 'preparation'"
            " AND entered_on < '2026-10-01'"))
    assert "ix_rj_referrals_stage_entered" in plan


def test_a_facilitator_can_be_set_and_changed(store, case_id):
    first = make_staff(store, "Priya Ward", "p.ward", "caseworker")
    referral_id = _create(store, case_id)
    with store.session(write=True) as session:
        set_rj_facilitator(session, referral_id, first, user="sup")
        session.commit()
    with store.session() as session:
        [view] = case_rj_referrals(session, case_id, TODAY)
    assert view.facilitator_name == "Priya Ward"
    assert view.next_steps == ("Assess suitability and risk: record each risk and how it is "
                               "managed",)
