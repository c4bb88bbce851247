"""Every Victims' Code obligation of the case, its status as of today in colour and words, and a
place to record why one was late."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.rules import MET, MET_LATE, OPEN, OVERDUE
from ..store.contacts import ContactRefused, ObligationRow, load_obligations, record_late_reason
from .case_contacts_tab import uk_moment
from .context import AppContext
from .generated.ui_case_obligations_tab import Ui_CaseObligationsTab

_ROOT = QModelIndex()
COLUMNS = (
    ("title", "Obligation"),
    ("code_right", "Code"),
    ("started_by", "Started by"),
    ("starts_on", "Starts on"),
    ("due", "Due"),
    ("status", "Status"),
    ("met_at", "Met at"),
    ("met_by", "Met by"),
    ("late_reason", "Late reason"),
)
STATUS_WORDS = {MET: "Met", MET_LATE: "Met late", OVERDUE: "Overdue", OPEN: "Open"}
# (background, text): colour and words together, never colour alone.
STATUS_COLOURS = {
    MET: ("#d8f3dc", "#1b4332"),
    MET_LATE: ("#ffe8cc", "#7a3e00"),
    OVERDUE: ("#b00020", "#ffffff"),
    OPEN: ("#e7f0fa", "#1d3557"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def status_words(row: ObligationRow, today) -> str:
    if row.status == OPEN:
        days = (row.due - today).days
        return "Open — due today" if days == 0 else f"Open — {days} day{'s' * (days != 1)} left"
    if row.status == OVERDUE:
        days = (today - row.due).days
        return f"Overdue by {days} day{'s' * (days != 1)}"
    return STATUS_WORDS[row.status]


class ObligationModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ObligationRow] = []
        self.today = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[ObligationRow], today) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "status":
                return status_words(row, self.today)
            if key in ("starts_on", "due"):
                return getattr(row, key).strftime("%d %b %Y")
            if key == "met_at":
                return uk_moment(row.met_at)
            value = getattr(row, key)
            if role == Qt.ItemDataRole.ToolTipRole and key not in ("title", "late_reason"):
                return None
            return value or ""
        if key == "status" and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[row.status][0])
        if key == "status" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[row.status][1])
        if key == "status" and role == Qt.ItemDataRole.FontRole and row.status == OVERDUE:
            return self._bold
        if role == ROW_ROLE:
            return row
        return None


class CaseObligationsTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = Ui_CaseObligationsTab()
        self.ui.setupUi(self)
        self.model = ObligationModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((270, 125, 135, 95, 95, 145, 145, 130)):
            header.resizeSection(column, width)  # the late reason takes what is left
        header.setStretchLastSection(True)
        self.ui.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.ui.saveLateReason.clicked.connect(self.save_late_reason)
        self.ui.lateReason.returnPressed.connect(self.save_late_reason)
        self.ui.lateReason.textChanged.connect(lambda _: self.ui.lateProblem.setText(""))
        self._chosen(QModelIndex())

    def refresh(self) -> None:
        chosen = self.current_row()
        today = self.context.today()
        with self.context.store.session() as session:
            rows = load_obligations(session, self.case_id, self.context.rulebook.rules, today)
        self.model.set_rows(rows, today)
        counts = {status: sum(1 for r in rows if r.status == status) for status in STATUS_WORDS}
        parts = [f"{counts[OVERDUE]} overdue", f"{counts[OPEN]} open",
                 f"{counts[MET]} met on time", f"{counts[MET_LATE]} met late"]
        self.ui.counts.setText(" · ".join(parts) if rows else "This case has no obligations.")
        if chosen is not None:
            self.select(chosen.id)
        else:
            self._chosen(QModelIndex())

    def current_row(self) -> ObligationRow | None:
        index = self.ui.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, obligation_id) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.id == obligation_id:
                self.ui.table.setCurrentIndex(self.model.index(number, 0))
                return True
        return False

    def _chosen(self, current: QModelIndex, _previous=None) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        allowed = row is not None and row.may_record_late_reason
        self.ui.lateReason.setEnabled(allowed)
        self.ui.saveLateReason.setEnabled(allowed)
        self.ui.lateProblem.setText("")
        self.ui.lateReason.setText((row.late_reason or "") if allowed else "")
        if row is None:
            self.ui.lateReason.setPlaceholderText(
                "Choose an obligation that is overdue or was met late, then say why")
        elif allowed:
            self.ui.lateReason.setPlaceholderText(f"Why is “{row.title}” late?")
        else:
            self.ui.lateReason.setPlaceholderText(
                "This obligation is not late: there is nothing to explain")

    def save_late_reason(self) -> bool:
        row = self.current_row()
        if row is None or not row.may_record_late_reason:
            self.ui.lateProblem.setText("Choose an obligation that is overdue or was met late.")
            return False
        try:
            with self.context.store.session(write=True) as session:
                record_late_reason(session, row.id, self.ui.lateReason.text(),
                                   user=self.context.user.username, today=self.context.today())
                session.commit()
        except ContactRefused as problem:
            self.ui.lateProblem.setText(str(problem))
            self.ui.lateReason.setFocus()
            return False
        self.context.changes.case_changed.emit(self.case_id)
        return True
