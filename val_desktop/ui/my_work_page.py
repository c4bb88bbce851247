"""My work today: the home screen of the signed-in caseworker.

New referrals awaiting a first contact (with the Code clock running), Code obligations due today
or overdue, needs assessments due, and recent activity on their cases. The lists are read in the
background (store/workload.py) and shown when they arrive; Enter or a double click opens a case.
The page also owns the reminders (reminders.py): one at start-up, then one whenever something of
the caseworker's becomes due, looked for every few minutes.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView, QWidget

from ..store.workload import ActivityItem, MyWork, WorkItem, in_uk, my_work, now_for
from .context import AppContext
from .generated.ui_my_work_page import Ui_MyWorkPage
from .reminders import REMINDER_INTERVAL_MS, Notice, Reminders
from .workers import run_in_background
from .workload_models import CASE_ID_ROLE, Column, RowsModel, while_alive

CHANGE_DELAY_MS = 300  # changes come in bursts (an import): look again once they settle


def _short_moment(moment) -> str:
    """A moment of the last few days in UK time, "Thu 16:05" (the tooltip gives the date)."""
    return in_uk(moment).strftime("%a %H:%M")


def _overdue(row) -> bool:
    return row.overdue


def _due_today(row) -> bool:
    return row.due_now and not row.overdue


def _deadline_tip(item: WorkItem) -> str:
    tip = f"Deadline: end of {item.due:%A %d %B %Y}"
    if item.referred_at:
        tip += f"\nReferred {in_uk(item.referred_at):%A %d %B %Y at %H:%M}"
    return tip + ("\nEnhanced rights: shorter deadlines" if item.enhanced else "")


def _clock(header: str, tooltip: str) -> Column:
    return Column(header, lambda i: i.clock.text, sort=lambda i: i.due, alert=_overdue,
                  strong=_due_today, tooltip=tooltip, row_tooltip=_deadline_tip)


CASE = Column("Case", lambda i: i.ref, max_width=140)
VICTIM = Column("Victim", lambda i: i.victim_name, max_width=150)

FIRST_CONTACT_COLUMNS = [
    _clock("First contact", "The Code clock for the first contact attempt"),
    CASE, VICTIM,
    Column("Offence", lambda i: ("Enhanced · " if i.enhanced else "") + i.detail),
]
OBLIGATION_COLUMNS = [
    _clock("Due", "How long is left before the deadline, or how late it is"),
    CASE, VICTIM,
    Column("What is owed", lambda i: i.what,
           row_tooltip=lambda i: f"{i.detail}\nDeadline: end of {i.due:%A %d %B %Y}"),
]
REASSESSMENT_COLUMNS = [
    _clock("Due", "Needs are reassessed on a schedule (risk and enhanced rights shorten it) "
                  "and after events such as a charge or a verdict"),
    CASE, VICTIM,
    Column("Assessment", lambda i: i.what + (" · high risk" if i.detail.startswith("High") else ""),
           row_tooltip=lambda i: f"Needs {i.what.lower()}: {i.detail}\n"
                                 f"Due {i.due:%A %d %B %Y}"),
]


def _activity_columns(me: str) -> list[Column]:
    def what(item: ActivityItem) -> str:
        return item.what if not item.by or item.by == me else f"{item.what} — {item.by}"

    return [
        Column("When", lambda i: _short_moment(i.at), sort=lambda i: i.at,
               row_tooltip=lambda i: f"{in_uk(i.at):%A %d %B %Y at %H:%M}"),
        CASE, VICTIM,
        Column("What", what, row_tooltip=lambda i: f"{i.what}\nRecorded by {i.by or 'unknown'}"),
    ]


class MyWorkPage(QWidget):
    caseRequested = Signal(object)  # noqa: N815 - a case id to open
    navCountChanged = Signal()  # noqa: N815 - the number for the navigation has changed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MyWorkPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.work: MyWork | None = None
        self.loading = False
        self.error: str | None = None
        self.reminders: Reminders | None = None
        self._generation = 0
        self._last_overdue: uuid.UUID | None = None
        self.sections = {
            "first_contacts": (ui.newReferralsTable, ui.newReferralsStack, ui.newReferralsLabel,
                               "&New referrals awaiting first contact", FIRST_CONTACT_COLUMNS),
            "obligations": (ui.obligationsTable, ui.obligationsStack, ui.obligationsLabel,
                            "Code &obligations due today and overdue", OBLIGATION_COLUMNS),
            "reassessments": (ui.reassessmentsTable, ui.reassessmentsStack,
                              ui.reassessmentsLabel, "Needs &assessments due",
                              REASSESSMENT_COLUMNS),
            "activity": (ui.activityTable, ui.activityStack, ui.activityLabel,
                         "Recent acti&vity on my cases",
                         _activity_columns(context.user.display_name)),
        }
        self.models: dict[str, RowsModel] = {}
        for key, (table, _stack, _label, _title, columns) in self.sections.items():
            model = RowsModel(columns, self)
            self.models[key] = model
            table.setModel(model)
            table.activated.connect(self._open)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setHighlightSections(False)
        ui.reminderBar.hide()
        ui.dismissReminder.clicked.connect(ui.reminderBar.hide)
        ui.refreshButton.clicked.connect(lambda: self.refresh())
        ui.asOf.setText(context.user.display_name)
        self._reminder_timer = QTimer(self)
        self._reminder_timer.timeout.connect(lambda: self.check_reminders())
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(lambda: self.refresh())
        later = while_alive(self, self._change_timer.start)  # the context may outlive the page
        context.changes.case_changed.connect(lambda _: later())
        context.changes.cases_changed.connect(later)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, today: date | None = None) -> None:
        """Look again in the background; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.loadingText.setText("Looking for work due…")
        day = today or self.context.today()
        store, user, rulebook = self.context.store, self.context.user, self.context.rulebook

        def query() -> MyWork:
            with store.session() as session:
                return my_work(session, user.id, rulebook, day, now_for(day))

        run_in_background(
            query, on_done=while_alive(self, lambda work: self._show(generation, work)),
            on_error=while_alive(self, lambda message, _t: self._failed(generation, message)))

    def check_reminders(self, today: date | None = None) -> None:
        """Look for newly due work now (the timer calls this every few minutes)."""
        self.refresh(today)

    def _show(self, generation: int, work: MyWork) -> None:
        if generation != self._generation:
            return
        self.work = work
        self.error = None
        lists = {"first_contacts": work.first_contacts, "obligations": work.obligations,
                 "reassessments": work.reassessments, "activity": work.activity}
        for key, rows in lists.items():
            table, stack, label, title, _columns = self.sections[key]
            self.models[key].set_rows(rows)
            label.setText(f"{title} ({len(rows)})")
            stack.setCurrentIndex(0 if rows else 1)
            if rows:  # the clocks' words change length ("due today" .. "3 working days overdue")
                self.models[key].fit(table)
        self.ui.asOf.setText(f"{self.context.user.display_name} · {work.as_of:%A %d %B %Y}")
        self.ui.summary.setText(_summary(work))
        self.ui.loadingText.setText("")
        self.loading = False
        if self.reminders is not None:
            self.reminders.consider(work.due_items())
        self.navCountChanged.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.error = message
        self.ui.loadingText.setText("")
        self.ui.summary.setText(f"Your work could not be read: {message}")

    # -- what the main window asks --------------------------------------------------------------
    def nav_count(self) -> int | None:
        """My items due today or overdue (None until the first look has finished)."""
        return None if self.work is None else self.work.due_count

    def next_overdue_case(self) -> uuid.UUID | None:
        """F8: the next case of mine with something overdue, in list order, cycling."""
        work = self.work
        if work is None:  # asked before the first look has landed: look now
            today = self.context.today()
            with self.context.store.session() as session:
                work = my_work(session, self.context.user.id, self.context.rulebook, today,
                               now_for(today), activity=False)
        ids = work.overdue_case_ids()
        if not ids:
            self._last_overdue = None
            return None
        if self._last_overdue in ids:
            case_id = ids[(ids.index(self._last_overdue) + 1) % len(ids)]
        else:
            case_id = ids[0]
        self._last_overdue = case_id
        self._select(case_id)
        return case_id

    def start_reminders(self, interval_ms: int = REMINDER_INTERVAL_MS) -> None:
        """A reminder of what is due now, then one whenever something newly falls due."""
        if self.reminders is None:
            self.reminders = Reminders(self)
            self.reminders.notified.connect(self._notice)
            self.reminders.caseRequested.connect(self.caseRequested)
            self.reminders.myWorkRequested.connect(self._bring_forward)
        self._reminder_timer.start(interval_ms)
        if self.work is not None and not self.reminders.started:
            self.reminders.consider(self.work.due_items())
        # Otherwise the start-up reminder goes out when the first look lands.

    # -- the rest ------------------------------------------------------------------------------
    def _notice(self, notice: Notice) -> None:
        """Every reminder goes on the status bar; one about newly due work also stays on the
        page as a notice until dismissed (the summary line already says what is due at
        start-up)."""
        text = notice.text.replace("\n", "; ")
        if not notice.startup:
            self.ui.reminderText.setText(f"{notice.title}: {text}")
            self.ui.reminderBar.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"{notice.title}: {text}", 20000)

    def _bring_forward(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("my_work")
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _open(self, index) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.caseRequested.emit(case_id)

    def _select(self, case_id: uuid.UUID) -> None:
        """Show where a case is in the lists (the first row that names it)."""
        for key in ("first_contacts", "obligations", "reassessments"):
            table: QTableView = self.sections[key][0]
            model = self.models[key]
            for row in range(model.rowCount()):
                if model.row(row).case_id == case_id:
                    table.selectRow(row)
                    table.scrollTo(model.index(row, 0))
                    return


def _summary(work: MyWork) -> str:
    due = work.due_items()
    overdue = sum(1 for i in due if i.overdue)
    today = len(due) - overdue
    soon = sum(1 for i in work.reassessments if not i.due_now)
    if not due:
        text = "Nothing of yours is due today or overdue."
    else:
        parts = []
        if overdue:
            parts.append(f'<span style="color:#b00020; font-weight:600">{overdue} overdue</span>')
        if today:
            parts.append(f"<b>{today} due today</b>")
        text = " · ".join(parts)
        if overdue:
            text += " · F8 opens the next overdue case"
    if soon:
        text += f" · {soon} assessment{'s' if soon != 1 else ''} due in the next few days"
    return text
