"""The compliance dashboard (supervisors): Victims' Code compliance over a period, per rule, per
caseworker and week by week, with the team's follow-up (reassessments overdue, victims nobody
has reached for a long time) and caseload balance.

Every figure drills down: double-click a bar, a week of the trend or a count in a table (or
press Enter on it) and the cases behind it are listed on the right; Enter or a double click on
one opens it (caseRequested). The buttons above the charts list the headline figures, so the
keyboard reaches every list too. Everything is read in the background (store.reporting) and read
again after a change elsewhere, once the page is on screen.

The figures are live: the obligations due in the chosen period, as they stand today (the
quarterly return, by contrast, counts them as at the quarter's last day).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import QHeaderView, QToolTip, QWidget

from ..domain.reporting import (
    STATUS_LABELS,
    ComplianceTally,
    Period,
    PeriodError,
    quarter_of,
    rate_text,
    week_start,
    weeks_in,
)
from ..domain.rules import MET, MET_LATE, OPEN, OVERDUE
from ..store.reporting import (
    ANY,
    Dashboard,
    DrillCase,
    compliance_cases,
    dashboard,
    no_contact_cases,
    open_cases_of,
    reassessment_cases,
)
from .context import AppContext
from .generated.ui_dashboard_page import Ui_DashboardPage
from .workers import run_in_background
from .workload_models import CASE_ID_ROLE, ROW_ROLE, Column, RowsModel, while_alive

CHANGE_DELAY_MS = 400
STATUSES = (MET, MET_LATE, OVERDUE, OPEN)
COLOURS = {MET: "#1d4e89", MET_LATE: "#e69f00", OVERDUE: "#b00020", OPEN: "#a9b8c9"}
NOT_ON_TIME = (MET_LATE, OVERDUE)
# Rule names short enough to sit beside a bar; the tooltip and the drill-down give the title.
SHORT_RULES = {
    "support_referral_offered": "Support offered (R4)",
    "first_contact_attempt": "First contact",
    "investigation_update": "Investigation (R6)",
    "decision_update": "Charge decision (R6)",
    "hearing_update": "Hearing (R8)",
    "bail_update": "Bail (R8)",
    "outcome_update": "Court outcome (R9)",
    "complaint_response": "Complaint (R12)",
}
PRESETS = ("Last 4 weeks", "Last 13 weeks", "This quarter so far", "Last quarter",
           "Custom dates")
DEFAULT_PRESET = 1


def short_rule(rule_id: str, title: str) -> str:
    if rule_id in SHORT_RULES:
        return SHORT_RULES[rule_id]
    return title if len(title) <= 28 else title[:27] + "…"


def preset_period(preset: int, today: date) -> tuple[date, date] | None:
    """The dates a preset stands for on `today` (None: custom dates)."""
    if preset in (0, 1):  # whole weeks, Monday to Sunday, this one so far
        return week_start(today) - timedelta(weeks=3 if preset == 0 else 12), today
    if preset == 2:
        return quarter_of(today).start, today
    if preset == 3:
        last = quarter_of(today).previous()
        return last.start, last.end
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- table rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerCompliance:
    staff_id: uuid.UUID | None
    name: str
    tally: ComplianceTally


@dataclass(frozen=True)
class WorkerFollowUp:
    staff_id: uuid.UUID | None
    name: str
    open_cases: int
    enhanced: int
    awaiting_contact: int
    reassessments_overdue: int
    no_contact: int


def _n(attr: str):
    return lambda row: f"{getattr(row, attr):,}"


def _tally(status: str):
    return lambda row: f"{row.tally.count(status):,}"


COMPLIANCE_COLUMNS = [
    Column("Caseworker", lambda r: r.name, sort=lambda r: (r.staff_id is None, r.name.casefold()),
           max_width=170),
    Column("On time", _tally(MET), sort=lambda r: r.tally.met, align_right=True,
           tooltip="Met by the end of the due day"),
    Column("Late", _tally(MET_LATE), sort=lambda r: r.tally.met_late, align_right=True,
           alert=lambda r: r.tally.met_late > 0, tooltip="Met after the due day"),
    Column("Overdue", _tally(OVERDUE), sort=lambda r: r.tally.overdue, align_right=True,
           alert=lambda r: r.tally.overdue > 0, tooltip="Not met, and the due day has passed"),
    Column("Not due", _tally(OPEN), sort=lambda r: r.tally.open, align_right=True,
           tooltip="Not met yet; the due day has not passed"),
    Column("On time %", lambda r: rate_text(r.tally.on_time_rate),
           sort=lambda r: -1 if r.tally.on_time_rate is None else r.tally.on_time_rate,
           align_right=True, tooltip="Met on time, of those met or overdue"),
]
# The statuses a double click on each column of that table lists (None: every one).
COMPLIANCE_DRILL: dict[int, tuple[str, ...] | None] = {
    0: None, 1: (MET,), 2: (MET_LATE,), 3: (OVERDUE,), 4: (OPEN,), 5: NOT_ON_TIME}

FOLLOW_UP_COLUMNS = [
    Column("Caseworker", lambda r: r.name, sort=lambda r: (r.staff_id is None, r.name.casefold()),
           max_width=170),
    Column("Open", _n("open_cases"), sort=lambda r: r.open_cases, align_right=True,
           tooltip="Open cases held as single point of contact"),
    Column("Enhanced", _n("enhanced"), sort=lambda r: r.enhanced, align_right=True,
           tooltip="Open cases with enhanced rights"),
    Column("Awaiting\ncontact", _n("awaiting_contact"), sort=lambda r: r.awaiting_contact,
           align_right=True, tooltip="New referrals not yet contacted"),
    Column("Reassessment\noverdue", _n("reassessments_overdue"),
           sort=lambda r: r.reassessments_overdue, align_right=True,
           alert=lambda r: r.reassessments_overdue > 0,
           tooltip="Open cases whose needs reassessment is past due"),
    Column("No contact", _n("no_contact"), sort=lambda r: r.no_contact, align_right=True,
           alert=lambda r: r.no_contact > 0,
           tooltip="Open cases whose victim nobody has reached for the chosen number of days"),
]

DRILL_COLUMNS = [
    Column("Case", lambda r: r.ref, max_width=160),
    Column("Victim", lambda r: r.victim_name, sort=lambda r: r.victim_name.casefold(),
           max_width=150),
    Column("Caseworker", lambda r: r.spoc_name, sort=lambda r: r.spoc_name.casefold(),
           max_width=140),
    Column("Why it is listed", lambda r: r.detail, sort=lambda r: (r.on or date.min, r.ref),
           alert=lambda r: r.overdue),
]


# --- charts --------------------------------------------------------------------------------------


def _chart(view) -> QChart:
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = QFont(chart.legend().font())
    font.setPointSizeF(8.5)
    chart.legend().setFont(font)
    title = QFont(chart.titleFont())
    title.setPointSizeF(9.5)
    title.setBold(True)
    chart.setTitleFont(title)
    view.setChart(chart)
    return chart


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _small_font(view) -> QFont:
    font = QFont(view.font())
    font.setPointSizeF(8)
    return font


def _value_axis(top: float, font: QFont, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top, 1) * 1.05)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(font)
    axis.setGridLineColor(QColor("#dde3ea"))
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(font)
    return axis


class DashboardPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 - a case id to open

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.data: Dashboard | None = None
        self.loading = False
        self.drill_loading = False
        self.drill_title = ""
        self._drill: tuple[str, Callable, bool] | None = None
        self._generation = 0
        self._drill_generation = 0
        self._stale = False
        self._weeks: list[date] = []
        self._rule_order: list[str] = []
        self._caseload_order: list[uuid.UUID | None] = []
        self.allowed = context.user.is_supervisor

        self.compliance_model = RowsModel(COMPLIANCE_COLUMNS, self)
        ui.caseworkerTable.setModel(self.compliance_model)
        self.follow_up_model = RowsModel(FOLLOW_UP_COLUMNS, self)
        ui.followUpTable.setModel(self.follow_up_model)
        self.drill_model = RowsModel(DRILL_COLUMNS, self)
        ui.drillTable.setModel(self.drill_model)
        for table in (ui.caseworkerTable, ui.followUpTable, ui.drillTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setHighlightSections(False)
        ui.caseworkerTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.followUpTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.caseworkerTable.horizontalHeader().setSortIndicatorShown(False)
        ui.followUpTable.horizontalHeader().setSortIndicatorShown(False)
        self.rule_chart = _chart(ui.ruleChart)
        self.trend_chart = _chart(ui.trendChart)
        self.caseload_chart = _chart(ui.caseloadChart)
        # The list of cases is a tab of its own, shown once a figure is chosen.
        self.drill_tab = ui.tabs.indexOf(ui.drillPane)
        ui.tabs.setTabVisible(self.drill_tab, False)
        self._came_from = 0
        ui.complianceTop.setSizes([560, 560])
        ui.complianceSplitter.setSizes([300, 220])
        ui.caseloadSplitter.setSizes([520, 600])

        ui.preset.addItems(list(PRESETS))
        ui.preset.setCurrentIndex(DEFAULT_PRESET)
        today = context.today()
        start, end = preset_period(DEFAULT_PRESET, today)
        for edit in (ui.fromDate, ui.toDate):
            edit.setMaximumDate(_qdate(today + timedelta(days=366)))
        ui.fromDate.setDate(_qdate(start))
        ui.toDate.setDate(_qdate(end))

        self._period_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._period_timer.timeout.connect(lambda: self.refresh())
        ui.preset.currentIndexChanged.connect(self._preset_chosen)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.noContactDays.valueChanged.connect(lambda _: self._period_timer.start())
        ui.refreshButton.clicked.connect(lambda: self.refresh())
        ui.overdueButton.clicked.connect(lambda: self.drill_compliance(statuses=(OVERDUE,)))
        ui.reassessButton.clicked.connect(lambda: self.drill_reassessments(ANY))
        ui.noContactButton.clicked.connect(lambda: self.drill_no_contact(ANY))
        ui.caseworkerTable.activated.connect(self._caseworker_activated)
        ui.followUpTable.activated.connect(self._follow_up_activated)
        ui.drillTable.activated.connect(self._open)
        ui.openCaseButton.clicked.connect(self._open_current)
        ui.closeDrillButton.clicked.connect(self.close_drill)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.drillPane)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_drill)
        ui.drillTable.selectionModel().currentRowChanged.connect(
            lambda *_: ui.openCaseButton.setEnabled(ui.drillTable.currentIndex().isValid()))
        ui.openCaseButton.setEnabled(False)
        ui.status.setText("")

        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(self._changed_elsewhere)
        later = while_alive(self, self._change_timer.start)  # the context may outlive the page
        context.changes.case_changed.connect(lambda _: later())
        context.changes.cases_changed.connect(later)

        if not self.allowed:
            ui.notice.setText("The compliance dashboard is for supervisors and team leaders.")
            for widget in (ui.tabs, ui.refreshButton, ui.preset, ui.fromDate, ui.toDate,
                           ui.noContactDays, ui.overdueButton, ui.reassessButton,
                           ui.noContactButton):
                widget.setEnabled(False)
            return
        ui.notice.hide()
        self.refresh()

    # -- the period ----------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(_pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date()))

    def set_period(self, start: date, end: date) -> None:
        """Choose custom dates (tests, and a caller that knows the period it wants)."""
        self.ui.preset.blockSignals(True)
        self.ui.preset.setCurrentIndex(len(PRESETS) - 1)
        self.ui.preset.blockSignals(False)
        for edit, day in ((self.ui.fromDate, start), (self.ui.toDate, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def _preset_chosen(self, index: int) -> None:
        dates = preset_period(index, self.context.today())
        if dates is None:
            return
        for edit, day in ((self.ui.fromDate, dates[0]), (self.ui.toDate, dates[1])):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._period_timer.start()

    def _dates_edited(self, _value=None) -> None:
        self.ui.preset.blockSignals(True)
        self.ui.preset.setCurrentIndex(len(PRESETS) - 1)
        self.ui.preset.blockSignals(False)
        self._period_timer.start()

    # -- reading ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _changed_elsewhere(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self, today: date | None = None) -> None:
        if not self.allowed:
            return
        self._period_timer.stop()
        day = today or self.context.today()
        try:
            period = self.period()
            period.as_of(day)
        except PeriodError as error:
            self.ui.status.setText(f"{error} Choose other dates.")
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.loadingText.setText("Counting…")
        self.ui.status.setText("")
        store, rules = self.context.store, self.context.rulebook.rules
        days = self.ui.noContactDays.value()

        def query():
            with store.session() as session:
                return dashboard(session, period, day, rules, days)

        run_in_background(
            query, on_done=while_alive(self, lambda data: self._show(generation, data)),
            on_error=while_alive(self, lambda message, _t: self._failed(generation, message)))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = False
            self.ui.loadingText.setText("")
            self.ui.status.setText(f"The dashboard could not be counted: {message}")

    def _show(self, generation: int, data: Dashboard) -> None:
        if generation != self._generation:
            return
        first_fill = self.data is None
        self.data = data
        ui = self.ui
        ui.asOf.setText(f"obligations due {data.period.label} · as they stand on "
                        f"{data.as_of:%d %b %Y}")
        overall = data.compliance.overall
        ui.complianceSummary.setText(
            f"{overall.total:,} obligations due · {rate_text(overall.on_time_rate)} met on time"
            f" · {overall.met_late:,} met late · {overall.overdue:,} overdue"
            f" · {overall.open:,} not yet due")
        ui.overdueButton.setText(f"Overdue: {overall.overdue:,}")
        ui.reassessButton.setText(f"Reassessments overdue: {data.reassessments_overdue:,}")
        ui.noContactButton.setText(
            f"No contact for {data.no_contact_days}+ days: {data.no_contact_total:,}")
        self._fill_tables(data, first_fill)
        self._draw_rules(data)
        self._draw_trend(data)
        self._draw_caseloads(data)
        self.loading = False
        ui.loadingText.setText("")
        if self._drill is not None:  # the list on the right follows the new figures
            title, fetch, one_caseworker = self._drill
            self._run_drill(title, fetch, one_caseworker=one_caseworker, show=False)

    def _fill_tables(self, data: Dashboard, first_fill: bool) -> None:
        rows = [WorkerCompliance(spoc, data.name_of(spoc), tally)
                for spoc, tally in data.compliance.by_spoc.items()]
        self.compliance_model.set_rows(rows)
        follow = [WorkerFollowUp(c.staff_id, c.name if c.active or c.staff_id is None
                                 else f"{c.name} (left)", c.open_cases, c.enhanced,
                                 c.awaiting_contact, c.reassessments_overdue,
                                 data.no_contact.get(c.staff_id, 0))
                  for c in data.caseloads]
        self.follow_up_model.set_rows(follow)
        if first_fill:
            for model, table in ((self.compliance_model, self.ui.caseworkerTable),
                                 (self.follow_up_model, self.ui.followUpTable)):
                model.fit(table)
                table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- the charts ------------------------------------------------------------------------------
    def _draw_rules(self, data: Dashboard) -> None:
        chart = self.rule_chart
        _clear(chart)
        by_rule = data.compliance.by_rule
        order = list(data.rule_titles)
        order += [r for r in by_rule if r not in data.rule_titles]
        self._rule_order = list(reversed(order))  # Qt draws the first category at the bottom
        chart.setTitle("Obligations due in the period, per rule")
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        for status in STATUSES:
            bar_set = QBarSet(STATUS_LABELS[status])
            bar_set.setColor(QColor(COLOURS[status]))
            bar_set.setBorderColor(QColor(COLOURS[status]))
            bar_set.append([float(by_rule.get(r, ComplianceTally()).count(status))
                            for r in self._rule_order])
            bar_set.doubleClicked.connect(
                lambda index, s=status: self._rule_bar(index, s))
            series.append(bar_set)
        series.hovered.connect(self._rule_hovered)
        chart.addSeries(series)
        font = _small_font(self.ui.ruleChart)
        names = QBarCategoryAxis()
        names.append([short_rule(r, data.rule_titles.get(r, r)) for r in self._rule_order])
        names.setLabelsFont(font)
        names.setGridLineVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        top = max((t.total for t in by_rule.values()), default=0)
        counts = _value_axis(top, font)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        overall = data.compliance.overall
        self.ui.ruleChart.setAccessibleDescription(
            f"{overall.met:,} met on time, {overall.met_late:,} late, {overall.overdue:,} "
            f"overdue, {overall.open:,} not yet due, across {len(order)} rules.")

    def _rule_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or self.data is None or index >= len(self._rule_order):
            QToolTip.hideText()
            return
        rule = self._rule_order[index]
        tally = self.data.compliance.by_rule.get(rule, ComplianceTally())
        lines = [f"<b>{self.data.rule_titles.get(rule, rule)}</b>"]
        lines += [f"{STATUS_LABELS[s]}: {tally.count(s):,}" for s in STATUSES]
        lines.append(f"Met on time: {rate_text(tally.on_time_rate)}")
        lines.append("<i>Double-click to list the cases</i>")
        QToolTip.showText(QCursor.pos(), "<br>".join(lines), self.ui.ruleChart)

    def _rule_bar(self, index: int, status: str) -> None:
        if 0 <= index < len(self._rule_order):
            self.drill_compliance(rule_id=self._rule_order[index], statuses=(status,))

    def _draw_trend(self, data: Dashboard) -> None:
        chart = self.trend_chart
        _clear(chart)
        weeks = weeks_in(data.period)
        self._weeks = weeks
        by_week = data.compliance.by_week
        chart.setTitle("Week by week: obligations due (bars) and met on time (line)")
        bars = QBarSeries()
        due = QBarSet("Obligations due")
        due.setColor(QColor("#c9d3df"))
        due.setBorderColor(QColor("#c9d3df"))
        due.append([float(by_week.get(w, ComplianceTally()).total) for w in weeks])
        due.doubleClicked.connect(lambda index: self._week_chosen(index, None))
        bars.append(due)
        bars.setBarWidth(0.6)
        line = QLineSeries()
        line.setName("Met on time (%)")
        line.setPen(QPen(QColor(COLOURS[MET]), 2.5))
        line.setPointsVisible(True)
        for i, week in enumerate(weeks):
            rate = by_week.get(week, ComplianceTally()).on_time_rate
            if rate is not None:
                line.append(QPointF(i, rate * 100))
        line.doubleClicked.connect(lambda point: self._week_chosen(round(point.x()),
                                                                   NOT_ON_TIME))
        line.hovered.connect(self._week_hovered)
        chart.addSeries(bars)
        chart.addSeries(line)
        font = _small_font(self.ui.trendChart)
        axis = QBarCategoryAxis()
        axis.append([f"{w:%d/%m}" for w in weeks])
        axis.setLabelsFont(font)
        axis.setGridLineVisible(False)
        if len(weeks) > 20:
            axis.setLabelsAngle(-90)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis)
        line.attachAxis(axis)
        counts = _value_axis(max((t.total for t in by_week.values()), default=0), font,
                             "Due")
        chart.addAxis(counts, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(counts)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        percent.setLabelsFont(font)
        percent.setTickCount(6)
        percent.setGridLineColor(QColor("#dde3ea"))
        percent.setTitleText("On time")
        percent.setTitleFont(font)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(percent)
        self.ui.trendChart.setAccessibleDescription("; ".join(
            f"week of {w:%d %b}: {by_week.get(w, ComplianceTally()).total} due, "
            f"{rate_text(by_week.get(w, ComplianceTally()).on_time_rate)} on time"
            for w in weeks))

    def _week_hovered(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if not state or self.data is None or not 0 <= index < len(self._weeks):
            QToolTip.hideText()
            return
        week = self._weeks[index]
        tally = self.data.compliance.by_week.get(week, ComplianceTally())
        QToolTip.showText(QCursor.pos(), (
            f"<b>Week of {week:%d %b %Y}</b><br>{tally.total:,} due · "
            f"{rate_text(tally.on_time_rate)} on time<br>{tally.met_late:,} late · "
            f"{tally.overdue:,} overdue<br><i>Double-click to list those not on time</i>"),
            self.ui.trendChart)

    def _week_chosen(self, index: int, statuses) -> None:
        if 0 <= index < len(self._weeks):
            self.drill_compliance(statuses=statuses, week=self._weeks[index])

    def _draw_caseloads(self, data: Dashboard) -> None:
        chart = self.caseload_chart
        _clear(chart)
        rows = [c for c in data.caseloads if c.open_cases or c.can_take_cases]
        rows.sort(key=lambda c: (c.staff_id is None, c.name.casefold()), reverse=True)
        self._caseload_order = [c.staff_id for c in rows]
        people = [c for c in rows if c.can_take_cases]
        average = sum(c.open_cases for c in people) / len(people) if people else 0
        chart.setTitle(f"Open cases per caseworker · team average {average:.0f}")
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        for label, colour, values in (
                ("Enhanced rights", "#1d4e89", [c.enhanced for c in rows]),
                ("Standard", "#8fb3d9", [c.open_cases - c.enhanced for c in rows])):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bar_set.doubleClicked.connect(self._caseload_bar)
            series.append(bar_set)
        chart.addSeries(series)
        font = _small_font(self.ui.caseloadChart)
        names = QBarCategoryAxis()
        names.append([data.name_of(c.staff_id) if c.staff_id else "Unassigned" for c in rows])
        names.setLabelsFont(font)
        names.setGridLineVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        counts = _value_axis(max((c.open_cases for c in rows), default=0), font)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        self.ui.caseloadChart.setAccessibleDescription("; ".join(
            f"{c.name}: {c.open_cases} open, {c.enhanced} enhanced" for c in rows))

    def _caseload_bar(self, index: int) -> None:
        if 0 <= index < len(self._caseload_order):
            spoc = self._caseload_order[index]
            self.drill_open_cases(spoc)

    # -- drill-down ------------------------------------------------------------------------------
    def drill_compliance(self, *, rule_id: str | None = None, statuses=None, spoc=ANY,
                         week: date | None = None) -> None:
        data = self.data
        if data is None:
            return
        rules = self.context.rulebook.rules
        period, as_of = data.period, data.as_of
        what = (" and ".join(STATUS_LABELS[s].lower() for s in statuses) if statuses
                else "all obligations due")
        parts = [what[0].upper() + what[1:]]
        if rule_id is not None:
            parts.append(data.rule_titles.get(rule_id, rule_id))
        if spoc is not ANY:
            parts.append(data.name_of(spoc))
        if week is not None:
            parts.append(f"week of {week:%d %b %Y}")

        def fetch(session):
            return compliance_cases(session, period, as_of, rules, rule_id=rule_id,
                                    statuses=statuses, spoc=spoc, week=week)

        self._run_drill(" · ".join(parts), fetch, one_caseworker=spoc is not ANY)

    def drill_reassessments(self, spoc) -> None:
        if self.data is None:
            return
        today = self.data.today
        who = "" if spoc is ANY else f" · {self.data.name_of(spoc)}"
        self._run_drill(f"Reassessments overdue{who}",
                        lambda session: reassessment_cases(session, today, spoc=spoc),
                        one_caseworker=spoc is not ANY)

    def drill_no_contact(self, spoc) -> None:
        if self.data is None:
            return
        today, days = self.data.today, self.data.no_contact_days
        who = "" if spoc is ANY else f" · {self.data.name_of(spoc)}"
        self._run_drill(f"No contact for {days} days or more{who}",
                        lambda session: no_contact_cases(session, today, days, spoc=spoc),
                        one_caseworker=spoc is not ANY)

    def drill_open_cases(self, spoc, *, enhanced_only: bool = False,
                         status: str | None = None) -> None:
        if self.data is None:
            return
        what = ("Awaiting first contact" if status == "new"
                else "Open cases with enhanced rights" if enhanced_only else "Open cases")
        self._run_drill(f"{what} · {self.data.name_of(spoc)}",
                        lambda session: open_cases_of(session, spoc, enhanced_only=enhanced_only,
                                                      status=status),
                        one_caseworker=True)

    def close_drill(self) -> None:
        """Put the list of cases away and go back to the figures it came from."""
        self._drill = None
        self._drill_generation += 1
        self.drill_loading = False
        self.ui.tabs.setCurrentIndex(self._came_from)
        self.ui.tabs.setTabVisible(self.drill_tab, False)

    def _run_drill(self, title: str, fetch: Callable, *, one_caseworker: bool = False,
                   show: bool = True) -> None:
        self._drill = (title, fetch, one_caseworker)
        tabs = self.ui.tabs
        if show and tabs.currentIndex() != self.drill_tab:
            self._came_from = tabs.currentIndex()
            tabs.setTabVisible(self.drill_tab, True)
            tabs.setCurrentIndex(self.drill_tab)
            self.ui.drillTable.setFocus()
        self.ui.drillTable.setColumnHidden(2, one_caseworker)
        self._drill_generation += 1
        generation = self._drill_generation
        self.drill_loading = True
        self.drill_title = title
        self.ui.drillTitle.setText(title)
        self.ui.drillCount.setText("Listing…")
        store = self.context.store

        def query():
            with store.session() as session:
                return fetch(session)

        run_in_background(
            query, on_done=while_alive(self, lambda rows: self._drilled(generation, rows)),
            on_error=while_alive(self, lambda message, _t: self._drill_failed(generation,
                                                                              message)))

    def _drilled(self, generation: int, rows: list[DrillCase]) -> None:
        if generation != self._drill_generation:
            return
        first_fill = self.drill_model.rowCount() == 0
        self.drill_model.set_rows(rows)
        if first_fill and rows:
            self.drill_model.fit(self.ui.drillTable)
        self.ui.drillHint.hide()
        n = len(rows)
        self.ui.drillCount.setText(f"{n:,} {'line' if n == 1 else 'lines'}")
        self.ui.openCaseButton.setEnabled(False)
        self.drill_loading = False

    def _drill_failed(self, generation: int, message: str) -> None:
        if generation == self._drill_generation:
            self.drill_loading = False
            self.ui.drillCount.setText("")
            self.ui.status.setText(f"The cases could not be listed: {message}")

    def drilled_rows(self) -> list[DrillCase]:
        return self.drill_model.rows()

    def _caseworker_activated(self, index) -> None:
        row: WorkerCompliance | None = index.data(ROW_ROLE)
        if row is not None:
            self.drill_compliance(statuses=COMPLIANCE_DRILL.get(index.column()),
                                  spoc=row.staff_id)

    def _follow_up_activated(self, index) -> None:
        row: WorkerFollowUp | None = index.data(ROW_ROLE)
        if row is None:
            return
        column = index.column()
        if column == 4:
            self.drill_reassessments(row.staff_id)
        elif column == 5:
            self.drill_no_contact(row.staff_id)
        else:
            self.drill_open_cases(row.staff_id, enhanced_only=column == 2,
                                  status="new" if column == 3 else None)

    def _open(self, index) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.caseRequested.emit(case_id)

    def _open_current(self) -> None:
        index = self.ui.drillTable.currentIndex()
        if index.isValid():
            self._open(index)
        else:
            self.ui.status.setText("Choose a case in the list first.")
