"""Reminders of the signed-in caseworker's work: one at start-up of what is due and overdue, and
one whenever something of theirs becomes due while the app runs.

My work today feeds `consider()` with the items due today or overdue each time it has looked
(at start-up, on a timer, after changes); only items not announced before are announced. The
reminder goes to the system tray when there is one; every reminder is also given to the page
(`notified`), which shows it as a non-modal notice and on the status bar — so an office without a
tray (or a test offscreen) still sees it, and nothing crashes for want of a tray.

Notifications name the case reference and what is owed, never the victim: a tray message can show
on a locked screen or linger in the system's notification history.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from ..store.workload import WorkItem

REMINDER_INTERVAL_MS = 5 * 60 * 1000  # look for newly due work every five minutes
TRAY_MESSAGE_MS = 15000
LISTED = 3  # items named in one reminder; the rest are counted


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    case_id: uuid.UUID | None = None  # the one case it is about, if there is just one
    startup: bool = False


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def make_tray(parent: QObject) -> QSystemTrayIcon:
    app = QApplication.instance()
    icon = app.windowIcon() if app is not None else QIcon()
    if icon.isNull() and app is not None:
        icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(icon, parent)
    tray.setToolTip("VAL Desktop")
    tray.show()
    return tray


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def startup_notice(due: Sequence[WorkItem]) -> Notice:
    overdue = sum(1 for item in due if item.overdue)
    today = len(due) - overdue
    if not due:
        return Notice("My work today", "Nothing of yours is due today or overdue.", startup=True)
    parts = []
    if overdue:
        parts.append(f"{_plural(overdue, 'item')} overdue")
    if today:
        parts.append(f"{_plural(today, 'item')} due today")
    text = " and ".join(parts) + "."
    if overdue:
        text += " Press F8 to open the next overdue case."
    case_ids = {item.case_id for item in due}
    only = next(iter(case_ids)) if len(case_ids) == 1 else None
    return Notice("My work today", text, only, startup=True)


def newly_due_notice(new: Sequence[WorkItem]) -> Notice:
    def line(item: WorkItem) -> str:
        return f"{item.ref}: {item.what} ({item.clock.text})"

    if len(new) == 1:
        item = new[0]
        return Notice(f"Now due: {item.ref}", f"{item.what}: {item.clock.text}.", item.case_id)
    lines = [line(item) for item in new[:LISTED]]
    if len(new) > LISTED:
        lines.append(f"and {len(new) - LISTED} more on My work today")
    case_ids = {item.case_id for item in new}
    only = next(iter(case_ids)) if len(case_ids) == 1 else None
    return Notice(f"{len(new)} items now due", "\n".join(lines), only)


class Reminders(QObject):
    notified = Signal(object)  # a Notice, whatever the channel it went out on
    caseRequested = Signal(object)  # noqa: N815 - a case id (the person clicked a reminder)
    myWorkRequested = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._announced: set[tuple] | None = None  # None until the start-up reminder
        self.last: Notice | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = make_tray(self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self.myWorkRequested.emit())

    @property
    def started(self) -> bool:
        return self._announced is not None

    def consider(self, due: Sequence[WorkItem]) -> Notice | None:
        """Announce what is due: everything the first time, then only what is newly due."""
        keys = {item.key for item in due}
        if self._announced is None:
            self._announced = keys
            return self._deliver(startup_notice(due), quiet=not due)
        new = [item for item in due if item.key not in self._announced]
        self._announced |= keys
        if not new:
            return None
        return self._deliver(newly_due_notice(new))

    def _deliver(self, notice: Notice, quiet: bool = False) -> Notice:
        self.last = notice
        if self.tray is not None and not quiet and self.tray.supportsMessages():
            self.tray.showMessage(notice.title, notice.text,
                                  QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        if self.tray is not None:
            self.tray.setToolTip(f"VAL Desktop — {notice.title}: {notice.text.splitlines()[0]}")
        self.notified.emit(notice)
        return notice

    def _clicked(self) -> None:
        if self.last is not None and self.last.case_id is not None:
            self.caseRequested.emit(self.last.case_id)
        else:
            self.myWorkRequested.emit()

    def stop(self) -> None:
        if self.tray is not None:
            self.tray.hide()
