"""Team caseloads: what a supervisor sees per caseworker, and reassigning cases in bulk."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from val_desktop.store.cases import Rulebook
from val_desktop.store.demo import fill_demo
from val_desktop.store.models import Case, SpocAssignment, Staff
from val_desktop.ui.context import AppContext, SignedIn
from val_desktop.ui.team_page import TeamPage
from val_desktop.ui.workload_models import ROW_ROLE

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo_store(store):
    fill_demo(store, cases=300, seed=5, today=TODAY)
    return store


def person(store, role: str, index: int = 0) -> Staff:
    with store.session() as session:
        return session.scalars(select(Staff).where(Staff.role == role, Staff.active.is_(True))
                               .order_by(Staff.username)).all()[index]


def make_page(qtbot, store, staff, tmp_path) -> TeamPage:
    context = AppContext(
        store=store,
        user=SignedIn(staff.id, staff.username, staff.display_name, staff.role),
        rulebook=Rulebook.default(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    context.today = lambda: TODAY
    page = TeamPage(context)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    if page.allowed:
        qtbot.waitUntil(lambda: bool(page.caseloads) and not page.loading
                        and not page.cases_loading)
    return page


@pytest.fixture
def page(qtbot, demo_store, tmp_path):
    return make_page(qtbot, demo_store, person(demo_store, "supervisor"), tmp_path)


def open_cases_by_spoc(store) -> Counter:
    with store.session() as session:
        return Counter(session.scalars(select(Case.spoc_id).where(Case.status != "closed")))


def caseload_rows(page) -> dict:
    proxy = page.caseload_model
    return {proxy.index(r, 0).data(ROW_ROLE).staff_id: proxy.index(r, 0).data(ROW_ROLE)
            for r in range(proxy.rowCount())}


def shown_count(page, staff_id, column: int) -> str:
    proxy = page.caseload_model
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ROW_ROLE).staff_id == staff_id:
            return proxy.index(r, column).data()
    raise AssertionError("caseworker not listed")


def choose(page, qtbot, staff_id) -> None:
    page.choose_caseworker(staff_id)
    qtbot.waitUntil(lambda: not page.cases_loading and page.chosen_caseload().staff_id == staff_id)


def test_caseload_numbers_match_the_store(page, demo_store):
    expected = open_cases_by_spoc(demo_store)
    rows = caseload_rows(page)
    with demo_store.session() as session:
        caseworkers = set(session.scalars(select(Staff.id).where(
            Staff.role == "caseworker", Staff.active.is_(True))))
        enhanced = Counter(session.scalars(select(Case.spoc_id).where(
            Case.status != "closed", Case.enhanced.is_(True))))
    assert caseworkers <= rows.keys()
    for spoc, n in expected.items():
        assert shown_count(page, spoc, 1) == f"{n:,}"
        assert shown_count(page, spoc, 2) == f"{enhanced[spoc]:,}"
    assert f"{sum(expected.values()):,} open cases" in page.ui.totals.text()
    overdue = sum(r.overdue_obligations + r.reassessments_overdue for r in rows.values())
    assert page.nav_count() == (overdue or None)


def test_choosing_a_caseworker_lists_their_open_cases(page, demo_store, qtbot):
    busiest = max(open_cases_by_spoc(demo_store).items(), key=lambda kv: kv[1])[0]
    choose(page, qtbot, busiest)
    with demo_store.session() as session:
        theirs = set(session.scalars(select(Case.ref).where(
            Case.spoc_id == busiest, Case.status != "closed")))
    proxy = page.case_model
    listed = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert listed == theirs
    assert f"({len(theirs)})" in page.ui.casesLabel.text()
    page.ui.overdueOnly.setChecked(True)
    overdue_only = proxy.rowCount()
    assert overdue_only == sum(1 for c in page.cases if c.overdue) < len(theirs)


def test_sorting_by_a_heading_keeps_the_selection(page, demo_store, qtbot):
    page.ui.caseloadTable.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Open, most first
    loads = open_cases_by_spoc(demo_store)
    assert page.caseload_model.row(0).open_cases == max(loads.values())
    busiest = max(loads.items(), key=lambda kv: kv[1])[0]
    choose(page, qtbot, busiest)
    model = page.case_model
    chosen = [model.row(r).case_id for r in (0, 2, 4)]
    page.select_cases(chosen)
    page.ui.casesTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by victim
    names = [model.row(r).victim_name.casefold() for r in range(model.rowCount())]
    assert names == sorted(names)
    assert set(page.selected_case_ids()) == set(chosen)
    assert page.ui.selectionCount.text().startswith("3 of ")


def test_a_case_opens_with_enter(page, qtbot):
    table = page.ui.casesTable
    table.setFocus()
    table.setCurrentIndex(page.case_model.index(0, 0))
    with qtbot.waitSignal(page.caseRequested, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [page.case_model.index(0, 0).data(ROW_ROLE).case_id]


def _start_reassignment(page, qtbot, from_id, n):
    choose(page, qtbot, from_id)
    ids = [page.case_model.index(r, 0).data(ROW_ROLE).case_id for r in range(n)]
    page.select_cases(ids)
    assert page.ui.selectionCount.text().startswith(f"{n} of ")
    assert page.ui.reassignButton.isEnabled()
    dialog = page.reassign_selected()
    assert dialog is not None and dialog.isVisible()
    return dialog, ids


def test_bulk_reassign_moves_the_selected_cases_with_reason_and_history(
        page, demo_store, qtbot, monkeypatch):
    loads = open_cases_by_spoc(demo_store)
    from_id, before_from = loads.most_common(1)[0]
    to_id = next(r.staff_id for r in page.caseloads
                 if r.can_take_cases and r.staff_id != from_id)
    before_to = loads[to_id]
    dialog, ids = _start_reassignment(page, qtbot, from_id, 5)
    combo = dialog.ui.toCaseworker
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == to_id))
    dialog.ui.reason.setEditText("Absence cover: annual leave")
    asked = []

    def confirm(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    changed = []
    page.context.changes.cases_changed.connect(lambda: changed.append(True))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)

    from_name = caseload_rows(page)[from_id].name
    to_name = caseload_rows(page)[to_id].name
    assert asked == [f"Reassign 5 cases from {from_name} to {to_name}?\n\n"
                     "Reason: Absence cover: annual leave"]
    assert changed
    with demo_store.session() as session:
        for case_id in ids:
            assert session.get(Case, case_id).spoc_id == to_id
            latest = session.scalars(select(SpocAssignment).where(
                SpocAssignment.case_id == case_id, SpocAssignment.ended_at.is_(None))).one()
            assert latest.staff_id == to_id and latest.previous_staff_id == from_id
            assert latest.reason == "Absence cover: annual leave"
            assert latest.assigned_by == page.context.user.username
            ended = session.scalars(select(SpocAssignment).where(
                SpocAssignment.case_id == case_id, SpocAssignment.staff_id == from_id,
                SpocAssignment.ended_at.is_not(None))).all()
            assert ended
    assert f"Moved 5 cases from {from_name} to {to_name}." in page.ui.status.text()
    # The counts update.
    qtbot.waitUntil(lambda: shown_count(page, from_id, 1) == f"{before_from - 5:,}", timeout=5000)
    assert shown_count(page, to_id, 1) == f"{before_to + 5:,}"
    qtbot.waitUntil(lambda: not page.cases_loading)
    listed = {page.case_model.index(r, 0).data(ROW_ROLE).case_id
              for r in range(page.case_model.rowCount())}
    assert not listed & set(ids)


def test_bulk_reassign_refuses_an_empty_reason(page, demo_store, qtbot, monkeypatch):
    loads = open_cases_by_spoc(demo_store)
    from_id = loads.most_common(1)[0][0]
    dialog, ids = _start_reassignment(page, qtbot, from_id, 3)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a) or QMessageBox.StandardButton.Yes)
    dialog.ui.reason.setEditText("   ")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Give a reason" in dialog.ui.problem.text()
    assert not asked and not dialog.running and dialog.isVisible()
    assert open_cases_by_spoc(demo_store) == loads


def test_saying_no_to_the_confirmation_changes_nothing(page, demo_store, qtbot, monkeypatch):
    loads = open_cases_by_spoc(demo_store)
    dialog, ids = _start_reassignment(page, qtbot, loads.most_common(1)[0][0], 2)
    dialog.ui.reason.setEditText("Caseload rebalancing")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.running and dialog.isVisible()
    assert open_cases_by_spoc(demo_store) == loads


def test_team_view_is_for_supervisors(qtbot, demo_store, tmp_path):
    page = make_page(qtbot, demo_store, person(demo_store, "caseworker"), tmp_path)
    assert not page.allowed
    assert "supervisors" in page.ui.notice.text()
    assert page.caseload_model.rowCount() == 0
    assert page.nav_count() is None
