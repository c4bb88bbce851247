"""The counting rules behind the compliance dashboard and the quarterly outcome return.

Pure Python (no Qt, no SQL): the store gathers plain rows and grouped counts, this module says
what they mean.

Periods. A period is a run of UK calendar days, both ends included. A quarter is written
"2026Q3" (also "2026-Q3", "2026 q3"): July to September 2026. Stored moments are naive UTC, so a
period's bounds in the store are the UTC moments of UK midnight (`utc_bounds`); a day of the Code
ends at UK midnight too (`day_end_utc`), which is 23:00 UTC in British Summer Time.

Compliance. An obligation counts in a period when its due date falls in it. Its status is the
Code's (rules.obligation_status) as at a day `as_of`: the period's last day, or today while the
period is still running. An obligation met after `as_of` counts as not met at `as_of` (so the
return for a past quarter gives the same figures whenever it is run).

Suppression. The published variant of the return replaces counts of 1 to 4 with "<5" (primary
suppression) so that nobody can be identified. Where a table states a total its cells add up to
(a total row, or a total column), a single suppressed cell in a row or column could be worked
out from the total, so the smallest other non-zero cell of that line is suppressed as well
(secondary suppression); this is repeated until no line has exactly one suppressed cell. Zeros
are shown: a zero identifies nobody. Tables whose rows do not add up (a victim can have several
needs) have no total and only primary suppression. A rate is published only when no cell of its
row is suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from .clock import to_utc_naive
from .needs import NEED_DOMAINS, change_by_domain
from .rules import MET, MET_LATE, OPEN, OVERDUE, obligation_status

# --- periods ----------------------------------------------------------------------------------

EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class PeriodError(ValueError):
    """A period or quarter that cannot be reported on; str() says why, in words."""


@dataclass(frozen=True)
class Period:
    """UK calendar days from `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(
                f"The period ends ({self.end:%d %b %Y}) before it starts ({self.start:%d %b %Y}).")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        return f"{self.start:%d %b %Y} to {self.end:%d %b %Y}"

    def as_of(self, today: date) -> date:
        """The day figures for this period are worked out at: its last day, or today while it
        is still running. A period that has not started cannot be reported on."""
        if today < self.start:
            raise PeriodError(
                f"The period {self.label} has not started yet (today is {today:%d %b %Y}).")
        return min(self.end, today)

    def chunks(self, days: int) -> list[Period]:
        """The period cut into consecutive pieces of at most `days` days."""
        pieces, start = [], self.start
        while start <= self.end:
            end = min(self.end, start + timedelta(days=days - 1))
            pieces.append(Period(start, end))
            start = end + timedelta(days=1)
        return pieces


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1 to 4

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        if self.number == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.number + 1, 1) - timedelta(days=1)

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)

    @property
    def code(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        first, last = MONTHS[3 * self.number - 3], MONTHS[3 * self.number - 1]
        return f"Quarter {self.number} {self.year} ({first} to {last})"

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)


_QUARTER = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]\s*(\d+)\s*$")


def parse_quarter(text: str) -> Quarter:
    """"2026Q3" (or "2026-Q3", "2026 q3") as a Quarter; PeriodError says what is wrong."""
    match = _QUARTER.match(text or "")
    if not match:
        raise PeriodError(
            f"{text!r} is not a quarter: write the year and the quarter number, like 2026Q3 "
            "(July to September 2026).")
    year, number = int(match.group(1)), int(match.group(2))
    if not 1 <= number <= 4:
        raise PeriodError(f"{text!r}: a year has quarters 1 to 4 (Q1 is January to March).")
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise PeriodError(f"{text!r}: the year must be between {EARLIEST_YEAR} and {LATEST_YEAR}.")
    return Quarter(year, number)


def quarter_of(day: date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def uk_midnight_utc(day: date) -> datetime:
    """The UK midnight that starts `day`, as the store keeps moments (naive UTC)."""
    return to_utc_naive(datetime.combine(day, time.min))


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """[from, to) in naive UTC: a stored moment is in the period when from <= moment < to."""
    return uk_midnight_utc(period.start), uk_midnight_utc(period.end + timedelta(days=1))


def day_end_utc(day: date) -> datetime:
    """The moment `day` ends in the UK, naive UTC: met before it is met by the end of `day`."""
    return uk_midnight_utc(day + timedelta(days=1))


# --- weeks ------------------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def weeks_in(period: Period) -> list[date]:
    """The Mondays of the weeks that overlap the period, in order."""
    first = week_start(period.start)
    return [first + timedelta(weeks=n) for n in range((period.end - first).days // 7 + 1)]


# --- ages -------------------------------------------------------------------------------------

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("Under 18", 0, 17),
    ("18 to 24", 18, 24),
    ("25 to 34", 25, 34),
    ("35 to 44", 35, 44),
    ("45 to 54", 45, 54),
    ("55 to 64", 55, 64),
    ("65 to 74", 65, 74),
    ("75 and over", 75, None),
)
NOT_RECORDED = "Not recorded"
AGE_BAND_LABELS: tuple[str, ...] = tuple(label for label, _, _ in AGE_BANDS) + (NOT_RECORDED,)


def age_on(date_of_birth: date, day: date) -> int:
    """Whole years of age on `day` (someone born on 29 February turns a year older on 1 March)."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - before_birthday


def age_band(date_of_birth: date | None, on: date) -> str:
    """The age band on `on`; "Not recorded" without a date of birth (or one after `on`)."""
    if date_of_birth is None or date_of_birth > on:
        return NOT_RECORDED
    age = age_on(date_of_birth, on)
    for label, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return NOT_RECORDED  # pragma: no cover - the bands cover every age


# --- Victims' Code compliance -----------------------------------------------------------------

STATUS_LABELS: dict[str, str] = {
    MET: "Met on time",
    MET_LATE: "Met late",
    OVERDUE: "Overdue",
    OPEN: "Not yet due",
}


def compliance_status(due: date, met_on: date | None, as_of: date) -> str:
    """The Code's status of an obligation as at `as_of`; met after `as_of` is not met yet."""
    if met_on is not None and met_on > as_of:
        met_on = None
    return obligation_status(due, met_on, as_of)


@dataclass
class ComplianceTally:
    met: int = 0
    met_late: int = 0
    overdue: int = 0
    open: int = 0

    def add(self, status: str, n: int = 1) -> None:
        setattr(self, status, getattr(self, status) + n)

    def merge(self, other: ComplianceTally) -> None:
        for status in (MET, MET_LATE, OVERDUE, OPEN):
            self.add(status, getattr(other, status))

    def count(self, status: str) -> int:
        return getattr(self, status)

    @property
    def total(self) -> int:
        return self.met + self.met_late + self.overdue + self.open

    @property
    def decided(self) -> int:
        """Obligations whose deadline has passed or that were met: the ones a rate counts."""
        return self.met + self.met_late + self.overdue

    @property
    def on_time_rate(self) -> float | None:
        """Met on time, of those met or overdue (None when there are none)."""
        return self.met / self.decided if self.decided else None


@dataclass(frozen=True)
class ObligationFact:
    """One obligation as the figures see it."""

    case_id: Hashable
    rule_id: str
    due: date
    met_on: date | None
    spoc_id: Hashable | None = None


@dataclass
class ComplianceFigures:
    """Compliance of the obligations due in a period, as at `as_of`, cut four ways."""

    as_of: date
    overall: ComplianceTally = field(default_factory=ComplianceTally)
    by_rule: dict[str, ComplianceTally] = field(default_factory=dict)
    by_spoc: dict[Hashable | None, ComplianceTally] = field(default_factory=dict)
    by_week: dict[date, ComplianceTally] = field(default_factory=dict)

    def add(self, rule_id: str, spoc_id, due: date, status: str, n: int = 1) -> None:
        self.overall.add(status, n)
        self.by_rule.setdefault(rule_id, ComplianceTally()).add(status, n)
        self.by_spoc.setdefault(spoc_id, ComplianceTally()).add(status, n)
        self.by_week.setdefault(week_start(due), ComplianceTally()).add(status, n)


def fold_compliance(groups: Iterable[tuple[str, Hashable | None, date, str, int]],
                    as_of: date) -> ComplianceFigures:
    """Grouped counts (rule, SPOC, due day, status, n) folded into the four cuts."""
    figures = ComplianceFigures(as_of)
    for rule_id, spoc_id, due, status, n in groups:
        figures.add(rule_id, spoc_id, due, status, n)
    return figures


def tally_compliance(facts: Iterable[ObligationFact], as_of: date) -> ComplianceFigures:
    """The same figures from single obligations (the rule the store's SQL repeats)."""
    figures = ComplianceFigures(as_of)
    for fact in facts:
        figures.add(fact.rule_id, fact.spoc_id, fact.due,
                    compliance_status(fact.due, fact.met_on, as_of))
    return figures


def rate_text(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}%"


# --- outcomes at closure ----------------------------------------------------------------------


@dataclass
class DomainOutcome:
    """One need domain over the cases closed in a period that were assessed at least twice."""

    compared: int = 0  # cases scored in this domain at both their first and last assessment
    need_at_first: int = 0  # … with a need (score 1 to 3) at the first
    eased: int = 0  # … whose need had eased by the last (the victim copes better)
    unchanged: int = 0  # … with the same score at the last
    worse: int = 0  # … whose need had grown


def closure_outcomes(
    pairs: Iterable[tuple[Mapping[str, int], Mapping[str, int]]],
) -> dict[str, DomainOutcome]:
    """(first assessment's scores, last assessment's scores) per closed case → per domain.

    A case counts in a domain when that domain was scored at both; eased / unchanged / worse
    are counted over the cases that had a need there at the first assessment, from
    needs.change_by_domain (negative: the need eased)."""
    outcomes = {domain: DomainOutcome() for domain in NEED_DOMAINS}
    for first, last in pairs:
        for domain, change in change_by_domain(first, last).items():
            outcome = outcomes[domain]
            outcome.compared += 1
            if first[domain] < 1:
                continue
            outcome.need_at_first += 1
            if change < 0:
                outcome.eased += 1
            elif change == 0:
                outcome.unchanged += 1
            else:
                outcome.worse += 1
    return outcomes


# --- restorative justice ----------------------------------------------------------------------


def stage_on(history: Sequence[tuple[str, date]], day: date) -> str | None:
    """The stage a pathway was at on `day`, from its (stage, entered on) history, oldest
    first; None when it had not been referred by then."""
    current = None
    for stage, entered_on in history:
        if entered_on > day:
            break
        current = stage
    return current


# --- services ---------------------------------------------------------------------------------


def provider_in(summary: str | None, prefix: str, names: Iterable[str]) -> str | None:
    """The directory name a contact-log summary starts with after `prefix` ("Signposted to ",
    "Referral letter sent to: "): the longest name that fits, so "Victim Support Wales" is not
    taken for "Victim Support"."""
    if not summary or not summary.startswith(prefix):
        return None
    rest = summary[len(prefix):].split("\n", 1)[0]
    best = None
    for name in names:
        if rest.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
            if best is None or len(name) > len(best):
                best = name
    if best is None and prefix.endswith(": "):  # a letter names the service on a line alone
        best = rest.strip() or None
    return best


# --- tables and suppression -------------------------------------------------------------------

THRESHOLD = 5
SUPPRESSED = "<5"
NOT_APPLICABLE = "–"


def is_small(value: int | None) -> bool:
    """A count that could identify someone: 1 to 4."""
    return value is not None and 0 < value < THRESHOLD


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[int | None, ...]  # None: not applicable


@dataclass(frozen=True)
class Table:
    """A table of counts. `total`: a row the body rows add up to, column by column.
    `row_totals`: the last column is the sum of the others. Both drive secondary suppression."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total: Row | None = None
    row_totals: bool = False
    label_heading: str = ""
    note: str = ""

    def all_rows(self) -> tuple[Row, ...]:
        return self.rows + ((self.total,) if self.total is not None else ())

    def value(self, row_label: str, column: str | None = None) -> int | None:
        """A cell by its row label and column heading (the first column by default)."""
        j = 0 if column is None else self.columns.index(column)
        for row in self.all_rows():
            if row.label == row_label:
                return row.values[j]
        raise KeyError(f"{self.key} has no row {row_label!r}")

    def check(self) -> None:
        """Raise ValueError when a stated total does not add up (a bug in the counting)."""
        for row in self.all_rows():
            if len(row.values) != len(self.columns):
                raise ValueError(f"{self.key}: row {row.label!r} has {len(row.values)} values")
            if self.row_totals and None not in row.values and \
                    sum(row.values[:-1]) != row.values[-1]:
                raise ValueError(f"{self.key}: row {row.label!r} does not add up to its total")
        if self.total is not None:
            for j, heading in enumerate(self.columns):
                cells = [r.values[j] for r in self.rows]
                if self.total.values[j] is not None and None not in cells and \
                        sum(cells) != self.total.values[j]:
                    raise ValueError(f"{self.key}: column {heading!r} does not add up")


def suppression_mask(table: Table) -> list[list[bool]]:
    """Which cells of `table.all_rows()` the published variant hides (see the module notes)."""
    rows = table.all_rows()
    values = [list(r.values) for r in rows]
    mask = [[is_small(v) for v in line] for line in values]
    lines: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    width = len(table.columns)
    if table.total is not None:
        last = len(rows) - 1
        for j in range(width):
            lines.append(([(i, j) for i in range(last)], (last, j)))
    if table.row_totals and width > 1:
        for i in range(len(rows)):
            lines.append(([(i, j) for j in range(width - 1)], (i, width - 1)))
    changed = True
    while changed:
        changed = False
        for cells, (ti, tj) in lines:
            if values[ti][tj] is None or mask[ti][tj]:
                continue
            hidden = [c for c in cells if mask[c[0]][c[1]]]
            if len(hidden) != 1:
                continue
            candidates = [c for c in cells
                          if not mask[c[0]][c[1]] and (values[c[0]][c[1]] or 0) > 0]
            if candidates:
                i, j = min(candidates, key=lambda c: (values[c[0]][c[1]], c))
                mask[i][j] = True
            else:  # the rest are zero: the total would give the hidden cell away
                mask[ti][tj] = True
            changed = True
    return mask


def count_text(value: int | None) -> str:
    return NOT_APPLICABLE if value is None else f"{value:,}"


def cells(table: Table, *, published: bool) -> list[list[str]]:
    """The table's values as text, one list per row (the total last): suppressed cells read
    "<5" in the published variant."""
    mask = suppression_mask(table) if published else None
    out = []
    for i, row in enumerate(table.all_rows()):
        out.append([SUPPRESSED if mask and mask[i][j] else count_text(v)
                    for j, v in enumerate(row.values)])
    return out


def row_suppressed(table: Table, published: bool) -> list[bool]:
    """Per row (total last): whether any of its cells is hidden (its rates are then hidden)."""
    if not published:
        return [False] * len(table.all_rows())
    return [any(line) for line in suppression_mask(table)]


def plotted(table: Table, column: int, *, published: bool) -> list[int]:
    """A column's values for a chart of the body rows: hidden cells are drawn as nothing, so a
    chart never shows what the table hides."""
    mask = suppression_mask(table) if published else None
    return [0 if (mask and mask[i][column]) or row.values[column] is None else row.values[column]
            for i, row in enumerate(table.rows)]


# --- the return -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuarterlyReturn:
    quarter: Quarter
    as_of: date  # the figures are as at this day (the quarter's end, or today if sooner)
    produced_at: datetime  # UK local time
    produced_by: str
    sections: tuple[Section, ...]

    @property
    def complete(self) -> bool:
        return self.as_of >= self.quarter.end

    def table(self, key: str) -> Table:
        for section in self.sections:
            for table in section.tables:
                if table.key == key:
                    return table
        raise KeyError(f"the return has no table {key!r}")

    def tables(self) -> list[tuple[Section, Table]]:
        return [(s, t) for s in self.sections for t in s.tables]


def counted_rows(counts: Mapping[str, int], order: Iterable[str],
                 label: Callable[[str], str] = str, *, keep_zero: bool = True,
                 others: str | None = None) -> tuple[Row, ...]:
    """One row per key of `order` (then any other key found, under its own label, or all
    together under `others`)."""
    order = list(order)
    rows = [Row(label(k), (counts.get(k, 0),)) for k in order if keep_zero or counts.get(k)]
    rest = {k: n for k, n in counts.items() if k not in order and n}
    if others is not None and rest:
        rows.append(Row(others, (sum(rest.values()),)))
    else:
        rows.extend(Row(label(k), (n,)) for k, n in sorted(rest.items(), key=lambda kv: str(kv[0])))
    return tuple(rows)


def single_column(key: str, title: str, rows: Sequence[Row], *, heading: str = "Number",
                  label_heading: str = "", total_label: str | None = "Total",
                  note: str = "") -> Table:
    """A one-column breakdown, with a total row when its rows add up (`total_label`)."""
    total = None
    if total_label is not None:
        total = Row(total_label, (sum(r.values[0] or 0 for r in rows),))
    return Table(key, title, (heading,), tuple(rows), total, label_heading=label_heading,
                 note=note)
