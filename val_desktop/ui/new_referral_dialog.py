"""A new referral typed in: a self-referral, a partner agency's, or a police referral keyed by
hand. Every field of the referral file, checked by the file's own rules
(intake.manual_referral), each problem shown under the field at fault. Saving creates the case
the way an import does, with the caseworker of the lowest caseload as SPOC.

After ``exec()``, ``created_case_id`` is the new case's id (None if nothing was saved).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
)

from ..domain.vocabulary import (
    DISABILITY_ANSWERS,
    GENDERS,
    OFFENCE_CATEGORIES,
    REFERRAL_SOURCES,
)
from ..intake.manual_referral import (
    FIELD_LABELS,
    build_referral,
    enhanced_preview,
    iso_date_time_text,
)
from ..intake.referral_file import COLUMNS
from ..store.referral_entry import DuplicateReferral, save_manual_referral
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons, repolish
from .generated.ui_new_referral_dialog import Ui_NewReferralDialog

DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
NOT_RECORDED = ("", "Not recorded")
YES_NO = [NOT_RECORDED, ("yes", "Yes"), ("no", "No")]
PERMISSION = [("unknown", "Unknown (counts as no)"), ("yes", "Yes"), ("no", "No")]
YES_NO_COLUMNS = ("reported_to_police", "consent_to_contact", "vulnerable", "intimidated",
                  "persistently_targeted", "interpreter_needed")
PERMISSION_COLUMNS = ("safe_to_call", "safe_to_leave_voicemail", "safe_to_text",
                      "safe_to_write", "safe_to_email")
SOURCE_ORDER = ("self", "partner", "police")


def widget_name(column: str) -> str:
    first, *rest = column.split("_")
    return first + "".join(part.capitalize() for part in rest)


class NewReferralDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.created_case_id: uuid.UUID | None = None
        self.created_ref: str | None = None
        self.ui = Ui_NewReferralDialog()
        self.ui.setupUi(self)
        repolish(self.ui.formArea)
        self.fields = {column: getattr(self.ui, widget_name(column)) for column in COLUMNS}
        self.errors = {column: getattr(self.ui, widget_name(column) + "Error")
                       for column in COLUMNS}
        self._fill_choices()
        self.ui.referredAt.setDisplayFormat(DATE_TIME_FORMAT)
        self.ui.referredAt.setDateTime(QDateTime.currentDateTime())
        for column, widget in self.fields.items():
            _changed_signal(widget).connect(lambda *_, c=column: self._edited(c))
        self.ui.referralSource.currentIndexChanged.connect(lambda _: self._source_changed())
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save and open the case")
        fit_bold_buttons(self)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)  # Ctrl+S
        self._clear_errors()
        self._source_changed()
        self._update_preview()
        self._initial = self.values()
        self.ui.referralSource.setFocus()

    # -- the form ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        for code in SOURCE_ORDER:
            ui.referralSource.addItem(REFERRAL_SOURCES[code], code)
        _add_items(ui.offenceCategory, [("", "Choose the offence…")]
                   + sorted(OFFENCE_CATEGORIES.items(), key=lambda kv: kv[1]))
        _add_items(ui.gender, [NOT_RECORDED, *GENDERS.items()])
        _add_items(ui.disability, [NOT_RECORDED, *DISABILITY_ANSWERS.items()])
        for column in YES_NO_COLUMNS:
            _add_items(self.fields[column], YES_NO)
        for column in PERMISSION_COLUMNS:
            _add_items(self.fields[column], PERMISSION)

    def values(self) -> dict[str, str]:
        """The text of every field, keyed by referral-file column."""
        values = {}
        for column, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                values[column] = widget.currentData() or ""
            elif isinstance(widget, QDateTimeEdit):
                values[column] = widget.dateTime().toString(DATE_TIME_FORMAT)
            elif isinstance(widget, QPlainTextEdit):
                values[column] = widget.toPlainText()
            else:
                values[column] = widget.text()
        return values

    def set_value(self, column: str, value: str) -> None:
        """Fill a field as a person would (tests, and a future "copy from case")."""
        widget = self.fields[column]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:
                raise ValueError(f"{value!r} is not a choice of {column}")
            widget.setCurrentIndex(index)
        elif isinstance(widget, QDateTimeEdit):
            moment = QDateTime.fromString(value, DATE_TIME_FORMAT)
            if not moment.isValid():
                moment = QDateTime.fromString(iso_date_time_text(value), "yyyy-MM-ddTHH:mm")
            widget.setDateTime(moment)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def _source_changed(self) -> None:
        police = self.ui.referralSource.currentData() == "police"
        self.ui.sourceIdLabel.setText("Referral &ID *" if police else "Referral &ID")
        self.ui.crimeReferenceLabel.setText("C&rime reference *" if police else
                                            "C&rime reference")
        self.ui.sourceId.setPlaceholderText(
            "The police system's referral ID" if police
            else "Made for you if left empty")

    def _edited(self, column: str) -> None:
        label = self.errors[column]
        if label.isVisible() or label.text():
            label.clear()
            label.hide()
        self._update_preview()

    def _update_preview(self) -> None:
        referred_on = self.ui.referredAt.date().toPython()
        reasons = enhanced_preview(self.values(), referred_on)
        if reasons:
            self.ui.enhancedPreview.setText(
                "<b>Enhanced rights</b> (shorter Code deadlines): "
                + "; ".join(r.text for r in reasons))
        else:
            self.ui.enhancedPreview.setText(
                "Standard service so far: nothing recorded gives enhanced rights.")

    # -- problems ---------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.ui.problem.clear()

    def show_problems(self, problems: dict[str, str]) -> None:
        self._clear_errors()
        for column, message in problems.items():
            self.errors[column].setText(message)
            self.errors[column].show()
        names = [FIELD_LABELS[c] for c in COLUMNS if c in problems]
        self.ui.problem.setText(
            f"Nothing saved yet: put right {'this field' if len(names) == 1 else 'these fields'}"
            f" first: {', '.join(names)}.")
        first = next(c for c in COLUMNS if c in problems)
        self.ui.scroll.ensureWidgetVisible(self.errors[first])
        self.fields[first].setFocus()

    def problem_for(self, column: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.errors[column]
        return label.text() if not label.isHidden() else ""

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        result = build_referral(self.values(), now=datetime.now(UTC))
        if not result.ok:
            self.show_problems(result.problems)
            return
        try:
            with self.context.store.session(write=True) as session:
                case = save_manual_referral(session, result.record, self.context.rulebook,
                                            user=self.context.user.username)
                case_id, ref = case.id, case.ref
                session.commit()
        except DuplicateReferral as error:
            self.show_problems({"source_id": str(error)})
            return
        self.created_case_id, self.created_ref = case_id, ref
        super().accept()

    def has_changes(self) -> bool:
        return self.values() != self._initial

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self, "Discard this referral?",
            "You have typed in a referral that is not saved. Close and lose it?",
            "Close and lose it",
        ):
            return
        super().reject()


def _add_items(combo: QComboBox, items) -> None:
    for code, label in items:
        combo.addItem(label, code)


def _changed_signal(widget):
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QPlainTextEdit | QLineEdit):
        return widget.textChanged
    raise TypeError(f"no change signal for {type(widget).__name__}")
