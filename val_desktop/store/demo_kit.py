"""Tools of the demo generator (demo.py): random draws and UUIDs from one seeded generator, and
the UK calendar in whole minutes with the store's text forms.

Moments are whole minutes of UK wall-clock time (ordinal day * 1440 + minute) while a story is
made, and written as the store keeps them: UTC without tzinfo, in the exact text SQLAlchemy's
SQLite types read back (a Uuid as 32 lower-case hex digits, a DateTime as
"YYYY-MM-DD HH:MM:SS.ffffff", a Date as "YYYY-MM-DD").
"""

from __future__ import annotations

import bisect
import itertools
import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ..domain.calendar import add_working_days, is_working_day

DAY = 1440  # minutes
NOW_MINUTE = 8 * 60 + 30  # the demo's "now" is `today` at 08:30 UK time
SPAN_DAYS = 548  # referrals over the ~18 months before today
UK = ZoneInfo("Europe/London")

_HH_MM = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(DAY))
_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)
_CUMULATIVE: dict[tuple, tuple[list[float], float]] = {}


class DemoRandom(random.Random):
    """random.Random with quicker float-based randrange (no step) and choice, a weighted pick
    and version-4 UUIDs: millions of draws make a big demo store."""

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def pick(self, options: tuple, weights: tuple):
        """One of `options` by relative weight (as choices() does, with the sums kept)."""
        found = _CUMULATIVE.get(weights)
        if found is None:
            found = (list(itertools.accumulate(weights)), float(sum(weights)))
            _CUMULATIVE[weights] = found
        cumulative, total = found
        return options[bisect.bisect(cumulative, self.random() * total, 0, len(options) - 1)]

    def uid(self) -> str:
        """A random version-4 UUID as the store keeps it: what
        uuid.UUID(int=self.getrandbits(128), version=4).hex gives, only quicker."""
        return f"{(self.getrandbits(128) & _CLEAR) | _VERSION_4:032x}"


class Clock:
    """The demo's calendar: `today`, its "now", UK days, working days and the store's text
    forms, all cached (a big demo asks for the same few hundred days millions of times)."""

    def __init__(self, today: date):
        self.today = today
        self.today_ord = today.toordinal()
        self.now = self.today_ord * DAY + NOW_MINUTE
        self._dates: dict[int, date] = {}
        self._iso: dict[int, str] = {}
        self._day: dict[int, tuple[str, int]] = {}  # ordinal -> (ISO date, UTC offset minutes)
        self._added: dict[tuple[int, int], int] = {}
        self._working: dict[int, bool] = {}

    def date(self, o: int) -> date:
        d = self._dates.get(o)
        if d is None:
            d = self._dates[o] = date.fromordinal(o)
        return d

    def iso(self, o: int) -> str:
        """A day as the store's Date text."""
        text = self._iso.get(o)
        if text is None:
            text = self._iso[o] = self.date(o).isoformat()
        return text

    def ts(self, m: int) -> str:
        """A moment as the store's DateTime text (UTC).

        Every demo moment lies between 02:00 and midnight UK time, when the day's offset (GMT
        or BST) is settled and UTC is still the same calendar day.
        """
        o, minute = divmod(m, DAY)
        day = self._day.get(o)
        if day is None:
            d = self.date(o)
            noon = datetime(d.year, d.month, d.day, 12, tzinfo=UK)
            day = self._day[o] = (self.iso(o), int(noon.utcoffset().total_seconds()) // 60)
        return f"{day[0]} {_HH_MM[minute - day[1]]}:00.000000"

    def add_wd(self, o: int, n: int) -> int:
        """domain.calendar.add_working_days, on ordinals."""
        key = (o, n)
        found = self._added.get(key)
        if found is None:
            found = self._added[key] = add_working_days(self.date(o), n).toordinal()
        return found

    def on_working_day(self, o: int) -> int:
        """`o` if it is a working day, else the next one."""
        while True:
            working = self._working.get(o)
            if working is None:
                working = self._working[o] = is_working_day(self.date(o))
            if working:
                return o
            o += 1

    def work_moment(self, rng: DemoRandom, o: int, after: int | None = None) -> int:
        """A moment in office hours on working day `o` (or the next one), later than `after`
        and never after 22:00."""
        m = self.on_working_day(o) * DAY + rng.randrange(9 * 60, 17 * 60 + 30)
        if after is not None and m <= after:
            m = after + rng.randrange(10, 120)
            if m % DAY > 22 * 60:
                m = self.on_working_day(after // DAY + 1) * DAY + rng.randrange(9 * 60, 12 * 60)
        return m
