"""The Cases list as a Qt model that holds only row numbers and fetches rows a page at a time
as they are drawn, so 100,000 cases scroll as smoothly as 100."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from datetime import UTC

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain.clock import UK
from ..domain.vocabulary import CASE_STATUSES, offence_label
from ..store.case_list import CaseRow, case_rows

PAGE = 100
CACHED_PAGES = 20

COLUMNS = [
    ("ref", "Case"),
    ("victim_name", "Victim"),
    ("status", "Status"),
    ("spoc", "SPOC"),
    ("offence_category", "Offence"),
    ("enhanced", "Enhanced"),
    ("referred_at", "Referred"),
    ("next_due", "Next due"),
]
# Starting widths in pixels at 96 dpi (a person's own widths are remembered in QSettings).
WIDTHS = {"ref": 150, "victim_name": 175, "status": 160, "spoc": 145, "offence_category": 170,
          "enhanced": 80, "referred_at": 105, "next_due": 105}
SORTABLE = {"ref", "victim_name", "status", "spoc", "offence_category", "enhanced",
            "referred_at"}

OVERDUE = QColor("#b00020")
_ROOT = QModelIndex()
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._keys: list[int] = []
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()

    # -- what the view asks -------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE) if key == "next_due" and row.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Overdue" if key == "next_due" and row.overdue else None
        return _display(row, key)

    # -- what the screen does -----------------------------------------------------------------
    def set_keys(self, keys: list[int]) -> None:
        self.beginResetModel()
        self._keys = keys
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Drop the cached rows (something changed); the view fetches them again as drawn."""
        self._pages.clear()
        if self._keys:
            last = self.index(len(self._keys) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def case_id(self, row: int) -> uuid.UUID | None:
        shown = self.row_at(row)
        return shown.id if shown else None

    def keys(self) -> list[int]:
        return self._keys

    def row_at(self, row: int) -> CaseRow | None:
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            keys = self._keys[page_number * PAGE:(page_number + 1) * PAGE]
            with self.store.session() as session:
                page = case_rows(session, keys)
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._keys[row])


def _display(row: CaseRow, key: str) -> str:
    if key == "status":
        return CASE_STATUSES.get(row.status, row.status).split(" — ")[0]
    if key == "offence_category":
        return offence_label(row.offence_category)
    if key == "enhanced":
        return "Enhanced" if row.enhanced else ""
    if key == "referred_at":
        return row.referred_at.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y")
    if key == "next_due":
        return row.next_due.strftime("%d %b %Y") if row.next_due else ""
    value = getattr(row, key)
    return "" if value is None else str(value)
