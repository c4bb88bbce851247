"""The new-referral dialog: a self-referral typed in becomes a case; problems are shown next to
the field at fault and nothing is saved; a referral ID already stored is refused."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from val_desktop.intake.manual_referral import build_referral
from val_desktop.store.cases import Rulebook
from val_desktop.store.models import Case, ContactPermissions, Obligation, Referral, Victim
from val_desktop.store.referral_entry import save_manual_referral
from val_desktop.store.staff import add_staff
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.new_referral_dialog import NewReferralDialog


@pytest.fixture
def staff(store):
    with store.session(write=True) as session:
        people = {p.username: p.id for p in (
            add_staff(session, "Aisha Khan", "a.khan", "caseworker"),
            add_staff(session, "Bryn Morgan", "b.morgan", "caseworker"),
        )}
        session.commit()
    return people


@pytest.fixture
def dialog(qtbot, store, staff, tmp_path):
    user = SignedIn(staff["a.khan"], "a.khan", "Aisha Khan", "caseworker")
    context = AppContext(store=store, user=user, rulebook=Rulebook.default(),
                         settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    widget = NewReferralDialog(context)
    widget.show()
    yield widget
    widget.has_changes = lambda: False  # closing at teardown must not stop to ask
    widget.close()
    widget.deleteLater()


def existing_case(store, source_id: str) -> str:
    record = build_referral(
        {"referral_source": "partner", "source_id": source_id,
         "referred_at": "2026-11-19T09:00", "offence_category": "theft",
         "first_name": "Old", "last_name": "Case"},
        now=datetime(2026, 11, 20, tzinfo=UTC)).record
    with store.session(write=True) as session:
        case = save_manual_referral(session, record, Rulebook.default(), user="test")
        session.commit()
        return case.ref


def type_in(qtbot, dialog, **values: str) -> None:
    """Type into the text fields and choose from the lists, as a person would."""
    for column, value in values.items():
        widget = dialog.fields[column]
        if hasattr(widget, "findData"):
            dialog.set_value(column, value)
        else:
            widget.clear()
            if value.isascii():
                qtbot.keyClicks(widget, value)
            elif hasattr(widget, "insertPlainText"):
                widget.insertPlainText(value)  # QTest types only ASCII; "Ł" comes from the IME
            else:
                widget.insert(value)


def save(dialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def count_cases(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Case))


def when_modal(act, tries: int = 300):
    def poll(left=tries):
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.isVisible():
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def click(text: str):
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


SELF_REFERRAL = {
    "first_name": "Łucja", "last_name": "Nowak", "date_of_birth": "14/03/1988",
    "offence_category": "domestic_abuse", "offence_date": "01/11/2026",
    "phone": "07700 900123", "email": "lucja@example.org", "address_line1": "4 Mill Row",
    "town": "Kidderminster", "postcode": "dy10 1aa", "safe_to_call": "yes",
    "safe_to_write": "no", "consent_to_contact": "yes", "gender": "female",
    "preferred_language": "Polish", "interpreter_needed": "yes",
    "notes": "Rang from work; call after 5pm only.",
}


def test_a_self_referral_typed_in_becomes_a_case(dialog, store, staff, qtbot):
    existing_case(store, "PARTNER-OLD")  # b.morgan? a.khan? one of them now has a case
    with store.session() as session:
        busy = session.scalar(select(Case.spoc_id))
    assert dialog.ui.referralSource.currentData() == "self"
    type_in(qtbot, dialog, **SELF_REFERRAL)
    assert "Enhanced rights" in dialog.ui.enhancedPreview.text()
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created_case_id is not None
    with store.session() as session:
        case = session.get(Case, dialog.created_case_id)
        assert case.ref == dialog.created_ref
        victim = session.get(Victim, case.victim_id)
        referral = session.scalars(select(Referral).where(Referral.case_id == case.id)).one()
        permissions = session.scalars(select(ContactPermissions).where(
            ContactPermissions.victim_id == victim.id)).one()
        rules = set(session.scalars(select(Obligation.rule_id).where(
            Obligation.case_id == case.id)))
    assert (victim.first_name, victim.last_name, victim.postcode, victim.phone) == (
        "Łucja", "Nowak", "DY10 1AA", "+447700900123")
    assert victim.interpreter_needed is True and victim.preferred_language == "Polish"
    assert referral.source == "self" and referral.received_via == "manual"
    assert re.fullmatch(r"SELF-\d{8}-[A-Z2-9]{6}", referral.source_id)
    assert case.enhanced is True
    assert any("Domestic abuse" in reason["text"] for reason in case.enhanced_reasons)
    assert rules == {"first_contact_attempt", "support_referral_offered"}
    assert case.notes == "Rang from work; call after 5pm only."
    assert (permissions.safe_to_call, permissions.safe_to_write,
            permissions.safe_to_text) == ("yes", "no", "unknown")
    # The caseworker with fewer open cases is the SPOC.
    assert case.spoc_id in staff.values() and case.spoc_id != busy


def test_a_bad_postcode_is_shown_next_to_the_postcode_and_nothing_is_saved(dialog, store, qtbot):
    type_in(qtbot, dialog, **{**SELF_REFERRAL, "postcode": "WR99 ZZZZ"})
    save(dialog)
    assert dialog.isVisible() and dialog.created_case_id is None
    assert count_cases(store) == 0
    assert dialog.problem_for("postcode") == "'WR99 ZZZZ' is not a valid UK postcode."
    assert not dialog.ui.postcodeError.isHidden()
    assert all(dialog.problem_for(c) == "" for c in dialog.fields if c != "postcode")
    assert "Postcode" in dialog.ui.problem.text() and "Nothing saved" in dialog.ui.problem.text()
    assert dialog.focusWidget() is dialog.ui.postcode
    # Correcting the field takes its message away; then it saves.
    type_in(qtbot, dialog, postcode="WR3 8SP")
    assert dialog.ui.postcodeError.isHidden()
    save(dialog)
    assert dialog.created_case_id is not None and count_cases(store) == 1


def test_every_problem_is_shown_at_its_own_field(dialog, store, qtbot):
    dialog.set_value("referral_source", "police")
    type_in(qtbot, dialog, first_name="", last_name="Nowak", email="not-an-address",
            date_of_birth="31/02/1990")
    save(dialog)
    assert dialog.problem_for("source_id") == "This is required."
    assert dialog.problem_for("crime_reference") == (
        "This is missing; a police referral must have one.")
    assert dialog.problem_for("offence_category") == "This is required."
    assert dialog.problem_for("first_name") == "This is required."
    assert dialog.problem_for("date_of_birth") == "'31/02/1990' is not a real date."
    assert "not a valid email address" in dialog.problem_for("email")
    assert dialog.problem_for("last_name") == ""
    assert count_cases(store) == 0


def test_a_referral_id_already_stored_is_refused(dialog, store, qtbot):
    ref = existing_case(store, "VS-2026-7")
    dialog.set_value("referral_source", "partner")
    type_in(qtbot, dialog, **SELF_REFERRAL, source_id="VS-2026-7")
    save(dialog)
    assert dialog.created_case_id is None and dialog.isVisible()
    assert f"already recorded (case {ref})" in dialog.problem_for("source_id")
    assert count_cases(store) == 1


def test_closing_with_unsaved_changes_asks_first(dialog, qtbot):
    type_in(qtbot, dialog, first_name="Ava")
    when_modal(click("Cancel"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # kept
    when_modal(click("Close and lose it"))
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_closing_an_empty_form_does_not_ask(dialog):
    when_modal(click("Cancel"))  # would keep the dialog open if anything asked
    dialog.reject()
    assert not dialog.isVisible()
