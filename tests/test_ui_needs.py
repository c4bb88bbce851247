"""The Needs tab of the case view, as a caseworker uses it (pytest-qt, offscreen).

The case is referred on Monday 5 October 2026 (standard service: reassess every 28 days);
today is Friday 20 November 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from needs_spoc_cases import TODAY, add_people, at, case_row, make_context, new_case, scores
from needs_spoc_cases import work_dialog as run
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from val_desktop.domain.needs import NEED_DOMAINS, NOT_DUE, OVERDUE
from val_desktop.store.assessments import add_action, list_actions, record_assessment
from val_desktop.store.cases import Rulebook
from val_desktop.store.models import NeedsAssessment
from val_desktop.ui.case_needs_tab import EASED, TOTAL_ROW, WORSE, CaseNeedsTab
from val_desktop.ui.needs_assessment_dialog import NeedsAssessmentDialog

SAFETY, HOUSING, EMOTIONAL = (list(NEED_DOMAINS).index(d) for d in ("safety", "housing",
                                                                      "emotional"))
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def people(store):
    return add_people(store)


@pytest.fixture
def case_id(store, people, tmp_path):
    return new_case(store, tmp_path)


@pytest.fixture
def context(store, people, tmp_path):
    return make_context(store, "a.khan", tmp_path)


def assess(store, case_id, day: date, risk="standard", **given):
    with store.session(write=True) as session:
        record_assessment(session, case_id, scores(**given), risk_level=risk, by="a.khan",
                          rulebook=Rulebook.default(), assessed_at=at(day))
        session.commit()


def assessments(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(NeedsAssessment))


@pytest.fixture
def tab(qtbot, context, case_id):
    widget = CaseNeedsTab(context, case_id)
    qtbot.addWidget(widget)
    widget.resize(1150, 560)
    widget.show()
    widget.refresh()
    return widget


def save_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_completing_an_overdue_reassessment_makes_the_reminder_go(qtbot, store, case_id, context):
    assess(store, case_id, date(2026, 10, 8), safety=3, emotional=2)  # next due 5 November
    tab = CaseNeedsTab(context, case_id)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.reassessment_status == OVERDUE
    assert "overdue by 15 days" in tab.ui.reassessment.text()
    assert "Thu 05 Nov 2026" in tab.ui.reassessment.text()

    def fill(dialog):
        assert dialog.score_boxes["safety"].currentText() == "Choose…"
        assert dialog.ui.safetyLast.text() == "3  Severe"  # last time, for comparison
        for domain, box in dialog.score_boxes.items():
            qtbot.keyClicks(box, "2" if domain == "safety" else "0")  # typing a number picks it
        qtbot.keyClicks(dialog.ui.notes, "Feels safer since the locks were changed")
        qtbot.mouseClick(save_button(dialog), LEFT)

    with qtbot.waitSignal(context.changes.case_changed) as changed:
        run(tab, lambda: qtbot.mouseClick(tab.ui.assess, LEFT), fill)
    assert changed.args == [case_id]

    # 20 November + 28 days = Friday 18 December: no longer overdue, and the store agrees.
    assert tab.reassessment_status == NOT_DUE
    text = tab.ui.reassessment.text()
    assert "Fri 18 Dec 2026" in text and "overdue" not in text
    assert case_row(store, case_id).next_reassessment_due == date(2026, 12, 18)
    assert tab.scores_model.columnCount() == 2
    assert tab.scores_model.index(SAFETY, 1).data() == "2 ▼1"


def test_a_first_assessment_moves_a_new_case_to_supported(qtbot, store, case_id, tab):
    assert case_row(store, case_id).status == "new"
    assert "First needs assessment overdue" in tab.ui.reassessment.text()

    def fill(dialog):
        for box in dialog.score_boxes.values():
            qtbot.keyClicks(box, "1")
        dialog.ui.riskLevel.setCurrentIndex(dialog.ui.riskLevel.findText("High"))
        qtbot.mouseClick(save_button(dialog), LEFT)

    run(tab, lambda: qtbot.mouseClick(tab.ui.assess, LEFT), fill)
    row = case_row(store, case_id)
    assert (row.status, row.risk_level) == ("supported", "high")
    assert row.next_reassessment_due == date(2026, 11, 27)  # high risk: 7 days
    assert "Fri 27 Nov 2026" in tab.ui.reassessment.text()


def test_the_dialog_will_not_save_until_every_need_is_scored(qtbot, monkeypatch, store, case_id,
                                                           tab):
    seen = {}
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)

    def fill(dialog):
        qtbot.keyClicks(dialog.score_boxes["safety"], "3")
        qtbot.mouseClick(save_button(dialog), LEFT)
        seen["open"] = dialog.isVisible()
        seen["problem"] = dialog.ui.problem.text()
        seen["focus"] = dialog.focusWidget()
        seen["health"] = dialog.score_boxes["health"]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    run(tab, lambda: qtbot.mouseClick(tab.ui.assess, LEFT), fill)
    assert seen["open"]
    assert "Not scored: Health and wellbeing" in seen["problem"]
    assert seen["focus"] is seen["health"]  # taken to the first need still to score
    assert assessments(store) == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, monkeypatch, store, case_id, tab):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    visible_after_cancel = []

    def fill(dialog):
        qtbot.keyClicks(dialog.score_boxes["money"], "2")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "Cancel" in the question: stays open
        visible_after_cancel.append(dialog.isVisible())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "Discard": closes

    saved = run(tab, tab.take_assessment, fill)
    assert saved is False
    assert visible_after_cancel == [True]
    assert len(asked) == 2 and "not been saved" in asked[0]
    assert assessments(store) == 0


def test_closing_an_untouched_dialog_asks_nothing(qtbot, monkeypatch, tab):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert run(tab, tab.take_assessment,
               lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)) is False


def test_the_history_shows_two_assessments_and_the_change_in_each_need(qtbot, store, case_id,
                                                                      context):
    assess(store, case_id, date(2026, 10, 8), safety=3, housing=1, emotional=2)
    assess(store, case_id, date(2026, 11, 5), safety=1, housing=2, emotional=2)
    tab = CaseNeedsTab(context, case_id)
    qtbot.addWidget(tab)
    tab.refresh()

    # The chart: the first and the latest assessment side by side, per need.
    first, latest = tab.ui.chart.bar_sets()
    assert first.label() == "First 08 Oct 26 (total 6)"
    assert latest.label() == "Latest 05 Nov 26 (total 5)"
    assert (first.at(SAFETY), latest.at(SAFETY)) == (3.0, 1.0)
    assert (first.at(HOUSING), latest.at(HOUSING)) == (1.0, 2.0)

    # The table: one column per assessment, arrows and colours for the change.
    model = tab.scores_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "08 Oct 26", "05 Nov 26"]
    assert model.index(SAFETY, 0).data() == "3"
    assert model.index(SAFETY, 1).data() == "1 ▼2"
    assert model.index(SAFETY, 1).data(Qt.ItemDataRole.ForegroundRole).color() == EASED
    assert model.index(HOUSING, 1).data() == "2 ▲1"
    assert model.index(HOUSING, 1).data(Qt.ItemDataRole.ForegroundRole).color() == WORSE
    assert model.index(EMOTIONAL, 1).data() == "2"
    assert model.index(TOTAL_ROW, 1).data() == "5 ▼1"
    assert "down 2 (eased) since 08 Oct 2026" in model.index(SAFETY, 1).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "2 assessments" in tab.ui.historyHint.text()


def test_a_past_assessment_opens_read_only_with_its_notes(qtbot, store, case_id, context):
    with store.session(write=True) as session:
        record_assessment(session, case_id, scores(safety=3), risk_level="high", by="a.khan",
                          rulebook=Rulebook.default(), assessed_at=at(date(2026, 10, 8)),
                          notes="Wants a panic alarm", score_notes={"safety": "Threats by text"})
        session.commit()
    tab = CaseNeedsTab(context, case_id)
    qtbot.addWidget(tab)
    tab.refresh()
    seen = {}

    def look(dialog):
        seen.update(title=dialog.windowTitle(), safety=dialog.ui.safetyLast.text(),
                    note=dialog.note_edits["safety"].text(), read_only=dialog.ui.notes.isReadOnly(),
                    notes=dialog.ui.notes.toPlainText(), risk=dialog.ui.riskHint.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    run(tab, lambda: tab.ui.scores.horizontalHeader().sectionDoubleClicked.emit(0), look)
    assert seen == {"title": "Needs assessment of 08 Oct 2026 by Aisha Khan",
                    "safety": "3  Severe", "note": "Threats by text", "read_only": True,
                    "notes": "Wants a panic alarm", "risk": "High"}


def test_add_a_support_plan_action_with_an_owner_and_a_due_date(qtbot, store, case_id, tab,
                                                                 people):
    assess(store, case_id, date(2026, 10, 8), housing=3)
    tab.refresh()
    chosen = {}

    def fill(dialog):
        assert dialog.ui.domain.currentData() == "housing"  # the most severe need is offered
        assert dialog.ui.owner.currentText() == "Aisha Khan"  # the SPOC by default
        qtbot.keyClicks(dialog.ui.action, "Ask the council about an emergency move")
        dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findText("Ben Morgan"))
        dialog.ui.due.setDate(QDate(2026, 12, 4))
        assert dialog.ui.dueHint.text() == "in 14 days"
        provider = dialog.ui.provider
        suggested = [i for i in range(provider.count()) if "suggested" in provider.itemText(i)]
        provider.setCurrentIndex(suggested[0])
        chosen["provider"] = provider.currentText().split(" (")[0]
        qtbot.mouseClick(save_button(dialog), LEFT)

    with qtbot.waitSignal(tab.context.changes.case_changed):
        run(tab, lambda: qtbot.mouseClick(tab.ui.addAction, LEFT), fill)

    model = tab.actions_model
    assert model.rowCount() == 1
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown == ["Housing and accommodation", "Ask the council about an emergency move",
                     "Ben Morgan", "Fri 04 Dec 2026", "Open", chosen["provider"]]
    assert tab.ui.planCount.text() == "1 open, 0 done"
    with store.session() as session:
        (action,) = list_actions(session, case_id)
    assert (action.owner_id, action.due) == (people["b.morgan"], date(2026, 12, 4))


def test_an_action_is_marked_done_edited_and_removed(qtbot, monkeypatch, store, case_id, tab,
                                                     people):
    with store.session(write=True) as session:
        add_action(session, case_id, domain="safety", action="Fit door chains",
                   owner_id=people["a.khan"], due=date(2026, 11, 18), by="a.khan")
        session.commit()
    tab.refresh()
    model = tab.actions_model
    assert model.index(0, 4).data() == "Overdue by 2 days"
    assert tab.ui.planCount.text() == "1 open, 0 done, 1 overdue"
    assert not tab.ui.markDone.isEnabled()  # nothing selected yet

    tab.ui.actions.selectRow(0)
    qtbot.mouseClick(tab.ui.markDone, LEFT)
    assert model.index(0, 4).data().startswith("Done ")
    assert tab.ui.markDone.text() == "Mark not &done"

    def edit(dialog):
        assert dialog.ui.done.isChecked()
        dialog.ui.action.setPlainText("Fit door chains and a spy-hole")
        qtbot.mouseClick(save_button(dialog), LEFT)

    run(tab, lambda: qtbot.mouseClick(tab.ui.editAction, LEFT), edit)
    assert model.index(0, 1).data() == "Fit door chains and a spy-hole"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.ui.actions.selectRow(0)
    qtbot.mouseClick(tab.ui.removeAction, LEFT)
    assert model.rowCount() == 0
    assert tab.ui.planCount.text() == "No actions yet."


def test_a_closed_case_can_be_read_but_not_assessed(qtbot, store, case_id, context):
    from val_desktop.store.models import Case

    assess(store, case_id, date(2026, 10, 8), safety=1)
    with store.session(write=True) as session:
        session.get(Case, case_id).status = "closed"
        session.commit()
    tab = CaseNeedsTab(context, case_id)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.ui.assess.isEnabled() and not tab.ui.addAction.isEnabled()
    assert "closed" in tab.ui.reassessment.text()
    assert tab.scores_model.columnCount() == 1


def test_the_dialog_labels_are_the_ten_need_domains(qtbot, context, case_id):
    dialog = NeedsAssessmentDialog(context, case_id)
    qtbot.addWidget(dialog)
    labels = [dialog.ui.domains.itemAtPosition(row, 0).widget().text().replace("&", "")
              for row in range(1, 11)]
    assert labels == list(NEED_DOMAINS.values())
    assert dialog.ui.assessedOn.date().toPython() == TODAY
    assert dialog.ui.assessedOn.maximumDate().toPython() == TODAY  # not in the future


def test_enter_in_a_notes_box_moves_on_and_ctrl_s_saves(qtbot, store, case_id, tab):
    seen = {}

    def fill(dialog):
        for box in dialog.score_boxes.values():
            qtbot.keyClicks(box, "1")
        notes = dialog.note_edits["safety"]
        notes.setFocus()
        qtbot.keyClicks(notes, "Neighbour keeps watch")
        qtbot.keyClick(notes, Qt.Key.Key_Return)
        seen["open_after_enter"] = dialog.isVisible()
        seen["focus_moved"] = dialog.focusWidget() is not notes
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # a shortcut works in the active window
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert run(tab, tab.take_assessment, fill) is True
    assert seen == {"open_after_enter": True, "focus_moved": True}
    assert assessments(store) == 1
