"""Small read helpers for the Witness Care screens (issue 4 UI): the moment a screen's "today"
stands for, and the cases a court diary entry points at. Qt-free; the rows are store/court.py's.
"""

from __future__ import annotations

from datetime import date, datetime, time

from ..domain.clock import to_utc_naive, uk_date, utc_now

# When a screen's day is not really today (a test, a screenshot of a demo store), the moment
# recorded is late afternoon UK time that day: after the working day's events, before midnight.
_LATE_AFTERNOON = time(16, 0)


def moment_for(today: date) -> datetime:
    """The moment (naive UTC, the store's form) to record a change at for a screen whose day is
    `today`: now when that is really today, else late afternoon UK time that day."""
    now = utc_now()
    if uk_date(now) == today:
        return now
    return to_utc_naive(datetime.combine(today, _LATE_AFTERNOON))
