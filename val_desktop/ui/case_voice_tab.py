"""The victim's voice on a case: complaints (with their 10-working-day obligation), Victims'
Right to Review requests (with their window) and feedback, in three sections.

Choose a complaint or request to see what is still to do; an action that does not apply to it is
greyed, with the reason as its tooltip.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtWidgets import QWidget

from ..domain.complaints import ReviewResult, Timeliness
from ..domain.rules import MET, MET_LATE, OVERDUE
from ..store.complaints import ComplaintView, VRRView, case_complaints, case_vrr_requests
from ..store.feedback import FeedbackView, case_feedback
from .context import AppContext
from .generated.ui_case_voice_tab import Ui_CaseVoiceTab
from .rj_dialogs import fmt
from .voice_dialogs import ComplaintDialog, FeedbackDialog, VRRDialog
from .workload_models import ROW_ROLE, Column, RowsModel


def response_words(view: ComplaintView, today) -> str:
    """'Due 4 Dec 2026 — 5 days left' / 'Met' / 'Overdue by 2 days' (the 10-working-day one)."""
    if not view.obligations:
        return ""
    ob = min(view.obligations, key=lambda o: o.due)
    if ob.status == MET:
        return f"Met (due {fmt(ob.due)})"
    if ob.status == MET_LATE:
        return f"Met late (due {fmt(ob.due)})"
    if ob.status == OVERDUE:
        days = (today - ob.due).days
        return f"Overdue by {days} day{'s' * (days != 1)} (due {fmt(ob.due)})"
    days = (ob.due - today).days
    return f"Open — due {fmt(ob.due)} ({days} day{'s' * (days != 1)} left)"


def _overdue(view: ComplaintView) -> bool:
    return any(o.status == OVERDUE for o in view.obligations)


def _complaint_columns(today):
    return [
        Column("Received", lambda v: fmt(v.complaint.received_on),
               sort=lambda v: v.complaint.received_on),
        Column("About", lambda v: v.complaint.about_name or v.complaint.about.label,
               max_width=210),
        Column("Code rights", lambda v: ", ".join(str(r) for r in sorted(v.complaint.rights)),
               tooltip="The Victims' Code rights the complaint concerns"),
        Column("Acknowledge or answer (10 working days)", lambda v: response_words(v, today),
               alert=_overdue, max_width=320),
        Column("Passed on to", lambda v: (
            f"{v.complaint.passed_on.organisation} ({fmt(v.complaint.passed_on.on)})"
            if v.complaint.passed_on else ""), max_width=240),
        Column("Outcome", lambda v: (f"{v.complaint.outcome.label} ({fmt(v.complaint.outcome_on)})"
                                     if v.complaint.outcome else "Open"), max_width=260),
        Column("Summary", lambda v: v.complaint.summary),
    ]


def _stage_words(view: VRRView) -> str:
    r = view.request
    for name, stage in (("Independent review", r.independent_review),
                        ("Local resolution", r.local_resolution)):
        if stage is not None:
            if stage.result is None:
                return f"{name} since {fmt(stage.started_on)}"
            return f"{name}: {stage.result.label.lower()}"
    return "Not started"


VRR_COLUMNS = [
    Column("Requested", lambda v: fmt(v.request.requested_on), sort=lambda v: v.request.requested_on),
    Column("Decision", lambda v: f"{v.request.body.label}: {v.request.decision.label.lower()}",
           max_width=300),
    Column("Communicated", lambda v: fmt(v.request.decision_communicated_on)),
    Column("Window closes", lambda v: fmt(v.window_closes),
           tooltip="10 working days after the decision was communicated"),
    Column("Timing", lambda v: {Timeliness.IN_TIME: "In time", Timeliness.LATE: "Late",
                                Timeliness.OUT_OF_TIME: "Out of time"}[v.timeliness],
           alert=lambda v: v.timeliness is not Timeliness.IN_TIME,
           row_tooltip=lambda v: v.timeliness.label),
    Column("Stage", _stage_words, max_width=260),
    Column("Outcome", lambda v: (f"{v.request.outcome.label} ({fmt(v.request.outcome_on)})"
                                 if v.request.outcome else "Open")),
]


def _yes_no(value) -> str:
    return "Not answered" if value is None else ("Yes" if value else "No")


FEEDBACK_COLUMNS = [
    Column("Given", lambda v: fmt(v.feedback.given_on), sort=lambda v: v.feedback.given_on),
    Column("When", lambda v: v.feedback.occasion.label),
    Column("Satisfaction", lambda v: v.feedback.satisfaction.label if v.feedback.satisfaction
           else "Not answered", alert=lambda v: bool(
               v.feedback.satisfaction and v.feedback.satisfaction.is_dissatisfied)),
    Column("Better able to cope", lambda v: _yes_no(v.feedback.better_able_to_cope)),
    Column("User group", lambda v: "Agrees to contact" if v.feedback.user_group_contact else "",
           tooltip="Agrees to be contacted by the service user group"),
    Column("What could be better", lambda v: v.feedback.could_be_better),
]


class CaseVoiceTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = Ui_CaseVoiceTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.complaint_model = RowsModel(_complaint_columns(context.today()), self)
        self.review_model = RowsModel(VRR_COLUMNS, self)
        self.feedback_model = RowsModel(FEEDBACK_COLUMNS, self)
        ui.complaints.setModel(self.complaint_model)
        ui.reviews.setModel(self.review_model)
        ui.feedback.setModel(self.feedback_model)
        ui.complaints.selectionModel().currentRowChanged.connect(lambda *_: self._complaint())
        ui.reviews.selectionModel().currentRowChanged.connect(lambda *_: self._review())
        ui.newComplaint.clicked.connect(lambda: self.open_complaint("new"))
        for name, mode in (("acknowledge", "acknowledge"), ("respond", "respond"),
                           ("passOn", "pass_on"), ("complaintOutcome", "outcome")):
            getattr(ui, name).clicked.connect(lambda _=False, m=mode: self.open_complaint(m))
        ui.newReview.clicked.connect(lambda: self.open_review("new"))
        ui.localResolution.clicked.connect(lambda: self.open_review(self.review_mode("local")))
        ui.independentReview.clicked.connect(
            lambda: self.open_review(self.review_mode("independent")))
        ui.reviewOutcome.clicked.connect(lambda: self.open_review("outcome"))
        ui.newFeedback.clicked.connect(lambda: self.feedback_dialog().exec())
        ui.splitter.setSizes([300, 220, 180])

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.context.today()
        chosen_c, chosen_r = self.current_complaint(), self.current_review()
        with self.context.store.session() as session:
            complaints = case_complaints(session, self.case_id, today)
            reviews = case_vrr_requests(session, self.case_id)
            feedback = case_feedback(session, self.case_id)
        self.complaint_model.columns = _complaint_columns(today)
        self.complaint_model.set_rows(complaints)
        self.review_model.set_rows(reviews)
        self.feedback_model.set_rows(feedback)
        for model, table in ((self.complaint_model, self.ui.complaints),
                             (self.review_model, self.ui.reviews),
                             (self.feedback_model, self.ui.feedback)):
            model.fit(table)
        self._select(self.ui.complaints, complaints, chosen_c)
        self._select(self.ui.reviews, reviews, chosen_r)
        self.ui.complaintsBox.setTitle(f"Complaints ({len(complaints)})")
        self.ui.vrrBox.setTitle(f"Victims' Right to Review ({len(reviews)})")
        self.ui.feedbackBox.setTitle(f"Feedback from the victim ({len(feedback)})")
        self._complaint()
        self._review()

    @staticmethod
    def _select(table, rows, chosen) -> None:
        number = next((n for n, r in enumerate(rows) if chosen and r.id == chosen.id),
                      0 if rows else None)
        if number is not None:
            table.setCurrentIndex(table.model().index(number, 0))

    def current_complaint(self) -> ComplaintView | None:
        index = self.ui.complaints.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_review(self) -> VRRView | None:
        index = self.ui.reviews.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def feedback_rows(self) -> list[FeedbackView]:
        return self.feedback_model.rows()

    @staticmethod
    def _able(button, reason: str | None) -> None:
        button.setEnabled(reason is None)
        button.setToolTip(reason or "")
        button.setAccessibleDescription(reason or "")

    def _complaint(self) -> None:
        ui, view = self.ui, self.current_complaint()
        if view is None:
            none = "Choose a complaint first"
            for b in (ui.acknowledge, ui.respond, ui.passOn, ui.complaintOutcome):
                self._able(b, none)
            ui.complaintSteps.setText("No complaint is recorded on this case."
                                      if not self.complaint_model.rowCount() else "")
            return
        c = view.complaint
        closed = None if c.is_open else "The complaint has its outcome: it is closed"
        self._able(ui.acknowledge, closed or (
            f"Acknowledged on {fmt(c.acknowledged_on)}" if c.acknowledged_on else None))
        self._able(ui.respond, closed or (
            f"The full response was sent on {fmt(c.responded_on)}" if c.responded_on else None))
        self._able(ui.passOn, closed or (
            None if c.belongs_elsewhere and (c.passed_on is None or
                                             c.passed_on.victim_told_on is None)
            else "Already passed on, and the victim told" if c.passed_on else
            "A complaint about the Victim Advice Line is ours to answer, not to pass on"))
        self._able(ui.complaintOutcome, closed)
        steps = view.next_steps
        ui.complaintSteps.setText(
            "<b>Still to do:</b> " + " · ".join(html.escape(s, quote=False) for s in steps)
            if steps else "Nothing more to do on this complaint.")

    def review_mode(self, which: str) -> str:
        view = self.current_review()
        stage = None
        if view is not None:
            r = view.request
            stage = r.local_resolution if which == "local" else r.independent_review
        return f"{which}_start" if stage is None else f"{which}_end"

    def _review(self) -> None:
        ui, view = self.ui, self.current_review()
        if view is None:
            none = "Choose a review request first"
            for b in (ui.localResolution, ui.independentReview, ui.reviewOutcome):
                self._able(b, none)
            ui.vrrSteps.setText("No Right to Review request is recorded on this case."
                                if not self.review_model.rowCount() else "")
            return
        r = view.request
        closed = None if r.outcome is None else "The request has its outcome"
        local, indep = r.local_resolution, r.independent_review
        self._able(ui.localResolution, closed or (
            "Local resolution has concluded" if local and local.result else None))
        if closed:
            indep_reason = closed
        elif local is None or local.result is None:
            indep_reason = "The independent review starts after local resolution has concluded"
        elif local.result is ReviewResult.DECISION_OVERTURNED:
            indep_reason = "Local resolution overturned the decision: nothing left to review"
        elif indep is not None and indep.result is not None:
            indep_reason = "The independent review has concluded"
        else:
            indep_reason = None
        self._able(ui.independentReview, indep_reason)
        self._able(ui.reviewOutcome, closed)
        ui.localResolution.setText("&Local resolution concluded…" if local and not local.result
                                   else "&Local resolution…")
        ui.independentReview.setText("&Independent review concluded…"
                                     if indep and not indep.result else "&Independent review…")
        steps = view.next_steps
        window = (f"Window closed {fmt(view.window_closes)} — {view.timeliness.label.lower()}. ")
        ui.vrrSteps.setText(window + ("<b>Still to do:</b> " + " · ".join(
            html.escape(s, quote=False) for s in steps) if steps else "Nothing more to do on this request."))

    # -- acting ------------------------------------------------------------------------------
    def complaint_dialog(self, mode: str) -> ComplaintDialog:
        view = None if mode == "new" else self.current_complaint()
        return ComplaintDialog(self.context, self.case_id, mode, view, self)

    def open_complaint(self, mode: str) -> None:
        self.complaint_dialog(mode).exec()

    def review_dialog(self, mode: str) -> VRRDialog:
        view = None if mode == "new" else self.current_review()
        return VRRDialog(self.context, self.case_id, mode, view, self)

    def open_review(self, mode: str) -> None:
        self.review_dialog(mode).exec()

    def feedback_dialog(self) -> FeedbackDialog:
        return FeedbackDialog(self.context, self.case_id, self)

