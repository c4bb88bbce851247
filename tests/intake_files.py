"""Small referral files written by tests (all synthetic: drama numbers, example.org)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

HEADER = [
    "source_id", "referral_source", "referred_at", "crime_reference", "reported_to_police",
    "offence_category", "offence_date", "first_name", "last_name", "date_of_birth", "gender",
    "phone", "email", "address_line1", "address_line2", "town", "postcode", "safe_to_call",
    "safe_to_leave_voicemail", "safe_to_text", "safe_to_write", "safe_to_email",
    "consent_to_contact", "vulnerable", "intimidated", "persistently_targeted", "disability",
    "preferred_language", "interpreter_needed", "notes",
]


def row(source_id: str, **values: str) -> dict[str, str]:
    base = {
        "source_id": source_id,
        "referral_source": "police",
        "referred_at": "2026-11-09T10:00",
        "crime_reference": "22/11111/26",
        "reported_to_police": "yes",
        "offence_category": "assault",
        "offence_date": "2026-11-08",
        "first_name": "Ava",
        "last_name": "Lewis",
        "date_of_birth": "1990-01-02",
        "gender": "female",
        "phone": "07700 900444",
        "email": "ava@example.org",
        "address_line1": "31 Church Lane",
        "address_line2": "",
        "town": "Worcester",
        "postcode": "WR5 7BY",
        "safe_to_call": "yes",
        "safe_to_leave_voicemail": "no",
        "safe_to_text": "yes",
        "safe_to_write": "yes",
        "safe_to_email": "yes",
        "consent_to_contact": "yes",
        "vulnerable": "no",
        "intimidated": "no",
        "persistently_targeted": "no",
        "disability": "no",
        "preferred_language": "English",
        "interpreter_needed": "no",
        "notes": "",
    }
    base.update(values)
    return base


def write_file(path: Path, rows: list[dict[str, str]], *, newline: str = "\n") -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, HEADER, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path
