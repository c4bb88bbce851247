"""Working days in England and Wales (DESIGN section 3).

Every expected date below was worked out by hand from a printed calendar and the gov.uk list of
bank holidays in England and Wales; none is computed by the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from val_desktop.domain.calendar import (
    add_working_days,
    is_bank_holiday,
    is_working_day,
    working_days_between,
)

# gov.uk, "Bank holidays — England and Wales", typed by hand (substitute days included, the
# weekend day itself left out since it is not a working day either way).
ENGLAND_BANK_HOLIDAYS = frozenset(
    {
        # 2026
        date(2026, 1, 1),  # New Year's Day (Thu)
        date(2026, 4, 3),  # Good Friday
        date(2026, 4, 6),  # Easter Monday
        date(2026, 5, 4),  # Early May bank holiday
        date(2026, 5, 25),  # Spring bank holiday
        date(2026, 8, 31),  # Summer bank holiday
        date(2026, 12, 25),  # Christmas Day (Fri)
        date(2026, 12, 28),  # Boxing Day (substitute day: 26th is a Saturday)
        # 2027
        date(2027, 1, 1),  # New Year's Day (Fri)
        date(2027, 3, 26),  # Good Friday
        date(2027, 3, 29),  # Easter Monday
        date(2027, 5, 3),  # Early May bank holiday
        date(2027, 5, 31),  # Spring bank holiday
        date(2027, 8, 30),  # Summer bank holiday
        date(2027, 12, 27),  # Christmas Day (substitute day: 25th is a Saturday)
        date(2027, 12, 28),  # Boxing Day (substitute day: 26th is a Sunday)
        # 2028
        date(2028, 1, 3),  # New Year's Day (substitute day: 1st is a Saturday)
        date(2028, 4, 14),  # Good Friday
        date(2028, 4, 17),  # Easter Monday
        date(2028, 5, 1),  # Early May bank holiday
        date(2028, 5, 29),  # Spring bank holiday
        date(2028, 8, 28),  # Summer bank holiday
        date(2028, 12, 25),  # Christmas Day (Mon)
        date(2028, 12, 26),  # Boxing Day (Tue)
    }
)
ORACLE_FIRST = date(2026, 1, 1)
ORACLE_LAST = date(2028, 12, 31)


def oracle_is_working_day(day: date) -> bool:
    assert ORACLE_FIRST <= day <= ORACLE_LAST, "the oracle only knows 2026-2028"
    return day.weekday() < 5 and day not in ENGLAND_BANK_HOLIDAYS


def oracle_add(start: date, n: int) -> date:
    day = start
    found = 0
    while found < n:
        day += timedelta(days=1)
        if oracle_is_working_day(day):
            found += 1
    return day


def oracle_between(a: date, b: date) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    days = (hi - lo).days
    return sign * sum(oracle_is_working_day(lo + timedelta(days=i)) for i in range(1, days + 1))


def every_day(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


# --- weekends -------------------------------------------------------------------------------


def test_friday_plus_one_working_day_is_monday():
    assert add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 12)


def test_a_plain_week():
    # Mon 12 Oct 2026: no holidays anywhere near.
    assert add_working_days(date(2026, 10, 12), 1) == date(2026, 10, 13)
    assert add_working_days(date(2026, 10, 12), 4) == date(2026, 10, 16)
    assert add_working_days(date(2026, 10, 12), 5) == date(2026, 10, 19)
    assert add_working_days(date(2026, 10, 12), 10) == date(2026, 10, 26)


def test_weekend_days_are_not_working_days():
    assert not is_working_day(date(2026, 1, 10))  # Saturday
    assert not is_working_day(date(2026, 1, 11))  # Sunday
    assert is_working_day(date(2026, 1, 9))  # Friday
    assert is_working_day(date(2026, 1, 12))  # Monday


@pytest.mark.parametrize(
    "start",
    [date(2026, 1, 10), date(2026, 1, 11)],  # Saturday, Sunday
    ids=["saturday", "sunday"],
)
def test_weekend_start_counts_from_the_next_working_day(start):
    # The first working day strictly after a weekend day is the Monday; the n-th follows on.
    assert add_working_days(start, 1) == date(2026, 1, 12)
    assert add_working_days(start, 2) == date(2026, 1, 13)
    assert add_working_days(start, 5) == date(2026, 1, 16)


def test_holiday_start_counts_from_the_next_working_day():
    # Good Friday 3 Apr 2026: Sat, Sun, Easter Monday follow; Tue 7 Apr is the first working day.
    assert add_working_days(date(2026, 4, 3), 1) == date(2026, 4, 7)
    # Christmas Day 2026 (Fri): the 28th is the Boxing Day substitute.
    assert add_working_days(date(2026, 12, 25), 1) == date(2026, 12, 29)


# --- Christmas, Easter and substitute days ----------------------------------------------------


def test_christmas_2026_boxing_day_substitute_monday():
    assert is_bank_holiday(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 28))  # substitute for Boxing Day (Sat 26th)
    assert is_working_day(date(2026, 12, 24))
    assert is_working_day(date(2026, 12, 29))
    # Thu 24 Dec 2026: Fri 25 holiday, weekend, Mon 28 substitute.
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert add_working_days(date(2026, 12, 24), 2) == date(2026, 12, 30)
    assert add_working_days(date(2026, 12, 24), 3) == date(2026, 12, 31)


def test_christmas_2027_both_days_substituted():
    assert not is_working_day(date(2027, 12, 27))  # substitute for Christmas Day (Sat)
    assert not is_working_day(date(2027, 12, 28))  # substitute for Boxing Day (Sun)
    assert is_working_day(date(2027, 12, 24))
    assert is_working_day(date(2027, 12, 29))
    # Fri 24 Dec 2027: weekend, Mon 27 and Tue 28 substitutes.
    assert add_working_days(date(2027, 12, 24), 1) == date(2027, 12, 29)
    assert add_working_days(date(2027, 12, 24), 3) == date(2027, 12, 31)


def test_christmas_2028_on_weekdays():
    assert not is_working_day(date(2028, 12, 25))
    assert not is_working_day(date(2028, 12, 26))
    # Fri 22 Dec 2028: weekend, Christmas Mon, Boxing Day Tue.
    assert add_working_days(date(2028, 12, 22), 1) == date(2028, 12, 27)


@pytest.mark.parametrize(
    ("thursday_before", "good_friday", "easter_monday", "tuesday_after"),
    [
        (date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6), date(2026, 4, 7)),
        (date(2027, 3, 25), date(2027, 3, 26), date(2027, 3, 29), date(2027, 3, 30)),
        (date(2028, 4, 13), date(2028, 4, 14), date(2028, 4, 17), date(2028, 4, 18)),
    ],
    ids=["2026", "2027", "2028"],
)
def test_easter(thursday_before, good_friday, easter_monday, tuesday_after):
    assert is_bank_holiday(good_friday)
    assert is_bank_holiday(easter_monday)
    assert add_working_days(thursday_before, 1) == tuesday_after
    assert working_days_between(thursday_before, tuesday_after) == 1


def test_new_year_2028_saturday_substitute_monday():
    assert not is_working_day(date(2028, 1, 3))
    assert is_working_day(date(2028, 1, 4))
    # Fri 31 Dec 2027: Sat 1 Jan, Sun 2 Jan, Mon 3 Jan substitute.
    assert add_working_days(date(2027, 12, 31), 1) == date(2028, 1, 4)


@pytest.mark.parametrize(
    ("friday_before", "tuesday_after"),
    [
        (date(2026, 5, 1), date(2026, 5, 5)),  # early May 2026 (Mon 4)
        (date(2027, 4, 30), date(2027, 5, 4)),  # early May 2027 (Mon 3)
        (date(2028, 4, 28), date(2028, 5, 2)),  # early May 2028 (Mon 1)
        (date(2026, 5, 22), date(2026, 5, 26)),  # spring 2026 (Mon 25)
        (date(2027, 5, 28), date(2027, 6, 1)),  # spring 2027 (Mon 31)
        (date(2028, 5, 26), date(2028, 5, 30)),  # spring 2028 (Mon 29)
        (date(2026, 8, 28), date(2026, 9, 1)),  # summer 2026 (Mon 31 Aug)
        (date(2027, 8, 27), date(2027, 8, 31)),  # summer 2027 (Mon 30)
        (date(2028, 8, 25), date(2028, 8, 29)),  # summer 2028 (Mon 28)
    ],
)
def test_monday_bank_holidays_make_a_long_weekend(friday_before, tuesday_after):
    assert add_working_days(friday_before, 1) == tuesday_after
    assert add_working_days(friday_before, 2) == tuesday_after + timedelta(days=1)


# --- year ends --------------------------------------------------------------------------------


def test_year_end_2026_into_2027():
    # Thu 31 Dec 2026 -> Fri 1 Jan 2027 is New Year's Day -> Mon 4 Jan.
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    # Thu 24 Dec 2026 + 4: 29, 30, 31 Dec, then 4 Jan 2027.
    assert add_working_days(date(2026, 12, 24), 4) == date(2027, 1, 4)
    # + 10 (a complaint's period): ... 4-8 Jan, 11, 12 Jan.
    assert add_working_days(date(2026, 12, 24), 10) == date(2027, 1, 12)


def test_year_end_2027_into_2028_with_two_sets_of_substitutes():
    # Fri 24 Dec 2027 + 4: 29, 30, 31 Dec, (3 Jan substitute), 4 Jan 2028.
    assert add_working_days(date(2027, 12, 24), 4) == date(2028, 1, 4)
    assert working_days_between(date(2027, 12, 24), date(2028, 1, 4)) == 4


def test_year_end_2025_into_2026():
    # Wed 31 Dec 2025 -> Thu 1 Jan 2026 holiday -> Fri 2 Jan 2026.
    assert add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 2)


# --- holidays of the other nations are not holidays here --------------------------------------


def test_scottish_and_northern_irish_holidays_are_working_days_in_england():
    assert is_working_day(date(2026, 1, 2))  # 2 January (Scotland), a Friday
    assert is_working_day(date(2026, 11, 30))  # St Andrew's Day (Scotland), a Monday
    assert is_working_day(date(2026, 8, 3))  # Scottish summer bank holiday, first Mon of Aug
    assert is_working_day(date(2026, 3, 17))  # St Patrick's Day (Northern Ireland), a Tuesday
    assert is_working_day(date(2027, 7, 12))  # Battle of the Boyne (Northern Ireland), a Monday
    assert add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 2)
    assert add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)


# --- n = 0 and bad input -----------------------------------------------------------------------


def test_zero_working_days_is_the_same_day():
    assert add_working_days(date(2026, 10, 14), 0) == date(2026, 10, 14)


@pytest.mark.parametrize("n", [-1, -5])
def test_negative_number_of_working_days_is_refused(n):
    with pytest.raises(ValueError, match="negative"):
        add_working_days(date(2026, 10, 14), n)


# --- working_days_between: (a, b] ---------------------------------------------------------------


def test_between_counts_the_end_day_not_the_start_day():
    assert working_days_between(date(2026, 1, 8), date(2026, 1, 9)) == 1  # Thu -> Fri
    assert working_days_between(date(2026, 1, 9), date(2026, 1, 12)) == 1  # Fri -> Mon
    assert working_days_between(date(2026, 1, 9), date(2026, 1, 16)) == 5  # Fri -> Fri
    # End on a weekend: nothing gained after Friday.
    assert working_days_between(date(2026, 1, 9), date(2026, 1, 11)) == 0
    # Start on a weekend: Monday counts.
    assert working_days_between(date(2026, 1, 10), date(2026, 1, 12)) == 1


def test_between_a_day_and_itself_is_zero():
    assert working_days_between(date(2026, 1, 9), date(2026, 1, 9)) == 0
    assert working_days_between(date(2026, 12, 25), date(2026, 12, 25)) == 0


def test_between_over_christmas_and_new_year():
    # (24 Dec 2026, 4 Jan 2027]: 29, 30, 31 Dec and 4 Jan.
    assert working_days_between(date(2026, 12, 24), date(2027, 1, 4)) == 4
    # (24 Dec, 28 Dec 2026]: Christmas, weekend and the substitute Monday: none.
    assert working_days_between(date(2026, 12, 24), date(2026, 12, 28)) == 0


@pytest.mark.parametrize(
    ("year", "working_days"),
    [
        # 2026: 365 days from a Thursday -> 261 weekdays, less 8 weekday bank holidays.
        (2026, 253),
        # 2027: 365 days from a Friday -> 261 weekdays, less 8.
        (2027, 253),
        # 2028: 366 days from a Saturday -> 260 weekdays, less 8.
        (2028, 252),
    ],
)
def test_working_days_in_a_whole_year(year, working_days):
    assert working_days_between(date(year - 1, 12, 31), date(year, 12, 31)) == working_days


def test_between_is_antisymmetric():
    a, b = date(2026, 12, 24), date(2027, 1, 12)
    assert working_days_between(a, b) == 10
    assert working_days_between(b, a) == -10


# --- against an independent oracle ---------------------------------------------------------------


def test_is_working_day_matches_the_gov_uk_list_2026_to_2028():
    wrong = [
        day
        for day in every_day(ORACLE_FIRST, ORACLE_LAST)
        if is_working_day(day) != oracle_is_working_day(day)
    ]
    assert wrong == []


def test_add_working_days_matches_a_naive_count_2026_to_2028():
    wrong = []
    for start in every_day(ORACLE_FIRST, date(2028, 12, 1)):
        for n in range(0, 13):
            if add_working_days(start, n) != oracle_add(start, n):
                wrong.append((start, n))
    assert wrong == []


def test_working_days_between_matches_a_naive_count_and_inverts_add():
    starts = list(every_day(date(2026, 12, 14), date(2027, 1, 10))) + list(
        every_day(date(2027, 12, 13), date(2028, 1, 9))
    )
    for a in starts:
        for offset in range(0, 25):
            b = a + timedelta(days=offset)
            assert working_days_between(a, b) == oracle_between(a, b), (a, b)
            assert working_days_between(b, a) == -oracle_between(a, b), (b, a)
        for n in range(1, 8):
            # The n-th working day after a is n working days after it, and is the first day
            # at which that count is reached.
            due = add_working_days(a, n)
            assert working_days_between(a, due) == n
            assert working_days_between(a, due - timedelta(days=1)) == n - 1
