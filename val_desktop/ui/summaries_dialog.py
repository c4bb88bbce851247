"""Case summaries in a batch: a caseworker's or the whole team's open cases, into one PDF or one
PDF per case, made in the background with a progress bar and Stop.

    SummariesDialog(context, parent).exec()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog

from ..store.documents import caseload_choices, open_cases_for
from .context import AppContext
from .dialog_polish import fit_bold_buttons, repolish
from .generated.ui_summaries_dialog import Ui_SummariesDialog
from .workers import run_in_background

TEAM = ""  # the combo's data for "every open case"


class SummariesDialog(QDialog):
    """After a run, `result` is the letters.batch.BatchResult."""

    def __init__(self, context: AppContext, parent=None, *, spoc: str | None = None):
        super().__init__(parent)
        self.context = context
        self.worker = None
        self.result = None
        self._close_when_done = False
        self.ui = Ui_SummariesDialog()
        self.ui.setupUi(self)
        with context.store.session() as session:
            total, people = caseload_choices(session)
        self.ui.whose.addItem("The whole team (every open case)", TEAM)
        self.counts = {TEAM: total}
        for person in people:
            self.ui.whose.addItem(person.name, person.username)
            self.counts[person.username] = person.open_cases
        if spoc:
            index = self.ui.whose.findData(spoc)
            if index >= 0:
                self.ui.whose.setCurrentIndex(index)
        self.ui.whose.currentIndexChanged.connect(self._choice_changed)
        self.ui.oneFile.toggled.connect(self._choice_changed)
        self.ui.browse.clicked.connect(self.browse)
        self.ui.start.clicked.connect(self.start)
        self.ui.stop.clicked.connect(self.stop)
        self.ui.close.clicked.connect(self.close)
        self.ui.problem.hide()
        self.ui.progress.hide()
        self.ui.stop.setEnabled(False)
        fit_bold_buttons(self)
        repolish(self)
        self._choice_changed()
        self.ui.whose.setFocus()

    # -- choices -------------------------------------------------------------------------------
    def whose(self) -> str | None:
        data = self.ui.whose.currentData()
        return None if data == TEAM else data

    def _default_target(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        who = self.whose() or "team"
        name = f"Case summaries {who} {self.context.today():%Y-%m-%d}"
        return folder / (f"{name}.pdf" if self.ui.oneFile.isChecked() else name)

    def _choice_changed(self) -> None:
        count = self.counts.get(self.ui.whose.currentData(), 0)
        self.ui.count.setText(f"{count} open case{'s' if count != 1 else ''}")
        self.ui.targetLabel.setText("Save &to (PDF file)" if self.ui.oneFile.isChecked()
                                    else "Save &to (folder)")
        self.ui.target.setText(str(self._default_target()))
        self.ui.target.setCursorPosition(0)
        self.ui.start.setEnabled(count > 0 and self.worker is None)

    def browse(self) -> None:
        current = self.ui.target.text()
        if self.ui.oneFile.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, "Save the summaries as", current,
                                                  "PDF files (*.pdf)")
        else:
            path = QFileDialog.getExistingDirectory(self, "Save one PDF per case in",
                                                    str(Path(current).parent))
        if path:
            self.ui.target.setText(path)

    # -- running -------------------------------------------------------------------------------
    def _target(self) -> Path | None:
        text = self.ui.target.text().strip()
        if not text:
            self._problem("Say where to save the summaries.")
            return None
        path = Path(text).expanduser()
        if self.ui.oneFile.isChecked():
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if path.is_dir():
                self._problem(f"{path} is a folder: give the name of the PDF to write.")
                return None
            if not path.parent.is_dir():
                self._problem(f"The folder {path.parent} does not exist.")
                return None
        elif path.exists() and not path.is_dir():
            self._problem(f"{path} is a file: choose a folder for one PDF per case.")
            return None
        return path

    def start(self) -> None:
        from ..letters.batch import write_summaries

        self.ui.problem.hide()
        target = self._target()
        if target is None:
            return
        with self.context.store.session() as session:
            cases = open_cases_for(session, self.whose())
        if not cases:
            self._problem("There are no open cases to summarise.")
            return
        ids = [c.id for c in cases]
        self.ui.progress.setRange(0, len(ids))
        self.ui.progress.setValue(0)
        self.ui.progress.show()
        self.ui.status.setText(f"Making {len(ids)} case summaries…")
        self._running(True)
        context, one_file, today = self.context, self.ui.oneFile.isChecked(), self.context.today()

        def work(progress):  # on a worker thread: no widget is touched here
            return write_summaries(
                context.store, ids, target, rulebook=context.rulebook, today=today,
                printed_by=context.user.username, one_file=one_file, progress=progress.report)

        self.worker = run_in_background(work, on_done=self._done, on_error=self._failed,
                                        on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.ui.progress.setRange(0, total)
        self.ui.progress.setValue(done)
        self.ui.status.setText(f"{text} ({done} of {total})" if total else text)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.ui.status.setText("Stopping…")
            self.ui.stop.setEnabled(False)

    def _done(self, result) -> None:
        self.worker = None
        self.result = result
        self._running(False)
        if not result.cancelled:
            self.ui.progress.setValue(self.ui.progress.maximum())
        self.ui.status.setText(result.line())
        if self._close_when_done:
            self.accept()

    def _failed(self, message: str, _trace: str) -> None:
        self.worker = None
        self._running(False)
        self._problem(f"The summaries could not be made: {message}")
        if self._close_when_done:
            self.reject()

    def _running(self, running: bool) -> None:
        for widget in (self.ui.whose, self.ui.oneFile, self.ui.perCase, self.ui.target,
                       self.ui.browse, self.ui.start):
            widget.setEnabled(not running)
        self.ui.stop.setEnabled(running)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.worker is not None:  # stop first; close once the worker has stopped
            self._close_when_done = True
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.worker is not None:
            self._close_when_done = True
            self.stop()
            return
        super().reject()

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
