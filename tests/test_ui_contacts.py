"""The Contacts tab and the log-contact dialog, as a caseworker uses them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from contacts_fixtures import NOW, CaseTabs, add_caseworker, make_case, make_context
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from val_desktop.domain.clock import UK
from val_desktop.domain.contacts import Contact
from val_desktop.store.contacts import log_contact
from val_desktop.store.models import Case, ContactLogEntry, Obligation
from val_desktop.ui import log_contact_dialog
from val_desktop.ui.case_obligations_tab import ROW_ROLE
from val_desktop.ui.log_contact_dialog import LogContactDialog


@pytest.fixture
def user(store):
    return add_caseworker(store)


@pytest.fixture
def context(store, user, tmp_path):
    return make_context(store, user, tmp_path)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr(log_contact_dialog, "utc_now", lambda: NOW)


@pytest.fixture(autouse=True)
def discard_on_teardown(monkeypatch):
    """Closing a dialog with text in it asks; a test that does not answer must not hang."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Discard)


def obligation_rows(store, case_id) -> dict[str, Obligation]:
    with store.session() as session:
        return {o.rule_id: o for o in session.scalars(
            select(Obligation).where(Obligation.case_id == case_id))}


def shown_status(tabs: CaseTabs, rule_id: str) -> str:
    model = tabs.obligations.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ROW_ROLE).rule_id == rule_id:
            return model.index(row, 5).data()
    raise AssertionError(f"{rule_id} is not shown")


def run_dialog(qtbot, fill):
    """Run `fill(dialog)` once the modal log-contact dialog is up; close it if fill fails."""
    def step():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogContactDialog)
        fill(dialog)

    def guard():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LogContactDialog):
            dialog.done(0)

    QTimer.singleShot(0, step)
    QTimer.singleShot(5000, guard)


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_log_a_first_contact_and_see_its_obligations_met(qtbot, store, context, user):
    case_id = make_case(store, user)
    tabs = CaseTabs(context, case_id)
    qtbot.addWidget(tabs)
    assert shown_status(tabs, "first_contact_attempt") == "Open — 3 days left"

    def fill(dialog):
        assert dialog.kind() == "call"  # the first safe kind
        choose(dialog.ui.outcome, "reached")
        dialog.ui.offeredSupport.setChecked(True)
        assert "First contact attempt by VAL" in dialog.ui.effects.text()
        assert "Needs assessment" in dialog.ui.effects.text()
        qtbot.keyClicks(dialog.ui.summary, "Spoke to Ava; offered Victim Support")
        qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Return)  # Enter saves

    run_dialog(qtbot, fill)
    assert tabs.contacts.log_contact() is True

    assert shown_status(tabs, "first_contact_attempt") == "Met"
    assert shown_status(tabs, "support_referral_offered") == "Met"
    rows = obligation_rows(store, case_id)
    assert rows["first_contact_attempt"].met_at == NOW
    assert rows["first_contact_attempt"].met_by == "j.smith"
    assert rows["support_referral_offered"].met_at == NOW
    top = tabs.contacts.model.index(0, 3).data()
    assert "Obligation met" in tabs.contacts.model.index(0, 1).data()
    assert any("Spoke to Ava" in tabs.contacts.model.index(r, 3).data() for r in range(3)), top
    with store.session() as session:
        assert session.get(Case, case_id).status == "assessing"


def test_shift_enter_is_a_new_line_not_a_save(qtbot, store, context, user):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.summary, "line one")
    qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.ui.summary, "line two")
    assert dialog.isVisible()
    assert dialog.ui.summary.toPlainText() == "line one\nline two"


def test_a_letter_is_refused_when_writing_is_unsafe(qtbot, store, context, user):
    case_id = make_case(store, user, safe_to_write="unknown")
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "write (not known)" in dialog.ui.permissions.text()
    letter = dialog.ui.kind.findData("letter")
    assert dialog.ui.kind.itemText(letter) == "Letter — not safe to send"

    choose(dialog.ui.kind, "letter")
    assert dialog.ui.direction.currentData() == "outbound"
    assert dialog.ui.kindProblem.isVisible()
    assert "not safe to write to this victim" in dialog.ui.kindProblem.text()
    assert "not known" in dialog.ui.kindProblem.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.ui.summary, "Letter about your SPOC")
    qtbot.keyClick(dialog.ui.summary, Qt.Key.Key_Return)
    dialog.accept()  # even forced, it does not save
    assert dialog.isVisible() and dialog.logged is None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactLogEntry)) == 0

    # A letter from the victim is fine.
    choose(dialog.ui.direction, "inbound")
    assert not dialog.ui.kindProblem.isVisible()
    assert dialog.save_button.isEnabled()


def test_voicemail_cannot_be_chosen_when_it_is_unsafe(qtbot, store, context, user):
    case_id = make_case(store, user, safe_to_leave_voicemail="no")
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    choose(dialog.ui.kind, "call")
    index = dialog.ui.outcome.findData("voicemail")
    item = dialog.ui.outcome.model().item(index)
    assert not item.isEnabled()
    assert "not safe" in dialog.ui.outcome.itemText(index)
    assert "voicemail" in item.toolTip()


def test_a_late_contact_records_a_late_reason(qtbot, store, context, user):
    # Referred Monday 16 November: the first attempt was due Wednesday 18th; now is Friday 20th.
    case_id = make_case(store, user, referred_at=datetime(2026, 11, 16, 9, 0, tzinfo=UK))
    tabs = CaseTabs(context, case_id)
    qtbot.addWidget(tabs)
    assert shown_status(tabs, "first_contact_attempt") == "Overdue by 2 days"

    def fill(dialog):
        choose(dialog.ui.outcome, "no_answer")
        assert dialog.ui.lateReason.isVisible()
        assert "LATE" in dialog.ui.effects.text()
        qtbot.keyClicks(dialog.ui.lateReason, "Referral reached us without a phone number")
        qtbot.keyClick(dialog.ui.lateReason, Qt.Key.Key_Return)  # Enter saves here too

    run_dialog(qtbot, fill)
    assert tabs.contacts.log_contact()

    rows = obligation_rows(store, case_id)
    assert rows["first_contact_attempt"].late_reason == "Referral reached us without a phone number"
    assert rows["support_referral_offered"].met_at is None  # no offer in an unanswered call
    assert shown_status(tabs, "first_contact_attempt") == "Met late"
    model = tabs.obligations.model
    late_row = next(r for r in range(model.rowCount())
                    if model.index(r, 0).data(ROW_ROLE).rule_id == "first_contact_attempt")
    assert model.index(late_row, 8).data() == "Referral reached us without a phone number"


def test_an_on_time_contact_offers_no_late_reason(qtbot, store, context, user):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.lateReason.isVisible()
    assert "on time" in dialog.ui.effects.text()


def test_closing_with_unsaved_text_asks_first(qtbot, store, context, user, monkeypatch):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[1]) or answer)

    qtbot.keyClicks(dialog.ui.summary, "Half-written summary")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard this contact?"]
    assert dialog.isVisible()  # Cancel keeps it, text and all
    assert dialog.ui.summary.toPlainText() == "Half-written summary"

    answer = QMessageBox.StandardButton.Discard
    dialog.close()
    assert len(asked) == 2
    assert not dialog.isVisible()


def test_closing_an_empty_dialog_does_not_ask(qtbot, store, context, user, monkeypatch):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: pytest.fail("asked about an empty dialog"))
    dialog.reject()
    assert not dialog.isVisible()


def test_invalid_entries_are_refused_at_the_field(qtbot, store, context, user):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.at.setDateTime(dialog.ui.at.dateTime().addSecs(3 * 3600))
    assert dialog.ui.atProblem.text() == "The date and time cannot be in the future."
    dialog.accept()
    assert dialog.isVisible()

    dialog.ui.at.setDateTime(dialog.ui.at.dateTime().addDays(-3))  # before the referral
    assert "referred on 19 Nov 2026" in dialog.ui.atProblem.text()

    dialog.ui.at.setDateTime(dialog.ui.at.dateTime().addDays(3).addSecs(-3 * 3600))
    assert not dialog.ui.atProblem.isVisible()
    choose(dialog.ui.kind, "note")
    assert not dialog.ui.direction.isEnabled() and not dialog.ui.outcome.isEnabled()
    dialog.accept()
    assert dialog.ui.summaryProblem.text() == "Write the note."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.summary, "Officer says the victim is abroad until Monday")
    assert not dialog.ui.summaryProblem.isVisible()
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.logged is not None and dialog.logged.new_status == "new"  # a note: no change


def test_the_update_tick_needs_a_contact_that_reached_the_victim(qtbot, store, context, user):
    case_id = make_case(store, user)
    dialog = LogContactDialog(context, case_id)
    qtbot.addWidget(dialog)
    choose(dialog.ui.kind, "call")
    choose(dialog.ui.outcome, "no_answer")
    assert not dialog.ui.update.isEnabled() and not dialog.ui.offeredSupport.isEnabled()
    choose(dialog.ui.outcome, "reached")
    assert dialog.ui.update.isEnabled() and dialog.ui.offeredSupport.isEnabled()


def add_contacts(store, case_id, user, entries):
    with store.session(write=True) as session:
        for at, contact, summary in entries:
            log_contact(session, case_id, contact, at, summary, (), user=user.username,
                        staff_id=user.id, now=NOW)
        session.commit()


def test_timeline_order_and_content(qtbot, store, context, user):
    case_id = make_case(store, user)
    add_contacts(store, case_id, user, [
        (NOW - timedelta(hours=5), Contact("call", "outbound", "no_answer"), "Tried mobile"),
        (NOW - timedelta(hours=1), Contact("call", "inbound", "reached"),
         "Ava rang back.\nShe wants a call on Tuesday after 4pm."),
        (NOW - timedelta(hours=3), Contact("text", "outbound", "sent"), "Asked her to call us"),
    ])
    tabs = CaseTabs(context, case_id)
    qtbot.addWidget(tabs)
    model = tabs.contacts.model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data(),
             model.index(r, 3).data(), model.index(r, 4).data()) for r in range(model.rowCount())]
    assert rows == [
        ("20 Nov 2026 13:00", "Phone call", "Incoming · Heard from the victim",
         "Ava rang back. She wants a call on Tuesday after 4pm.", "Jane Smith"),
        ("20 Nov 2026 11:00", "Text message", "Outgoing · Message sent", "Asked her to call us",
         "Jane Smith"),
        ("20 Nov 2026 09:00", "Phone call", "Outgoing · No answer", "Tried mobile", "Jane Smith"),
        ("19 Nov 2026 10:00", "Referral received", "Journey event", "", "setup"),
    ]
    assert tabs.contacts.ui.count.text() == "4 entries"
    # The newest is chosen and shown in full below, line breaks and all.
    assert "She wants a call on Tuesday after 4pm." in tabs.contacts.ui.detail.text()
    assert "Ava rang back.\nShe" in tabs.contacts.ui.detail.text()

    choose(tabs.contacts.ui.show, "event")
    assert model.rowCount() == 1
    assert tabs.contacts.ui.count.text() == "1 of 4 entries"


def test_a_case_with_300_timeline_entries_shows_them_all(qtbot, store, context, user):
    warm = make_case(store, user)
    qtbot.addWidget(CaseTabs(context, warm))  # first use of fonts and styles
    case_id = make_case(store, user, first_name="Noor", last_name="Haddad")
    start = NOW - timedelta(hours=20)
    with store.session(write=True) as session:
        for n in range(300):
            session.add(ContactLogEntry(case_id=case_id, at=start + timedelta(minutes=3 * n),
                                        kind="call", direction="outbound", outcome="no_answer",
                                        staff_id=user.id, summary=f"Attempt {n}",
                                        updated_by=user.username))
        session.commit()
    tabs = CaseTabs(context, case_id)
    tabs.resize(1366, 700)
    tabs.show()
    tabs.setCurrentWidget(tabs.contacts)
    QApplication.processEvents()
    qtbot.addWidget(tabs)
    assert tabs.contacts.model.rowCount() == 301  # timing: bench/bench_desktop.py
