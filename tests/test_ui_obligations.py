"""The Obligations tab: every Code obligation with its status in colour and words, and late
reasons recorded where something was late."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from contacts_fixtures import NOW, CaseTabs, add_caseworker, make_case, make_context
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from val_desktop.domain.clock import UK
from val_desktop.domain.contacts import Contact
from val_desktop.store.cases import Rulebook, record_event
from val_desktop.store.contacts import log_contact
from val_desktop.store.models import Case, Obligation
from val_desktop.ui.case_obligations_tab import ROW_ROLE

STATUS, MET_AT, MET_BY, LATE = 5, 6, 7, 8


@pytest.fixture
def user(store):
    return add_caseworker(store)


@pytest.fixture
def context(store, user, tmp_path):
    return make_context(store, user, tmp_path)


@pytest.fixture
def late_case(store, user):
    """Referred Monday 16 Nov (both referral obligations due Wed 18th); an unanswered call on
    Friday 20th met the first attempt late; the support offer is still overdue; a charge this
    morning started a decision update that is open."""
    case_id = make_case(store, user, referred_at=datetime(2026, 11, 16, 9, 0, tzinfo=UK))
    rules = Rulebook.default()
    with store.session(write=True) as session:
        log_contact(session, case_id, Contact("call", "outbound", "no_answer"),
                    NOW - timedelta(hours=2), "", rules.rules, user=user.username,
                    staff_id=user.id, now=NOW)
        record_event(session, session.get(Case, case_id), "charge", NOW - timedelta(hours=1),
                     rules, user="wc.officer")
        session.commit()
    return case_id


def rows(tab):
    model = tab.model
    return {model.index(r, 0).data(ROW_ROLE).rule_id: r for r in range(model.rowCount())}


def cell(tab, row, column, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(row, column).data(role)


def test_every_obligation_with_its_status_in_words_and_colour(qtbot, context, late_case):
    tabs = CaseTabs(context, late_case)
    qtbot.addWidget(tabs)
    tab = tabs.obligations
    where = rows(tab)
    assert list(where) == ["support_referral_offered", "decision_update", "first_contact_attempt"]
    assert tab.ui.counts.text() == "1 overdue · 1 open · 0 met on time · 1 met late"

    overdue = where["support_referral_offered"]
    assert cell(tab, overdue, 0) == "Referral to support services offered"
    assert cell(tab, overdue, 1) == "Right 4"
    assert cell(tab, overdue, 3) == "16 Nov 2026"
    assert cell(tab, overdue, 4) == "18 Nov 2026"
    assert cell(tab, overdue, STATUS) == "Overdue by 2 days"
    assert cell(tab, overdue, STATUS, Qt.ItemDataRole.BackgroundRole) == QColor("#b00020")

    open_ = where["decision_update"]
    assert cell(tab, open_, 2) == "Suspect charged"
    assert cell(tab, open_, STATUS).startswith("Open")
    assert cell(tab, open_, MET_AT) == ""

    met_late = where["first_contact_attempt"]
    assert cell(tab, met_late, STATUS) == "Met late"
    assert cell(tab, met_late, STATUS, Qt.ItemDataRole.BackgroundRole) == QColor("#ffe8cc")
    assert cell(tab, met_late, MET_AT) == "20 Nov 2026 12:00"
    assert cell(tab, met_late, MET_BY) == "Jane Smith"

    backgrounds = {cell(tab, r, STATUS, Qt.ItemDataRole.BackgroundRole).name()
                   for r in where.values()}
    assert len(backgrounds) == 3  # three statuses, three colours


def test_record_a_late_reason_on_an_overdue_obligation(qtbot, store, context, late_case):
    tabs = CaseTabs(context, late_case)
    qtbot.addWidget(tabs)
    tab = tabs.obligations
    where = rows(tab)

    tab.ui.table.setCurrentIndex(tab.model.index(where["decision_update"], 0))
    assert not tab.ui.saveLateReason.isEnabled() and not tab.ui.lateReason.isEnabled()

    tab.ui.table.setCurrentIndex(tab.model.index(where["support_referral_offered"], 0))
    assert tab.ui.saveLateReason.isEnabled()
    tab.save_late_reason()
    assert tab.ui.lateProblem.text() == "Write why it was late."

    qtbot.keyClicks(tab.ui.lateReason, "Victim Support referral line was down")
    qtbot.keyClick(tab.ui.lateReason, Qt.Key.Key_Return)
    assert tab.ui.lateProblem.text() == ""

    with store.session() as session:
        ob = session.scalars(select(Obligation).where(
            Obligation.case_id == late_case,
            Obligation.rule_id == "support_referral_offered")).one()
    assert ob.late_reason == "Victim Support referral line was down"
    assert ob.row_version == 2 and ob.updated_by == "j.smith"
    row = rows(tab)["support_referral_offered"]
    assert cell(tab, row, LATE) == "Victim Support referral line was down"
    assert tab.current_row().rule_id == "support_referral_offered"  # still chosen


def test_a_met_late_obligation_keeps_and_shows_its_reason(qtbot, context, late_case):
    tabs = CaseTabs(context, late_case)
    qtbot.addWidget(tabs)
    tab = tabs.obligations
    tab.ui.table.setCurrentIndex(tab.model.index(rows(tab)["first_contact_attempt"], 0))
    qtbot.keyClicks(tab.ui.lateReason, "Referral came in without a number")
    tab.ui.saveLateReason.click()
    tab.ui.table.setCurrentIndex(tab.model.index(rows(tab)["decision_update"], 0))
    tab.ui.table.setCurrentIndex(tab.model.index(rows(tab)["first_contact_attempt"], 0))
    assert tab.ui.lateReason.text() == "Referral came in without a number"
