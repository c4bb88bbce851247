"""The Cases screen: search as you type, filters, count, opening a case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from val_desktop.store.cases import Rulebook
from val_desktop.store.database import open_store
from val_desktop.store.demo import fill_demo
from val_desktop.store.models import Case, Staff, Victim
from val_desktop.store.search import search_case_ids
from val_desktop.ui.case_table_model import CASE_ID_ROLE
from val_desktop.ui.cases_page import CasesPage
from val_desktop.ui.context import AppContext, SignedIn

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("cases-ui"))
    fill_demo(store, cases=300, seed=3, today=TODAY)
    yield store
    store.close()


@pytest.fixture
def page(qtbot, demo_store, tmp_path):
    with demo_store.session() as session:
        me = session.scalars(select(Staff).where(Staff.role == "caseworker")).first()
    context = AppContext(
        store=demo_store,
        user=SignedIn(me.id, me.username, me.display_name, me.role),
        rulebook=Rulebook.default(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    context.today = lambda: TODAY
    widget = CasesPage(context)
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.loading)
    return widget


def shown_refs(page) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_every_case_is_listed_with_a_count(page, demo_store):
    assert page.model.rowCount() == 300
    assert page.ui.count.text() == "300 cases"


def test_search_as_you_type_finds_a_victim_by_surname(page, demo_store, qtbot):
    with demo_store.session() as session:
        ref, last = next(
            (ref, last)
            for ref, last in session.execute(
                select(Case.ref, Victim.last_name).join(Victim).order_by(Case.ref)
            )
            if last[:4].isascii() and last[:4].isalpha()  # QTest types ASCII keys only
        )
    qtbot.keyClicks(page.ui.search, last[:4])
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() < 300, timeout=5000)
    assert ref in shown_refs(page)
    with demo_store.session() as session:
        expected = set(search_case_ids(session, last[:4], limit=1000))
    shown = {page.model.case_id(row) for row in range(page.model.rowCount())}
    assert shown == expected
    n = len(expected)
    assert page.ui.count.text() == f"{n} case{'s' if n != 1 else ''}"


def test_search_by_case_ref_and_nothing_found(page, demo_store, qtbot):
    with demo_store.session() as session:
        ref = session.scalars(select(Case.ref).order_by(Case.ref).limit(1)).one()
    page.ui.search.setText(ref)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=5000)
    assert shown_refs(page) == [ref]
    page.ui.search.setText("zzzznobody")
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0, timeout=5000)
    assert page.ui.count.text() == "0 cases"


def test_filters_narrow_the_list(page, demo_store, qtbot):
    with demo_store.session() as session:
        open_count = session.query(Case).filter(Case.status != "closed").count()
        enhanced_open = session.query(Case).filter(Case.status != "closed", Case.enhanced).count()
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("open"))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == open_count)
    page.ui.enhancedOnly.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == enhanced_open)
    statuses = {page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())}
    assert "Closed" not in statuses
    page.ui.overdueOnly.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() < enhanced_open)


def test_my_cases_filter(page, demo_store, qtbot):
    with demo_store.session() as session:
        mine = session.query(Case).filter(Case.spoc_id == page.context.user.id).count()
    page.ui.spocFilter.setCurrentIndex(page.ui.spocFilter.findText("Me"))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == mine)
    assert mine > 0


def test_sorting_by_victim_name(page, qtbot):
    page.ui.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not page.loading)
    names = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    surnames = [n.split()[-1].casefold() for n in names]
    assert surnames == sorted(surnames)


def test_activating_a_row_asks_to_open_that_case(page, qtbot):
    index = page.model.index(5, 0)
    with qtbot.waitSignal(page.caseRequested) as signal:
        page.ui.table.activated.emit(index)
    assert signal.args == [index.data(CASE_ID_ROLE)]


def test_a_very_broad_search_lists_the_newest_and_asks_for_more_letters(page, qtbot, monkeypatch):
    from val_desktop.ui import cases_page

    monkeypatch.setattr(cases_page, "SEARCH_CAP", 50)
    page.ui.search.setText("VAL")
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 50, timeout=5000)
    assert page.ui.count.text() == "More than 50 cases: keep typing to narrow them"
    dates = [page.model.row_at(r).referred_at for r in range(50)]
    assert dates == sorted(dates, reverse=True)
