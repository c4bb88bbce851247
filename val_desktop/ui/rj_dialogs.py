"""The restorative justice step dialog: one form that shows the fields of the step being recorded.

Every step goes through the domain (store.rj.rj_step with a restorative_justice step function):
a refusal comes back in plain words and is shown in the dialog, which stays open; nothing is
written. Withdrawal asks for confirmation first (it closes the pathway).

Also the small helpers the voice dialogs share: combos filled from vocabularies, dates to and from
Qt, and showing a refusal's reasons.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidgetItem

from ..domain.feedback import Satisfaction
from ..domain.restorative_justice import (
    Consent,
    ConsentMethod,
    FollowUp,
    Intervention,
    InterventionKind,
    ItemStatus,
    OffenderContact,
    OffenderManager,
    OffenderService,
    OffenderStatus,
    OutcomeAgreement,
    OutcomeItem,
    OutcomeItemKind,
    Party,
    PreparationNote,
    Risk,
    RiskAssessment,
    RJPathway,
    VictimEvaluation,
    add_preparation_note,
    agree_outcome,
    close_completed,
    close_unsuitable,
    log_offender_contact,
    record_evaluation,
    record_follow_up,
    record_intervention,
    record_offender_consent,
    record_risk_assessment,
    record_victim_consent,
    resolve_outcome_item,
    set_offender_manager,
    set_offender_status,
    start_preparation,
)
from ..store.journey_common import JourneyRefused
from ..store.rj import RJReferralView, create_rj_referral, rj_step, withdraw_rj
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons
from .generated.ui_rj_step_dialog import Ui_RJStepDialog

# --- shared helpers ------------------------------------------------------------------------


def words(value: str) -> str:
    """'through_offender_manager' -> 'Through offender manager'."""
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]


def label_of(value) -> str:
    return getattr(value, "label", None) or words(str(value))


def fill(combo: QComboBox, values: Iterable, *, none: str | None = None, label=label_of) -> None:
    """Fill a combo with (label, value) pairs; `none` first (data None) when given."""
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for value in values:
        combo.addItem(label(value), value)


def enum_of(combo: QComboBox, kind):
    """The combo's chosen vocabulary value (Qt hands a StrEnum back as a plain str); None for
    "Not answered"."""
    raw = combo.currentData()
    return None if raw is None else kind(raw)


def choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fmt(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def show_problems(label, reasons: Iterable[str]) -> None:
    reasons = [r for r in reasons if r]
    if len(reasons) == 1:
        label.setText(html.escape(reasons[0], quote=False))
    else:
        label.setText("<ul style='margin:0'>" + "".join(
            f"<li>{html.escape(r, quote=False)}</li>" for r in reasons) + "</ul>")
    label.setVisible(bool(reasons))


YES_NO = ((None, "Not answered"), (True, "Yes"), (False, "No"))


def fill_yes_no(combo: QComboBox) -> None:
    combo.clear()
    for value, text in YES_NO:
        combo.addItem(text, value)


# --- the steps ---------------------------------------------------------------------------------

ALL_FIELDS = ("onDate", "party", "byWhom", "reference", "suitable", "risks", "method", "scopeBox",
              "service", "managerName", "organisation", "phone", "email", "offenderStatus", "kind",
              "items", "item", "itemResult", "satisfaction", "cope", "recommend", "notes")


@dataclass(frozen=True)
class Step:
    title: str
    explanation: str
    fields: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)
    save_text: str = "Save"


STEPS: dict[str, Step] = {
    "referral": Step(
        "Refer for restorative justice",
        "Start a restorative justice referral on this case. The offender is only ever reached "
        "through their offender manager; their reference helps both sides mean the same person.",
        ("onDate", "byWhom", "reference"), {"onDate": "&Referred on", "byWhom": "Referred &by"},
        "Refer"),
    "assess": Step(
        "Suitability and risk assessment",
        "Record each risk and how it is managed. A later assessment is a review of the earlier "
        "one. If restorative justice is not suitable, say why in the notes.",
        ("onDate", "byWhom", "suitable", "risks", "notes"),
        {"onDate": "Assessed &on", "byWhom": "Assessed &by"}),
    "victim_consent": Step(
        "The victim's consent",
        "Who took the consent, how, when, and which kinds of intervention the victim agrees to. "
        "The victim can withdraw it at any time.",
        ("onDate", "method", "byWhom", "scopeBox"),
        {"onDate": "&Given on", "byWhom": "&Taken by"}),
    "offender_consent": Step(
        "The offender's consent",
        "The offender's consent is taken through their offender manager. Record which kinds of "
        "intervention they agree to.",
        ("onDate", "method", "byWhom", "scopeBox"),
        {"onDate": "&Given on", "byWhom": "&Taken by"}),
    "manager": Step(
        "Offender manager and status",
        "The probation officer, prison or youth offending team worker through whom the offender "
        "is reached, and where the offender is in the justice system.",
        ("service", "managerName", "organisation", "phone", "email", "offenderStatus")),
    "contact": Step(
        "Contact with the offender manager",
        "A call, meeting or message with the offender manager, and what it was about.",
        ("onDate", "byWhom", "notes"), {"byWhom": "&By", "notes": "&What about"}),
    "start_preparation": Step(
        "Start preparation", "Both parties have consented: preparation with each of them starts.",
        ("onDate",), {}, "Start preparation"),
    "preparation_note": Step(
        "Preparation", "A preparation meeting or call with one party.",
        ("party", "onDate", "byWhom", "notes"), {"byWhom": "&By", "party": "&With"}),
    "intervention": Step(
        "The intervention",
        "A direct conference needs both parties' consent to meeting and a risk assessment made "
        "or reviewed in the last 90 days.",
        ("kind", "onDate", "byWhom", "notes"), {"byWhom": "&Facilitator"}),
    "agreement": Step(
        "The outcome agreement",
        "What the offender agreed to do: one line per item. Each item is then tracked to "
        "completed or not completed.",
        ("onDate", "items"), {"onDate": "&Agreed on"}),
    "resolve_item": Step(
        "Track an outcome item", "Mark an agreed item completed, or not completed with the reason.",
        ("item", "itemResult", "onDate", "notes"), {"notes": "N&ote (why not completed)"}),
    "follow_up": Step(
        "Follow-up with the victim", "How the victim is after the intervention.",
        ("onDate", "byWhom", "notes"), {"byWhom": "&By"}),
    "evaluation": Step(
        "The victim's evaluation", "The victim's own view of the restorative justice process, if "
        "they wish to give one. Leave a question as 'Not answered' if they did not answer it.",
        ("onDate", "satisfaction", "cope", "recommend", "notes"),
        {"notes": "&Comments", "cope": "Helped to &cope and recover"}),
    "close_completed": Step(
        "Close as completed", "The follow-up is done and every agreed item is tracked.",
        ("onDate",), {}, "Close as completed"),
    "close_unsuitable": Step(
        "Close as unsuitable", "Restorative justice is not suitable for this case: say why.",
        ("onDate", "notes"), {"notes": "&Reason"}, "Close as unsuitable"),
    "withdraw": Step(
        "Withdraw", "Restorative justice is voluntary: either party can withdraw at any stage. "
        "Their consent is marked withdrawn and the pathway closes.",
        ("party", "onDate", "notes"), {"party": "Withdrawn &by", "notes": "&Reason they gave"},
        "Withdraw"),
}

VICTIM_METHODS = [m for m in ConsentMethod if m is not ConsentMethod.THROUGH_OFFENDER_MANAGER]
RISK_ROWS = 4
ITEM_ROWS = 4


class RJStepDialog(QDialog):
    """Record one step of a referral's pathway (`referral` None only for "referral")."""

    def __init__(self, context: AppContext, case_id: uuid.UUID, step: str,
                 referral: RJReferralView | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.step_key = step
        self.step = STEPS[step]
        self.referral = referral
        self.pathway: RJPathway | None = referral.pathway if referral else None
        self.ui = Ui_RJStepDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{self.step.title} — restorative justice")
        self.ui.heading.setText(self.step.title)
        self.ui.explanation.setText(self.step.explanation)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.step.save_text)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.problem.setVisible(False)
        self._fill()
        for name in ALL_FIELDS:
            self.ui.form.setRowVisible(getattr(self.ui, name), name in self.step.fields)
        for name, text in self.step.labels.items():
            getattr(self.ui, f"{'scope' if name == 'scopeBox' else name}Label").setText(text)
        first = getattr(self.ui, self.step.fields[0])
        first.setFocus()
        fit_bold_buttons(self)
        self.adjustSize()
        self.resize(max(self.width(), 600), self.height())

    # -- filling -----------------------------------------------------------------------------
    def _fill(self) -> None:
        ui, today, p = self.ui, self.context.today(), self.pathway
        ui.onDate.setMaximumDate(qdate(today))
        ui.onDate.setDate(qdate(today))
        me = self.context.user.display_name
        ui.byWhom.setText(me)
        fill(ui.party, Party, label=lambda party: words(party.value))
        fill(ui.method, ConsentMethod if self.step_key == "offender_consent" else VICTIM_METHODS)
        fill(ui.service, OffenderService)
        fill(ui.offenderStatus, OffenderStatus)
        fill(ui.kind, InterventionKind, label=lambda k: words(k.label))
        fill(ui.satisfaction, Satisfaction, none="Not answered")
        fill_yes_no(ui.cope)
        fill_yes_no(ui.recommend)
        ui.itemResult.addItem("Completed", True)
        ui.itemResult.addItem("Not completed", False)
        ui.suitable.setChecked(True)
        ui.risks.setRowCount(RISK_ROWS)
        ui.items.setRowCount(ITEM_ROWS)
        for row in range(ITEM_ROWS):
            kinds = QComboBox(ui.items)
            fill(kinds, OutcomeItemKind)
            kinds.setAccessibleName(f"Kind of item {row + 1}")
            ui.items.setCellWidget(row, 0, kinds)
        ui.items.setColumnWidth(0, 150)
        ui.risks.setColumnWidth(0, 230)
        if p is None:
            return
        manager = p.offender.manager
        if self.step_key == "offender_consent":
            choose(ui.method, ConsentMethod.THROUGH_OFFENDER_MANAGER)
            if manager is not None:
                ui.byWhom.setText(manager.name)
        if self.step_key == "manager":
            choose(ui.offenderStatus, p.offender.status)
            if manager is not None:
                choose(ui.service, manager.service)
                ui.managerName.setText(manager.name)
                ui.organisation.setText(manager.organisation)
                ui.phone.setText(manager.phone)
                ui.email.setText(manager.email)
        if self.step_key in ("victim_consent", "offender_consent"):
            for box in (ui.scopeDirect, ui.scopeShuttle, ui.scopeLetter):
                box.setChecked(False)
        if self.step_key == "resolve_item" and p.agreement is not None:
            ui.item.clear()
            for index, item in enumerate(p.agreement.items):
                if item.status is ItemStatus.OPEN:
                    ui.item.addItem(f"{words(item.kind.value)}: {item.description}", index)
        if self.step_key == "preparation_note":
            done = {note.party for note in p.preparation}
            missing = [party for party in Party if party not in done]
            if missing:
                choose(ui.party, missing[0])

    # -- reading -----------------------------------------------------------------------------
    def _scope(self) -> frozenset[InterventionKind]:
        ui = self.ui
        return frozenset(kind for box, kind in (
            (ui.scopeDirect, InterventionKind.DIRECT_CONFERENCE),
            (ui.scopeShuttle, InterventionKind.INDIRECT_SHUTTLE),
            (ui.scopeLetter, InterventionKind.LETTER)) if box.isChecked())

    def _cell(self, table, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _risks(self) -> tuple[Risk, ...]:
        risks = []
        for row in range(self.ui.risks.rowCount()):
            description, management = self._cell(self.ui.risks, row, 0), self._cell(
                self.ui.risks, row, 1)
            if description or management:
                risks.append(Risk(description=description, management=management))
        return tuple(risks)

    def _items(self) -> tuple[OutcomeItem, ...]:
        items = []
        for row in range(self.ui.items.rowCount()):
            description = self._cell(self.ui.items, row, 1)
            if description:
                kind = enum_of(self.ui.items.cellWidget(row, 0), OutcomeItemKind)
                items.append(OutcomeItem(kind=kind, description=description))
        return tuple(items)

    def set_risk(self, row: int, description: str, management: str) -> None:
        self.ui.risks.setItem(row, 0, QTableWidgetItem(description))
        self.ui.risks.setItem(row, 1, QTableWidgetItem(management))

    def set_item(self, row: int, kind: OutcomeItemKind, description: str) -> None:
        choose(self.ui.items.cellWidget(row, 0), kind)
        self.ui.items.setItem(row, 1, QTableWidgetItem(description))

    def _consent(self, party: Party) -> Consent:
        ui = self.ui
        return Consent(party=party, given_on=pydate(ui.onDate.date()),
                       method=enum_of(ui.method, ConsentMethod), taken_by=ui.byWhom.text().strip(),
                       scope=self._scope())

    def _calls(self) -> list[tuple[Callable, tuple]]:
        """The domain step functions to apply, with their arguments."""
        ui, key = self.ui, self.step_key
        on = pydate(ui.onDate.date())
        by = ui.byWhom.text().strip()
        notes = ui.notes.toPlainText().strip()
        if key == "assess":
            return [(record_risk_assessment, (RiskAssessment(
                assessed_on=on, assessed_by=by, suitable=ui.suitable.isChecked(),
                risks=self._risks(), notes=notes),))]
        if key == "victim_consent":
            return [(record_victim_consent, (self._consent(Party.VICTIM),))]
        if key == "offender_consent":
            return [(record_offender_consent, (self._consent(Party.OFFENDER),))]
        if key == "manager":
            manager = OffenderManager(
                service=enum_of(ui.service, OffenderService), name=ui.managerName.text().strip(),
                organisation=ui.organisation.text().strip(), phone=ui.phone.text().strip(),
                email=ui.email.text().strip())
            calls = [(set_offender_manager, (manager,))]
            status = enum_of(ui.offenderStatus, OffenderStatus)
            if self.pathway is None or status is not self.pathway.offender.status:
                calls.append((set_offender_status, (status,)))
            return calls
        if key == "contact":
            return [(log_offender_contact, (OffenderContact(on=on, by=by, summary=notes),))]
        if key == "start_preparation":
            return [(start_preparation, (on,))]
        if key == "preparation_note":
            return [(add_preparation_note, (PreparationNote(
                party=enum_of(ui.party, Party), on=on, by=by, text=notes),))]
        if key == "intervention":
            return [(record_intervention, (Intervention(
                kind=enum_of(ui.kind, InterventionKind), on=on, facilitator=by, notes=notes),))]
        if key == "agreement":
            return [(agree_outcome, (OutcomeAgreement(agreed_on=on, items=self._items()),))]
        if key == "resolve_item":
            return [(resolve_outcome_item, (ui.item.currentData(), ui.itemResult.currentData(),
                                            on, notes))]
        if key == "follow_up":
            return [(record_follow_up, (FollowUp(on=on, by=by, notes=notes),))]
        if key == "evaluation":
            return [(record_evaluation, (VictimEvaluation(
                on=on, satisfaction=enum_of(ui.satisfaction, Satisfaction),
                helped_cope_and_recover=ui.cope.currentData(),
                would_recommend=ui.recommend.currentData(), comments=notes),))]
        if key == "close_completed":
            return [(close_completed, (on,))]
        if key == "close_unsuitable":
            return [(close_unsuitable, (on, notes))]
        raise ValueError(key)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        ui, ctx = self.ui, self.context
        user = ctx.user.username
        if self.step_key == "resolve_item" and ui.item.currentData() is None:
            show_problems(ui.problem, ["There is no open outcome item to track"])
            return False
        if self.step_key == "withdraw":
            party = enum_of(ui.party, Party)
            if not ui.notes.toPlainText().strip():
                show_problems(ui.problem, [f"A withdrawal needs the reason {party.label} gave"])
                ui.notes.setFocus()
                return False
            if not confirm(self, "Withdraw from restorative justice?",
                           f"This closes the restorative justice pathway as withdrawn by "
                           f"{party.label}. It cannot be reopened: a new referral would be "
                           "needed.", "Withdraw"):
                return False
        try:
            with ctx.store.session(write=True) as session:
                if self.step_key == "referral":
                    create_rj_referral(
                        session, self.case_id, referred_on=pydate(ui.onDate.date()), user=user,
                        referred_by=ui.byWhom.text(), reference=ui.reference.text(),
                        facilitator_id=ctx.user.id, today=ctx.today())
                elif self.step_key == "withdraw":
                    withdraw_rj(session, self.referral.id, enum_of(ui.party, Party),
                                pydate(ui.onDate.date()), ui.notes.toPlainText().strip(),
                                user=user, rulebook=ctx.rulebook,
                                expected_version=self.referral.row_version)
                else:
                    version = self.referral.row_version
                    for step, args in self._calls():
                        rj_step(session, self.referral.id, step, *args, user=user,
                                rulebook=ctx.rulebook, expected_version=version)
                        version = None
                session.commit()
        except JourneyRefused as refused:
            show_problems(ui.problem, refused.reasons)
            return False
        ctx.changes.case_changed.emit(self.case_id)
        self.accept()
        return True
