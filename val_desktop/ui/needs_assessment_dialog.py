"""Taking a needs assessment: all ten domains scored 0 none … 3 severe, with notes, the risk
level and overall notes. Saving records it (store.assessments.record_assessment), which also
sets the next reassessment date. Closing with unsaved changes asks first.

The same dialog, read-only, shows a past assessment with its notes.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)

from ..domain.clock import UK, to_utc_naive
from ..domain.needs import NEED_DOMAINS, SCORES, validate_scores
from ..domain.vocabulary import RISK_LEVELS
from ..store.assessments import Assessment, AssessmentError, record_assessment
from ..store.database import StoreError
from .context import AppContext
from .generated.ui_needs_assessment_dialog import Ui_NeedsAssessmentDialog


def confirm_discard(parent, question: str) -> bool:
    """Ask before throwing away what someone typed; True means discard."""
    answer = QMessageBox.question(
        parent, "Discard changes?", question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def _set_class(widget, name: str) -> None:
    widget.setProperty("class", name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fit_default_button(button) -> None:
    """The style sheet makes the default button bold; give it the width its bold text needs."""
    font = button.font()
    font.setBold(True)
    needed = QFontMetrics(font).horizontalAdvance(button.text().replace("&", "")) + 32
    button.setMinimumWidth(max(button.sizeHint().width(), needed))


def find_data(box, value) -> int:
    """The index of the item holding `value` (QComboBox.findData does not match Python objects
    such as UUIDs), or -1."""
    for index in range(box.count()):
        if value is not None and box.itemData(index) == value:
            return index
    return -1


def _widget_name(domain: str) -> str:
    head, *rest = domain.split("_")
    return head + "".join(part.title() for part in rest)


def assessment_moment(day: date) -> datetime:
    """What the store keeps for an assessment made on `day`: that UK day at the current time."""
    now = datetime.now(UK).time().replace(microsecond=0)
    return to_utc_naive(datetime.combine(day, now))


class NeedsAssessmentDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        case_id: uuid.UUID | None,
        parent=None,
        *,
        previous: Assessment | None = None,
        risk_level: str = "standard",
        referred_on: date | None = None,
        viewing: Assessment | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.viewing = viewing
        self.saved_id: uuid.UUID | None = None
        self.ui = Ui_NeedsAssessmentDialog()
        self.ui.setupUi(self)
        self.score_boxes: dict[str, QComboBox] = {}
        self.note_edits: dict[str, QLineEdit] = {}
        for domain in NEED_DOMAINS:
            name = _widget_name(domain)
            box: QComboBox = getattr(self.ui, f"{name}Score")
            box.addItem("Choose…", None)
            for score, label in SCORES.items():
                box.addItem(f"{score}  {label}", score)
            self.score_boxes[domain] = box
            self.note_edits[domain] = getattr(self.ui, f"{name}Notes")
            last = getattr(self.ui, f"{name}Last")
            if previous is not None and domain in previous.scores:
                value = previous.scores[domain]
                last.setText(f"{value}  {SCORES[value]}")
                note = previous.score_notes.get(domain)
                if note:
                    last.setToolTip(f"Notes last time: {note}")
            else:
                last.setText("—")
        for code, label in RISK_LEVELS.items():
            self.ui.riskLevel.addItem(label, code)
        today = context.today()
        self.ui.assessedOn.setMaximumDate(QDate(today))
        if referred_on is not None:
            self.ui.assessedOn.setMinimumDate(QDate(referred_on))
        self.ui.assessedOn.setDate(QDate(today))
        self._set_risk(previous.risk_level if previous else risk_level)
        if previous is not None:
            self.ui.lastHeading.setText(f"Last time ({previous.assessed_on:%d %b})")
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save assessment")
        fit_default_button(save)
        save.setToolTip("Save the assessment (Ctrl+S)")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self.ui.riskHint.setText(
            f"High risk is reassessed within {context.rulebook.schedule.high_risk_days} days.")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.problem.hide()
        if viewing is not None:
            self._show_read_only(viewing)
        self.dirty = False
        for box in self.score_boxes.values():
            box.currentIndexChanged.connect(self._changed)
        for edit in self.note_edits.values():
            edit.textEdited.connect(self._changed)
        self.ui.riskLevel.currentIndexChanged.connect(self._changed)
        self.ui.assessedOn.dateChanged.connect(self._changed)
        self.ui.notes.textChanged.connect(self._changed)
        self.score_boxes["safety"].setFocus()

    # -- filling ------------------------------------------------------------------------------
    def _set_risk(self, code: str) -> None:
        index = find_data(self.ui.riskLevel, code)
        self.ui.riskLevel.setCurrentIndex(max(index, 0))

    def set_score(self, domain: str, score: int | None) -> None:
        box = self.score_boxes[domain]
        box.setCurrentIndex(find_data(box, score) if score is not None else 0)

    def _show_read_only(self, a: Assessment) -> None:
        by = f" by {a.assessed_by_name}" if a.assessed_by_name else ""
        self.setWindowTitle(f"Needs assessment of {a.assessed_on:%d %b %Y}{by}")
        self.ui.intro.setText(
            f"Recorded{by} on {a.assessed_on:%A %d %B %Y}. Scores: 0 none, 1 low, 2 medium, "
            "3 severe. This is a past assessment: to record a new one, use Take needs assessment."
        )
        # Scores as plain, full-contrast text (a disabled combo box is hard to read).
        self.ui.scoreHeading.hide()
        self.ui.lastHeading.setText("Score")
        for domain, box in self.score_boxes.items():
            self.set_score(domain, a.scores.get(domain))
            box.hide()
            shown = getattr(self.ui, f"{_widget_name(domain)}Last")
            value = a.scores.get(domain)
            shown.setText(f"{value}  {SCORES[value]}" if value is not None else "not scored")
            _set_class(shown, "")
            edit = self.note_edits[domain]
            edit.setText(a.score_notes.get(domain, ""))
            edit.setReadOnly(True)
            edit.setCursorPosition(0)
        self._set_risk(a.risk_level)
        self.ui.riskLevel.hide()
        self.ui.riskLabel.setBuddy(None)
        self.ui.riskHint.setText(RISK_LEVELS.get(a.risk_level, a.risk_level))
        _set_class(self.ui.riskHint, "")
        self.ui.assessedOn.setMinimumDate(QDate(a.assessed_on))
        self.ui.assessedOn.setDate(QDate(a.assessed_on))
        self.ui.assessedOn.setReadOnly(True)
        self.ui.notes.setPlainText(a.notes or "")
        self.ui.notes.setReadOnly(True)
        self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # -- what was entered ---------------------------------------------------------------------
    def scores(self) -> dict[str, int]:
        return {d: box.currentData() for d, box in self.score_boxes.items()
                if box.currentData() is not None}

    def _changed(self, *_) -> None:
        if self.viewing is None:
            self.dirty = True

    def save(self) -> None:
        if self.viewing is not None:
            self.accept()
            return
        scores = self.scores()
        problems = validate_scores(scores)
        if problems:
            unscored = [d for d in NEED_DOMAINS if d not in scores]
            self._problem("Score every need before saving (0 if there is no need). "
                          + " ".join(p[:1].upper() + p[1:] + "." for p in problems))
            if unscored:
                self.score_boxes[unscored[0]].setFocus()
            return
        day = self.ui.assessedOn.date().toPython()
        try:
            with self.context.store.session(write=True) as session:
                assessment = record_assessment(
                    session, self.case_id, scores,
                    risk_level=self.ui.riskLevel.currentData(),
                    by=self.context.user.username,
                    rulebook=self.context.rulebook,
                    assessed_at=assessment_moment(day),
                    notes=self.ui.notes.toPlainText(),
                    score_notes={d: e.text() for d, e in self.note_edits.items()},
                )
                session.commit()
                self.saved_id = assessment.id
        except (AssessmentError, StoreError) as error:
            self._problem(str(error))
            return
        self.dirty = False
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter in a score or a notes box goes on to the next box: it must not save the whole
        assessment half-way through. Ctrl+S or the Save button saves."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.viewing is None and isinstance(self.focusWidget(),
                                                         (QLineEdit, QComboBox, QDateEdit)):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(
            self, "This assessment has not been saved. Close it and lose what you entered?"
        ):
            return
        super().reject()
