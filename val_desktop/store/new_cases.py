"""Turning referrals into new cases, one or thousands at a time, through a single path.

A referral becomes: its victim, the victim's contact permissions, the case, the referral, the
referral-received journey event, the Code obligations it starts, a SPOC assignment and any
possible matches with victims we already know (never merged: a caseworker confirms). Rows are
built in memory and written per table with one executemany each, in foreign-key order, so an
import of thousands of rows costs a handful of statements per chunk rather than dozens per row.
"""

from __future__ import annotations

import random
import string
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from ..domain.case_ref import new_case_ref
from ..domain.clock import to_utc_naive, uk_date, utc_now
from ..domain.eligibility import EligibilityFacts
from ..domain.journey import trigger_for
from ..domain.needs import next_reassessment
from ..domain.rules import obligations_for_event
from .bulk_capture import captured_in_bulk
from .cases import CASE_FACT_FIELDS, PERMISSION_FIELDS, VICTIM_FIELDS, Rulebook, enhanced_fields
from .models import (
    Case,
    ContactPermissions,
    JourneyEvent,
    Obligation,
    PossibleMatch,
    Referral,
    SpocAssignment,
    Staff,
    Victim,
)

# Foreign-key order, but for one exception: a case's referrals go in just before the case, with
# the foreign-key check deferred to the commit, so that the search index is written once per
# case (by the case's trigger, which then sees the referral's source id) instead of twice.
WRITE_ORDER = (Victim, ContactPermissions, Referral, Case, JourneyEvent, Obligation,
               SpocAssignment, PossibleMatch)


@dataclass(frozen=True)
class _Known:
    victim_id: uuid.UUID
    first_name: str
    last_name: str
    date_of_birth: object
    postcode: str | None


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _sql_lower(text: str) -> str:
    """What SQLite's lower() makes of a name (it folds ASCII letters only), to use its index."""
    return text.translate(_ASCII_LOWER)


def _name_key(first: str, last: str) -> tuple[str, str]:
    return (first.casefold(), last.casefold())


class NewCases:
    """Collects new cases from referral records, then writes them in one go."""

    def __init__(
        self,
        session: Session,
        rulebook: Rulebook,
        *,
        user: str | None,
        received_via: str,
        file_name: str | None = None,
        rng: random.Random | None = None,
    ):
        self.session = session
        self.rulebook = rulebook
        self.user = user
        self.received_via = received_via
        self.file_name = file_name
        self.rng = rng
        self.now = utc_now()
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self.case_ids: list[uuid.UUID] = []
        self._known: dict[tuple[str, str], list[_Known]] = defaultdict(list)

    def prefetch_known_victims(self, records) -> None:
        """Load the known victims with the same name as any of these records (one query)."""
        names = {(_sql_lower(r.last_name), _sql_lower(r.first_name)) for r in records}
        if not names:
            return
        rows = self.session.execute(
            select(Victim.id, Victim.first_name, Victim.last_name, Victim.date_of_birth,
                   Victim.postcode)
            .where(
                # Two INs rather than a row-value IN: SQLite uses the name index for these.
                func.lower(Victim.last_name).in_({last for last, _ in names}),
                func.lower(Victim.first_name).in_({first for _, first in names}),
                Victim.deleted.is_(False),
            )
        )
        for row in rows:
            known = _Known(*row)
            self._known[_name_key(known.first_name, known.last_name)].append(known)

    def add(self, record, spoc: Staff | None = None) -> uuid.UUID:
        """Queue one referral record (an intake.ReferralRecord); returns the new case's id."""
        referred_at = to_utc_naive(record.referred_at)
        referred_on = uk_date(referred_at)
        stamp = {"updated_by": self.user, "updated_at": self.now, "row_version": 1,
                 "deleted": False, "server_seq": None}
        victim_id, case_id, event_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

        victim = {name: getattr(record, name) for name in VICTIM_FIELDS}
        self.rows[Victim].append({"id": victim_id, **victim, **stamp})
        self.rows[ContactPermissions].append(
            {"id": uuid.uuid4(), "victim_id": victim_id,
             **{name: getattr(record, name) for name in PERMISSION_FIELDS}, **stamp}
        )
        facts = {name: getattr(record, name) for name in CASE_FACT_FIELDS}
        enhanced = enhanced_fields(
            EligibilityFacts(
                offence_category=record.offence_category,
                offence_date=record.offence_date,
                date_of_birth=record.date_of_birth,
                vulnerable=record.vulnerable,
                intimidated=record.intimidated,
                persistently_targeted=record.persistently_targeted,
            ),
            referred_on,
        )
        due = next_reassessment(referred_on, [], [], "standard", enhanced["enhanced"],
                                self.rulebook.schedule)
        self.rows[Case].append({
            "id": case_id, "ref": None, "victim_id": victim_id, "status": "new",
            "referred_at": referred_at, "closed_at": None, "closure_reason": None,
            "risk_level": "standard", "caseworker_enhanced_reasons": [],
            "spoc_id": spoc.id if spoc else None, "next_reassessment_due": due.due,
            "notes": record.notes, **facts, **enhanced, **stamp,
        })
        self.rows[Referral].append({
            "id": uuid.uuid4(), "case_id": case_id, "source": record.referral_source,
            "source_id": record.source_id, "referred_at": referred_at,
            "received_via": self.received_via, "file_name": self.file_name,
            "file_line": getattr(record, "line", None), "notes": record.notes, **stamp,
        })
        self.rows[JourneyEvent].append({
            "id": event_id, "case_id": case_id, "kind": "referral_received",
            "occurred_at": referred_at, "recorded_by": self.user, "details": None, **stamp,
        })
        for ob in obligations_for_event(trigger_for("referral_received"), referred_on,
                                        enhanced["enhanced"], self.rulebook.rules):
            self.rows[Obligation].append({
                "id": uuid.uuid4(), "case_id": case_id, "rule_id": ob.rule_id,
                "event_id": event_id, "starts_on": ob.starts_on, "due": ob.due,
                "met_at": None, "met_by": None, "late_reason": None, **stamp,
            })
        if spoc is not None:
            self.rows[SpocAssignment].append({
                "id": uuid.uuid4(), "case_id": case_id, "staff_id": spoc.id,
                "previous_staff_id": None, "started_at": self.now, "ended_at": None,
                "reason": "Allocated at referral (lowest caseload)", "assigned_by": self.user,
                **stamp,
            })
        self._link_possible_matches(victim_id, record, stamp)
        self.case_ids.append(case_id)
        return case_id

    def _link_possible_matches(self, victim_id: uuid.UUID, record, stamp: dict) -> None:
        key = _name_key(record.first_name, record.last_name)
        for known in self._known[key]:
            if record.date_of_birth is not None and known.date_of_birth == record.date_of_birth:
                reason = "same name and date of birth"
            elif record.postcode and known.postcode == record.postcode:
                reason = "same name and postcode"
            else:
                continue
            self.rows[PossibleMatch].append({
                "id": uuid.uuid4(), "victim_id": victim_id,
                "matched_victim_id": known.victim_id, "reason": reason, "status": "pending",
                "resolved_by": None, "resolved_at": None, **stamp,
            })
        # A later row of the same batch can match this one too.
        self._known[key].append(
            _Known(victim_id, record.first_name, record.last_name, record.date_of_birth,
                   record.postcode)
        )

    def write(self) -> list[uuid.UUID]:
        self._give_refs()
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(text("PRAGMA defer_foreign_keys = ON"))  # until this commit
        written_tables = [m.__tablename__ for m in WRITE_ORDER if self.rows.get(m)]
        with captured_in_bulk(self.session, written_tables):
            for model in WRITE_ORDER:
                rows = self.rows.get(model)
                if rows:
                    self.session.execute(insert(model.__table__), rows)
        written, self.case_ids = self.case_ids, []
        self.rows.clear()
        return written

    def _give_refs(self) -> None:
        cases = self.rows.get(Case, [])
        pending = [c for c in cases if c["ref"] is None]
        while pending:
            for case in pending:
                case["ref"] = new_case_ref(uk_date(case["referred_at"]).year, self.rng)
            refs = [c["ref"] for c in pending]
            taken = set(self.session.scalars(select(Case.ref).where(Case.ref.in_(refs))))
            seen: set[str] = set()
            clashing = []
            for case in pending:
                if case["ref"] in taken or case["ref"] in seen:
                    clashing.append(case)
                seen.add(case["ref"])
            pending = clashing


def create_case_from_referral(
    session: Session,
    record,
    rulebook: Rulebook,
    *,
    received_via: str,
    user: str | None,
    spoc: Staff | None = None,
) -> Case:
    """One new case from one referral (the new-referral dialog); same path as an import."""
    batch = NewCases(session, rulebook, user=user, received_via=received_via)
    batch.prefetch_known_victims([record])
    case_id = batch.add(record, spoc)
    batch.write()
    return session.get(Case, case_id)
