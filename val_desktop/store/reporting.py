"""Queries behind the compliance dashboard and the quarterly outcome return (issue 5).

Counting is done by the database (GROUP BY), and Python sees grouped counts, not cases; the
rules of what counts are in domain/reporting.py. Only where a rule needs a person's own dates
(age at referral) or a few hundred documents (RJ pathways) are rows read one by one.

Victims' Code compliance in SQL. An obligation is met on time when it was met by the end of its
due day in the UK: before UK midnight, which is 23:00 UTC in summer. The store keeps naive UTC
moments, so the query compares each `met_at` with the UTC moment its due day ends
(`_UKDayEnd`: on SQLite from the period's summer-time runs worked out in Python, on PostgreSQL
with AT TIME ZONE); met after `as_of` counts as not met (domain compliance_status).
tests/test_store_reporting.py checks the SQL against the domain rule, obligation by obligation.

Definitions of every figure are in QUARTERLY_DEFINITIONS (printed with the return).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import (
    DateTime,
    and_,
    case,
    distinct,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from ..domain.clock import uk_date
from ..domain.needs import NEED_DOMAINS
from ..domain.reporting import (
    AGE_BAND_LABELS,
    NOT_RECORDED,
    STATUS_LABELS,
    ComplianceFigures,
    ComplianceTally,
    Period,
    PeriodError,
    Quarter,
    QuarterlyReturn,
    Row,
    Section,
    Table,
    age_band,
    closure_outcomes,
    counted_rows,
    day_end_utc,
    fold_compliance,
    provider_in,
    single_column,
    stage_on,
    uk_midnight_utc,
    utc_bounds,
)
from ..domain.rules import MET, MET_LATE, OPEN, OVERDUE, Rule
from ..domain.vocabulary import (
    CASE_STATUSES,
    DISABILITY_ANSWERS,
    GENDERS,
    OFFENCE_CATEGORIES,
    REFERRAL_SOURCES,
    offence_label,
)
from .cases import Rulebook
from .models import (
    Case,
    ContactLogEntry,
    NeedsAssessment,
    NeedScore,
    Obligation,
    Referral,
    ServiceProvider,
    Staff,
    SupportPlanAction,
    Victim,
)
from .workload import Caseload, team_caseloads

# Contacts that reach the victim: a conversation or a message they received or sent us.
CONTACT_KINDS = ("call", "text", "email", "letter", "visit", "meeting")
SIGNPOST_KIND = "signpost"
SIGNPOST_PREFIX = "Signposted to "
DEFAULT_NO_CONTACT_DAYS = 28
ANY = object()  # "any caseworker" (None means: held by nobody)


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


# --- Victims' Code compliance -----------------------------------------------------------------


class _UKDayEnd(ColumnElement):
    """The moment (naive UTC, as the store keeps moments) at which the UK day held in a date
    column ends: UK midnight, 23:00 UTC in British Summer Time. `runs` are the (first day, last
    day, hours ahead of UTC) of the period's days, worked out in Python (domain.day_end_utc),
    so that SQLite needs no time-zone rules."""

    type = DateTime()
    inherit_cache = False

    def __init__(self, column, runs: tuple[tuple[date, date, int], ...]):
        self.column = column
        self.runs = runs


@compiles(_UKDayEnd, "sqlite")
def _day_end_sqlite(element: _UKDayEnd, compiler, **kw) -> str:
    # The store's text form of a moment is "YYYY-MM-DD HH:MM:SS.ffffff" (SQLAlchemy's).
    column = compiler.process(element.column, **kw)
    whens = " ".join(
        f"WHEN {column} BETWEEN '{first.isoformat()}' AND '{last.isoformat()}' "
        f"THEN datetime({column}, '+1 day', '-{hours} hours')"
        for first, last, hours in element.runs if hours)
    moment = f"CASE {whens} ELSE datetime({column}, '+1 day') END" if whens \
        else f"datetime({column}, '+1 day')"
    return f"({moment} || '.000000')"


@compiles(_UKDayEnd)
def _day_end_sql(element: _UKDayEnd, compiler, **kw) -> str:  # PostgreSQL and standard SQL
    column = compiler.process(element.column, **kw)
    return (f"((CAST({column} + 1 AS TIMESTAMP) AT TIME ZONE 'Europe/London') "
            "AT TIME ZONE 'UTC')")


def offset_runs(period: Period) -> tuple[tuple[date, date, int], ...]:
    """(first day, last day, hours the UK is ahead of UTC when they end) over the period."""
    runs: list[list] = []
    for n in range(period.days):
        day = period.start + timedelta(days=n)
        ends = day_end_utc(day)
        hours = round((datetime.combine(day + timedelta(days=1), datetime.min.time()) - ends)
                      .total_seconds() / 3600)
        if runs and runs[-1][2] == hours:
            runs[-1][1] = day
        else:
            runs.append([day, day, hours])
    return tuple(tuple(run) for run in runs)


def _status_column(period: Period, as_of: date):
    """met / met_late / overdue / open as at `as_of`, as the domain's compliance_status, for
    obligations due in `period`."""
    met = and_(Obligation.met_at.is_not(None), Obligation.met_at < day_end_utc(as_of))
    return case(
        (and_(met, Obligation.met_at < _UKDayEnd(Obligation.due, offset_runs(period))), MET),
        (met, MET_LATE),
        (Obligation.due < as_of, OVERDUE),
        else_=OPEN,
    )


def compliance_groups(session: Session, period: Period, as_of: date
                      ) -> list[tuple[str, uuid.UUID | None, date, str, int]]:
    """(rule, current SPOC of the case, due day, status, number) for the obligations due in
    the period, on cases not deleted."""
    status = _status_column(period, as_of).label("status")
    query = (
        select(Obligation.rule_id, Case.spoc_id, Obligation.due, status, func.count())
        .select_from(Obligation)
        .join(Case, Case.id == Obligation.case_id)
        .where(Obligation.due.between(period.start, period.end),
               Obligation.deleted.is_(False), Case.deleted.is_(False))
        .group_by(Obligation.rule_id, Case.spoc_id, Obligation.due, status)
    )
    return [tuple(row) for row in session.execute(query)]


def compliance_figures(session: Session, period: Period, as_of: date) -> ComplianceFigures:
    return fold_compliance(compliance_groups(session, period, as_of), as_of)


@dataclass(frozen=True)
class DrillCase:
    """One case behind a figure of the dashboard."""

    case_id: uuid.UUID
    ref: str
    victim_name: str
    spoc_name: str
    detail: str  # why it is behind the figure, in words
    on: date | None  # the day that matters (due day, last contact, reassessment due)
    overdue: bool = False


def _spoc_filter(spoc):
    if spoc is ANY:
        return True
    return Case.spoc_id.is_(None) if spoc is None else Case.spoc_id == spoc


def compliance_cases(
    session: Session,
    period: Period,
    as_of: date,
    rules: Iterable[Rule],
    *,
    rule_id: str | None = None,
    statuses: Iterable[str] | None = None,
    spoc=ANY,
    week: date | None = None,
) -> list[DrillCase]:
    """The obligations behind a compliance figure, one line each (a case can appear once per
    obligation), the earliest due first. `week` is the Monday of a week of the trend."""
    titles = {r.id: r.title for r in rules}
    wanted = tuple(statuses) if statuses is not None else (MET, MET_LATE, OVERDUE, OPEN)
    within = period
    if week is not None:
        start, end = max(period.start, week), min(period.end, week + timedelta(days=6))
        if end < start:
            return []
        within = Period(start, end)
    status = _status_column(within, as_of)
    query = (
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Staff.display_name,
               Obligation.rule_id, Obligation.due, Obligation.met_at, status.label("status"))
        .select_from(Obligation)
        .join(Case, Case.id == Obligation.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(Obligation.due.between(within.start, within.end),
               Obligation.deleted.is_(False), Case.deleted.is_(False),
               status.in_(wanted), _spoc_filter(spoc))
    )
    if rule_id is not None:
        query = query.where(Obligation.rule_id == rule_id)
    lines = []
    for case_id, ref, first, last, spoc_name, rule, due, met_at, state in session.execute(query):
        # Only what the figure does not already say: the rule unless one was chosen, the
        # status unless only one was asked for.
        # The dates first (a long rule title is cut at the edge of the list).
        text = f"Due {due:%d %b %Y}"
        if state in (MET, MET_LATE):
            text += f", met {uk_date(met_at):%d %b}"
        if len(wanted) > 1:
            text += f" ({STATUS_LABELS[state].lower()})"
        if rule_id is None:
            text += f" · {titles.get(rule, rule)}"
        lines.append(DrillCase(case_id, ref, _name(first, last), spoc_name or "Nobody", text,
                               due, state == OVERDUE))
    lines.sort(key=lambda line: (line.on, line.ref))
    return lines


# --- follow-up: reassessments and contact ----------------------------------------------------


def _open_case():
    return and_(Case.status != "closed", Case.deleted.is_(False))


def reassessments_overdue_by_spoc(session: Session, today: date) -> dict[uuid.UUID | None, int]:
    return dict(session.execute(
        select(Case.spoc_id, func.count())
        .where(_open_case(), Case.next_reassessment_due < today)
        .group_by(Case.spoc_id)
    ).all())


def reassessment_cases(session: Session, today: date, *, spoc=ANY) -> list[DrillCase]:
    """Open cases whose needs reassessment is past due, the longest overdue first."""
    rows = session.execute(
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Staff.display_name,
               Case.next_reassessment_due)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(_open_case(), Case.next_reassessment_due < today, _spoc_filter(spoc))
        .order_by(Case.next_reassessment_due, Case.ref)
    ).all()
    return [DrillCase(case_id, ref, _name(first, last), spoc_name or "Nobody",
                      f"Reassessment due {due:%d %b %Y} ({(today - due).days} days overdue)",
                      due, True)
            for case_id, ref, first, last, spoc_name, due in rows]


def _last_contact():
    """The latest contact that reached the victim, per case (a correlated subquery, read
    through the (case_id, at) index)."""
    return (
        select(func.max(ContactLogEntry.at))
        .where(ContactLogEntry.case_id == Case.id, ContactLogEntry.deleted.is_(False),
               ContactLogEntry.outcome == "reached",
               ContactLogEntry.kind.in_(CONTACT_KINDS))
        .correlate(Case)
        .scalar_subquery()
    )


def no_contact_cutoff(today: date, days: int) -> datetime:
    """Moments before this are `days` or more days ago (UK days)."""
    return uk_midnight_utc(today - timedelta(days=days - 1))


def _no_contact_rows(session: Session, today: date, days: int, spoc):
    last = _last_contact().label("last_contact")
    inner = (
        select(Case.id.label("case_id"), Case.spoc_id.label("spoc_id"),
               Case.referred_at.label("referred_at"), last)
        .where(_open_case(), _spoc_filter(spoc))
        .subquery()
    )
    since = func.coalesce(inner.c.last_contact, inner.c.referred_at)
    return inner, since < no_contact_cutoff(today, days)


def no_contact_by_spoc(session: Session, today: date, days: int = DEFAULT_NO_CONTACT_DAYS
                       ) -> dict[uuid.UUID | None, int]:
    """Open cases whose victim nobody has reached for `days` days or more (counting from the
    referral when they were never reached), per SPOC."""
    inner, stale = _no_contact_rows(session, today, days, ANY)
    return dict(session.execute(
        select(inner.c.spoc_id, func.count()).where(stale).group_by(inner.c.spoc_id)
    ).all())


def no_contact_cases(session: Session, today: date, days: int = DEFAULT_NO_CONTACT_DAYS, *,
                     spoc=ANY) -> list[DrillCase]:
    inner, stale = _no_contact_rows(session, today, days, spoc)
    rows = session.execute(
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Staff.display_name,
               inner.c.last_contact, inner.c.referred_at)
        .select_from(inner)
        .join(Case, Case.id == inner.c.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(stale)
    ).all()
    lines = []
    for case_id, ref, first, last, spoc_name, contact_at, referred_at in rows:
        if contact_at is not None:
            on = uk_date(contact_at)
            detail = f"Last reached {on:%d %b %Y} ({(today - on).days} days ago)"
        else:
            on = uk_date(referred_at)
            detail = f"Never reached since the referral on {on:%d %b %Y}"
        lines.append(DrillCase(case_id, ref, _name(first, last), spoc_name or "Nobody", detail,
                               on, True))
    lines.sort(key=lambda line: (line.on, line.ref))
    return lines


def open_cases_of(session: Session, spoc=ANY, *, enhanced_only: bool = False,
                  status: str | None = None) -> list[DrillCase]:
    """Open cases held by one caseworker (None: by nobody; ANY: by anyone), the oldest referral
    first: the cases behind a caseload. `status`: only cases in that status ("new": awaiting
    first contact)."""
    query = (
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Staff.display_name,
               Case.status, Case.enhanced, Case.referred_at)
        .join(Victim, Victim.id == Case.victim_id)
        .outerjoin(Staff, Staff.id == Case.spoc_id)
        .where(_open_case(), _spoc_filter(spoc))
        .order_by(Case.referred_at, Case.ref)
    )
    if enhanced_only:
        query = query.where(Case.enhanced.is_(True))
    if status is not None:
        query = query.where(Case.status == status)
    rows = session.execute(query).all()
    return [DrillCase(case_id, ref, _name(first, last), spoc_name or "Nobody",
                      f"{CASE_STATUSES.get(status, status).split(' — ')[0]}"
                      f"{' · enhanced rights' if enhanced else ''}"
                      f" · referred {uk_date(at):%d %b %Y}", uk_date(at))
            for case_id, ref, first, last, spoc_name, status, enhanced, at in rows]


# --- the dashboard in one read ------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    period: Period
    as_of: date
    today: date
    compliance: ComplianceFigures
    rule_titles: dict[str, str]
    staff_names: dict[Hashable | None, str]
    caseloads: list[Caseload]
    no_contact_days: int
    no_contact: dict[uuid.UUID | None, int]

    @property
    def reassessments_overdue(self) -> int:
        return sum(c.reassessments_overdue for c in self.caseloads)

    @property
    def no_contact_total(self) -> int:
        return sum(self.no_contact.values())

    def name_of(self, spoc_id) -> str:
        return self.staff_names.get(spoc_id, "Nobody (unassigned)" if spoc_id is None
                                    else "Someone no longer listed")


def dashboard(session: Session, period: Period, today: date, rules: Iterable[Rule],
              no_contact_days: int = DEFAULT_NO_CONTACT_DAYS) -> Dashboard:
    """Everything the supervisors' dashboard shows, read in one go (a background worker).

    Unlike the quarterly return, the dashboard is live: the obligations due in the period are
    counted as they stand today (overdue means still not met, and one met late after the
    period counts as met late)."""
    period.as_of(today)  # refuses a period that has not started
    as_of = today
    rules = tuple(rules)
    staff_names: dict[Hashable | None, str] = dict(session.execute(
        select(Staff.id, Staff.display_name)).all())
    staff_names[None] = "Nobody (unassigned)"
    return Dashboard(
        period=period, as_of=as_of, today=today,
        compliance=compliance_figures(session, period, as_of),
        rule_titles={r.id: r.title for r in rules},
        staff_names=staff_names,
        caseloads=team_caseloads(session, today),
        no_contact_days=no_contact_days,
        no_contact=no_contact_by_spoc(session, today, no_contact_days),
    )


# --- the quarterly return ---------------------------------------------------------------------

QUARTERLY_DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("Period", "The quarter's UK calendar days; figures are as at its last day (or the day the "
     "return was produced, while the quarter is still running). Deleted cases are left out."),
    ("Referrals received", "Referrals whose referral time falls in the quarter, by the source "
     "recorded on the referral and the offence category of its case."),
    ("Victims referred", "Different victims with at least one referral received in the "
     "quarter."),
    ("Enhanced-rights victims", "Victims referred in the quarter whose case has enhanced "
     "rights under the Victims' Code (a victim can qualify for several reasons)."),
    ("Victims contacted", "Different victims reached in the quarter: a call, text, e-mail, "
     "letter, visit or meeting logged as reaching them (or from them)."),
    ("Victims supported", "Different victims with a case open at some time in the quarter that "
     "had a needs assessment on or before its last day."),
    ("Needs identified", "For each case assessed in the quarter, its latest assessment in the "
     "quarter: a need is a score of 1 to 3 in a domain; severe is 3."),
    ("Outcomes at closure", "Cases closed in the quarter that were assessed at least twice: "
     "the last assessment against the first, per domain, over the cases with a need there at "
     "the first. Eased means a lower score: the victim is better able to cope and recover."),
    ("Victim feedback", "Feedback given in the quarter (at closure or at any time)."),
    ("Referrals to services", "Support plan actions with a service (counted in the quarter of "
     "the assessment they belong to), signposting logged on the contact log, and referral "
     "letters sent (the disclosure logged with each), in the quarter."),
    ("Restorative justice", "RJ referrals made in the quarter; the stage of every open one on "
     "the quarter's last day (from its stage history); RJ cases closed in the quarter by "
     "outcome."),
    ("Code compliance", "Obligations due in the quarter, by rule: met on time (by the end of "
     "the due day), met late, overdue (not met by the end of the quarter) or not yet due. "
     "An obligation met after the quarter counts as not met in it."),
    ("Complaints", "Complaints received in the quarter; answered on time: every obligation the "
     "complaint created was met by its due day; upheld by the day of the outcome. Victims' "
     "Right to Review requests likewise."),
    ("Equality monitoring", "Victims referred in the quarter, each once: age at their first "
     "referral in the quarter, gender, disability and preferred language as recorded. "
     "Ethnicity is not recorded in VAL Desktop, so every victim is counted as not recorded."),
    ("Published variant", "Counts of 1 to 4 are shown as <5; where a total would give a hidden "
     "count away, the next smallest count in that row or column is hidden too."),
)


def _bounds(period: Period) -> tuple[datetime, datetime]:
    return utc_bounds(period)


def _referrals_in(period: Period):
    start, end = _bounds(period)
    return and_(Referral.referred_at >= start, Referral.referred_at < end,
                Referral.deleted.is_(False), Case.deleted.is_(False))


def referral_tables(session: Session, period: Period) -> tuple[Table, Table]:
    by_source = dict(session.execute(
        select(Referral.source, func.count()).join(Case, Case.id == Referral.case_id)
        .where(_referrals_in(period)).group_by(Referral.source)).all())
    by_offence = dict(session.execute(
        select(Case.offence_category, func.count()).select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
        .where(_referrals_in(period)).group_by(Case.offence_category)).all())
    return (
        single_column("referrals_by_source", "Referrals received by source",
                      counted_rows(by_source, REFERRAL_SOURCES,
                                   lambda k: REFERRAL_SOURCES.get(k, k)),
                      label_heading="Source", heading="Referrals"),
        single_column("referrals_by_offence", "Referrals received by offence category",
                      counted_rows(by_offence, OFFENCE_CATEGORIES, offence_label),
                      label_heading="Offence category", heading="Referrals"),
    )


def victims_referred(session: Session, period: Period) -> tuple[int, int]:
    """(victims referred, of whom with enhanced rights) in the period."""
    row = session.execute(
        select(func.count(distinct(Case.victim_id)),
               func.count(distinct(case((Case.enhanced.is_(True), Case.victim_id)))))
        .select_from(Referral).join(Case, Case.id == Referral.case_id)
        .where(_referrals_in(period))
    ).one()
    return int(row[0]), int(row[1])


def enhanced_reasons_table(session: Session, period: Period) -> Table:
    """Enhanced-rights victims referred in the period by reason (several per victim)."""
    rows = session.execute(
        select(Case.victim_id, Case.enhanced_reasons).select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
        .where(_referrals_in(period), Case.enhanced.is_(True))
    ).all()
    reasons: dict[str, set] = defaultdict(set)
    for victim_id, listed in rows:
        for reason in listed or ():
            code = reason.get("code") if isinstance(reason, dict) else str(reason)
            reasons[code].add(victim_id)
    caseworker = set()
    for victim_id, listed in session.execute(
            select(Case.victim_id, Case.caseworker_enhanced_reasons).select_from(Referral)
            .join(Case, Case.id == Referral.case_id)
            .where(_referrals_in(period), Case.enhanced.is_(True))).all():
        if listed:
            caseworker.add(victim_id)
    reasons["caseworker"] |= caseworker
    labels = {
        "most_serious_offence": "Victim of the most serious crime",
        "under_18": "Under 18 at the time of the offence",
        "vulnerable": "Vulnerable victim",
        "intimidated": "Intimidated victim",
        "persistently_targeted": "Persistently targeted victim",
        "caseworker": "Reason added by a caseworker",
    }
    counts = {code: len(victims) for code, victims in reasons.items()}
    return single_column(
        "enhanced_reasons", "Enhanced-rights victims by reason",
        counted_rows(counts, labels, lambda k: labels.get(k, k)),
        label_heading="Reason", heading="Victims", total_label=None,
        note="A victim can qualify for several reasons, so the rows do not add up.")


def victims_contacted(session: Session, period: Period) -> int:
    start, end = _bounds(period)
    return int(session.scalar(
        select(func.count(distinct(Case.victim_id))).select_from(ContactLogEntry)
        .join(Case, Case.id == ContactLogEntry.case_id)
        .where(ContactLogEntry.at >= start, ContactLogEntry.at < end,
               ContactLogEntry.deleted.is_(False), ContactLogEntry.outcome == "reached",
               ContactLogEntry.kind.in_(CONTACT_KINDS), Case.deleted.is_(False))) or 0)


def victims_supported(session: Session, period: Period) -> int:
    start, end = _bounds(period)
    assessed = exists().where(NeedsAssessment.case_id == Case.id,
                              NeedsAssessment.deleted.is_(False),
                              NeedsAssessment.assessed_at < end)
    return int(session.scalar(
        select(func.count(distinct(Case.victim_id)))
        .where(Case.deleted.is_(False), Case.referred_at < end,
               or_(Case.closed_at.is_(None), Case.closed_at >= start), assessed)) or 0)


def cases_closed(session: Session, period: Period) -> dict[str, int]:
    start, end = _bounds(period)
    return {reason or NOT_RECORDED: n for reason, n in session.execute(
        select(Case.closure_reason, func.count())
        .where(Case.deleted.is_(False), Case.status == "closed", Case.closed_at >= start,
               Case.closed_at < end)
        .group_by(Case.closure_reason)).all()}


def needs_table(session: Session, period: Period) -> tuple[int, Table]:
    """(cases assessed in the period, needs by domain at each case's latest assessment in it)."""
    start, end = _bounds(period)
    latest = (
        select(NeedsAssessment.id, NeedsAssessment.case_id,
               func.row_number().over(partition_by=NeedsAssessment.case_id,
                                      order_by=(NeedsAssessment.assessed_at.desc(),
                                                NeedsAssessment.id.desc())).label("n"))
        .join(Case, Case.id == NeedsAssessment.case_id)
        .where(NeedsAssessment.deleted.is_(False), Case.deleted.is_(False),
               NeedsAssessment.assessed_at >= start, NeedsAssessment.assessed_at < end)
        .subquery()
    )
    assessed = int(session.scalar(
        select(func.count(distinct(NeedsAssessment.case_id)))
        .join(Case, Case.id == NeedsAssessment.case_id)
        .where(NeedsAssessment.deleted.is_(False), Case.deleted.is_(False),
               NeedsAssessment.assessed_at >= start, NeedsAssessment.assessed_at < end)) or 0)
    by_domain = {domain: (int(need or 0), int(severe or 0)) for domain, need, severe in
                 session.execute(
                     select(NeedScore.domain,
                            func.sum(case((NeedScore.score >= 1, 1), else_=0)),
                            func.sum(case((NeedScore.score >= 3, 1), else_=0)))
                     .join(latest, latest.c.id == NeedScore.assessment_id)
                     .where(latest.c.n == 1, NeedScore.deleted.is_(False))
                     .group_by(NeedScore.domain)).all()}
    rows = tuple(Row(label, by_domain.get(domain, (0, 0))) for domain, label in
                 NEED_DOMAINS.items())
    return assessed, Table(
        "needs_by_domain", "Needs identified by domain", ("Need identified", "Of which severe"),
        rows, label_heading="Need domain",
        note=f"Over the {assessed:,} cases assessed in the quarter; a victim can have needs in "
             "several domains.")


def closure_pairs(session: Session, period: Period) -> list[tuple[dict, dict]]:
    """(first, last) assessment scores of each case closed in the period assessed twice or
    more."""
    start, end = _bounds(period)
    ranked = (
        select(NeedsAssessment.id, NeedsAssessment.case_id,
               func.row_number().over(partition_by=NeedsAssessment.case_id,
                                      order_by=(NeedsAssessment.assessed_at,
                                                NeedsAssessment.id)).label("first"),
               func.row_number().over(partition_by=NeedsAssessment.case_id,
                                      order_by=(NeedsAssessment.assessed_at.desc(),
                                                NeedsAssessment.id.desc())).label("last"),
               func.count().over(partition_by=NeedsAssessment.case_id).label("held"))
        .join(Case, Case.id == NeedsAssessment.case_id)
        .where(NeedsAssessment.deleted.is_(False), Case.deleted.is_(False),
               Case.status == "closed", Case.closed_at >= start, Case.closed_at < end)
        .subquery()
    )
    pairs: dict[uuid.UUID, tuple[dict, dict]] = defaultdict(lambda: ({}, {}))
    for case_id, is_first, domain, score in session.execute(
            select(ranked.c.case_id, ranked.c.first == 1, NeedScore.domain, NeedScore.score)
            .join(NeedScore, NeedScore.assessment_id == ranked.c.id)
            .where(ranked.c.held >= 2, or_(ranked.c.first == 1, ranked.c.last == 1),
                   NeedScore.deleted.is_(False))):
        pairs[case_id][0 if is_first else 1][domain] = score
    return list(pairs.values())


def outcomes_table(session: Session, period: Period) -> tuple[int, Table]:
    pairs = closure_pairs(session, period)
    outcomes = closure_outcomes(pairs)
    rows = tuple(Row(NEED_DOMAINS[d], (o.eased, o.unchanged, o.worse, o.need_at_first))
                 for d, o in outcomes.items())
    return len(pairs), Table(
        "outcomes_by_domain", "Outcomes at closure by need domain",
        ("Eased", "No change", "Grew", "Need at first assessment"), rows, row_totals=True,
        label_heading="Need domain",
        note=f"Over the {len(pairs):,} cases closed in the quarter that were assessed at least "
             "twice: the last assessment against the first. Eased: the victim is better able "
             "to cope and recover in that domain.")


def service_table(session: Session, period: Period) -> Table:
    """Referrals to each service: plan actions, signposting and referral letters."""
    from .documents import DISCLOSURE_KIND, DISCLOSURE_PREFIX

    start, end = _bounds(period)
    dated = func.coalesce(NeedsAssessment.assessed_at, SupportPlanAction.updated_at)
    plan = dict(session.execute(
        select(ServiceProvider.name, func.count())
        .select_from(SupportPlanAction)
        .join(ServiceProvider, ServiceProvider.id == SupportPlanAction.provider_id)
        .join(Case, Case.id == SupportPlanAction.case_id)
        .outerjoin(NeedsAssessment, NeedsAssessment.id == SupportPlanAction.assessment_id)
        .where(SupportPlanAction.deleted.is_(False), Case.deleted.is_(False),
               dated >= start, dated < end)
        .group_by(ServiceProvider.name)).all())
    names = list(session.scalars(select(ServiceProvider.name)))
    signposted: Counter = Counter()
    letters: Counter = Counter()
    # Read through the log once in order (a few entries in the quarter are of these kinds),
    # not case by case: the deleted cases are left out entry by entry.
    deleted_case = exists().where(Case.id == ContactLogEntry.case_id, Case.deleted.is_(True))
    for kind, summary in session.execute(
            select(ContactLogEntry.kind, ContactLogEntry.summary)
            .where(ContactLogEntry.kind.in_((SIGNPOST_KIND, DISCLOSURE_KIND)),
                   ContactLogEntry.at >= start, ContactLogEntry.at < end,
                   ContactLogEntry.deleted.is_(False), ~deleted_case)):
        if kind == SIGNPOST_KIND:
            signposted[provider_in(summary, SIGNPOST_PREFIX, names) or "Other or not named"] += 1
        else:
            letters[provider_in(summary, DISCLOSURE_PREFIX, names) or "Other or not named"] += 1
    providers = sorted(set(plan) | set(signposted) | set(letters), key=str.casefold)
    rows = tuple(Row(name, (plan.get(name, 0), signposted[name], letters[name],
                            plan.get(name, 0) + signposted[name] + letters[name]))
                 for name in providers)
    totals = tuple(sum(r.values[j] for r in rows) for j in range(4))
    return Table("referrals_to_services", "Referrals to each service",
                 ("Support plan", "Signposted", "Referral letters", "Total"), rows,
                 Row("All services", totals), row_totals=True, label_heading="Service",
                 note="Services with no referral in the quarter are left out.")


def rj_tables(session: Session, period: Period, as_of: date) -> tuple[Table, Table, int]:
    """(open RJ cases by stage on `as_of`, RJ cases closed in the period by outcome, RJ
    referrals made in the period)."""
    from ..domain.restorative_justice import RJClosure, RJStage
    from .journey_models import RJReferral
    from .rj import decode_pathway

    rows = session.execute(
        select(RJReferral.pathway).join(Case, Case.id == RJReferral.case_id)
        .where(RJReferral.deleted.is_(False), Case.deleted.is_(False),
               RJReferral.referred_on <= as_of,
               or_(RJReferral.stage != RJStage.CLOSED.value,
                   RJReferral.entered_on >= period.start))
    ).scalars().all()
    by_stage: Counter = Counter()
    closed: Counter = Counter()
    referred = 0
    for document in rows:
        pathway = decode_pathway(document)
        if pathway.referred_on in period and pathway.referred_on <= as_of:
            referred += 1
        history = [(entry.stage.value, entry.entered_on) for entry in pathway.history]
        stage = stage_on(history, as_of)
        if stage is None:
            continue
        if stage == RJStage.CLOSED.value:
            closed_on = max(on for s, on in history if s == RJStage.CLOSED.value and on <= as_of)
            if closed_on >= period.start and pathway.closure is not None:
                closed[pathway.closure.kind.value] += 1
        else:
            by_stage[stage] += 1
    open_stages = [s for s in RJStage if s is not RJStage.CLOSED]
    stage_table = single_column(
        "rj_by_stage", "Open restorative justice cases by stage",
        tuple(Row(s.label, (by_stage[s.value],)) for s in open_stages),
        label_heading="Stage on the quarter's last day", heading="Cases",
        total_label="All open")
    outcome_table = single_column(
        "rj_by_outcome", "Restorative justice cases closed in the quarter by outcome",
        tuple(Row(k.label, (closed[k.value],)) for k in RJClosure),
        label_heading="Outcome", heading="Cases", total_label="All closed")
    return stage_table, outcome_table, referred


def compliance_table(session: Session, period: Period, as_of: date, rules: Iterable[Rule]
                     ) -> tuple[Table, ComplianceFigures]:
    rules = tuple(rules)
    figures = compliance_figures(session, period, as_of)
    statuses = (MET, MET_LATE, OVERDUE, OPEN)

    def values(tally) -> tuple[int, ...]:
        return tuple(tally.count(s) for s in statuses) + (tally.total,)

    rows = tuple(Row(f"{r.title} ({r.code_right})" if r.code_right else r.title,
                     values(figures.by_rule.get(r.id, ComplianceTally())))
                 for r in rules)
    known = {r.id for r in rules}
    rows += tuple(Row(f"Rule no longer in the table: {rule_id}", values(tally))
                  for rule_id, tally in sorted(figures.by_rule.items()) if rule_id not in known)
    return Table("compliance_by_rule", "Victims' Code compliance by rule",
                 tuple(STATUS_LABELS[s] for s in statuses) + ("Total",), rows,
                 Row("All rules", values(figures.overall)), row_totals=True,
                 label_heading="Rule",
                 note="Obligations due in the quarter, as at its last day."), figures


def voice_tables(session: Session, period: Period, rules: Iterable[Rule]
                 ) -> tuple[Table, Table, Table]:
    """(complaints and reviews, complaints by subject, victim feedback)."""
    from ..domain.complaints import ComplaintAbout
    from .feedback import voice_summary_for
    from .journey_models import ComplaintRecord

    voice = voice_summary_for(session, period.start, period.end, tuple(rules))
    complaints = Table(
        "complaints", "Complaints and Victims' Right to Review", ("Number",), (
            Row("Complaints received", (voice.complaints_received,)),
            Row("… acknowledged or answered on time", (voice.complaints_answered_on_time,)),
            Row("Complaints upheld or partly upheld", (voice.complaints_upheld,)),
            Row("Right to Review requests", (voice.reviews_requested,)),
            Row("… decisions overturned", (voice.reviews_overturned,)),
        ), label_heading="Complaints and reviews")
    about = dict(session.execute(
        select(ComplaintRecord.about, func.count())
        .join(Case, Case.id == ComplaintRecord.case_id)
        .where(ComplaintRecord.deleted.is_(False), Case.deleted.is_(False),
               ComplaintRecord.received_on.between(period.start, period.end))
        .group_by(ComplaintRecord.about)).all())
    subjects = {a.value: a.label for a in ComplaintAbout}
    by_subject = single_column(
        "complaints_by_subject", "Complaints received by who they are about",
        counted_rows(about, subjects, lambda k: subjects.get(k, k)), heading="Complaints",
        label_heading="About")
    feedback = Table(
        "feedback", "Victim feedback", ("Number",), (
            Row("Feedback received", (voice.feedback_count,)),
            Row("Said whether better able to cope", (voice.cope_answered,)),
            Row("… better able to cope and recover", (voice.better_able_to_cope,)),
            Row("Said how satisfied they were", (voice.satisfaction_answered,)),
            Row("… satisfied or very satisfied", (voice.satisfied,)),
            Row("… dissatisfied or very dissatisfied", (voice.dissatisfied,)),
        ), label_heading="Feedback")
    return complaints, by_subject, feedback


def equality_tables(session: Session, period: Period) -> tuple[Table, ...]:
    """Equality monitoring over the victims referred in the period, each counted once."""
    rows = session.execute(
        select(Victim.id, Victim.date_of_birth, Victim.gender, Victim.disability,
               Victim.preferred_language, Victim.interpreter_needed,
               func.min(Referral.referred_at))
        .select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
        .join(Victim, Victim.id == Case.victim_id)
        .where(_referrals_in(period))
        .group_by(Victim.id, Victim.date_of_birth, Victim.gender, Victim.disability,
                  Victim.preferred_language, Victim.interpreter_needed)
    ).all()
    ages: Counter = Counter()
    genders: Counter = Counter()
    disability: Counter = Counter()
    languages: Counter = Counter()
    interpreter = 0
    for _id, born, gender, disabled, language, needs_interpreter, first in rows:
        ages[age_band(born, uk_date(first))] += 1
        genders[gender or NOT_RECORDED] += 1
        disability[disabled or NOT_RECORDED] += 1
        languages[(language or "").strip().title() or NOT_RECORDED] += 1
        interpreter += bool(needs_interpreter)
    victims = len(rows)
    gender_labels = {**GENDERS, NOT_RECORDED: NOT_RECORDED}
    disability_labels = {**DISABILITY_ANSWERS, NOT_RECORDED: NOT_RECORDED}
    spoken = sorted((k for k in languages if k not in ("English", NOT_RECORDED)), key=str.casefold)
    language_rows = counted_rows(languages, ["English", *spoken, NOT_RECORDED])
    return (
        single_column("equality_age", "Age band", counted_rows(ages, AGE_BAND_LABELS),
                      heading="Victims", label_heading="Age at referral"),
        single_column("equality_gender", "Gender",
                      counted_rows(genders, gender_labels, lambda k: gender_labels.get(k, k)),
                      heading="Victims", label_heading="Gender"),
        single_column("equality_disability", "Disability",
                      counted_rows(disability, disability_labels,
                                   lambda k: disability_labels.get(k, k)),
                      heading="Victims", label_heading="Disabled"),
        single_column("equality_ethnicity", "Ethnicity", (Row(NOT_RECORDED, (victims,)),),
                      heading="Victims", label_heading="Ethnicity",
                      note="VAL Desktop does not record ethnicity: every victim is counted as "
                           "not recorded."),
        single_column("equality_language", "Preferred language", language_rows,
                      heading="Victims", label_heading="Language"),
        single_column("equality_interpreter", "Interpreters",
                      (Row("Needed an interpreter", (interpreter,)),), heading="Victims",
                      label_heading="Language support", total_label=None),
    )


def quarterly_return(session: Session, quarter: Quarter, rulebook: Rulebook, *, today: date,
                     produced_by: str, produced_at: datetime) -> QuarterlyReturn:
    """Every figure of the quarterly outcome return (see QUARTERLY_DEFINITIONS).
    Raises domain.reporting.PeriodError for a quarter that has not started."""
    whole = quarter.period
    if today < whole.start:
        raise PeriodError(f"{quarter.label} has not started yet (today is {today:%d %b %Y}): "
                          "there is nothing to count.")
    as_of = whole.as_of(today)
    period = Period(whole.start, as_of)  # what has happened so far
    rules = rulebook.rules

    by_source, by_offence = referral_tables(session, period)
    referred, enhanced = victims_referred(session, period)
    closures = cases_closed(session, period)
    headline = Table("headline", "The quarter at a glance", ("Number",), (
        Row("Referrals received", (by_source.total.values[0],)),
        Row("Victims referred", (referred,)),
        Row("Enhanced-rights victims", (enhanced,)),
        Row("Victims contacted", (victims_contacted(session, period),)),
        Row("Victims supported", (victims_supported(session, period),)),
        Row("Cases closed", (sum(closures.values()),)),
    ), label_heading="Figure")
    _assessed, needs = needs_table(session, period)
    _compared, outcomes = outcomes_table(session, period)
    closure_table = single_column(
        "closures_by_reason", "Cases closed by reason",
        counted_rows(closures, sorted(closures, key=lambda k: (-closures[k], k))),
        heading="Cases", label_heading="Reason for closing", total_label="All closed")
    complaints, by_subject, feedback = voice_tables(session, period, rules)
    stage_table, outcome_table, rj_referred = rj_tables(session, period, as_of)
    compliance, _figures = compliance_table(session, period, as_of, rules)
    rj_headline = Table("rj_referrals", "Restorative justice referrals", ("Number",),
                        (Row("RJ referrals made in the quarter", (rj_referred,)),),
                        label_heading="Restorative justice")

    sections = (
        Section("summary", "Summary", (headline,)),
        Section("referrals", "Referrals received", (by_source, by_offence)),
        Section("enhanced", "Enhanced rights", (enhanced_reasons_table(session, period),)),
        Section("needs", "Needs identified", (needs,)),
        Section("outcomes", "Outcomes at closure", (outcomes, closure_table, feedback)),
        Section("services", "Referrals to services", (service_table(session, period),)),
        Section("rj", "Restorative justice", (rj_headline, stage_table, outcome_table)),
        Section("compliance", "Victims' Code compliance", (compliance,)),
        Section("complaints", "Complaints and reviews", (complaints, by_subject)),
        Section("equality", "Equality monitoring", equality_tables(session, period),
                ("For the annual Equality Impact Assessment: victims referred in the quarter, "
                 "each counted once.",)),
    )
    for section in sections:
        for table in section.tables:
            table.check()
    return QuarterlyReturn(quarter, as_of, produced_at, produced_by, sections)

