"""Checks and normalisers for single values of a referral file (DESIGN section 6).

Every ``parse_*`` function takes text that is already trimmed and not empty, and returns the
normalised value or raises :class:`Invalid`. The message of an :class:`Invalid` is written to
follow the column name, in words a caseworker understands: the caller builds
``f"{column} {message}"``, e.g. "postcode 'WR99 ZZZ' is not a valid UK postcode".

Pure Python: no SQL, no Qt.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import phonenumbers
from email_validator import EmailNotValidError, validate_email

UK_TIME = ZoneInfo("Europe/London")

# How many characters of an offending value a message quotes before it is cut short.
SHOWN_CHARACTERS = 40


class Invalid(ValueError):
    """A value breaks a rule; the message follows the column name."""


def show(value: str) -> str:
    """The value quoted for a message, cut short when long."""
    if len(value) > SHOWN_CHARACTERS:
        value = value[: SHOWN_CHARACTERS - 1] + "…"
    return f"'{value}'"


# --- control characters ------------------------------------------------------------------

# Unicode category Cc (C0, DEL and C1) less tab, LF and CR.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_characters(value: str) -> list[str]:
    """The control characters (Unicode category Cc) in ``value`` other than tab, CR and LF."""
    return sorted(set(_CONTROL.findall(value)))


def describe_control_characters(found: Iterable[str]) -> str:
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in found)
    if "\x00" in found:
        return f"contains a NUL character (invisible control character {codes}); remove it"
    return f"contains an invisible control character ({codes}); remove it"


# --- choices (yes / no and the fixed vocabularies) ---------------------------------------


def _either(options: Iterable[str]) -> str:
    options = list(options)
    if len(options) == 1:
        return options[0]
    return ", ".join(options[:-1]) + " or " + options[-1]


def parse_choice(value: str, options: Iterable[str]) -> str:
    """One of ``options``, compared without regard to case; returns the option as written."""
    options = list(options)
    answer = value.lower()
    if answer in options:
        return answer
    raise Invalid(f"must be {_either(options)}, not {show(value)}")


def parse_code(value: str, codes: Iterable[str], what: str) -> str:
    """A code from a long vocabulary (e.g. offence categories), with a did-you-mean hint."""
    codes = list(codes)
    answer = value.lower()
    if answer in codes:
        return answer
    message = f"{show(value)} is not a known {what}"
    close = difflib.get_close_matches(answer, codes, n=1)
    if close:
        message += f" (did you mean '{close[0]}'?)"
    raise Invalid(message)


def parse_yes_no(value: str) -> bool:
    return parse_choice(value, ("yes", "no")) == "yes"


# --- names -------------------------------------------------------------------------------


def parse_name(value: str) -> str:
    """A person's name in any script: it must hold at least one letter; kept as written."""
    if any(unicodedata.category(ch).startswith("L") for ch in value):
        return value
    raise Invalid(f"{show(value)} has no letters in it")


# --- dates and times ---------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE | re.ASCII,
)


def parse_date(value: str) -> date:
    """A strict ISO 8601 calendar date, YYYY-MM-DD."""
    match = _DATE.fullmatch(value)
    if not match:
        raise Invalid(f"must be a date written YYYY-MM-DD (e.g. 2026-11-09), not {show(value)}")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise Invalid(f"{show(value)} is not a real date") from None


def _offset(text: str | None) -> timezone | ZoneInfo:
    """The time zone of an ISO 8601 offset; none means UK local time."""
    if text is None:
        return UK_TIME
    if text.upper() == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or "0")
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if text[0] == "-" else delta)


def parse_date_time(value: str) -> datetime:
    """An ISO 8601 date and time, returned in UTC.

    Accepted: ``2026-11-09T04:46``, with seconds (and a fraction of any length, cut to
    microseconds), a space instead of ``T``, and an offset ``Z``, ``+01:00``, ``+0100`` or
    ``+01``. Without an offset the time is UK local time (Europe/London, GMT or BST as the date
    falls). A local time that happens twice when the clocks go back is taken as the first
    (BST); a local time that never happens when the clocks go forward is read with the offset
    in force just before the change (GMT).
    """
    match = _DATE_TIME.fullmatch(value)
    if not match:
        raise Invalid(
            f"must be a date and time like 2026-11-09T14:30 (or 2026-11-09 14:30), not {show(value)}"
        )
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        local = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            micro,
            tzinfo=_offset(offset),
        )
        return local.astimezone(UTC)
    except (ValueError, OverflowError):
        raise Invalid(f"{show(value)} is not a real date and time") from None


def uk_date(moment: datetime) -> date:
    """The calendar date in the UK at an aware moment."""
    return moment.astimezone(UK_TIME).date()


# --- postcodes ---------------------------------------------------------------------------
# Royal Mail's format: outward code A9, A99, A9A, AA9, AA99 or AA9A, then the inward code 9AA.
#  - first letter: any but Q, V, X
#  - second letter (AA… forms): any but I, J, Z
#  - third position letter (A9A): only A B C D E F G H J K P S T U W
#  - fourth position letter (AA9A): only A B E H M N P R V W X Y
#  - inward letters: any but C, I, K, M, O, V
# plus the special postcode GIR 0AA (Girobank).

_FIRST = "[A-PR-UWYZ]"
_SECOND = "[A-HK-Y]"
_THIRD_A9A = "[A-HJKPSTUW]"
_FOURTH_AA9A = "[ABEHMNPRV-Y]"
_OUTWARD = (
    f"{_FIRST}[0-9][0-9]?"
    f"|{_FIRST}{_SECOND}[0-9][0-9]?"
    f"|{_FIRST}[0-9]{_THIRD_A9A}"
    f"|{_FIRST}{_SECOND}[0-9]{_FOURTH_AA9A}"
)
_INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE = re.compile(f"(?:{_OUTWARD}){_INWARD}|GIR0AA")
_SPACES = re.compile(r"\s+")


def parse_postcode(value: str) -> str:
    """A UK postcode in any case, with or without spaces; returned as e.g. ``WR3 8SP``."""
    compact = _SPACES.sub("", value).upper()
    if not compact.isascii() or not _POSTCODE.fullmatch(compact):
        raise Invalid(f"{show(value)} is not a valid UK postcode")
    return f"{compact[:-3]} {compact[-3:]}"


# --- phone numbers -----------------------------------------------------------------------

_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ().-]+")
_UK_CALLING_CODE = 44
# Ofcom's numbers reserved for drama (TV, radio, training material, test data) that the
# phonenumbers metadata does not count as valid: mobile 07700 900000-900999, geographic
# 01632 960000-960999 and 0115 496 0000-0999. The other drama ranges are valid already.
_DRAMA_NUMBERS = re.compile(r"7700900\d{3}|1632960\d{3}|1154960\d{3}")


def _is_uk_number(number: phonenumbers.PhoneNumber) -> bool:
    if number.country_code != _UK_CALLING_CODE:
        return False
    if _DRAMA_NUMBERS.fullmatch(str(number.national_number)):
        return True
    return phonenumbers.is_valid_number(number)


def parse_phone(value: str) -> str:
    """A UK phone number (+44, including the Channel Islands and the Isle of Man), as E.164.

    Written nationally (``07700 900444``) or internationally (``+44 7700 900444``,
    ``0044 7700 900444``, ``+44 (0)7700 900444``); only digits, spaces, brackets, dots, hyphens
    and a leading + are allowed. A number must be valid by the phonenumbers metadata or lie in
    one of Ofcom's drama ranges.
    """
    if not _PHONE_CHARACTERS.fullmatch(value):
        raise Invalid(f"{show(value)} is not a valid UK phone number")
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        raise Invalid(f"{show(value)} is not a valid UK phone number") from None
    if not _is_uk_number(number):
        raise Invalid(f"{show(value)} is not a valid UK phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- email -------------------------------------------------------------------------------


def parse_email(value: str) -> str:
    """A syntactically valid address (no DNS look-up), normalised by email-validator."""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as error:
        why = str(error).rstrip(".")
        why = why[:1].lower() + why[1:]
        raise Invalid(f"{show(value)} is not a valid email address: {why}") from None
