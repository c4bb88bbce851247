"""The case list behind the Cases screen: which cases match (row numbers, in order) and,
separately, the few rows on screen (DESIGN: big lists hold ids and fetch rows as they are drawn).

The list holds SQLite's own row numbers, not the cases' UUIDs: 100,000 of them come back in a
few tens of milliseconds, where turning 100,000 UUID strings into UUID objects alone takes 100.
They are only ever used within this workstation's store, for the rows on screen.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from ..domain.case_ref import normalise_case_ref
from ..domain.clock import uk_today
from .listings import next_due
from .models import Case, ContactPermissions, Obligation, Staff, Victim
from .search import fts_query


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    spoc_id: uuid.UUID | None = None
    status: str | None = None  # "open", "closed", a single status, or None for all
    offence_category: str | None = None
    enhanced: bool | None = None
    overdue_only: bool = False
    as_of: date | None = None


ROW = literal_column("cases.rowid")
# What a person types when they start a case reference: VAL, VAL-26, VAL-26-K7Q2...
_REF_PREFIX = re.compile(r"^VAL(-\d{0,2}(-[0-9A-Z]{0,4}(-[0-9A-Z]{0,4})?)?)?$")


@dataclass(frozen=True)
class CaseRow:
    key: int  # the row number the list holds
    id: uuid.UUID
    ref: str
    victim_name: str
    status: str
    spoc: str | None
    offence_category: str
    enhanced: bool
    referred_at: datetime
    next_due: date | None
    overdue: bool
    postcode: str | None
    crime_reference: str | None
    safe_to_write: bool


SORT_KEYS = {
    "ref": Case.ref,
    "victim_name": func.lower(Victim.last_name),
    "status": Case.status,
    "spoc": Staff.display_name,
    "offence_category": Case.offence_category,
    "enhanced": Case.enhanced,
    "referred_at": Case.referred_at,
    "next_reassessment_due": Case.next_reassessment_due,
}


def _overdue_clause(as_of: date):
    late_obligation = exists().where(
        Obligation.case_id == Case.id,
        Obligation.met_at.is_(None),
        Obligation.deleted.is_(False),
        Obligation.due < as_of,
    )
    return and_(
        Case.status != "closed",
        or_(late_obligation, Case.next_reassessment_due < as_of),
    )


def case_keys(
    session: Session,
    case_filter: CaseFilter,
    sort: str = "referred_at",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """The cases matching the filter (the first `limit`, if given), in display order, as row
    numbers for `case_rows`."""
    query = select(ROW).select_from(Case)
    if sort == "victim_name":
        query = query.join(Victim, Victim.id == Case.victim_id)
    if sort == "spoc":
        query = query.outerjoin(Staff, Staff.id == Case.spoc_id)
    query = query.where(Case.deleted.is_(False))
    typed = case_filter.text.strip()
    if typed:
        ref = normalise_case_ref(typed)
        if _REF_PREFIX.match(ref):
            # A case reference being typed: its prefix, not every case with "26" somewhere.
            query = query.where(Case.ref.like(ref + "%"))
        else:
            match = fts_query(typed)
            if match is None:
                return []
            matching = text(
                "SELECT d.case_id FROM case_fts JOIN case_search_doc d ON d.id = case_fts.rowid "
                "WHERE case_fts MATCH :q"
            ).bindparams(q=match).columns(case_id=Case.id.type)
            query = query.where(Case.id.in_(matching))
    if case_filter.spoc_id is not None:
        query = query.where(Case.spoc_id == case_filter.spoc_id)
    if case_filter.status == "open":
        query = query.where(Case.status != "closed")
    elif case_filter.status:
        query = query.where(Case.status == case_filter.status)
    if case_filter.offence_category:
        query = query.where(Case.offence_category == case_filter.offence_category)
    if case_filter.enhanced is not None:
        query = query.where(Case.enhanced.is_(case_filter.enhanced))
    if case_filter.overdue_only:
        query = query.where(_overdue_clause(case_filter.as_of or uk_today()))
    key = SORT_KEYS.get(sort, Case.referred_at)
    order = (key.desc(), Case.ref.desc()) if descending else (key.asc(), Case.ref.asc())
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def case_rows(session: Session, keys: list[int], as_of: date | None = None) -> dict[int, CaseRow]:
    """Display rows for these row numbers (one query for the cases, one for their due dates)."""
    if not keys:
        return {}
    as_of = as_of or uk_today()
    rows = session.execute(
        select(ROW, Case, Victim.first_name, Victim.last_name, Victim.postcode,
               Staff.display_name, ContactPermissions.safe_to_write)
        .select_from(Case)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .outerjoin(ContactPermissions, ContactPermissions.victim_id == Victim.id)
        .where(ROW.in_(keys))
    ).all()
    ids = [row[1].id for row in rows]
    open_due = dict(
        session.execute(
            select(Obligation.case_id, func.min(Obligation.due))
            .where(Obligation.case_id.in_(ids), Obligation.met_at.is_(None),
                   Obligation.deleted.is_(False))
            .group_by(Obligation.case_id)
        ).all()
    )
    result = {}
    for key, case, first, last, postcode, spoc, safe_to_write in rows:
        due = next_due(case, open_due.get(case.id))
        result[key] = CaseRow(
            key=key, id=case.id, ref=case.ref, victim_name=f"{first} {last}", status=case.status,
            spoc=spoc, offence_category=case.offence_category, enhanced=case.enhanced,
            referred_at=case.referred_at, next_due=due, overdue=due is not None and due < as_of,
            postcode=postcode, crime_reference=case.crime_reference,
            safe_to_write=safe_to_write == "yes",
        )
    return result
