"""The restorative justice screens: the case's RJ tab (stage, next step, greyed actions with the
domain's reasons, the step dialog) and the RJ register."""

from __future__ import annotations

from datetime import date

import pytest
from contacts_fixtures import add_caseworker, make_context
from journey_fixtures import assess, case_of, events, make_case
from PySide6.QtCore import QDate, Qt

from val_desktop.domain.restorative_justice import OffenderService
from val_desktop.store.rj import create_rj_referral
from val_desktop.ui import rj_dialogs
from val_desktop.ui.case_rj_tab import CaseRJTab
from val_desktop.ui.rj_register_page import RJRegisterPage

TODAY = date(2026, 11, 20)  # contacts_fixtures' today


@pytest.fixture
def user(store):
    return add_caseworker(store, "Paula Ward", "p.ward")


@pytest.fixture
def context(store, user, tmp_path):
    return make_context(store, user, tmp_path)


@pytest.fixture
def case_id(store):
    return make_case(store)


@pytest.fixture
def tab(qtbot, context, case_id):
    widget = CaseRJTab(context, case_id)
    qtbot.addWidget(widget)
    context.changes.case_changed.connect(lambda _: widget.refresh())
    widget.refresh()
    return widget


def _on(dialog, day: date) -> None:
    dialog.ui.onDate.setDate(QDate(day.year, day.month, day.day))


def _save(tab, step, fill=None, day=date(2026, 11, 10)):
    dialog = tab.step_dialog(step)
    _on(dialog, day)
    if fill:
        fill(dialog)
    return dialog, dialog.save()


def _assessed(tab):
    def fill(d):
        d.set_risk(0, "They live in the same street", "Meetings at the probation office")
    return _save(tab, "assess", fill, date(2026, 11, 3))


def _refer(tab, day=date(2026, 11, 2)):
    return _save(tab, "referral", lambda d: d.ui.reference.setText("PRB-1"), day)


def _consents(tab):
    def victim(d):
        d.ui.scopeLetter.setChecked(True)
        d.ui.scopeShuttle.setChecked(True)

    def manager(d):
        rj_dialogs.choose(d.ui.service, OffenderService.PROBATION)
        d.ui.managerName.setText("Chris Doyle")

    assert _save(tab, "victim_consent", victim, date(2026, 11, 4))[1]
    assert _save(tab, "manager", manager)[1]
    assert _save(tab, "offender_consent", victim, date(2026, 11, 6))[1]


def test_no_referral_offers_only_the_referral(tab):
    assert tab.ui.empty.isVisibleTo(tab)
    assert tab.ui.newReferral.isEnabled()
    assert not tab.ui.assess.isEnabled()
    assert "Refer the case" in tab.ui.assess.toolTip()


def test_the_tab_shows_the_stage_and_what_the_next_step_needs(tab):
    assert _refer(tab)[1]
    assert "Referred" in tab.ui.status.text()
    assert "Assess suitability and risk" in tab.ui.nextSteps.text()
    assert tab.ui.stages.item(0).text().startswith("▶ Referred")
    assert not tab.ui.newReferral.isEnabled()  # one open referral at a time
    assert "already has an open" in tab.ui.newReferral.toolTip()
    # The victim's consent is greyed with the domain's reason.
    assert not tab.ui.victimConsent.isEnabled()
    assert "its next stage is 'Suitability and risk assessed'" in tab.ui.victimConsent.toolTip()
    assert not tab.ui.blocked.isVisibleTo(tab)  # nothing stops the assessment
    assert "PRB-1" in tab.ui.record.toPlainText()


def test_a_step_refused_by_the_domain_shows_its_reasons_and_writes_nothing(tab):
    _refer(tab)

    def unsuitable_without_reason(d):
        d.ui.suitable.setChecked(False)
        d.set_risk(0, "Offender denies it", "")
    dialog, saved = _save(tab, "assess", unsuitable_without_reason)
    assert not saved
    problem = dialog.ui.problem.text()
    assert "Say why restorative justice is unsuitable" in problem
    assert "record how it is managed" in problem
    tab.refresh()
    assert "Referred" in tab.ui.status.text()
    # The offender's consent needs the offender manager first: greyed, with that reason.
    _assessed(tab)
    _save(tab, "victim_consent", lambda d: d.ui.scopeLetter.setChecked(True), date(2026, 11, 4))
    assert not tab.ui.offenderConsent.isEnabled()
    assert "Record the offender manager" in tab.ui.offenderConsent.toolTip()
    assert "To move on to “Offender consented”: Record the offender manager" in (
        tab.ui.blocked.text())
    # An offender manager without a name is refused in words.
    dialog, saved = _save(tab, "manager", lambda d: d.ui.managerName.setText(""))
    assert not saved and "offender manager's name" in dialog.ui.problem.text()


def test_record_the_consents_and_move_on_to_preparation(tab):
    _refer(tab)
    assert _assessed(tab)[1]
    assert "Suitability and risk assessed" in tab.ui.status.text()
    _consents(tab)
    assert "Offender consented" in tab.ui.status.text()
    record = tab.ui.record.toPlainText()
    assert "Chris Doyle (Probation Service)" in record
    assert "They live in the same street — managed by: Meetings at the probation office" in record
    assert tab.ui.startPreparation.isEnabled()
    assert _save(tab, "start_preparation", day=date(2026, 11, 9))[1]
    assert "Preparation" in tab.ui.status.text()
    assert "Record preparation with the victim" in tab.ui.nextSteps.text()
    # No intervention before preparation with both parties: greyed, with the reason.
    assert not tab.ui.intervention.isEnabled()
    assert "No preparation with the offender" in tab.ui.intervention.toolTip()


def test_withdraw_with_the_reason_and_who(tab, monkeypatch, store, case_id):
    _refer(tab)
    _assessed(tab)
    monkeypatch.setattr(rj_dialogs, "confirm", lambda *a: True)
    dialog, saved = _save(tab, "withdraw", day=date(2026, 11, 12))
    assert not saved and "needs the reason" in dialog.ui.problem.text()

    def reason(d):
        d.ui.notes.setPlainText("She no longer wants contact with him")
    assert _save(tab, "withdraw", reason, date(2026, 11, 12))[1]
    assert tab.ui.status.text() == "Closed"
    assert "Withdrawn by the victim on 12 Nov 2026" in tab.ui.closure.text()
    assert not tab.ui.assess.isEnabled() and not tab.ui.withdraw.isEnabled()
    assert "The pathway is closed" in tab.ui.withdraw.toolTip()
    assert tab.ui.newReferral.isEnabled()  # a new referral may be made
    assert len(events(store, case_id, "rj_outcome")) == 1


def test_withdrawal_is_asked_about_first(tab, monkeypatch):
    _refer(tab)
    monkeypatch.setattr(rj_dialogs, "confirm", lambda *a: False)
    assert not _save(tab, "withdraw", lambda d: d.ui.notes.setPlainText("Moved away"))[1]
    tab.refresh()
    assert "Referred" in tab.ui.status.text()


def test_an_rj_outcome_moves_the_next_needs_reassessment(tab, monkeypatch, store, case_id):
    assess(store, case_id, date(2026, 11, 5))
    assert case_of(store, case_id).next_reassessment_due == date(2026, 12, 3)
    _refer(tab, date(2026, 11, 6))
    monkeypatch.setattr(rj_dialogs, "confirm", lambda *a: True)
    assert _save(tab, "close_unsuitable",
                 lambda d: d.ui.notes.setPlainText("Offender denies the offence"),
                 date(2026, 11, 16))[1]
    assert "Unsuitable" in tab.ui.closure.text()
    # The outcome calls for a reassessment on its day, before the 3 Dec one.
    assert case_of(store, case_id).next_reassessment_due == date(2026, 11, 16)


def test_the_register_counts_by_stage_and_lists_the_stuck_first(qtbot, store, context):
    old, new = make_case(store, first_name="Nia"), make_case(store, first_name="Omar")
    with store.session(write=True) as session:
        create_rj_referral(session, old, referred_on=date(2026, 10, 1), user="setup")
        create_rj_referral(session, new, referred_on=date(2026, 11, 18), user="setup",
                           facilitator_id=context.user.id)
        session.commit()
    page = RJRegisterPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None)
    assert "2 open" in page.ui.counts.text() and "Referred: 2" in page.ui.counts.text()
    assert "1 referral is stuck" in page.ui.stuckBanner.text()
    first = page.model.row(0)
    assert first.victim_name.startswith("Nia") and first.stuck
    assert page.model.index(0, 6).data() == "Stuck: 36 days over"  # 50 days, limit 14
    assert page.nav_count() == 1
    with qtbot.waitSignal(page.caseRequested) as opened:
        page.ui.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened.args == [old]
    page.ui.mineOnly.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).victim_name.startswith("Omar")
    assert page.nav_count() == 0
    page.ui.mineOnly.setChecked(False)
    page.ui.stuckOnly.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0).stuck)
    assert page.ui.table.model().index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
