"""Signposting a victim to a service: choose it with the directory's search, add a note, and the
case's contact log records it (kind "signpost", naming the service).

The case view offers it from its contacts tab:
    SignpostDialog(self.context, self.case_id, self).exec()
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain.vocabulary import offence_label
from ..store.directory_edit import ProviderError, case_for_signpost, load_directory, log_signpost
from .context import AppContext
from .dialog_polish import fit_bold_buttons
from .directory_page import DirectorySearch, details_html
from .generated.ui_signpost_dialog import Ui_SignpostDialog


class SignpostDialog(QDialog):
    """After Save, ``logged_id`` is the contact-log entry's id."""

    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.logged_id: uuid.UUID | None = None
        self.ui = Ui_SignpostDialog()
        self.ui.setupUi(self)
        with context.store.session() as session:
            self.case = case_for_signpost(session, case_id)
            entries = load_directory(session, include_retired=False)
        self.setWindowTitle(f"Signpost {self.case.victim_name} ({self.case.ref}) to a service")
        self.ui.intro.setText(
            f"Give <b>{html.escape(self.case.victim_name)}</b> ({html.escape(self.case.ref)}, "
            f"{html.escape(offence_label(self.case.offence_category))}) the details of a service. "
            "Saving logs it on the case's contacts. Services for this offence come first.")
        self.directory = DirectorySearch(self.ui, self)
        self.directory.currentChanged.connect(self._show)
        index = self.ui.offenceFilter.findData(self.case.offence_category)
        if index >= 0:
            self.ui.offenceFilter.setCurrentIndex(index)
        self.directory.set_entries(entries)
        self.ui.splitter.setSizes([560, 380])
        self.ui.problem.hide()
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Log signposting")
        fit_bold_buttons(self)
        header = self.ui.table.horizontalHeader()
        header.resizeSection(1, 150)
        header.resizeSection(2, 110)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.table.activated.connect(lambda _: self.ui.note.setFocus())
        self.ui.search.setFocus()

    def _show(self, entry) -> None:
        self.ui.details.setText(details_html(entry) if entry else
                                "No service matches: change the search or the filters.")

    def save(self) -> None:
        entry = self.directory.current_entry()
        if entry is None:
            self._problem("Choose the service you gave the victim.")
            return
        try:
            with self.context.store.session(write=True) as session:
                logged = log_signpost(session, self.case_id, entry.id, self.ui.note.toPlainText(),
                                      staff_id=self.context.user.id,
                                      user=self.context.user.username)
                self.logged_id = logged.id
                session.commit()
        except (ProviderError, LookupError) as error:
            self._problem(str(error))
            return
        self.context.changes.case_changed.emit(self.case_id)
        super().accept()

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
