"""Letters, previews and summaries in the desktop, as a caseworker and a supervisor use them."""

from __future__ import annotations

import threading

import pytest
from contacts_fixtures import make_context
from letters_fixtures import letter_case, pdf_text
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from val_desktop.letters import batch
from val_desktop.store.documents import DocumentRefused
from val_desktop.store.models import ContactLogEntry
from val_desktop.ui import letter_dialog
from val_desktop.ui.document_actions import (
    add_document_actions,
    add_main_window_actions,
    show_case_summary,
)
from val_desktop.ui.document_preview_dialog import DocumentPreviewDialog
from val_desktop.ui.letter_dialog import LetterDialog
from val_desktop.ui.summaries_dialog import SummariesDialog


@pytest.fixture
def case(store):
    return letter_case(store)


@pytest.fixture
def context(store, case, tmp_path):
    return make_context(store, case.user, tmp_path)


def entries(store, kind):
    with store.session() as session:
        return session.scalars(select(ContactLogEntry).where(ContactLogEntry.kind == kind)).all()


def choose_provider(dialog, name):
    for index in range(dialog.ui.provider.count()):
        if name in dialog.ui.provider.itemText(index):
            dialog.ui.provider.setCurrentIndex(index)
            return
    raise AssertionError(f"{name} is not offered")


@pytest.fixture
def previews(monkeypatch):
    """Previews do not block: each is kept, and `then(dialog)` (if set) runs in its place."""

    class Shown(list):
        then: dict

    shown = Shown()
    then = {"action": None}

    def exec_(self):
        shown.append(self)
        if then["action"]:
            then["action"](self)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", exec_)
    shown.then = then
    return shown


def test_a_letter_to_the_victim_is_refused_in_words_when_writing_is_unsafe(qtbot, store,
                                                                            tmp_path):
    case = letter_case(store, safe_to_write="unknown", safe_to_email="yes")
    context = make_context(store, case.user, tmp_path)
    dialog = LetterDialog(context, case.case_id, victim=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.permissionBanner.isVisible()
    assert "do not write" in dialog.ui.permissionBanner.text().lower()
    assert dialog.ui.problem.isVisible()
    assert "not safe to write to this victim" in dialog.ui.problem.text()
    assert not dialog.preview_button.isEnabled()
    dialog.ui.byEmail.setChecked(True)  # e-mail is recorded as safe
    assert not dialog.ui.problem.isVisible()
    assert dialog.preview_button.isEnabled()
    assert "counts as an offer of referral" in dialog.ui.kindNote.text()


def test_refer_to_a_service_after_recording_consent(qtbot, store, case, context, monkeypatch,
                                                     previews, tmp_path):
    dialog = LetterDialog(context, case.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_provider(dialog, "Victim Support")
    assert dialog.ui.consentStatus.text().startswith("Not recorded")
    assert "No consent to share" in dialog.ui.problem.text()
    assert not dialog.preview_button.isEnabled()
    assert "Not shared with this kind of service: home address" in dialog.ui.shared.text()

    monkeypatch.setattr(letter_dialog, "confirm", lambda *args: True)
    with qtbot.waitSignal(context.changes.case_changed):
        dialog.ui.recordConsent.click()
    assert dialog.ui.consentStatus.text().startswith("Given on")
    assert "Jane Smith" in dialog.ui.consentStatus.text()
    assert dialog.preview_button.isEnabled() and not dialog.ui.problem.isVisible()

    previews.then["action"] = lambda preview: preview.save_to(tmp_path / "referral")
    with qtbot.waitSignal(context.changes.case_changed):
        dialog.preview_button.click()
    [preview] = previews
    assert "Printing or saving this letter records" in preview.ui.recordNote.text()
    assert "Victim Support" in pdf_text((tmp_path / "referral.pdf").read_bytes())
    [disclosure] = entries(store, "disclosure")
    assert disclosure.summary.startswith("Referral letter sent to: Victim Support")
    assert disclosure.staff_id == case.user.id
    assert dialog.produced and dialog.result() == LetterDialog.DialogCode.Accepted


def test_a_preview_that_is_closed_records_nothing(qtbot, store, case, context, previews):
    dialog = LetterDialog(context, case.case_id, victim=True)
    qtbot.addWidget(dialog)
    dialog.ui.largePrint.setChecked(True)
    dialog.preview_button.click()
    assert len(previews) == 1 and "large print" in previews[0].windowTitle()
    assert entries(store, "letter") == []
    assert dialog.produced is None
    assert dialog.result() != LetterDialog.DialogCode.Accepted  # still open to try again


def test_print_and_save_record_once(qtbot, tmp_path, case, store, context):
    from val_desktop.letters.victim import victim_letter_pdf
    from val_desktop.store.documents import victim_letter

    with store.session() as session:
        pdf = victim_letter_pdf(victim_letter(session, case.case_id, "introduction",
                                              today=context.today()))
    calls = []
    preview = DocumentPreviewDialog(pdf, title="Letter", file_name="letter.pdf",
                                    on_output=lambda: calls.append(1))
    qtbot.addWidget(preview)
    preview.show()
    assert preview.ui.pages.text() == "1 page"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000  # the page, drawn as an image
    assert preview.save_to(tmp_path / "copy.pdf") == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == pdf
    assert calls == [1]


def test_a_refused_record_stops_the_output_and_says_why(qtbot, tmp_path):
    def refuse():
        raise DocumentRefused("The victim has withdrawn their consent.")

    preview = DocumentPreviewDialog(b"%PDF-1.4\n", title="Letter", file_name="x.pdf",
                                    on_output=refuse)
    qtbot.addWidget(preview)
    assert preview.save_to(tmp_path / "letter.pdf") is None
    assert not (tmp_path / "letter.pdf").exists()
    assert "withdrawn their consent" in preview.ui.problem.text()
    assert preview.output_done is False


def test_the_case_view_offers_letters_and_a_summary(qtbot, case, context, previews):
    from val_desktop.ui.case_view import CaseView

    view = CaseView(context, case.case_id)
    qtbot.addWidget(view)
    add_document_actions(view)
    row = view.ui.headerRow
    assert row.indexOf(view.letter_button) < row.indexOf(view.summary_button) < row.indexOf(
        view.ui.logContact)
    view.summary_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)
    text = pdf_text(previews[0].pdf)
    assert "Case summary: Ava Lewis" in text and "Printed by Jane Smith (j.smith)" in text
    assert case.ref in previews[0].windowTitle()


def test_a_summary_that_cannot_be_made_says_so(qtbot, context, monkeypatch):
    import uuid

    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    show_case_summary(context, uuid.uuid4())
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "could not be made" in warned[0]


def test_batch_summaries_in_the_background(qtbot, store, case, context, tmp_path):
    letter_case(store, first_name="Ben", source_id="T-ben")
    dialog = SummariesDialog(context, spoc="j.smith")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.count.text() == "2 open cases"
    dialog.ui.perCase.setChecked(True)
    dialog.ui.target.setText(str(tmp_path / "each"))
    dialog.ui.start.click()
    assert not dialog.ui.start.isEnabled() and dialog.ui.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 2
    assert "2 case summaries written" in dialog.ui.status.text()
    assert dialog.ui.progress.value() == dialog.ui.progress.maximum()
    assert dialog.ui.start.isEnabled()


def test_stopping_batch_summaries(qtbot, store, case, context, tmp_path, monkeypatch):
    for name in ("Ben", "Cai", "Dev"):
        letter_case(store, first_name=name, source_id=f"T-{name}")
    release = threading.Event()
    calls = []
    real = batch.case_summary

    def slow(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "case_summary", slow)
    dialog = SummariesDialog(context, spoc="j.smith")
    qtbot.addWidget(dialog)
    dialog.ui.perCase.setChecked(True)
    dialog.ui.target.setText(str(tmp_path / "each"))
    dialog.ui.start.click()
    qtbot.waitUntil(lambda: dialog.ui.progress.value() >= 1, timeout=10000)
    dialog.ui.stop.click()
    assert dialog.ui.status.text() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.cancelled and dialog.result.done == 2
    assert "Stopped after 2 of 4" in dialog.ui.status.text()
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 2


def test_main_window_menus(qtbot, store, case, context):
    from val_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    window.persist_state = False
    qtbot.addWidget(window)
    actions = add_main_window_actions(window)
    assert actions["letter"] in window.ui.menuCase.actions()
    assert actions["summary"].shortcut().toString() == "Ctrl+Shift+P"
    assert actions["batch"] in window.ui.menuFile.actions()
    assert not actions["batch"].isEnabled()  # a caseworker; supervisors print batches


def test_a_broken_template_is_shown_not_crashed_on(qtbot, case, context, monkeypatch):
    from val_desktop.letters import templates

    def broken():
        raise templates.TemplateError("victim_closure.txt, line 8: unknown placeholder "
                                      "{date_closed}")

    monkeypatch.setattr(templates, "shipped_templates", broken)
    dialog = LetterDialog(context, case.case_id, victim=True)
    qtbot.addWidget(dialog)
    assert "an administrator fixes them" in dialog.ui.problem.text()
    assert "{date_closed}" in dialog.ui.problem.text()
    assert not dialog.preview_button.isEnabled()
