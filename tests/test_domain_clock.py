"""UK dates from stored UTC moments, and UK local time to what the store keeps.

In 2026 British Summer Time runs from 01:00 UTC on Sunday 29 March to 01:00 UTC on Sunday
25 October (last Sundays of March and October).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from val_desktop.domain.clock import to_utc_naive, uk_date


@pytest.mark.parametrize(
    ("utc_moment", "uk_day"),
    [
        # Summer (BST, UTC+1): late evening UTC is already tomorrow in the UK.
        (datetime(2026, 7, 15, 23, 30), date(2026, 7, 16)),
        (datetime(2026, 7, 15, 23, 0), date(2026, 7, 16)),
        (datetime(2026, 7, 15, 22, 59, 59), date(2026, 7, 15)),
        (datetime(2026, 7, 15, 0, 30), date(2026, 7, 15)),
        # Winter (GMT): the UTC date is the UK date.
        (datetime(2026, 1, 15, 23, 30), date(2026, 1, 15)),
        (datetime(2026, 1, 15, 0, 0), date(2026, 1, 15)),
        # Either side of the clocks going forward (Sun 29 Mar 2026).
        (datetime(2026, 3, 28, 23, 30), date(2026, 3, 28)),
        (datetime(2026, 3, 29, 23, 30), date(2026, 3, 30)),
        # Either side of the clocks going back (Sun 25 Oct 2026).
        (datetime(2026, 10, 24, 23, 30), date(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 30), date(2026, 10, 25)),
        # New Year's Eve is winter: no shift into the next year.
        (datetime(2026, 12, 31, 23, 59), date(2026, 12, 31)),
    ],
)
def test_uk_date_of_a_naive_utc_moment(utc_moment, uk_day):
    assert uk_date(utc_moment) == uk_day


def test_uk_date_of_an_aware_moment():
    assert uk_date(datetime(2026, 7, 15, 23, 30, tzinfo=UTC)) == date(2026, 7, 16)
    # 01:00 on 16 July at UTC+2 is 23:00 UTC on the 15th, which is midnight BST on the 16th.
    plus_two = timezone(timedelta(hours=2))
    assert uk_date(datetime(2026, 7, 16, 1, 0, tzinfo=plus_two)) == date(2026, 7, 16)
    # 20:00 on 15 January in New York (UTC-5) is 01:00 GMT on the 16th.
    minus_five = timezone(timedelta(hours=-5))
    assert uk_date(datetime(2026, 1, 15, 20, 0, tzinfo=minus_five)) == date(2026, 1, 16)


@pytest.mark.parametrize(
    ("uk_local", "utc_naive"),
    [
        # Summer: UK local is an hour ahead of UTC.
        (datetime(2026, 7, 16, 0, 30), datetime(2026, 7, 15, 23, 30)),
        (datetime(2026, 7, 16, 9, 0), datetime(2026, 7, 16, 8, 0)),
        # Winter: UK local is UTC.
        (datetime(2026, 1, 15, 9, 0), datetime(2026, 1, 15, 9, 0)),
        (datetime(2027, 1, 1, 0, 15), datetime(2027, 1, 1, 0, 15)),
        # The morning after the clocks go forward / back.
        (datetime(2026, 3, 29, 9, 0), datetime(2026, 3, 29, 8, 0)),
        (datetime(2026, 10, 25, 9, 0), datetime(2026, 10, 25, 9, 0)),
    ],
)
def test_naive_input_is_uk_local_time(uk_local, utc_naive):
    result = to_utc_naive(uk_local)
    assert result == utc_naive
    assert result.tzinfo is None


def test_aware_input_is_converted_to_utc_and_made_naive():
    plus_530 = timezone(timedelta(hours=5, minutes=30))
    result = to_utc_naive(datetime(2026, 7, 16, 5, 0, tzinfo=plus_530))
    assert result == datetime(2026, 7, 15, 23, 30)
    assert result.tzinfo is None
    assert to_utc_naive(datetime(2026, 7, 15, 23, 30, tzinfo=UTC)) == datetime(2026, 7, 15, 23, 30)


def test_a_referral_typed_just_after_midnight_in_summer_keeps_its_uk_day():
    # A caseworker records 00:30 on 16 July (BST); the store keeps 23:30 on the 15th UTC,
    # and the Code's day is still the 16th when read back.
    stored = to_utc_naive(datetime(2026, 7, 16, 0, 30))
    assert stored == datetime(2026, 7, 15, 23, 30)
    assert uk_date(stored) == date(2026, 7, 16)
