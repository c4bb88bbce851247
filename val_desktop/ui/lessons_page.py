"""Lessons to act on, for supervisors: what victims said could be better, complaints upheld and
reviews that overturned a decision, with the lessons recorded on them (store.feedback.lessons),
over a period (the last three months by default). Enter or a double click opens the case.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..domain.feedback import LessonSource
from ..store.feedback import LessonRow, lessons
from .context import AppContext
from .generated.ui_lessons_page import Ui_LessonsPage
from .rj_dialogs import fmt, pydate, qdate
from .workers import run_in_background
from .workload_models import CASE_ID_ROLE, ROW_ROLE, Column, RowsModel, while_alive

DEFAULT_DAYS = 91

COLUMNS = [
    Column("Date", lambda r: fmt(r.lesson.on), sort=lambda r: r.lesson.on),
    Column("From", lambda r: r.source.label),
    Column("Case", lambda r: r.case_ref, max_width=140),
    Column("Lesson", lambda r: r.lesson.summary, max_width=460),
    Column("In their words", lambda r: r.lesson.detail),
]


class LessonsPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 (Qt signal name)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_LessonsPage()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        self.model = RowsModel(COLUMNS, self)
        ui.table.setModel(self.model)
        self.rows: list[LessonRow] = []
        self._generation = 0
        ui.toDate.setDate(qdate(today))
        ui.fromDate.setDate(qdate(today - timedelta(days=DEFAULT_DAYS)))
        ui.source.addItem("Every source", None)
        for source in LessonSource:
            ui.source.addItem(source.label, source.value)
        ui.fromDate.dateChanged.connect(lambda _: self.refresh())
        ui.toDate.dateChanged.connect(lambda _: self.refresh())
        ui.source.currentIndexChanged.connect(lambda _: self._show_rows())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.table.doubleClicked.connect(self._open)
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail())
        QShortcut(QKeySequence(Qt.Key.Key_Return), ui.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            lambda: self._open(ui.table.currentIndex()))
        self._later = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        context.changes.case_changed.connect(lambda _: self._later.start())
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store = self.context.store
        start, end = pydate(self.ui.fromDate.date()), pydate(self.ui.toDate.date())
        if start > end:
            self.ui.count.setText("The period starts after it ends: change the dates.")
            self.model.set_rows([])
            return

        def query():
            with store.session() as session:
                return lessons(session, start, end)

        run_in_background(query, on_done=while_alive(self, lambda r: self._arrived(generation, r)),
                          on_error=while_alive(self, lambda message, _t: self.ui.count.setText(
                              f"The lessons could not be read: {message}")))

    def _arrived(self, generation: int, rows: list[LessonRow]) -> None:
        if generation != self._generation:
            return
        self.rows = list(reversed(rows))  # the newest first
        self._show_rows()

    def _show_rows(self) -> None:
        source = self.ui.source.currentData()
        shown = [r for r in self.rows if source is None or r.source.value == source]
        self.model.set_rows(shown)
        self.model.fit(self.ui.table)
        n = len(shown)
        self.ui.count.setText(f"{n} lesson{'s' * (n != 1)} to act on between "
                              f"{fmt(pydate(self.ui.fromDate.date()))} and "
                              f"{fmt(pydate(self.ui.toDate.date()))}.")
        if shown:
            self.ui.table.setCurrentIndex(self.model.index(0, 0))
        self._detail()

    def _detail(self) -> None:
        index = self.ui.table.currentIndex()
        row: LessonRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            self.ui.detail.setText("Choose a lesson to read it in full.")
            return
        self.ui.detail.setText(f"{row.lesson.summary} ({row.case_ref}, {fmt(row.lesson.on)})"
                               + (f"\n\n“{row.lesson.detail}”" if row.lesson.detail else ""))

    def _open(self, index) -> None:
        if index.isValid():
            case_id = index.data(CASE_ID_ROLE)
            if case_id is not None:
                self.caseRequested.emit(case_id)
