"""Phone numbers as a person reads them: the store keeps E.164 (+447700900444), a caseworker
dialling from a UK desk reads 07700 900444."""

from __future__ import annotations

import phonenumbers


def display_phone(stored: str | None) -> str | None:
    if not stored:
        return stored
    if not stored.startswith("+"):
        return stored  # not as the store keeps numbers: shown as recorded rather than guessed
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == 44:
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        # Ofcom's drama range is not "valid" to the library, which then leaves it unspaced.
        digits = national.replace(" ", "")
        if digits.startswith("07") and len(digits) == 11 and national == digits:
            return f"{digits[:5]} {digits[5:]}"
        return national
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
