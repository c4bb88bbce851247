"""Adding or editing an entry of the service directory (administrators)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..domain.needs import NEED_DOMAINS
from ..domain.vocabulary import OFFENCE_CATEGORIES
from ..store.directory_edit import ProviderEntry, ProviderError, add_provider, update_provider
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons
from .generated.ui_provider_dialog import Ui_ProviderDialog

CODE_ROLE = Qt.ItemDataRole.UserRole


class ProviderDialog(QDialog):
    """``entry`` None adds a new service. After Save, ``saved`` is the entry as stored."""

    def __init__(self, context: AppContext, entry: ProviderEntry | None,
                 categories: list[str] = (), parent=None):
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self.saved: ProviderEntry | None = None
        self.ui = Ui_ProviderDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Edit {entry.name}" if entry else "Add a service to the directory")
        ui.category.addItems(list(categories))
        _fill_checklist(ui.needs, NEED_DOMAINS.items())
        _fill_checklist(ui.offences, sorted(OFFENCE_CATEGORIES.items(), key=lambda kv: kv[1]))
        self.errors = {
            "name": ui.nameError, "category": ui.categoryError, "phone": ui.phoneError,
            "website": ui.websiteError, "area": ui.areaError, "description": ui.descriptionError,
            "need_domains": ui.needsError, "offence_categories": ui.offencesError,
            "": ui.problem,
        }
        self._load(entry.fields() if entry else {"category": ""})
        self._clear_errors()
        self._initial = self.values()
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save")
        fit_bold_buttons(self)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.name.setFocus()

    def _load(self, fields: dict) -> None:
        ui = self.ui
        ui.name.setText(fields.get("name") or "")
        ui.category.setCurrentText(fields.get("category") or "")
        ui.phone.setText(fields.get("phone") or "")
        ui.website.setText(fields.get("website") or "")
        ui.area.setText(fields.get("area") or "")
        ui.description.setPlainText(fields.get("description") or "")
        ui.commissioned.setChecked(bool(fields.get("commissioned")))
        _check(ui.needs, fields.get("need_domains") or ())
        _check(ui.offences, fields.get("offence_categories") or ())

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.name.text(),
            "category": ui.category.currentText(),
            "phone": ui.phone.text(),
            "website": ui.website.text(),
            "area": ui.area.text(),
            "description": ui.description.toPlainText(),
            "commissioned": ui.commissioned.isChecked(),
            "need_domains": _checked(ui.needs),
            "offence_categories": _checked(ui.offences),
        }

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: dict[str, str]) -> None:
        self._clear_errors()
        for field, message in problems.items():
            label = self.errors.get(field, self.ui.problem)
            label.setText(message)
            label.show()

    def save(self) -> None:
        user = self.context.user.username
        try:
            with self.context.store.session(write=True) as session:
                if self.entry is None:
                    self.saved = add_provider(session, self.values(), user=user)
                else:
                    self.saved = update_provider(session, self.entry.id, self.values(), user=user,
                                                 expected_version=self.entry.row_version)
                session.commit()
        except ProviderError as error:
            self.show_problems(error.problems)
            return
        super().accept()

    def reject(self) -> None:
        if self.values() != self._initial and not confirm(
            self, "Unsaved changes", "Close without saving your changes to this entry?",
            "Close without saving",
        ):
            return
        super().reject()


def _fill_checklist(widget, items) -> None:
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


def _check(widget, codes) -> None:
    codes = set(codes)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes
                           else Qt.CheckState.Unchecked)


def _checked(widget) -> list[str]:
    return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]
