"""A small store whose quarterly figures are known exactly (synthetic people only).

The quarter is 2026Q3 (1 July to 30 September 2026, all British Summer Time); the return is run
on 20 November 2026, so figures are as at 30 September. Two caseworkers: Ann Archer (A) and Ben
Brook (B).

| case | referred (UK)          | source  | offence        | SPOC | what happens                                    |
| c1   | Mon 6 Jul 10:00        | police  | assault        | A    | reached 6 Jul 14:00 (first contact on time);    |
|      |                        |         |                |      | support offered 9 Jul (due 8 Jul: late);        |
|      |                        |         |                |      | assessed 10 Jul; signposted to Victim Support;  |
|      |                        |         |                |      | charged 1 Sep: update due 8 Sep, never (overdue)|
|      |                        |         |                |      | RJ referral 20 Aug, still at "referred"         |
| c2   | Mon 3 Aug 09:00        | self    | domestic abuse | B    | enhanced (also under 18): first contact due     |
|      |                        |         |                |      | 4 Aug, met 4 Aug 23:30 BST (on time); support   |
|      |                        |         |                |      | due 5 Aug, met 6 Aug 00:30 BST (late); a text   |
|      |                        |         |                |      | sent (not reached), an inbound call 10 Aug      |
|      |                        |         |                |      | (reached); a referral letter to Refuge; a       |
|      |                        |         |                |      | complaint 12 Aug, never answered (overdue)      |
| c3   | Tue 29 Sep 10:00       | partner | burglary       | A    | obligations due 1 Oct: not in the quarter       |
| c4   | Mon 29 Jun 10:00 (Q2)  | police  | theft          | B    | obligations due 1 Jul, never met (overdue x2);  |
|      |                        |         |                |      | a call with no answer                           |
| c5   | Mon 28 Sep 10:00       | police  | assault        | A    | due 30 Sep: contact met 28 Sep; support met     |
|      |                        |         |                |      | 2 Oct, after the quarter: not yet due at 30 Sep |
| c6   | Mon 10 Aug (deleted)   | police  | assault        | A    | deleted: counts nowhere                         |
| c7   | Wed 1 Jul 10:00        | police  | assault        | A    | met both 2 Jul (a meeting, reached); assessed   |
|      |                        |         |                |      | 2 Jul and 10 Sep; support plan action with      |
|      |                        |         |                |      | Victim Support; RJ 10 Jul, withdrawn 5 Sep;     |
|      |                        |         |                |      | closed 15 Sep; closure feedback: satisfied,     |
|      |                        |         |                |      | better able to cope                             |
| c8   | Mon 4 May (Q2)         | police  | theft          | B    | assessed 5 May, closed 20 Jun: before the quarter|
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from intake_files import row, write_file
from sqlalchemy import select, update

from val_desktop.domain.clock import to_utc_naive
from val_desktop.domain.complaints import ComplaintAbout
from val_desktop.domain.feedback import FeedbackOccasion, Satisfaction
from val_desktop.domain.needs import NEED_DOMAINS
from val_desktop.domain.restorative_justice import Party
from val_desktop.intake.referral_file import ReferralFile, ReferralRecord
from val_desktop.store.cases import Rulebook, record_event
from val_desktop.store.complaints import record_complaint
from val_desktop.store.feedback import record_feedback
from val_desktop.store.models import (
    Case,
    ContactLogEntry,
    NeedsAssessment,
    NeedScore,
    Obligation,
    ServiceProvider,
    Staff,
    SupportPlanAction,
)
from val_desktop.store.new_cases import create_case_from_referral
from val_desktop.store.rj import create_rj_referral, withdraw_rj

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 12, 0)  # naive UTC
FILE_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
QUARTER = "2026Q3"


def uk(text: str) -> datetime:
    """A UK wall-clock time as the store keeps it (naive UTC)."""
    return to_utc_naive(datetime.fromisoformat(text))


def _records(tmp_path: Path, rows: list[dict]) -> list[ReferralRecord]:
    path = write_file(tmp_path / f"referrals-{uuid.uuid4().hex[:8]}.csv", rows)
    parsed = list(ReferralFile(path, now=FILE_NOW).rows())
    assert all(isinstance(r, ReferralRecord) for r in parsed), parsed
    return parsed


def _staff(session, username: str, name: str, role: str = "caseworker") -> Staff:
    person = Staff(username=username, display_name=name, role=role, active=True,
                   updated_by="test")
    session.add(person)
    session.flush()
    return person


def _case(session, tmp_path, rulebook, spoc, source_id, **values) -> Case:
    record = _records(tmp_path, [row(source_id, **values)])[0]
    case = create_case_from_referral(session, record, rulebook, received_via="file",
                                     user="test", spoc=spoc)
    session.flush()
    return case


def _meet(session, case: Case, rule_id: str, at: datetime) -> None:
    session.execute(update(Obligation).where(Obligation.case_id == case.id,
                                             Obligation.rule_id == rule_id)
                    .values(met_at=at, met_by="test"))


def _contact(session, case: Case, at: datetime, kind: str = "call", outcome: str | None = "reached",
             direction: str | None = "outbound", summary: str = "Spoke to the victim.") -> None:
    session.add(ContactLogEntry(case_id=case.id, at=at, kind=kind, direction=direction,
                                outcome=outcome, summary=summary, updated_by="test"))


def _assess(session, case: Case, at: datetime, scores: dict[str, int]) -> NeedsAssessment:
    assessment = NeedsAssessment(id=uuid.uuid4(), case_id=case.id, assessed_at=at,
                                 assessed_by="test", updated_by="test")
    session.add(assessment)
    session.flush()
    for domain in NEED_DOMAINS:
        session.add(NeedScore(assessment_id=assessment.id, domain=domain,
                              score=scores.get(domain, 0), updated_by="test"))
    session.flush()
    return assessment


@dataclass
class Built:
    a: Staff
    b: Staff
    supervisor: Staff
    cases: dict[str, Case]


# The first and last assessments of c7 (closed in the quarter) and c1's one assessment.
C7_FIRST = {"safety": 3, "emotional": 2, "housing": 0, "money": 1, "health": 2}
C7_LAST = {"safety": 1, "emotional": 2, "housing": 1, "money": 2, "health": 0}
C1_SCORES = {"safety": 1, "emotional": 3, "money": 2}


def build(session, tmp_path: Path, rulebook: Rulebook | None = None) -> Built:
    rulebook = rulebook or Rulebook.default()
    a = _staff(session, "a.archer", "Ann Archer")
    b = _staff(session, "b.brook", "Ben Brook")
    supervisor = _staff(session, "s.stone", "Sam Stone", "supervisor")
    for name, category in (("Victim Support", "general"),
                           ("Refuge (National Domestic Abuse Helpline)", "domestic_abuse")):
        if session.scalar(select(ServiceProvider.id).where(ServiceProvider.name == name)) is None:
            session.add(ServiceProvider(name=name, category=category, updated_by="test"))
    session.flush()
    victim_support = session.scalar(select(ServiceProvider.id)
                                    .where(ServiceProvider.name == "Victim Support"))
    c: dict[str, Case] = {}

    c["c1"] = _case(session, tmp_path, rulebook, a, "q-c1", referred_at="2026-07-06T10:00",
                    offence_date="2026-07-05", first_name="Cora", last_name="One",
                    date_of_birth="1990-01-02", gender="female", disability="no")
    _contact(session, c["c1"], uk("2026-07-06T14:00"))
    _meet(session, c["c1"], "first_contact_attempt", uk("2026-07-06T14:00"))
    _meet(session, c["c1"], "support_referral_offered", uk("2026-07-09T09:00"))
    c["c1"].status = "supported"
    _assess(session, c["c1"], uk("2026-07-10T11:00"), C1_SCORES)
    _contact(session, c["c1"], uk("2026-07-07T10:00"), kind="signpost", direction=None,
             summary="Signposted to Victim Support (0808 168 9111): free confidential support.")
    record_event(session, c["c1"], "charge", uk("2026-09-01T12:00"), rulebook, user="test")
    create_rj_referral(session, c["c1"].id, referred_on=date(2026, 8, 20), user="test")

    c["c2"] = _case(session, tmp_path, rulebook, b, "q-c2", referral_source="self",
                    referred_at="2026-08-03T09:00", offence_category="domestic_abuse",
                    offence_date="2026-08-01", first_name="Dan", last_name="Two",
                    date_of_birth="2010-05-01", gender="male", disability="yes",
                    preferred_language="Polish", interpreter_needed="yes")
    _meet(session, c["c2"], "first_contact_attempt", uk("2026-08-04T23:30"))  # 22:30 UTC
    _meet(session, c["c2"], "support_referral_offered", uk("2026-08-06T00:30"))  # 5 Aug 23:30 UTC
    _contact(session, c["c2"], uk("2026-08-04T23:30"), kind="text", outcome="sent")
    _contact(session, c["c2"], uk("2026-08-10T09:00"), direction="inbound")
    _contact(session, c["c2"], uk("2026-08-11T10:00"), kind="disclosure", outcome="sent",
             summary="Referral letter sent to: Refuge (National Domestic Abuse Helpline)\n"
                     "Why: safety planning\nShared: name, needs")
    record_complaint(session, c["c2"].id, received_on=date(2026, 8, 12), about=ComplaintAbout.VAL,
                     rulebook=rulebook, user="test", summary="Nobody called back.", now=NOW)

    c["c3"] = _case(session, tmp_path, rulebook, a, "q-c3", referral_source="partner",
                    referred_at="2026-09-29T10:00", offence_category="burglary",
                    offence_date="2026-09-28", first_name="Eve", last_name="Three",
                    date_of_birth="", gender="not_stated", disability="not_stated",
                    preferred_language="")

    c["c4"] = _case(session, tmp_path, rulebook, b, "q-c4", referred_at="2026-06-29T10:00",
                    offence_category="theft", offence_date="2026-06-28", first_name="Finn",
                    last_name="Four")
    _contact(session, c["c4"], uk("2026-07-02T10:00"), outcome="no_answer")

    c["c5"] = _case(session, tmp_path, rulebook, a, "q-c5", referred_at="2026-09-28T10:00",
                    offence_date="2026-09-27", first_name="Gail", last_name="Five",
                    date_of_birth="1951-09-29")
    _meet(session, c["c5"], "first_contact_attempt", uk("2026-09-28T15:00"))
    _meet(session, c["c5"], "support_referral_offered", uk("2026-10-02T10:00"))

    c["c6"] = _case(session, tmp_path, rulebook, a, "q-c6", referred_at="2026-08-10T10:00",
                    offence_date="2026-08-09", first_name="Hal", last_name="Six")
    _contact(session, c["c6"], uk("2026-08-10T11:00"))
    c["c6"].deleted = True

    c["c7"] = _case(session, tmp_path, rulebook, a, "q-c7", referred_at="2026-07-01T10:00",
                    offence_date="2026-06-30", first_name="Ivy", last_name="Seven",
                    date_of_birth="2008-07-01", gender="male")
    _contact(session, c["c7"], uk("2026-07-02T10:00"), kind="meeting", direction=None)
    _meet(session, c["c7"], "first_contact_attempt", uk("2026-07-02T10:00"))
    _meet(session, c["c7"], "support_referral_offered", uk("2026-07-02T10:00"))
    first = _assess(session, c["c7"], uk("2026-07-02T11:00"), C7_FIRST)
    _assess(session, c["c7"], uk("2026-09-10T11:00"), C7_LAST)
    session.add(SupportPlanAction(case_id=c["c7"].id, assessment_id=first.id, domain="emotional",
                                  action="Refer for emotional support", provider_id=victim_support,
                                  updated_by="test"))
    rj = create_rj_referral(session, c["c7"].id, referred_on=date(2026, 7, 10), user="test")
    withdraw_rj(session, rj.id, Party.VICTIM, date(2026, 9, 5), "Changed her mind.",
                user="test", rulebook=rulebook, now=NOW)
    record_feedback(session, c["c7"].id, given_on=date(2026, 9, 15),
                    occasion=FeedbackOccasion.CLOSURE, user="test",
                    satisfaction=Satisfaction.SATISFIED, better_able_to_cope=True, today=TODAY)
    c["c7"].status = "closed"
    c["c7"].closed_at = uk("2026-09-15T16:00")
    c["c7"].closure_reason = "Support complete: victim feels better able to cope"
    c["c7"].next_reassessment_due = None

    c["c8"] = _case(session, tmp_path, rulebook, b, "q-c8", referred_at="2026-05-04T10:00",
                    offence_category="theft", offence_date="2026-05-03", first_name="Jo",
                    last_name="Eight")
    _meet(session, c["c8"], "first_contact_attempt", uk("2026-05-04T12:00"))
    _meet(session, c["c8"], "support_referral_offered", uk("2026-05-04T12:00"))
    _assess(session, c["c8"], uk("2026-05-05T11:00"), {"safety": 2})
    c["c8"].status = "closed"
    c["c8"].closed_at = uk("2026-06-20T10:00")
    c["c8"].closure_reason = "Victim declined support"
    c["c8"].next_reassessment_due = None
    session.flush()
    return Built(a, b, supervisor, c)
