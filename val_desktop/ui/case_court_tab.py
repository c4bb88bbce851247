"""The Court tab of a case (issue 4): the prosecution(s) the case is linked to, their milestones
with the day Witness Care received each, and this victim's needs as a witness.

Other victims and witnesses linked to the same prosecution are counted, not named, until the
person asks ("Show who"): their names are theirs. Recording a milestone here updates every
linked case (MilestoneDialog).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ..domain.court.witness_needs import describe_witness_needs
from ..store.case_detail import load_case_header
from ..store.court import CaseCourtView, MilestoneView, case_prosecutions, remove_latest_milestone
from ..store.database import StoreError
from ..store.journey_common import JourneyRefused, fmt
from .context import AppContext
from .dialog_polish import confirm
from .generated.ui_case_court_tab import Ui_CaseCourtTab
from .milestone_dialog import MilestoneDialog, problems_text
from .workload_models import Column, RowsModel


def _when(m: MilestoneView) -> str:
    return fmt(m.milestone.occurred_on)


MILESTONE_COLUMNS = [
    Column("Happened", _when, sort=lambda m: m.milestone.occurred_on, max_width=110),
    Column("Witness Care received", lambda m: fmt(m.milestone.received_on),
           sort=lambda m: m.milestone.received_on, max_width=170,
           tooltip="The day Witness Care received the information: the victim's update is "
                   "counted from it"),
    Column("Recorded by", lambda m: m.recorded_by or "", max_width=120),
    Column("Milestone", lambda m: m.text, row_tooltip=lambda m: m.text),
]


def hearing_text(hearing) -> str:
    if hearing is None:
        return "None listed"
    text = f"{hearing.label}: {hearing.on:%a} {fmt(hearing.on)}"
    if hearing.at is not None:
        text += f" at {hearing.at:%H:%M}"
    if hearing.venue:
        text += f", {hearing.venue}"
    return text


def needs_text(view: CaseCourtView) -> str:
    if view.witness.row_version is None:
        return "Nothing recorded yet about this victim as a witness."
    return describe_witness_needs(view.witness.needs, fmt)


class CaseCourtTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.views: list[CaseCourtView] = []
        self.ui = Ui_CaseCourtTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RowsModel(MILESTONE_COLUMNS, self)
        ui.milestones.setModel(self.model)
        ui.milestones.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.prosecution.currentIndexChanged.connect(lambda _: self._show())
        ui.linkButton.clicked.connect(self.link_prosecution)
        ui.addMilestone.clicked.connect(self.record_milestone)
        ui.removeMilestone.clicked.connect(self.take_back_latest)
        ui.editNeeds.clicked.connect(self.edit_needs)
        ui.showOthers.toggled.connect(lambda _: self._show_others())
        ui.problem.hide()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        with self.context.store.session() as session:
            self.views = case_prosecutions(session, self.case_id, self.context.today())
        box = self.ui.prosecution
        box.blockSignals(True)
        box.clear()
        for view in self.views:
            p = view.prosecution
            box.addItem(f"Defendant {p.defendant_ref}" + (f" · {p.court}" if p.court else ""),
                        p.id)
        keep = next((i for i, v in enumerate(self.views)
                     if chosen is not None and v.prosecution.id == chosen.prosecution.id), 0)
        box.setCurrentIndex(keep if self.views else -1)
        box.blockSignals(False)
        self._show()

    def current(self) -> CaseCourtView | None:
        index = self.ui.prosecution.currentIndex()
        return self.views[index] if 0 <= index < len(self.views) else None

    def _show(self) -> None:
        ui, view = self.ui, self.current()
        linked = view is not None
        ui.emptyText.setVisible(not linked)
        ui.content.setVisible(linked)
        ui.problem.hide()
        ui.linkButton.setText("&Link or create prosecution…" if not linked
                              else "&Link to another prosecution…")
        if not linked:
            self.model.set_rows([])
            return
        p = view.prosecution
        ui.court.setText(p.court or "Not recorded")
        ui.defendant.setText(p.defendant_ref)
        ui.charges.setText("; ".join(p.charges) if p.charges else "None recorded yet")
        ui.officer.setText(p.officer_name or "Nobody yet")
        ui.nextHearing.setText(hearing_text(p.next_hearing))
        others = [c for c in p.cases if c.case_id != self.case_id]
        ui.othersCount.setText(
            "None: this victim only" if not others else
            f"{len(others)} other victim{'s' if len(others) != 1 else ''} or witness"
            f"{'es' if len(others) != 1 else ''}")
        ui.showOthers.setVisible(bool(others))
        ui.showOthers.blockSignals(True)
        ui.showOthers.setChecked(False)
        ui.showOthers.blockSignals(False)
        self._show_others()
        self.model.set_rows(list(p.milestones))
        self.model.fit(ui.milestones)
        ui.removeMilestone.setEnabled(bool(p.milestones))
        ui.milestonesLabel.setText(f"&Milestones ({len(p.milestones)})" if p.milestones
                                   else "&Milestones: none recorded yet")
        ui.needsSummary.setText(needs_text(view))
        steps = view.witness.next_steps
        ui.nextSteps.setText("To do: " + "; ".join(steps) if steps else "")
        ui.nextSteps.setVisible(bool(steps))

    def _show_others(self) -> None:
        view = self.current()
        shown = view is not None and self.ui.showOthers.isChecked()
        self.ui.showOthers.setText("&Hide" if shown else "S&how who")
        if shown:
            others = [c for c in view.prosecution.cases if c.case_id != self.case_id]
            self.ui.othersList.setText("; ".join(
                f"{c.ref} {c.victim_name}" + (" (enhanced)" if c.enhanced else "")
                for c in others))
        self.ui.othersList.setVisible(shown)

    # -- actions -----------------------------------------------------------------------------
    def link_prosecution(self) -> None:
        from .prosecution_dialog import ProsecutionDialog

        with self.context.store.session() as session:
            ref = load_case_header(session, self.case_id, self.context.today()).ref
        dialog = ProsecutionDialog(self.context, self.case_id, self, case_ref=ref)
        if dialog.exec() and dialog.prosecution_id is not None:
            self.refresh()
            self.select(dialog.prosecution_id)

    def select(self, prosecution_id: uuid.UUID) -> None:
        for index, view in enumerate(self.views):
            if view.prosecution.id == prosecution_id:
                self.ui.prosecution.setCurrentIndex(index)

    def milestone_dialog(self) -> MilestoneDialog | None:
        view = self.current()
        return MilestoneDialog(self.context, view.prosecution.id, self) if view else None

    def record_milestone(self) -> None:
        dialog = self.milestone_dialog()
        if dialog is not None:
            dialog.exec()  # it tells every linked case (context.changes): they all refresh

    def take_back_latest(self) -> None:
        view = self.current()
        if view is None or not view.prosecution.milestones:
            return
        latest = view.prosecution.milestones[-1]
        count = len(view.prosecution.cases)
        if not confirm(self, "Take back the latest milestone",
                       f"Take back “{latest.text}”?\n\nIt comes off all {count} linked case"
                       f"{'s' if count != 1 else ''}, with the victim updates it started. Do "
                       "this only when it was recorded by mistake.", "Take it back"):
            return
        try:
            with self.context.store.session(write=True) as session:
                remove_latest_milestone(session, latest.id, self.context.rulebook,
                                        user=self.context.user.username)
                session.commit()
        except JourneyRefused as refused:
            self.ui.problem.setText(problems_text(refused.reasons).replace("Not saved",
                                                                          "Not taken back"))
            self.ui.problem.show()
            return
        except StoreError as error:
            QMessageBox.warning(self, "Not taken back", str(error))
            return
        for case in view.prosecution.cases:
            self.context.changes.case_changed.emit(case.case_id)

    def edit_needs(self) -> None:
        from .witness_needs_dialog import WitnessNeedsDialog

        view = self.current()
        if view is None:
            return
        p = view.prosecution
        WitnessNeedsDialog(self.context, self.case_id, p.id, self,
                           heading=f"This victim as a witness against defendant "
                                   f"{p.defendant_ref}").exec()
