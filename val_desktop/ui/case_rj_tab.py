"""The restorative justice tab of a case: the pathway with its current stage, what the next step
needs, the record of every stage, and the actions.

Every action is always shown; one the domain would refuse now is greyed, and its reason (the
domain's `blockers()`) is its tooltip and accessible description, while the reasons the pathway
cannot move on are listed beside the next step.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..domain.restorative_justice import (
    TRANSITIONS,
    ItemStatus,
    Party,
    RJClosure,
    RJPathway,
    RJStage,
    blockers,
)
from ..store.journey_common import JourneyRefused
from ..store.rj import RJReferralView, case_rj_referrals, set_rj_facilitator
from ..store.staff import active_staff
from .context import AppContext
from .generated.ui_case_rj_tab import Ui_CaseRJTab
from .rj_dialogs import RJStepDialog, fmt, words

# action button -> the dialog step it opens
ACTIONS = {
    "newReferral": "referral", "assess": "assess", "victimConsent": "victim_consent",
    "offenderManager": "manager", "offenderContact": "contact",
    "offenderConsent": "offender_consent", "startPreparation": "start_preparation",
    "preparationNote": "preparation_note", "intervention": "intervention",
    "agreeOutcome": "agreement", "resolveItem": "resolve_item", "followUp": "follow_up",
    "evaluation": "evaluation", "closeCompleted": "close_completed",
    "closeUnsuitable": "close_unsuitable", "withdraw": "withdraw",
}
PATH = [s for s in RJStage if s is not RJStage.CLOSED]


def _at(pathway: RJPathway, stages, doing: str) -> list[str]:
    if pathway.stage in stages:
        return []
    allowed = " or ".join(f"'{s.label}'" for s in stages)
    return [f"{doing} can only be recorded at {allowed}; this pathway is at "
            f"'{pathway.stage.label}'"]


def action_blockers(view: RJReferralView | None, has_open: bool, today) -> dict[str, list[str]]:
    """Why each action cannot be taken now (empty list: it can), from the domain's guards."""
    reasons: dict[str, list[str]] = {}
    reasons["newReferral"] = (
        ["This case already has an open restorative justice referral: carry on with that one"]
        if has_open else [])
    if view is None:
        for name in ACTIONS:
            if name != "newReferral":
                reasons[name] = ["Refer the case for restorative justice first"]
        return reasons
    p = view.pathway
    closed = blockers(p, RJStage.PREPARATION, today) if not p.is_open else []
    S = RJStage
    reasons["assess"] = closed
    reasons["victimConsent"] = blockers(p, S.VICTIM_CONSENTED, today)
    reasons["offenderManager"] = closed
    reasons["offenderContact"] = closed or (
        ["Record the offender manager before logging contacts with them"]
        if p.offender.manager is None else [])
    reasons["offenderConsent"] = blockers(p, S.OFFENDER_CONSENTED, today)
    reasons["startPreparation"] = blockers(p, S.PREPARATION, today)
    reasons["preparationNote"] = closed or _at(p, (S.PREPARATION, S.INTERVENTION),
                                               "Preparation")
    reasons["intervention"] = closed or (
        [] if p.stage is S.INTERVENTION else blockers(p, S.INTERVENTION, today))
    reasons["agreeOutcome"] = blockers(p, S.OUTCOME_AGREED, today)
    item_problem = closed or _at(p, (S.OUTCOME_AGREED, S.FOLLOW_UP), "An outcome item")
    if not item_problem and not (p.agreement and any(
            i.status is ItemStatus.OPEN for i in p.agreement.items)):
        item_problem = ["Every agreed item is already tracked"]
    reasons["resolveItem"] = item_problem
    reasons["followUp"] = closed or (
        [] if p.stage is S.FOLLOW_UP else blockers(p, S.FOLLOW_UP, today))
    completed = p.closure is not None and p.closure.kind is RJClosure.COMPLETED
    if p.evaluation is not None:
        reasons["evaluation"] = ["The victim's evaluation is already recorded"]
    elif completed:
        reasons["evaluation"] = []
    else:
        reasons["evaluation"] = closed or _at(p, (S.FOLLOW_UP,), "The victim's evaluation")
    reasons["closeCompleted"] = blockers(p, RJClosure.COMPLETED, today)
    reasons["closeUnsuitable"] = blockers(p, RJClosure.UNSUITABLE, today)
    reasons["withdraw"] = blockers(p, RJClosure.WITHDRAWN, today)
    return reasons


def _esc(text) -> str:
    return html.escape(str(text), quote=False)


def _yes_no(value: bool | None) -> str:
    return "not answered" if value is None else ("yes" if value else "no")


def record_html(view: RJReferralView) -> str:
    """Everything recorded on the pathway, stage by stage, for the record pane."""
    p = view.pathway
    out = [f"<h3>Referral</h3><p>Referred on {fmt(p.referred_on)}"
           + (f" by {_esc(p.referred_by)}" if p.referred_by else "")
           + (f" · offender manager's reference {_esc(p.offender.reference)}"
              if p.offender.reference else "") + "</p>"]
    if p.assessments:
        out.append("<h3>Suitability and risk</h3>")
        for a in sorted(p.assessments, key=lambda a: a.assessed_on):
            verdict = "suitable" if a.suitable else "<b>not suitable</b>"
            out.append(f"<p>{fmt(a.assessed_on)}, by {_esc(a.assessed_by)}: {verdict}"
                       + (f" — {_esc(a.notes)}" if a.notes else "") + "</p>")
            if a.risks:
                out.append("<ul>" + "".join(
                    f"<li>{_esc(r.description)} — <i>managed by:</i> {_esc(r.management)}</li>"
                    for r in a.risks) + "</ul>")
    consents = [(party, p.consent_of(party)) for party in Party]
    if any(c for _, c in consents):
        out.append("<h3>Consents</h3><ul>")
        for party, c in consents:
            if c is None:
                continue
            scope = ", ".join(k.label for k in sorted(c.scope))
            text = (f"{words(party.value)}: {fmt(c.given_on)}, {words(c.method.value).lower()}, "
                    f"taken by {_esc(c.taken_by)}; to {_esc(scope)}")
            if c.withdrawn_on:
                text += (f" — <b>withdrawn {fmt(c.withdrawn_on)}</b>: "
                         f"{_esc(c.withdrawal_reason)}")
            out.append(f"<li>{text}</li>")
        out.append("</ul>")
    o = p.offender
    out.append("<h3>Offender side</h3><p>")
    if o.manager:
        m = o.manager
        details = ", ".join(_esc(x) for x in (m.organisation, m.phone, m.email) if x)
        out.append(f"Offender manager: {_esc(m.name)} ({_esc(m.service.label)})"
                   + (f" — {details}" if details else "") + "<br>")
    else:
        out.append("No offender manager recorded yet.<br>")
    out.append(f"Offender status: {_esc(words(o.status.value))}</p>")
    if o.contacts:
        out.append("<ul>" + "".join(f"<li>{fmt(c.on)}, {_esc(c.by)}: {_esc(c.summary)}</li>"
                                    for c in o.contacts) + "</ul>")
    if p.preparation:
        out.append("<h3>Preparation</h3><ul>" + "".join(
            f"<li>With {_esc(words(n.party.value).lower())}, {fmt(n.on)}, {_esc(n.by)}: "
            f"{_esc(n.text)}</li>" for n in p.preparation) + "</ul>")
    if p.interventions:
        out.append("<h3>Intervention</h3><ul>" + "".join(
            f"<li>{_esc(words(i.kind.label))}, {fmt(i.on)}, facilitated by {_esc(i.facilitator)}"
            + (f": {_esc(i.notes)}" if i.notes else "") + "</li>" for i in p.interventions)
            + "</ul>")
    if p.agreement:
        out.append(f"<h3>Outcome agreement ({fmt(p.agreement.agreed_on)})</h3><ul>")
        for item in p.agreement.items:
            status = {ItemStatus.OPEN: "<b>open</b>", ItemStatus.COMPLETED: "completed",
                      ItemStatus.NOT_COMPLETED: "not completed"}[item.status]
            when = f" {fmt(item.resolved_on)}" if item.resolved_on else ""
            note = f" — {_esc(item.note)}" if item.note else ""
            out.append(f"<li>{_esc(words(item.kind.value))}: {_esc(item.description)} — "
                       f"{status}{when}{note}</li>")
        out.append("</ul>")
    if p.follow_ups:
        out.append("<h3>Follow-up</h3><ul>" + "".join(
            f"<li>{fmt(f.on)}, {_esc(f.by)}: {_esc(f.notes)}</li>" for f in p.follow_ups)
            + "</ul>")
    if p.evaluation:
        e = p.evaluation
        sat = e.satisfaction.label if e.satisfaction else "not answered"
        out.append(f"<h3>The victim's evaluation ({fmt(e.on)})</h3><p>Satisfaction: {sat}; "
                   f"helped to cope and recover: {_yes_no(e.helped_cope_and_recover)}; "
                   f"would recommend: {_yes_no(e.would_recommend)}"
                   + (f"<br>{_esc(e.comments)}" if e.comments else "") + "</p>")
    if view.closure_text:
        out.append(f"<h3>Closed</h3><p>{_esc(view.closure_text)}</p>")
    return "".join(out)


class CaseRJTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = Ui_CaseRJTab()
        self.ui.setupUi(self)
        self.referrals: list[RJReferralView] = []
        self.reasons: dict[str, list[str]] = {}
        self._filling = False
        for name, step in ACTIONS.items():
            getattr(self.ui, name).clicked.connect(lambda _=False, s=step: self.open_step(s))
        self.ui.referral.currentIndexChanged.connect(lambda _: self._show())
        self.ui.facilitator.activated.connect(self._facilitator_chosen)
        self.ui.actionsBox.setMinimumWidth(300)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.context.today()
        with self.context.store.session() as session:
            self.referrals = case_rj_referrals(session, self.case_id, today)
            staff = [(s.id, s.display_name) for s in active_staff(session)]
        chosen = self.current()
        self._filling = True
        self.ui.referral.clear()
        for v in self.referrals:
            state = v.closure_text or v.stage.label
            self.ui.referral.addItem(f"Referred {fmt(v.pathway.referred_on)} — {state}", str(v.id))
        if chosen is not None:
            self.ui.referral.setCurrentIndex(max(0, self.ui.referral.findData(str(chosen.id))))
        self.ui.facilitator.clear()
        self.ui.facilitator.addItem("No facilitator yet", None)
        for staff_id, name in staff:
            self.ui.facilitator.addItem(name, str(staff_id))
        self._filling = False
        self._show()

    def current(self) -> RJReferralView | None:
        referral_id = self.ui.referral.currentData()
        return next((v for v in self.referrals if str(v.id) == referral_id), None)

    def _show(self) -> None:
        if self._filling:
            return
        ui, today = self.ui, self.context.today()
        view = self.current()
        has = view is not None
        for widget in (ui.referral, ui.referralLabel, ui.facilitator, ui.facilitatorLabel,
                       ui.status, ui.stages, ui.stagesTitle, ui.nextTitle, ui.nextSteps,
                       ui.recordTitle, ui.record):
            widget.setVisible(has)
        ui.empty.setVisible(not has)
        ui.empty.setText("This case has no restorative justice referral. If the victim is "
                         "interested in restorative justice, use “Refer for restorative "
                         "justice…”.")
        has_open = any(v.is_open for v in self.referrals)
        self.reasons = action_blockers(view, has_open, today)
        for name, reasons in self.reasons.items():
            button = getattr(ui, name)
            button.setEnabled(not reasons)
            why = " ".join(r.rstrip(".") + "." for r in reasons)
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        if view is None:
            ui.closure.setVisible(False)
            ui.blocked.setVisible(False)
            return
        p = view.pathway
        self._filling = True
        index = ui.facilitator.findData(str(view.facilitator_id)) if view.facilitator_id else 0
        ui.facilitator.setCurrentIndex(max(0, index))
        if index < 0 and view.facilitator_name:
            ui.facilitator.addItem(f"{view.facilitator_name} (no longer active)",
                                   str(view.facilitator_id))
            ui.facilitator.setCurrentIndex(ui.facilitator.count() - 1)
        self._filling = False
        if p.is_open:
            days = (today - p.entered_on).days
            ui.status.setText(f"At “{p.stage.label}” since {fmt(p.entered_on)} "
                              f"({days} day{'s' * (days != 1)})")
        else:
            ui.status.setText("Closed")
        ui.closure.setText(view.closure_text)
        ui.closure.setVisible(bool(view.closure_text))
        self._stages(p, today)
        steps = view.next_steps
        ui.nextSteps.setText(
            "<ul style='margin-left:-20px'>" + "".join(f"<li>{html.escape(s, quote=False)}</li>"
                                                      for s in steps) + "</ul>"
            if steps else "Nothing more to do on this referral.")
        moves = [s for s in PATH if p.is_open and s in TRANSITIONS[p.stage]]
        lines = []
        for move in moves:
            for reason in blockers(p, move, today):
                lines.append(f"To move on to “{move.label}”: {reason}")
        ui.blocked.setText("<br>".join(html.escape(line, quote=False) for line in lines))
        ui.blocked.setVisible(bool(lines))
        ui.record.setHtml(record_html(view))

    def _stages(self, p: RJPathway, today) -> None:
        entered = {}
        for entry in p.history:
            entered.setdefault(entry.stage, entry.entered_on)
        self.ui.stages.clear()
        for stage in PATH:
            if stage is p.stage and p.is_open:
                text = f"▶ {stage.label} — since {fmt(p.entered_on)} (now)"
            elif stage in entered:
                text = f"✓ {stage.label} — {fmt(entered[stage])}"
            else:
                text = f"   {stage.label}"
            item = QListWidgetItem(text)
            if stage is p.stage and p.is_open:
                item.setFont(self._bold)
            self.ui.stages.addItem(item)
        if not p.is_open and p.closure is not None:
            item = QListWidgetItem(f"■ Closed: {p.closure.kind.label.lower()} — "
                                   f"{fmt(p.closure.on)}")
            item.setFont(self._bold)
            self.ui.stages.addItem(item)

    # -- acting ------------------------------------------------------------------------------
    def step_dialog(self, step: str) -> RJStepDialog:
        return RJStepDialog(self.context, self.case_id, step, self.current(), self)

    def open_step(self, step: str) -> None:
        self.step_dialog(step).exec()

    def _facilitator_chosen(self, _index: int) -> None:
        view = self.current()
        if self._filling or view is None:
            return
        chosen = self.ui.facilitator.currentData()
        staff_id = uuid.UUID(chosen) if chosen else None
        if staff_id == view.facilitator_id:
            return
        try:
            with self.context.store.session(write=True) as session:
                set_rj_facilitator(session, view.id, staff_id, user=self.context.user.username,
                                   expected_version=view.row_version)
                session.commit()
        except JourneyRefused as refused:
            self.ui.blocked.setText(html.escape(" ".join(refused.reasons), quote=False))
            self.ui.blocked.setVisible(True)
            return
        self.context.changes.case_changed.emit(self.case_id)
