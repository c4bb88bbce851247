"""The case's timeline: every contact, journey event and obligation met, newest first, in one
table (a QAbstractTableModel: a case may hold hundreds of entries), with the chosen entry in full
below it and the log-contact dialog a click (or Ctrl+L) away."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.clock import UK
from ..store.contacts import CONTACT, EVENT, MET_OBLIGATION, TimelineEntry, load_timeline
from .context import AppContext
from .generated.ui_case_contacts_tab import Ui_CaseContactsTab

_ROOT = QModelIndex()
COLUMNS = (("when", "When"), ("what", "What"), ("how", "How"), ("summary", "Summary"),
           ("by", "By"))
SHOW = (
    ("Everything", None),
    ("Contacts only", CONTACT),
    ("Journey events", EVENT),
    ("Obligations met", MET_OBLIGATION),
)
EVENT_COLOUR = QColor("#1d3557")
MET_COLOUR = QColor("#1b5e20")
LATE_COLOUR = QColor("#8a4b00")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def uk_moment(moment: datetime | None) -> str:
    """A stored (UTC, naive) moment as the caseworker reads it: UK local time."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y %H:%M")


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "when":
                return uk_moment(entry.at)
            if key == "summary":
                return " ".join(entry.summary.split())
            return getattr(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "summary" and entry.summary:
            return entry.summary
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.source == EVENT:
                return EVENT_COLOUR
            if entry.source == MET_OBLIGATION:
                return LATE_COLOUR if entry.late else MET_COLOUR
        if role == Qt.ItemDataRole.FontRole and entry.source == EVENT and key == "what":
            return self._bold
        if role == ENTRY_ROLE:
            return entry
        return None


class CaseContactsTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = Ui_CaseContactsTab()
        self.ui.setupUi(self)
        self.all_entries: list[TimelineEntry] = []
        self.model = TimelineModel(self)
        self.ui.timeline.setModel(self.model)
        header = self.ui.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((145, 170, 250, 420, 160)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.timeline.verticalHeader().setDefaultSectionSize(
            self.ui.timeline.fontMetrics().height() + 8)
        for label, source in SHOW:
            self.ui.show.addItem(label, source)
        self.ui.show.currentIndexChanged.connect(lambda _: self._fill())
        self.ui.logContact.clicked.connect(self.log_contact)
        self.ui.signpost.clicked.connect(self.signpost)
        self.ui.timeline.selectionModel().currentRowChanged.connect(self._show_detail)
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 1)

    def refresh(self) -> None:
        with self.context.store.session() as session:
            self.all_entries = load_timeline(session, self.case_id, self.context.rulebook.rules)
        self._fill()

    def _fill(self) -> None:
        source = self.ui.show.currentData()
        entries = [e for e in self.all_entries if source is None or e.source == source]
        self.model.set_entries(entries)
        n, total = len(entries), len(self.all_entries)
        self.ui.count.setText(f"{n:,} of {total:,} entries" if n != total
                              else f"{n:,} entr{'y' if n == 1 else 'ies'}")
        if entries:
            self.ui.timeline.setCurrentIndex(self.model.index(0, 0))
        else:
            self.ui.detail.setText("Nothing recorded yet." if not total
                                   else "No entries of this kind.")

    def _show_detail(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            self.ui.detail.setText("")
            return
        entry: TimelineEntry = current.data(ENTRY_ROLE)
        heading = " · ".join(p for p in (uk_moment(entry.at), entry.what, entry.how) if p)
        if entry.by:
            heading += f" — {entry.by}"
        self.ui.detail.setText(heading + "\n\n" + (entry.summary or "(no summary)"))

    def signpost(self) -> bool:
        """Give the victim a service's details from the directory; logged on the case."""
        from .signpost_dialog import SignpostDialog

        return bool(SignpostDialog(self.context, self.case_id, self).exec())

    def log_contact(self) -> bool:
        """Open the log-contact dialog; True when a contact was logged."""
        from .log_contact_dialog import LogContactDialog

        dialog = LogContactDialog(self.context, self.case_id, self)
        return bool(dialog.exec())
