"""Importing a referral file from the desktop (File > Import referrals).

The import runs on the thread pool (ui.workers) with a progress bar and Cancel; the importer
asks the progress callback every hundred rows whether to go on, and on Cancel stops after
writing whole the rows it holds. It ends in a summary (read / imported / duplicate / rejected),
the rejected rows with their line and reason, and a button to open the rejects file. A problem
with the file as a whole (intake.referral_file.ReferralFileError) changes nothing and says so.
"""

from __future__ import annotations

import importlib
import os
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QSizePolicy

from ..domain.calendar import add_working_days
from ..intake.referral_file import ReferralFileError, RejectedRow, check_values
from ..store.importer import ImportSummary, import_referrals
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons
from .generated.ui_import_dialog import Ui_ImportDialog
from .workers import run_in_background

_ROOT = QModelIndex()  # the invisible root: a table has no children
REJECT_COLUMNS = ("Line", "Referral ID", "Name", "Reason")
FIT_ROWS_UP_TO = 500
PROGRESS_EVERY_S = 0.1


class RejectsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RejectedRow] = []

    def set_rows(self, rows: list[RejectedRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(REJECT_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return REJECT_COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return str(row.line)
        if column == 1:
            return row.values.get("source_id", "")
        if column == 2:
            return " ".join(filter(None, (row.values.get("first_name", "").strip(),
                                          row.values.get("last_name", "").strip())))
        return row.reason


@dataclass(frozen=True)
class ImportOutcome:
    """What the background import hands back: a summary, or why the file was refused."""

    summary: ImportSummary | None
    file_problem: str | None = None


def estimate_rows(path: str | os.PathLike) -> int:
    """About how many rows a file holds (its line breaks less the header), for the progress
    bar; exact unless notes run over several lines."""
    try:
        with open(path, "rb") as handle:
            breaks = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0
    return max(breaks, 1) - 1 if breaks else 0


_LAZY_MODULES = (
    # What a big file's checking process needs (intake.checking starts it with "spawn").
    "multiprocessing.connection", "multiprocessing.queues", "multiprocessing.synchronize",
    "multiprocessing.spawn", "multiprocessing.popen_spawn_posix",
    "multiprocessing.popen_spawn_win32", "multiprocessing.resource_tracker",
    # The rejects file is written UTF-8 with a byte-order mark (a codec found on first use).
    "encodings.utf_8_sig",
)
_prepared = False
_SAMPLE_ROW = {
    "source_id": "WARM-UP", "referral_source": "police", "referred_at": "2026-01-05T10:00",
    "crime_reference": "22/1/26", "offence_category": "assault", "offence_date": "2026-01-04",
    "first_name": "Ann", "last_name": "Other", "date_of_birth": "1990-01-02",
    "phone": "07700 900444", "email": "ann@example.org", "postcode": "WR3 8SP",
    "reported_to_police": "yes", "gender": "female", "safe_to_call": "yes",
}


def prepare_on_ui_thread() -> None:
    """Import, on the UI thread, what an import would otherwise import lazily on the worker
    thread (phone metadata, bank holidays, the checking process's modules): PySide6's import
    hook is not safe for a first import on a worker thread (seen with PySide6 6.12 as "Fatal
    Python error: none_dealloc" while the worker imported the holidays tables). Costs a few
    milliseconds once."""
    global _prepared
    if _prepared:
        return
    for name in _LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # the other platform's module
            pass
    today = date.today()
    for year in (today.year - 1, today.year, today.year + 1):
        add_working_days(date(year, 6, 1), 1)
    check_values(_SAMPLE_ROW, now=datetime.now(UTC))
    # An address with an international domain, and every country's phone rules (a file may
    # hold +353 or +48 numbers; the rules of each country are a module loaded on first use).
    check_values({**_SAMPLE_ROW, "email": "łucja@bücher.example"}, now=datetime.now(UTC))
    for region in phonenumbers.SUPPORTED_REGIONS:
        PhoneMetadata.metadata_for_region(region)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        PhoneMetadata.metadata_for_nongeo_region(code)
    _prepared = True


def run_import(store, path, *, user, rulebook, dry_run, progress) -> ImportOutcome:
    """The work of the background worker (`progress` is a workers.Progress)."""
    total = estimate_rows(path)
    progress.report(0, total, "")
    try:
        summary = import_referrals(
            store, path, user=user, rulebook=rulebook, dry_run=dry_run,
            progress=lambda done: progress.report(done, total),
        )
    except ReferralFileError as error:
        return ImportOutcome(None, str(error))
    return ImportOutcome(summary)


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent=None, path: str | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.worker = None
        self.outcome: ImportOutcome | None = None
        self.failure: str | None = None
        self._close_when_done = False
        self._shown_at = 0.0
        self.rejects = RejectsModel(self)
        self.ui.rejectsTable.setModel(self.rejects)
        header = self.ui.rejectsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.resizeSection(2, 160)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.openRejectsButton.clicked.connect(self.open_rejects)
        self.ui.filePath.textChanged.connect(lambda _: self._set_state())
        if path:
            self.ui.filePath.setText(path)
        self._show_result(None)
        self._set_state()
        fit_bold_buttons(self)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def _set_state(self) -> None:
        ui, running = self.ui, self.running
        for widget in (ui.filePath, ui.browseButton, ui.checkOnly):
            widget.setEnabled(not running)
        ui.startButton.setEnabled(not running and bool(ui.filePath.text().strip()))
        ui.cancelButton.setVisible(running)
        ui.cancelButton.setEnabled(running)
        ui.progress.setVisible(running or bool(self.outcome and self.outcome.summary))
        summary = self.outcome.summary if self.outcome else None
        ui.openRejectsButton.setVisible(bool(summary and summary.rejects_file))

    def _show_result(self, outcome: ImportOutcome | None) -> None:
        ui = self.ui
        summary = outcome.summary if outcome else None
        ui.fileProblem.setVisible(bool(outcome and outcome.file_problem) or bool(self.failure))
        ui.summary.setVisible(summary is not None)
        has_rejects = bool(summary and summary.rejects)
        ui.rejectsLabel.setVisible(has_rejects)
        ui.rejectsTable.setVisible(has_rejects)
        # The list takes the room when there is one; otherwise the space stays at the bottom.
        ui.middleSpacer.changeSize(10, 10, QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Fixed if has_rejects
                                   else QSizePolicy.Policy.Expanding)
        ui.layout.invalidate()
        self.rejects.set_rows(summary.rejects if summary else [])
        self._fit_rows()

    def _fit_rows(self) -> None:
        # Long reasons wrap; measuring every row is cheap for the few hundred a person reads.
        if self.rejects.rowCount() <= FIT_ROWS_UP_TO:
            self.ui.rejectsTable.resizeRowsToContents()

    # -- choosing and running -----------------------------------------------------------------
    def browse(self) -> None:
        folder = self.context.settings.value("import/folder") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose a referral file", str(folder),
            "Referral files (*.csv);;All files (*)")
        if path:
            self.context.settings.setValue("import/folder", str(Path(path).parent))
            self.ui.filePath.setText(path)

    def start(self) -> None:
        path = self.ui.filePath.text().strip()
        if not path or self.running:
            return
        self.outcome, self.failure = None, None
        self._show_result(None)
        prepare_on_ui_thread()
        self.ui.progress.setRange(0, 0)  # busy until the first report
        self._shown_at = 0.0
        self.ui.status.setText(f"Reading {Path(path).name}…")
        self.worker = run_in_background(
            run_import, self.context.store, path,
            user=self.context.user.username, rulebook=self.context.rulebook,
            dry_run=self.ui.checkOnly.isChecked(),
            on_done=self._finished, on_error=self._failed, on_progress=self._progress,
        )
        self._set_state()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.worker is None:
            return
        now = time.monotonic()
        recent = now - self._shown_at < PROGRESS_EVERY_S
        if recent and 0 < self.ui.progress.value() and done < total:
            return  # after the first rows, a screen update every tenth of a second is plenty
        self._shown_at = now
        total = max(total, done)
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)
        if self.worker.progress.cancelled:
            self.ui.status.setText(f"Stopping after the rows being written… ({done:,} read)")
        else:
            self.ui.status.setText(f"{done:,} of about {total:,} rows read")

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.status.setText("Stopping after the rows being written…")

    def _finished(self, outcome: ImportOutcome) -> None:
        self.worker = None
        self.outcome = outcome
        ui = self.ui
        ui.progress.setRange(0, 1)
        if outcome.file_problem:
            ui.progress.setValue(0)
            ui.status.setText("")
            ui.fileProblem.setText(
                "Nothing was imported: " + outcome.file_problem.rstrip(".") + ". "
                "The store is unchanged; correct the file and import it again.")
        else:
            summary = outcome.summary
            ui.progress.setValue(0 if summary.cancelled else 1)
            ui.summary.setText(self._summary_text(summary))
            ui.status.setText(self._status_text(summary))
            if summary.imported and not self.ui.checkOnly.isChecked():
                self.context.changes.cases_changed.emit()
        self._show_result(outcome)
        self._set_state()
        if self._close_when_done:
            super().reject()

    def _summary_text(self, summary: ImportSummary) -> str:
        if self.ui.checkOnly.isChecked():
            return ("Check only, nothing stored. " + summary.line()
                    .replace(" imported,", " would be imported,"))
        return summary.line()

    def _status_text(self, summary: ImportSummary) -> str:
        parts = []
        if summary.cancelled:
            parts.append("Cancelled: every case imported before you cancelled is complete.")
        if summary.rejects_file:
            parts.append(f"The rejected rows, with the reason for each, are in "
                         f"{summary.rejects_file}.")
        elif summary.rejects:
            parts.append("Correct the rows below in the file, then import it.")
        return " ".join(parts)

    def _failed(self, message: str, _trace: str) -> None:
        self.worker = None
        self.failure = message
        self.ui.progress.setRange(0, 1)
        self.ui.progress.setValue(0)
        self.ui.status.setText("")
        self.ui.fileProblem.setText(
            f"The import stopped with an error: {message}. The cases written before it are "
            "complete; import the file again to finish (what is stored is skipped as "
            "duplicate).")
        self._show_result(None)
        self._set_state()
        self.context.changes.cases_changed.emit()
        if self._close_when_done:
            super().reject()

    def open_rejects(self) -> None:
        summary = self.outcome.summary if self.outcome else None
        if not summary or not summary.rejects_file:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.rejects_file))):
            QMessageBox.information(
                self, "Rejects file",
                f"No program opened the rejects file. It is at:\n{summary.rejects_file}")

    def reject(self) -> None:
        if self.running:
            if confirm(self, "Cancel the import?",
                       "The import is still running. Cancel it and close? Cases already "
                       "imported stay, each complete.", "Cancel import and close"):
                self._close_when_done = True
                self.cancel()
            return
        super().reject()
