"""Witness Care screens (issue 4): the Court tab of a case, quick entry of a milestone on a
prosecution shared by two victims, the sanity rules at entry, witness needs, the court diary.

Today is Friday 20 Nov 2026. Ava is a standard case, Ben an enhanced one (vulnerable): a charge
Witness Care received on Mon 16 Nov owes Ava an update by Mon 23 and Ben by Tue 17 (overdue).
"""

from __future__ import annotations

from datetime import date

import pytest
from contacts_fixtures import make_context
from journey_fixtures import make_case, make_staff, obligations
from PySide6.QtCore import QDate, QObject
from sqlalchemy import func, select

from val_desktop.domain.court import Milestone, MilestoneKind, OfferStatus, SpecialMeasure
from val_desktop.store.court import (
    create_prosecution,
    record_milestone,
    witness_needs,
)
from val_desktop.store.court_screens import moment_for
from val_desktop.store.journey_models import CourtMilestone
from val_desktop.store.models import Obligation
from val_desktop.ui.case_court_tab import CaseCourtTab
from val_desktop.ui.context import SignedIn
from val_desktop.ui.court_diary_page import CourtDiaryPage
from val_desktop.ui.milestone_dialog import MilestoneDialog, index_of
from val_desktop.ui.prosecution_dialog import NEW_PAGE, ProsecutionDialog
from val_desktop.ui.witness_needs_dialog import WitnessNeedsDialog
from val_desktop.ui.workload_models import ROW_ROLE

K = MilestoneKind
TODAY = date(2026, 11, 20)
CHARGE = Milestone(kind=K.CHARGE, occurred_on=date(2026, 11, 13), received_on=date(2026, 11, 16),
                   details="Burglary of a dwelling")
LISTED = Milestone(kind=K.FIRST_HEARING_LISTED, occurred_on=date(2026, 11, 18),
                   received_on=date(2026, 11, 19), hearing_on=date(2026, 12, 1),
                   venue="Worcester Magistrates' Court")


@pytest.fixture
def officer(store) -> SignedIn:
    staff_id = make_staff(store, "Wendy Care", "w.care", "witness_care")
    return SignedIn(staff_id, "w.care", "Wendy Care", "witness_care")


@pytest.fixture
def context(store, officer, tmp_path):
    return make_context(store, officer, tmp_path)


@pytest.fixture
def shared(store, officer):
    """One burglar, two victims: Ava (standard) and Ben (enhanced)."""
    ava = make_case(store, first_name="Ava", last_name="Lewis")
    ben = make_case(store, first_name="Ben", last_name="Marsh", vulnerable=True)
    with store.session(write=True) as session:
        row = create_prosecution(session, defendant_ref="WM-4471", court="Worcester Crown Court",
                                 charges=["Burglary of a dwelling", "Criminal damage"],
                                 case_ids=[ava, ben], user="w.care", officer_id=officer.id)
        session.commit()
        return {"id": row.id, "ava": ava, "ben": ben}


def record(store, prosecution_id, milestone):
    with store.session(write=True) as session:
        record_milestone(session, prosecution_id, milestone, _rulebook(),
                         user="w.care", now=moment_for(TODAY))
        session.commit()


def _rulebook():
    from val_desktop.store.cases import Rulebook

    return Rulebook.default()


class Holder(QObject):
    """What the case view does for its tabs: refresh when the case changes."""

    def __init__(self, context, tab):
        super().__init__()
        self.tab = tab
        context.changes.case_changed.connect(
            lambda case_id: tab.refresh() if case_id == tab.case_id else None)


def court_tab(qtbot, context, case_id) -> CaseCourtTab:
    tab = CaseCourtTab(context, case_id)
    qtbot.addWidget(tab)
    tab.holder = Holder(context, tab)
    tab.refresh()
    return tab


def milestone_texts(tab) -> list[str]:
    return [tab.model.row(n).text for n in range(tab.model.rowCount())]


def label_texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_court_tab_shows_the_prosecution_its_milestones_and_counts_the_others(
        qtbot, context, shared, store):
    record(store, shared["id"], CHARGE)
    tab = court_tab(qtbot, context, shared["ava"])
    tab.show()
    ui = tab.ui
    assert not ui.emptyText.isVisible()
    assert ui.defendant.text() == "WM-4471"
    assert ui.court.text() == "Worcester Crown Court"
    assert ui.charges.text() == "Burglary of a dwelling; Criminal damage"
    assert ui.officer.text() == "Wendy Care"
    assert ui.othersCount.text() == "1 other victim or witness"
    assert milestone_texts(tab) == ["Charge (or summons): Burglary of a dwelling"]
    assert tab.model.index(0, 1).data() == "16 Nov 2026"  # when Witness Care received it
    # Ben is counted, not named, until the caseworker asks.
    assert "Ben" not in label_texts(tab)
    ui.showOthers.click()
    assert "Ben Marsh" in ui.othersList.text() and ui.othersList.isVisible()


def test_a_case_with_no_prosecution_says_so_and_a_new_one_can_be_recorded(qtbot, context, store):
    case_id = make_case(store, first_name="Dora")
    tab = court_tab(qtbot, context, case_id)
    tab.show()
    assert tab.ui.emptyText.isVisible() and not tab.ui.content.isVisible()

    dialog = ProsecutionDialog(context, case_id, tab, case_ref="VAL-1")
    dialog.ui.modes.setCurrentIndex(NEW_PAGE)
    assert not dialog.save()  # no defendant reference
    assert "defendant reference" in dialog.ui.problem.text()
    dialog.ui.defendantRef.setText("WM-9000")
    dialog.ui.court.setText("Worcester Magistrates' Court")
    dialog.ui.charges.setPlainText("Theft from the person\n\nCriminal damage\n")
    assert dialog.save()
    assert tab.ui.defendant.text() == "WM-9000"  # the tab refreshed itself
    assert tab.ui.charges.text() == "Theft from the person; Criminal damage"
    assert tab.ui.othersCount.text() == "None: this victim only"

    # A second victim of the same man links to it.
    other = make_case(store, first_name="Eli")
    link = ProsecutionDialog(context, other, None)
    qtbot.addWidget(link)
    link.ui.search.setText("WM-9000")
    assert link.model.rowCount() == 1
    assert link.save()
    tab.refresh()
    assert tab.ui.othersCount.text() == "1 other victim or witness"


def test_quick_entry_on_a_shared_prosecution_owes_the_update_on_both_cases(
        qtbot, context, shared, store):
    ava_tab = court_tab(qtbot, context, shared["ava"])
    ben_tab = court_tab(qtbot, context, shared["ben"])
    assert milestone_texts(ava_tab) == milestone_texts(ben_tab) == []

    dialog = ava_tab.milestone_dialog()  # a child of the tab: it goes with it
    assert "2 victims" in dialog.ui.appliesTo.text()
    ui = dialog.ui
    ui.kind.setCurrentIndex(index_of(ui.kind, K.CHARGE))
    ui.occurredOn.setDate(QDate(2026, 11, 13))
    ui.receivedOn.setDate(QDate(2026, 11, 16))
    ui.details.setPlainText("Burglary of a dwelling")
    assert dialog.save()

    [ava_update] = obligations(store, shared["ava"], "decision_update")
    [ben_update] = obligations(store, shared["ben"], "decision_update")
    assert ava_update.starts_on == ben_update.starts_on == date(2026, 11, 16)
    assert ava_update.due == date(2026, 11, 23)  # standard: 5 working days
    assert ben_update.due == date(2026, 11, 17)  # enhanced: 1 working day
    # Both Court tabs refreshed from the change broadcast.
    assert milestone_texts(ava_tab) == ["Charge (or summons): Burglary of a dwelling"]
    assert milestone_texts(ben_tab) == ["Charge (or summons): Burglary of a dwelling"]
    assert "updates owed" in dialog.summary()


def test_a_sentence_without_a_conviction_is_refused_in_words_and_nothing_is_saved(
        qtbot, context, shared, store):
    record(store, shared["id"], CHARGE)
    with store.session() as session:
        before = (session.scalar(select(func.count()).select_from(CourtMilestone)),
                  session.scalar(select(func.count()).select_from(Obligation)))
    tab = court_tab(qtbot, context, shared["ava"])
    dialog = tab.milestone_dialog()
    dialog.show()
    ui = dialog.ui
    ui.kind.setCurrentIndex(index_of(ui.kind, K.SENTENCE))
    ui.details.setPlainText("18 months' custody")
    assert not dialog.save()
    assert ui.problem.isVisible()
    assert "A sentence needs a conviction first" in ui.problem.text()
    assert dialog.isVisible()  # still open, nothing lost
    with store.session() as session:
        after = (session.scalar(select(func.count()).select_from(CourtMilestone)),
                 session.scalar(select(func.count()).select_from(Obligation)))
    assert after == before
    tab.refresh()
    assert len(milestone_texts(tab)) == 1
    dialog.dirty = False  # close without the "lose your changes?" question
    dialog.close()


def test_an_adjournment_shows_its_own_fields_and_needs_the_new_date_or_date_to_be_fixed(
        qtbot, context, shared, store):
    record(store, shared["id"], CHARGE)
    record(store, shared["id"], LISTED)
    dialog = MilestoneDialog(context, shared["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.kind.setCurrentIndex(index_of(ui.kind, K.HEARING_ADJOURNED))
    assert ui.previousDate.isVisible() and ui.reason.isVisible() and not ui.hearingOn.isVisible()
    assert ui.previousDate.date().toPython() == date(2026, 12, 1)  # the hearing it loses
    ui.dateToBeFixed.setChecked(True)
    ui.reason.setText("No judge available")
    assert dialog.save()
    with store.session() as session:
        [kept] = session.scalars(select(CourtMilestone).where(
            CourtMilestone.kind == K.HEARING_ADJOURNED.value)).all()
        assert kept.date_to_be_fixed and kept.new_date is None
        assert kept.previous_date == date(2026, 12, 1) and kept.reason == "No judge available"


def test_witness_needs_are_saved_and_shown_on_the_tab(qtbot, context, shared, store):
    tab = court_tab(qtbot, context, shared["ava"])
    assert "Nothing recorded yet" in tab.ui.needsSummary.text()
    dialog = WitnessNeedsDialog(context, shared["ava"], shared["id"], tab)
    ui = dialog.ui
    ui.mustGiveEvidence.setCurrentIndex(index_of(ui.mustGiveEvidence, True))
    ui.visitStatus.setCurrentIndex(index_of(ui.visitStatus, OfferStatus.ACCEPTED))
    ui.visitOn.setDate(QDate(2026, 11, 18))
    ui.interpreter.setText("Polish")
    box, tick, _ = dialog.measures[SpecialMeasure.SCREENS]
    tick.setChecked(True)
    ui.vpsOffered.setChecked(True)
    ui.vpsOfferedOn.setDate(QDate(2026, 11, 17))
    assert dialog.save()

    with store.session() as session:
        needs = witness_needs(session, shared["ava"], shared["id"]).needs
    assert needs.must_give_evidence is True
    assert needs.pre_trial_visit.status is OfferStatus.ACCEPTED
    assert needs.pre_trial_visit.on == date(2026, 11, 18)
    assert needs.interpreter_language == "Polish"
    assert [r.measure for r in needs.special_measures] == [SpecialMeasure.SCREENS]
    assert needs.vps.offered_on == date(2026, 11, 17)
    assert "Interpreter: Polish" in tab.ui.needsSummary.text()
    assert "Screens" in tab.ui.needsSummary.text()


def test_witness_needs_that_do_not_add_up_are_refused(qtbot, context, shared, store):
    dialog = WitnessNeedsDialog(context, shared["ava"], shared["id"])
    qtbot.addWidget(dialog)
    dialog.ui.vpsDeclined.setChecked(True)
    dialog.ui.vpsMade.setChecked(True)
    assert not dialog.save()
    assert "declining the personal statement" in dialog.ui.problem.text()
    dialog.dirty = False
    with store.session() as session:
        assert witness_needs(session, shared["ava"], shared["id"]).row_version is None


def test_the_court_diary_shows_hearings_ahead_and_overdue_updates_and_opens_cases(
        qtbot, context, shared, store):
    record(store, shared["id"], CHARGE)
    record(store, shared["id"], LISTED)
    page = CourtDiaryPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None and not page.loading, timeout=10000)

    hearings = page.tables["hearings"][1]
    assert hearings.rowCount() == 1
    assert hearings.index(0, 0).data() == "Tue 1 Dec 2026 (in 11 days)"
    assert hearings.index(0, 3).data() == "WM-4471"
    overdue = page.tables["overdue"][1]
    rows = [overdue.row(n) for n in range(overdue.rowCount())]
    # Ben's charge update (enhanced: due Tue 17) is overdue; Ava's is not due until Mon 23.
    assert [(r.case_id, r.rule_id, r.days_overdue) for r in rows] == [
        (shared["ben"], "decision_update", 3)]
    assert overdue.index(0, 0).data() == "3 days"
    assert page.nav_count() == len(page.view.due_today) + 1
    assert page.ui.overdueLabel.text() == "Victim updates o&verdue (1)"

    table = page.ui.overdue
    table.setCurrentIndex(overdue.index(0, 0))
    assert page.ui.openCase.isEnabled()
    with qtbot.waitSignal(page.caseRequested) as opened:
        table.activated.emit(overdue.index(0, 0))
    assert opened.args == [shared["ben"]]

    # A hearing opens each linked victim's case.
    page.ui.hearings.setCurrentIndex(hearings.index(0, 0))
    asked = []
    page.caseRequested.connect(asked.append)
    page.open_entry()
    assert sorted(asked) == sorted([shared["ava"], shared["ben"]])
    assert isinstance(page.entry(), type(hearings.index(0, 0).data(ROW_ROLE)))


def test_a_milestone_from_the_diary_refreshes_it(qtbot, context, shared, store):
    record(store, shared["id"], CHARGE)
    record(store, shared["id"], LISTED)
    page = CourtDiaryPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None and not page.loading, timeout=10000)
    page.ui.hearings.setCurrentIndex(page.tables["hearings"][1].index(0, 0))
    dialog = page.milestone_dialog()  # a child of the page
    ui = dialog.ui
    ui.kind.setCurrentIndex(index_of(ui.kind, K.HEARING_ADJOURNED))
    ui.occurredOn.setDate(QDate(2026, 11, 20))
    ui.receivedOn.setDate(QDate(2026, 11, 20))
    ui.newDate.setDate(QDate(2027, 1, 12))
    ui.reason.setText("The defence asked for more time")
    assert dialog.save()
    # The change broadcast makes the diary look again: the hearing of 1 Dec is gone.
    qtbot.waitUntil(lambda: page.tables["hearings"][1].rowCount() == 0, timeout=10000)
