"""The restorative justice pathway: every transition, every guard, the register (issue 4).

Dates are worked out by hand: Mon 5 Oct 2026 is the referral; October has 31 days, November 30.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from val_desktop.domain.feedback import Satisfaction
from val_desktop.domain.needs import ReassessmentSchedule, load_default_schedule, next_reassessment
from val_desktop.domain.restorative_justice import (
    CLOSABLE_FROM,
    DEFAULT_STUCK_AFTER_DAYS,
    OPEN_STAGES,
    TRANSITIONS,
    Consent,
    ConsentMethod,
    FollowUp,
    Intervention,
    InterventionKind,
    ItemStatus,
    OffenderContact,
    OffenderManager,
    OffenderService,
    OffenderStatus,
    OutcomeAgreement,
    OutcomeItem,
    OutcomeItemKind,
    Party,
    PreparationNote,
    RegisterRow,
    Risk,
    RiskAssessment,
    RJClosure,
    RJPathway,
    RJStage,
    StageEntry,
    TransitionRefused,
    VictimEvaluation,
    add_preparation_note,
    agree_outcome,
    blockers,
    close_completed,
    close_unsuitable,
    describe_closure,
    is_current,
    log_offender_contact,
    next_step_needs,
    record_evaluation,
    record_follow_up,
    record_intervention,
    record_offender_consent,
    record_risk_assessment,
    record_victim_consent,
    register_row,
    resolve_outcome_item,
    rj_outcome_event,
    rj_register,
    set_offender_manager,
    set_offender_status,
    start_pathway,
    start_preparation,
    withdraw,
)

REFERRED = date(2026, 10, 5)  # Mon
ASSESSED = date(2026, 10, 12)  # Mon
VICTIM_CONSENT = date(2026, 10, 14)  # Wed
OFFENDER_CONSENT = date(2026, 10, 20)  # Tue
PREPARATION = date(2026, 10, 22)  # Thu
CONFERENCE = date(2026, 11, 9)  # Mon, 28 days after the assessment
AGREED = date(2026, 11, 9)
FOLLOW_UP_DAY = date(2026, 11, 23)
CLOSED_ON = date(2026, 12, 7)

ALL_KINDS = frozenset(InterventionKind)
MANAGER = OffenderManager(
    service=OffenderService.PROBATION, name="Priya Shah", organisation="Worcester probation office"
)


def an_assessment(on=ASSESSED, suitable=True, risks=None, notes="", by="Sam Facilitator"):
    if risks is None:
        risks = (Risk(description="Offender lives nearby", management="Meet at a neutral venue"),)
    return RiskAssessment(
        assessed_on=on, assessed_by=by, suitable=suitable, risks=risks, notes=notes
    )


def a_consent(
    party, on, scope=ALL_KINDS, method=ConsentMethod.IN_PERSON, taken_by="Sam Facilitator"
):
    return Consent(party=party, given_on=on, method=method, taken_by=taken_by, scope=scope)


def a_note(party, on):
    return PreparationNote(party=party, on=on, by="Sam Facilitator", text="Talked through the day")


def an_intervention(kind=InterventionKind.DIRECT_CONFERENCE, on=CONFERENCE):
    return Intervention(kind=kind, on=on, facilitator="Sam Facilitator")


def an_agreement(on=AGREED):
    return OutcomeAgreement(
        agreed_on=on,
        items=(
            OutcomeItem(kind=OutcomeItemKind.APOLOGY, description="Written apology"),
            OutcomeItem(kind=OutcomeItemKind.REPARATION, description="Repaint the fence"),
        ),
    )


def pathway_at(stage: RJStage, *, victim_scope=ALL_KINDS, offender_scope=ALL_KINDS):
    """A pathway walked, step by step, to `stage` (closed means closed as completed)."""
    p = start_pathway(REFERRED, referred_by="PC Jones")
    if stage is RJStage.REFERRED:
        return p
    p = record_risk_assessment(p, an_assessment())
    if stage is RJStage.SUITABILITY_ASSESSED:
        return p
    p = record_victim_consent(p, a_consent(Party.VICTIM, VICTIM_CONSENT, victim_scope))
    if stage is RJStage.VICTIM_CONSENTED:
        return p
    p = set_offender_manager(p, MANAGER)
    p = record_offender_consent(
        p,
        a_consent(
            Party.OFFENDER,
            OFFENDER_CONSENT,
            offender_scope,
            ConsentMethod.THROUGH_OFFENDER_MANAGER,
            "Priya Shah",
        ),
    )
    if stage is RJStage.OFFENDER_CONSENTED:
        return p
    p = start_preparation(p, PREPARATION)
    if stage is RJStage.PREPARATION:
        return p
    p = add_preparation_note(p, a_note(Party.VICTIM, date(2026, 10, 26)))
    p = add_preparation_note(p, a_note(Party.OFFENDER, date(2026, 10, 28)))
    p = record_intervention(p, an_intervention())
    if stage is RJStage.INTERVENTION:
        return p
    p = agree_outcome(p, an_agreement())
    if stage is RJStage.OUTCOME_AGREED:
        return p
    p = record_follow_up(p, FollowUp(on=FOLLOW_UP_DAY, by="Sam Facilitator", notes="Fence done"))
    if stage is RJStage.FOLLOW_UP:
        return p
    p = resolve_outcome_item(p, 0, True, date(2026, 11, 16))
    p = resolve_outcome_item(p, 1, True, date(2026, 11, 20))
    return close_completed(p, CLOSED_ON)


def prepared():
    p = pathway_at(RJStage.PREPARATION)
    p = add_preparation_note(p, a_note(Party.VICTIM, date(2026, 10, 26)))
    return add_preparation_note(p, a_note(Party.OFFENDER, date(2026, 10, 28)))


def refused(call, *args, **kwargs) -> tuple[str, ...]:
    with pytest.raises(TransitionRefused) as caught:
        call(*args, **kwargs)
    return caught.value.reasons


# --- the transition table -----------------------------------------------------------------------


def test_transition_table_is_the_designed_pathway():
    S = RJStage
    assert dict(TRANSITIONS) == {
        S.REFERRED: {S.SUITABILITY_ASSESSED},
        S.SUITABILITY_ASSESSED: {S.VICTIM_CONSENTED},
        S.VICTIM_CONSENTED: {S.OFFENDER_CONSENTED},
        S.OFFENDER_CONSENTED: {S.PREPARATION},
        S.PREPARATION: {S.INTERVENTION},
        S.INTERVENTION: {S.OUTCOME_AGREED, S.FOLLOW_UP},
        S.OUTCOME_AGREED: {S.FOLLOW_UP},
        S.FOLLOW_UP: set(),
        S.CLOSED: set(),
    }


def test_closures_allowed_from():
    S = RJStage
    assert CLOSABLE_FROM[RJClosure.COMPLETED] == {S.FOLLOW_UP}
    assert CLOSABLE_FROM[RJClosure.WITHDRAWN] == set(RJStage) - {S.CLOSED}
    assert CLOSABLE_FROM[RJClosure.UNSUITABLE] == {
        S.REFERRED,
        S.SUITABILITY_ASSESSED,
        S.VICTIM_CONSENTED,
        S.OFFENDER_CONSENTED,
        S.PREPARATION,
    }


def test_a_new_referral_is_at_referred():
    p = start_pathway(REFERRED, referred_by="PC Jones", reference="PRB/123")
    assert p.stage is RJStage.REFERRED
    assert p.entered_on == REFERRED
    assert p.is_open
    assert p.offender.reference == "PRB/123"
    assert p.offender.status is OffenderStatus.NOT_KNOWN


def test_a_pathway_always_has_a_stage():
    with pytest.raises(ValueError, match="at least the stage"):
        RJPathway(referred_on=REFERRED, history=())


def test_the_whole_pathway_keeps_its_history():
    p = pathway_at(RJStage.CLOSED)
    assert [(e.stage, e.entered_on) for e in p.history] == [
        (RJStage.REFERRED, REFERRED),
        (RJStage.SUITABILITY_ASSESSED, ASSESSED),
        (RJStage.VICTIM_CONSENTED, VICTIM_CONSENT),
        (RJStage.OFFENDER_CONSENTED, OFFENDER_CONSENT),
        (RJStage.PREPARATION, PREPARATION),
        (RJStage.INTERVENTION, CONFERENCE),
        (RJStage.OUTCOME_AGREED, AGREED),
        (RJStage.FOLLOW_UP, FOLLOW_UP_DAY),
        (RJStage.CLOSED, CLOSED_ON),
    ]
    assert p.closure.kind is RJClosure.COMPLETED
    assert not p.is_open
    assert describe_closure(p) == "Completed on 7 Dec 2026"


def test_steps_return_a_new_pathway_and_leave_the_old_one_alone():
    before = pathway_at(RJStage.SUITABILITY_ASSESSED)
    after = record_victim_consent(before, a_consent(Party.VICTIM, VICTIM_CONSENT))
    assert before.stage is RJStage.SUITABILITY_ASSESSED
    assert before.victim_consent is None
    assert after.stage is RJStage.VICTIM_CONSENTED
    with pytest.raises(dataclasses.FrozenInstanceError):
        after.closure = None  # type: ignore[misc]


FORWARD_PAIRS = [(s, t) for s in RJStage for t in RJStage if t in TRANSITIONS[s]]
NOT_ALLOWED_PAIRS = [
    (s, t) for s in RJStage for t in RJStage if t not in TRANSITIONS[s] and s is not RJStage.CLOSED
]


@pytest.mark.parametrize("source,target", NOT_ALLOWED_PAIRS, ids=lambda s: s.value)
def test_every_move_outside_the_table_is_refused(source, target):
    p = pathway_at(source)
    reasons = blockers(p, target, date(2027, 6, 1))
    assert reasons, f"{source} -> {target} should be refused"
    assert reasons[0].startswith(f"A pathway at '{source.label}' cannot move to '{target.label}'")


def test_a_refused_move_names_the_next_stage():
    p = pathway_at(RJStage.SUITABILITY_ASSESSED)
    assert blockers(p, RJStage.PREPARATION, date(2026, 10, 20)) == [
        "A pathway at 'Suitability and risk assessed' cannot move to 'Preparation'; "
        "its next stage is 'Victim consented'"
    ]
    intervention = pathway_at(RJStage.INTERVENTION)
    assert blockers(intervention, RJStage.CLOSED, date(2026, 12, 1)) == [
        "A pathway at 'Intervention' cannot move to 'Closed'; "
        "its next stage is 'Outcome agreed' or 'Follow-up'"
    ]


@pytest.mark.parametrize("source,target", FORWARD_PAIRS, ids=lambda s: s.value)
def test_every_move_in_the_table_is_open_once_its_guards_are_met(source, target):
    p = pathway_at(source)
    if source is RJStage.PREPARATION:
        p = prepared()
    if source is RJStage.VICTIM_CONSENTED:
        assert blockers(p, target, OFFENDER_CONSENT)  # no offender manager yet
        p = set_offender_manager(p, MANAGER)
    assert blockers(p, target, date(2026, 12, 1)) == []


@pytest.mark.parametrize("target", [*RJStage, *RJClosure], ids=lambda s: s.value)
def test_a_closed_pathway_refuses_everything(target):
    p = pathway_at(RJStage.CLOSED)
    assert blockers(p, target, date(2027, 1, 4)) == [
        "The pathway is closed (completed on 7 Dec 2026): nothing more can be recorded on it"
    ]


def test_a_closed_pathway_refuses_every_step():
    p = withdraw(pathway_at(RJStage.PREPARATION), Party.VICTIM, date(2026, 10, 23), "Moving away")
    day = date(2026, 11, 2)
    closed_reason = (
        "The pathway is closed (withdrawn on 23 Oct 2026): nothing more can be recorded on it"
    )
    attempts = [
        (record_risk_assessment, (p, an_assessment(on=day))),
        (record_victim_consent, (p, a_consent(Party.VICTIM, day))),
        (record_offender_consent, (p, a_consent(Party.OFFENDER, day))),
        (set_offender_manager, (p, MANAGER)),
        (set_offender_status, (p, OffenderStatus.IN_CUSTODY)),
        (log_offender_contact, (p, OffenderContact(on=day, by="Sam", summary="Call"))),
        (add_preparation_note, (p, a_note(Party.VICTIM, day))),
        (record_intervention, (p, an_intervention(on=day))),
        (agree_outcome, (p, an_agreement(on=day))),
        (resolve_outcome_item, (p, 0, True, day)),
        (record_follow_up, (p, FollowUp(on=day, by="Sam", notes="Call"))),
        (record_evaluation, (p, VictimEvaluation(on=day))),
        (close_completed, (p, day)),
        (withdraw, (p, Party.OFFENDER, day, "Changed mind")),
        (close_unsuitable, (p, day, "Risk")),
    ]
    for step, args in attempts:
        assert refused(step, *args) == (closed_reason,), step.__name__


def test_a_step_cannot_be_dated_before_the_current_stage_began():
    p = pathway_at(RJStage.SUITABILITY_ASSESSED)
    assert refused(record_victim_consent, p, a_consent(Party.VICTIM, date(2026, 10, 9))) == (
        "The date 9 Oct 2026 is before the pathway reached 'Suitability and risk assessed' on "
        "12 Oct 2026",
    )


def test_transition_refused_carries_every_reason():
    error = TransitionRefused(["first", "second"])
    assert error.reasons == ("first", "second")
    assert str(error) == "first; second"
    assert TransitionRefused("only").reasons == ("only",)


# --- suitability and risk assessment ------------------------------------------------------------


def test_a_suitable_assessment_moves_to_suitability_assessed():
    p = record_risk_assessment(start_pathway(REFERRED), an_assessment())
    assert p.stage is RJStage.SUITABILITY_ASSESSED
    assert p.entered_on == ASSESSED
    assert p.latest_assessment.risks[0].management == "Meet at a neutral venue"


def test_an_unsuitable_assessment_is_kept_and_waits_for_closure():
    p = record_risk_assessment(
        start_pathway(REFERRED), an_assessment(suitable=False, notes="Offender denies the offence")
    )
    assert p.stage is RJStage.REFERRED
    assert p.latest_assessment.suitable is False
    assert next_step_needs(p) == [
        "The latest risk assessment found restorative justice unsuitable: review the "
        "assessment or close the pathway as unsuitable, with the reason"
    ]
    closed = close_unsuitable(p, date(2026, 10, 13), "Offender denies the offence")
    assert closed.closure.kind is RJClosure.UNSUITABLE
    assert describe_closure(closed) == "Unsuitable on 13 Oct 2026: Offender denies the offence"


def test_every_risk_needs_how_it_is_managed():
    risks = (
        Risk(description="Offender lives nearby", management="Neutral venue"),
        Risk(description="Victim's anxiety", management="  "),
        Risk(description="", management="Something"),
    )
    assert refused(record_risk_assessment, start_pathway(REFERRED), an_assessment(risks=risks)) == (
        "Risk 'Victim's anxiety': record how it is managed",
        "Risk 3 has no description",
    )


def test_an_assessment_needs_its_assessor_a_date_after_referral_and_a_reason_if_unsuitable():
    reasons = refused(
        record_risk_assessment,
        start_pathway(REFERRED),
        an_assessment(on=date(2026, 10, 2), suitable=False, by=" "),
    )
    assert reasons == (
        "The assessment (2 Oct 2026) cannot be before the referral (5 Oct 2026)",
        "Record who made the assessment",
        "Say why restorative justice is unsuitable",
    )


def test_an_assessment_with_no_risks_identified_is_accepted():
    p = record_risk_assessment(start_pathway(REFERRED), an_assessment(risks=()))
    assert p.stage is RJStage.SUITABILITY_ASSESSED


def test_a_review_later_in_the_pathway_keeps_the_stage():
    p = pathway_at(RJStage.PREPARATION)
    reviewed = record_risk_assessment(p, an_assessment(on=date(2026, 10, 30)))
    assert reviewed.stage is RJStage.PREPARATION
    assert reviewed.entered_on == PREPARATION
    assert len(reviewed.assessments) == 2
    assert reviewed.latest_assessment.assessed_on == date(2026, 10, 30)


def test_a_review_cannot_predate_the_assessment_it_reviews():
    p = pathway_at(RJStage.VICTIM_CONSENTED)
    assert refused(record_risk_assessment, p, an_assessment(on=date(2026, 10, 10))) == (
        "A review (10 Oct 2026) cannot be before the assessment it reviews (12 Oct 2026)",
    )


@pytest.mark.parametrize(
    "stage,target",
    [
        (RJStage.SUITABILITY_ASSESSED, RJStage.VICTIM_CONSENTED),
        (RJStage.VICTIM_CONSENTED, RJStage.OFFENDER_CONSENTED),
        (RJStage.OFFENDER_CONSENTED, RJStage.PREPARATION),
        (RJStage.PREPARATION, RJStage.INTERVENTION),
    ],
    ids=lambda s: s.value,
)
def test_an_unsuitable_review_blocks_every_move_forward(stage, target):
    p = prepared() if stage is RJStage.PREPARATION else pathway_at(stage)
    p = set_offender_manager(p, MANAGER)
    p = record_risk_assessment(
        p, an_assessment(on=date(2026, 10, 29), suitable=False, notes="Threats made")
    )
    assert (
        "The latest risk assessment (29 Oct 2026) found restorative justice unsuitable: review it "
        "or close the pathway as unsuitable"
    ) in blockers(p, target, date(2026, 11, 2))
    # a fresh suitable review lifts the block
    p = record_risk_assessment(p, an_assessment(on=date(2026, 11, 2)))
    assert blockers(p, target, date(2026, 11, 2)) == []


# --- consents -----------------------------------------------------------------------------------


def test_victim_consent_records_who_how_when_and_to_what():
    p = record_victim_consent(
        pathway_at(RJStage.SUITABILITY_ASSESSED),
        a_consent(Party.VICTIM, VICTIM_CONSENT, frozenset({InterventionKind.LETTER})),
    )
    consent = p.victim_consent
    assert p.stage is RJStage.VICTIM_CONSENTED
    assert (consent.given_on, consent.method, consent.taken_by) == (
        VICTIM_CONSENT,
        ConsentMethod.IN_PERSON,
        "Sam Facilitator",
    )
    assert consent.scope == {InterventionKind.LETTER}
    assert consent.active


def test_victim_consent_needs_a_suitability_assessment_first():
    p = start_pathway(REFERRED)
    assert refused(record_victim_consent, p, a_consent(Party.VICTIM, VICTIM_CONSENT)) == (
        "A pathway at 'Referred' cannot move to 'Victim consented'; "
        "its next stage is 'Suitability and risk assessed'",
    )


def test_a_consent_record_must_be_complete_and_right():
    p = pathway_at(RJStage.SUITABILITY_ASSESSED)
    bad = Consent(
        party=Party.OFFENDER,
        given_on=VICTIM_CONSENT,
        method=ConsentMethod.THROUGH_OFFENDER_MANAGER,
        taken_by="",
        scope=frozenset(),
        withdrawn_on=VICTIM_CONSENT,
    )
    assert refused(record_victim_consent, p, bad) == (
        "This is the consent of the offender, not of the victim",
        "Record who took the consent",
        "Record what the consent covers: direct conference, indirect (shuttle) communication, "
        "letter",
        "A consent being recorded cannot already be withdrawn: record a withdrawal",
        "The victim's consent is never taken through an offender manager",
    )


def test_offender_consent_is_taken_through_the_offender_manager():
    p = pathway_at(RJStage.VICTIM_CONSENTED)
    consent = a_consent(
        Party.OFFENDER, OFFENDER_CONSENT, method=ConsentMethod.THROUGH_OFFENDER_MANAGER
    )
    assert refused(record_offender_consent, p, consent) == (
        "Record the offender manager (probation, prison or youth offending team) first: the "
        "offender's consent is taken through them",
    )
    p = set_offender_manager(p, MANAGER)
    p = record_offender_consent(p, consent)
    assert p.stage is RJStage.OFFENDER_CONSENTED
    assert p.offender_consent.party is Party.OFFENDER
    assert p.offender.manager.service is OffenderService.PROBATION


def test_offender_consent_cannot_come_before_the_victims():
    p = set_offender_manager(pathway_at(RJStage.SUITABILITY_ASSESSED), MANAGER)
    reasons = refused(record_offender_consent, p, a_consent(Party.OFFENDER, OFFENDER_CONSENT))
    assert reasons[0].startswith(
        "A pathway at 'Suitability and risk assessed' cannot move to 'Offender consented'"
    )


# --- the offender side --------------------------------------------------------------------------


def test_offender_manager_status_and_contacts_are_recorded_without_an_offender_case():
    p = start_pathway(REFERRED, reference="HMP Hewell A1234BC")
    assert refused(
        log_offender_contact, p, OffenderContact(on=ASSESSED, by="Sam", summary="Asked about RJ")
    ) == ("Record the offender manager before logging contacts with them",)
    prison = OffenderManager(
        service=OffenderService.PRISON, name="Mark Evans", organisation="HMP Hewell"
    )
    p = set_offender_manager(p, prison)
    p = set_offender_status(p, OffenderStatus.IN_CUSTODY)
    p = log_offender_contact(p, OffenderContact(on=ASSESSED, by="Sam", summary="Asked about RJ"))
    assert p.offender.manager.organisation == "HMP Hewell"
    assert p.offender.status is OffenderStatus.IN_CUSTODY
    assert [c.summary for c in p.offender.contacts] == ["Asked about RJ"]
    assert p.offender.reference == "HMP Hewell A1234BC"
    assert p.stage is RJStage.REFERRED  # none of this moves the pathway


def test_offender_manager_needs_a_name_and_contacts_need_content():
    p = start_pathway(REFERRED)
    assert refused(
        set_offender_manager,
        p,
        OffenderManager(service=OffenderService.YOUTH_OFFENDING_TEAM, name=" "),
    ) == ("Record the offender manager's name",)
    p = set_offender_manager(p, MANAGER)
    assert refused(
        log_offender_contact, p, OffenderContact(on=date(2026, 10, 1), by="Sam", summary="")
    ) == ("A contact cannot be before the referral", "Say what the contact was about")


# --- preparation and the intervention -----------------------------------------------------------


def test_preparation_needs_both_consents_and_starts_on_its_day():
    p = pathway_at(RJStage.PREPARATION)
    assert p.stage is RJStage.PREPARATION
    assert p.entered_on == PREPARATION


def test_preparation_notes_only_at_preparation_or_between_interventions():
    p = pathway_at(RJStage.OFFENDER_CONSENTED)
    assert refused(add_preparation_note, p, a_note(Party.VICTIM, PREPARATION)) == (
        "Preparation can only be recorded at 'Preparation' or 'Intervention'; this pathway is at "
        "'Offender consented'",
    )
    p = pathway_at(RJStage.PREPARATION)
    empty = PreparationNote(party=Party.VICTIM, on=date(2026, 10, 21), by="Sam", text=" ")
    assert refused(add_preparation_note, p, empty) == (
        "The date 21 Oct 2026 is before the pathway reached 'Preparation' on 22 Oct 2026",
        "The preparation note is empty",
    )


def test_no_intervention_without_preparation_with_each_party():
    p = pathway_at(RJStage.PREPARATION)
    assert refused(record_intervention, p, an_intervention(InterventionKind.LETTER)) == (
        "No preparation with the victim is recorded",
        "No preparation with the offender is recorded",
    )
    p = add_preparation_note(p, a_note(Party.VICTIM, date(2026, 10, 26)))
    assert refused(record_intervention, p, an_intervention(InterventionKind.LETTER)) == (
        "No preparation with the offender is recorded",
    )


@pytest.mark.parametrize("kind", list(InterventionKind), ids=lambda k: k.value)
def test_each_kind_of_intervention_can_be_recorded(kind):
    p = record_intervention(prepared(), an_intervention(kind))
    assert p.stage is RJStage.INTERVENTION
    assert p.entered_on == CONFERENCE
    assert [i.kind for i in p.interventions] == [kind]


def test_the_intervention_needs_a_facilitator():
    p = prepared()
    no_one = Intervention(kind=InterventionKind.LETTER, on=CONFERENCE, facilitator="")
    assert refused(record_intervention, p, no_one) == ("Record the facilitator",)


def test_direct_conference_needs_a_current_risk_assessment_boundary_90_days():
    p = prepared()
    # Assessed Mon 12 Oct 2026: 90 days later is Sun 10 Jan 2027 (19 + 30 + 31 + 10).
    on_day_90 = record_intervention(p, an_intervention(on=date(2027, 1, 10)))
    assert on_day_90.stage is RJStage.INTERVENTION
    assert refused(record_intervention, p, an_intervention(on=date(2027, 1, 11))) == (
        "The risk assessment of 12 Oct 2026 is 91 days old on 11 Jan 2027: a direct conference "
        "needs one made or reviewed within 90 days",
    )


def test_a_reviewed_risk_assessment_makes_a_direct_conference_possible_again():
    p = record_risk_assessment(prepared(), an_assessment(on=date(2027, 1, 4)))
    assert record_intervention(p, an_intervention(on=date(2027, 1, 11))).stage is (
        RJStage.INTERVENTION
    )


def test_the_currency_period_is_configurable():
    p = prepared()
    # 28 days after the assessment: current for 90, not for 21.
    assert blockers(
        p,
        RJStage.INTERVENTION,
        CONFERENCE,
        intervention_kind=InterventionKind.DIRECT_CONFERENCE,
        risk_valid_days=21,
    ) == [
        "The risk assessment of 12 Oct 2026 is 28 days old on 9 Nov 2026: a direct conference "
        "needs one made or reviewed within 21 days"
    ]
    assert refused(record_intervention, p, an_intervention(), risk_valid_days=21)
    assert record_intervention(p, an_intervention(), risk_valid_days=28).stage is (
        RJStage.INTERVENTION
    )


@pytest.mark.parametrize("kind", [InterventionKind.INDIRECT_SHUTTLE, InterventionKind.LETTER])
def test_indirect_work_does_not_need_a_current_assessment(kind):
    p = record_intervention(prepared(), an_intervention(kind, on=date(2027, 2, 1)))
    assert p.stage is RJStage.INTERVENTION


def test_is_current():
    a = an_assessment(on=ASSESSED)
    assert is_current(a, ASSESSED)
    assert is_current(a, date(2027, 1, 10))
    assert not is_current(a, date(2027, 1, 11))
    assert not is_current(a, date(2026, 10, 11))  # not yet made
    assert is_current(a, date(2026, 10, 19), valid_days=7)
    assert not is_current(a, date(2026, 10, 20), valid_days=7)


def test_no_direct_conference_when_a_party_consented_only_to_indirect_work():
    p = pathway_at(
        RJStage.PREPARATION,
        victim_scope=frozenset({InterventionKind.LETTER, InterventionKind.INDIRECT_SHUTTLE}),
    )
    p = add_preparation_note(p, a_note(Party.VICTIM, date(2026, 10, 26)))
    p = add_preparation_note(p, a_note(Party.OFFENDER, date(2026, 10, 28)))
    assert refused(record_intervention, p, an_intervention()) == (
        "The victim has not consented to a direct conference (consented to: indirect (shuttle) "
        "communication, letter of explanation or apology)",
    )
    assert record_intervention(p, an_intervention(InterventionKind.LETTER)).stage is (
        RJStage.INTERVENTION
    )


def test_no_direct_conference_when_the_offender_consented_only_to_a_letter():
    p = pathway_at(RJStage.PREPARATION, offender_scope=frozenset({InterventionKind.LETTER}))
    p = add_preparation_note(p, a_note(Party.VICTIM, date(2026, 10, 26)))
    p = add_preparation_note(p, a_note(Party.OFFENDER, date(2026, 10, 28)))
    assert refused(record_intervention, p, an_intervention(InterventionKind.INDIRECT_SHUTTLE)) == (
        "The offender has not consented to an indirect (shuttle) communication (consented to: "
        "letter of explanation or apology)",
    )


def test_no_direct_conference_without_both_consents_and_a_risk_assessment():
    # A pathway forced into preparation without the records the steps would have demanded.
    bare = RJPathway(
        referred_on=REFERRED,
        history=(StageEntry(RJStage.REFERRED, REFERRED), StageEntry(RJStage.PREPARATION, REFERRED)),
        preparation=(a_note(Party.VICTIM, REFERRED), a_note(Party.OFFENDER, REFERRED)),
    )
    assert blockers(
        bare,
        RJStage.INTERVENTION,
        CONFERENCE,
        intervention_kind=InterventionKind.DIRECT_CONFERENCE,
    ) == [
        "No suitability and risk assessment is recorded",
        "No consent from the victim is recorded",
        "No consent from the offender is recorded",
    ]


def test_further_interventions_can_follow_at_the_intervention_stage():
    p = record_intervention(prepared(), an_intervention(InterventionKind.INDIRECT_SHUTTLE))
    p = record_intervention(
        p, an_intervention(InterventionKind.DIRECT_CONFERENCE, on=date(2026, 11, 30))
    )
    assert p.stage is RJStage.INTERVENTION
    assert p.entered_on == CONFERENCE
    assert [i.kind for i in p.interventions] == [
        InterventionKind.INDIRECT_SHUTTLE,
        InterventionKind.DIRECT_CONFERENCE,
    ]
    # the same guards apply to the later one, and it cannot be dated before the stage began
    assert refused(record_intervention, p, an_intervention(on=date(2027, 1, 11))) == (
        "The risk assessment of 12 Oct 2026 is 91 days old on 11 Jan 2027: a direct conference "
        "needs one made or reviewed within 90 days",
    )
    assert refused(record_intervention, p, an_intervention(on=date(2026, 11, 2)))[0] == (
        "The date 2 Nov 2026 is before the pathway reached 'Intervention' on 9 Nov 2026"
    )


# --- outcome agreement, follow-up, evaluation, completion ---------------------------------------


def test_outcome_agreement_records_its_items_open():
    p = pathway_at(RJStage.OUTCOME_AGREED)
    assert p.stage is RJStage.OUTCOME_AGREED
    assert [(i.kind, i.status) for i in p.agreement.items] == [
        (OutcomeItemKind.APOLOGY, ItemStatus.OPEN),
        (OutcomeItemKind.REPARATION, ItemStatus.OPEN),
    ]


def test_outcome_agreement_needs_items_and_sane_ones():
    p = pathway_at(RJStage.INTERVENTION)
    assert refused(agree_outcome, p, OutcomeAgreement(agreed_on=AGREED, items=())) == (
        "An outcome agreement needs at least one item (apology, reparation, community work, "
        "other); with nothing agreed, go to follow-up",
    )
    bad_items = (
        OutcomeItem(kind=OutcomeItemKind.COMMUNITY_WORK, description=" "),
        OutcomeItem(
            kind=OutcomeItemKind.OTHER,
            description="Donation",
            status=ItemStatus.COMPLETED,
            due_on=date(2026, 11, 1),
        ),
    )
    assert refused(agree_outcome, p, OutcomeAgreement(agreed_on=AGREED, items=bad_items)) == (
        "Outcome item 1 has no description",
        "Outcome item 2 is agreed open, then tracked",
        "Outcome item 2 cannot be due before it was agreed",
    )


def test_outcome_agreement_only_after_an_intervention():
    p = pathway_at(RJStage.PREPARATION)
    assert refused(agree_outcome, p, an_agreement())[0].startswith(
        "A pathway at 'Preparation' cannot move to 'Outcome agreed'"
    )


def test_outcome_items_are_tracked_to_completed_or_not():
    p = pathway_at(RJStage.OUTCOME_AGREED)
    p = resolve_outcome_item(p, 0, True, date(2026, 11, 16))
    p = resolve_outcome_item(p, 1, False, date(2026, 11, 20), "Offender moved away")
    assert [(i.status, i.resolved_on, i.note) for i in p.agreement.items] == [
        (ItemStatus.COMPLETED, date(2026, 11, 16), ""),
        (ItemStatus.NOT_COMPLETED, date(2026, 11, 20), "Offender moved away"),
    ]
    assert refused(resolve_outcome_item, p, 0, False, date(2026, 11, 21), "x") == (
        "Outcome item 'Written apology' is already completed",
    )
    assert refused(resolve_outcome_item, p, 5, True, date(2026, 11, 21)) == (
        "There is no such outcome item",
    )


def test_an_item_not_completed_needs_a_reason_and_cannot_predate_the_agreement():
    p = pathway_at(RJStage.OUTCOME_AGREED)
    assert refused(resolve_outcome_item, p, 1, False, date(2026, 11, 6)) == (
        "An outcome item cannot be resolved before it was agreed (9 Nov 2026)",
        "Say why the item was not completed",
    )
    assert refused(resolve_outcome_item, pathway_at(RJStage.INTERVENTION), 0, True, AGREED) == (
        "An outcome item can only be recorded at 'Outcome agreed' or 'Follow-up'; this pathway is "
        "at 'Intervention'",
    )


def test_follow_up_straight_after_an_intervention_with_nothing_agreed():
    p = record_follow_up(
        pathway_at(RJStage.INTERVENTION),
        FollowUp(on=FOLLOW_UP_DAY, by="Sam", notes="Victim glad to have had the letter"),
    )
    assert p.stage is RJStage.FOLLOW_UP
    assert p.agreement is None
    assert close_completed(p, CLOSED_ON).closure.kind is RJClosure.COMPLETED


def test_more_follow_ups_can_be_recorded_and_each_needs_content():
    p = pathway_at(RJStage.FOLLOW_UP)
    p = record_follow_up(p, FollowUp(on=date(2026, 11, 30), by="Sam", notes="Second call"))
    assert [f.on for f in p.follow_ups] == [FOLLOW_UP_DAY, date(2026, 11, 30)]
    assert p.entered_on == FOLLOW_UP_DAY
    assert refused(record_follow_up, p, FollowUp(on=date(2026, 12, 1), by="Sam", notes="")) == (
        "The follow-up note is empty",
    )


def test_cannot_complete_while_an_outcome_item_is_open():
    p = pathway_at(RJStage.FOLLOW_UP)
    assert refused(close_completed, p, CLOSED_ON) == (
        "Outcome item 'Written apology' is still open: mark it completed or not completed",
        "Outcome item 'Repaint the fence' is still open: mark it completed or not completed",
    )
    p = resolve_outcome_item(p, 0, True, date(2026, 11, 24))
    p = resolve_outcome_item(p, 1, False, date(2026, 11, 24), "Fence replaced by landlord")
    assert close_completed(p, CLOSED_ON).stage is RJStage.CLOSED


@pytest.mark.parametrize(
    "stage", sorted(OPEN_STAGES - {RJStage.FOLLOW_UP}, key=list(RJStage).index), ids=str
)
def test_completion_only_from_follow_up(stage):
    reasons = blockers(pathway_at(stage), RJClosure.COMPLETED, date(2027, 1, 4))
    assert reasons == [
        f"A pathway at '{stage.label}' cannot be closed as completed: it closes as completed "
        "after the follow-up"
    ]


def test_the_victims_evaluation():
    p = pathway_at(RJStage.FOLLOW_UP)
    evaluation = VictimEvaluation(
        on=date(2026, 11, 25),
        satisfaction=Satisfaction.VERY_SATISFIED,
        helped_cope_and_recover=True,
        would_recommend=True,
        comments="I could say what I needed to",
    )
    p = record_evaluation(p, evaluation)
    assert p.evaluation.satisfaction is Satisfaction.VERY_SATISFIED
    assert refused(record_evaluation, p, evaluation) == (
        "The victim's evaluation is already recorded",
    )
    assert refused(
        record_evaluation, pathway_at(RJStage.FOLLOW_UP), VictimEvaluation(on=date(2026, 11, 20))
    ) == ("The evaluation cannot be before the follow-up began (23 Nov 2026)",)
    assert refused(record_evaluation, pathway_at(RJStage.OUTCOME_AGREED), evaluation) == (
        "The victim's evaluation can only be recorded at 'Follow-up'; this pathway is at "
        "'Outcome agreed'",
    )


def test_the_evaluation_can_come_after_completion_but_not_after_withdrawal():
    done = pathway_at(RJStage.CLOSED)
    assert next_step_needs(done) == ["Record the victim's own evaluation, if they wish to give one"]
    done = record_evaluation(done, VictimEvaluation(on=date(2026, 12, 14), comments="Thank you"))
    assert done.evaluation.comments == "Thank you"
    assert next_step_needs(done) == []
    gone = withdraw(pathway_at(RJStage.FOLLOW_UP), Party.VICTIM, CLOSED_ON, "Wants to move on")
    assert refused(record_evaluation, gone, VictimEvaluation(on=date(2026, 12, 14)))[0].startswith(
        "The pathway is closed (withdrawn"
    )


# --- withdrawal and unsuitability ---------------------------------------------------------------


@pytest.mark.parametrize("stage", sorted(OPEN_STAGES, key=list(RJStage).index), ids=str)
@pytest.mark.parametrize("party", list(Party), ids=str)
def test_either_party_can_withdraw_at_any_open_stage(stage, party):
    p = pathway_at(stage)
    day = date(2026, 12, 1)
    closed = withdraw(p, party, day, "No longer wishes to take part")
    assert closed.stage is RJStage.CLOSED
    assert closed.closure.kind is RJClosure.WITHDRAWN
    assert closed.closure.by is party
    assert closed.closure.reason == "No longer wishes to take part"
    consent = closed.consent_of(party)
    if p.consent_of(party) is None:
        assert consent is None
    else:
        assert consent.withdrawn_on == day
        assert consent.withdrawal_reason == "No longer wishes to take part"
        assert not consent.active
    other = Party.OFFENDER if party is Party.VICTIM else Party.VICTIM
    assert closed.consent_of(other) == p.consent_of(other)  # the other party's consent is untouched


def test_withdrawal_needs_a_reason_and_a_date_in_the_stage():
    p = pathway_at(RJStage.PREPARATION)
    assert refused(withdraw, p, Party.OFFENDER, date(2026, 10, 21), "  ") == (
        "The date 21 Oct 2026 is before the pathway reached 'Preparation' on 22 Oct 2026",
        "A withdrawal needs the reason the offender gave",
    )


def test_describe_a_withdrawal():
    p = withdraw(pathway_at(RJStage.PREPARATION), Party.OFFENDER, date(2026, 11, 3), "Moved prison")
    assert describe_closure(p) == "Withdrawn by the offender on 3 Nov 2026: Moved prison"
    assert describe_closure(pathway_at(RJStage.PREPARATION)) == ""


@pytest.mark.parametrize(
    "stage", sorted(CLOSABLE_FROM[RJClosure.UNSUITABLE], key=list(RJStage).index), ids=str
)
def test_unsuitable_before_the_intervention_with_a_reason(stage):
    p = close_unsuitable(pathway_at(stage), date(2026, 12, 1), "Offender minimises the harm")
    assert p.closure.kind is RJClosure.UNSUITABLE
    assert p.closure.reason == "Offender minimises the harm"
    assert p.closure.by is None
    assert refused(close_unsuitable, pathway_at(stage), date(2026, 12, 1), "") == (
        "Say why restorative justice is unsuitable",
    )


@pytest.mark.parametrize(
    "stage", [RJStage.INTERVENTION, RJStage.OUTCOME_AGREED, RJStage.FOLLOW_UP], ids=str
)
def test_not_unsuitable_once_the_intervention_has_happened(stage):
    assert refused(close_unsuitable, pathway_at(stage), date(2026, 12, 1), "Too late") == (
        f"A pathway at '{stage.label}' cannot be closed as unsuitable: the intervention has "
        "taken place",
    )


# --- what next ----------------------------------------------------------------------------------


def test_next_step_needs_at_each_stage():
    assert next_step_needs(pathway_at(RJStage.REFERRED)) == [
        "Assess suitability and risk: record each risk and how it is managed"
    ]
    assert next_step_needs(pathway_at(RJStage.SUITABILITY_ASSESSED)) == [
        "Record the victim's consent: who took it, how, when, and to what"
    ]
    assert next_step_needs(pathway_at(RJStage.VICTIM_CONSENTED)) == [
        "Record the offender manager (probation, prison or youth offending team)",
        "Record the offender's consent through their offender manager",
    ]
    assert next_step_needs(set_offender_manager(pathway_at(RJStage.VICTIM_CONSENTED), MANAGER)) == [
        "Record the offender's consent through their offender manager"
    ]
    assert next_step_needs(pathway_at(RJStage.OFFENDER_CONSENTED)) == [
        "Start preparation with both parties"
    ]
    assert next_step_needs(pathway_at(RJStage.PREPARATION)) == [
        "Record preparation with the victim",
        "Record preparation with the offender",
        "Record the intervention: direct conference, indirect (shuttle) communication, or letter "
        "of explanation or apology",
    ]
    assert next_step_needs(pathway_at(RJStage.INTERVENTION)) == [
        "Record the outcome agreement (apology, reparation, community work, other), or the "
        "follow-up with the victim if nothing was agreed"
    ]
    assert next_step_needs(pathway_at(RJStage.OUTCOME_AGREED)) == [
        "Track outcome item 'Written apology': completed or not",
        "Track outcome item 'Repaint the fence': completed or not",
        "Record the follow-up with the victim",
    ]
    follow_up = resolve_outcome_item(pathway_at(RJStage.FOLLOW_UP), 0, True, date(2026, 11, 24))
    assert next_step_needs(follow_up) == [
        "Track outcome item 'Repaint the fence': completed or not",
        "Record the victim's own evaluation, if they wish to give one",
        "Close the pathway as completed",
    ]
    withdrawn = withdraw(pathway_at(RJStage.REFERRED), Party.VICTIM, ASSESSED, "Changed mind")
    assert next_step_needs(withdrawn) == []


def test_next_step_warns_when_a_planned_conference_needs_a_fresh_risk_assessment():
    p = prepared()
    assert next_step_needs(p, as_of=date(2027, 1, 11)) == [
        "Review the risk assessment (last on 12 Oct 2026): a direct conference needs one made or "
        "reviewed within 90 days",
        "Record the intervention: direct conference, indirect (shuttle) communication, or letter "
        "of explanation or apology",
    ]
    assert next_step_needs(p, as_of=date(2027, 1, 10)) == [
        "Record the intervention: direct conference, indirect (shuttle) communication, or letter "
        "of explanation or apology",
    ]


# --- the RJ outcome is a journey event ----------------------------------------------------------


def test_the_rj_outcome_is_a_journey_event_at_closure():
    assert rj_outcome_event(pathway_at(RJStage.FOLLOW_UP)) is None
    assert rj_outcome_event(pathway_at(RJStage.CLOSED)) == ("rj_outcome", CLOSED_ON)
    withdrawn = withdraw(pathway_at(RJStage.PREPARATION), Party.OFFENDER, date(2026, 10, 30), "No")
    assert rj_outcome_event(withdrawn) == ("rj_outcome", date(2026, 10, 30))


def test_the_rj_outcome_makes_a_needs_reassessment_due_that_day():
    schedule = load_default_schedule()
    assert "rj_outcome" in schedule.trigger_events
    event = rj_outcome_event(pathway_at(RJStage.CLOSED))
    due = next_reassessment(
        referred_on=date(2026, 11, 20),
        assessed_on=[date(2026, 12, 1)],
        events=[event],
        risk_level="standard",
        enhanced=False,
        schedule=schedule,
    )
    # last assessed Tue 1 Dec; 28-day schedule would say 29 Dec; the RJ outcome on 7 Dec wins
    assert due.due == CLOSED_ON
    assert due.reason == "Restorative justice outcome on 07 Dec 2026"
    # ... unless an administrator takes rj_outcome off the list
    quiet = ReassessmentSchedule(trigger_events=frozenset({"verdict"}))
    assert next_reassessment(
        date(2026, 11, 20), [date(2026, 12, 1)], [event], "standard", False, quiet
    ).due == date(2026, 12, 29)


# --- the RJ register ----------------------------------------------------------------------------

AS_OF = date(2026, 11, 30)


def test_register_counts_every_stage_including_zeros():
    rows = [
        RegisterRow("RJ-1", RJStage.REFERRED, date(2026, 11, 20)),
        RegisterRow("RJ-2", RJStage.REFERRED, date(2026, 11, 25)),
        RegisterRow("RJ-3", RJStage.PREPARATION, date(2026, 11, 1)),
        RegisterRow("RJ-4", RJStage.CLOSED, date(2026, 1, 5)),
    ]
    register = rj_register(rows, AS_OF)
    assert list(register.counts) == list(RJStage)
    assert dict(register.counts) == {
        RJStage.REFERRED: 2,
        RJStage.SUITABILITY_ASSESSED: 0,
        RJStage.VICTIM_CONSENTED: 0,
        RJStage.OFFENDER_CONSENTED: 0,
        RJStage.PREPARATION: 1,
        RJStage.INTERVENTION: 0,
        RJStage.OUTCOME_AGREED: 0,
        RJStage.FOLLOW_UP: 0,
        RJStage.CLOSED: 1,
    }
    assert register.stuck == ()


def test_register_stuck_means_longer_than_the_limit():
    # referred limit 14 days: entered 16 Nov is 14 days on 30 Nov (not stuck); 15 Nov is 15.
    rows = [
        RegisterRow("RJ-on-the-limit", RJStage.REFERRED, date(2026, 11, 16)),
        RegisterRow("RJ-one-over", RJStage.REFERRED, date(2026, 11, 15)),
        RegisterRow("RJ-long-prep", RJStage.PREPARATION, date(2026, 9, 1)),  # 90 days, limit 56
        RegisterRow("RJ-closed-long-ago", RJStage.CLOSED, date(2025, 1, 1)),
    ]
    register = rj_register(rows, AS_OF)
    assert [(s.referral_id, s.stage, s.days_at_stage, s.limit_days) for s in register.stuck] == [
        ("RJ-long-prep", RJStage.PREPARATION, 90, 56),
        ("RJ-one-over", RJStage.REFERRED, 15, 14),
    ]
    assert DEFAULT_STUCK_AFTER_DAYS[RJStage.REFERRED] == 14
    assert RJStage.CLOSED not in DEFAULT_STUCK_AFTER_DAYS


def test_register_thresholds_per_stage_are_the_callers():
    rows = [
        RegisterRow("A", RJStage.REFERRED, date(2026, 11, 23)),  # 7 days
        RegisterRow("B", RJStage.FOLLOW_UP, date(2026, 1, 1)),  # unwatched below
    ]
    register = rj_register(rows, AS_OF, stuck_after={RJStage.REFERRED: 5})
    assert [(s.referral_id, s.days_at_stage, s.limit_days) for s in register.stuck] == [("A", 7, 5)]


def test_register_row_from_a_pathway():
    row = register_row("RJ-9", pathway_at(RJStage.VICTIM_CONSENTED))
    assert row == RegisterRow("RJ-9", RJStage.VICTIM_CONSENTED, VICTIM_CONSENT)
