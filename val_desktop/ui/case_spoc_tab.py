"""The SPOC tab of the case view: who the victim's single point of contact is now, since when
and how to reach them, every assignment before (who, from whom, when, why, by whom), and
reassigning with a reason."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ..domain.clock import UK
from ..domain.phone import display_phone
from ..store.spoc_history import AssignmentRow, CurrentSpoc, assignment_history, current_spoc
from .context import AppContext
from .generated.ui_case_spoc_tab import Ui_CaseSpocTab

NO_PARENT = QModelIndex()
HISTORY_COLUMNS = ["SPOC", "From", "Until", "Took over from", "Assigned by", "Reason"]


def uk_moment(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y %H:%M")


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AssignmentRow] = []

    def set_rows(self, rows: list[AssignmentRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HISTORY_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HISTORY_COLUMNS[section]
        return None

    def text(self, row: int, column: int) -> str:
        r = self.rows[row]
        return {
            "SPOC": r.staff_name,
            "From": uk_moment(r.started_at),
            "Until": "now (current)" if r.current else uk_moment(r.ended_at),
            "Took over from": r.previous_name or "—",
            "Assigned by": r.assigned_by_name or "",
            "Reason": (r.reason or "").replace("\n", " "),
        }[HISTORY_COLUMNS[column]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()].current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CaseSpocTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.current: CurrentSpoc | None = None
        self.dialog = None
        self.ui = Ui_CaseSpocTab()
        self.ui.setupUi(self)
        self.model = HistoryModel(self)
        self.ui.history.setModel(self.model)
        header = self.ui.history.horizontalHeader()
        for column in range(len(HISTORY_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The reason wraps: it is the point of the history, so it is never cut short.
        header.sectionResized.connect(lambda *_: self.ui.history.resizeRowsToContents())
        self.ui.reassign.clicked.connect(self.reassign)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.ui.history.resizeRowsToContents()

    def refresh(self) -> None:
        with self.context.store.session() as session:
            self.current = current_spoc(session, self.case_id)
            rows = assignment_history(session, self.case_id)
        current = self.current
        closed = current.case_status == "closed"
        self.ui.spocName.setText(current.name or "No SPOC")
        details = []
        if current.since is not None:
            since = current.since.replace(tzinfo=UTC).astimezone(UK).date()
            days = (self.context.today() - since).days
            details.append(f"SPOC since {since:%d %b %Y} ({_days(days)})")
        details += [d for d in (display_phone(current.phone), current.email) if d]
        self.ui.spocDetails.setText(" · ".join(details))
        warning = ""
        if not current.name and not closed:
            warning = "This open case has no SPOC. Assign one so the victim has a named contact."
        elif current.name and not current.active and not closed:
            warning = (f"{current.name} is no longer active: reassign this case so the victim "
                       "has a SPOC who can answer.")
        self.ui.spocWarning.setText(warning)
        self.ui.spocWarning.setVisible(bool(warning))
        self.ui.reassign.setText("&Reassign SPOC…" if current.name else "&Assign a SPOC…")
        self.ui.reassign.setEnabled(not closed and self.context.user.role != "witness_care")
        self.ui.reassign.setToolTip(
            "A closed case keeps its last SPOC." if closed else
            "Witness Care officers cannot change a case's SPOC."
            if self.context.user.role == "witness_care" else
            "Hand this case to another caseworker, with the reason")
        self.model.set_rows(rows)
        self.ui.history.resizeRowsToContents()
        self.ui.historyCount.setText(
            f"{len(rows)} assignment{'s' if len(rows) != 1 else ''}, newest first")

    def reassign(self) -> bool:
        from .reassign_dialog import ReassignDialog

        dialog = ReassignDialog(self.context, self.case_id, self)
        self.dialog = dialog
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if saved:
            self.refresh()
            self.context.changes.case_changed.emit(self.case_id)
        return saved


def _days(days: int) -> str:
    if days <= 0:
        return "from today"
    return f"{days} day{'s' if days != 1 else ''}"

