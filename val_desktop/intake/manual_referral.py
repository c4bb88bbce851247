"""A referral typed in (self, partner, or a police referral keyed by hand), checked by the same
row rules as the referral file (DESIGN section 6), with each problem kept by its field so the
new-referral dialog can show it next to the field at fault.

Pure Python: no Qt, no SQL. The dialog hands in the text of its fields keyed by the columns of
the referral file; :func:`build_referral` returns the intake :class:`ReferralRecord` (the same
record an import makes) or the problems per column in words for the screen.

Beyond the file's rules, for people typing rather than systems sending:

- Dates may also be written the British way, DD/MM/YYYY (and ``DD/MM/YYYY HH:MM`` for the
  referral time); they are turned into ISO 8601 before the file's rules check them.
- A self or partner referral with no referral ID gets one: ``SELF-20261120-7KQ2MX``
  (``PARTNER-…``). A police referral must carry the sending system's ID, as in the file.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from val_desktop.domain.eligibility import EligibilityFacts, EnhancedReason, enhanced_reasons
from val_desktop.domain.vocabulary import OFFENCE_CATEGORIES
from val_desktop.intake import validators as v
from val_desktop.intake.referral_file import COLUMNS, ReferralRecord, check_values

# What each column is called on the form (and in the "check these fields" line).
FIELD_LABELS: dict[str, str] = {
    "source_id": "Referral ID",
    "referral_source": "Referral from",
    "referred_at": "Referred at",
    "crime_reference": "Crime reference",
    "reported_to_police": "Reported to police",
    "offence_category": "Offence",
    "offence_date": "Offence date",
    "first_name": "First name",
    "last_name": "Last name",
    "date_of_birth": "Date of birth",
    "gender": "Gender",
    "phone": "Phone",
    "email": "Email",
    "address_line1": "Address line 1",
    "address_line2": "Address line 2",
    "town": "Town",
    "postcode": "Postcode",
    "safe_to_call": "Safe to call",
    "safe_to_leave_voicemail": "Safe to leave voicemail",
    "safe_to_text": "Safe to text",
    "safe_to_write": "Safe to write (post)",
    "safe_to_email": "Safe to email",
    "consent_to_contact": "Consents to contact",
    "vulnerable": "Vulnerable",
    "intimidated": "Intimidated",
    "persistently_targeted": "Persistently targeted",
    "interpreter_needed": "Interpreter needed",
    "disability": "Disability",
    "preferred_language": "Preferred language",
    "notes": "Notes",
}

DATE_COLUMNS = ("offence_date", "date_of_birth")
GENERATED_ID_SOURCES = ("self", "partner")
_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone
_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_UK_DATE_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})[ T](\d{1,2}):(\d{2})", re.ASCII)
_STARTS_A_SENTENCE = ("is ", "has ", "must ", "contains ")


@dataclass(frozen=True)
class ManualReferral:
    """The outcome of checking the form: a record, or the problems by column."""

    record: ReferralRecord | None
    problems: dict[str, str]  # column -> message for the screen, one sentence or more
    source_id: str  # as given, or the one generated

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.problems


def generate_source_id(source: str, day: date, token: str | None = None) -> str:
    """An ID for a referral that came with none: ``SELF-20261120-7KQ2MX``."""
    token = token or "".join(secrets.choice(_ID_ALPHABET) for _ in range(6))
    return f"{source.upper()}-{day:%Y%m%d}-{token}"


def iso_date_text(value: str) -> str:
    """``09/11/2026`` -> ``2026-11-09``; anything else is returned trimmed, unchanged (the file's
    rules then judge it)."""
    value = value.strip()
    match = _UK_DATE.fullmatch(value)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return value


def iso_date_time_text(value: str) -> str:
    """``09/11/2026 14:30`` -> ``2026-11-09T14:30``; anything else trimmed, unchanged."""
    value = value.strip()
    match = _UK_DATE_TIME.fullmatch(value)
    if match:
        day, month, year, hour, minute = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}"
    return value


def screen_message(column: str, message: str) -> str:
    """A rule's message (written to follow the column name) as a sentence under the field."""
    if message == "is missing":
        return "This is required."
    if column in DATE_COLUMNS and message.startswith("must be a date written"):
        message = message.replace(
            "must be a date written YYYY-MM-DD (e.g. 2026-11-09)",
            "must be a date written DD/MM/YYYY (e.g. 09/11/2026)",
        )
    if message.startswith(_STARTS_A_SENTENCE):
        message = "This " + message
    else:
        message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "?", "!")) else message + "."


def build_referral(
    fields: Mapping[str, str], *, now: datetime, token: str | None = None
) -> ManualReferral:
    """Check the form's fields (text keyed by referral-file column) with the file's row rules.

    ``now`` is an aware datetime: the moment against which "in the future" is judged, and the
    date in a generated referral ID. ``token`` fixes the random part of a generated ID (tests).
    """
    unknown = set(fields) - set(COLUMNS)
    if unknown:
        raise ValueError(f"not columns of the referral file: {sorted(unknown)}")
    values = {column: fields.get(column, "") or "" for column in COLUMNS}
    typed = {column: values[column].strip() for column in (*DATE_COLUMNS, "referred_at")}
    for column in DATE_COLUMNS:
        values[column] = iso_date_text(values[column])
    values["referred_at"] = iso_date_time_text(values["referred_at"])
    source = values["referral_source"].strip().lower()
    if not values["source_id"].strip() and source in GENERATED_ID_SOURCES:
        values["source_id"] = generate_source_id(source, v.uk_date(now), token)
    record, found = check_values(values, now=now)
    problems: dict[str, str] = {}
    for column, message in found:
        if column in typed and values[column] != typed[column]:
            # Quote the date as the person typed it, not as it was rewritten for the rules.
            message = message.replace(v.show(values[column]), v.show(typed[column]))
        text = screen_message(column, message)
        problems[column] = f"{problems[column]} {text}" if column in problems else text
    if record is not None:
        record = dataclasses.replace(record, line=None)  # not from a file: no line number
    return ManualReferral(record, problems, values["source_id"].strip())


def _maybe(parse, value: str):
    value = (value or "").strip()
    if not value:
        return None
    try:
        return parse(value)
    except v.Invalid:
        return None


def enhanced_preview(fields: Mapping[str, str], today: date) -> list[EnhancedReason]:
    """The enhanced-rights reasons the facts typed so far give (while the form is filled in;
    the saved case computes its own from the checked record). Unreadable facts are skipped."""
    offence = (fields.get("offence_category") or "").strip().lower()
    if offence not in OFFENCE_CATEGORIES:
        return []
    facts = EligibilityFacts(
        offence_category=offence,
        offence_date=_maybe(v.parse_date, iso_date_text(fields.get("offence_date", ""))),
        date_of_birth=_maybe(v.parse_date, iso_date_text(fields.get("date_of_birth", ""))),
        vulnerable=_maybe(v.parse_yes_no, fields.get("vulnerable", "")),
        intimidated=_maybe(v.parse_yes_no, fields.get("intimidated", "")),
        persistently_targeted=_maybe(v.parse_yes_no, fields.get("persistently_targeted", "")),
    )
    return enhanced_reasons(facts, today=today)
