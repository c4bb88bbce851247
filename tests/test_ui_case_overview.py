"""The Overview tab: victim, referral, permissions nobody can miss, enhanced rights and why,
adding a caseworker's reason, and deciding possible matches (never merging)."""

from __future__ import annotations

from datetime import date

import pytest
from contacts_fixtures import CaseTabs, add_caseworker, make_case, make_context
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from val_desktop.store.models import Case, PossibleMatch, Victim


@pytest.fixture
def user(store):
    return add_caseworker(store)


@pytest.fixture
def context(store, user, tmp_path):
    return make_context(store, user, tmp_path)


def shown(label) -> str:
    """What a person reads in a rich-text label."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def overview_of(qtbot, context, case_id):
    tabs = CaseTabs(context, case_id)
    qtbot.addWidget(tabs)
    tabs.overview.ui.holder = tabs  # keep the window alive as long as the test holds the tab
    return tabs.overview


def test_overview_shows_victim_referral_and_permissions(qtbot, store, context, user):
    case_id = make_case(store, user, safe_to_write="no", safe_to_text="unknown",
                        interpreter_needed=True, preferred_language="Polish",
                        notes="Officer in the case: PC 4412")
    ui = overview_of(qtbot, context, case_id).ui
    assert ui.victimName.text() == "Ava Lewis"
    assert ui.victimBorn.text() == "02 Jan 1990 (age 36)"
    assert ui.victimLanguage.text() == "Polish"
    assert ui.victimInterpreter.text() == "Yes — book an interpreter"
    assert ui.victimAddress.text() == "31 Church Lane\nWorcester WR5 7BY"
    assert ui.referralSource.text() == "Police referral"
    assert ui.referredAt.text() == "19 Nov 2026 10:00 (typed in)"
    assert ui.crimeReference.text() == "22/11111/26"
    assert ui.offence.text() == "Burglary"
    assert ui.offenceDate.text() == "18 Nov 2026"
    assert ui.referralNotes.text() == "Officer in the case: PC 4412"
    assert ui.caseStatus.text() == "New — awaiting first contact"
    assert ui.spoc.text() == "Jane Smith"

    assert ui.safeToWrite.text() == "NO — do not write or post anything"
    assert "#b00020" in ui.safeToWrite.styleSheet()
    assert ui.safeToText.text() == "NOT KNOWN — counts as no: do not text"
    assert "#fff4ce" in ui.safeToText.styleSheet()
    assert ui.safeToCall.text() == "Yes — safe"
    assert "#d8f3dc" in ui.safeToCall.styleSheet()
    assert ui.safeToLeaveVoicemail.text().startswith("NO")


def test_overview_shows_enhanced_rights_with_their_reasons(qtbot, store, context, user):
    case_id = make_case(store, user, offence_category="domestic_abuse", vulnerable=True,
                        date_of_birth=date(2010, 5, 1))
    ui = overview_of(qtbot, context, case_id).ui
    assert ui.service.text().startswith("ENHANCED RIGHTS")
    reasons = shown(ui.enhancedReasons).splitlines()
    assert reasons == ["• Under 18 at the time of the offence",
                       "• Victim of the most serious crime: Domestic abuse",
                       "• Vulnerable victim"]


def test_a_caseworker_reason_makes_a_standard_case_enhanced_and_is_kept(qtbot, store, context,
                                                                         user):
    case_id = make_case(store, user)
    with store.session() as session:
        before = session.get(Case, case_id)
        version, reassess = before.row_version, before.next_reassessment_due
    tab = overview_of(qtbot, context, case_id)
    ui = tab.ui
    assert ui.service.text() == "Standard service"

    qtbot.keyClicks(ui.newReason, "Intimidated by the suspect's family on her street")
    qtbot.keyClick(ui.newReason, Qt.Key.Key_Return)

    assert ui.service.text().startswith("ENHANCED RIGHTS")
    assert ("• Intimidated by the suspect's family on her street (added by a caseworker)"
            in shown(ui.enhancedReasons))
    assert ui.newReason.text() == ""
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case.enhanced is True
        assert case.caseworker_enhanced_reasons == [
            "Intimidated by the suspect's family on her street"]
        assert {"code": "caseworker",
                "text": "Caseworker: Intimidated by the suspect's family on her street"} in (
            case.enhanced_reasons)
        assert case.row_version == version + 1
        assert case.updated_by == "j.smith"
        assert case.next_reassessment_due < reassess  # enhanced: reassessed sooner

    # A second reason is added beside the first, never in its place.
    ui.newReason.setText("Persistently targeted since 2024")
    ui.addReason.click()
    with store.session() as session:
        assert session.get(Case, case_id).caseworker_enhanced_reasons == [
            "Intimidated by the suspect's family on her street",
            "Persistently targeted since 2024"]


def test_an_empty_or_repeated_reason_is_refused_at_the_field(qtbot, store, context, user):
    case_id = make_case(store, user)
    ui = overview_of(qtbot, context, case_id).ui
    ui.addReason.click()
    assert ui.reasonProblem.text() == ("Write the reason the victim should have the enhanced "
                                       "service.")
    ui.newReason.setText("Lives alone, recently bereaved")
    ui.addReason.click()
    ui.newReason.setText("lives alone,  recently bereaved")
    ui.addReason.click()
    assert ui.reasonProblem.text() == "That reason is already recorded."
    assert ui.newReason.text() == "lives alone,  recently bereaved"  # kept to fix
    with store.session() as session:
        assert session.get(Case, case_id).caseworker_enhanced_reasons == [
            "Lives alone, recently bereaved"]


@pytest.fixture
def matched(store, user):
    """Ava Lewis is known (case A); a new referral for Ava Lewis, same date of birth (case B)."""
    first = make_case(store, user)
    second = make_case(store, user, address_line1="2 New Street", postcode="WR1 1AA")
    return first, second


def test_confirm_a_possible_match_links_and_never_merges(qtbot, store, context, user, matched,
                                                         monkeypatch):
    first, second = matched
    with store.session() as session:
        first_ref, second_ref = session.get(Case, first).ref, session.get(Case, second).ref
    tab = overview_of(qtbot, context, second)
    ui = tab.ui
    assert ui.matchesBox.title() == "Possible matches (1 waiting)"
    assert ui.matches.rowCount() == 1
    assert ui.matches.item(0, 0).text() == "Ava Lewis"
    assert ui.matches.item(0, 3).text() == first_ref
    assert ui.matches.item(0, 4).text() == "same name and date of birth"
    assert ui.confirmMatch.isEnabled() and ui.rejectMatch.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    ui.confirmMatch.click()
    assert "nothing is merged" in asked[0]
    with store.session() as session:
        assert session.scalars(select(PossibleMatch.status)).one() == "pending"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    ui.confirmMatch.click()
    with store.session() as session:
        match = session.scalars(select(PossibleMatch)).one()
        assert (match.status, match.resolved_by, match.row_version) == ("confirmed", "j.smith", 2)
        assert match.resolved_at is not None
        assert session.scalar(select(func.count()).select_from(Victim)) == 2  # not merged
        assert session.get(Case, second).victim_id != session.get(Case, first).victim_id
    assert ui.matches.item(0, 5).text().startswith("Same person (j.smith")
    assert not ui.confirmMatch.isEnabled() and not ui.rejectMatch.isEnabled()
    assert ui.matchesBox.title() == "Possible matches"

    # The known victim's case shows the decision too.
    other = overview_of(qtbot, context, first).ui
    assert other.matches.item(0, 3).text() == second_ref
    assert other.matches.item(0, 5).text().startswith("Same person")


def test_reject_a_possible_match(qtbot, store, context, user, matched, monkeypatch):
    _, second = matched
    ui = overview_of(qtbot, context, second).ui
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    ui.rejectMatch.click()
    with store.session() as session:
        match = session.scalars(select(PossibleMatch)).one()
        assert (match.status, match.resolved_by) == ("rejected", "j.smith")
    assert ui.matches.item(0, 5).text().startswith("Different people")


def test_no_matches_says_so(qtbot, store, context, user):
    ui = overview_of(qtbot, context, make_case(store, user)).ui
    assert ui.matchesIntro.text() == "No other victim record looks like this one."
    assert ui.matches.isHidden()
