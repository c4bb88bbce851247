"""Team caseloads (supervisors): the load per caseworker, their cases, reassignment in bulk.

Choose a caseworker to list their open cases; select cases (Shift/Ctrl, or Select all) and
reassign them to another caseworker with a reason (absence cover, rebalancing). Every count is
read in the background and read again after a change, so the numbers always match the store.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.vocabulary import RISK_LEVELS
from ..store.workload import (
    Caseload,
    ReassignResult,
    TeamCase,
    caseworker_cases,
    in_uk,
    team_caseloads,
)
from .bulk_reassign_dialog import BulkReassignDialog
from .context import AppContext
from .generated.ui_team_page import Ui_TeamPage
from .workers import run_in_background
from .workload_models import CASE_ID_ROLE, ROW_ROLE, Column, RowsModel, while_alive

CHANGE_DELAY_MS = 300


def _who(row: Caseload) -> str:
    if row.staff_id is None:
        return row.name
    if not row.active:
        return f"{row.name} (no longer active)"
    if row.role != "caseworker":
        return f"{row.name} ({row.role.replace('_', ' ')})"
    return row.name


def _count(attr: str):
    return lambda row: f"{getattr(row, attr):,}"


CASELOAD_COLUMNS = [
    Column("Caseworker", _who, sort=lambda r: (r.staff_id is None, r.name.casefold()),
           alert=lambda r: r.staff_id is not None and not r.active and r.open_cases > 0,
           max_width=180),
    Column("Open", _count("open_cases"), sort=lambda r: r.open_cases, align_right=True,
           tooltip="Open cases held as single point of contact"),
    Column("Enhanced", _count("enhanced"), sort=lambda r: r.enhanced, align_right=True,
           tooltip="Open cases with enhanced rights under the Victims' Code"),
    Column("Awaiting\ncontact", _count("awaiting_contact"), sort=lambda r: r.awaiting_contact,
           align_right=True, tooltip="New referrals not yet contacted"),
    Column("Overdue\nobligations", _count("overdue_obligations"),
           sort=lambda r: r.overdue_obligations, align_right=True,
           alert=lambda r: r.overdue_obligations > 0,
           tooltip="Victims' Code obligations past their deadline on open cases"),
    Column("Reassessments\noverdue", _count("reassessments_overdue"),
           sort=lambda r: r.reassessments_overdue, align_right=True,
           alert=lambda r: r.reassessments_overdue > 0,
           tooltip="Open cases whose needs reassessment is past due"),
]


def _next_due(row: TeamCase) -> str:
    return f"{row.next_due:%d %b %Y}" if row.next_due else ""


def _overdue_text(row: TeamCase) -> str:
    parts = []
    if row.overdue_obligations:
        n = row.overdue_obligations
        parts.append(f"{n} obligation{'s' if n != 1 else ''}")
    if row.reassessment_overdue:
        parts.append("reassessment")
    return ", ".join(parts)


def _service(row: TeamCase) -> str:
    risk = RISK_LEVELS.get(row.risk_level, row.risk_level).lower()
    return f"{'Enhanced' if row.enhanced else 'Standard'} · {risk} risk"


def _case_tip(row: TeamCase) -> str:
    return f"{row.ref}: {_service(row)}, referred {in_uk(row.referred_at):%d %B %Y}"


CASE_COLUMNS = [
    Column("Case", lambda r: r.ref, row_tooltip=_case_tip, max_width=140),
    Column("Victim", lambda r: r.victim_name, sort=lambda r: r.victim_name.casefold(),
           max_width=140),
    Column("Next due", _next_due, sort=lambda r: (r.next_due or date.max, r.ref),
           alert=lambda r: r.overdue),
    Column("Overdue", _overdue_text,
           sort=lambda r: (r.overdue_obligations, r.reassessment_overdue),
           alert=lambda r: r.overdue, max_width=130),
    Column("Status", lambda r: r.status_label,
           row_tooltip=lambda r: f"{r.status_label} · {_service(r)}"),
]


class TeamPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 - a case id to open
    navCountChanged = Signal()  # noqa: N815

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TeamPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.caseloads: list[Caseload] = []
        self.cases: list[TeamCase] = []
        self.loading = False
        self.cases_loading = False
        self.reassign_dialog: BulkReassignDialog | None = None
        self._generation = 0
        self._cases_generation = 0
        self._selected_staff: uuid.UUID | None | object = _NOBODY
        self.allowed = context.user.is_supervisor

        # The models sort themselves (RowsModel.sort): no proxy between them and the views.
        self.caseload_model = RowsModel(CASELOAD_COLUMNS, self)
        ui.caseloadTable.setModel(self.caseload_model)
        self.case_model = RowsModel(CASE_COLUMNS, self)
        ui.casesTable.setModel(self.case_model)
        for table in (ui.caseloadTable, ui.casesTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setHighlightSections(False)
        ui.caseloadTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.casesTable.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        # Six counts must fit beside the cases: the caseload table sorts by a click on a
        # heading without reserving room for the sort arrow in every heading.
        ui.caseloadTable.horizontalHeader().setSortIndicatorShown(False)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([575, 575])

        ui.caseloadTable.selectionModel().currentRowChanged.connect(self._caseworker_chosen)
        ui.casesTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.casesTable.activated.connect(self._open)
        ui.overdueOnly.toggled.connect(lambda _: self._show_cases())
        ui.selectAll.clicked.connect(self._select_all)
        ui.reassignButton.clicked.connect(self.reassign_selected)
        ui.refreshButton.clicked.connect(lambda: self.refresh())
        ui.status.setText("")
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(lambda: self.refresh())
        later = while_alive(self, self._change_timer.start)  # the context may outlive the page
        context.changes.case_changed.connect(lambda _: later())
        context.changes.cases_changed.connect(later)
        self._selection_changed()

        if not self.allowed:
            ui.notice.setText("Team caseloads are for supervisors and team leaders.")
            ui.splitter.setEnabled(False)
            ui.refreshButton.setEnabled(False)
            return
        ui.notice.hide()
        self.refresh()

    # -- caseloads -----------------------------------------------------------------------------
    def refresh(self, today: date | None = None) -> None:
        if not self.allowed:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.loadingText.setText("Counting caseloads…")
        day = today or self.context.today()
        store = self.context.store

        def query():
            with store.session() as session:
                return day, team_caseloads(session, day)

        run_in_background(
            query, on_done=while_alive(self, lambda result: self._show(generation, *result)),
            on_error=while_alive(self, lambda message, _t: self._failed(generation, message)))

    def _show(self, generation: int, day: date, rows: list[Caseload]) -> None:
        if generation != self._generation:
            return
        keep = self._selected_staff
        first_fill = not self.caseloads
        self.caseloads = rows
        self.caseload_model.set_rows(rows)
        if first_fill:
            self.caseload_model.fit(self.ui.caseloadTable)
            header = self.ui.caseloadTable.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.asOf.setText(f"as at {day:%A %d %B %Y}")
        self.ui.totals.setText(_totals(rows))
        self.ui.loadingText.setText("")
        self.loading = False
        self.day = day
        # Keep the chosen caseworker chosen (their list is read again too).
        row = self._proxy_row_of(keep) if keep is not _NOBODY else -1
        if row < 0 and rows:
            row = 0
        self._selected_staff = _NOBODY
        if row >= 0:
            self.ui.caseloadTable.setCurrentIndex(self.caseload_model.index(row, 0))
            self.ui.caseloadTable.selectRow(row)
            if self._selected_staff is _NOBODY:  # the same row: no change signal
                self._caseworker_chosen(self.caseload_model.index(row, 0))
        self.navCountChanged.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = False
            self.ui.loadingText.setText("")
            self.ui.status.setText(f"The caseloads could not be counted: {message}")

    def _proxy_row_of(self, staff_id) -> int:
        for row in range(self.caseload_model.rowCount()):
            if self.caseload_model.index(row, 0).data(ROW_ROLE).staff_id == staff_id:
                return row
        return -1

    def nav_count(self) -> int | None:
        """Overdue items across the team (Code obligations and reassessments), for supervisors."""
        if not self.allowed or not self.caseloads:
            return None
        total = sum(r.overdue_obligations + r.reassessments_overdue for r in self.caseloads)
        return total or None

    def chosen_caseload(self) -> Caseload | None:
        index = self.ui.caseloadTable.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def choose_caseworker(self, staff_id: uuid.UUID | None) -> None:
        row = self._proxy_row_of(staff_id)
        if row >= 0:
            self.ui.caseloadTable.setCurrentIndex(self.caseload_model.index(row, 0))
            self.ui.caseloadTable.selectRow(row)

    # -- one caseworker's cases ----------------------------------------------------------------
    def _caseworker_chosen(self, current, _previous=None) -> None:
        row: Caseload | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        self._selected_staff = row.staff_id
        self.ui.casesLabel.setText(f"Open ca&ses of {row.name} ({row.open_cases:,})"
                                   if row.staff_id else f"Open ca&ses held by nobody "
                                   f"({row.open_cases:,})")
        self._cases_generation += 1
        generation = self._cases_generation
        self.cases_loading = True
        day = getattr(self, "day", None) or self.context.today()
        store, staff_id = self.context.store, row.staff_id

        def query():
            with store.session() as session:
                return caseworker_cases(session, staff_id, day)

        run_in_background(
            query, on_done=while_alive(self, lambda cases: self._cases_arrived(generation, cases)),
            on_error=while_alive(self, lambda message, _t: self._cases_failed(generation,
                                                                              message)))

    def _cases_arrived(self, generation: int, cases: list[TeamCase]) -> None:
        if generation != self._cases_generation:
            return
        first_fill = not self.cases
        self.cases = cases
        self._show_cases()
        if first_fill and cases:
            self.case_model.fit(self.ui.casesTable)
        self.cases_loading = False

    def _cases_failed(self, generation: int, message: str) -> None:
        if generation == self._cases_generation:
            self.cases_loading = False
            self.ui.status.setText(f"The cases could not be listed: {message}")

    def _show_cases(self) -> None:
        rows = self.cases
        if self.ui.overdueOnly.isChecked():
            rows = [r for r in rows if r.overdue]
        self.case_model.set_rows(rows)
        self._selection_changed()

    def selected_case_ids(self) -> list[uuid.UUID]:
        rows = self.ui.casesTable.selectionModel().selectedRows()
        return [index.data(CASE_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _selection_changed(self, *_args) -> None:
        n = len(self.ui.casesTable.selectionModel().selectedRows())
        shown = self.case_model.rowCount()
        self.ui.selectionCount.setText(f"{n:,} of {shown:,} selected" if shown else "")
        self.ui.reassignButton.setEnabled(n > 0 and self.allowed)
        self.ui.selectAll.setEnabled(shown > 0)

    def _select_all(self) -> None:
        self.ui.casesTable.selectAll()
        self.ui.casesTable.setFocus()

    def select_cases(self, case_ids) -> None:
        """Select these cases in the list (tests, and keeping a selection)."""
        wanted = set(case_ids)
        selection = self.ui.casesTable.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in range(self.case_model.rowCount()):
            index = self.case_model.index(row, 0)
            if index.data(CASE_ID_ROLE) in wanted:
                selection.select(index, flags)

    def _open(self, index) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.caseRequested.emit(case_id)

    # -- reassignment --------------------------------------------------------------------------
    def reassign_selected(self) -> BulkReassignDialog | None:
        """Open the reassignment of the selected cases (confirmed, then done in the background)."""
        chosen = self.chosen_caseload()
        ids = self.selected_case_ids()
        if chosen is None or not ids:
            self.ui.status.setText("Select the cases to reassign first.")
            return None
        candidates = [r for r in self.caseloads
                      if r.can_take_cases and r.staff_id != chosen.staff_id]
        dialog = BulkReassignDialog(self.context, ids, chosen.staff_id, chosen.name,
                                    candidates, self)
        dialog.finished.connect(lambda _code: self._reassigned(dialog))
        self.reassign_dialog = dialog
        dialog.open()
        return dialog

    def _reassigned(self, dialog: BulkReassignDialog) -> None:
        result: ReassignResult | None = dialog.outcome
        if result is not None:
            self.ui.status.setText(_outcome_text(result, dialog.from_name))
        dialog.deleteLater()
        if self.reassign_dialog is dialog:
            self.reassign_dialog = None


_NOBODY = object()  # no caseworker chosen yet


def _totals(rows: list[Caseload]) -> str:
    open_cases = sum(r.open_cases for r in rows)
    overdue = sum(r.overdue_obligations for r in rows)
    reassess = sum(r.reassessments_overdue for r in rows)
    people = sum(1 for r in rows if r.can_take_cases)
    return (f"Team: {open_cases:,} open cases across {people} caseworkers · "
            f"{overdue:,} Code obligations overdue · {reassess:,} reassessments overdue")


def _outcome_text(result: ReassignResult, from_name: str) -> str:
    n = len(result.moved)
    text = f"Moved {n} case{'s' if n != 1 else ''} from {from_name} to {result.to_name}."
    if result.skipped:
        listed = "; ".join(f"{ref} ({why})" for ref, why in result.skipped[:5])
        more = f" and {len(result.skipped) - 5} more" if len(result.skipped) > 5 else ""
        text += f" Not moved: {listed}{more}."
    return text
