"""The supervisors' case summary shows the victim's journey beyond VAL: restorative justice,
court (prosecution, milestones, witness needs) and complaints and Right to Review (issue 5).

Today is Friday 20 Nov 2026 (journey_fixtures).
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from journey_fixtures import NOW, RULEBOOK, TODAY, make_case, make_staff
from letters_fixtures import pdf_text

from val_desktop.domain.complaints import ComplaintAbout, QualifyingDecision, ReviewBody
from val_desktop.domain.court import Milestone, MilestoneKind, WitnessNeeds
from val_desktop.domain.restorative_justice import Risk, RiskAssessment, record_risk_assessment
from val_desktop.letters.case_summary import SECTIONS, case_summary_pdf
from val_desktop.store.complaints import (
    acknowledge_complaint,
    record_complaint,
    record_vrr_request,
    start_local_resolution,
)
from val_desktop.store.court import create_prosecution, record_milestone, save_witness_needs
from val_desktop.store.documents import case_summary, printer_for
from val_desktop.store.rj import create_rj_referral, rj_step

PRINTED_AT = datetime(2026, 11, 20, 15, 30)
LISTED = Milestone(kind=MilestoneKind.FIRST_HEARING_LISTED, occurred_on=date(2026, 11, 18),
                   received_on=date(2026, 11, 19), hearing_on=date(2026, 12, 1),
                   hearing_time=time(10, 0), venue="Worcester Magistrates' Court")


def _summary_text(store, case_id) -> str:
    with store.session() as session:
        data = case_summary(session, case_id, RULEBOOK, TODAY)
        printer = printer_for(session, "w.care", PRINTED_AT)
    return pdf_text(case_summary_pdf(data, printer))


@pytest.fixture
def journey_case(store):
    """Ava's burglary: charged and listed, referred for RJ (assessed), and she complained
    about the police and asked for a review of a decision not to charge a second suspect."""
    officer = make_staff(store, "Wendy Care", "w.care", "witness_care")
    facilitator = make_staff(store, "Priya Ward", "p.ward", "caseworker")
    case_id = make_case(store, first_name="Ava")
    with store.session(write=True) as session:
        prosecution = create_prosecution(
            session, defendant_ref="WM-4471", court="Worcester Crown Court",
            charges=["Burglary of a dwelling", "Criminal damage"], case_ids=[case_id],
            user="w.care", officer_id=officer)
        record_milestone(session, prosecution.id, Milestone(
            kind=MilestoneKind.CHARGE, occurred_on=date(2026, 11, 13),
            received_on=date(2026, 11, 16), details="Burglary of a dwelling"),
            RULEBOOK, user="w.care", now=NOW)
        record_milestone(session, prosecution.id, LISTED, RULEBOOK, user="w.care", now=NOW)
        save_witness_needs(session, WitnessNeeds(
            case_id=str(case_id), prosecution_id=str(prosecution.id), must_give_evidence=True,
            interpreter_language="Polish"), user="w.care")
        referral = create_rj_referral(session, case_id, referred_on=date(2026, 10, 5),
                                      user="p.ward", referred_by="SPOC", reference="PRB-123",
                                      facilitator_id=facilitator, today=TODAY)
        rj_step(session, referral.id, record_risk_assessment, RiskAssessment(
            assessed_on=date(2026, 10, 8), assessed_by="p.ward", suitable=True,
            risks=(Risk(description="Same town", management="Separate arrivals"),)),
            user="p.ward", rulebook=RULEBOOK, now=NOW)
        complaint = record_complaint(
            session, case_id, received_on=date(2026, 11, 9), about=ComplaintAbout.POLICE,
            about_name="West Mercia Police", rights=[6], summary="No update on the charge",
            rulebook=RULEBOOK, user="s.lead", now=NOW)
        acknowledge_complaint(session, complaint.id, date(2026, 11, 10), user="s.lead")
        review = record_vrr_request(
            session, case_id, body=ReviewBody.POLICE, decision=QualifyingDecision.NOT_TO_CHARGE,
            decision_communicated_on=date(2026, 11, 2), requested_on=date(2026, 11, 9),
            user="s.lead", today=TODAY)
        start_local_resolution(session, review.id, date(2026, 11, 12), user="s.lead",
                               today=TODAY)
        session.commit()
    return case_id


def test_the_summary_shows_court_rj_and_complaints_before_the_timeline(store, journey_case):
    text = _summary_text(store, journey_case)

    titles = [s.title for s in SECTIONS]
    assert titles[-4:] == ["Restorative justice", "Court", "Complaints and Right to Review",
                           "Timeline"]
    assert (text.index("Victims' Code obligations and compliance")
            < text.index("Restorative justice")
            < text.index("Complaints and Right to Review") < text.index("Timeline"))
    # Restorative justice: the stage and since when, the facilitator, the next step.
    assert "Suitability and risk assessed since 08 Oct 2026" in text
    assert "Priya Ward" in text and "05 Oct 2026 by SPOC" in text
    # Court: the prosecution, its milestones with the day Witness Care received them, the
    # victim's needs as a witness.
    assert "Worcester Crown Court" in text and "WM-4471" in text
    assert "Burglary of a dwelling; Criminal damage" in text
    assert "Happened Received by Witness Care What" in text
    assert "13 Nov 2026 16 Nov 2026 Charge" in text  # happened, received, what
    assert "Worcester Magistrates' Court" in text
    assert "Next hearing First hearing: 01 Dec 2026 at 10:00" in text
    assert "Must give evidence: yes" in text and "Interpreter: Polish" in text
    # Complaints and Right to Review.
    assert "Right 6: To be provided with information about the investigation and" in text
    assert "Police: West Mercia Police" in text
    assert "Acknowledged 10 Nov 2026" in text and "No full response" in text
    assert "Decision not to charge" in text and "Local resolution since 12 Nov 2026" in text
    for nothing in ("No restorative justice referral.", "not linked to a prosecution",
                    "No complaint and no Right to Review request."):
        assert nothing not in text


def test_a_case_with_none_of_them_says_so_in_one_line_each(store):
    case_id = make_case(store, first_name="Ben")
    text = _summary_text(store, case_id)
    for title in ("Restorative justice", "Court", "Complaints and Right to Review"):
        assert title in text
    assert "Restorative justice No restorative justice referral." in text
    assert "Court The case is not linked to a prosecution." in text
    assert ("Complaints and Right to Review No complaint and no Right to Review request."
            in text)
