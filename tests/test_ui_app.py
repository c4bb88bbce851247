"""The application as a whole: start-up, a store that cannot be opened, the main window's
navigation, opening cases, shortcuts, and remembering the layout."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from val_desktop.app import build_window, open_store_or_ask
from val_desktop.store.database import STORE_FILE, open_store
from val_desktop.store.demo import fill_demo
from val_desktop.store.models import Case, Staff
from val_desktop.ui.context import SignedIn
from val_desktop.ui.workers import wait_for_background

TODAY = date(2026, 11, 20)
APP = [sys.executable, "-c", "import sys; from val_desktop.app import main; sys.exit(main())"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("app")
    store = open_store(folder)
    fill_demo(store, cases=250, seed=5, today=TODAY)
    store.close()
    return folder


@pytest.fixture
def window(qtbot, demo_dir, tmp_path):
    store = open_store(demo_dir)
    with store.session() as session:
        me = session.execute(
            select(Staff).join(Case, Case.spoc_id == Staff.id).where(Case.status != "closed")
            .group_by(Staff.id).order_by(func.count().desc()).limit(1)
        ).scalar_one()
    user = SignedIn(me.id, me.username, me.display_name, me.role)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = build_window(store, user, settings, today=TODAY)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    wait_for_background()
    store.close()


def test_screenshot_mode_renders_the_main_window_and_exits(demo_dir, tmp_path):
    png = tmp_path / "shot.png"
    run = subprocess.run(APP + ["--data-dir", str(demo_dir), "--screenshot", str(png)],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_damaged_store_is_explained_not_a_traceback(tmp_path):
    (tmp_path / STORE_FILE).write_bytes(b"this is not a database at all" * 100)
    run = subprocess.run(APP + ["--data-dir", str(tmp_path), "--screenshot", str(tmp_path / "x.png")],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 2
    assert "not a readable case store" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_store_that_cannot_be_opened_offers_another_folder(qtbot, tmp_path, monkeypatch):
    (tmp_path / STORE_FILE).write_bytes(b"garbage" * 500)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        quit_button.click()

    QTimer.singleShot(200, answer)
    assert open_store_or_ask(tmp_path, interactive=True) is None
    assert "not a readable case store" in seen["text"]
    assert "Choose another data folder…" in seen["buttons"]


def test_the_navigation_shows_counts_and_switches_pages(window, qtbot):
    nav = window.ui.navigation
    qtbot.waitUntil(lambda: not window.pages["my_work"].loading, timeout=10000)
    labels = [nav.item(i).text() for i in range(nav.count()) if not nav.item(i).isHidden()]
    assert labels[0].startswith("My work today")
    assert "Team caseloads" not in " ".join(labels)  # a caseworker is not shown the team view
    window.ui.actionCases.trigger()
    assert window.ui.pages.currentWidget() is window.pages["cases"]


def test_opening_a_case_from_the_list_gives_it_a_tab(window, qtbot):
    cases = window.pages["cases"]
    window.show_page("cases")
    qtbot.waitUntil(lambda: not cases.loading and cases.model.rowCount() > 0, timeout=10000)
    case_id = cases.model.case_id(0)
    cases.ui.table.activated.emit(cases.model.index(0, 0))
    assert window.ui.pages.currentWidget() is window.open_cases
    assert window.open_cases.count() == 1
    assert window.open_cases.currentWidget().case_id == case_id
    assert window.ui.navigation.item(2).text() == "Open cases (1)"
    window.open_case(case_id)  # the same case again: no second tab
    assert window.open_cases.count() == 1
    window.close_case_tab(0)
    assert window.open_cases.count() == 0


def test_f8_opens_my_next_overdue_case(window, qtbot):
    my_work = window.pages["my_work"]
    qtbot.waitUntil(lambda: not my_work.loading, timeout=10000)
    expected = my_work.next_overdue_case()
    if expected is None:
        pytest.skip("the demo gave this caseworker nothing overdue")
    my_work.next_overdue_case()  # (cycles) back to the start for the shortcut below
    window.ui.actionNextOverdue.trigger()
    assert window.open_cases.count() == 1


def test_log_contact_without_a_case_says_what_to_do(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    window.show_page("my_work")
    window.ui.actionLogContact.trigger()
    assert said == ["Open a case first: contacts are logged on a case."]


def test_the_layout_is_remembered(window, qtbot):
    window.ui.splitter.setSizes([240, 1100])
    chosen = window.ui.splitter.sizes()[0]
    window.close()
    settings = window.context.settings
    assert settings.value("main/geometry") is not None
    assert settings.value("cases/header") is not None
    again = build_window(window.context.store, window.context.user, settings, today=TODAY)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    assert again.ui.splitter.sizes()[0] == chosen != 200
