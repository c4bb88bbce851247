"""The Needs tab of the case view: when the next reassessment is due and why, the needs over
time (a chart and a table of scores per assessment with the change since the one before), and
the support plan the needs lead to (actions with owners, due dates and optional providers).

`refresh()` reads everything for the case in one short session (a handful of indexed queries on
one case); the case view calls it when the case changes.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from ..domain.needs import DUE, NEED_DOMAINS, OVERDUE, SCORES, change_by_domain
from ..domain.vocabulary import RISK_LEVELS
from ..store.assessments import (
    Assessment,
    AssessmentError,
    NeedsView,
    PlanAction,
    load_needs,
    mark_action_done,
    remove_action,
)
from ..store.database import StoreError
from .context import AppContext
from .generated.ui_case_needs_tab import Ui_CaseNeedsTab
from .needs_chart import SHORT_LABELS

NO_PARENT = QModelIndex()
SCORE_BACKGROUND = {0: "#e8f5e9", 1: "#fff8d6", 2: "#ffe2c4", 3: "#f9cccc"}
EASED = QColor("#1b6e35")
WORSE = QColor("#b00020")
MUTED = QColor("#5a6270")
TOTAL_ROW = len(NEED_DOMAINS)
RISK_ROW = TOTAL_ROW + 1
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def arrow(change: int) -> str:
    """▼ for a need that eased, ▲ for one that grew, with by how much; nothing if unchanged."""
    if change < 0:
        return f"▼{-change}"
    if change > 0:
        return f"▲{change}"
    return ""


def change_words(change: int) -> str:
    if change < 0:
        return f"down {-change} (eased)"
    if change > 0:
        return f"up {change} (worse)"
    return "no change"


class ScoresModel(QAbstractTableModel):
    """One column per assessment (oldest on the left), one row per need, then total and risk."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.assessments: list[Assessment] = []
        self._domains = list(NEED_DOMAINS)

    def set_assessments(self, assessments: list[Assessment]) -> None:
        self.beginResetModel()
        self.assessments = list(assessments)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() or not self.assessments else len(self._domains) + 2

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.assessments)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.assessments):
                return None
            a = self.assessments[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{a.assessed_on:%d %b %y}"
            if role == Qt.ItemDataRole.ToolTipRole:
                by = f" by {a.assessed_by_name}" if a.assessed_by_name else ""
                return (f"Assessment {section + 1} of {len(self.assessments)}: "
                        f"{a.assessed_on:%d %b %Y}{by}. Double-click to read it.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == TOTAL_ROW:
                return "Total (of 30)"
            if section == RISK_ROW:
                return "Risk level"
            return SHORT_LABELS[self._domains[section]]
        if role == Qt.ItemDataRole.ToolTipRole and section < TOTAL_ROW:
            return NEED_DOMAINS[self._domains[section]]
        if role == Qt.ItemDataRole.FontRole and section in (TOTAL_ROW, RISK_ROW):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def change(self, row: int, column: int) -> int | None:
        """The change in this cell since the assessment before (None for the first)."""
        if column == 0 or row == RISK_ROW:
            return None
        before, now = self.assessments[column - 1], self.assessments[column]
        if row == TOTAL_ROW:
            return now.total - before.total
        return change_by_domain(before.scores, now.scores).get(self._domains[row])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        a = self.assessments[column]
        if row == RISK_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return RISK_LEVELS.get(a.risk_level, a.risk_level)
            if role == Qt.ItemDataRole.ForegroundRole and a.risk_level == "high":
                return QBrush(WORSE)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        value = a.total if row == TOTAL_ROW else a.scores.get(self._domains[row])
        change = self.change(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            mark = arrow(change) if change else ""
            return f"{value} {mark}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and row != TOTAL_ROW and value is not None:
            return QBrush(QColor(SCORE_BACKGROUND[value]))
        if role == Qt.ItemDataRole.ForegroundRole and change:
            return QBrush(EASED if change < 0 else WORSE)
        if role == Qt.ItemDataRole.FontRole and row == TOTAL_ROW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, value, change)
        return None

    def _tooltip(self, row: int, column: int, value, change) -> str:
        a = self.assessments[column]
        if row == TOTAL_ROW:
            text = f"Total need on {a.assessed_on:%d %b %Y}: {a.total} of 30"
        elif value is None:
            return f"{NEED_DOMAINS[self._domains[row]]}: not scored"
        else:
            text = (f"{NEED_DOMAINS[self._domains[row]]} on {a.assessed_on:%d %b %Y}: "
                    f"{SCORES[value]} ({value})")
        if change is not None:
            before = self.assessments[column - 1]
            text += f", {change_words(change)} since {before.assessed_on:%d %b %Y}"
        note = a.score_notes.get(self._domains[row]) if row < TOTAL_ROW else None
        return text + (f"\nNotes: {note}" if note else "")


ACTION_COLUMNS = ["Need", "Action", "Owner", "Due", "Status", "Provider"]


class ActionsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.actions: list[PlanAction] = []
        self.today = date.today()

    def set_actions(self, actions: list[PlanAction], today: date) -> None:
        self.beginResetModel()
        self.actions = list(actions)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(ACTION_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ACTION_COLUMNS[section]
        return None

    def status(self, a: PlanAction) -> str:
        if a.done:
            return f"Done {a.done_at:%d %b %Y}"
        if a.overdue(self.today):
            days = (self.today - a.due).days
            return f"Overdue by {days} day{'s' if days != 1 else ''}"
        return "Open"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.actions[index.row()]
        column = ACTION_COLUMNS[index.column()]
        if role == ACTION_ID_ROLE:
            return a.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = {
                "Need": NEED_DOMAINS.get(a.domain, a.domain),
                "Action": a.action,
                "Owner": a.owner_name or "",
                "Due": f"{a.due:%a %d %b %Y}" if a.due else "",
                "Status": self.status(a),
                "Provider": a.provider_name or "",
            }[column]
            if role == Qt.ItemDataRole.DisplayRole and column == "Action":
                return value.replace("\n", " ")
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            if a.done:
                return QBrush(MUTED)
            if a.overdue(self.today) and column in ("Due", "Status"):
                return QBrush(WORSE)
        return None

    def action_at(self, row: int) -> PlanAction | None:
        return self.actions[row] if 0 <= row < len(self.actions) else None


class CaseNeedsTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.view: NeedsView | None = None
        self.dialog: QDialog | None = None  # the dialog open from this tab, if any
        self.ui = Ui_CaseNeedsTab()
        self.ui.setupUi(self)
        self.scores_model = ScoresModel(self)
        self.ui.scores.setModel(self.scores_model)
        self.ui.scores.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scores.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.ui.scores.verticalHeader().setDefaultSectionSize(20)
        # Twelve rows fit beside the chart at 1366x768 without the headers' usual padding.
        self.ui.scores.setStyleSheet("QHeaderView::section:vertical { padding: 0 6px; }")
        self.actions_model = ActionsModel(self)
        self.ui.actions.setModel(self.actions_model)
        header = self.ui.actions.horizontalHeader()
        header.setStretchLastSection(False)
        for column, name in enumerate(ACTION_COLUMNS):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if name == "Action"
                else QHeaderView.ResizeMode.ResizeToContents)
        self.ui.verticalSplit.setStretchFactor(0, 3)
        self.ui.verticalSplit.setStretchFactor(1, 2)
        self.ui.historySplit.setStretchFactor(0, 3)
        self.ui.historySplit.setStretchFactor(1, 2)

        self.ui.assess.clicked.connect(self.take_assessment)
        self.ui.scores.activated.connect(lambda index: self.view_assessment(index.column()))
        self.ui.scores.horizontalHeader().sectionDoubleClicked.connect(self.view_assessment)
        self.ui.addAction.clicked.connect(self.add_action)
        self.ui.editAction.clicked.connect(self.edit_action)
        self.ui.markDone.clicked.connect(self.toggle_done)
        self.ui.removeAction.clicked.connect(self.remove_action)
        self.ui.actions.activated.connect(lambda _: self.edit_action())
        self.ui.actions.selectionModel().selectionChanged.connect(self._selection_changed)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.actions)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_action)
        self._selection_changed()
        self._sized = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:
            self._size_panes()

    def _size_panes(self) -> None:
        """The score table as tall as its rows and about three assessments wide (it scrolls to
        older ones); the chart takes the rest of the width, the support plan the rest of the
        height."""
        table = self.ui.scores
        self._sized = True
        rows_height = (table.horizontalHeader().sizeHint().height() + table.frameWidth() * 2
                       + table.verticalHeader().defaultSectionSize() * (RISK_ROW + 1)
                       + table.horizontalScrollBar().sizeHint().height())
        history = rows_height + self.ui.historyTitle.sizeHint().height() + 12
        total = self.ui.verticalSplit.height()
        if total > history + 120:
            self.ui.verticalSplit.setSizes([history, total - history])
        width = self.ui.historySplit.width()
        column = max((table.columnWidth(c) for c in range(self.scores_model.columnCount())),
                     default=80)
        wanted = table.verticalHeader().width() + 3 * column + 24
        table_width = min(max(wanted, 320), width // 2)
        self.ui.historySplit.setSizes([width - table_width, table_width])
        QTimer.singleShot(0, self._show_latest_assessment)

    def _show_latest_assessment(self) -> None:
        bar = self.ui.scores.horizontalScrollBar()
        bar.setValue(bar.maximum())

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_action()
        with self.context.store.session() as session:
            self.view = load_needs(session, self.case_id, self.context.rulebook,
                                   self.context.today())
        view = self.view
        self._show_reassessment(view)
        self.ui.assess.setText("Re&assess needs…" if view.assessments else
                               "Take needs &assessment…")
        self.ui.assess.setEnabled(not view.closed)
        self.ui.assess.setToolTip(
            "The case is closed." if view.closed else
            "Score all ten needs with the victim; saving sets the next reassessment date")
        self.ui.chart.set_assessments(view.assessments)
        self.scores_model.set_assessments(view.assessments)
        if self.ui.scores.isHidden() == bool(view.assessments):
            self.ui.scores.setVisible(bool(view.assessments))  # an empty grid says nothing
            self._sized = False
            if self.isVisible():
                self._size_panes()
        n = len(view.assessments)
        if n:
            self.ui.historyHint.setText(
                f"{n} assessment{'s' if n != 1 else ''} · ▼ eased ▲ worse than the one before"
                " · double-click a column to read it")
            QTimer.singleShot(0, self._show_latest_assessment)
        else:
            self.ui.historyHint.setText("No assessment yet.")
        self.actions_model.set_actions(view.actions, self.context.today())
        open_actions = [a for a in view.actions if not a.done]
        overdue = [a for a in open_actions if a.overdue(self.context.today())]
        summary = f"{len(open_actions)} open, {len(view.actions) - len(open_actions)} done"
        if overdue:
            summary += f", {len(overdue)} overdue"
        self.ui.planCount.setText(summary if view.actions else "No actions yet.")
        self.ui.addAction.setEnabled(not view.closed)
        if selected is not None:
            self.select_action(selected.id)
        self._selection_changed()

    def _show_reassessment(self, view: NeedsView) -> None:
        info = view.reassessment
        label = self.ui.reassessment
        what = "Reassessment" if view.assessments else "First needs assessment"
        if info.due is None:
            text, style = info.reason, "muted"
        elif info.status == OVERDUE:
            days = -info.days
            text = (f"<b>{what} overdue by {days} day{'s' if days != 1 else ''}</b>: it was due "
                    f"{info.due:%a %d %b %Y}. Why: {info.reason}.")
            style = "warningBanner"
        elif info.status == DUE:
            when = "today" if info.days == 0 else (
                f"in {info.days} day{'s' if info.days != 1 else ''}")
            text = (f"<b>{what} due {when}</b> ({info.due:%a %d %b %Y}). Why: {info.reason}.")
            style = "warningBanner"
        else:
            what = "Next reassessment" if view.assessments else what
            text = (f"{what} due <b>{info.due:%a %d %b %Y}</b> "
                    f"(in {info.days} days). Why: {info.reason}.")
            style = ""
        label.setText(text.replace("..", "."))
        if label.property("class") != style:
            label.setProperty("class", style)
            label.style().unpolish(label)
            label.style().polish(label)

    @property
    def reassessment_status(self) -> str | None:
        return self.view.reassessment.status if self.view else None

    # -- assessments --------------------------------------------------------------------------
    def take_assessment(self) -> bool:
        from .needs_assessment_dialog import NeedsAssessmentDialog

        if self.view is None:
            self.refresh()
        view = self.view
        dialog = NeedsAssessmentDialog(
            self.context, self.case_id, self, previous=view.latest,
            risk_level=view.risk_level, referred_on=view.referred_on,
        )
        self.dialog = dialog
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if saved:
            self._changed()
        return saved

    def view_assessment(self, column: int) -> None:
        from .needs_assessment_dialog import NeedsAssessmentDialog

        if not 0 <= column < len(self.scores_model.assessments):
            return
        dialog = NeedsAssessmentDialog(
            self.context, self.case_id, self, viewing=self.scores_model.assessments[column])
        self.dialog = dialog
        dialog.exec()
        self.dialog = None

    # -- the support plan ---------------------------------------------------------------------
    def selected_action(self) -> PlanAction | None:
        index = self.ui.actions.currentIndex()
        rows = self.ui.actions.selectionModel().selectedRows()
        if not rows:
            return None
        return self.actions_model.action_at(index.row() if index.isValid() else rows[0].row())

    def select_action(self, action_id: uuid.UUID) -> None:
        for row, action in enumerate(self.actions_model.actions):
            if action.id == action_id:
                self.ui.actions.selectRow(row)
                return

    def _selection_changed(self, *_) -> None:
        action = self.selected_action()
        closed = self.view is not None and self.view.closed
        for button in (self.ui.editAction, self.ui.markDone, self.ui.removeAction):
            button.setEnabled(action is not None and not closed)
        self.ui.markDone.setText("Mark not &done" if action and action.done else "Mark &done")

    def add_action(self) -> bool:
        from .support_action_dialog import SupportActionDialog

        if self.view is None:
            self.refresh()
        view = self.view
        dialog = SupportActionDialog(
            self.context, self.case_id, self, latest=view.latest, spoc_id=view.spoc_id,
            covered={a.domain for a in view.actions if not a.done},
        )
        return self._run_action_dialog(dialog)

    def edit_action(self) -> bool:
        from .support_action_dialog import SupportActionDialog

        action = self.selected_action()
        if action is None or (self.view and self.view.closed):
            return False
        dialog = SupportActionDialog(self.context, self.case_id, self, action=action,
                                     latest=self.view.latest if self.view else None)
        return self._run_action_dialog(dialog, action.id)

    def _run_action_dialog(self, dialog, keep: uuid.UUID | None = None) -> bool:
        self.dialog = dialog
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if saved:
            self._changed()
            if keep is not None:
                self.select_action(keep)
        return saved

    def toggle_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        self._write(lambda session: mark_action_done(
            session, action.id, by=self.context.user.username, done=not action.done,
            expected_version=action.row_version))
        self.select_action(action.id)

    def remove_action(self) -> None:
        action = self.selected_action()
        if action is None or (self.view and self.view.closed):
            return
        answer = QMessageBox.question(
            self, "Remove this action?",
            f"Take “{action.action}” out of the support plan?\n\n"
            "It will no longer be listed. Mark it done instead if it was carried out.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(lambda session: remove_action(
            session, action.id, by=self.context.user.username,
            expected_version=action.row_version))

    def _write(self, change) -> None:
        try:
            with self.context.store.session(write=True) as session:
                change(session)
                session.commit()
        except (AssessmentError, StoreError) as error:
            QMessageBox.warning(self, "The support plan was not changed", str(error))
            self.refresh()
            return
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.context.changes.case_changed.emit(self.case_id)
