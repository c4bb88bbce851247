"""The restorative justice register, for the caseworkers who facilitate: referrals counted by
stage, and those stuck at a stage longer than its limit (domain register), read in the background.
Enter or a double click opens the case.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..domain.restorative_justice import RJStage
from ..store.rj import RJRegisterEntry, RJRegisterView, rj_register_view
from .context import AppContext
from .generated.ui_rj_register_page import Ui_RJRegisterPage
from .rj_dialogs import fmt
from .workers import run_in_background
from .workload_models import CASE_ID_ROLE, Column, RowsModel, while_alive

_ORDER = {stage: n for n, stage in enumerate(RJStage)}


def _stage_text(e: RJRegisterEntry) -> str:
    if e.stage is RJStage.CLOSED:
        return f"Closed ({e.closure})" if e.closure else "Closed"
    return e.stage.label


def _stuck_text(e: RJRegisterEntry) -> str:
    if e.stuck:
        return f"Stuck: {e.days_at_stage - e.stuck_limit_days} days over"
    return ""


COLUMNS = [
    Column("Case", lambda e: e.case_ref, max_width=170),
    Column("Victim", lambda e: e.victim_name, max_width=180),
    Column("Stage", _stage_text, sort=lambda e: (_ORDER[e.stage], e.entered_on), max_width=220,
           strong=lambda e: e.stuck),
    Column("Since", lambda e: fmt(e.entered_on), sort=lambda e: e.entered_on),
    Column("Days at stage", lambda e: str(e.days_at_stage), sort=lambda e: e.days_at_stage,
           align_right=True, alert=lambda e: e.stuck),
    Column("Limit", lambda e: f"{e.stuck_limit_days} days" if e.stuck_limit_days else "",
           sort=lambda e: e.stuck_limit_days or 0, align_right=True,
           tooltip="Days a referral may stay at this stage before it counts as stuck"),
    Column("Stuck", _stuck_text, sort=lambda e: (not e.stuck, -(e.days_at_stage)),
           alert=lambda e: e.stuck),
    Column("Referred", lambda e: fmt(e.referred_on), sort=lambda e: e.referred_on),
    Column("Facilitator", lambda e: e.facilitator or "Nobody yet",
           sort=lambda e: (e.facilitator or "").casefold()),
]


class RJRegisterPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 (Qt signal name)
    navCountChanged = Signal()  # noqa: N815 (the stuck count on the navigation)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RJRegisterPage()
        self.ui.setupUi(self)
        self.model = RowsModel(COLUMNS, self)
        self.ui.table.setModel(self.model)
        self.view: RJRegisterView | None = None
        self._generation = 0
        self.ui.openOnly.setChecked(True)
        for box in (self.ui.openOnly, self.ui.mineOnly, self.ui.stuckOnly):
            box.toggled.connect(lambda _: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.table.doubleClicked.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.ui.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            lambda: self._open(self.ui.table.currentIndex()))
        self._later = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        context.changes.case_changed.connect(lambda _: self._later.start())
        context.changes.cases_changed.connect(self._later.start)
        self.ui.stuckBanner.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, today = self.context.store, self.context.today()
        open_only = self.ui.openOnly.isChecked()
        mine = self.context.user.id if self.ui.mineOnly.isChecked() else None

        def query():
            with store.session() as session:
                return rj_register_view(session, today, facilitator_id=mine, open_only=open_only)

        run_in_background(query, on_done=while_alive(self, lambda v: self._show(generation, v)),
                          on_error=while_alive(self, lambda message, _t: self._failed(message)))

    def _failed(self, message: str) -> None:
        self.ui.counts.setText(f"The register could not be read: {message}")

    def _show(self, generation: int, view: RJRegisterView) -> None:
        if generation != self._generation:
            return
        self.view = view
        parts = [f"{stage.label}: {count}" for stage, count in view.counts.items()
                 if stage is not RJStage.CLOSED or not self.ui.openOnly.isChecked()]
        self.ui.counts.setText(f"<b>{view.open_count} open</b> — " + " · ".join(parts))
        n = len(view.stuck)
        self.ui.stuckBanner.setText(
            f"{n} referral{'s are' if n != 1 else ' is'} stuck: at a stage longer than its "
            "limit. They are listed first." if n else "")
        self.ui.stuckBanner.setVisible(bool(n))
        entries = view.stuck if self.ui.stuckOnly.isChecked() else view.entries
        self.model.set_rows(entries)
        self.model.fit(self.ui.table)
        self.navCountChanged.emit()
        self.ui.hint.setText(
            ("No referrals to show. " if not entries else "")
            + "Enter or double-click opens the case. A referral is stuck when it has stayed at "
            "a stage longer than the limit for that stage.")

    def nav_count(self) -> int | None:
        """Referrals stuck at a stage (for the navigation)."""
        return len(self.view.stuck) if self.view is not None else None

    def _open(self, index) -> None:
        if index.isValid():
            case_id = index.data(CASE_ID_ROLE)
            if case_id is not None:
                self.caseRequested.emit(case_id)
