"""The victim's voice dialogs: a complaint and its steps, a Victims' Right to Review request and
its stages, and feedback from the victim.

Each dialog shows only the fields of what is being recorded; the domain checks the record
(complaint_problems, vrr_problems, feedback_problems) and a refusal is shown in words, the dialog
staying open with nothing written.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..domain.complaints import (
    CODE_RIGHTS,
    DECISIONS_BY_BODY,
    ComplaintAbout,
    ComplaintOutcome,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    Timeliness,
    VRROutcome,
    vrr_late_limit,
    vrr_timeliness,
    vrr_window_closes,
)
from ..domain.feedback import FeedbackOccasion, Satisfaction
from ..store.complaints import (
    ComplaintView,
    VRRView,
    acknowledge_complaint,
    close_complaint,
    conclude_independent_review,
    conclude_local_resolution,
    pass_on_complaint,
    record_complaint,
    record_vrr_outcome,
    record_vrr_request,
    respond_to_complaint,
    start_independent_review,
    start_local_resolution,
)
from ..store.feedback import record_feedback
from ..store.journey_common import JourneyRefused
from .context import AppContext
from .dialog_polish import fit_bold_buttons
from .generated.ui_complaint_dialog import Ui_ComplaintDialog
from .generated.ui_feedback_dialog import Ui_FeedbackDialog
from .generated.ui_vrr_dialog import Ui_VRRDialog
from .rj_dialogs import choose, enum_of, fill, fill_yes_no, fmt, pydate, qdate, show_problems


def _setup(dialog, ui, fields, all_fields, title, explanation, save_text="Save"):
    for name in all_fields:
        ui.form.setRowVisible(getattr(ui, name), name in fields)
    ui.heading.setText(title)
    ui.explanation.setText(explanation)
    ui.explanation.setVisible(bool(explanation))
    dialog.setWindowTitle(title)
    ui.problem.setVisible(False)
    button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    button.setText(save_text)
    ui.buttons.accepted.connect(dialog.save)
    ui.buttons.rejected.connect(dialog.reject)
    getattr(ui, fields[0]).setFocus()
    fit_bold_buttons(dialog)
    dialog.adjustSize()
    dialog.resize(max(dialog.width(), 720 if ui.rights.isVisibleTo(dialog) else 580)
                  if hasattr(ui, "rights") else max(dialog.width(), 580), dialog.height())


# --- complaints ------------------------------------------------------------------------------

COMPLAINT_FIELDS = ("receivedOn", "about", "aboutName", "rights", "summary", "onDate",
                    "organisation", "victimToldBox", "outcome", "lessons")
COMPLAINT_MODES = {
    "new": ("Record a complaint", "Whom it is about and which Victims' Code rights it concerns. "
            "It must be acknowledged or answered in full within 10 working days.",
            ("receivedOn", "about", "aboutName", "rights", "summary"), "Record complaint"),
    "acknowledge": ("Acknowledge the complaint", "The day the acknowledgement was sent: it "
                    "meets the 10-working-day obligation.", ("onDate",), "Acknowledge"),
    "respond": ("Full response", "The day the full response was sent.", ("onDate",), "Save"),
    "pass_on": ("Pass the complaint on", "A complaint about another organisation is passed on "
                "to it; telling the victim who now deals with it is our acknowledgement.",
                ("organisation", "onDate", "victimToldBox"), "Pass on"),
    "outcome": ("Complaint outcome", "The outcome, and the lessons the service will act on "
                "(listed for supervisors).", ("outcome", "onDate", "lessons"), "Save outcome"),
}


class ComplaintDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, mode: str,
                 complaint: ComplaintView | None = None, parent=None):
        super().__init__(parent)
        self.context, self.case_id, self.mode, self.view = context, case_id, mode, complaint
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        for edit in (ui.receivedOn, ui.onDate, ui.victimToldOn):
            edit.setMaximumDate(qdate(today))
            edit.setDate(qdate(today))
        fill(ui.about, ComplaintAbout)
        fill(ui.outcome, ComplaintOutcome)
        for number, text in CODE_RIGHTS.items():
            item = QListWidgetItem(f"Right {number}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.rights.addItem(item)
        ui.victimTold.toggled.connect(ui.victimToldOn.setEnabled)
        ui.victimTold.setChecked(True)
        ui.about.currentIndexChanged.connect(self._about_changed)
        if complaint is not None:
            c = complaint.complaint
            if complaint.suggested_recipient:
                ui.organisation.setText(c.passed_on.organisation if c.passed_on else
                                        complaint.suggested_recipient[:1].upper()
                                        + complaint.suggested_recipient[1:])
        title, explanation, fields, save_text = COMPLAINT_MODES[mode]
        if complaint is not None:
            c = complaint.complaint
            explanation = (f"Complaint received {fmt(c.received_on)} about "
                           f"{c.about_name or c.about.label}. " + explanation)
        _setup(self, ui, fields, COMPLAINT_FIELDS, title, explanation, save_text)
        self._about_changed()

    def _about_changed(self, _index=None) -> None:
        about = enum_of(self.ui.about, ComplaintAbout)
        needs_name = about in (ComplaintAbout.PROVIDER, ComplaintAbout.OTHER)
        if self.mode == "new":
            self.ui.form.setRowVisible(self.ui.aboutName, needs_name)

    def check_right(self, number: int, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.ui.rights.item(number - 1).setCheckState(state)

    def _rights(self) -> list[int]:
        return [self.ui.rights.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.ui.rights.count())
                if self.ui.rights.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        ui, ctx = self.ui, self.context
        user = ctx.user.username
        on = pydate(ui.onDate.date())
        try:
            with ctx.store.session(write=True) as session:
                if self.mode == "new":
                    record_complaint(
                        session, self.case_id, received_on=pydate(ui.receivedOn.date()),
                        about=enum_of(ui.about, ComplaintAbout), rulebook=ctx.rulebook, user=user,
                        about_name=ui.aboutName.text() if enum_of(ui.about, ComplaintAbout) in (
                            ComplaintAbout.PROVIDER, ComplaintAbout.OTHER) else "",
                        rights=self._rights(), summary=ui.summary.toPlainText(),
                        received_by=ctx.user.display_name)
                else:
                    cid, version = self.view.id, self.view.row_version
                    if self.mode == "acknowledge":
                        acknowledge_complaint(session, cid, on, user=user,
                                              expected_version=version)
                    elif self.mode == "respond":
                        respond_to_complaint(session, cid, on, user=user,
                                             expected_version=version)
                    elif self.mode == "pass_on":
                        told = pydate(ui.victimToldOn.date()) if ui.victimTold.isChecked() \
                            else None
                        pass_on_complaint(session, cid, ui.organisation.text(), on, user=user,
                                          victim_told_on=told, expected_version=version)
                    elif self.mode == "outcome":
                        close_complaint(session, cid, enum_of(ui.outcome, ComplaintOutcome), on, user=user,
                                        lessons=ui.lessons.toPlainText(),
                                        expected_version=version)
                session.commit()
        except JourneyRefused as refused:
            show_problems(ui.problem, refused.reasons)
            return False
        ctx.changes.case_changed.emit(self.case_id)
        self.accept()
        return True


# --- Victims' Right to Review ----------------------------------------------------------------

VRR_FIELDS = ("body", "decision", "communicatedOn", "requestedOn", "window", "lateReason",
              "onDate", "reviewer", "result", "outcome", "notes", "lessons")
VRR_MODES = {
    "new": ("Record a Right to Review request", "A request to review a police or CPS decision "
            "not to charge or to stop a case. It should come within 10 working days of the "
            "decision being communicated; later, up to 3 months, with the exceptional "
            "circumstances.",
            ("body", "decision", "communicatedOn", "requestedOn", "window", "lateReason"),
            "Record request"),
    "local_start": ("Local resolution starts", "", ("onDate", "reviewer"), "Save"),
    "local_end": ("Local resolution concluded", "", ("onDate", "result", "notes"), "Save"),
    "independent_start": ("Independent review starts", "", ("onDate", "reviewer"), "Save"),
    "independent_end": ("Independent review concluded", "", ("onDate", "result", "notes"),
                        "Save"),
    "outcome": ("Outcome of the request", "The outcome, and the lessons to act on (listed for "
                "supervisors).", ("outcome", "onDate", "lessons"), "Save outcome"),
}


class VRRDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, mode: str,
                 request: VRRView | None = None, parent=None):
        super().__init__(parent)
        self.context, self.case_id, self.mode, self.view = context, case_id, mode, request
        self.ui = Ui_VRRDialog()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        for edit in (ui.communicatedOn, ui.requestedOn, ui.onDate):
            edit.setMaximumDate(qdate(today))
            edit.setDate(qdate(today))
        fill(ui.body, ReviewBody)
        fill(ui.result, ReviewResult)
        fill(ui.outcome, VRROutcome)
        ui.body.currentIndexChanged.connect(self._body_changed)
        ui.communicatedOn.dateChanged.connect(lambda _: self._window())
        ui.requestedOn.dateChanged.connect(lambda _: self._window())
        self._body_changed()
        title, explanation, fields, save_text = VRR_MODES[mode]
        if request is not None:
            r = request.request
            explanation = (f"{r.body.label}: {r.decision.label.lower()}, review requested "
                           f"{fmt(r.requested_on)}. " + explanation).strip()
        _setup(self, ui, fields, VRR_FIELDS, title, explanation, save_text)
        self._window()

    def _body_changed(self, _index=None) -> None:
        body = enum_of(self.ui.body, ReviewBody)
        chosen = self.ui.decision.currentData()
        fill(self.ui.decision, [d for d in QualifyingDecision if d in DECISIONS_BY_BODY[body]])
        if chosen is not None:
            choose(self.ui.decision, chosen)

    def timeliness(self) -> Timeliness:
        return vrr_timeliness(pydate(self.ui.communicatedOn.date()),
                              pydate(self.ui.requestedOn.date()))

    def _window(self) -> None:
        if self.mode != "new":
            return
        communicated = pydate(self.ui.communicatedOn.date())
        closes = vrr_window_closes(communicated)
        timeliness = self.timeliness()
        text = f"The 10-working-day window closes on {fmt(closes)}. "
        if timeliness is Timeliness.IN_TIME:
            text += "This request is within the window."
        elif timeliness is Timeliness.LATE:
            text += ("This request is late: record the exceptional circumstances (accepted up "
                     f"to {fmt(vrr_late_limit(communicated))}).")
        else:
            text += ("This request is more than 3 months after the decision was communicated: "
                     "it will be recorded as not eligible for review.")
        self.ui.window.setText(text)
        self.ui.form.setRowVisible(self.ui.lateReason, timeliness is Timeliness.LATE)

    def save(self) -> bool:
        ui, ctx = self.ui, self.context
        user, today = ctx.user.username, ctx.today()
        on = pydate(ui.onDate.date())
        try:
            with ctx.store.session(write=True) as session:
                if self.mode == "new":
                    requested = pydate(ui.requestedOn.date())
                    more = {}
                    if self.timeliness() is Timeliness.OUT_OF_TIME:
                        more = {"outcome": VRROutcome.NOT_ELIGIBLE, "outcome_on": requested}
                    record_vrr_request(
                        session, self.case_id, body=enum_of(ui.body, ReviewBody),
                        decision=enum_of(ui.decision, QualifyingDecision),
                        decision_communicated_on=pydate(ui.communicatedOn.date()),
                        requested_on=requested, user=user,
                        late_reason=ui.lateReason.toPlainText()
                        if self.timeliness() is Timeliness.LATE else "",
                        today=today, **more)
                else:
                    rid = self.view.id
                    kw = {"user": user, "expected_version": self.view.row_version,
                          "today": today}
                    notes = ui.notes.toPlainText().strip()
                    if self.mode == "local_start":
                        start_local_resolution(session, rid, on, reviewer=ui.reviewer.text(),
                                               **kw)
                    elif self.mode == "local_end":
                        conclude_local_resolution(session, rid, on, enum_of(ui.result, ReviewResult),
                                                  notes=notes, **kw)
                    elif self.mode == "independent_start":
                        start_independent_review(session, rid, on, reviewer=ui.reviewer.text(),
                                                 **kw)
                    elif self.mode == "independent_end":
                        conclude_independent_review(session, rid, on, enum_of(ui.result, ReviewResult),
                                                    notes=notes, **kw)
                    elif self.mode == "outcome":
                        record_vrr_outcome(session, rid, enum_of(ui.outcome, VRROutcome), on,
                                           lessons=ui.lessons.toPlainText(), **kw)
                session.commit()
        except JourneyRefused as refused:
            show_problems(ui.problem, refused.reasons)
            return False
        ctx.changes.case_changed.emit(self.case_id)
        self.accept()
        return True


# --- feedback --------------------------------------------------------------------------------


class FeedbackDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context, self.case_id = context, case_id
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        self.setWindowTitle("Feedback from the victim")
        ui.givenOn.setMaximumDate(qdate(today))
        ui.givenOn.setDate(qdate(today))
        fill(ui.occasion, [FeedbackOccasion.ANY_TIME, FeedbackOccasion.CLOSURE])
        fill(ui.satisfaction, Satisfaction, none="Not answered")
        fill_yes_no(ui.cope)
        ui.problem.setVisible(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Record feedback")
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.givenOn.setFocus()
        fit_bold_buttons(self)

    def save(self) -> bool:
        ui, ctx = self.ui, self.context
        try:
            with ctx.store.session(write=True) as session:
                record_feedback(
                    session, self.case_id, given_on=pydate(ui.givenOn.date()),
                    occasion=enum_of(ui.occasion, FeedbackOccasion), user=ctx.user.username,
                    satisfaction=enum_of(ui.satisfaction, Satisfaction),
                    better_able_to_cope=ui.cope.currentData(),
                    could_be_better=ui.couldBeBetter.toPlainText(),
                    user_group_contact=ui.userGroup.isChecked(), today=ctx.today())
                session.commit()
        except JourneyRefused as refused:
            show_problems(ui.problem, refused.reasons)
            return False
        ctx.changes.case_changed.emit(self.case_id)
        self.accept()
        return True
