"""Plain words for the records and values a synchronisation conflict is about.

The conflicts dialog shows "Case VAL-26-4KX8-2QPD (Ann Nowak) · Notes", not a table name and a
UUID: these read-only look-ups turn a conflict's table, row id and referenced ids into what a
caseworker recognises. Qt-free; they take a SQLAlchemy session like every store function.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Base

TABLE_LABELS = {
    "cases": "Case",
    "victims": "Victim",
    "contact_permissions": "Contact permissions",
    "referrals": "Referral",
    "possible_matches": "Possible match",
    "journey_events": "Journey event",
    "obligations": "Victims' Code obligation",
    "needs_assessments": "Needs assessment",
    "need_scores": "Need score",
    "support_plan_actions": "Support plan action",
    "contact_log": "Contact log entry",
    "spoc_assignments": "SPOC assignment",
    "service_providers": "Service provider",
    "staff": "Staff member",
    "sync_conflicts": "Conflict record",
}

FIELD_LABELS = {
    "spoc_id": "SPOC",
    "staff_id": "Staff member",
    "previous_staff_id": "Previous staff member",
    "owner_id": "Owner",
    "provider_id": "Service provider",
    "victim_id": "Victim",
    "case_id": "Case",
    "ref": "Case reference",
    "deleted": "Deleted",
    "dob": "Date of birth",
}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table.replace("_", " ").capitalize())


def field_label(name: str) -> str:
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    return name.replace("_", " ").capitalize()


def _uuid(value) -> uuid.UUID | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _row(session: Session, table: str, row_id) -> dict | None:
    found = Base.metadata.tables.get(table)
    key = _uuid(row_id)
    if found is None or key is None:
        return None
    row = session.execute(select(found).where(found.c.id == key)).mappings().first()
    return dict(row) if row else None


def _victim_name(session: Session, victim_id) -> str | None:
    victim = _row(session, "victims", victim_id)
    if victim is None:
        return None
    return f"{victim['first_name']} {victim['last_name']}".strip()


def _case_title(session: Session, case_id) -> str | None:
    case = _row(session, "cases", case_id)
    if case is None:
        return None
    name = _victim_name(session, case["victim_id"])
    return f"{case['ref']} ({name})" if name else case["ref"]


def describe_record(session: Session, table: str, row_id) -> str:
    """What the record is, for a person: "Case VAL-26-… (Ann Nowak)", "Contact log entry on
    case VAL-26-…", "Victim Ann Nowak"; says so when it is not on this workstation."""
    label = table_label(table)
    row = _row(session, table, row_id)
    if row is None:
        return f"{label} (not on this workstation)"
    if table == "cases":
        return f"Case {_case_title(session, row['id'])}"
    if table == "victims":
        return f"Victim {row['first_name']} {row['last_name']}"
    if table == "staff":
        return f"Staff member {row['display_name']}"
    if table == "service_providers":
        return f"Service provider {row['name']}"
    if "victim_id" in row and "case_id" not in row:
        name = _victim_name(session, row["victim_id"])
        return f"{label} of {name}" if name else label
    case_id = row.get("case_id")
    if case_id is None and "assessment_id" in row:
        assessment = _row(session, "needs_assessments", row["assessment_id"])
        case_id = assessment and assessment["case_id"]
    if case_id is not None:
        title = _case_title(session, case_id)
        if title:
            return f"{label} on case {title}"
    return label


def describe_value(session: Session, table: str, column: str, value) -> str | None:
    """A name for a value that refers to another record (a SPOC's id → their name), else None."""
    found = Base.metadata.tables.get(table)
    if found is None or column not in found.c or value is None:
        return None
    for foreign_key in found.c[column].foreign_keys:
        target = foreign_key.column.table.name
        row = _row(session, target, value)
        if row is None:
            return None
        if target == "staff":
            return row["display_name"]
        if target == "victims":
            return f"{row['first_name']} {row['last_name']}"
        if target == "cases":
            return row["ref"]
        if target == "service_providers":
            return row["name"]
    return None


def resolution_of(session: Session, conflict_id) -> dict:
    """What a person chose when resolving a conflict: {"fields": {name: {"choice", "value"}},
    "note": ...}; empty when it is still open."""
    from .sync_models import SyncConflict

    key = _uuid(conflict_id)
    if key is None:
        return {}
    found = session.get(SyncConflict, key)
    return dict(found.resolution or {}) if found is not None else {}
