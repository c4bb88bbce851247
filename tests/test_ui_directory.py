"""The service directory screen, the provider dialog and signposting a victim from a case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from val_desktop.intake.manual_referral import build_referral
from val_desktop.store.cases import Rulebook
from val_desktop.store.directory import seed_directory
from val_desktop.store.models import ContactLogEntry, ServiceProvider
from val_desktop.store.referral_entry import save_manual_referral
from val_desktop.store.staff import add_staff
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.directory_page import DirectoryPage
from val_desktop.ui.provider_dialog import ProviderDialog
from val_desktop.ui.signpost_dialog import SignpostDialog


@pytest.fixture
def people(store):
    with store.session(write=True) as session:
        seed_directory(session, user="test")
        admin = add_staff(session, "Ifan Jones", "i.jones", "admin")
        worker = add_staff(session, "Aisha Khan", "a.khan", "caseworker")
        signed = {p.role: SignedIn(p.id, p.username, p.display_name, p.role)
                  for p in (admin, worker)}
        session.commit()
    return signed


def make_context(store, user, tmp_path) -> AppContext:
    return AppContext(store=store, user=user, rulebook=Rulebook.default(),
                      settings=QSettings(str(tmp_path / "settings.ini"),
                                         QSettings.Format.IniFormat))


@pytest.fixture
def admin_page(qtbot, store, people, tmp_path):
    context = make_context(store, people["admin"], tmp_path)
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def caseworker_page(qtbot, store, people, tmp_path):
    page = DirectoryPage(make_context(store, people["caseworker"], tmp_path))
    qtbot.addWidget(page)
    return page


def when_modal(act, tries: int = 300):
    """Do `act(widget)` to the next modal window (a dialog's exec() blocks the test)."""
    def poll(left=tries):
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def click_box_button(text: str):
    def act(box):
        assert isinstance(box, QMessageBox), box
        next(b for b in box.buttons() if b.text() == text).click()
    return act


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --- finding a service during a call ---------------------------------------------------------


def test_every_active_service_is_listed_with_the_first_one_shown(caseworker_page):
    page = caseworker_page
    assert len(page.directory.shown_names()) == 13
    assert page.ui.count.text() == "13 services"
    assert page.ui.detailName.text() == page.directory.shown_names()[0]


def test_search_by_need_offence_and_name(caseworker_page, qtbot):
    page = caseworker_page
    choose(page.ui.needFilter, "housing")
    shown = page.directory.shown_names()
    assert {"West Mercia Women's Aid", "Refuge (National Domestic Abuse Helpline)"} <= set(shown)
    assert "Action Fraud" not in shown and "Samaritans" not in shown
    assert page.ui.count.text() == f"{len(shown)} of 13 services"
    choose(page.ui.needFilter, None)
    choose(page.ui.offenceFilter, "fraud")
    shown = page.directory.shown_names()
    assert shown[0] == "Action Fraud"  # the specialist before general services
    assert "Victim Support" in shown and "Brake" not in shown
    choose(page.ui.offenceFilter, None)
    qtbot.keyClicks(page.ui.search, "samar")
    assert page.directory.shown_names() == ["Samaritans"]
    assert page.ui.detailName.text() == "Samaritans"
    assert page.ui.detailPhone.text() == "116 123"
    assert "samaritans.org" in page.ui.detailWebsite.text()
    page.ui.search.clear()
    qtbot.keyClicks(page.ui.search, "nothing like this")
    assert page.directory.shown_names() == []
    assert "No service chosen" in page.ui.detailName.text()


def test_area_and_commissioned_filters(caseworker_page):
    page = caseworker_page
    choose(page.ui.areaFilter, "Shropshire")
    shown = page.directory.shown_names()
    assert "AXIS Counselling" in shown  # Shropshire only
    assert "West Mercia Rape and Sexual Abuse Support Centre" in shown  # the whole force area
    page.ui.commissionedOnly.setChecked(True)
    assert all(e.commissioned for e in page.directory.shown_entries())
    assert "AXIS Counselling" not in page.directory.shown_names()


def test_a_caseworker_cannot_change_the_directory(caseworker_page):
    page = caseworker_page
    for button in (page.ui.addButton, page.ui.editButton, page.ui.retireButton):
        assert button.isHidden()
    assert page.ui.showRetired.isHidden()


# --- administrators ---------------------------------------------------------------------------


def test_an_admin_edits_a_service(admin_page, store, qtbot):
    page = admin_page
    qtbot.keyClicks(page.ui.search, "samaritans")
    assert not page.ui.editButton.isHidden()

    def edit(dialog):
        assert isinstance(dialog, ProviderDialog)
        assert dialog.ui.name.text() == "Samaritans"
        dialog.ui.description.setPlainText("Someone to talk to, day or night, about anything.")
        dialog.ui.area.setText("Worcestershire")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(edit)
    with qtbot.waitSignal(page.context.changes.directory_changed, timeout=5000):
        page.ui.editButton.click()
    assert page.ui.detailName.text() == "Samaritans"
    assert page.ui.detailDescription.text().startswith("Someone to talk to")
    assert page.ui.detailArea.text() == "Worcestershire"
    with store.session() as session:
        stored = session.scalars(select(ServiceProvider).where(
            ServiceProvider.name == "Samaritans")).one()
        assert stored.area == "Worcestershire"
        assert stored.row_version == 2 and stored.updated_by == "i.jones"


def test_the_provider_dialog_shows_problems_next_to_the_fields(qtbot, store, people, tmp_path):
    context = make_context(store, people["admin"], tmp_path)
    dialog = ProviderDialog(context, None, ["Advocacy"])
    qtbot.addWidget(dialog)
    dialog.ui.name.setText("Samaritans")  # taken
    dialog.ui.website.setText("not a site")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.ui.categoryError.isHidden()
    assert dialog.ui.categoryError.text() == "Enter the category."
    assert "not a web address" in dialog.ui.websiteError.text()
    assert dialog.saved is None and dialog.result() == 0
    dialog.ui.category.setCurrentText("Advocacy")
    dialog.ui.website.setText("")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "already has an entry called Samaritans" in dialog.ui.nameError.text()
    assert dialog.ui.websiteError.isHidden()
    dialog.ui.name.setText("Worcester Advocacy")
    dialog.ui.needs.item(0).setCheckState(dialog.ui.needs.item(0).checkState().Checked)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None and dialog.saved.need_domains == ("safety",)


def test_retiring_asks_first_and_hides_the_service(admin_page, store, qtbot):
    page = admin_page
    qtbot.keyClicks(page.ui.search, "brake")
    assert page.directory.current_entry().name == "Brake"
    when_modal(click_box_button("Cancel"))
    page.ui.retireButton.click()
    assert page.directory.shown_names() == ["Brake"]  # not retired
    when_modal(click_box_button("Retire"))
    with qtbot.waitSignal(page.context.changes.directory_changed, timeout=5000):
        page.ui.retireButton.click()
    assert page.directory.shown_names() == []
    with store.session() as session:
        brake = session.scalars(select(ServiceProvider).where(ServiceProvider.name == "Brake")).one()
        assert brake.active is False and brake.deleted is False
    page.ui.showRetired.setChecked(True)
    assert page.directory.shown_names() == ["Brake"]
    index = page.directory.proxy.index(0, 0)
    assert index.data() == "Brake (retired)"
    assert not page.ui.detailRetired.isHidden()
    assert page.ui.retireButton.text() == "Re&instate…"


# --- signposting --------------------------------------------------------------------------------


def a_case(store):
    record = build_referral(
        {"referral_source": "self", "referred_at": "2026-11-20T10:00",
         "offence_category": "stalking", "first_name": "Ava", "last_name": "Lewis"},
        now=datetime(2026, 11, 20, 12, tzinfo=UTC)).record
    with store.session(write=True) as session:
        case = save_manual_referral(session, record, Rulebook.default(), user="a.khan")
        session.commit()
        return case.id


def test_signposting_logs_a_contact_on_the_case(qtbot, store, people, tmp_path):
    case_id = a_case(store)
    context = make_context(store, people["caseworker"], tmp_path)
    dialog = SignpostDialog(context, case_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.offenceFilter.currentData() == "stalking"  # the case's offence
    assert "Ava Lewis" in dialog.ui.intro.text()
    qtbot.keyClicks(dialog.ui.search, "helpline")
    assert dialog.directory.current_entry().name == "National Stalking Helpline"
    assert "0808 802 0300" in dialog.ui.details.text()
    qtbot.keyClicks(dialog.ui.note, "Gave her the number; she will call tonight.")
    with qtbot.waitSignal(context.changes.case_changed, timeout=5000) as changed:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert changed.args == [case_id]
    with store.session() as session:
        logged = session.scalars(select(ContactLogEntry)).one()
    assert logged.id == dialog.logged_id
    assert (logged.case_id, logged.kind, logged.staff_id) == (case_id, "signpost",
                                                              people["caseworker"].id)
    assert logged.summary == ("Signposted to National Stalking Helpline (0808 802 0300): "
                              "Gave her the number; she will call tonight.")


def test_signposting_needs_a_service_chosen(qtbot, store, people, tmp_path):
    dialog = SignpostDialog(make_context(store, people["caseworker"], tmp_path), a_case(store))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.search, "no such thing")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.problem.text() == "Choose the service you gave the victim."
    with store.session() as session:
        assert session.scalars(select(ContactLogEntry)).first() is None
