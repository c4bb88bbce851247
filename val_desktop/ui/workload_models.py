"""A small table model over a list of rows (dataclasses), shared by My work and Team view.

Each column says how to show a row, how to sort it and when a cell is an alert (drawn in the
overdue colour, bold; the words say "overdue" too: colour is never the only sign). Each row's
case id is at CASE_ID_ROLE so that Enter or a double click opens it. The model sorts itself
(one key per row, in Python), so a long list sorts fast and keeps its selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from shiboken6 import isValid

from .case_table_model import CASE_ID_ROLE

OVERDUE = QColor("#b00020")
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
_TOP = QModelIndex()  # the root: a table's rows have no parent
FIT_ROWS = 100  # rows looked at to fit a column to its contents

__all__ = ["CASE_ID_ROLE", "Column", "OVERDUE", "ROW_ROLE", "RowsModel", "while_alive"]


def while_alive(owner, function: Callable) -> Callable:
    """`function`, made to do nothing once `owner` (a widget) is gone: a background result can
    arrive after its window was closed."""

    def call(*args):
        if isValid(owner):
            return function(*args)
        return None

    return call


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # the sort key (default: the text shown)
    tooltip: str = ""
    alert: Callable[[Any], bool] | None = None  # when true, the cell is drawn in red and bold
    strong: Callable[[Any], bool] | None = None  # when true, the cell is drawn in bold
    max_width: int = 200  # a column fitted to its contents is never wider than this
    align_right: bool = False
    row_tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # (column, order) once sorted
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent=_TOP) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_TOP) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == CASE_ID_ROLE:
            return getattr(row, "case_id", None)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE) if column.alert and column.alert(row) else None
        if role == Qt.ItemDataRole.FontRole:
            bold = (column.alert and column.alert(row)) or (column.strong and column.strong(row))
            return self._bold if bold else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.row_tooltip:
                return column.row_tooltip(row)
            return column.text(row) or None
        return None

    def fit(self, table) -> None:
        """Size the columns to their contents, none wider than its max_width (the last one
        stretches to the table's edge)."""
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # a sample: a long list fits as fast
        table.resizeColumnsToContents()
        for number, column in enumerate(self.columns[:-1]):
            if header.sectionSize(number) > column.max_width:
                header.resizeSection(number, column.max_width)
        if header.stretchLastSection():  # let the last one take what is left, no more
            header.resizeSection(len(self.columns) - 1, header.minimumSectionSize())

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's sort value, in Python (one key per row), keeping the selection.
        A view with sorting enabled calls this when a heading is clicked."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in old]
        self._rows = self._sorted(self._rows)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(position[id(row)], column) for row, column in held])
        self.layoutChanged.emit()

    def _sorted(self, rows: list) -> list:
        if self._sort is None or not rows:
            return rows
        column, order = self._sort
        spec = self.columns[column]
        key = spec.sort or spec.text
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def rows(self) -> list:
        return list(self._rows)

    def row(self, number: int):
        return self._rows[number]
