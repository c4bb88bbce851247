"""Quick entry of one court milestone for a prosecution (issue 4).

The milestone is recorded once and brings EVERY linked victim's case up to date: the update owed
to each victim, with their own standard or enhanced deadline counted from the day Witness Care
received the information (store/court.record_milestone). The sanity rules are the domain's
(court.check_milestone): when they refuse, the dialog shows why in words and saves nothing.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.court import (
    INVESTIGATION_STEPS,
    LISTINGS,
    CourtResult,
    Milestone,
    MilestoneKind,
)
from ..store.court import MilestoneRecorded, prosecution_view, record_milestone
from ..store.court_screens import moment_for
from ..store.database import StoreError
from ..store.journey_common import JourneyRefused, fmt
from .context import AppContext
from .generated.ui_milestone_dialog import Ui_MilestoneDialog
from .needs_assessment_dialog import confirm_discard, fit_default_button

K = MilestoneKind
DECISIONS = (K.CHARGE, K.NO_FURTHER_ACTION, K.OUT_OF_COURT_DISPOSAL, K.DISCONTINUED)
COURT = (K.FIRST_HEARING_LISTED, K.PLEA, K.TRIAL_DATE_LISTED, K.TRIAL, K.HEARING_ADJOURNED,
         K.BAIL_OUTCOME, K.WARRANT, K.VERDICT, K.SENTENCE, K.APPEAL)
# The form's rows (forms/milestone_dialog.ui), shown only for the kinds they belong to.
ROW_HEARING, ROW_VENUE, ROW_RESULT, ROW_PREVIOUS, ROW_NEW, ROW_VACATED, ROW_REASON = range(3, 10)


def index_of(box, value) -> int:
    """The item holding `value` (None included), or -1. A StrEnum comes back from Qt as its
    text, equal to the member: turn it back with the enum (`enum_of`)."""
    for index in range(box.count()):
        if box.itemData(index) == value and not box.itemText(index) == "":
            return index
    return -1


def enum_of(enum, data):
    """A combo box's data as the enum member it was (Qt keeps a StrEnum as plain text)."""
    return None if data is None else enum(data)


def problems_text(reasons) -> str:
    """Refusals as the dialog shows them: one a line, each a sentence."""
    lines = [r.strip() for r in reasons if r.strip()]
    lines = [line if line.endswith((".", "!", "?")) else line + "." for line in lines]
    if len(lines) == 1:
        return f"Not saved: {lines[0]}"
    return "Not saved:\n" + "\n".join(f"• {line}" for line in lines)


class MilestoneDialog(QDialog):
    def __init__(self, context: AppContext, prosecution_id: uuid.UUID, parent: QWidget | None = None,
                 *, kind: MilestoneKind | None = None):
        super().__init__(parent)
        self.context = context
        self.prosecution_id = prosecution_id
        self.recorded: MilestoneRecorded | None = None
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = context.today()
        with context.store.session() as session:
            self.view = prosecution_view(session, prosecution_id, today)
        view = self.view
        court = f" at {view.court}" if view.court else ""
        ui.heading.setText(f"Defendant {view.defendant_ref}{court}")
        count = len(view.cases)
        enhanced = sum(1 for c in view.cases if c.enhanced)
        ui.appliesTo.setText(
            f"Recorded once, this updates every linked case: {count} "
            f"victim{'s' if count != 1 else ''}"
            + (f" ({enhanced} with enhanced rights: shorter deadlines)." if enhanced else ".")
        )
        for group in (sorted(INVESTIGATION_STEPS, key=list(K).index), DECISIONS, COURT):
            if ui.kind.count():
                ui.kind.insertSeparator(ui.kind.count())
            for k in group:
                ui.kind.addItem(k.label, k)
        ui.kind.setCurrentIndex(max(index_of(ui.kind, kind or self._likely_next()), 0))
        ui.result.addItem("Choose…", None)
        for result in CourtResult:
            ui.result.addItem(result.label, result)
        for edit in (ui.occurredOn, ui.receivedOn):
            edit.setMaximumDate(QDate(today))
            edit.setDate(QDate(today))
        ui.hearingOn.setDate(QDate(today))
        ui.hearingTime.setTime(QTime(10, 0))
        ui.hearingTime.setEnabled(False)
        ui.hearingTimeKnown.toggled.connect(ui.hearingTime.setEnabled)
        lost = view.next_hearing.on if view.next_hearing else today
        ui.previousDate.setDate(QDate(lost))
        ui.newDate.setDate(QDate(lost))
        ui.dateToBeFixed.toggled.connect(lambda fixed: ui.newDate.setEnabled(not fixed))
        ui.problem.hide()
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save milestone")
        fit_default_button(save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.dirty = False
        for signal in (ui.kind.currentIndexChanged, ui.occurredOn.dateChanged,
                       ui.receivedOn.dateChanged, ui.hearingOn.dateChanged,
                       ui.venue.textChanged, ui.result.currentIndexChanged,
                       ui.newDate.dateChanged, ui.dateToBeFixed.toggled, ui.reason.textChanged,
                       ui.details.textChanged):
            signal.connect(self._changed)
        ui.kind.setFocus()

    def _likely_next(self) -> MilestoneKind:
        done = {m.milestone.kind for m in self.view.milestones}
        if K.CHARGE not in done:
            return K.CHARGE
        if K.FIRST_HEARING_LISTED not in done:
            return K.FIRST_HEARING_LISTED
        return K.HEARING_ADJOURNED if self.view.next_hearing else K.TRIAL_DATE_LISTED

    def _changed(self, *_) -> None:
        self.dirty = True
        self.ui.problem.hide()

    def kind(self) -> MilestoneKind:
        return MilestoneKind(self.ui.kind.currentData())

    def _kind_changed(self, *_) -> None:
        kind = self.kind()
        form = self.ui.form
        listing = kind in LISTINGS
        adjourned = kind is K.HEARING_ADJOURNED
        for row, visible in ((ROW_HEARING, listing), (ROW_VENUE, listing),
                             (ROW_RESULT, kind in (K.PLEA, K.VERDICT)),
                             (ROW_PREVIOUS, adjourned), (ROW_NEW, adjourned),
                             (ROW_VACATED, adjourned), (ROW_REASON, adjourned)):
            form.setRowVisible(row, visible)
        self.ui.resultLabel.setText("&Plea" if kind is K.PLEA else "&Result")
        self.ui.occurredLabel.setText("&Listed on" if listing else "&Happened on")
        self.adjustSize()

    def milestone(self) -> Milestone:
        ui, kind = self.ui, self.kind()
        listing = kind in LISTINGS
        adjourned = kind is K.HEARING_ADJOURNED
        fixed = adjourned and ui.dateToBeFixed.isChecked()
        return Milestone(
            kind=kind,
            occurred_on=ui.occurredOn.date().toPython(),
            received_on=ui.receivedOn.date().toPython(),
            hearing_on=ui.hearingOn.date().toPython() if listing else None,
            hearing_time=(ui.hearingTime.time().toPython()
                          if listing and ui.hearingTimeKnown.isChecked() else None),
            venue=ui.venue.text().strip() if listing else "",
            result=enum_of(CourtResult, ui.result.currentData()) if kind in (K.PLEA, K.VERDICT) else None,
            previous_date=ui.previousDate.date().toPython() if adjourned else None,
            new_date=ui.newDate.date().toPython() if adjourned and not fixed else None,
            date_to_be_fixed=fixed,
            vacated=adjourned and ui.vacated.isChecked(),
            reason=ui.reason.text().strip() if adjourned else "",
            details=ui.details.toPlainText().strip(),
        )

    def save(self) -> bool:
        milestone = self.milestone()
        today = self.context.today()
        try:
            with self.context.store.session(write=True) as session:
                recorded = record_milestone(session, self.prosecution_id, milestone,
                                            self.context.rulebook,
                                            user=self.context.user.username,
                                            now=moment_for(today))
                session.commit()
        except JourneyRefused as refused:
            self._problem(problems_text(refused.reasons))
            return False
        except StoreError as error:
            self._problem(f"Not saved: {error}")
            return False
        self.recorded = recorded
        self.dirty = False
        for case in self.view.cases:
            self.context.changes.case_changed.emit(case.case_id)
        self.accept()
        return True

    def summary(self) -> str:
        """What was done, for a status line: 'Trial date listed recorded on 2 cases; updates
        owed by 24 Nov 2026'."""
        if self.recorded is None:
            return ""
        cases = len(self.view.cases)
        text = f"{self.kind().label} recorded on {cases} case{'s' if cases != 1 else ''}"
        if self.recorded.updates:
            first: date = min(u.due for u in self.recorded.updates)
            text += f"; victim updates owed, the first by {fmt(first)}"
        return text

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(
            self, "This milestone has not been saved. Close it and lose what you entered?"
        ):
            return
        super().reject()
