"""One case: a header with the contact-permission banner, and a tab per part of the journey.

Each tab is its own widget class `(context, case_id, parent)` with `refresh()`; the view calls
`refresh()` on every tab when anything on the case changes (context.changes.case_changed).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from ..domain.permissions import permission_banner
from ..store.case_detail import CaseHeader, load_case_header
from .case_contacts_tab import CaseContactsTab
from .case_court_tab import CaseCourtTab
from .case_needs_tab import CaseNeedsTab
from .case_obligations_tab import CaseObligationsTab
from .case_overview_tab import CaseOverviewTab
from .case_rj_tab import CaseRJTab
from .case_spoc_tab import CaseSpocTab
from .case_voice_tab import CaseVoiceTab
from .context import AppContext
from .generated.ui_case_view import Ui_CaseView


class CaseView(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        from .document_actions import add_document_actions

        add_document_actions(self)  # "Write a letter…" and "Case summary…" beside Log contact
        self.header: CaseHeader | None = None
        self.tabs = self._make_tabs()
        for widget, label in self.tabs:
            self.ui.tabs.addTab(widget, label)
        self.ui.logContact.clicked.connect(self.log_contact)
        context.changes.case_changed.connect(self._changed)
        self.refresh()

    def _make_tabs(self) -> list[tuple[QWidget, str]]:
        ctx, case_id = self.context, self.case_id
        return [
            (CaseOverviewTab(ctx, case_id, self), "&Overview"),
            (CaseNeedsTab(ctx, case_id, self), "&Needs"),
            (CaseContactsTab(ctx, case_id, self), "Con&tacts"),
            (CaseObligationsTab(ctx, case_id, self), "O&bligations"),
            (CaseSpocTab(ctx, case_id, self), "&SPOC"),
            (CaseCourtTab(ctx, case_id, self), "Cou&rt"),
            (CaseRJTab(ctx, case_id, self), "Restorative &justice"),
            (CaseVoiceTab(ctx, case_id, self), "Vi&ctim's voice"),
        ]

    def title(self) -> str:
        return self.header.ref if self.header else "Case"

    def refresh(self) -> None:
        with self.context.store.session() as session:
            self.header = load_case_header(session, self.case_id, self.context.today())
        h = self.header
        self.ui.heading.setText(f"{h.victim_name} · {h.ref}")
        banner = permission_banner(h.permissions)
        self.ui.permissionBanner.setText(banner or "")
        self.ui.permissionBanner.setVisible(bool(banner))
        self.ui.summary.setText(h.summary_line)
        for widget, _ in self.tabs:
            widget.refresh()

    def _changed(self, case_id) -> None:
        if case_id == self.case_id:
            self.refresh()

    def show_tab(self, widget_class) -> None:
        for index, (widget, _) in enumerate(self.tabs):
            if isinstance(widget, widget_class):
                self.ui.tabs.setCurrentIndex(index)

    def log_contact(self) -> None:
        self.show_tab(CaseContactsTab)
        contacts = next(w for w, _ in self.tabs if isinstance(w, CaseContactsTab))
        contacts.log_contact()

    def may_close(self) -> bool:
        return True
