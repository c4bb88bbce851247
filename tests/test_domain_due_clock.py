"""The Code clock as My work today words it. Expected texts worked out by hand from a calendar:
Friday 20 November 2026; Christmas Day and Boxing Day 2026 fall on Friday and Saturday, so
Monday 28 December 2026 is the substitute bank holiday."""

from __future__ import annotations

from datetime import UTC, date, datetime

from val_desktop.domain.due_clock import (
    DUE_TODAY,
    OVERDUE,
    UPCOMING,
    code_clock,
    reassessment_clock,
)

FRI = date(2026, 11, 20)


def test_a_deadline_passed_counts_working_days_late():
    assert code_clock(date(2026, 11, 19), FRI).text == "1 working day overdue"
    # Due Monday 16th, looked at on Friday 20th: Tue, Wed, Thu, Fri late.
    assert code_clock(date(2026, 11, 16), FRI).text == "4 working days overdue"
    # Due Friday 13th: the weekend is not counted.
    assert code_clock(date(2026, 11, 13), FRI).text == "5 working days overdue"
    assert code_clock(date(2026, 11, 13), FRI).state == OVERDUE


def test_a_friday_deadline_seen_at_the_weekend_is_overdue_with_its_date():
    clock = code_clock(FRI, date(2026, 11, 21))
    assert clock.overdue
    assert clock.text == "overdue: was due Fri 20 Nov"


def test_bank_holidays_are_not_working_days_late():
    # Due Thursday 24 Dec 2026; on Tuesday 29 Dec only the 29th itself is a working day late
    # (25th and 28th are bank holidays, 26th-27th the weekend).
    assert code_clock(date(2026, 12, 24), date(2026, 12, 29)).text == "1 working day overdue"


def test_on_the_due_day_the_hours_left_show_once_few_remain():
    # 16:00 UK (GMT in November) leaves 8 hours to the end of the day.
    assert code_clock(FRI, FRI, datetime(2026, 11, 20, 16, 0)).text == "due in 8 hours"
    assert code_clock(FRI, FRI, datetime(2026, 11, 20, 20, 0)).text == "due in 4 hours"
    assert code_clock(FRI, FRI, datetime(2026, 11, 20, 20, 30, tzinfo=UTC)).text == "due in 4 hours"
    assert code_clock(FRI, FRI, datetime(2026, 11, 20, 23, 20)).text == "due within the hour"
    morning = code_clock(FRI, FRI, datetime(2026, 11, 20, 9, 0))
    assert morning.text == "due today"
    assert morning.state == DUE_TODAY and morning.due_now and not morning.overdue
    assert code_clock(FRI, FRI).text == "due today"


def test_hours_left_follow_uk_summer_time():
    # 19:30 UTC on 1 July is 20:30 BST: three and a half hours left, shown as 4.
    day = date(2026, 7, 1)
    assert code_clock(day, day, datetime(2026, 7, 1, 19, 30)).text == "due in 4 hours"


def test_deadlines_ahead():
    assert code_clock(date(2026, 11, 19), date(2026, 11, 18)).text == "due tomorrow"
    # Friday to Monday: one working day ahead, named by its day.
    monday = code_clock(date(2026, 11, 23), FRI)
    assert monday.text == "due Mon 23 Nov"
    assert monday.state == UPCOMING and not monday.due_now
    assert code_clock(date(2026, 11, 25), FRI).text == "due in 3 working days"


def test_reassessments_count_calendar_days():
    assert reassessment_clock(date(2026, 11, 17), FRI).text == "3 days overdue"
    assert reassessment_clock(date(2026, 11, 19), FRI).text == "1 day overdue"
    assert reassessment_clock(FRI, FRI).text == "due today"
    assert reassessment_clock(date(2026, 11, 21), FRI).text == "due tomorrow"
    soon = reassessment_clock(date(2026, 11, 23), FRI)
    assert soon.text == "due in 3 days" and not soon.due_now
