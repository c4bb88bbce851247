"""The Cases screen: every case, search as you type, filters, sorting and a count."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy import select

from ..domain.vocabulary import CASE_STATUSES, OFFENCE_CATEGORIES
from ..store.case_list import CaseFilter, case_keys
from ..store.models import Staff
from .case_table_model import CASE_ID_ROLE, COLUMNS, SORTABLE, WIDTHS, CaseTableModel
from .context import AppContext
from .generated.ui_cases_page import Ui_CasesPage
from .workers import run_in_background

SEARCH_DELAY_MS = 150
# A search matching more than this lists the newest this many and asks for more letters: a
# person never scrolls through 70,000 cases that all contain "VAL-26", and listing them costs.
SEARCH_CAP = 10_000


class CasesPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.model = CaseTableModel(context.store, self)
        self.ui.table.setModel(self.model)
        self.ui.table.setSortingEnabled(False)  # we sort in the database, not in the view
        header = self.ui.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        scale = self.logicalDpiX() / 96
        for column, (key, _) in enumerate(COLUMNS):
            header.resizeSection(column, int(WIDTHS[key] * scale))
        self._sort = ("referred_at", True)
        self._generation = 0
        self.loading = False
        self._loaded_once = False
        header.setSortIndicator(_column("referred_at"), _qt_order(True))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._fill_filters()
        self.ui.search.textChanged.connect(lambda _: self._timer.start())
        for combo in (self.ui.spocFilter, self.ui.statusFilter, self.ui.offenceFilter):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        for box in (self.ui.enhancedOnly, self.ui.overdueOnly):
            box.toggled.connect(lambda _: self.refresh())
        self.ui.table.activated.connect(self._open)
        context.changes.cases_changed.connect(self.refresh)
        context.changes.case_changed.connect(lambda _: self.model.refresh_rows())

    def showEvent(self, event) -> None:  # noqa: N802
        # The list is filled the first time it is looked at, not at start-up.
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        self.ui.spocFilter.addItem("Anyone", None)
        self.ui.spocFilter.addItem("Me", self.context.user.id)
        with self.context.store.session() as session:
            staff = session.execute(
                select(Staff.id, Staff.display_name)
                .where(Staff.role == "caseworker", Staff.deleted.is_(False))
                .order_by(Staff.display_name)
            ).all()
        for staff_id, name in staff:
            if staff_id != self.context.user.id:
                self.ui.spocFilter.addItem(name, staff_id)
        self.ui.statusFilter.addItem("All", None)
        self.ui.statusFilter.addItem("Open", "open")
        for code, label in CASE_STATUSES.items():
            self.ui.statusFilter.addItem(label.split(" — ")[0], code)
        self.ui.offenceFilter.addItem("Any offence", None)
        for code, label in sorted(OFFENCE_CATEGORIES.items(), key=lambda kv: kv[1]):
            self.ui.offenceFilter.addItem(label, code)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            text=self.ui.search.text(),
            spoc_id=self.ui.spocFilter.currentData(),
            status=self.ui.statusFilter.currentData(),
            offence_category=self.ui.offenceFilter.currentData(),
            enhanced=True if self.ui.enhancedOnly.isChecked() else None,
            overdue_only=self.ui.overdueOnly.isChecked(),
            as_of=self.context.today(),
        )

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def refresh(self) -> None:
        """Find the matching cases in the background; the newest request wins."""
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.count.setText("Searching…")
        sort, descending = self._sort

        def query():
            cap = SEARCH_CAP + 1 if case_filter.text.strip() else None
            with self.context.store.session() as session:
                return case_keys(session, case_filter, sort, descending, limit=cap)

        case_filter = self.current_filter()
        run_in_background(query, on_done=lambda keys: self._show(generation, keys),
                          on_error=lambda message, _: self._failed(generation, message))

    def _show(self, generation: int, keys) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        capped = len(keys) > SEARCH_CAP
        self.model.set_keys(keys[:SEARCH_CAP])
        n = len(keys)
        if capped:
            self.ui.count.setText(f"More than {SEARCH_CAP:,} cases: keep typing to narrow them")
        else:
            self.ui.count.setText(f"{n:,} case{'s' if n != 1 else ''}")
        self.loading = False

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.ui.count.setText("Search failed: " + message)
            self.loading = False

    def _sort_changed(self, column: int, order) -> None:
        key = COLUMNS[column][0]
        if key not in SORTABLE:
            header = self.ui.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(_column(self._sort[0]), _qt_order(self._sort[1]))
            header.blockSignals(False)
            return
        from PySide6.QtCore import Qt

        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def _open(self, index) -> None:
        self.caseRequested.emit(index.data(CASE_ID_ROLE))

    def selected_case(self):
        index = self.ui.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None


def _column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def _qt_order(descending: bool):
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
