"""Sync ▸ Resolve conflicts: both versions side by side, field by field; a person chooses.

A conflict is what synchronisation could not merge by itself: two people changed the same
field while apart, or one deleted a record another changed, or the central database refused a
new record. Nothing was overwritten: the list on the left holds every open conflict; on the right
each field in conflict shows its value before both changes, the value the central database kept
and the change that was not applied, and a choice per field. Resolve writes the chosen values
and records who resolved it and when (sync.resolve_conflict); both go to the central database
with the next sync.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import UK
from ..store.conflict_records import (
    describe_record,
    describe_value,
    field_label,
    resolution_of,
)
from ..sync import ConflictError, list_conflicts, resolve_conflict
from .context import AppContext
from .dialog_polish import fit_bold_buttons, repolish
from .generated.ui_conflicts_dialog import Ui_ConflictsDialog

CHOSEN = QColor("#d8f0dd")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_CHOICE_COLUMN = {"theirs": 2, "mine": 3, "current": 4}


def moment_text(value: str | None) -> str:
    """A stored UTC moment as UK local time, e.g. 20 Nov 2026 14:05."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(UK)
    return f"{local.day} {local.strftime('%b %Y %H:%M')}"


def value_text(name: str, value, described: str | None = None) -> str:
    """A field's value in plain words."""
    if described:
        return described
    if value is None or value == "":
        return "(empty)"
    if name == "deleted":
        return "Deleted" if value else "Not deleted"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(str(v).replace("_", " ") for v in value) or "(none)"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and _STAMP.match(value):
        return moment_text(value)
    return str(value)


KIND_TEXT = {
    "edit": "changed on both sides",
    "delete": "deleted on one side, changed on the other",
    "rejected": "refused by the central database",
    "duplicate": "added twice",
}


class ConflictsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.resolved_count = 0
        self.conflicts: list = []
        self.current = None
        self._combos: list[QComboBox] = []
        ui = self.ui
        ui.splitter.setSizes([330, 770])
        ui.splitter.setStretchFactor(1, 1)
        header = ui.fieldsTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ui.fieldsTable.verticalHeader().hide()
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_later.start())
        ui.conflictList.currentRowChanged.connect(self._show)
        ui.showResolved.toggled.connect(lambda _: self.reload())
        ui.allTheirs.clicked.connect(lambda: self.choose_all("theirs"))
        ui.allMine.clicked.connect(lambda: self.choose_all("mine"))
        ui.resolveButton.clicked.connect(self.resolve)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.accepted.connect(self.accept)
        fit_bold_buttons(self)
        repolish(self)
        self.reload()

    # -- the list ----------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        status = None if self.ui.showResolved.isChecked() else "open"
        self.conflicts = list_conflicts(self.context.store, status=status)
        with self.context.store.session() as session:
            self.titles = {c.id: describe_record(session, c.table, c.row_id)
                           for c in self.conflicts}
        ui = self.ui
        ui.conflictList.blockSignals(True)
        ui.conflictList.clear()
        row_to_select = 0
        for index, conflict in enumerate(self.conflicts):
            fields = ", ".join(field_label(f.name) for f in conflict.fields) or "the whole record"
            who = conflict.client_user or "someone"
            lines = [self.titles[conflict.id], f"{fields}: {KIND_TEXT.get(conflict.kind, conflict.kind)}",
                     f"{who} · {moment_text(conflict.detected_at)}"]
            if conflict.status != "open":
                lines.append(f"Resolved by {conflict.resolved_by}")
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            if conflict.status != "open":
                item.setForeground(QBrush(QColor("#5a6270")))
            ui.conflictList.addItem(item)
            if conflict.id == select_id:
                row_to_select = index
        ui.conflictList.blockSignals(False)
        count = sum(c.status == "open" for c in self.conflicts)
        ui.listLabel.setText(f"C&onflicts to resolve ({count})" if count else "C&onflicts")
        if self.conflicts:
            ui.conflictList.setCurrentRow(row_to_select)
            self._show(row_to_select)
        else:
            self._show(-1)

    # -- one conflict ------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        ui = self.ui
        self._combos = []
        ui.fieldsTable.clear()
        ui.fieldsTable.setRowCount(0)
        ui.note.clear()
        if row < 0 or row >= len(self.conflicts):
            self.current = None
            ui.recordTitle.setText("Nothing to resolve")
            ui.explanation.setText("Every conflict has been resolved. Synchronisation carries on "
                                   "by itself.")
            for widget in (ui.fieldsTable, ui.fieldsLabel, ui.allTheirs, ui.allMine, ui.note,
                           ui.noteLabel, ui.resolveButton):
                widget.setVisible(False)
            return
        for widget in (ui.fieldsTable, ui.fieldsLabel, ui.note, ui.noteLabel, ui.resolveButton):
            widget.setVisible(True)
        conflict = self.current = self.conflicts[row]
        who = self._who(conflict)
        ui.recordTitle.setText(self.titles.get(conflict.id, conflict.table))
        ui.explanation.setText(self._explain(conflict, who))
        whole = conflict.kind in ("rejected", "duplicate")
        if whole:
            self._fill_whole(conflict)
        else:
            self._fill_fields(conflict, who)
        is_open = conflict.status == "open"
        ui.allTheirs.setVisible(not whole and is_open)
        ui.allMine.setVisible(not whole and is_open)
        ui.allMine.setText(f"Use {self._whose(conflict)} &change for all")
        ui.note.setEnabled(is_open)
        ui.resolveButton.setVisible(is_open)
        ui.resolveButton.setText("Mark as &dealt with" if whole else "Re&solve")
        fit_bold_buttons(self)
        if is_open:
            ui.status.setProperty("class", "muted")
            ui.status.setText("" if whole else "Choose a value to keep for every field, then "
                              "Resolve.")
        else:
            _, note = self._resolution(conflict)
            ui.status.setProperty("class", "muted")
            ui.status.setText(f"Resolved by {conflict.resolved_by} on "
                              f"{moment_text(conflict.resolved_at)}."
                              + (f" Note: {note}" if note else ""))
        self._update_resolve()

    def _who(self, conflict) -> str:
        if conflict.client_user and conflict.client_user == self.context.user.username:
            return "you"
        return conflict.client_user or "someone"

    def _whose(self, conflict) -> str:
        who = self._who(conflict)
        return "your" if who == "you" else f"{who}'s"

    def _explain(self, conflict, who: str) -> str:
        when = moment_text(conflict.detected_at)
        if conflict.kind == "delete":
            return (f"One side deleted this record while the other changed it "
                    f"({self._whose(conflict)} change arrived second, {when}). The central database kept its version. Choose "
                    "whether the record stays deleted and which values to keep.")
        if conflict.kind == "rejected":
            return (f"The central database refused this new record sent by {who} ({when}): "
                    f"{conflict.reason or 'no reason given'} Nothing is lost: the record as it "
                    "was sent is below. Enter what is still needed, then mark this as dealt "
                    "with.")
        if conflict.kind == "duplicate":
            return (f"{conflict.reason or 'The same record was added on two workstations.'} "
                    "The copy from this workstation is below; check nothing is missing from the "
                    "central one, then mark this as dealt with.")
        return (f"{who[:1].upper() + who[1:]} changed these fields while the central database "
                "already had another "
                f"change to them ({when}). Both versions are below: choose which to keep for "
                "each field.")

    def _fill_whole(self, conflict) -> None:
        table = self.ui.fieldsTable
        values = {k: v for k, v in (conflict.client_values or {}).items()
                  if k not in ("id", "row_version", "updated_at", "deleted", "server_seq")}
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Field", "The record as it was sent"])
        table.setRowCount(len(values))
        with self.context.store.session() as session:
            for row, (name, value) in enumerate(values.items()):
                described = describe_value(session, conflict.table, name, value)
                table.setItem(row, 0, self._item(field_label(name), bold=True))
                table.setItem(row, 1, self._item(value_text(name, value, described)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def _fill_fields(self, conflict, who: str) -> None:
        table = self.ui.fieldsTable
        show_current = any(f.current != f.theirs for f in conflict.fields)
        whose = self._whose(conflict)
        columns = ["Field", "Before both\nchanges", "Central database\n(kept)",
                   f"{whose[:1].upper() + whose[1:]} change\n(not applied)"]
        if show_current:
            columns.append("On this\nworkstation now")
        columns.append("Keep")
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(conflict.fields))
        resolution = {}
        if conflict.status != "open":
            resolution, _ = self._resolution(conflict)
        with self.context.store.session() as session:
            for row, field in enumerate(conflict.fields):
                def shown(value, name=field.name):
                    return value_text(name, value,
                                      describe_value(session, conflict.table, name, value))

                table.setItem(row, 0, self._item(field_label(field.name), bold=True))
                table.setItem(row, 1, self._item(shown(field.base), muted=True))
                table.setItem(row, 2, self._item(shown(field.theirs)))
                table.setItem(row, 3, self._item(shown(field.mine)))
                if show_current:
                    table.setItem(row, 4, self._item(shown(field.current)))
                combo = QComboBox(table)
                combo.setAccessibleName(f"Keep which value of {field_label(field.name)}")
                combo.addItem("Choose…", None)
                combo.addItem("Central database", "theirs")
                combo.addItem(f"{whose[:1].upper() + whose[1:]} change", "mine")
                if show_current and field.current not in (field.theirs, field.mine):
                    combo.addItem("As on this workstation now", "current")
                chosen = resolution.get(field.name)
                if chosen:
                    combo.setCurrentIndex(max(0, combo.findData(chosen)))
                combo.setEnabled(conflict.status == "open")
                combo.currentIndexChanged.connect(lambda _=0, r=row: self._choice_changed(r))
                table.setCellWidget(row, len(columns) - 1, self._top_aligned(combo))
                self._combos.append(combo)
                self._paint_choice(row)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(len(columns) - 1, 190)
        self._fit_rows()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._rows_later.start()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text at the columns' present widths."""
        table = self.ui.fieldsTable
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, max(table.rowHeight(row) + 6, 34))

    @staticmethod
    def _top_aligned(widget) -> QWidget:
        """A cell widget that keeps its natural height at the top of a tall row."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    def _resolution(self, conflict) -> tuple[dict, str | None]:
        """For a resolved conflict: what was chosen per field, and the note."""
        with self.context.store.session() as session:
            recorded = resolution_of(session, conflict.id)
        fields = recorded.get("fields") or {}
        return ({name: (entry or {}).get("choice") for name, entry in fields.items()},
                recorded.get("note"))

    @staticmethod
    def _item(text: str, *, bold: bool = False, muted: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if muted:
            item.setForeground(QBrush(QColor("#5a6270")))
        return item

    def _choice_changed(self, row: int) -> None:
        self._paint_choice(row)
        self._update_resolve()

    def _paint_choice(self, row: int) -> None:
        """The chosen value's cell turns green with a tick, so the choice reads across."""
        table = self.ui.fieldsTable
        choice = self._combos[row].currentData() if row < len(self._combos) else None
        keep_column = table.columnCount() - 1
        for column in range(2, keep_column):
            item = table.item(row, column)
            if item is None:
                continue
            text = item.text().removeprefix("✓ ")
            header = table.horizontalHeaderItem(column).text()
            mine = (choice == "theirs" and header.startswith("Central")) or \
                   (choice == "mine" and "not applied" in header) or \
                   (choice == "current" and header.startswith("On this"))
            item.setText(f"✓ {text}" if mine else text)
            item.setBackground(QBrush(CHOSEN) if mine else QBrush())

    def choose_all(self, choice: str) -> None:
        for row, combo in enumerate(self._combos):
            index = combo.findData(choice)
            if index >= 0:
                combo.setCurrentIndex(index)
            self._paint_choice(row)
        self._update_resolve()

    def choices(self) -> dict[str, str]:
        if self.current is None:
            return {}
        return {field.name: combo.currentData()
                for field, combo in zip(self.current.fields, self._combos, strict=True)
                if combo.currentData()}

    def _update_resolve(self) -> None:
        conflict = self.current
        if conflict is None or conflict.status != "open":
            self.ui.resolveButton.setEnabled(False)
            return
        whole = conflict.kind in ("rejected", "duplicate")
        self.ui.resolveButton.setEnabled(whole or len(self.choices()) == len(conflict.fields))

    # -- resolving ---------------------------------------------------------------------------
    def resolve(self) -> None:
        conflict = self.current
        if conflict is None or conflict.status != "open":
            return
        whole = conflict.kind in ("rejected", "duplicate")
        choices = {} if whole else self.choices()
        if not whole and len(choices) != len(conflict.fields):
            self._say("Choose a value to keep for every field first.", error=True)
            return
        user = self.context.user.username
        try:
            resolve_conflict(self.context.store, conflict.id, choices, user=user,
                             note=self.ui.note.text().strip() or None)
        except ConflictError as error:
            self._say(str(error), error=True)
            return
        self.resolved_count += 1
        row = self.ui.conflictList.currentRow()
        self.context.changes.cases_changed.emit()
        self.reload()
        if self.conflicts:
            self.ui.conflictList.setCurrentRow(min(row, len(self.conflicts) - 1))
        self._say(f"Resolved by {user}. The choice goes to the central database with the next "
                  "sync.", error=False)

    def _say(self, text: str, *, error: bool) -> None:
        label = self.ui.status
        label.setText(text)
        label.setProperty("class", "fieldError" if error else "muted")
        label.style().unpolish(label)
        label.style().polish(label)
