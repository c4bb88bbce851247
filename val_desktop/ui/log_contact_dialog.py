"""Logging a contact in a few keystrokes: kind, direction, outcome, when (now), summary, Enter.

What the victim's contact permissions forbid is blocked here with the reason in words (and
refused again by store.contacts.log_contact). The dialog says, before saving, which Victims'
Code obligations the contact meets, whether any is late (and then offers a late reason), and how
the case moves on.
"""

from __future__ import annotations

import html
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..domain.clock import UK, to_utc_naive, uk_date, utc_now
from ..domain.contacts import (
    LOGGABLE_KINDS,
    VOICEMAIL_CHANNEL,
    Contact,
    direction_label,
    is_late,
    kind_label,
    obligations_met_by,
    outcome_label,
    refusal,
    status_after_contact,
    summary_problem,
    time_problem,
    unsafe_kinds,
)
from ..domain.contacts import directions_for as _directions
from ..domain.contacts import outcomes_for as _outcomes
from ..domain.permissions import is_safe
from ..domain.vocabulary import CASE_STATUSES, CONTACT_CHANNELS
from ..store.contacts import ContactRefused, LoggedContact, contact_setup, log_contact
from .context import AppContext
from .generated.ui_log_contact_dialog import Ui_LogContactDialog

NOT_SAFE_SUFFIX = {"call": " — not safe to phone"}  # otherwise:
NOT_SAFE_TO_SEND = " — not safe to send"


def _status_words(status: str) -> str:
    return CASE_STATUSES.get(status, status).split(" — ")[0]


def _say(label, text: str | None) -> None:
    """A problem at its field: shown when there is one, taking no room when there is none."""
    label.setText(text or "")
    label.setVisible(bool(text))


def _restyle(widget, css_class: str) -> None:
    widget.setProperty("class", css_class)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _EnterSaves(QObject):
    """In the summary, Enter saves and Shift+Enter starts a new line."""

    def __init__(self, dialog: LogContactDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.dialog.save_button.click()
            return True
        return False


class LogContactDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None, *,
                 now: datetime | None = None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self._fixed_now = now  # UTC, naive (the store's form); tests fix it
        self.logged: LoggedContact | None = None
        self.late_reason_offered = False
        self.ui = Ui_LogContactDialog()
        self.ui.setupUi(self)
        with context.store.session() as session:
            self.setup = contact_setup(session, case_id, context.rulebook.rules)
        self.setWindowTitle(f"Log contact — {self.setup.victim_first_name} · {self.setup.ref}")
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

        self._show_permissions()
        unsafe = unsafe_kinds(self.setup.permissions)
        for kind in LOGGABLE_KINDS:
            suffix = NOT_SAFE_SUFFIX.get(kind, NOT_SAFE_TO_SEND) if kind in unsafe else ""
            self.ui.kind.addItem(kind_label(kind) + suffix, kind)
            if kind in unsafe:
                self.ui.kind.setItemData(self.ui.kind.count() - 1, unsafe[kind],
                                         Qt.ItemDataRole.ToolTipRole)
        local_now = self.now().replace(tzinfo=UTC).astimezone(UK)
        if context.today() < local_now.date():  # the app runs "as of" an earlier day (demo)
            local_now = datetime.combine(context.today(), local_now.time())
        self.ui.at.setDateTime(QDateTime(QDate(local_now.year, local_now.month, local_now.day),
                                         QTime(local_now.hour, local_now.minute)))
        self._filter = _EnterSaves(self)
        self.ui.summary.installEventFilter(self._filter)

        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        self.ui.direction.currentIndexChanged.connect(self._direction_changed)
        self.ui.outcome.currentIndexChanged.connect(lambda _: self._update())
        self.ui.at.dateTimeChanged.connect(lambda _: self._update())
        self.ui.offeredSupport.toggled.connect(lambda _: self._update())
        self.ui.update.toggled.connect(lambda _: self._update())
        self.ui.summary.textChanged.connect(lambda: _say(self.ui.summaryProblem, None))
        _say(self.ui.summaryProblem, None)
        first_safe = next((i for i, k in enumerate(LOGGABLE_KINDS) if k not in unsafe), 0)
        self.ui.kind.setCurrentIndex(first_safe)
        self._kind_changed()
        self.ui.kind.setFocus()

    def now(self) -> datetime:
        return self._fixed_now or utc_now()

    # -- what the victim allows ----------------------------------------------------------------
    def _show_permissions(self) -> None:
        perms = self.setup.permissions
        safe = [words for channel, words in CONTACT_CHANNELS.items() if is_safe(perms, channel)]
        unsafe = [
            f"{words} ({'not known' if perms.get(channel) == 'unknown' else perms.get(channel)})"
            for channel, words in CONTACT_CHANNELS.items() if not is_safe(perms, channel)
        ]
        name = self.setup.victim_first_name
        if not unsafe:
            text = f"Every way of contacting {name} is recorded as safe."
            _restyle(self.ui.permissions, "muted")
        else:
            text = (f"Safe to {', '.join(safe)}. " if safe else "No way of contact is recorded "
                    "as safe. ") + f"NOT safe: {', '.join(unsafe)}."
        self.ui.permissions.setText(text)

    # -- the fields ----------------------------------------------------------------------------
    def kind(self) -> str:
        return self.ui.kind.currentData()

    def contact(self) -> Contact:
        return Contact(
            kind=self.kind(),
            direction=self.ui.direction.currentData(),
            outcome=self.ui.outcome.currentData(),
            offered_support=self.ui.offeredSupport.isEnabled()
            and self.ui.offeredSupport.isChecked(),
            update=self.ui.update.isEnabled() and self.ui.update.isChecked(),
        )

    def at_utc(self) -> datetime:
        local = self.ui.at.dateTime().toPython().replace(second=0, microsecond=0)
        return to_utc_naive(local)  # a naive time is UK local time

    def _kind_changed(self, *_):
        kind = self.kind()
        previous = self.ui.direction.currentData()
        combo = self.ui.direction
        combo.blockSignals(True)
        combo.clear()
        for direction in _directions(kind):
            combo.addItem(direction_label(direction) if direction else "—", direction)
        index = combo.findData(previous) if previous in _directions(kind) else 0
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        self._direction_changed()

    def _direction_changed(self, *_):
        kind, direction = self.kind(), self.ui.direction.currentData()
        previous = self.ui.outcome.currentData()
        combo = self.ui.outcome
        combo.blockSignals(True)
        combo.clear()
        voicemail_safe = is_safe(self.setup.permissions, VOICEMAIL_CHANNEL)
        model: QStandardItemModel = combo.model()
        for outcome in _outcomes(kind, direction):
            label = outcome_label(outcome, direction) if outcome else "—"
            if outcome == "voicemail" and not voicemail_safe:
                label += " — not safe"
            combo.addItem(label, outcome)
            if outcome == "voicemail" and not voicemail_safe:
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(refusal(Contact("call", "outbound", "voicemail"),
                                        self.setup.permissions))
        index = combo.findData(previous)
        if index < 0 or not model.item(index).isEnabled():
            index = 0
        combo.setCurrentIndex(index)
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        contact = Contact(self.kind(), self.ui.direction.currentData(),
                          self.ui.outcome.currentData())
        self.ui.offeredSupport.setEnabled(contact.may_offer_support)
        self.ui.update.setEnabled(contact.may_update)
        contact = self.contact()
        refused = refusal(contact, self.setup.permissions)
        _say(self.ui.kindProblem, refused)
        self.save_button.setEnabled(refused is None)
        _say(self.ui.atProblem, time_problem(self.at_utc(), self.setup.referred_at, self.now()))
        self._show_effects(contact, refused)

    def _show_effects(self, contact: Contact, refused: str | None) -> None:
        if refused:
            self.ui.effects.setText("")
            self._show_late_reason(False)
            return
        on = uk_date(self.at_utc())
        met = obligations_met_by(contact, on, self.setup.open_obligations,
                                 self.context.rulebook.rules)
        lines = []
        if met:
            items = []
            for ob in met:
                late = is_late(ob, on)
                items.append(
                    f"<b>{html.escape(ob.title, quote=False)}</b> (due {ob.due:%d %b %Y})"
                    + (" — <span style='color:#b00020; font-weight:600'>LATE</span>"
                       if late else " — on time")
                )
            lines.append("Saving this meets: " + "; ".join(items) + ".")
        else:
            lines.append("Saving this meets no open Victims' Code obligation.")
        new_status = status_after_contact(self.setup.status, contact)
        if new_status != self.setup.status:
            lines.append(f"The case moves from <b>{_status_words(self.setup.status)}</b> to "
                         f"<b>{_status_words(new_status)}</b>.")
        self.ui.effects.setText("<br>".join(lines))
        self._show_late_reason(any(is_late(ob, on) for ob in met))

    def _show_late_reason(self, visible: bool) -> None:
        self.late_reason_offered = visible
        self.ui.lateReason.setVisible(visible)
        self.ui.lateReasonLabel.setVisible(visible)

    # -- saving and closing --------------------------------------------------------------------
    def accept(self) -> None:
        contact = self.contact()
        refused = refusal(contact, self.setup.permissions)
        if refused:
            _say(self.ui.kindProblem, refused)
            self.ui.kind.setFocus()
            return
        at = self.at_utc()
        problem = time_problem(at, self.setup.referred_at, self.now())
        if problem:
            _say(self.ui.atProblem, problem)
            self.ui.at.setFocus()
            return
        summary = self.ui.summary.toPlainText()
        problem = summary_problem(contact.kind, summary)
        if problem:
            _say(self.ui.summaryProblem, problem)
            self.ui.summary.setFocus()
            return
        late_reason = self.ui.lateReason.text() if self.late_reason_offered else ""
        user = self.context.user
        try:
            with self.context.store.session(write=True) as session:
                self.logged = log_contact(
                    session, self.case_id, contact, at, summary, self.context.rulebook.rules,
                    user=user.username, staff_id=user.id, late_reason=late_reason,
                    now=self.now(),
                )
                session.commit()
        except ContactRefused as refused_error:
            _say(self.ui.kindProblem, str(refused_error))
            return
        super().accept()
        self.context.changes.case_changed.emit(self.case_id)

    def has_unsaved_text(self) -> bool:
        return bool(self.ui.summary.toPlainText().strip() or self.ui.lateReason.text().strip())

    def reject(self) -> None:
        if self.has_unsaved_text():
            answer = QMessageBox.question(
                self, "Discard this contact?",
                "You have written something that is not saved. Close without logging this "
                "contact?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
