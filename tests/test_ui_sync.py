"""Synchronisation in the desktop (issue 6): connection settings, the status indicator, sync in
the background at start / on a timer / on demand, cancel and resume, conflicts resolved field by
field — against the real PostgreSQL server. Passwords go to an in-memory keyring here, and the
tests check that they never land in QSettings or in the data folder."""

from __future__ import annotations

import time
import uuid

import keyring
import keyring.backend
import keyring.errors
import pytest
from psycopg import sql
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox
from test_sync_helpers import (
    add_case,
    assert_converged,
    central,  # noqa: F401 - fixture
    edit,
    new_store,
    pg_connect,
    read,
    sync_ok,
)

from val_desktop.store.cases import Rulebook
from val_desktop.store.staff import add_staff
from val_desktop.sync import credentials, list_conflicts, remember_url, sync_status, verify
from val_desktop.sync.server import conninfo, parse_url
from val_desktop.ui import connection_dialog as connection_module
from val_desktop.ui import sync_controller as controller_module
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.main_window import MainWindow
from val_desktop.ui.sync_controller import install_sync
from val_desktop.ui.workers import wait_for_background

WAIT_MS = 60_000
OFFLINE_URL = "postgresql+psycopg://{user}@127.0.0.1:1/val?sslmode=disable"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives in this process only (the real one is tested in
    test_sync_keyring.py)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    """A keychain that is there but refuses to store (locked, or its service broken)."""

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("the keyring is locked")


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def person(central):  # noqa: F811
    """A person's own login on the central database (in a group role with the sync rights),
    named like their VAL Desktop user name."""
    group = f"g_{uuid.uuid4().hex[:8]}"
    login = f"u.{uuid.uuid4().hex[:8]}"
    from val_desktop.sync.server import grant_group

    with pg_connect(central, autocommit=True) as admin:
        grant_group(admin, group, parse_url(central).database)
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'not-used-by-trust' IN ROLE {}")
                      .format(sql.Identifier(login), sql.Identifier(group)))
    yield login
    with pg_connect(central, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP OWNED BY {}, {}").format(sql.Identifier(login),
                                                            sql.Identifier(group)))
        admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
        admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(group)))


def make_window(qtbot, store, tmp_path, username="a.khan"):
    with store.session(write=True) as session:
        me = add_staff(session, "Aisha Khan", username, "caseworker")
        user = SignedIn(me.id, me.username, me.display_name, me.role)
        session.commit()
    settings_file = tmp_path / f"settings-{uuid.uuid4().hex[:6]}.ini"
    context = AppContext(store=store, user=user, rulebook=Rulebook.default(),
                         settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(context)
    window.persist_state = False
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, settings_file


@pytest.fixture
def desk(qtbot, tmp_path):
    """Windows to close at the end: every controller stopped, every worker finished."""
    opened = []
    yield opened
    for controller, window, store in opened:
        controller.shutdown()
        wait_for_background(WAIT_MS)
        window.close()
        store.close()


@pytest.fixture
def no_boxes(monkeypatch):
    """Fail loudly if anything pops up a message box."""
    shown = []

    def record(*args, **kwargs):
        shown.append(args)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


def open_desk(qtbot, desk, tmp_path, name="b", username="a.khan", start=True, setup=None,
              options=None):
    store = new_store(tmp_path / name)
    window, settings_file = make_window(qtbot, store, tmp_path, username)
    if setup:
        setup(store)
    controller = install_sync(window, start=False)
    if options:
        controller.engine_options = options
    desk.append((controller, window, store))
    if start:
        controller.start()
    return controller, window, store, settings_file


def wait_for(qtbot, controller, kind: str) -> None:
    qtbot.waitUntil(lambda: not controller.running and controller.state.kind == kind,
                    timeout=WAIT_MS)


def fill_settings(dialog, *, login=None, password="", port=5432, database=None, tls="disable"):
    ui = dialog.ui
    ui.host.setText("127.0.0.1")
    ui.port.setValue(port)
    if database:
        ui.database.setText(database)
    if login is not None:
        ui.login.setText(login)
    ui.password.setText(password)
    ui.tlsMode.setCurrentIndex(ui.tlsMode.findData(tls))


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def files_holding(folder, secret: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


# --- connecting ------------------------------------------------------------------------------


def test_a_person_connects_with_their_own_login_and_the_indicator_says_synced(
        qtbot, tmp_path, central, person, memory_keyring, no_boxes, desk):  # noqa: F811
    controller, window, store, settings_file = open_desk(
        qtbot, desk, tmp_path, username=person, setup=add_case)
    indicator = controller.indicator
    assert indicator.text == "Local only"  # no central database yet: calm, not an error
    assert indicator.text in window.statusBar().findChild(type(indicator)).text

    controller.actions.settings.trigger()
    dialog = controller.connection_dialog
    assert dialog.isVisible()
    assert dialog.ui.login.text() == person  # their own login, pre-filled
    assert dialog.ui.loginWarning.text() == ""
    secret = f"pw-{uuid.uuid4().hex}"
    fill_settings(dialog, password=secret, database=parse_url(central).database)
    save(qtbot, dialog)

    wait_for(qtbot, controller, "synced")
    assert indicator.text.startswith("Synced ")
    assert indicator.state.waiting == 0
    assert "Online and up to date" in indicator.button.toolTip()
    with pg_connect(central) as pg:
        assert pg.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        users = {u for (u,) in pg.execute("SELECT DISTINCT db_user FROM sync_applied")}
    assert users == {person}  # sent with the person's own login, no shared account

    remembered = credentials.remembered_url(store)
    assert remembered.username == person and remembered.password is None
    assert remembered.query["sslmode"] == "disable"
    assert memory_keyring.secrets == {(credentials.SERVICE, credentials.account(remembered)):
                                      secret}
    window.context.settings.sync()
    assert secret not in settings_file.read_text()
    assert files_holding(tmp_path, secret) == []
    assert no_boxes == []


def test_a_shared_login_is_questioned(qtbot, tmp_path, memory_keyring, desk):
    controller, *_ = open_desk(qtbot, desk, tmp_path, start=False)
    controller.open_connection_settings()
    dialog = controller.connection_dialog
    dialog.ui.login.setText("postgres")
    assert "shared account" in dialog.ui.loginWarning.text()
    dialog.ui.host.clear()
    save(qtbot, dialog)
    assert dialog.isVisible() and "Fill in the server" in dialog.ui.problem.text()
    dialog.reject()


def test_without_a_keychain_the_password_is_used_for_this_session_only(
        qtbot, tmp_path, central, monkeypatch, no_boxes, desk):  # noqa: F811
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        controller, window, store, settings_file = open_desk(qtbot, desk, tmp_path,
                                                             username="postgres", setup=add_case)
        used = []
        real = controller_module.run_sync

        def spy(store_, url, password, *args, **kwargs):
            used.append(password)
            return real(store_, url, password, *args, **kwargs)

        monkeypatch.setattr(controller_module, "run_sync", spy)
        controller.open_connection_settings()
        dialog = controller.connection_dialog
        assert not dialog.ui.rememberPassword.isEnabled()
        assert "session only" in dialog.ui.passwordNote.text()
        secret = f"pw-{uuid.uuid4().hex}"
        fill_settings(dialog, password=secret, database=parse_url(central).database)
        save(qtbot, dialog)
        wait_for(qtbot, controller, "synced")
        assert used == [secret]  # handed to the sync from memory
        window.context.settings.sync()
        assert secret not in settings_file.read_text()
        assert files_holding(tmp_path, secret) == []
    finally:
        keyring.set_keyring(before)


def test_a_keychain_that_refuses_offers_this_session_only(
        qtbot, tmp_path, central, monkeypatch, desk):  # noqa: F811
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    asked = []
    monkeypatch.setattr(connection_module, "ask_session_only",
                        lambda parent, text: asked.append(text) or True)
    try:
        controller, window, store, _ = open_desk(qtbot, desk, tmp_path, username="postgres",
                                                 start=False)
        controller.open_connection_settings()
        dialog = controller.connection_dialog
        assert dialog.ui.rememberPassword.isChecked()
        fill_settings(dialog, password="s3cret", database=parse_url(central).database)
        save(qtbot, dialog)
        assert len(asked) == 1 and "keychain" in asked[0].lower()
        wait_for(qtbot, controller, "synced")
        assert controller._session_passwords == {
            credentials.account(credentials.remembered_url(store)): "s3cret"}
    finally:
        keyring.set_keyring(before)


def test_test_connection_says_whether_the_central_database_answers(
        qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    controller, *_ = open_desk(qtbot, desk, tmp_path, username="postgres", start=False)
    controller.open_connection_settings()
    dialog = controller.connection_dialog
    fill_settings(dialog, database=parse_url(central).database)
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing, timeout=WAIT_MS)
    assert dialog.ui.testResult.text().startswith("Connected as postgres.")
    fill_settings(dialog, port=1, database="val")
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing, timeout=WAIT_MS)
    assert dialog.ui.testResult.text().startswith("Could not connect")
    assert credentials.remembered_url(controller.context.store) is None  # nothing saved
    dialog.reject()


@pytest.mark.skipif(
    "sslmode" not in conninfo(parse_url("postgresql+psycopg://u@h/d?sslmode=require")),
    reason="the sync engine does not pass the TLS mode to libpq yet (server.conninfo)")
def test_the_tls_mode_chosen_is_honoured(qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    controller, *_ = open_desk(qtbot, desk, tmp_path, username="postgres", start=False)
    controller.open_connection_settings()
    dialog = controller.connection_dialog
    fill_settings(dialog, database=parse_url(central).database, tls="require")
    save(qtbot, dialog)  # the test server has no TLS: an encrypted connection cannot be made
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    assert controller.state.kind != "synced"


# --- offline ---------------------------------------------------------------------------------


def test_offline_at_start_is_calm_and_counts_the_changes_waiting(
        qtbot, tmp_path, memory_keyring, no_boxes, desk):

    def setup(store):
        add_case(store)
        remember_url(store, OFFLINE_URL.format(user="a.khan"))

    controller, window, store, _ = open_desk(qtbot, desk, tmp_path, setup=setup)
    assert controller.running  # a first sync at start, in the background
    wait_for(qtbot, controller, "offline")
    waiting = sync_status(store).waiting_changes
    assert waiting >= 3
    assert controller.indicator.text == f"Offline — {waiting} changes waiting"
    assert "keep working" in controller.indicator.button.toolTip()
    assert no_boxes == []  # no error box: working offline is normal

    # The app works on: a change made now is counted at once.
    ids = add_case(store)
    window.context.changes.case_changed.emit(ids["case"])
    qtbot.waitUntil(lambda: controller.indicator.text == f"Offline — {waiting + 3} changes waiting",
                    timeout=WAIT_MS)
    # F5 tries again, still calmly.
    controller.actions.sync_now.trigger()
    assert controller.running
    wait_for(qtbot, controller, "offline")
    assert no_boxes == []


def test_a_central_database_not_set_up_asks_for_attention_with_a_box_only_on_demand(
        qtbot, tmp_path, pg_url, memory_keyring, no_boxes, desk):

    def setup(store):
        remember_url(store, pg_url + "?sslmode=disable")

    controller, *_ = open_desk(qtbot, desk, tmp_path, setup=setup)
    wait_for(qtbot, controller, "attention")
    assert controller.indicator.text == "Sync needs your attention"
    assert "has not been set up" in controller.indicator.button.toolTip()
    assert no_boxes == []  # the sync at start asks nothing
    controller.actions.sync_now.trigger()
    wait_for(qtbot, controller, "attention")
    assert len(no_boxes) == 1 and "has not been set up" in no_boxes[0][2]


# --- in the background: timer, one at a time, cancel and resume ------------------------------


def test_the_timer_syncs_again_by_itself_and_one_sync_runs_at_a_time(
        qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    finished = []

    def setup(store):
        remember_url(store, central + "?sslmode=disable")

    controller, window, store, _ = open_desk(qtbot, desk, tmp_path, username="postgres",
                                             setup=setup, start=False)
    controller.syncFinished.connect(finished.append)
    controller.start(interval_ms=300)
    assert controller.running
    assert controller.sync_now(manual=True) is False  # one at a time
    qtbot.waitUntil(lambda: len(finished) >= 3, timeout=WAIT_MS)
    assert all(report is not None and report.ok for report in finished)
    assert controller.state.kind == "synced"


def test_a_first_sync_of_a_big_database_can_be_cancelled_and_resumes_later(
        qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    from datetime import date

    from val_desktop.store.demo import fill_demo

    first = new_store(tmp_path / "a")
    fill_demo(first, cases=40, seed=5, today=date(2026, 11, 20))
    sync_ok(first, central)

    def slow(count):  # a slow network, so that the person has time to press Stop
        time.sleep(0.03)

    def setup(store):
        remember_url(store, central + "?sslmode=disable")

    controller, window, store, _ = open_desk(
        qtbot, desk, tmp_path, username="b.jones", setup=setup, start=False,
        options={"pull_batch": 40, "hooks": {"mid_apply": slow}})
    indicator = controller.indicator
    controller.actions.sync_now.trigger()
    qtbot.waitUntil(lambda: indicator.state.running and indicator.state.done >= 80,
                    timeout=WAIT_MS)
    assert indicator.text.startswith("Syncing — receiving ")
    assert indicator.progress.isVisible() and indicator.progress.maximum() > 400
    assert indicator.stop.isVisible() and controller.actions.cancel.isEnabled()

    qtbot.mouseClick(indicator.stop, Qt.MouseButton.LeftButton)
    wait_for(qtbot, controller, "paused")
    assert indicator.text == "Sync paused — it goes on next time"
    assert not indicator.progress.isVisible() and not controller.actions.cancel.isEnabled()
    assert sync_status(store).pull_in_progress  # it will go on from where it stopped
    with pg_connect(central) as pg:
        on_server = sum(len(rows) for rows in verify.server_rows(pg).values())
    here = sum(len(rows) for rows in verify.local_rows(store).values())
    assert 80 <= here < on_server  # part of it arrived, and is kept

    controller.engine_options = {"pull_batch": 500}
    with qtbot.waitSignal(window.context.changes.cases_changed, timeout=WAIT_MS):
        controller.actions.sync_now.trigger()
        wait_for(qtbot, controller, "synced")
    assert not sync_status(store).pull_in_progress
    sync_ok(first, central)  # and the newcomer's own sign-in record reaches the other
    assert_converged([first, store], central)
    first.close()


# --- conflicts -------------------------------------------------------------------------------


def test_a_conflict_is_shown_field_by_field_and_resolved_by_a_named_person(
        qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    other = new_store(tmp_path / "a")
    ids = add_case(other)
    sync_ok(other, central)

    def setup(store):
        remember_url(store, central + "?sslmode=disable")
        sync_ok(store, central)

    controller, window, store, _ = open_desk(qtbot, desk, tmp_path, username="s.lead",
                                             setup=setup, start=False)
    # Both workstations change the same fields while apart.
    edit(other, "cases", ids["case"], notes="Victim moved to her sister's", status="contacted")
    edit(store, "cases", ids["case"], notes="Do not write to the home address",
         status="assessed")
    sync_ok(other, central)
    controller.actions.sync_now.trigger()
    wait_for(qtbot, controller, "conflicts")
    assert controller.indicator.text == "1 conflict to resolve"
    assert controller.actions.conflicts.text() == "&Resolve conflicts (1)…"
    # Nothing was overwritten silently: the central version is on the record for now.
    assert read(store, "cases", ids["case"])["notes"] == "Victim moved to her sister's"

    controller.actions.conflicts.trigger()
    dialog = controller.conflicts_dialog
    assert dialog.isVisible() and dialog.ui.conflictList.count() == 1
    assert dialog.ui.recordTitle.text().startswith("Case VAL-26-")
    table = dialog.ui.fieldsTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Field", "Before both\nchanges", "Central database\n(kept)",
                       "Your change\n(not applied)", "Keep"]
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(table.rowCount())}
    assert rows == {
        "Notes": ["first", "Victim moved to her sister's", "Do not write to the home address"],
        "Status": ["new", "contacted", "assessed"],
    }
    assert not dialog.ui.resolveButton.isEnabled()  # a choice for every field first
    combos = {table.item(r, 0).text(): table.cellWidget(r, 4).findChild(QComboBox)
              for r in range(table.rowCount())}
    combos["Notes"].setCurrentIndex(combos["Notes"].findData("mine"))
    assert not dialog.ui.resolveButton.isEnabled()
    combos["Status"].setCurrentIndex(combos["Status"].findData("theirs"))
    row_of = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(row_of["Notes"], 3).text().startswith("✓ ")  # the choice reads across
    assert table.item(row_of["Status"], 2).text().startswith("✓ ")
    dialog.ui.note.setText("Checked with the victim by phone")
    qtbot.mouseClick(dialog.ui.resolveButton, Qt.MouseButton.LeftButton)

    assert dialog.ui.conflictList.count() == 0
    assert dialog.ui.status.text().startswith("Resolved by s.lead.")
    [resolved] = list_conflicts(store, status="resolved")
    assert resolved.resolved_by == "s.lead"
    case = read(store, "cases", ids["case"])
    assert (case["notes"], case["status"]) == ("Do not write to the home address", "contacted")

    dialog.ui.showResolved.setChecked(True)  # who resolved it stays visible
    assert dialog.ui.conflictList.count() == 1
    assert "Resolved by s.lead" in dialog.ui.conflictList.item(0).text()
    assert "Checked with the victim by phone" in dialog.ui.status.text()

    dialog.accept()  # closing after a resolution sends it
    qtbot.waitUntil(lambda: not controller.running and controller.state.kind == "synced",
                    timeout=WAIT_MS)
    sync_ok(other, central)
    assert read(other, "cases", ids["case"])["notes"] == "Do not write to the home address"
    assert list_conflicts(other) == []
    assert_converged([other, store], central)
    other.close()


def test_a_record_added_twice_is_shown_whole_and_marked_as_dealt_with(
        qtbot, tmp_path, central, memory_keyring, desk):  # noqa: F811
    from val_desktop.store.directory import seed_directory

    def seed(store):
        with store.session(write=True) as session:
            seed_directory(session, user="setup")
            session.commit()

    other = new_store(tmp_path / "a")
    seed(other)
    sync_ok(other, central)

    def setup(store):
        seed(store)  # the same directory, seeded offline here too
        remember_url(store, central + "?sslmode=disable")

    controller, window, store, _ = open_desk(qtbot, desk, tmp_path, username="s.lead",
                                             setup=setup)
    wait_for(qtbot, controller, "conflicts")
    count = controller.state.conflicts
    assert count > 0 and controller.indicator.text.startswith(f"{count} conflict")
    controller.open_conflicts()
    dialog = controller.conflicts_dialog
    assert "added twice" in dialog.ui.conflictList.item(0).text()
    assert dialog.ui.recordTitle.text().startswith("Service provider")
    assert dialog.ui.resolveButton.text() == "Mark as &dealt with"
    assert dialog.ui.resolveButton.isEnabled() and not dialog.ui.allMine.isVisible()
    table = dialog.ui.fieldsTable
    assert table.horizontalHeaderItem(1).text() == "The record as it was sent"
    assert "Name" in [table.item(r, 0).text() for r in range(table.rowCount())]
    qtbot.mouseClick(dialog.ui.resolveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.conflictList.count() == count - 1
    assert [c.resolved_by for c in list_conflicts(store, status="resolved")] == ["s.lead"]
    dialog.reject()
    other.close()


# --- the window ------------------------------------------------------------------------------


def test_the_window_gets_a_sync_menu_and_a_status_bar_indicator(qtbot, tmp_path, desk):
    controller, window, *_ = open_desk(qtbot, desk, tmp_path, start=False)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-2:] == ["&Sync", "&Help"]
    assert [a.text() for a in controller.menu.actions() if not a.isSeparator()] == [
        "&Sync now", "&Cancel sync", "&Resolve conflicts…", "C&onnection settings…"]
    assert controller.actions.sync_now.shortcut().toString() == "F5"
    indicator = controller.indicator
    assert [a.text() for a in indicator.menu.actions() if not a.isSeparator()] == [
        "&Sync now", "&Cancel sync", "&Resolve conflicts…", "C&onnection settings…"]
    assert indicator.button.accessibleName() == "Synchronisation: Local only"
    # F5 is Sync now wherever you are, My work included (its Refresh button gave the key up:
    # one key with two owners fires neither), and with no central database it still asks the
    # screens to look again.
    window.show_page("my_work")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.pages["my_work"].ui.refreshButton.shortcut() != QKeySequence("F5")
    with qtbot.waitSignal(window.context.changes.cases_changed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
