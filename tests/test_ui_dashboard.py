"""The compliance dashboard as a supervisor uses it: figures for a period, charts, and the cases
behind any figure, on a store whose counts are known (tests/reporting_fixtures.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QBarSet, QHorizontalStackedBarSeries, QLineSeries
from PySide6.QtCore import QSettings, Qt
from reporting_fixtures import TODAY, build
from sqlalchemy import update

from val_desktop.store.cases import Rulebook
from val_desktop.store.models import Obligation
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.dashboard_page import PRESETS, DashboardPage
from val_desktop.ui.workload_models import ROW_ROLE

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


@pytest.fixture
def built(store, tmp_path):
    with store.session() as session:
        made = build(session, tmp_path)
        session.commit()
        return store, made


def make_page(qtbot, store, staff, tmp_path) -> DashboardPage:
    context = AppContext(
        store=store,
        user=SignedIn(staff.id, staff.username, staff.display_name, staff.role),
        rulebook=Rulebook.default(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    context.today = lambda: TODAY
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    return page


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.loading and not page.drill_loading,
                    timeout=10000)


@pytest.fixture
def page(qtbot, built, tmp_path):
    store, made = built
    page = make_page(qtbot, store, made.supervisor, tmp_path)
    settle(qtbot, page)
    page.set_period(*Q3)
    qtbot.waitUntil(lambda: page.data.period.start == Q3[0] and not page.loading, timeout=10000)
    return page


def row_of(model, name: str) -> int:
    for r in range(model.rowCount()):
        if model.index(r, 0).data(ROW_ROLE).name == name:
            return r
    raise AssertionError(f"{name} is not listed")


def press_enter_on(qtbot, table, row: int, column: int) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_a_supervisor_sees_the_quarter_at_a_glance(page):
    ui = page.ui
    assert ui.asOf.text() == ("obligations due 01 Jul 2026 to 30 Sep 2026 · as they stand on "
                              "20 Nov 2026")
    # Live figures: c5's support offer, due 30 Sep and met 2 Oct, is met late by now.
    assert ui.complianceSummary.text() == ("12 obligations due · 42% met on time · 3 met late · "
                                           "4 overdue · 0 not yet due")
    assert ui.overdueButton.text() == "Overdue: 4"
    assert ui.reassessButton.text() == "Reassessments overdue: 5"
    assert ui.noContactButton.text() == "No contact for 28+ days: 5"
    model = page.compliance_model
    ann = row_of(model, "Ann Archer")
    assert [model.index(ann, c).data() for c in range(6)] == ["Ann Archer", "4", "2", "1", "0",
                                                            "57%"]
    ben = row_of(model, "Ben Brook")
    assert [model.index(ben, c).data() for c in range(1, 5)] == ["1", "1", "3", "0"]
    assert model.index(ben, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # in red


def test_the_charts_draw_the_figures(page):
    (series,) = page.rule_chart.series()
    assert isinstance(series, QHorizontalStackedBarSeries)
    sets: dict[str, QBarSet] = {s.label(): s for s in series.barSets()}
    assert set(sets) == {"Met on time", "Met late", "Overdue", "Not yet due"}
    first_contact = page._rule_order.index("first_contact_attempt")
    assert sets["Met on time"].at(first_contact) == 4
    assert sum(sets["Overdue"].at(i) for i in range(sets["Overdue"].count())) == 4
    bars, line = page.trend_chart.series()
    assert bars.barSets()[0].count() == 14  # the weeks of the quarter, Monday to Sunday
    assert isinstance(line, QLineSeries)
    # Week of 29 Jun: 2 of the 4 due met on time (c7), c4's two overdue.
    assert line.points()[0].y() == pytest.approx(50)
    assert "week of 29 Jun: 4 due, 50% on time" in page.ui.trendChart.accessibleDescription()


def test_double_clicking_a_bar_lists_the_cases_behind_it(page, qtbot, built):
    store, made = built
    (series,) = page.rule_chart.series()
    overdue = next(s for s in series.barSets() if s.label() == "Overdue")
    overdue.doubleClicked.emit(page._rule_order.index("support_referral_offered"))
    settle(qtbot, page)
    ui = page.ui
    assert ui.tabs.currentWidget() is ui.drillPane and ui.tabs.isTabVisible(page.drill_tab)
    assert ui.drillTitle.text() == "Overdue · Referral to support services offered"
    rows = page.drilled_rows()
    assert [r.case_id for r in rows] == [made.cases["c4"].id]
    assert rows[0].detail == "Due 01 Jul 2026"
    assert ui.drillCount.text() == "1 line"
    with qtbot.waitSignal(page.caseRequested) as opened:
        press_enter_on(qtbot, ui.drillTable, 0, 0)
    assert opened.args == [made.cases["c4"].id]
    ui.closeDrillButton.click()
    assert ui.tabs.currentIndex() == 0 and not ui.tabs.isTabVisible(page.drill_tab)


def test_enter_on_a_count_lists_that_caseworkers_obligations(page, qtbot, built):
    _store, made = built
    table = page.ui.caseworkerTable
    press_enter_on(qtbot, table, row_of(page.compliance_model, "Ben Brook"), 3)  # Overdue
    settle(qtbot, page)
    assert page.ui.drillTitle.text() == "Overdue · Ben Brook"
    assert sorted(r.case_id for r in page.drilled_rows()) == sorted(
        [made.cases["c4"].id, made.cases["c4"].id, made.cases["c2"].id])
    assert page.ui.drillTable.isColumnHidden(2)  # one caseworker: no caseworker column
    # The week of the trend, from its point on the line: what was not on time that week.
    (_bars, line) = page.trend_chart.series()
    line.doubleClicked.emit(line.points()[0])
    settle(qtbot, page)
    assert page.ui.drillTitle.text() == "Met late and overdue · week of 29 Jun 2026"
    assert [r.case_id for r in page.drilled_rows()] == [made.cases["c4"].id] * 2
    assert not page.ui.drillTable.isColumnHidden(2)


def test_follow_up_reassessments_and_contact(page, qtbot, built):
    _store, made = built
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.caseloadTab)
    model = page.follow_up_model
    ann = row_of(model, "Ann Archer")
    assert [model.index(ann, c).data() for c in range(1, 6)] == ["3", "0", "2", "3", "3"]
    press_enter_on(qtbot, ui.followUpTable, ann, 5)
    settle(qtbot, page)
    assert ui.drillTitle.text() == "No contact for 28 days or more · Ann Archer"
    assert {r.case_id for r in page.drilled_rows()} == {made.cases[n].id
                                                        for n in ("c1", "c3", "c5")}
    ui.closeDrillButton.click()
    assert ui.tabs.currentWidget() is ui.caseloadTab
    # Fewer days: fewer cases without contact (c1 was last reached on 6 July, c3 referred
    # 29 September, c5 28 September).
    ui.noContactDays.setValue(60)
    qtbot.waitUntil(lambda: page.data.no_contact_days == 60 and not page.loading, timeout=10000)
    assert ui.noContactButton.text() == "No contact for 60+ days: 3"  # c1, c2, c4
    ui.reassessButton.click()
    settle(qtbot, page)
    assert len(page.drilled_rows()) == 5
    chart_names = page.caseload_chart.axes(Qt.Orientation.Vertical)[0].categories()
    assert {"Ann Archer", "Ben Brook"} <= set(chart_names)


def test_choosing_a_period_and_a_change_elsewhere_recount(page, qtbot, built):
    store, made = built
    ui = page.ui
    ui.preset.setCurrentIndex(PRESETS.index("This quarter so far"))
    qtbot.waitUntil(lambda: page.data.period.start == date(2026, 10, 1) and not page.loading,
                    timeout=10000)
    assert ui.overdueButton.text() == "Overdue: 2"  # c3's, due 1 October
    ui.preset.setCurrentIndex(PRESETS.index("Last quarter"))
    qtbot.waitUntil(lambda: page.data.period.start == date(2026, 7, 1) and not page.loading,
                    timeout=10000)
    assert ui.overdueButton.text() == "Overdue: 4"  # c4 twice, c1's update, c2's complaint
    # Someone meets c4's overdue obligations: the dashboard counts again.
    with store.session(write=True) as session:
        session.execute(update(Obligation).where(Obligation.case_id == made.cases["c4"].id)
                        .values(met_at=TODAY, met_by="test"))
        session.commit()
    page.context.changes.case_changed.emit(made.cases["c4"].id)
    qtbot.waitUntil(lambda: ui.overdueButton.text() == "Overdue: 2", timeout=10000)
    # Dates the wrong way round are refused in words; nothing is counted.
    page.set_period(date(2026, 9, 30), date(2026, 7, 1))
    assert "ends" in ui.status.text() and "before it starts" in ui.status.text()


def test_only_supervisors_see_the_dashboard(qtbot, built, tmp_path):
    store, made = built
    page = make_page(qtbot, store, made.a, tmp_path)
    assert "for supervisors" in page.ui.notice.text()
    assert not page.ui.tabs.isEnabled() and not page.ui.refreshButton.isEnabled()
    qtbot.wait(50)
    assert page.data is None
