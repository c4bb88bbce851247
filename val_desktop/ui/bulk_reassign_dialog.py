"""Reassigning many cases at once (absence cover, rebalancing): to whom, and why.

The reason is required and kept on every case's SPOC history. The supervisor confirms ("Reassign
37 cases from A to B?"); the work then runs in the background with progress, in one transaction:
Stop leaves every case as it was.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..store.workload import (
    Caseload,
    ReassignCancelled,
    ReassignResult,
    WorkloadError,
    reassign_cases,
)
from .context import AppContext
from .generated.ui_bulk_reassign_dialog import Ui_BulkReassignDialog
from .workers import Worker, run_in_background
from .workload_models import while_alive

COMMON_REASONS = (
    "Absence cover",
    "Caseload rebalancing",
    "Caseworker has left VAL",
    "Specialist support needed",
    "Conflict of interest",
)
NO_REASON = "Give a reason for the reassignment: it is kept on every case."


def _cases(n: int) -> str:
    return f"{n:,} case{'s' if n != 1 else ''}"


class BulkReassignDialog(QDialog):
    def __init__(self, context: AppContext, case_ids: list[uuid.UUID],
                 from_staff_id: uuid.UUID | None, from_name: str,
                 candidates: list[Caseload], parent=None):
        super().__init__(parent)
        self.context = context
        self.case_ids = list(case_ids)
        self.from_staff_id = from_staff_id
        self.from_name = from_name if from_staff_id is not None else "nobody"
        self.outcome: ReassignResult | None = None
        self.worker: Worker | None = None
        self.ui = Ui_BulkReassignDialog()
        self.ui.setupUi(self)
        ui = self.ui
        n = len(self.case_ids)
        if from_staff_id is None:
            ui.intro.setText(f"Give {_cases(n)} that nobody holds to a caseworker. The change "
                             "and its reason are kept in each case's history.")
        else:
            ui.intro.setText(
                f"Reassign {_cases(n)} from <b>{_escape(self.from_name)}</b> to another "
                "caseworker. Each case keeps its history: who held it, who takes it over, when "
                "and why."
            )
        for row in candidates:
            ui.toCaseworker.addItem(f"{row.name} — {row.open_cases:,} open cases", row.staff_id)
        if not candidates:
            ui.toCaseworker.addItem("Nobody else can take cases", None)
            ui.toCaseworker.setEnabled(False)
        ui.reason.addItems(COMMON_REASONS)
        ui.reason.setCurrentIndex(-1)
        ui.reason.setEditText("")
        ui.reason.lineEdit().setPlaceholderText("Why are these cases moving? e.g. Absence cover")
        ui.reason.lineEdit().setMaxLength(500)
        ui.reason.editTextChanged.connect(lambda _: ui.problem.setText(""))
        ui.progress.hide()
        ui.progressText.hide()
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Re&assign {_cases(n)}")
        ok.setDefault(True)
        # The default button is drawn bold (style.qss): make room for its text in bold.
        bold = QFont(ok.font())
        bold.setBold(True)
        ok.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(ok.text().replace("&", "")) + 32)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.toCaseworker.setFocus()

    # -- what the supervisor chose -----------------------------------------------------------
    def target(self) -> tuple[uuid.UUID | None, str]:
        name = self.ui.toCaseworker.currentText().split(" — ")[0]
        return self.ui.toCaseworker.currentData(), name

    def reason(self) -> str:
        return self.ui.reason.currentText().strip()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def accept(self) -> None:
        """Check, confirm, then reassign in the background."""
        if self.running:
            return
        to_id, to_name = self.target()
        if to_id is None:
            self._problem("Choose the caseworker who takes the cases.", self.ui.toCaseworker)
            return
        reason = self.reason()
        if not reason:
            self._problem(NO_REASON, self.ui.reason)
            return
        n = len(self.case_ids)
        question = (f"Give {_cases(n)} that nobody holds to {to_name}?"
                    if self.from_staff_id is None else
                    f"Reassign {_cases(n)} from {self.from_name} to {to_name}?")
        answer = QMessageBox.question(
            self, "Reassign cases", f"{question}\n\nReason: {reason}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(to_id, reason)

    def _problem(self, text: str, widget) -> None:
        self.ui.problem.setText(text)
        widget.setFocus()

    def _start(self, to_id: uuid.UUID, reason: str) -> None:
        ui = self.ui
        ui.problem.setText("")
        for widget in (ui.toCaseworker, ui.reason):
            widget.setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("&Stop")
        ui.progress.setRange(0, len(self.case_ids))
        ui.progress.setValue(0)
        ui.progress.show()
        ui.progressText.setText("Reassigning…")
        ui.progressText.show()
        store, user = self.context.store, self.context.user
        ids, from_id = self.case_ids, self.from_staff_id

        def work(progress) -> ReassignResult | None:
            with store.session(write=True) as session:
                try:
                    result = reassign_cases(
                        session, ids, to_id, reason, by=user.username, from_staff_id=from_id,
                        progress=lambda done, total: progress.report(
                            done, total, f"{done:,} of {total:,} cases"),
                    )
                except ReassignCancelled:
                    session.rollback()
                    return None
                session.commit()
                return result

        self.worker = run_in_background(work, on_done=while_alive(self, self._done),
                                        on_error=while_alive(self, self._failed),
                                        on_progress=while_alive(self, self._progress))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progress.setMaximum(max(total, 1))
        self.ui.progress.setValue(done)
        if self.worker is not None and not self.worker.progress.cancelled:
            self.ui.progressText.setText(text)

    def _done(self, result: ReassignResult | None) -> None:
        self.worker = None
        if result is None:
            self.ui.progressText.setText("Stopped: nothing was changed.")
            super().reject()
            return
        self.outcome = result
        if result.moved:
            self.context.changes.cases_changed.emit()
        super().accept()

    def _failed(self, message: str, _trace: str) -> None:
        self.worker = None
        ui = self.ui
        if "reason" in message.lower() and not self.reason():
            message = NO_REASON
        ui.problem.setText(f"The cases were not reassigned: {message} Nothing was changed.")
        ui.progress.hide()
        ui.progressText.hide()
        for widget in (ui.toCaseworker, ui.reason):
            widget.setEnabled(True)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")

    def reject(self) -> None:
        """Cancel before starting; Stop while running (the work rolls back, then it closes)."""
        if self.running:
            self.worker.cancel()
            self.ui.progressText.setText("Stopping…")
            return
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["BulkReassignDialog", "COMMON_REASONS", "NO_REASON", "WorkloadError"]
