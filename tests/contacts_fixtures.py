"""Small stores for the case-overview, contacts and obligations tests (synthetic people only).

Cases go in through the app's own path (store.new_cases.create_case_from_referral), so they hold
what a real referral holds: victim, permissions, referral, the referral-received event and its
obligations, a SPOC.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget

from val_desktop.domain.clock import UK
from val_desktop.intake.referral_file import ReferralRecord
from val_desktop.store.cases import Rulebook
from val_desktop.store.new_cases import create_case_from_referral
from val_desktop.store.staff import add_staff
from val_desktop.ui.context import AppContext, SignedIn

# The tests' "now": Friday 20 November 2026, 14:00 UTC (14:00 in the UK too: GMT).
NOW = datetime(2026, 11, 20, 14, 0)
TODAY = date(2026, 11, 20)

BASE = ReferralRecord(
    line=2, source_id="T-0001", referral_source="police",
    referred_at=datetime(2026, 11, 19, 10, 0, tzinfo=UK), crime_reference="22/11111/26",
    reported_to_police=True, offence_category="burglary", offence_date=date(2026, 11, 18),
    first_name="Ava", last_name="Lewis", date_of_birth=date(1990, 1, 2), gender="female",
    phone="+447700900444", email="ava@example.org", address_line1="31 Church Lane",
    address_line2=None, town="Worcester", postcode="WR5 7BY",
    safe_to_call="yes", safe_to_leave_voicemail="no", safe_to_text="yes", safe_to_write="yes",
    safe_to_email="yes", consent_to_contact=True, vulnerable=False, intimidated=False,
    persistently_targeted=False, interpreter_needed=False, disability="no",
    preferred_language="English", notes=None,
)


def record(**changes) -> ReferralRecord:
    if "source_id" not in changes:
        changes["source_id"] = f"T-{uuid.uuid4().hex[:8]}"
    return replace(BASE, **changes)


def add_caseworker(store, name: str = "Jane Smith", username: str = "j.smith") -> SignedIn:
    with store.session(write=True) as session:
        person = add_staff(session, name, username, "caseworker")
        signed = SignedIn(person.id, person.username, person.display_name, person.role)
        session.commit()
    return signed


def make_case(store, user: SignedIn | None = None, **changes) -> uuid.UUID:
    rulebook = Rulebook.default()
    with store.session(write=True) as session:
        spoc = None
        if user is not None:
            from val_desktop.store.models import Staff

            spoc = session.get(Staff, user.id)
        case = create_case_from_referral(session, record(**changes), rulebook,
                                         received_via="manual", user="setup", spoc=spoc)
        case_id = case.id
        session.commit()
    return case_id


def make_context(store, user: SignedIn, tmp_path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(store=store, user=user, rulebook=Rulebook.default(), settings=settings)
    context.today = lambda: TODAY
    return context


class CaseTabs(QTabWidget):
    """The three tabs as the case view holds them: every tab refreshes when the case changes."""

    def __init__(self, context: AppContext, case_id: uuid.UUID):
        super().__init__()
        from val_desktop.ui.case_contacts_tab import CaseContactsTab
        from val_desktop.ui.case_obligations_tab import CaseObligationsTab
        from val_desktop.ui.case_overview_tab import CaseOverviewTab

        self.case_id = case_id
        self.overview = CaseOverviewTab(context, case_id, self)
        self.contacts = CaseContactsTab(context, case_id, self)
        self.obligations = CaseObligationsTab(context, case_id, self)
        self.addTab(self.overview, "Overview")
        self.addTab(self.contacts, "Contacts")
        self.addTab(self.obligations, "Obligations")
        context.changes.case_changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        for tab in (self.overview, self.contacts, self.obligations):
            tab.refresh()

    def _changed(self, case_id) -> None:
        if case_id == self.case_id:
            self.refresh()
