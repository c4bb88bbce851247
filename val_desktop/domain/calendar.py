"""Working days in England and Wales: Monday to Friday less bank holidays (DESIGN section 3).

Victims' Code deadlines count working days. Bank holidays come from the `holidays` package,
subdivision ENG (England and Wales share the same list).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(day: date) -> bool:
    return day in _bank_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(start: date, n: int) -> date:
    """The n-th working day strictly after `start`.

    A start on a weekend or holiday counts from the next working day in the same way, which the
    definition gives for free: only days after `start` are counted. `n` must not be negative;
    n = 0 returns `start` itself (a deadline of "the same day").
    """
    if n < 0:
        raise ValueError("a number of working days cannot be negative")
    day = start
    remaining = n
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(a: date, b: date) -> int:
    """Working days in (a, b]; negative when b is before a."""
    if b < a:
        return -working_days_between(b, a)
    count = 0
    day = a
    while day < b:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
