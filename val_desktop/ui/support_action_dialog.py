"""Adding or changing one support plan action: which need it meets, what will be done, who owns
it, when it is due and, optionally, the service from the directory that will help."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain.needs import NEED_DOMAINS, SCORES
from ..store.assessments import (
    Assessment,
    AssessmentError,
    PlanAction,
    add_action,
    mark_action_done,
    owner_choices,
    provider_choices,
    update_action,
)
from ..store.database import StoreError
from .context import AppContext
from .generated.ui_support_action_dialog import Ui_SupportActionDialog
from .needs_assessment_dialog import confirm_discard, find_data, fit_default_button

DEFAULT_DAYS = 14


def default_domain(latest: Assessment | None, covered: set[str]) -> str:
    """The need to suggest for a new action: the most severe one without an open action."""
    if latest is None:
        return next(iter(NEED_DOMAINS))
    order = list(NEED_DOMAINS)
    ranked = sorted(order, key=lambda d: (d in covered, -latest.scores.get(d, 0), order.index(d)))
    return ranked[0]


class SupportActionDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        case_id: uuid.UUID,
        parent=None,
        *,
        action: PlanAction | None = None,
        latest: Assessment | None = None,
        spoc_id: uuid.UUID | None = None,
        covered: set[str] | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.editing = action
        self.latest = latest
        self.ui = Ui_SupportActionDialog()
        self.ui.setupUi(self)
        self.ui.problem.hide()
        with context.store.session() as session:
            owners = owner_choices(session)
            self._providers = {d: provider_choices(session, d) for d in NEED_DOMAINS}
        for code, label in NEED_DOMAINS.items():
            self.ui.domain.addItem(label, code)
        for choice in owners:
            self.ui.owner.addItem(choice.label, choice.id)
        today = context.today()
        if action is None:
            self.setWindowTitle("New support plan action")
            domain = default_domain(latest, covered or set())
            owner = spoc_id if find_data(self.ui.owner, spoc_id) >= 0 else context.user.id
            due = today + timedelta(days=DEFAULT_DAYS)
            self.ui.due.setMinimumDate(QDate(today))
            self.ui.done.hide()
            provider_id = None
        else:
            self.setWindowTitle("Change support plan action")
            domain, owner, due, provider_id = (
                action.domain, action.owner_id, action.due or today, action.provider_id)
            self.ui.action.setPlainText(action.action)
            self.ui.done.setChecked(action.done)
            if owner is not None and find_data(self.ui.owner, owner) < 0:
                self.ui.owner.addItem(f"{action.owner_name or 'Unknown'} (no longer active)", owner)
        self.ui.domain.setCurrentIndex(find_data(self.ui.domain, domain))
        self.ui.owner.setCurrentIndex(max(find_data(self.ui.owner, owner), 0))
        self.ui.due.setDate(QDate(due))
        self._fill_providers(domain, provider_id,
                             action.provider_name if action is not None else None)
        self._show_domain_score()
        self._show_due_hint()
        self.ui.domain.currentIndexChanged.connect(self._domain_changed)
        self.ui.due.dateChanged.connect(self._show_due_hint)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save action")
        fit_default_button(save)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.dirty = False
        for signal in (self.ui.domain.currentIndexChanged, self.ui.owner.currentIndexChanged,
                       self.ui.due.dateChanged, self.ui.provider.currentIndexChanged,
                       self.ui.action.textChanged, self.ui.done.toggled):
            signal.connect(self._changed)
        (self.ui.action if action is None else self.ui.domain).setFocus()

    def _changed(self, *_) -> None:
        self.dirty = True

    def _fill_providers(self, domain: str, keep: uuid.UUID | None, keep_name: str | None) -> None:
        box = self.ui.provider
        box.blockSignals(True)
        box.clear()
        box.addItem("None: VAL does this", None)
        choices = self._providers[domain]
        suggested = [c for c in choices if c.suggested]
        if suggested:
            box.insertSeparator(box.count())
        for choice in suggested:
            box.addItem(f"{choice.label} — suggested for this need", choice.id)
        if suggested and len(suggested) < len(choices):
            box.insertSeparator(box.count())
        for choice in choices:
            if not choice.suggested:
                box.addItem(choice.label, choice.id)
        if keep is not None and find_data(box, keep) < 0:
            box.addItem(f"{keep_name or 'Unknown service'} (no longer in the directory)", keep)
        box.setCurrentIndex(max(find_data(box, keep), 0) if keep is not None else 0)
        box.blockSignals(False)

    def _domain_changed(self, *_) -> None:
        self._fill_providers(self.ui.domain.currentData(), self.ui.provider.currentData(), None)
        self._show_domain_score()

    def _show_domain_score(self) -> None:
        domain = self.ui.domain.currentData()
        if self.latest is None or domain not in self.latest.scores:
            self.ui.domainScore.setText("not assessed yet")
            return
        score = self.latest.scores[domain]
        self.ui.domainScore.setText(f"latest score: {score} {SCORES[score].lower()}")

    def _show_due_hint(self, *_) -> None:
        days = (self.ui.due.date().toPython() - self.context.today()).days
        if days == 0:
            text = "today"
        elif days > 0:
            text = f"in {days} day{'s' if days != 1 else ''}"
        else:
            text = f"{-days} day{'s' if days != -1 else ''} ago"
        self.ui.dueHint.setText(text)

    def values(self) -> dict:
        return {
            "domain": self.ui.domain.currentData(),
            "action": self.ui.action.toPlainText(),
            "owner_id": self.ui.owner.currentData(),
            "due": self.ui.due.date().toPython(),
            "provider_id": self.ui.provider.currentData(),
        }

    def save(self) -> None:
        values = self.values()
        if not values["action"].strip():
            self._problem("Describe the action: what will be done for the victim.")
            self.ui.action.setFocus()
            return
        try:
            with self.context.store.session(write=True) as session:
                by = self.context.user.username
                if self.editing is None:
                    add_action(session, self.case_id, by=by, **values)
                else:
                    row = update_action(session, self.editing.id, by=by,
                                        expected_version=self.editing.row_version, **values)
                    if self.ui.done.isChecked() != self.editing.done:
                        mark_action_done(session, row.id, by=by, done=self.ui.done.isChecked())
                session.commit()
        except (AssessmentError, StoreError) as error:
            self._problem(str(error))
            return
        self.dirty = False
        self.accept()

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(
            self, "This action has not been saved. Close it and lose your changes?"
        ):
            return
        super().reject()

