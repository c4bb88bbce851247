"""My work today: what the signed-in caseworker sees first, F8, and the reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow
from workload_cases import TODAY, build

from val_desktop.store.cases import Rulebook
from val_desktop.ui import reminders as reminders_module
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.my_work_page import MyWorkPage

RULEBOOK = Rulebook.default()


@pytest.fixture
def caseload(store, tmp_path):
    with store.session(write=True) as session:
        built = build(session, tmp_path, RULEBOOK)
        session.commit()
    return built


def make_context(store, staff, tmp_path, today=TODAY) -> AppContext:
    context = AppContext(
        store=store,
        user=SignedIn(staff.id, staff.username, staff.display_name, staff.role),
        rulebook=RULEBOOK,
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    context.today = lambda: today
    return context


@pytest.fixture
def window(qtbot, store, caseload, tmp_path):
    """My work in a main window (for the status bar), signed in as "me"."""
    context = make_context(store, caseload.me, tmp_path)
    main = QMainWindow()
    page = MyWorkPage(context, main)
    main.setCentralWidget(page)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitUntil(lambda: page.work is not None and not page.loading)
    return main


def shown(page, key: str, column: int = 1) -> list[str]:
    model = page.models[key]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_home_screen_lists_my_new_referral_overdue_obligation_and_reassessment(window, caseload):
    page = window.centralWidget()
    assert shown(page, "first_contacts") == [caseload.new_enhanced.ref, caseload.new_standard.ref]
    assert shown(page, "first_contacts", 0) == ["due today", "due Mon 23 Nov"]
    assert shown(page, "obligations") == [caseload.late_update.ref]
    assert shown(page, "obligations", 0) == ["1 working day overdue"]
    assert shown(page, "reassessments") == [caseload.late_reassessment.ref]
    assert shown(page, "reassessments", 0) == ["3 days overdue"]
    everything = {ref for key in page.models for ref in shown(page, key)}
    assert not everything & {case.ref for case in caseload.others}
    assert caseload.closed.ref not in everything
    title = page.ui.newReferralsLabel.text().replace("&", "")
    assert title == "New referrals awaiting first contact (2)"
    assert "1 overdue" not in page.ui.summary.text()
    assert "2 overdue" in page.ui.summary.text() and "1 due today" in page.ui.summary.text()
    # What needs no action today is said so, not left as an empty box.
    assert page.ui.activityStack.currentWidget() is page.ui.activityTable  # referrals came in
    assert page.ui.obligationsStack.currentWidget() is page.ui.obligationsTable


def test_an_overdue_item_is_red_and_says_overdue(window):
    page = window.centralWidget()
    model = page.models["obligations"]
    index = model.index(0, 0)
    assert "overdue" in index.data()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    upcoming = page.models["first_contacts"].index(1, 0)
    assert upcoming.data(Qt.ItemDataRole.ForegroundRole) is None


def test_nav_count_is_my_items_due_today_or_overdue(window):
    # The enhanced first contact (due today), the late update and the late reassessment.
    assert window.centralWidget().nav_count() == 3


def test_another_caseworker_sees_their_own_work(qtbot, store, caseload, tmp_path):
    page = MyWorkPage(make_context(store, caseload.other, tmp_path))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.work is not None and not page.loading)
    theirs = {case.ref for case in caseload.others}
    assert set(shown(page, "first_contacts")) | set(shown(page, "obligations")) <= theirs
    assert caseload.new_enhanced.ref not in shown(page, "first_contacts")


def test_enter_on_an_item_opens_its_case(window, qtbot, caseload):
    page = window.centralWidget()
    table = page.ui.obligationsTable
    table.setFocus()
    table.setCurrentIndex(page.models["obligations"].index(0, 0))
    with qtbot.waitSignal(page.caseRequested, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [caseload.late_update.id]


def test_next_overdue_case_walks_my_overdue_cases_in_list_order_and_cycles(window, caseload):
    page = window.centralWidget()
    walked = [page.next_overdue_case() for _ in range(3)]
    assert walked == [caseload.late_update.id, caseload.late_reassessment.id,
                      caseload.late_update.id]
    # The case is shown selected where it is listed.
    assert page.ui.obligationsTable.currentIndex().row() == 0


def test_nothing_overdue_means_no_next_case(qtbot, store, tmp_path):
    from workload_cases import add_staff

    with store.session(write=True) as session:
        idle = add_staff(session, "i.idle", "Ida Idle")
        session.commit()
    page = MyWorkPage(make_context(store, idle, tmp_path))
    qtbot.addWidget(page)
    assert page.next_overdue_case() is None  # answered even before the first look lands
    qtbot.waitUntil(lambda: page.work is not None and not page.loading)
    assert page.nav_count() == 0
    assert page.ui.newReferralsStack.currentWidget() is page.ui.newReferralsEmpty
    assert "Nothing of yours is due today or overdue" in page.ui.summary.text()


def test_start_up_reminder_without_a_tray_goes_to_the_status_bar(window, qtbot, monkeypatch):
    monkeypatch.setattr(reminders_module, "tray_available", lambda: False)
    page = window.centralWidget()
    page.start_reminders()
    notice = page.reminders.last
    assert notice.startup
    assert notice.text.startswith("2 items overdue and 1 item due today.")
    assert "F8" in notice.text
    assert "2 items overdue" in window.statusBar().currentMessage()
    assert page.reminders.tray is None


def test_a_newly_due_item_is_announced_once(window, qtbot, monkeypatch, caseload):
    monkeypatch.setattr(reminders_module, "tray_available", lambda: False)
    page = window.centralWidget()
    page.start_reminders()
    monday = TODAY + timedelta(days=3)
    with qtbot.waitSignal(page.reminders.notified, timeout=5000) as announced:
        page.check_reminders(today=monday)
    notice = announced.args[0]
    # On Monday the standard referral's first contact falls due (and the support offer with it).
    assert caseload.new_standard.ref in notice.title + notice.text
    assert "Nell" not in notice.title + notice.text  # no victim names in notifications
    assert page.ui.reminderBar.isVisible()
    assert caseload.new_standard.ref in page.ui.reminderText.text()
    # Looking again the same day announces nothing new.
    page.check_reminders(today=monday)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.reminders.last is notice


def test_the_timer_looks_again_and_the_tray_announces(window, qtbot, monkeypatch, caseload):
    shown_messages = []

    class FakeTray:
        def __init__(self):
            self.messageClicked = _Signal()
            self.activated = _Signal()

        def supportsMessages(self):  # noqa: N802 (Qt's name)
            return True

        def showMessage(self, title, text, *_):  # noqa: N802
            shown_messages.append((title, text))

        def setToolTip(self, _text):  # noqa: N802
            pass

        def hide(self):
            pass

    monkeypatch.setattr(reminders_module, "tray_available", lambda: True)
    monkeypatch.setattr(reminders_module, "make_tray", lambda parent: FakeTray())
    page = window.centralWidget()
    page.start_reminders(interval_ms=50)
    assert shown_messages[0][0] == "My work today"  # the start-up reminder
    page.context.today = lambda: TODAY + timedelta(days=3)  # the clock moves on to Monday
    qtbot.waitUntil(lambda: len(shown_messages) == 2, timeout=5000)
    title, text = shown_messages[1]
    assert caseload.new_standard.ref in title + text
    qtbot.wait(300)  # the timer keeps looking; nothing more is newly due
    assert len(shown_messages) == 2


class _Signal:
    def connect(self, _slot):
        pass
