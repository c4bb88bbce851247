"""Where letters and case summaries are reached from: the case view's header and the main
window's menus. Two hook lines, one in each (the lead's files):

    # val_desktop/ui/case_view.py, CaseView.__init__, after self.ui.setupUi(self):
    from .document_actions import add_document_actions
    add_document_actions(self)

    # val_desktop/ui/main_window.py, MainWindow.__init__, after self._connect_actions():
    from .document_actions import add_main_window_actions
    add_main_window_actions(self)
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from .context import AppContext
from .workers import run_in_background

LETTER_KEYS = "Ctrl+Shift+L"
SUMMARY_KEYS = "Ctrl+Shift+P"
BATCH_KEYS = "Ctrl+Alt+P"


def write_letter(context: AppContext, case_id: uuid.UUID, parent: QWidget | None = None,
                 *, victim: bool = False) -> bool:
    """The letter dialog on a case; True when a letter was printed or saved."""
    from .letter_dialog import LetterDialog

    dialog = LetterDialog(context, case_id, parent, victim=victim)
    dialog.exec()
    return dialog.produced is not None


def show_case_summary(context: AppContext, case_id: uuid.UUID, parent: QWidget | None = None,
                      on_shown=None):
    """Make the case's summary in the background, then preview it (print or save from there).
    Returns the worker; `on_shown(dialog)` is called with the preview before it runs (tests)."""
    from ..letters.case_summary import case_summary_pdf
    from ..store.documents import case_summary, printer_for

    store, rulebook, today, username = (context.store, context.rulebook, context.today(),
                                        context.user.username)

    def make():
        with store.session() as session:
            data = case_summary(session, case_id, rulebook, today)
            return data.ref, data.victim_name, case_summary_pdf(
                data, printer_for(session, username))

    def done(result) -> None:
        from .document_preview_dialog import DocumentPreviewDialog

        ref, name, pdf = result
        dialog = DocumentPreviewDialog(
            pdf, title=f"Case summary {ref} — {name}", file_name=f"{ref} case summary.pdf",
            intro="An internal document for supervisors: every page says who printed it and "
                  "when. Do not send it outside VAL.", parent=parent)
        dialog.resize(900, 760)
        if on_shown:
            on_shown(dialog)
        dialog.exec()

    def failed(message: str, _trace: str) -> None:
        QMessageBox.warning(parent, "Case summary", f"The case summary could not be made: "
                                                    f"{message}")

    return run_in_background(make, on_done=done, on_error=failed)


def print_summaries(context: AppContext, parent: QWidget | None = None) -> None:
    from .summaries_dialog import SummariesDialog

    SummariesDialog(context, parent).exec()


def add_document_actions(case_view) -> tuple[QPushButton, QPushButton]:
    """"Write a letter…" and "Case summary…" buttons in the case view's header, beside
    Log contact. (Their keyboard shortcuts belong to the main window's actions, which act on
    the open case, as Log contact's Ctrl+L does.)"""
    letter = QPushButton("&Write a letter…", case_view)
    letter.setToolTip(f"A referral letter to a support service, or a letter to the victim "
                      f"({LETTER_KEYS})")
    letter.setAccessibleName("Write a letter")
    summary = QPushButton("Case s&ummary…", case_view)
    summary.setToolTip(f"Preview, print or save this case's summary ({SUMMARY_KEYS})")
    summary.setAccessibleName("Case summary")
    row = case_view.ui.headerRow
    at = row.indexOf(case_view.ui.logContact)
    row.insertWidget(at, summary)
    row.insertWidget(at, letter)
    letter.clicked.connect(lambda: write_letter(case_view.context, case_view.case_id, case_view))
    summary.clicked.connect(
        lambda: show_case_summary(case_view.context, case_view.case_id, case_view))
    case_view.letter_button, case_view.summary_button = letter, summary
    return letter, summary


def add_main_window_actions(window) -> dict[str, QAction]:
    """Case ▸ Write a letter… / Case summary… (on the open case) and File ▸ Print case
    summaries… (supervisors)."""
    context = window.context

    def on_case(action):
        view = window.current_case_view()
        if view is None:
            QMessageBox.information(window, "Letters and summaries",
                                    "Open a case first: letters and summaries are of a case.")
            return
        action(context, view.case_id, view)

    letter = QAction("&Write a letter…", window)
    letter.setShortcut(QKeySequence(LETTER_KEYS))
    letter.triggered.connect(lambda: on_case(write_letter))
    summary = QAction("Case s&ummary…", window)
    summary.setShortcut(QKeySequence(SUMMARY_KEYS))
    summary.triggered.connect(lambda: on_case(show_case_summary))
    batch = QAction("&Print case summaries…", window)
    batch.setShortcut(QKeySequence(BATCH_KEYS))
    batch.setEnabled(context.user.is_supervisor)
    batch.triggered.connect(lambda: print_summaries(context, window))
    window.ui.menuCase.addSeparator()
    window.ui.menuCase.addAction(letter)
    window.ui.menuCase.addAction(summary)
    file_actions = window.ui.menuFile.actions()
    before = file_actions[2] if len(file_actions) > 2 else None  # after the import
    window.ui.menuFile.insertAction(before, batch)
    return {"letter": letter, "summary": summary, "batch": batch}
