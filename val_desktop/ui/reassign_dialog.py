"""Reassigning a case's SPOC to another active caseworker; the reason is required and kept in
the assignment history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox

from ..store.database import StoreError
from ..store.spoc_history import ReassignError, caseworker_choices, current_spoc, reassign_spoc
from .context import AppContext
from .generated.ui_reassign_dialog import Ui_ReassignDialog
from .needs_assessment_dialog import confirm_discard, find_data, fit_default_button

COMMON_REASONS = [
    "SPOC on annual leave",
    "SPOC on long-term leave",
    "SPOC has left the service",
    "Caseload balancing",
    "Victim asked for a different caseworker",
    "Specialist caseworker needed",
    "Victim moved to another area of the team",
]


class ReassignDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.assigned_to: uuid.UUID | None = None
        self.ui = Ui_ReassignDialog()
        self.ui.setupUi(self)
        self.ui.problem.hide()
        with context.store.session() as session:
            current = current_spoc(session, case_id)
            choices = caseworker_choices(session)
        self.current = current
        self.setWindowTitle(f"Reassign SPOC · {current.case_ref}")
        if current.name:
            self.ui.currentSpoc.setText(
                current.name if current.active else f"{current.name} (no longer active)")
        else:
            self.ui.currentSpoc.setText("Nobody yet")
            self.setWindowTitle(f"Assign a SPOC · {current.case_ref}")
        self.ui.newSpoc.addItem("Choose a caseworker…", None)
        for person in choices:
            if person.id == current.staff_id:
                continue
            cases = f"{person.open_cases} open case{'s' if person.open_cases != 1 else ''}"
            self.ui.newSpoc.addItem(f"{person.name} — {cases}", person.id)
        completer = QCompleter(COMMON_REASONS, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.reason.setCompleter(completer)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Reassign" if current.name else "Assign")
        fit_default_button(ok)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.dirty = False
        self.ui.newSpoc.currentIndexChanged.connect(self._changed)
        self.ui.reason.textEdited.connect(self._changed)
        self.ui.newSpoc.setFocus()

    def _changed(self, *_) -> None:
        self.dirty = True

    def choose(self, staff_id: uuid.UUID) -> None:
        self.ui.newSpoc.setCurrentIndex(find_data(self.ui.newSpoc, staff_id))

    def save(self) -> None:
        staff_id = self.ui.newSpoc.currentData()
        reason = self.ui.reason.text().strip()
        if staff_id is None:
            self._problem("Choose the caseworker who will be the new SPOC.")
            self.ui.newSpoc.setFocus()
            return
        if not reason:
            self._problem("Give a reason for the change: it is kept in the case's SPOC history.")
            self.ui.reason.setFocus()
            return
        try:
            with self.context.store.session(write=True) as session:
                reassign_spoc(session, self.case_id, staff_id, reason=reason,
                              by=self.context.user.username)
                session.commit()
        except (ReassignError, StoreError) as error:
            self._problem(str(error))
            return
        self.assigned_to = staff_id
        self.dirty = False
        self.accept()

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(
            self, "The SPOC has not been changed. Close this and lose what you entered?"
        ):
            return
        super().reject()
