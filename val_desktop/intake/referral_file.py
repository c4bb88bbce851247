"""The referral file: reading, checking and rejecting rows (DESIGN section 6).

A referral file is UTF-8 text (a byte-order mark is allowed), comma separated, with a header row,
RFC 4180 quoting and LF or CRLF line ends. :class:`ReferralFile` reads and checks the whole file
when it is opened: a file-level problem raises :class:`ReferralFileError` before any row is
yielded, so nothing is changed (``valctl`` exits 2). :meth:`ReferralFile.rows` then yields, in
file order, one :class:`ReferralRecord` or :class:`RejectedRow` per row; it never raises for
bad data. Rejected rows are written with :func:`write_rejects` to ``FILE.rejects.csv``.

File-level problems: the file cannot be read, is not UTF-8 (checked over the whole file), is
empty or has no header, names a column twice, names an unknown column, or lacks a required
column. Required columns (:data:`REQUIRED_COLUMNS`) are source_id, referral_source, referred_at,
crime_reference, offence_category, first_name and last_name. crime_reference is required in the
header even though its value is required only on police rows: a sending system that knows the
column exists sends it (empty on self and partner rows), and a file that lost the column by
mistake is stopped whole instead of rejecting every police row one by one. Other columns may be
left out; a left-out column reads as an empty value.

Row rules (each problem of a row is reported, joined with "; "), beyond the table in DESIGN:

- Values are trimmed of surrounding white space; line breaks inside a quoted value become LF.
  A line break is allowed only in notes.
- Answers and codes (yes/no, referral_source, offence_category, gender, disability, the
  safe_to_* permissions) are compared without regard to case and stored in lower case.
- Lengths count Unicode characters (code points). source_id ≤ 100, address_line1,
  address_line2 and town ≤ 200 characters each (limits the DESIGN does not give).
- referred_at must not be more than :data:`CLOCK_SKEW` (one day) ahead of now, to allow for a
  sending system whose clock is ahead, and not before 2000-01-01.
- offence_date and date_of_birth must not be before 1900-01-01; offence_date is compared with
  the UK local date of referred_at; date_of_birth must not be after the UK local date today nor
  after offence_date.
- A control character (other than tab, CR and LF) in a field rejects the row and that field is
  not checked further. A row with the wrong number of fields, or damaged quoting, is rejected
  for that alone: its values cannot be trusted to be in the right columns.
- Hostile text (quotes, semicolons, SQL, emoji, right-to-left scripts) is kept verbatim.
"""

from __future__ import annotations

import csv
import difflib
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import TypeVar

from val_desktop.domain.vocabulary import (
    DISABILITY_ANSWERS,
    GENDERS,
    OFFENCE_CATEGORIES,
    PERMISSION_ANSWERS,
    REFERRAL_SOURCES,
)
from val_desktop.intake import validators as v
from val_desktop.intake.csv_scanner import RawRecord, line_breaks, scan

T = TypeVar("T")

COLUMNS: tuple[str, ...] = (
    "source_id",
    "referral_source",
    "referred_at",
    "crime_reference",
    "reported_to_police",
    "offence_category",
    "offence_date",
    "first_name",
    "last_name",
    "date_of_birth",
    "gender",
    "phone",
    "email",
    "address_line1",
    "address_line2",
    "town",
    "postcode",
    "safe_to_call",
    "safe_to_leave_voicemail",
    "safe_to_text",
    "safe_to_write",
    "safe_to_email",
    "consent_to_contact",
    "vulnerable",
    "intimidated",
    "persistently_targeted",
    "interpreter_needed",
    "disability",
    "preferred_language",
    "notes",
)

REQUIRED_COLUMNS: frozenset[str] = frozenset(
    {
        "source_id",
        "referral_source",
        "referred_at",
        "crime_reference",
        "offence_category",
        "first_name",
        "last_name",
    }
)

PERMISSION_COLUMNS: tuple[str, ...] = (
    "safe_to_call",
    "safe_to_leave_voicemail",
    "safe_to_text",
    "safe_to_write",
    "safe_to_email",
)

MAX_LENGTHS: dict[str, int] = {
    "source_id": 100,
    "crime_reference": 40,
    "first_name": 100,
    "last_name": 100,
    "address_line1": 200,
    "address_line2": 200,
    "town": 200,
    "preferred_language": 40,
    "notes": 4000,
}

MULTILINE_COLUMNS: frozenset[str] = frozenset({"notes"})

CLOCK_SKEW = timedelta(days=1)
EARLIEST_REFERRAL = date(2000, 1, 1)
EARLIEST_DATE = date(1900, 1, 1)

REJECTS_SUFFIX = ".rejects.csv"
# With a byte-order mark so that Excel, where caseworkers open the rejects, shows Łucja and Siân
# correctly (without one Excel reads the file as Windows-1252). Still UTF-8 to any CSV reader
# that opens it with encoding "utf-8-sig".
REJECTS_ENCODING = "utf-8-sig"


@dataclass(frozen=True)
class ReferralRecord:
    line: int
    source_id: str
    referral_source: str
    referred_at: datetime
    crime_reference: str | None
    reported_to_police: bool | None
    offence_category: str
    offence_date: date | None
    first_name: str
    last_name: str
    date_of_birth: date | None
    gender: str | None
    phone: str | None
    email: str | None
    address_line1: str | None
    address_line2: str | None
    town: str | None
    postcode: str | None
    safe_to_call: str
    safe_to_leave_voicemail: str
    safe_to_text: str
    safe_to_write: str
    safe_to_email: str
    consent_to_contact: bool | None
    vulnerable: bool | None
    intimidated: bool | None
    persistently_targeted: bool | None
    interpreter_needed: bool | None
    disability: str | None
    preferred_language: str | None
    notes: str | None


@dataclass(frozen=True)
class RejectedRow:
    line: int
    values: dict[str, str]
    reason: str


class ReferralFileError(Exception):
    """A problem with the whole file; the message is in plain words. Nothing was imported."""


# --- the file ----------------------------------------------------------------------------


class ReferralFile:
    """A referral file, read whole and header-checked on construction.

    ``now`` (an aware datetime, default: the time :meth:`rows` is called) is the moment against
    which "in the future" is judged; tests pass a fixed one.
    """

    def __init__(self, path: str | os.PathLike[str], *, now: datetime | None = None) -> None:
        if now is not None and now.utcoffset() is None:
            raise ValueError("now must be an aware datetime")
        self.path = Path(path)
        self.now = now
        self._text = _decode(_read_bytes(self.path))
        records = scan(self._text)
        first = next(records, None)
        if first is None:
            raise ReferralFileError(f"{self.path.name} is empty: it has no header row")
        self.header: list[str] = [name.strip() for name in first.fields]
        self.header_line = first.line
        _check_header(self.header, first)

    def rows(
        self, start: int = 0, *, now: datetime | None = None
    ) -> Iterator[ReferralRecord | RejectedRow]:
        """Every row after the header, in file order, as a record or a rejection; from the
        `start`-th on (the ones before are passed over unchecked); checked as of `now`."""
        now = now or self.now or datetime.now(UTC)
        records = scan(self._text)
        next(records)  # the header
        for raw in islice(records, start, None):
            yield _row(raw, self.header, now)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReferralFileError(f"there is no file {path}") from None
    except IsADirectoryError:
        raise ReferralFileError(f"{path} is a folder, not a referral file") from None
    except OSError as error:
        raise ReferralFileError(f"{path} cannot be read: {error.strerror or error}") from None


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReferralFileError("the file is UTF-16 text, not UTF-8: save it again as 'CSV UTF-8'")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = line_breaks(data[: error.start].decode("utf-8", errors="replace")) + 1
        byte = data[error.start]
        raise ReferralFileError(
            f"the file is not UTF-8 text: line {line} has a byte (0x{byte:02X}) that is not "
            "valid UTF-8; save the file again as 'CSV UTF-8'"
        ) from None


def _check_header(header: list[str], record: RawRecord) -> None:
    problems = [f"the header row is damaged: {problem}" for problem in record.problems]
    problems += _unnamed_columns(header)
    problems += _duplicate_columns(header)
    problems += _unknown_columns(header)
    missing = sorted(REQUIRED_COLUMNS - set(header), key=COLUMNS.index)
    if missing:
        problems.append("required column(s) missing from the header: " + ", ".join(missing))
    if problems:
        raise ReferralFileError("; ".join(problems))


def _unnamed_columns(header: list[str]) -> list[str]:
    return [f"column {n} of the header has no name" for n, name in enumerate(header, 1) if not name]


def _duplicate_columns(header: list[str]) -> list[str]:
    counts = Counter(name for name in header if name)
    return [
        f"column {v.show(name)} appears {count} times in the header"
        for name, count in counts.items()
        if count > 1
    ]


def _unknown_columns(header: list[str]) -> list[str]:
    problems = []
    for name in dict.fromkeys(header):
        if name and name not in COLUMNS:
            problem = f"unknown column {v.show(name)}"
            close = difflib.get_close_matches(name.lower(), COLUMNS, n=1)
            if close:
                problem += f" (did you mean '{close[0]}'?)"
            problems.append(problem)
    return problems


# --- one row -----------------------------------------------------------------------------


def _row(raw: RawRecord, header: list[str], now: datetime) -> ReferralRecord | RejectedRow:
    values = {name: raw.fields[i] if i < len(raw.fields) else "" for i, name in enumerate(header)}
    problems = _structure_problems(raw, header)
    if problems:
        return RejectedRow(raw.line, values, "; ".join(problems))
    reader = _RowReader(values)
    record = _record(raw.line, reader, now)
    if reader.problems:
        return RejectedRow(raw.line, values, "; ".join(reader.problems))
    return record


def check_values(
    values: Mapping[str, str], *, now: datetime, line: int = 0
) -> tuple[ReferralRecord | None, list[tuple[str, str]]]:
    """The row rules applied to one referral's values given outside a file (the new-referral
    dialog): the record, or None, and every problem as (column, message to follow the column
    name). ``values`` holds columns of :data:`COLUMNS` only; a left-out column reads as empty."""
    reader = _RowReader(values)
    record = _record(line, reader, now)
    problems = reader.column_problems
    return (None if problems else record), problems


def _structure_problems(raw: RawRecord, header: list[str]) -> list[str]:
    problems = list(raw.problems)
    count, expected = len(raw.fields), len(header)
    if count > expected:
        extra = ", ".join(v.show(value) for value in raw.fields[expected:])
        problems.append(
            f"the row has {count} values but the header has {expected} columns "
            f"(a comma in a value that is not in quotes?); the extra values were: {extra}"
        )
    elif count < expected:
        problems.append(
            f"the row has {count} values but the header has {expected} columns "
            "(a value or a comma missing?)"
        )
    if problems:
        names = header + [f"extra value {n}" for n in range(1, count - expected + 1)]
        problems += _control_problems(zip(names, raw.fields, strict=False))
    return problems


def _control_problems(pairs: Iterable[tuple[str, str]]) -> list[str]:
    problems = []
    for name, value in pairs:
        found = v.control_characters(value)
        if found:
            problems.append(f"{name} {v.describe_control_characters(found)}")
    return problems


def _clean(value: str) -> str:
    return value.strip().replace("\r\n", "\n").replace("\r", "\n")


class _RowReader:
    """Reads the columns of one row, collecting every problem instead of stopping at the first."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values
        self._problems: list[tuple[str, str]] = []
        self.failed: set[str] = set()
        for name, value in values.items():
            found = v.control_characters(value)
            if found:
                self.fail(name, v.describe_control_characters(found))

    def fail(self, column: str, message: str) -> None:
        self.failed.add(column)
        self._problems.append((column, message))

    @property
    def column_problems(self) -> list[tuple[str, str]]:
        """Every problem found as (column, message to follow the column name), in the
        documented order of the columns."""
        return sorted(self._problems, key=lambda problem: COLUMNS.index(problem[0]))

    @property
    def problems(self) -> list[str]:
        """Every problem found, in the documented order of the columns."""
        return [f"{column} {message}" for column, message in self.column_problems]

    def text(self, column: str, *, required: bool = False) -> str | None:
        """The trimmed value, or None when empty or broken (the problem is recorded)."""
        if column in self.failed:
            return None
        value = _clean(self.values.get(column, ""))
        if not value:
            if required:
                self.fail(column, "is missing")
            return None
        limit = MAX_LENGTHS.get(column)
        if limit is not None and len(value) > limit:
            self.fail(column, f"is {len(value)} characters long; at most {limit} are allowed")
            return None
        if "\n" in value and column not in MULTILINE_COLUMNS:
            self.fail(column, "has a line break in it; only notes may run over several lines")
            return None
        return value

    def parse(self, column: str, parse: Callable[[str], T], *, required: bool = False) -> T | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        try:
            return parse(value)
        except v.Invalid as invalid:
            self.fail(column, str(invalid))
            return None

    def ok(self, *columns: str) -> bool:
        return not self.failed.intersection(columns)


def _choice(options: Iterable[str]) -> Callable[[str], str]:
    return lambda value: v.parse_choice(value, options)


def _record(line: int, row: _RowReader, now: datetime) -> ReferralRecord:
    """The record of a row; meaningful only when ``row`` has found no problem."""
    source = row.parse("referral_source", _choice(REFERRAL_SOURCES), required=True)
    referred_at = row.parse("referred_at", v.parse_date_time, required=True)
    offence_date = row.parse("offence_date", v.parse_date)
    date_of_birth = row.parse("date_of_birth", v.parse_date)
    record = ReferralRecord(
        line=line,
        source_id=row.text("source_id", required=True) or "",
        referral_source=source or "",
        referred_at=referred_at or now,
        crime_reference=_crime_reference(row, source),
        reported_to_police=row.parse("reported_to_police", v.parse_yes_no),
        offence_category=row.parse(
            "offence_category",
            lambda value: v.parse_code(value, OFFENCE_CATEGORIES, "offence category"),
            required=True,
        )
        or "",
        offence_date=offence_date,
        first_name=row.parse("first_name", v.parse_name, required=True) or "",
        last_name=row.parse("last_name", v.parse_name, required=True) or "",
        date_of_birth=date_of_birth,
        gender=row.parse("gender", _choice(GENDERS)),
        phone=row.parse("phone", v.parse_phone),
        email=row.parse("email", v.parse_email),
        address_line1=row.text("address_line1"),
        address_line2=row.text("address_line2"),
        town=row.text("town"),
        postcode=row.parse("postcode", v.parse_postcode),
        **_permissions(row),
        consent_to_contact=row.parse("consent_to_contact", v.parse_yes_no),
        vulnerable=row.parse("vulnerable", v.parse_yes_no),
        intimidated=row.parse("intimidated", v.parse_yes_no),
        persistently_targeted=row.parse("persistently_targeted", v.parse_yes_no),
        interpreter_needed=row.parse("interpreter_needed", v.parse_yes_no),
        disability=row.parse("disability", _choice(DISABILITY_ANSWERS)),
        preferred_language=row.text("preferred_language"),
        notes=row.text("notes"),
    )
    _check_dates(row, record, now)
    return record


def _crime_reference(row: _RowReader, source: str | None) -> str | None:
    value = row.text("crime_reference")
    if value is None and source == "police" and row.ok("crime_reference"):
        row.fail("crime_reference", "is missing; a police referral must have one")
    return value


def _permissions(row: _RowReader) -> dict[str, str]:
    return {
        column: row.parse(column, _choice(PERMISSION_ANSWERS)) or "unknown"
        for column in PERMISSION_COLUMNS
    }


# --- rules between dates -----------------------------------------------------------------


def _check_dates(row: _RowReader, record: ReferralRecord, now: datetime) -> None:
    today = v.uk_date(now)
    if row.ok("referred_at"):
        _check_referred_at(row, record.referred_at, now)
    referred_on = v.uk_date(record.referred_at) if row.ok("referred_at") else None
    if record.offence_date is not None:
        _check_offence_date(row, record.offence_date, referred_on)
    if record.date_of_birth is not None:
        offence = record.offence_date if row.ok("offence_date") else None
        _check_date_of_birth(row, record.date_of_birth, today, offence)


def _check_referred_at(row: _RowReader, referred_at: datetime, now: datetime) -> None:
    shown = v.show(_clean(row.values["referred_at"]))
    if referred_at > now + CLOCK_SKEW:
        row.fail("referred_at", f"{shown} is in the future")
    elif v.uk_date(referred_at) < EARLIEST_REFERRAL:
        row.fail("referred_at", f"{shown} is before {EARLIEST_REFERRAL.year}")


def _check_offence_date(row: _RowReader, offence: date, referred_on: date | None) -> None:
    shown = v.show(offence.isoformat())
    if offence < EARLIEST_DATE:
        row.fail("offence_date", f"{shown} is before {EARLIEST_DATE.year}")
    elif referred_on is not None and offence > referred_on:
        row.fail(
            "offence_date",
            f"{shown} is after the date of the referral ({referred_on.isoformat()})",
        )


def _check_date_of_birth(row: _RowReader, born: date, today: date, offence: date | None) -> None:
    shown = v.show(born.isoformat())
    if born > today:
        row.fail("date_of_birth", f"{shown} is in the future")
    elif born < EARLIEST_DATE:
        row.fail("date_of_birth", f"{shown} is before {EARLIEST_DATE.year}")
    elif offence is not None and born > offence:
        row.fail("date_of_birth", f"{shown} is after the offence date ({offence.isoformat()})")


# --- rejects -----------------------------------------------------------------------------


def rejects_path_for(path: str | os.PathLike[str]) -> Path:
    """Where the rejects of a referral file go: ``referrals.csv`` -> ``referrals.csv.rejects.csv``."""
    path = Path(path)
    return path.with_name(path.name + REJECTS_SUFFIX)


def write_rejects(
    path: str | os.PathLike[str], header: list[str], rejects: Iterable[RejectedRow]
) -> None:
    """Writes the rejected rows: the file's columns as read, then ``line`` and ``reason``.

    RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order mark (see
    :data:`REJECTS_ENCODING`). The file is written whole to a temporary file and then moved into
    place, so a failure never leaves half a rejects file.
    """
    path = Path(path)
    handle = tempfile.NamedTemporaryFile(
        "w",
        encoding=REJECTS_ENCODING,
        newline="",
        dir=path.parent,
        prefix=path.name + ".",
        suffix=".tmp",
        delete=False,
    )
    try:
        with handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([*header, "line", "reason"])
            for reject in rejects:
                values = [reject.values.get(column, "") for column in header]
                writer.writerow([*values, reject.line, reject.reason])
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
