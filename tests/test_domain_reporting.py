"""The counting rules of the dashboard and the quarterly return (domain/reporting.py)."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from val_desktop.domain.reporting import (
    NOT_RECORDED,
    SUPPRESSED,
    ComplianceTally,
    ObligationFact,
    Period,
    PeriodError,
    Quarter,
    Row,
    Table,
    age_band,
    age_on,
    cells,
    closure_outcomes,
    compliance_status,
    day_end_utc,
    fold_compliance,
    parse_quarter,
    plotted,
    provider_in,
    quarter_of,
    row_suppressed,
    stage_on,
    suppression_mask,
    tally_compliance,
    utc_bounds,
    week_start,
    weeks_in,
)
from val_desktop.domain.rules import MET, MET_LATE, OPEN, OVERDUE

# --- quarters and periods -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2026Q3", "2026q3", "2026-Q3", " 2026 Q3 ", "2026_q3"])
def test_a_quarter_is_written_year_then_number(text):
    quarter = parse_quarter(text)
    assert (quarter.start, quarter.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert quarter.code == "2026Q3"
    assert quarter.label == "Quarter 3 2026 (July to September)"


def test_each_quarter_has_its_months():
    assert [(q.start, q.end) for q in (Quarter(2028, n) for n in (1, 2, 3, 4))] == [
        (date(2028, 1, 1), date(2028, 3, 31)), (date(2028, 4, 1), date(2028, 6, 30)),
        (date(2028, 7, 1), date(2028, 9, 30)), (date(2028, 10, 1), date(2028, 12, 31))]
    assert Quarter(2027, 1).previous() == Quarter(2026, 4)
    assert quarter_of(date(2026, 9, 30)) == Quarter(2026, 3)
    assert quarter_of(date(2026, 10, 1)) == Quarter(2026, 4)


@pytest.mark.parametrize("text, words", [
    ("2026Q5", "quarters 1 to 4"),
    ("2026Q0", "quarters 1 to 4"),
    ("Q3 2026", "like 2026Q3"),
    ("", "like 2026Q3"),
    ("26Q3", "like 2026Q3"),
    ("1999Q4", "between 2000 and 2100"),
])
def test_a_wrong_quarter_says_what_is_wrong(text, words):
    with pytest.raises(PeriodError, match=words):
        parse_quarter(text)


def test_a_period_runs_forward_and_is_counted_to_today_while_it_runs():
    with pytest.raises(PeriodError, match="ends .* before it starts"):
        Period(date(2026, 9, 30), date(2026, 7, 1))
    q3 = Quarter(2026, 3).period
    assert q3.days == 92 and date(2026, 8, 1) in q3 and date(2026, 10, 1) not in q3
    assert q3.as_of(date(2026, 11, 20)) == date(2026, 9, 30)
    assert q3.as_of(date(2026, 8, 15)) == date(2026, 8, 15)
    with pytest.raises(PeriodError, match="has not started"):
        q3.as_of(date(2026, 6, 30))
    pieces = q3.chunks(40)
    assert [(p.start, p.end) for p in pieces] == [
        (date(2026, 7, 1), date(2026, 8, 9)), (date(2026, 8, 10), date(2026, 9, 18)),
        (date(2026, 9, 19), date(2026, 9, 30))]


def test_bounds_are_uk_midnights_in_utc():
    assert utc_bounds(Quarter(2026, 3).period) == (datetime(2026, 6, 30, 23, 0),
                                                  datetime(2026, 9, 30, 23, 0))
    # Q4 starts in summer time and ends in winter time.
    assert utc_bounds(Quarter(2026, 4).period) == (datetime(2026, 9, 30, 23, 0),
                                                  datetime(2027, 1, 1, 0, 0))
    # Summer time ends on Sunday 25 October 2026: Saturday ends at 23:00 UTC, Sunday at 24:00.
    assert day_end_utc(date(2026, 10, 24)) == datetime(2026, 10, 24, 23, 0)
    assert day_end_utc(date(2026, 10, 25)) == datetime(2026, 10, 26, 0, 0)


def test_weeks_start_on_monday_and_cover_the_period():
    assert week_start(date(2026, 7, 1)) == date(2026, 6, 29)  # a Wednesday
    assert week_start(date(2026, 7, 6)) == date(2026, 7, 6)
    assert week_start(date(2026, 7, 12)) == date(2026, 7, 6)  # a Sunday
    weeks = weeks_in(Quarter(2026, 3).period)
    assert weeks[0] == date(2026, 6, 29) and weeks[-1] == date(2026, 9, 28) and len(weeks) == 14


# --- ages -----------------------------------------------------------------------------------


@pytest.mark.parametrize("born, on, band", [
    (date(2008, 7, 2), date(2026, 7, 1), "Under 18"),  # 18 tomorrow
    (date(2008, 7, 1), date(2026, 7, 1), "18 to 24"),  # 18 today
    (date(2001, 7, 1), date(2026, 6, 30), "18 to 24"),
    (date(2001, 7, 1), date(2026, 7, 1), "25 to 34"),
    (date(1951, 9, 29), date(2026, 9, 28), "65 to 74"),
    (date(1951, 9, 29), date(2026, 9, 29), "75 and over"),
    (date(1920, 1, 1), date(2026, 1, 1), "75 and over"),
    (date(2026, 3, 1), date(2026, 7, 1), "Under 18"),
    (None, date(2026, 7, 1), NOT_RECORDED),
    (date(2027, 1, 1), date(2026, 7, 1), NOT_RECORDED),  # a date of birth after the day: a typo
])
def test_age_bands_at_the_referral(born, on, band):
    assert age_band(born, on) == band


def test_a_leap_day_birthday_comes_on_the_first_of_march():
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


# --- compliance -----------------------------------------------------------------------------


def test_compliance_status_as_at_a_day():
    due, as_of = date(2026, 9, 10), date(2026, 9, 30)
    assert compliance_status(due, date(2026, 9, 10), as_of) == MET
    assert compliance_status(due, date(2026, 9, 11), as_of) == MET_LATE
    assert compliance_status(due, None, as_of) == OVERDUE
    assert compliance_status(date(2026, 9, 30), None, as_of) == OPEN  # due on the last day
    # Met after the day the figures are for: not met then.
    assert compliance_status(due, date(2026, 10, 2), as_of) == OVERDUE
    assert compliance_status(date(2026, 9, 30), date(2026, 10, 2), as_of) == OPEN


def test_a_rate_leaves_out_what_is_not_yet_due():
    tally = ComplianceTally(met=6, met_late=1, overdue=1, open=12)
    assert tally.total == 20 and tally.decided == 8 and tally.on_time_rate == 0.75
    assert ComplianceTally(open=3).on_time_rate is None


def test_tallies_from_obligations_and_from_grouped_counts_agree():
    rng = random.Random(3)
    as_of = date(2026, 9, 30)
    facts = []
    for _ in range(300):
        due = date(2026, 7, 1) + (date(2026, 9, 30) - date(2026, 7, 1)) * rng.random()
        met = None if rng.random() < 0.2 else due + (date(2026, 7, 9) - date(2026, 7, 1)) * (
            rng.random() - 0.5)
        facts.append(ObligationFact(rng.randrange(50), rng.choice("xyz"), due, met,
                                    rng.choice(("ann", "ben", None))))
    direct = tally_compliance(facts, as_of)
    groups: dict = {}
    for f in facts:
        key = (f.rule_id, f.spoc_id, f.due, compliance_status(f.due, f.met_on, as_of))
        groups[key] = groups.get(key, 0) + 1
    folded = fold_compliance([(*key, n) for key, n in groups.items()], as_of)
    for cut in ("by_rule", "by_spoc", "by_week"):
        assert {k: vars(t) for k, t in getattr(direct, cut).items()} == \
            {k: vars(t) for k, t in getattr(folded, cut).items()}
    assert direct.overall.total == 300
    assert sum(t.total for t in direct.by_week.values()) == 300
    assert all(week.weekday() == 0 for week in direct.by_week)


# --- outcomes, RJ, services ----------------------------------------------------------------


def test_outcomes_at_closure_compare_the_last_assessment_with_the_first():
    pairs = [
        ({"safety": 3, "housing": 0, "money": 1}, {"safety": 1, "housing": 2, "money": 1}),
        ({"safety": 2, "money": 2}, {"safety": 3, "money": 0}),
        ({"safety": 1}, {}),  # not scored again: not compared
    ]
    outcomes = closure_outcomes(pairs)
    assert vars(outcomes["safety"]) == {"compared": 2, "need_at_first": 2, "eased": 1,
                                        "unchanged": 0, "worse": 1}
    assert vars(outcomes["money"]) == {"compared": 2, "need_at_first": 2, "eased": 1,
                                       "unchanged": 1, "worse": 0}
    # No need at the first assessment: compared, but not an outcome to report.
    assert vars(outcomes["housing"]) == {"compared": 1, "need_at_first": 0, "eased": 0,
                                         "unchanged": 0, "worse": 0}


def test_the_stage_a_pathway_was_at_on_a_day():
    history = [("referred", date(2026, 7, 1)), ("suitability_assessed", date(2026, 8, 3)),
               ("closed", date(2026, 10, 2))]
    assert stage_on(history, date(2026, 6, 30)) is None
    assert stage_on(history, date(2026, 8, 2)) == "referred"
    assert stage_on(history, date(2026, 9, 30)) == "suitability_assessed"
    assert stage_on(history, date(2026, 10, 2)) == "closed"


def test_the_service_named_in_a_contact_log_summary():
    names = ["Victim Support", "Victim Support Wales", "Samaritans"]
    assert provider_in("Signposted to Victim Support (0808 168 9111): call them.",
                       "Signposted to ", names) == "Victim Support"
    assert provider_in("Signposted to Victim Support Wales.", "Signposted to ",
                       names) == "Victim Support Wales"
    assert provider_in("Signposted to Victim Supporters.", "Signposted to ", names) is None
    letter = "Referral letter sent to: Samaritans\nWhy: low mood"
    assert provider_in(letter, "Referral letter sent to: ", names) == "Samaritans"
    # A service since renamed or retired: the letter still names it.
    assert provider_in("Referral letter sent to: Old Helpline\nWhy: x",
                       "Referral letter sent to: ", names) == "Old Helpline"
    assert provider_in("Spoke to the victim", "Signposted to ", names) is None
    assert provider_in(None, "Signposted to ", names) is None


# --- suppression ----------------------------------------------------------------------------


def breakdown(values, total=True):
    rows = tuple(Row(f"r{i}", (v,)) for i, v in enumerate(values))
    return Table("t", "T", ("n",), rows, Row("Total", (sum(values),)) if total else None)


def test_counts_of_one_to_four_are_hidden_in_the_published_variant():
    table = breakdown([0, 1, 4, 5, 40, 12], total=False)
    assert [c[0] for c in cells(table, published=True)] == ["0", SUPPRESSED, SUPPRESSED, "5",
                                                           "40", "12"]
    assert [c[0] for c in cells(table, published=False)] == ["0", "1", "4", "5", "40", "12"]


def test_a_single_hidden_count_takes_the_next_smallest_with_it():
    # 3 hidden alone could be worked out as 60 - 9 - 40 - 8: the 8 goes too.
    table = breakdown([3, 9, 40, 8])
    assert [c[0] for c in cells(table, published=True)] == [SUPPRESSED, "9", "40", SUPPRESSED,
                                                           "60"]
    # Two hidden already: nothing more to hide.
    table = breakdown([3, 2, 40, 8])
    assert [c[0] for c in cells(table, published=True)] == [SUPPRESSED, SUPPRESSED, "40", "8",
                                                           "53"]
    # Zeros give nothing away, and are never hidden to cover a count.
    table = breakdown([0, 3, 0, 25])
    assert [c[0] for c in cells(table, published=True)] == ["0", SUPPRESSED, "0", SUPPRESSED,
                                                           "28"]


def test_a_small_total_is_hidden_with_its_counts():
    table = breakdown([0, 3, 0])
    assert [c[0] for c in cells(table, published=True)] == ["0", SUPPRESSED, "0", SUPPRESSED]


def test_two_way_tables_hide_enough_in_every_row_and_column():
    rng = random.Random(11)
    for _ in range(300):
        width, height = rng.randrange(2, 5), rng.randrange(2, 7)
        body = [[rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 9, 15, 40)) for _ in range(width)]
                for _ in range(height)]
        rows = tuple(Row(f"r{i}", (*line, sum(line))) for i, line in enumerate(body))
        totals = tuple(sum(r.values[j] for r in rows) for j in range(width + 1))
        table = Table("t", "T", tuple(f"c{j}" for j in range(width)) + ("Total",), rows,
                      Row("Total", totals), row_totals=True)
        table.check()
        mask = suppression_mask(table)
        values = [r.values for r in table.all_rows()]
        for i, line in enumerate(values):
            for j, value in enumerate(line):
                if 0 < value < 5:
                    assert mask[i][j], (body, i, j)
        # No row or column with a shown total has exactly one hidden count.
        lines = [([(i, j) for j in range(width)], (i, width)) for i in range(height + 1)]
        lines += [([(i, j) for i in range(height)], (height, j)) for j in range(width + 1)]
        for cells_, (ti, tj) in lines:
            if not mask[ti][tj]:
                assert sum(mask[i][j] for i, j in cells_) != 1, (body, cells_)


def test_rates_and_charts_never_show_what_a_table_hides():
    table = Table("t", "T", ("met", "late", "total"),
                  (Row("a", (10, 2, 12)), Row("b", (30, 10, 40)), Row("c", (20, 3, 23))),
                  Row("All", (60, 15, 75)), row_totals=True)
    # Row a: 2 is hidden, so 10 is too (12 - 10 would give it away); likewise row c.
    assert row_suppressed(table, True) == [True, False, True, False]
    assert row_suppressed(table, False) == [False] * 4
    assert plotted(table, 0, published=True) == [0, 30, 0]
    assert plotted(table, 1, published=True) == [0, 10, 0]
    assert plotted(table, 1, published=False) == [2, 10, 3]


def test_a_table_whose_total_does_not_add_up_is_a_bug():
    table = Table("t", "T", ("n",), (Row("a", (1,)), Row("b", (2,))), Row("Total", (4,)))
    with pytest.raises(ValueError, match="does not add up"):
        table.check()
    assert table.value("b") == 2 and table.value("Total") == 4
    with pytest.raises(KeyError):
        table.value("c")
