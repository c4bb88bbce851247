"""How far a deadline is, in the words a caseworker reads on My work today.

A Code deadline is a date: the obligation is met on time if met by the end of that day (UK time).
Before it, the time left is counted in working days (or hours on the day itself); after it, the
lateness is counted in working days, as the Code counts its periods. Reassessments follow a
schedule in calendar days, so their clock counts calendar days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from .calendar import working_days_between
from .clock import UK

OVERDUE = "overdue"
DUE_TODAY = "due_today"
UPCOMING = "upcoming"

# On the due day itself, say "due in N hours" once no more than this many hours are left.
HOURS_SHOWN = 8


@dataclass(frozen=True)
class DueClock:
    state: str  # overdue, due_today, upcoming
    text: str

    @property
    def overdue(self) -> bool:
        return self.state == OVERDUE

    @property
    def due_now(self) -> bool:
        """Due today or overdue: what the navigation counts and reminders announce."""
        return self.state in (OVERDUE, DUE_TODAY)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def code_clock(due: date, today: date, now: datetime | None = None) -> DueClock:
    """The clock of a Code deadline on `today`.

    `now` (aware, or naive UTC as the store keeps times) gives the hours left on the due day;
    without it the due day reads "due today".
    """
    if today > due:
        late = working_days_between(due, today)
        if late == 0:  # due on a Friday, looked at over the weekend
            return DueClock(OVERDUE, f"overdue: was due {due:%a %d %b}")
        return DueClock(OVERDUE, f"{_plural(late, 'working day')} overdue")
    if today == due:
        if now is not None:
            if now.tzinfo is None:
                now = now.replace(tzinfo=UTC)  # the store's naive times are UTC
            end = datetime.combine(due + timedelta(days=1), time(0), tzinfo=UK)
            left = (end - now).total_seconds() / 3600
            if 0 < left < 1:
                return DueClock(DUE_TODAY, "due within the hour")
            if 0 < left <= HOURS_SHOWN:
                return DueClock(DUE_TODAY, f"due in {_plural(math.ceil(left), 'hour')}")
        return DueClock(DUE_TODAY, "due today")
    if due == today + timedelta(days=1):
        return DueClock(UPCOMING, "due tomorrow")
    ahead = working_days_between(today, due)
    if ahead <= 1:
        return DueClock(UPCOMING, f"due {due:%a %d %b}")
    return DueClock(UPCOMING, f"due in {_plural(ahead, 'working day')}")


def reassessment_clock(due: date, today: date) -> DueClock:
    """The clock of a needs (re)assessment: the schedule counts calendar days."""
    days = (due - today).days
    if days < 0:
        return DueClock(OVERDUE, f"{_plural(-days, 'day')} overdue")
    if days == 0:
        return DueClock(DUE_TODAY, "due today")
    if days == 1:
        return DueClock(UPCOMING, "due tomorrow")
    return DueClock(UPCOMING, f"due in {days} days")
