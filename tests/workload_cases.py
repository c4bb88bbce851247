"""A small, exactly known caseload for the My work and Team tests (synthetic people only).

Today is Friday 20 November 2026. Two caseworkers, "me" (Mina Shah) and "other" (Owen Reed),
hold look-alike cases, so every list can be checked to show mine and not theirs:

- a standard referral from Thursday morning: first contact due Monday 23 Nov (not yet due);
- an enhanced (domestic abuse) referral from Thursday: first contact due today;
- a supported case charged on Thursday 12 Nov whose victim update (5 working days) was due
  Thursday 19 Nov: 1 working day overdue;
- a supported case last assessed on 20 Oct: reassessment due 17 Nov (28 days), 3 days overdue;
- a closed case of mine with an unmet obligation: never listed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from intake_files import row, write_file
from sqlalchemy import select, update

from val_desktop.domain.clock import to_utc_naive
from val_desktop.intake.referral_file import ReferralFile, ReferralRecord
from val_desktop.store.cases import Rulebook, record_event, refresh_reassessment
from val_desktop.store.models import (
    Case,
    ContactLogEntry,
    NeedsAssessment,
    Obligation,
    Staff,
)
from val_desktop.store.new_cases import create_case_from_referral

TODAY = date(2026, 11, 20)  # a Friday
FILE_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def uk(text: str) -> datetime:
    """A UK wall-clock time as the store keeps it (naive UTC)."""
    return to_utc_naive(datetime.fromisoformat(text))


def add_staff(session, username: str, name: str, role: str = "caseworker",
              active: bool = True) -> Staff:
    person = Staff(username=username, display_name=name, role=role, active=active,
                   updated_by="test")
    session.add(person)
    session.flush()
    return person


def records(tmp_path: Path, rows: list[dict]) -> list[ReferralRecord]:
    path = write_file(tmp_path / f"referrals-{uuid.uuid4().hex[:8]}.csv", rows)
    parsed = list(ReferralFile(path, now=FILE_NOW).rows())
    assert all(isinstance(r, ReferralRecord) for r in parsed), parsed
    return parsed


def new_case(session, tmp_path: Path, spoc: Staff, source_id: str, rulebook: Rulebook,
             **values: str) -> Case:
    record = records(tmp_path, [row(source_id, **values)])[0]
    case = create_case_from_referral(session, record, rulebook, received_via="file",
                                     user="test", spoc=spoc)
    session.flush()
    return case


def meet_referral_obligations(session, case: Case, at: datetime) -> None:
    session.execute(
        update(Obligation).where(Obligation.case_id == case.id, Obligation.met_at.is_(None))
        .values(met_at=at, met_by="test")
    )


@dataclass
class Caseload:
    me: Staff
    other: Staff
    new_standard: Case  # first contact due Mon 23 Nov
    new_enhanced: Case  # first contact due today
    late_update: Case  # victim update 1 working day overdue
    late_reassessment: Case  # reassessment 3 days overdue
    closed: Case
    others: list[Case]


def build(session, tmp_path: Path, rulebook: Rulebook, prefix: str = "") -> Caseload:
    """The caseload above for "me", and the same again for "other"."""
    me = add_staff(session, f"{prefix}m.shah", "Mina Shah")
    other = add_staff(session, f"{prefix}o.reed", "Owen Reed")
    made: dict[str, dict[str, Case]] = {}
    for who, spoc in (("me", me), ("other", other)):
        cases: dict[str, Case] = {}
        tag = f"{prefix}{who}"
        cases["new_standard"] = new_case(
            session, tmp_path, spoc, f"{tag}-new-std", rulebook,
            referred_at="2026-11-19T09:30", offence_date="2026-11-18", first_name="Nell",
            last_name=f"Archer{who.title()}")
        cases["new_enhanced"] = new_case(
            session, tmp_path, spoc, f"{tag}-new-enh", rulebook,
            referred_at="2026-11-19T11:00", offence_category="domestic_abuse",
            offence_date="2026-11-18", first_name="Esme", last_name=f"Bright{who.title()}")
        late = new_case(session, tmp_path, spoc, f"{tag}-late", rulebook,
                        referred_at="2026-11-02T10:00", offence_date="2026-11-01",
                        first_name="Tom", last_name=f"Carver{who.title()}")
        meet_referral_obligations(session, late, uk("2026-11-02T15:00"))
        late.status = "supported"
        record_event(session, late, "charge", uk("2026-11-12T10:00"), rulebook, user="test")
        cases["late_update"] = late
        reassess = new_case(session, tmp_path, spoc, f"{tag}-reassess", rulebook,
                            referred_at="2026-10-12T10:00", offence_date="2026-10-10",
                            first_name="Ruth", last_name=f"Dale{who.title()}")
        meet_referral_obligations(session, reassess, uk("2026-10-12T15:00"))
        reassess.status = "supported"
        session.add(NeedsAssessment(case_id=reassess.id, assessed_at=uk("2026-10-20T11:00"),
                                    assessed_by="test", updated_by="test"))
        session.flush()
        refresh_reassessment(session, reassess, rulebook)
        cases["late_reassessment"] = reassess
        closed = new_case(session, tmp_path, spoc, f"{tag}-closed", rulebook,
                          referred_at="2026-11-03T10:00", offence_date="2026-11-01",
                          first_name="Cal", last_name=f"Eaves{who.title()}")
        closed.status = "closed"
        closed.closed_at = uk("2026-11-05T10:00")
        closed.next_reassessment_due = None
        cases["closed"] = closed
        made[who] = cases
    session.flush()
    mine = made["me"]
    return Caseload(me, other, mine["new_standard"], mine["new_enhanced"], mine["late_update"],
                    mine["late_reassessment"], mine["closed"], list(made["other"].values()))


def log_contact(session, case: Case, staff: Staff, at: datetime, summary: str) -> None:
    session.add(ContactLogEntry(case_id=case.id, at=at, kind="call", direction="outbound",
                                outcome="reached", staff_id=staff.id, summary=summary,
                                updated_by=staff.username))


def open_obligations(session, case: Case) -> list[Obligation]:
    return list(session.scalars(select(Obligation).where(
        Obligation.case_id == case.id, Obligation.met_at.is_(None))))
