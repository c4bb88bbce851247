"""The court diary of a Witness Care officer (issue 4): the hearings in the next 14 days across
their prosecutions, and the victim updates the milestones owe that are due today or overdue.

Read in the background (store/court.court_diary_view); Enter or a double click opens the case
(a hearing opens each linked victim's case). "Record milestone" is the quick entry for the chosen
entry's prosecution: recorded once, it updates every linked case. A Witness Care officer sees
their own prosecutions first; supervisors see everyone's and can pick an officer.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ..store.court import (
    DiaryHearingRow,
    OwedUpdateRow,
    court_diary_view,
    witness_care_officers,
)
from ..store.journey_common import fmt
from .context import AppContext
from .generated.ui_court_diary_page import Ui_CourtDiaryPage
from .workers import run_in_background
from .workload_models import ROW_ROLE, Column, RowsModel, while_alive

CHANGE_DELAY_MS = 300
EVERYONE = "everyone"


def _day(on: date, today: date) -> str:
    days = (on - today).days
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    return f"{on:%a} {fmt(on)} ({when})"


def _cases(row: DiaryHearingRow) -> str:
    count = len(row.case_refs)
    return f"{count} victim{'s' if count != 1 else ''}: " + ", ".join(row.case_refs)


def _hearing_columns(today_of) -> list[Column]:
    return [
        Column("Day", lambda h: _day(h.on, today_of()), sort=lambda h: (h.on, h.at or 0),
               strong=lambda h: h.on == today_of(), max_width=230),
        Column("Time", lambda h: f"{h.at:%H:%M}" if h.at else "", max_width=60),
        Column("Hearing", lambda h: h.what, max_width=160),
        Column("Defendant", lambda h: h.defendant_ref, max_width=120),
        Column("Court", lambda h: h.court, max_width=240),
        Column("Officer", lambda h: h.officer or "", max_width=110),
        Column("Victims", _cases, sort=lambda h: len(h.case_refs)),
    ]


def _owed_columns(overdue: bool) -> list[Column]:
    late = [Column("Late by", lambda u: f"{u.days_overdue} day{'s' if u.days_overdue != 1 else ''}",
                   sort=lambda u: u.days_overdue, alert=lambda u: True, align_right=True,
                   max_width=90)] if overdue else []
    return [
        *late,
        Column("Due", lambda u: fmt(u.due), sort=lambda u: u.due, max_width=110,
               row_tooltip=lambda u: f"Started {fmt(u.starts_on)}, due by the end of "
                                     f"{u.due:%A %d %B %Y}"
                                     + ("\nEnhanced rights: shorter deadline" if u.enhanced
                                        else "")),
        Column("Case", lambda u: u.case_ref, max_width=160),
        Column("Victim", lambda u: u.victim_name + (" · enhanced" if u.enhanced else ""),
               max_width=190),
        Column("Update owed", lambda u: u.rule_title, max_width=280),
        Column("Defendant", lambda u: u.defendant_ref, max_width=110),
        Column("About", lambda u: u.about),
    ]


class CourtDiaryPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 - a case id to open
    navCountChanged = Signal()  # noqa: N815

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CourtDiaryPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.view = None
        self.loading = False
        self._generation = 0
        self._today = context.today()
        self.tables: dict[str, tuple[QTableView, RowsModel]] = {}
        for key, table, columns in (
            ("hearings", ui.hearings, _hearing_columns(lambda: self._today)),
            ("due_today", ui.dueToday, _owed_columns(False)),
            ("overdue", ui.overdue, _owed_columns(True)),
        ):
            model = RowsModel(columns, self)
            table.setModel(model)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setHighlightSections(False)
            table.activated.connect(lambda index, t=table: self.open_entry(t))
            table.selectionModel().currentRowChanged.connect(
                lambda current, _prev, t=table: self._chosen(t, current))
            self.tables[key] = (table, model)
        ui.hearings.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the soonest first
        ui.dueToday.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by case
        ui.overdue.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the longest overdue first
        self._current_table: QTableView | None = None
        self._fill_whose()
        ui.whose.currentIndexChanged.connect(lambda _: self.refresh())
        ui.refreshButton.clicked.connect(lambda: self.refresh())
        ui.openCase.clicked.connect(lambda: self.open_entry(self._current_table))
        ui.recordMilestone.clicked.connect(self.record_milestone)
        ui.problem.hide()
        self._enable_actions()
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(lambda: self.refresh())
        later = while_alive(self, self._change_timer.start)
        context.changes.case_changed.connect(lambda _: later())
        context.changes.cases_changed.connect(later)
        self.refresh()

    def _fill_whose(self) -> None:
        box, user = self.ui.whose, self.context.user
        with self.context.store.session() as session:
            officers = [(s.display_name, s.id) for s in witness_care_officers(session)]
        if user.role == "witness_care":
            box.addItem("My prosecutions", user.id)
        box.addItem("Every prosecution", EVERYONE)
        for name, staff_id in officers:
            if staff_id != user.id:
                box.addItem(name, staff_id)
        box.setCurrentIndex(0)

    def officer_id(self) -> uuid.UUID | None:
        data = self.ui.whose.currentData()
        return None if data == EVERYONE else data

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look again in the background; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.loadingText.setText("Looking…")
        today = self._today = self.context.today()
        store, officer_id = self.context.store, self.officer_id()
        rules = self.context.rulebook.rules

        def query():
            with store.session() as session:
                return court_diary_view(session, today, officer_id=officer_id, rules=rules)

        def done(view) -> None:
            if generation == self._generation:
                self._show(view)

        def failed(message: str, _trace: str) -> None:
            if generation == self._generation:
                self.loading = False
                self.ui.loadingText.setText("")
                self.ui.problem.setText(f"The diary could not be read: {message}")
                self.ui.problem.show()

        run_in_background(query, on_done=while_alive(self, done),
                          on_error=while_alive(self, failed))

    def _show(self, view) -> None:
        self.view = view
        self.loading = False
        ui = self.ui
        ui.problem.hide()
        ui.loadingText.setText("")
        ui.asOf.setText(f"{view.today:%A} {fmt(view.today)}")
        for key, rows, title, empty in (
            ("hearings", view.hearings, f"&Hearings in the next {view.days} days",
             "none listed"),
            ("due_today", view.due_today, "Victim updates &due today", "none"),
            ("overdue", view.overdue, "Victim updates o&verdue", "none: well done"),
        ):
            table, model = self.tables[key]
            model.set_rows(rows)
            model.fit(table)
            label = {"hearings": ui.hearingsLabel, "due_today": ui.dueTodayLabel,
                     "overdue": ui.overdueLabel}[key]
            label.setText(f"{title} ({len(rows)})" if rows else f"{title}: {empty}")
            # A list takes room for what it holds: an empty one stays small.
            ui.layout.setStretchFactor(table, min(len(rows), 8) + 1)
            table.setMinimumHeight(60 if not rows else 110)
        self._enable_actions()
        self.navCountChanged.emit()

    def nav_count(self) -> int:
        """Victim updates due today and overdue: what the navigation shows."""
        if self.view is None:
            return 0
        return len(self.view.due_today) + len(self.view.overdue)

    # -- entries -----------------------------------------------------------------------------
    def _chosen(self, table: QTableView, current) -> None:
        if current.isValid():
            self._current_table = table
            for other, _ in self.tables.values():  # one chosen entry across the three lists
                if other is not table:
                    other.selectionModel().clearSelection()
                    other.selectionModel().setCurrentIndex(
                        QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._enable_actions()

    def entry(self, table: QTableView | None = None):
        table = table or self._current_table
        if table is None:
            return None
        index = table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _enable_actions(self) -> None:
        chosen = self.entry() is not None
        self.ui.openCase.setEnabled(chosen)
        self.ui.recordMilestone.setEnabled(chosen)

    def open_entry(self, table: QTableView | None = None) -> None:
        row = self.entry(table)
        if isinstance(row, OwedUpdateRow):
            self.caseRequested.emit(row.case_id)
        elif isinstance(row, DiaryHearingRow):
            for case_id in row.case_ids:
                self.caseRequested.emit(case_id)

    def milestone_dialog(self):
        from .milestone_dialog import MilestoneDialog

        row = self.entry()
        if row is None:
            return None
        return MilestoneDialog(self.context, row.prosecution_id, self)

    def record_milestone(self) -> None:
        dialog = self.milestone_dialog()
        if dialog is not None and dialog.exec():
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(dialog.summary(), 8000)
            self.refresh()
