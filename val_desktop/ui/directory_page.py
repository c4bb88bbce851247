"""The service directory: find the right service during a call, by need, offence, area or name.

The directory is a few dozen entries, so it is read whole and filtered in memory as the
caseworker types (a QSortFilterProxyModel over a table model). Administrators add, edit and
retire entries here. :class:`DirectorySearch` (search box, filters, table) is shared with the
signpost dialog so both find services the same way.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ..domain.needs import NEED_DOMAINS
from ..domain.vocabulary import OFFENCE_CATEGORIES
from ..store.directory_edit import (
    DirectoryQuery,
    ProviderEntry,
    ProviderError,
    area_choices,
    load_directory,
    matches,
    reinstate_provider,
    relevance,
    retire_provider,
)
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons, repolish
from .generated.ui_directory_page import Ui_DirectoryPage

_ROOT = QModelIndex()  # the invisible root: a table has no children
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = [("name", "Service"), ("category", "Category"), ("area", "Area"),
           ("commissioned", "Commissioned")]
_RETIRED = QColor("#6b7280")


class ProviderTableModel(QAbstractTableModel):
    """The directory's entries as rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[ProviderEntry] = []

    def set_entries(self, entries: list[ProviderEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ProviderEntry:
        return self.entries[row]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
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
            if key == "name":
                return entry.name if entry.active else f"{entry.name} (retired)"
            if key == "category":
                return entry.category
            if key == "area":
                return entry.area_label
            if key == "commissioned":
                return "Yes" if entry.commissioned else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.description or None
        if role == Qt.ItemDataRole.ForegroundRole and not entry.active:
            return QBrush(_RETIRED)
        if role == ENTRY_ROLE:
            return entry
        return None


class ProviderFilterProxy(QSortFilterProxyModel):
    """Shows the entries answering the query, most relevant first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = DirectoryQuery()

    def set_query(self, query: DirectoryQuery) -> None:
        self.query = query
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802
        return matches(self.sourceModel().entry(source_row), self.query)

    def lessThan(self, left, right) -> bool:  # noqa: N802
        model = self.sourceModel()
        return (relevance(model.entry(left.row()), self.query)
                < relevance(model.entry(right.row()), self.query))


class DirectorySearch(QObject):
    """The search box, the need/offence/area filters and the table, wired together.

    ``ui`` is a generated form with: search, count, needFilter, offenceFilter, areaFilter,
    commissionedOnly, table, and optionally showRetired.
    """

    currentChanged = Signal(object)  # noqa: N815 (a ProviderEntry or None)

    def __init__(self, ui, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.model = ProviderTableModel(self)
        self.proxy = ProviderFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        header = ui.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 170)
        header.resizeSection(2, 150)
        ui.needFilter.addItem("Any need", None)
        for code, label in NEED_DOMAINS.items():
            ui.needFilter.addItem(label, code)
        ui.offenceFilter.addItem("Any offence", None)
        for code, label in sorted(OFFENCE_CATEGORIES.items(), key=lambda kv: kv[1]):
            ui.offenceFilter.addItem(label, code)
        ui.areaFilter.addItem("Any area", None)
        ui.search.textChanged.connect(lambda _: self.apply())
        for combo in (ui.needFilter, ui.offenceFilter, ui.areaFilter):
            combo.currentIndexChanged.connect(lambda _: self.apply())
        ui.commissionedOnly.toggled.connect(lambda _: self.apply())
        if hasattr(ui, "showRetired"):
            ui.showRetired.toggled.connect(lambda _: self.apply())
        ui.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.currentChanged.emit(self._entry_at(current)))
        self.proxy.modelReset.connect(lambda: self.currentChanged.emit(self.current_entry()))

    # -- what is shown ---------------------------------------------------------------------
    def set_entries(self, entries: list[ProviderEntry]) -> None:
        keep = self.current_entry()
        self.model.set_entries(entries)
        area = self.ui.areaFilter.currentData()
        self.ui.areaFilter.blockSignals(True)
        while self.ui.areaFilter.count() > 1:
            self.ui.areaFilter.removeItem(1)
        for place in area_choices(e for e in entries if e.active):
            self.ui.areaFilter.addItem(place, place)
        index = self.ui.areaFilter.findData(area)
        self.ui.areaFilter.setCurrentIndex(max(index, 0))
        self.ui.areaFilter.blockSignals(False)
        self.apply(keep.id if keep else None)

    def query(self) -> DirectoryQuery:
        ui = self.ui
        return DirectoryQuery(
            text=ui.search.text(),
            need=ui.needFilter.currentData(),
            offence=ui.offenceFilter.currentData(),
            area=ui.areaFilter.currentData(),
            commissioned_only=ui.commissionedOnly.isChecked(),
            include_retired=hasattr(ui, "showRetired") and ui.showRetired.isChecked(),
        )

    def apply(self, keep_id: uuid.UUID | None = None) -> None:
        """Filter now (the directory is small: every keystroke), keeping the chosen entry if
        it still answers, else choosing the best match."""
        if keep_id is None:
            current = self.current_entry()
            keep_id = current.id if current else None
        self.proxy.set_query(self.query())
        n = self.proxy.rowCount()
        total = sum(1 for e in self.model.entries if e.active)
        self.ui.count.setText(f"{n} of {total} services" if n != total else f"{n} services")
        if not (keep_id and self.select(keep_id)):
            if n:
                self._select_row(0)
            else:
                self.ui.table.clearSelection()
                self.ui.table.setCurrentIndex(QModelIndex())
                self.currentChanged.emit(None)

    def shown_entries(self) -> list[ProviderEntry]:
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def shown_names(self) -> list[str]:
        return [entry.name for entry in self.shown_entries()]

    # -- the chosen entry -------------------------------------------------------------------
    def _entry_at(self, index) -> ProviderEntry | None:
        return index.siblingAtColumn(0).data(ENTRY_ROLE) if index.isValid() else None

    def current_entry(self) -> ProviderEntry | None:
        return self._entry_at(self.ui.table.currentIndex())

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.ui.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.table.scrollTo(index)
        self.currentChanged.emit(self._entry_at(index))

    def select(self, entry_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ENTRY_ROLE).id == entry_id:
                self._select_row(row)
                return True
        return False

    def select_name(self, name: str) -> bool:
        for entry in self.shown_entries():
            if entry.name == name:
                return self.select(entry.id)
        return False


def details_html(entry: ProviderEntry) -> str:
    """A compact rich-text card of an entry (the signpost dialog)."""
    e = html.escape
    parts = [f"<p><b>{e(entry.name)}</b><br><span style='color:#5a6270'>{e(entry.category)}"
             f"{' · commissioned' if entry.commissioned else ''} · {e(entry.area_label)}</span></p>"]
    if entry.description:
        parts.append(f"<p>{e(entry.description)}</p>")
    if entry.phone:
        parts.append(f"<p>Phone: <b>{e(entry.phone)}</b></p>")
    if entry.website:
        parts.append(f"<p><a href='{e(entry.website, quote=True)}'>{e(entry.website)}</a></p>")
    if entry.need_labels:
        parts.append(f"<p style='color:#5a6270'>Helps with: {e(', '.join(entry.need_labels))}</p>")
    return "".join(parts)


class DirectoryPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DirectoryPage()
        self.ui.setupUi(self)
        repolish(self.ui.details)
        self.is_admin = context.user.role == "admin"
        self.directory = DirectorySearch(self.ui, self)
        self.directory.currentChanged.connect(self._show_details)
        for button in (self.ui.addButton, self.ui.editButton, self.ui.retireButton):
            button.setVisible(self.is_admin)
        self.ui.showRetired.setVisible(self.is_admin)
        self.ui.addButton.clicked.connect(self.add_provider)
        self.ui.editButton.clicked.connect(self.edit_provider)
        self.ui.retireButton.clicked.connect(self.retire_or_reinstate)
        self.ui.table.activated.connect(lambda _: self.edit_provider() if self.is_admin else None)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([700, 420])
        context.changes.directory_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.context.store.session() as session:
            entries = load_directory(session)
        self.directory.set_entries(entries)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.ui.search.setFocus()  # a caseworker on a call starts typing at once

    # -- details ----------------------------------------------------------------------------
    def _show_details(self, entry: ProviderEntry | None) -> None:
        ui = self.ui
        has = entry is not None
        for widget in (ui.detailCategory, ui.detailDescription, ui.phoneLabel, ui.detailPhone,
                       ui.websiteLabel, ui.detailWebsite, ui.areaDetailLabel, ui.detailArea,
                       ui.commissionedLabel, ui.detailCommissioned, ui.needsLabel,
                       ui.detailNeeds, ui.offencesLabel, ui.detailOffences):
            widget.setVisible(has)
        ui.detailRetired.setVisible(has and not entry.active)
        ui.editButton.setEnabled(has)
        ui.retireButton.setEnabled(has)
        if not has:
            ui.detailName.setText("No service chosen: change the search or the filters.")
            return
        ui.retireButton.setText("Re&instate…" if not entry.active else "Re&tire…")
        fit_bold_buttons(ui.retireButton.parentWidget())
        ui.detailName.setText(entry.name)
        ui.detailCategory.setText(entry.category)
        ui.detailDescription.setText(entry.description or "No description yet.")
        ui.detailPhone.setText(entry.phone or "Not recorded")
        if entry.website:
            url = html.escape(entry.website, quote=True)
            ui.detailWebsite.setText(f"<a href='{url}'>{html.escape(entry.website)}</a>")
        else:
            ui.detailWebsite.setText("Not recorded")
        ui.detailArea.setText(entry.area or "National: serves every area")
        ui.detailCommissioned.setText(
            "Yes: commissioned by the Police and Crime Commissioner" if entry.commissioned
            else "No")
        ui.detailNeeds.setText(", ".join(entry.need_labels) or "Any need")
        ui.detailOffences.setText(", ".join(entry.offence_labels) or "Any crime")

    # -- administrators ---------------------------------------------------------------------
    def _categories(self) -> list[str]:
        return sorted({e.category for e in self.directory.model.entries if e.category},
                      key=str.casefold)

    def add_provider(self) -> None:
        from .provider_dialog import ProviderDialog

        if not self.is_admin:
            return
        dialog = ProviderDialog(self.context, None, self._categories(), self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def edit_provider(self) -> None:
        from .provider_dialog import ProviderDialog

        entry = self.directory.current_entry()
        if not self.is_admin or entry is None:
            return
        dialog = ProviderDialog(self.context, entry, self._categories(), self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def retire_or_reinstate(self) -> None:
        entry = self.directory.current_entry()
        if not self.is_admin or entry is None:
            return
        if entry.active:
            asked = confirm(
                self, "Retire a service",
                f"Retire {entry.name}?\n\nCaseworkers will no longer find it when they refer or "
                "signpost a victim. Cases that already name it keep it, and you can reinstate "
                "it later (tick Show retired).",
                "Retire")
            action = retire_provider
        else:
            asked = confirm(self, "Reinstate a service",
                            f"Put {entry.name} back in the directory for everyone?", "Reinstate")
            action = reinstate_provider
        if not asked:
            return
        try:
            with self.context.store.session(write=True) as session:
                action(session, entry.id, user=self.context.user.username)
                session.commit()
        except ProviderError as error:
            QMessageBox.warning(self, "Service directory", str(error))
        self._changed(entry.id)

    def _changed(self, entry_id: uuid.UUID) -> None:
        self.context.changes.directory_changed.emit()  # refreshes this page too
        self.directory.select(entry_id)
