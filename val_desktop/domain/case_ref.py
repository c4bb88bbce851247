"""Case references a person can read out on the phone: VAL-26-K7Q2-XD4M.

Random rather than sequential, so that offline workstations never hand out the same reference;
Crockford base 32 (no I, L, O or U) so nobody confuses 1 and I or 0 and O.
"""

from __future__ import annotations

import random

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_system = random.SystemRandom()


def new_case_ref(year: int, rng: random.Random | None = None) -> str:
    bits = (rng or _system).getrandbits(40)  # eight characters of five bits each
    body = "".join(ALPHABET[(bits >> shift) & 31] for shift in range(0, 40, 5))
    return f"VAL-{year % 100:02d}-{body[:4]}-{body[4:]}"


def normalise_case_ref(text: str) -> str:
    """What a person typed, as stored: upper case, O read as 0 and I/L as 1 (Crockford)."""
    cleaned = text.strip().upper()
    if not cleaned.startswith("VAL-"):
        return cleaned
    head, _, rest = cleaned.partition("-")
    return head + "-" + rest.translate(str.maketrans("OIL", "011"))
