"""Small stores for the journey store tests (RJ, court, complaints, feedback); no Qt.

Cases go in through the app's own path (store.new_cases.create_case_from_referral), so they hold
what a real referral holds: victim, permissions, referral, the referral-received event and its
obligations.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from val_desktop.domain.clock import UK
from val_desktop.intake.referral_file import ReferralRecord
from val_desktop.store.cases import Rulebook
from val_desktop.store.models import Case, JourneyEvent, Obligation
from val_desktop.store.new_cases import create_case_from_referral
from val_desktop.store.staff import add_staff

# The tests' "now": Friday 20 November 2026, 14:00 UTC (14:00 in the UK too: GMT).
NOW = datetime(2026, 11, 20, 14, 0)
TODAY = date(2026, 11, 20)
RULEBOOK = Rulebook.default()

BASE = ReferralRecord(
    line=2, source_id="J-0001", referral_source="police",
    referred_at=datetime(2026, 9, 1, 10, 0, tzinfo=UK), crime_reference="22/22222/26",
    reported_to_police=True, offence_category="burglary", offence_date=date(2026, 8, 30),
    first_name="Ava", last_name="Lewis", date_of_birth=date(1990, 1, 2), gender="female",
    phone="+447700900444", email="ava@example.org", address_line1="31 Church Lane",
    address_line2=None, town="Worcester", postcode="WR5 7BY",
    safe_to_call="yes", safe_to_leave_voicemail="no", safe_to_text="yes", safe_to_write="yes",
    safe_to_email="yes", consent_to_contact=True, vulnerable=False, intimidated=False,
    persistently_targeted=False, interpreter_needed=False, disability="no",
    preferred_language="English", notes=None,
)


def make_case(store, **changes) -> uuid.UUID:
    """A case from a police referral of 1 Sep 2026 (burglary: standard service unless changed)."""
    changes.setdefault("source_id", f"J-{uuid.uuid4().hex[:8]}")
    with store.session(write=True) as session:
        case = create_case_from_referral(session, replace(BASE, **changes), RULEBOOK,
                                         received_via="manual", user="setup")
        case_id = case.id
        session.commit()
    return case_id


def make_staff(store, name: str, username: str, role: str) -> uuid.UUID:
    with store.session(write=True) as session:
        person = add_staff(session, name, username, role)
        staff_id = person.id
        session.commit()
    return staff_id


def case_of(store, case_id) -> Case:
    with store.session() as session:
        return session.get(Case, case_id)


def obligations(store, case_id, rule_id: str | None = None) -> list[Obligation]:
    with store.session() as session:
        query = select(Obligation).where(Obligation.case_id == case_id,
                                         Obligation.deleted.is_(False))
        if rule_id is not None:
            query = query.where(Obligation.rule_id == rule_id)
        return list(session.scalars(query.order_by(Obligation.due)))


def events(store, case_id, kind: str | None = None) -> list[JourneyEvent]:
    with store.session() as session:
        query = select(JourneyEvent).where(JourneyEvent.case_id == case_id,
                                           JourneyEvent.deleted.is_(False))
        if kind is not None:
            query = query.where(JourneyEvent.kind == kind)
        return list(session.scalars(query.order_by(JourneyEvent.occurred_at)))


def assess(store, case_id, on: date, risk_level: str = "standard") -> None:
    """A needs assessment of every domain on `on` (10:00 UK time)."""
    from val_desktop.domain.clock import to_utc_naive
    from val_desktop.domain.needs import NEED_DOMAINS
    from val_desktop.store.assessments import record_assessment

    with store.session(write=True) as session:
        record_assessment(session, case_id, dict.fromkeys(NEED_DOMAINS, 1),
                          risk_level=risk_level, by="setup", rulebook=RULEBOOK,
                          assessed_at=to_utc_naive(datetime(on.year, on.month, on.day, 10)))
        session.commit()
