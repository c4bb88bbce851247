"""The rows one referral becomes, in the form the local store keeps them.

A referral becomes its victim, the victim's contact permissions, the case, the referral, the
referral-received journey event and the Code obligations it starts. Building those rows needs
the referral and the rules only, no database, so a big import builds them in its second process
while the first one writes (intake/checking.py). What does need the store — the case reference,
the SPOC, possible matches with known victims, duplicates — is settled by store/new_cases.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from ..domain.clock import to_utc_naive, uk_date
from ..domain.eligibility import EligibilityFacts
from ..domain.journey import trigger_for
from ..domain.needs import next_reassessment
from ..domain.rules import obligations_for_event
from .bulk_insert import StorageRows
from .cases import CASE_FACT_FIELDS, PERMISSION_FIELDS, VICTIM_FIELDS, Rulebook, enhanced_fields
from .ids import new_id
from .models import Case, ContactPermissions, JourneyEvent, Obligation, Referral, Victim

# Filled in by new_cases when the case is written: the reference (checked against the store)
# and the SPOC (chosen by caseload).
CASE_TAIL = ("ref", "spoc_id")
STAMP_COLUMNS = ("updated_by", "updated_at", "row_version", "deleted", "server_seq")


class PreparedReferral(NamedTuple):
    """One referral's rows, ready to write (case rows still without CASE_TAIL). Plain values
    only: thousands a second cross from the checking process, and these unpickle fast."""

    source_id: str
    first_name: str  # the name, date of birth and postcode: to find possible matches
    last_name: str
    date_of_birth: date | None
    postcode: str | None
    victim_id: str  # hex
    case_id: str  # hex
    ref_year: int
    rows: dict[str, list[tuple]]  # table name -> stored-form rows
    keys: dict[str, tuple[str, ...]]  # table name -> the columns of those rows, in order


class ReferralRows:
    """Builds PreparedReferrals for one import (or one new referral): all share `now`/`user`."""

    def __init__(self, rulebook: Rulebook, *, user: str | None, now: datetime,
                 received_via: str, file_name: str | None = None):
        self.rulebook = rulebook
        self.user = user
        self.now = now
        self.received_via = received_via
        self.file_name = file_name
        self.keys: dict[str, tuple[str, ...]] = {}
        self._storage: dict[str, StorageRows] = {}
        self._reassessments: dict[tuple[date, bool], date | None] = {}
        self._obligations: dict[tuple[date, bool], list] = {}

    def __getstate__(self):  # sent to the second process without what it builds for itself
        return {**self.__dict__, "_storage": {}, "_reassessments": {}, "_obligations": {}}

    @property
    def stamp(self) -> dict:
        """The sync columns of every row this import adds (keys in STAMP_COLUMNS order)."""
        return {"updated_by": self.user, "updated_at": self.now, "row_version": 1,
                "deleted": False, "server_seq": None}

    def stored(self, model, values: dict) -> tuple:
        """`values` (a dict of one row of `model`) in stored form; keys fixed per table."""
        name = model.__tablename__
        storage = self._storage.get(name)
        if storage is None:
            keys = tuple(values)
            if name in self.keys and self.keys[name] != keys:
                raise ValueError(f"rows for {name} changed their columns")
            storage = self._storage[name] = StorageRows(model.__table__, keys)
            self.keys[name] = keys
        return storage.row(values)

    def __call__(self, record) -> PreparedReferral:
        referred_at = to_utc_naive(record.referred_at)
        referred_on = uk_date(referred_at)
        stamp = self.stamp
        victim_id, case_id, event_id = new_id(), new_id(), new_id()
        rows: dict[str, list[tuple]] = {}

        def put(model, values: dict) -> None:
            rows.setdefault(model.__tablename__, []).append(self.stored(model, values))

        put(Victim, {"id": victim_id, **{n: getattr(record, n) for n in VICTIM_FIELDS},
                     **stamp})
        put(ContactPermissions, {"id": new_id(), "victim_id": victim_id,
                                 **{n: getattr(record, n) for n in PERMISSION_FIELDS}, **stamp})
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
        put(Referral, {
            "id": new_id(), "case_id": case_id, "source": record.referral_source,
            "source_id": record.source_id, "referred_at": referred_at,
            "received_via": self.received_via, "file_name": self.file_name,
            "file_line": getattr(record, "line", None), "notes": record.notes, **stamp,
        })
        put(Case, {
            "id": case_id, "victim_id": victim_id, "status": "new",
            "referred_at": referred_at, "closed_at": None, "closure_reason": None,
            "risk_level": "standard", "caseworker_enhanced_reasons": [],
            "next_reassessment_due": self._first_reassessment(referred_on, enhanced["enhanced"]),
            "notes": record.notes, **{n: getattr(record, n) for n in CASE_FACT_FIELDS},
            **enhanced, **stamp,
        })
        put(JourneyEvent, {
            "id": event_id, "case_id": case_id, "kind": "referral_received",
            "occurred_at": referred_at, "recorded_by": self.user, "details": None, **stamp,
        })
        for ob in self._first_obligations(referred_on, enhanced["enhanced"]):
            put(Obligation, {
                "id": new_id(), "case_id": case_id, "rule_id": ob.rule_id,
                "event_id": event_id, "starts_on": ob.starts_on, "due": ob.due,
                "met_at": None, "met_by": None, "late_reason": None, **stamp,
            })
        return PreparedReferral(
            record.source_id, record.first_name, record.last_name, record.date_of_birth,
            record.postcode, victim_id.hex, case_id.hex, referred_on.year, rows, self.keys,
        )

    # A file's referrals share a few hundred dates at most, and these depend on nothing else.
    def _first_reassessment(self, referred_on: date, enhanced: bool) -> date | None:
        key = (referred_on, enhanced)
        if key not in self._reassessments:
            self._reassessments[key] = next_reassessment(
                referred_on, [], [], "standard", enhanced, self.rulebook.schedule).due
        return self._reassessments[key]

    def _first_obligations(self, referred_on: date, enhanced: bool) -> list:
        key = (referred_on, enhanced)
        if key not in self._obligations:
            self._obligations[key] = obligations_for_event(
                trigger_for("referral_received"), referred_on, enhanced, self.rulebook.rules)
        return self._obligations[key]
