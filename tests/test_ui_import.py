"""Importing a referral file from the desktop: progress, Cancel, the summary and the rejects."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from intake_files import row, write_file
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import func, select

from val_desktop.store.cases import Rulebook
from val_desktop.store.models import (
    Case,
    ContactPermissions,
    JourneyEvent,
    Obligation,
    Referral,
    SpocAssignment,
    Victim,
)
from val_desktop.store.staff import add_staff
from val_desktop.ui import import_dialog
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.import_dialog import ImportDialog, estimate_rows

WAIT_MS = 60_000


@pytest.fixture
def context(store, tmp_path):
    with store.session(write=True) as session:
        me = add_staff(session, "Aisha Khan", "a.khan", "caseworker")
        user = SignedIn(me.id, me.username, me.display_name, me.role)
        session.commit()
    return AppContext(store=store, user=user, rulebook=Rulebook.default(),
                      settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot, context):
    widget = ImportDialog(context)
    widget.show()
    yield widget
    if widget.running:  # never leave a worker writing into a store that is being closed
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.running, timeout=WAIT_MS)
    widget.close()
    widget.deleteLater()


def count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def run(qtbot, dialog, path: Path) -> None:
    dialog.ui.filePath.setText(str(path))
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)


def shown_rejects(dialog) -> list[tuple[str, str, str]]:
    model = dialog.ui.rejectsTable.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
            for r in range(model.rowCount())]


def test_a_file_with_bad_rows_ends_with_the_counts_and_the_rejected_lines(
        qtbot, dialog, store, tmp_path, context, monkeypatch):
    rows = [row("OK-1"), row("BAD-1", postcode="WR99 ZZZZ"), row("OK-2"),
            row("OK-1", first_name="Again"), row("BAD-2", email="nope"), row("OK-3")]
    path = write_file(tmp_path / "referrals.csv", rows)
    with qtbot.waitSignal(context.changes.cases_changed, timeout=WAIT_MS):
        run(qtbot, dialog, path)
    assert dialog.ui.summary.text() == (
        "Read 6 rows: 3 imported, 1 duplicate, 2 rejected.")
    assert shown_rejects(dialog) == [
        ("3", "BAD-1", "postcode 'WR99 ZZZZ' is not a valid UK postcode"),
        ("6", "BAD-2", "email 'nope' is not a valid email address: an email address must "
                       "have an @-sign"),
    ]
    assert not dialog.ui.rejectsTable.isHidden()
    assert dialog.ui.fileProblem.isHidden()
    assert count(store, Case) == 3
    rejects = tmp_path / "referrals.csv.rejects.csv"
    assert rejects.exists() and str(rejects) in dialog.ui.status.text()
    opened = []
    monkeypatch.setattr(import_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert not dialog.ui.openRejectsButton.isHidden()
    qtbot.mouseClick(dialog.ui.openRejectsButton, Qt.MouseButton.LeftButton)
    assert opened == [str(rejects)]


def test_importing_the_same_file_again_counts_duplicates(qtbot, dialog, store, tmp_path):
    path = write_file(tmp_path / "in.csv", [row("A-1"), row("A-2")])
    run(qtbot, dialog, path)
    run(qtbot, dialog, path)
    assert dialog.ui.summary.text() == "Read 2 rows: 0 imported, 2 duplicate, 0 rejected."
    assert dialog.ui.rejectsTable.isHidden() and dialog.ui.openRejectsButton.isHidden()
    assert count(store, Case) == 2


def test_a_problem_with_the_whole_file_imports_nothing_and_says_so(qtbot, dialog, store,
                                                                  tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("source_id,referral_source,nickname\nX-1,police,Bob\n", encoding="utf-8")
    run(qtbot, dialog, path)
    text = dialog.ui.fileProblem.text()
    assert not dialog.ui.fileProblem.isHidden()
    assert text.startswith("Nothing was imported: ")
    assert "unknown column 'nickname'" in text and "required column(s) missing" in text
    assert dialog.ui.summary.isHidden()
    assert count(store, Case) == 0 and count(store, Referral) == 0


def test_check_only_stores_nothing(qtbot, dialog, store, tmp_path):
    path = write_file(tmp_path / "in.csv", [row("C-1"), row("C-2", postcode="nowhere")])
    dialog.ui.checkOnly.setChecked(True)
    run(qtbot, dialog, path)
    assert dialog.ui.summary.text().startswith("Check only, nothing stored. Read 2 rows: "
                                               "1 would be imported")
    assert [line for line, _, _ in shown_rejects(dialog)] == ["3"]
    assert count(store, Case) == 0
    assert not (tmp_path / "in.csv.rejects.csv").exists()


def test_cancel_stops_an_import_part_way_and_what_was_imported_is_whole(
        qtbot, dialog, store, tmp_path, monkeypatch):
    rows = [row(f"BIG-{n}", first_name=f"Ava{n}", crime_reference=f"22/{n}/26")
            for n in range(3000)]
    path = write_file(tmp_path / "big.csv", rows)
    assert estimate_rows(path) == 3000
    # The importer asks its progress callback every 100 rows whether to go on. Hold it at the
    # first question until the person has pressed Cancel, so the test does not race the worker.
    real_import = import_dialog.import_referrals
    pressed = threading.Event()

    def import_waiting_for_cancel(*args, progress, **kwargs):
        def asked(done):
            going_on = progress(done)  # shows the progress on the screen
            if done == 100:
                assert pressed.wait(30), "Cancel was never pressed"
                going_on = progress(done)
            return going_on
        return real_import(*args, progress=asked, **kwargs)

    monkeypatch.setattr(import_dialog, "import_referrals", import_waiting_for_cancel)
    dialog.ui.filePath.setText(str(path))
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.progress.value() == 100, timeout=WAIT_MS)
    assert dialog.ui.progress.maximum() == 3000
    assert "100 of about 3,000 rows read" in dialog.ui.status.text()
    assert not dialog.ui.startButton.isEnabled() and not dialog.ui.browseButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)

    summary = dialog.outcome.summary
    assert summary.cancelled
    assert (summary.read, summary.imported, summary.duplicates, summary.rejected) == (100, 100,
                                                                                      0, 0)
    assert "Stopped before the end of the file" in dialog.ui.summary.text()
    assert "Cancelled" in dialog.ui.status.text()
    # Every case imported is whole: its victim, permissions, referral, event, obligations, SPOC.
    assert count(store, Case) == 100
    for model in (Victim, ContactPermissions, Referral, JourneyEvent, SpocAssignment):
        assert count(store, model) == 100, model.__name__
    assert count(store, Obligation) == 200
    with store.session() as session:
        broken = session.scalar(
            select(func.count()).select_from(Case).where(
                ~Case.id.in_(select(Referral.case_id)) | ~Case.id.in_(select(Obligation.case_id))
                | Case.spoc_id.is_(None)))
        assert broken == 0
        stored = set(session.scalars(select(Referral.source_id)))
    assert stored == {f"BIG-{n}" for n in range(100)}  # the first hundred, in file order
    # Running the file again finishes the job: what is stored counts as duplicate.
    monkeypatch.setattr(import_dialog, "import_referrals", real_import)
    run(qtbot, dialog, path)
    assert dialog.ui.summary.text() == "Read 3000 rows: 2900 imported, 100 duplicate, 0 rejected."
    assert count(store, Case) == 3000


def test_closing_while_importing_asks_and_cancels(qtbot, dialog, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    release = threading.Event()
    real_import = import_dialog.import_referrals

    def slow_import(*args, progress, **kwargs):
        def asked(done):
            release.wait(30)
            return progress(done)
        return real_import(*args, progress=asked, **kwargs)

    monkeypatch.setattr(import_dialog, "import_referrals", slow_import)
    path = write_file(tmp_path / "mid.csv", [row(f"M-{n}") for n in range(250)])
    dialog.ui.filePath.setText(str(path))
    dialog.start()
    assert dialog.running

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        next(b for b in box.buttons() if b.text() == "Cancel import and close").click()

    QTimer.singleShot(0, answer)
    dialog.reject()  # the window's close button or Escape
    assert dialog.isVisible()  # still open until the import has stopped
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.outcome.summary.cancelled and dialog.outcome.summary.imported == 100
