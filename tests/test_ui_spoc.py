"""The SPOC tab of the case view: the current SPOC, the assignment history, reassigning."""

from __future__ import annotations

import pytest
from needs_spoc_cases import add_people, case_row, make_context, new_case
from needs_spoc_cases import work_dialog as run
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from val_desktop.store.models import Case, SpocAssignment
from val_desktop.ui.case_spoc_tab import HISTORY_COLUMNS, CaseSpocTab

LEFT = Qt.MouseButton.LeftButton
REASON, UNTIL, FROM_WHOM = (HISTORY_COLUMNS.index(c) for c in ("Reason", "Until",
                                                                 "Took over from"))


@pytest.fixture
def people(store):
    return add_people(store)


@pytest.fixture
def case_id(store, people, tmp_path):
    return new_case(store, tmp_path)


def open_tab(qtbot, store, case_id, tmp_path, username="p.ellis"):
    tab = CaseSpocTab(make_context(store, username, tmp_path), case_id)
    qtbot.addWidget(tab)
    tab.resize(1150, 500)
    tab.show()
    tab.refresh()
    return tab


def ok_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_reassign_a_spoc_and_see_the_history(qtbot, store, case_id, people, tmp_path):
    tab = open_tab(qtbot, store, case_id, tmp_path)
    assert tab.ui.spocName.text() == "Aisha Khan"
    assert tab.model.rowCount() == 1
    reason = "Aisha on long-term leave; victim told by a safe call on 20 Nov"

    def fill(dialog):
        assert dialog.ui.currentSpoc.text() == "Aisha Khan"
        dialog.ui.newSpoc.setCurrentIndex(dialog.ui.newSpoc.findText("Ben Morgan — 0 open cases"))
        qtbot.keyClicks(dialog.ui.reason, reason)
        qtbot.mouseClick(ok_button(dialog), LEFT)

    with qtbot.waitSignal(tab.context.changes.case_changed) as changed:
        run(tab, lambda: qtbot.mouseClick(tab.ui.reassign, LEFT), fill)
    assert changed.args == [case_id]

    assert tab.ui.spocName.text() == "Ben Morgan"
    assert tab.ui.spocDetails.text().startswith("SPOC since ")
    model = tab.model
    assert model.rowCount() == 2
    assert model.text(0, 0) == "Ben Morgan" and model.text(0, UNTIL) == "now (current)"
    assert model.text(0, FROM_WHOM) == "Aisha Khan"
    assert model.text(0, REASON) == reason
    assert model.text(1, 0) == "Aisha Khan" and model.text(1, UNTIL) != "now (current)"
    assert tab.ui.historyCount.text() == "2 assignments, newest first"

    assert case_row(store, case_id).spoc_id == people["b.morgan"]
    with store.session() as session:
        rows = {r.staff_id: r for r in session.scalars(
            select(SpocAssignment).where(SpocAssignment.case_id == case_id))}
    assert rows[people["a.khan"]].ended_at == rows[people["b.morgan"]].started_at
    assert rows[people["b.morgan"]].ended_at is None
    assert rows[people["b.morgan"]].assigned_by == "p.ellis"


@pytest.mark.parametrize("typed", ["", "    "])
def test_reassign_refuses_an_empty_reason(qtbot, monkeypatch, store, case_id, people, tmp_path,
                                          typed):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    tab = open_tab(qtbot, store, case_id, tmp_path)
    seen = {}

    def fill(dialog):
        dialog.choose(people["b.morgan"])
        qtbot.keyClicks(dialog.ui.reason, typed)
        qtbot.mouseClick(ok_button(dialog), LEFT)
        seen.update(open=dialog.isVisible(), problem=dialog.ui.problem.text(),
                    focus=dialog.focusWidget() is dialog.ui.reason)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert run(tab, tab.reassign, fill) is False
    assert seen["open"] and seen["focus"]
    assert "Give a reason" in seen["problem"]
    assert tab.ui.spocName.text() == "Aisha Khan"
    assert tab.model.rowCount() == 1
    assert case_row(store, case_id).spoc_id == people["a.khan"]


def test_the_choice_is_active_caseworkers_other_than_the_spoc_with_their_caseloads(
        qtbot, store, case_id, tmp_path):
    new_case(store, tmp_path, "T-2", spoc="b.morgan", first_name="Noor", last_name="Haddad")
    tab = open_tab(qtbot, store, case_id, tmp_path)
    offered = []

    def look(dialog):
        offered.extend(dialog.ui.newSpoc.itemText(i) for i in range(dialog.ui.newSpoc.count()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    run(tab, tab.reassign, look)
    # Not Aisha (already the SPOC), not Dai (inactive), no supervisor or Witness Care officer.
    assert offered == ["Choose a caseworker…", "Ben Morgan — 1 open case",
                       "Cara Nowak — 0 open cases"]


def test_a_closed_case_cannot_be_reassigned(qtbot, store, case_id, tmp_path):
    with store.session(write=True) as session:
        session.get(Case, case_id).status = "closed"
        session.commit()
    tab = open_tab(qtbot, store, case_id, tmp_path)
    assert not tab.ui.reassign.isEnabled()
    assert tab.ui.spocName.text() == "Aisha Khan"


def test_an_open_case_without_a_spoc_says_so(qtbot, store, people, tmp_path):
    case_id = new_case(store, tmp_path, "T-9", spoc=None)
    tab = open_tab(qtbot, store, case_id, tmp_path)
    assert tab.ui.spocName.text() == "No SPOC"
    assert tab.ui.spocWarning.isVisible() and "no SPOC" in tab.ui.spocWarning.text()
    assert tab.ui.reassign.text() == "&Assign a SPOC…"
