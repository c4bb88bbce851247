"""Turning referrals into new cases, one or thousands at a time, through a single path.

A referral becomes the rows of store/referral_rows.py, plus what needs the store: a case
reference nobody has, a SPOC assignment and any possible matches with victims we already know
(never merged: a caseworker confirms). Rows are collected in memory and written per table with
one executemany each, in foreign-key order, so an import of thousands of referrals costs a
handful of statements per chunk rather than dozens per referral.

This writes into the local store, which is SQLite (DESIGN section 4).
"""

from __future__ import annotations

import random
import string
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain.case_ref import new_case_ref
from ..domain.clock import utc_now
from .bulk_capture import captured_in_bulk
from .bulk_insert import StorageRows, parameter_limit, sqlite_insert
from .cases import Rulebook
from .ids import new_id
from .models import Base, Case, PossibleMatch, SpocAssignment, Staff, Victim
from .referral_rows import CASE_TAIL, STAMP_COLUMNS, PreparedReferral, ReferralRows

# Foreign-key order, but for one exception: a case's referrals go in just before the case, with
# the foreign-key check deferred to the commit, so that the search index is written once per
# case (by the case's trigger, which then sees the referral's source id) instead of twice.
WRITE_ORDER = ("victims", "contact_permissions", "referrals", "cases", "journey_events",
               "obligations", "spoc_assignments", "possible_matches")

_SPOC_ROWS = StorageRows(
    SpocAssignment.__table__,
    ("id", "case_id", "staff_id", "previous_staff_id", "started_at", "ended_at", "reason",
     "assigned_by", *STAMP_COLUMNS),
)
_MATCH_ROWS = StorageRows(
    PossibleMatch.__table__,
    ("id", "victim_id", "matched_victim_id", "reason", "status", "resolved_by", "resolved_at",
     *STAMP_COLUMNS),
)
_CASE_TAIL = StorageRows(Case.__table__, CASE_TAIL, part=True)


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
    """Collects new cases from referral records (or rows prepared from them), then writes them
    in one go."""

    def __init__(
        self,
        session: Session,
        rulebook: Rulebook | None = None,
        *,
        user: str | None = None,
        received_via: str = "file",
        file_name: str | None = None,
        rng: random.Random | None = None,
        builder: ReferralRows | None = None,
    ):
        self.session = session
        self.builder = builder or ReferralRows(
            rulebook or Rulebook.default(), user=user, now=utc_now(), received_via=received_via,
            file_name=file_name,
        )
        self.rng = rng
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.keys: dict[str, tuple[str, ...]] = {}
        self._cases: list[list] = []  # per case row: [ref year, ref or None, stored spoc id]
        self.case_ids: list[uuid.UUID] = []
        self._known: dict[tuple[str, str], list[_Known]] = defaultdict(list)

    def prefetch_known_victims(self, records: list[PreparedReferral]) -> None:
        """Load the known victims who may be one of these records' victims: the same name and
        the same date of birth or postcode (the rule of _link_possible_matches), in one look-up
        per name through the name index, in a single statement."""
        wanted = list({
            (_sql_lower(r.last_name), _sql_lower(r.first_name), r.date_of_birth, r.postcode)
            for r in records
        })
        dob_param = Victim.__table__.c.date_of_birth.type._cached_bind_processor(
            self.session.get_bind().dialect)
        per_lookup = min(2000, parameter_limit(self.session) // 4)
        for start in range(0, len(wanted), per_lookup):
            part = wanted[start:start + per_lookup]
            values = ", ".join("(?, ?, ?, ?)" for _ in part)
            params = [x for last, first, dob, postcode in part
                      for x in (last, first, dob_param(dob), postcode)]
            # CROSS JOIN keeps SQLite from scanning victims for a list of values.
            found = self.session.connection().exec_driver_sql(
                f"WITH wanted(last, first, dob, postcode) AS (VALUES {values}) "
                "SELECT DISTINCT v.id, v.first_name, v.last_name, v.date_of_birth, v.postcode "
                "FROM wanted w CROSS JOIN victims v "
                "ON lower(v.last_name) = w.last AND lower(v.first_name) = w.first "
                "AND (v.date_of_birth = w.dob OR v.postcode = w.postcode) "
                "WHERE v.deleted = 0",
                tuple(params),
            )
            for id_, first, last, dob, postcode in found:
                known = _Known(uuid.UUID(id_), first, last,
                               date.fromisoformat(dob) if dob else None, postcode)
                self._known[_name_key(first, last)].append(known)

    def take(self, prepared: PreparedReferral, spoc: Staff | None = None) -> uuid.UUID:
        """Queue one referral whose rows were built already; returns the new case's id."""
        for table, rows in prepared.rows.items():
            self.rows[table] += rows
            self.keys.setdefault(table, prepared.keys[table])
        self._cases.append([prepared.ref_year, None, spoc.id if spoc else None])
        stamp = self.builder.stamp
        case_id = uuid.UUID(prepared.case_id)
        if spoc is not None:
            self.rows["spoc_assignments"].append(_SPOC_ROWS.row({
                "id": new_id(), "case_id": case_id, "staff_id": spoc.id,
                "previous_staff_id": None, "started_at": self.builder.now, "ended_at": None,
                "reason": "Allocated at referral (lowest caseload)",
                "assigned_by": self.builder.user, **stamp,
            }))
        self._link_possible_matches(prepared, stamp)
        self.case_ids.append(case_id)
        return case_id

    def _link_possible_matches(self, record: PreparedReferral, stamp: dict) -> None:
        key = _name_key(record.first_name, record.last_name)
        for known in self._known[key]:
            if record.date_of_birth is not None and known.date_of_birth == record.date_of_birth:
                reason = "same name and date of birth"
            elif record.postcode and known.postcode == record.postcode:
                reason = "same name and postcode"
            else:
                continue
            self.rows["possible_matches"].append(_MATCH_ROWS.row({
                "id": new_id(), "victim_id": uuid.UUID(record.victim_id),
                "matched_victim_id": known.victim_id, "reason": reason, "status": "pending",
                "resolved_by": None, "resolved_at": None, **stamp,
            }))
        # A later row of the same batch can match this one too.
        self._known[key].append(
            _Known(uuid.UUID(record.victim_id), record.first_name, record.last_name,
                   record.date_of_birth, record.postcode)
        )

    def write(self) -> list[uuid.UUID]:
        self._give_refs()
        self.rows["cases"] = [
            row + _CASE_TAIL.row({"ref": ref, "spoc_id": spoc})
            for row, (_, ref, spoc) in zip(self.rows["cases"], self._cases, strict=True)
        ]
        keys = {**self.keys, "cases": self.keys.get("cases", ()) + CASE_TAIL,
                "spoc_assignments": _SPOC_ROWS.keys, "possible_matches": _MATCH_ROWS.keys}
        self.session.execute(text("PRAGMA defer_foreign_keys = ON"))  # until this commit
        written_tables = [name for name in WRITE_ORDER if self.rows.get(name)]
        with captured_in_bulk(self.session, written_tables):
            for name in written_tables:
                insert_rows(self.session, Base.metadata.tables[name], keys[name],
                            self.rows[name])
        written, self.case_ids = self.case_ids, []
        self.rows.clear()
        self._cases.clear()
        return written

    def _give_refs(self) -> None:
        pending = [case for case in self._cases if case[1] is None]
        while pending:
            for case in pending:
                case[1] = new_case_ref(case[0], self.rng)
            refs = [case[1] for case in pending]
            taken = set(self.session.scalars(select(Case.ref).where(Case.ref.in_(refs))))
            seen: set[str] = set()
            clashing = []
            for case in pending:
                if case[1] in taken or case[1] in seen:
                    clashing.append(case)
                seen.add(case[1])
            pending = clashing


# Where the rows go in; tests replace it to fail a write half-way.
insert_rows = sqlite_insert


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
    prepared = batch.builder(record)
    batch.prefetch_known_victims([prepared])
    case_id = batch.take(prepared, spoc)
    batch.write()
    return session.get(Case, case_id)
