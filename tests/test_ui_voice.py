"""The victim's voice on a case (complaints with their 10-working-day obligation, Right to Review
requests with their window, feedback) and the supervisors' lessons to act on."""

from __future__ import annotations

from datetime import date

import pytest
from contacts_fixtures import add_caseworker, make_context
from journey_fixtures import make_case
from PySide6.QtCore import QDate

from val_desktop.domain.complaints import ComplaintAbout, ComplaintOutcome, ReviewBody
from val_desktop.domain.feedback import Satisfaction
from val_desktop.ui.case_voice_tab import CaseVoiceTab
from val_desktop.ui.lessons_page import LessonsPage
from val_desktop.ui.rj_dialogs import choose

RESPONSE, PASSED, OUTCOME = 3, 4, 5  # complaint columns
TIMING, VRR_OUTCOME = 4, 6


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def context(store, tmp_path):
    return make_context(store, add_caseworker(store), tmp_path)  # today: Fri 20 Nov 2026


@pytest.fixture
def case_id(store):
    return make_case(store)


@pytest.fixture
def tab(qtbot, context, case_id):
    widget = CaseVoiceTab(context, case_id)
    qtbot.addWidget(widget)
    context.changes.case_changed.connect(lambda _: widget.refresh())
    widget.refresh()
    return widget


def _complaint(tab, about=ComplaintAbout.VAL, received=date(2026, 11, 16), name=""):
    dialog = tab.complaint_dialog("new")
    dialog.ui.receivedOn.setDate(_q(received))
    choose(dialog.ui.about, about)
    dialog.ui.aboutName.setText(name)
    dialog.check_right(6)
    dialog.ui.summary.setPlainText("Nobody told her the suspect was released")
    assert dialog.save(), dialog.ui.problem.text()


def cell(model, row, column):
    return model.index(row, column).data()


def test_a_complaint_shows_its_10_working_day_obligation_and_acknowledging_meets_it(tab):
    assert not tab.ui.acknowledge.isEnabled()
    _complaint(tab)
    model = tab.complaint_model
    assert model.rowCount() == 1
    assert cell(model, 0, 2) == "6"
    # Received Mon 16 Nov: 10 working days is Mon 30 Nov.
    assert cell(model, 0, RESPONSE) == "Open — due 30 Nov 2026 (10 days left)"
    assert "Acknowledge the complaint or answer it in full" in tab.ui.complaintSteps.text()
    assert not tab.ui.passOn.isEnabled()  # ours to answer
    assert "ours to answer" in tab.ui.passOn.toolTip()
    dialog = tab.complaint_dialog("acknowledge")
    dialog.ui.onDate.setDate(_q(date(2026, 11, 18)))
    assert dialog.save()
    assert cell(model, 0, RESPONSE) == "Met (due 30 Nov 2026)"
    assert not tab.ui.acknowledge.isEnabled()
    assert "Acknowledged on 18 Nov 2026" in tab.ui.acknowledge.toolTip()


def test_a_complaint_about_another_organisation_is_passed_on(tab):
    _complaint(tab, ComplaintAbout.POLICE)
    assert "Pass the complaint on to the police force" in tab.ui.complaintSteps.text()
    assert tab.ui.passOn.isEnabled()
    dialog = tab.complaint_dialog("pass_on")
    assert dialog.ui.organisation.text().startswith("The police force's professional")
    dialog.ui.organisation.setText("West Mercia Police PSD")
    dialog.ui.onDate.setDate(_q(date(2026, 11, 17)))
    dialog.ui.victimToldOn.setDate(_q(date(2026, 11, 17)))
    assert dialog.save(), dialog.ui.problem.text()
    model = tab.complaint_model
    assert cell(model, 0, PASSED) == "West Mercia Police PSD (17 Nov 2026)"
    assert cell(model, 0, RESPONSE).startswith("Met")  # telling the victim acknowledges it
    dialog = tab.complaint_dialog("outcome")
    choose(dialog.ui.outcome, ComplaintOutcome.PASSED_ON)
    assert dialog.save(), dialog.ui.problem.text()
    assert cell(model, 0, OUTCOME).startswith("Passed on to the organisation concerned")


def test_a_complaint_about_a_provider_needs_its_name(tab):
    dialog = tab.complaint_dialog("new")
    choose(dialog.ui.about, ComplaintAbout.PROVIDER)
    assert not dialog.save()
    assert "Name the support service provider" in dialog.ui.problem.text()
    assert tab.complaint_model.rowCount() == 0


def _request(tab, communicated, requested, late_reason=""):
    dialog = tab.review_dialog("new")
    choose(dialog.ui.body, ReviewBody.POLICE)
    dialog.ui.communicatedOn.setDate(_q(communicated))
    dialog.ui.requestedOn.setDate(_q(requested))
    dialog.ui.lateReason.setPlainText(late_reason)
    return dialog


def test_a_review_request_inside_the_window(tab):
    dialog = _request(tab, date(2026, 11, 2), date(2026, 11, 10))
    assert "closes on 16 Nov 2026" in dialog.ui.window.text()
    assert "within the window" in dialog.ui.window.text()
    assert dialog.save()
    assert cell(tab.review_model, 0, TIMING) == "In time"
    assert "Record the start of local resolution by the Police" in tab.ui.vrrSteps.text()
    assert not tab.ui.independentReview.isEnabled()
    dialog = tab.review_dialog(tab.review_mode("local"))
    assert dialog.mode == "local_start"
    dialog.ui.onDate.setDate(_q(date(2026, 11, 12)))
    assert dialog.save(), dialog.ui.problem.text()
    assert tab.ui.localResolution.text() == "&Local resolution concluded…"


def test_a_late_request_needs_its_reason_and_one_out_of_time_is_not_eligible(tab):
    dialog = _request(tab, date(2026, 10, 1), date(2026, 11, 10))
    assert "late" in dialog.ui.window.text()
    assert not dialog.save()
    assert "record the exceptional circumstances" in dialog.ui.problem.text()
    dialog.ui.lateReason.setPlainText("In hospital when the letter came")
    assert dialog.save()
    assert cell(tab.review_model, 0, TIMING) == "Late"
    dialog = _request(tab, date(2026, 7, 1), date(2026, 11, 10))
    assert "not eligible" in dialog.ui.window.text()
    assert dialog.save(), dialog.ui.problem.text()
    outcomes = {cell(tab.review_model, r, VRR_OUTCOME) for r in range(2)}
    assert "Not eligible for review (10 Nov 2026)" in outcomes


def test_feedback_is_recorded_and_listed_as_a_lesson(qtbot, tab, context, case_id):
    dialog = tab.feedback_dialog()
    assert not dialog.save()  # nothing answered
    assert "holds no answer" in dialog.ui.problem.text()
    choose(dialog.ui.satisfaction, Satisfaction.DISSATISFIED)
    dialog.ui.cope.setCurrentIndex(dialog.ui.cope.findText("No"))
    dialog.ui.couldBeBetter.setPlainText("Calls in the evening would have been easier")
    dialog.ui.userGroup.setChecked(True)
    assert dialog.save(), dialog.ui.problem.text()
    model = tab.feedback_model
    assert [cell(model, 0, c) for c in range(6)] == [
        "20 Nov 2026", "During support", "Dissatisfied", "No", "Agrees to contact",
        "Calls in the evening would have been easier"]
    page = LessonsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).case_id == case_id
    assert "Dissatisfied" in cell(page.model, 0, 3)
    assert "Calls in the evening" in page.ui.detail.text()
    assert page.ui.count.text().startswith("1 lesson to act on")
    with qtbot.waitSignal(page.caseRequested) as opened:
        page.ui.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened.args == [case_id]
