"""One victim's needs as a witness in one prosecution (issue 4): whether they must give evidence,
special measures (YJCEA 1999 ss.23-30) and the court's decisions, the pre-trial court visit, the
Witness Service referral, an interpreter, expenses, and the Victim Personal Statement (offered,
made, updated, read in court). The checks are the domain's (witness_needs_problems)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QWidget

from ..domain.court import (
    MeasureStatus,
    Offer,
    OfferStatus,
    SpecialMeasure,
    SpecialMeasureRequest,
    VictimPersonalStatement,
    VPSUse,
    WitnessNeeds,
)
from ..store.court import save_witness_needs, witness_needs
from ..store.database import StoreError
from ..store.journey_common import JourneyRefused, fmt
from .context import AppContext
from .generated.ui_witness_needs_dialog import Ui_WitnessNeedsDialog
from .milestone_dialog import enum_of, index_of, problems_text
from .needs_assessment_dialog import confirm_discard, fit_default_button

OFFER_WORDS = {
    OfferStatus.NOT_OFFERED: "Not offered yet",
    OfferStatus.OFFERED: "Offered",
    OfferStatus.ACCEPTED: "Accepted",
    OfferStatus.DECLINED: "Declined",
    OfferStatus.DONE: "Done",
}
DONE_WORDS = {"visit": "Visit made", "service": "Referral made", "expenses": "Claimed"}
MEASURE_WORDS = {
    None: "Not asked for",
    MeasureStatus.WANTED: "Wanted",
    MeasureStatus.APPLIED: "Applied for",
    MeasureStatus.GRANTED: "Granted",
    MeasureStatus.REFUSED: "Refused",
}
VPS_WORDS = {
    None: "Not used in court yet",
    VPSUse.READ_BY_VICTIM: "Read aloud by the victim",
    VPSUse.READ_FOR_VICTIM: "Read aloud for the victim",
    VPSUse.NOT_READ: "Given to the court, not read aloud",
}
MUST_WORDS = ((None, "Not known yet"), (True, "Yes"), (False, "No"))


def _qdate(day: date | None, fallback: date) -> QDate:
    return QDate(day or fallback)


class WitnessNeedsDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, prosecution_id: uuid.UUID,
                 parent: QWidget | None = None, *, heading: str = ""):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.prosecution_id = prosecution_id
        self.ui = Ui_WitnessNeedsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = context.today()
        with context.store.session() as session:
            view = witness_needs(session, case_id, prosecution_id)
        self.version = view.row_version
        needs = self.needs = view.needs
        ui.heading.setText(heading)
        ui.heading.setVisible(bool(heading))
        for value, words in MUST_WORDS:
            ui.mustGiveEvidence.addItem(words, value)
        ui.mustGiveEvidence.setCurrentIndex(index_of(ui.mustGiveEvidence,
                                                      needs.must_give_evidence))
        self.offers = {
            "visit": (ui.visitStatus, ui.visitOn, needs.pre_trial_visit),
            "service": (ui.serviceStatus, ui.serviceOn, needs.witness_service_referral),
            "expenses": (ui.expensesStatus, ui.expensesOn, needs.expenses),
        }
        for key, (box, on, offer) in self.offers.items():
            for status, words in OFFER_WORDS.items():
                box.addItem(DONE_WORDS[key] if status is OfferStatus.DONE else words, status)
            box.setCurrentIndex(index_of(box, offer.status))
            on.setMaximumDate(QDate(today))
            on.setDate(_qdate(offer.on, today))
            box.currentIndexChanged.connect(lambda _=0, b=box, d=on: self._offer_changed(b, d))
            self._offer_changed(box, on)
        ui.interpreter.setText(needs.interpreter_language)

        # Special measures: one row each, what is asked for and what the court decided.
        requested = {r.measure: r for r in needs.special_measures}
        self.measures: dict[SpecialMeasure, tuple[QComboBox, QCheckBox, QDateEdit]] = {}
        grid = ui.measuresGrid
        for row, measure in enumerate(SpecialMeasure):
            box = QComboBox(ui.measuresBox)
            box.setAccessibleName(f"{measure.label}: status")
            for status, words in MEASURE_WORDS.items():
                box.addItem(words, status)
            request = requested.get(measure)
            box.setCurrentIndex(index_of(box, request.status if request else None))
            label = QCheckBox(measure.label, ui.measuresBox)  # a checkbox: quick to tick
            label.setAccessibleName(measure.label)
            label.setChecked(request is not None)
            decided = QDateEdit(ui.measuresBox)
            decided.setAccessibleName(f"{measure.label}: day the court decided")
            decided.setCalendarPopup(True)
            decided.setDisplayFormat("dd MMM yyyy")
            decided.setMaximumDate(QDate(today))
            decided.setDate(_qdate(request.decided_on if request else None, today))
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(decided, row, 2)
            self.measures[measure] = (box, label, decided)
            label.toggled.connect(lambda on, m=measure: self._measure_ticked(m, on))
            box.currentIndexChanged.connect(lambda _=0, m=measure: self._measure_changed(m))
            self._measure_changed(measure)
        grid.setColumnStretch(0, 1)

        vps = needs.vps
        for check, edit, day in ((ui.vpsOffered, ui.vpsOfferedOn, vps.offered_on),
                                 (ui.vpsMade, ui.vpsMadeOn, vps.made_on),
                                 (ui.vpsUpdated, ui.vpsUpdatedOn, None)):
            check.setChecked(day is not None)
            edit.setMaximumDate(QDate(today))
            edit.setDate(_qdate(day, today))
            edit.setEnabled(day is not None)
            check.toggled.connect(edit.setEnabled)
        ui.vpsDeclined.setChecked(vps.declined)
        ui.vpsUpdates.setText(
            "Updated before: " + ", ".join(fmt(d) for d in vps.updated_on) if vps.updated_on
            else "")
        for use, words in VPS_WORDS.items():
            ui.vpsInCourt.addItem(words, use)
        ui.vpsInCourt.setCurrentIndex(index_of(ui.vpsInCourt, vps.in_court))

        ui.problem.hide()
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save witness needs")
        fit_default_button(save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.dirty = False
        for widget in self.findChildren(QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        for widget in self.findChildren(QCheckBox):
            widget.toggled.connect(self._changed)
        for widget in self.findChildren(QDateEdit):
            widget.dateChanged.connect(self._changed)
        ui.interpreter.textChanged.connect(self._changed)
        ui.mustGiveEvidence.setFocus()

    def _changed(self, *_) -> None:
        self.dirty = True

    @staticmethod
    def _offer_changed(box: QComboBox, on: QDateEdit) -> None:
        on.setEnabled(box.currentData() != OfferStatus.NOT_OFFERED)

    def _measure_ticked(self, measure: SpecialMeasure, ticked: bool) -> None:
        box, _, _ = self.measures[measure]
        if ticked and box.currentData() is None:
            box.setCurrentIndex(index_of(box, MeasureStatus.WANTED))
        elif not ticked:
            box.setCurrentIndex(index_of(box, None))

    def _measure_changed(self, measure: SpecialMeasure) -> None:
        box, label, decided = self.measures[measure]
        status = enum_of(MeasureStatus, box.currentData())
        label.blockSignals(True)
        label.setChecked(status is not None)
        label.blockSignals(False)
        decided.setEnabled(status in (MeasureStatus.GRANTED, MeasureStatus.REFUSED))

    def values(self) -> WitnessNeeds:
        ui = self.ui

        def offer(key: str) -> Offer:
            box, on, _ = self.offers[key]
            status = OfferStatus(box.currentData())
            return Offer(status=status,
                         on=None if status is OfferStatus.NOT_OFFERED else on.date().toPython())

        measures = []
        for measure, (box, _, decided) in self.measures.items():
            status = enum_of(MeasureStatus, box.currentData())
            if status is None:
                continue
            is_decided = status in (MeasureStatus.GRANTED, MeasureStatus.REFUSED)
            measures.append(SpecialMeasureRequest(
                measure=measure, status=status,
                decided_on=decided.date().toPython() if is_decided else None))
        old = self.needs.vps
        updated = list(old.updated_on)
        if ui.vpsUpdated.isChecked():
            day = ui.vpsUpdatedOn.date().toPython()
            if day not in updated:
                updated.append(day)
        return WitnessNeeds(
            case_id=str(self.case_id), prosecution_id=str(self.prosecution_id),
            must_give_evidence=ui.mustGiveEvidence.currentData(),
            special_measures=tuple(measures),
            pre_trial_visit=offer("visit"), witness_service_referral=offer("service"),
            interpreter_language=ui.interpreter.text().strip(), expenses=offer("expenses"),
            vps=VictimPersonalStatement(
                offered_on=ui.vpsOfferedOn.date().toPython() if ui.vpsOffered.isChecked()
                else None,
                declined=ui.vpsDeclined.isChecked(),
                made_on=ui.vpsMadeOn.date().toPython() if ui.vpsMade.isChecked() else None,
                updated_on=tuple(sorted(updated)),
                in_court=enum_of(VPSUse, ui.vpsInCourt.currentData()),
            ),
        )

    def save(self) -> bool:
        try:
            with self.context.store.session(write=True) as session:
                save_witness_needs(session, self.values(), user=self.context.user.username,
                                   expected_version=self.version)
                session.commit()
        except JourneyRefused as refused:
            self._problem(problems_text(refused.reasons))
            return False
        except StoreError as error:
            self._problem(f"Not saved: {error}")
            return False
        self.dirty = False
        self.context.changes.case_changed.emit(self.case_id)
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(
            self, "These witness needs have not been saved. Close and lose your changes?"
        ):
            return
        super().reject()
