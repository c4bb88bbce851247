"""Synchronisation in the background of the desktop (issue 6).

One `SyncController` per main window owns the synchronisation with the central database: at
start, on a timer (every 5 minutes unless the person chose otherwise in Connection settings) and
on demand (F5). Only one sync runs at a time, on the thread pool (ui.workers); it reports its
progress after every batch and stops at the next batch boundary on Cancel, keeping every batch
before it, so a first sync of a big database can be stopped and resumes later where it was.

Working offline is normal: an unreachable server is a calm state of the indicator ("Offline — 3
changes waiting"), never an error box. Only what a person must act on (a login refused, a central
database not set up) says so, and a box appears only when the person asked for the sync.

Passwords: never in QSettings or a file. The connection dialog puts them in the operating
system's keychain; where there is none, a password typed "for this session only" lives in this
object's memory and is forgotten when the app closes.

    install_sync(window)  # after the main window is built: status-bar indicator, Sync menu, timer
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from ..domain.clock import UK
from .context import AppContext
from .workers import run_in_background

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MINUTES = 5
INTERVAL_KEY = "sync/interval_minutes"
SHUTDOWN_WAIT_MS = 30_000


@dataclass
class SyncState:
    """What the status indicator shows."""

    kind: str  # local, syncing, synced, pending, offline, paused, incomplete, conflicts, attention
    text: str
    tooltip: str
    running: bool = False
    done: int = 0
    total: int = 0  # 0: not known yet
    waiting: int = 0
    conflicts: int = 0


@dataclass
class SyncOutcome:
    """What the background job hands back: a report, or what a person must do."""

    report: object | None  # SyncReport
    attention: str | None = None


def run_sync(store, url: str, password: str | None, user: str, token, options: dict, *,
             progress) -> SyncOutcome:
    """The background job (runs on a worker thread): one sync, its progress reported."""
    from ..sync import SyncError, load_password, sync
    from ..sync.server import ServerError, parse_url

    try:
        parsed = parse_url(url)
        if password is None:
            password = load_password(parsed)

        def on_step(step) -> None:
            progress.report(step.done, step.total or 0, f"{step.phase}\t{step.message}")

        report = sync(store, url, password=password, user=user, progress=on_step, cancel=token,
                      **options)
    except (SyncError, ServerError) as error:
        return SyncOutcome(None, str(error))
    return SyncOutcome(report)


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def waiting_text(count: int) -> str:
    return "nothing waiting" if count == 0 else f"{plural(count, 'change')} waiting"


def when_text(iso_utc: str | None, now: datetime | None = None) -> str | None:
    """A last-sync moment (UTC, ISO 8601) as UK local time: "14:05" today, else "12 Nov 14:05"."""
    if not iso_utc:
        return None
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(UK)
    today = (now or datetime.now(UTC)).astimezone(UK).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %Y %H:%M')}"


def where_text(url: str | None) -> str:
    from ..sync.server import parse_url

    if not url:
        return ""
    try:
        parsed = parse_url(url)
    except Exception:  # noqa: BLE001 - shown as it is
        return url
    who = f"{parsed.username}@" if parsed.username else ""
    return f"{who}{parsed.host}:{parsed.port or 5432}/{parsed.database}"


class SyncController(QObject):
    """Owns the background synchronisation of one window's store."""

    stateChanged = Signal(object)  # noqa: N815 - SyncState
    syncFinished = Signal(object)  # noqa: N815 - the SyncReport, or None when a person must act
    attentionNeeded = Signal(str, bool)  # noqa: N815 - what to do; whether the person asked

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.engine_options: dict = {}  # extra keyword arguments for sync() (batch sizes)
        self.last_report = None
        self.window = None  # set by install_sync: the parent of the dialogs
        self.actions: SyncActions | None = None
        self.indicator = None
        self.connection_dialog = None
        self.conflicts_dialog = None
        self._attention: str | None = None
        self._status = None
        self._worker = None
        self._token = None
        self._manual = False
        self._stopping = False
        self._closed = False
        self._progress = (0, 0, "connecting\t")
        self._session_passwords: dict[str, str] = {}  # account -> password, in memory only
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        # Edits made on other screens change the count of changes waiting: look again, once.
        self._status_soon = QTimer(self)
        self._status_soon.setSingleShot(True)
        self._status_soon.setInterval(300)
        self._status_soon.timeout.connect(self.refresh_status)
        context.changes.case_changed.connect(lambda _=None: self._status_soon.start())
        context.changes.cases_changed.connect(self._status_soon.start)
        context.changes.directory_changed.connect(self._status_soon.start)

    # -- what the indicator shows ------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def status(self):
        if self._status is None:
            self.refresh_status(publish=False)
        return self._status

    @property
    def state(self) -> SyncState:
        return self._compute_state()

    def refresh_status(self, *, publish: bool = True):
        """Read the local sync status (cheap, local only) and update the indicator."""
        from ..sync import sync_status

        if self._closed:
            return self._status
        try:
            self._status = sync_status(self.context.store)
        except Exception:  # noqa: BLE001 - the indicator must never take the app down
            log.exception("reading the sync status failed")
        if publish:
            self.stateChanged.emit(self._compute_state())
        return self._status

    def _compute_state(self) -> SyncState:
        status = self.status
        waiting = status.waiting_changes if status else 0
        conflicts = status.open_conflicts if status else 0
        configured = bool(status and status.configured)
        last = when_text(status.last_sync if status else None)
        lines = []
        if configured:
            lines.append(f"Central database: {where_text(status.url)}")
            lines.append(f"Last synchronised: {last or 'not yet'}")
            lines.append(f"Changes waiting to be sent: {waiting:,}")
            lines.append(f"Conflicts to resolve: {conflicts:,}")
            minutes = self.interval_minutes()
            lines.append(f"Synchronises every {plural(minutes, 'minute')} and when you press F5."
                         if minutes else "Synchronises when you press F5.")
        details = "\n".join(lines)

        def state(kind: str, text: str, first: str, **extra) -> SyncState:
            tooltip = first + ("\n\n" + details if details else "")
            return SyncState(kind, text, tooltip, waiting=waiting, conflicts=conflicts, **extra)

        if self.running:
            done, total, note = self._progress
            phase = note.split("\t", 1)[0]
            if self._stopping:
                text = "Stopping sync…"
            elif phase == "pull" and total:
                text = f"Syncing — receiving {done:,} of {total:,}"
            elif phase == "push" and total:
                text = f"Syncing — sending {done:,} of {total:,}"
            else:
                text = "Syncing — connecting…"
            return state("syncing", text, "Synchronising in the background: you can keep "
                         "working. Cancel stops it safely; it goes on from there next time.",
                         running=True, done=done, total=total)
        if not configured:
            return state("local", "Local only",
                         "This workstation works on its own store: no central database is set "
                         "up. Sync ▸ Connection settings… connects it.")
        if self._attention:
            return state("attention", "Sync needs your attention",
                         f"{self._attention}\nCheck Sync ▸ Connection settings…")
        report = self.last_report
        offline = bool(report and report.offline)
        if conflicts:
            text = f"{plural(conflicts, 'conflict')} to resolve"
            if offline:
                text += " · offline"
            return state("conflicts", text,
                         "Two people changed the same thing while apart. Nothing was "
                         "overwritten: choose which version to keep in Sync ▸ Resolve "
                         "conflicts…")
        if offline:
            return state("offline", f"Offline — {waiting_text(waiting)}",
                         "The central database cannot be reached just now. That is fine: keep "
                         "working. Your changes are kept on this computer and are sent when the "
                         f"connection is back.\n({(report.error or 'no answer').strip()})")
        if report is not None and report.cancelled:
            return state("paused", "Sync paused — it goes on next time",
                         "The sync was stopped. Everything received so far is kept; the next "
                         "sync carries on from there.")
        if report is not None and report.error:
            return state("incomplete", "Sync incomplete — it tries again",
                         f"The last sync did not finish: {report.error} It tries again at the "
                         "next sync.")
        if report is None:
            text = f"Last synced {last}" if last else "Not synchronised yet"
            if waiting:
                text += f" · {waiting_text(waiting)}"
            return state("pending", text, "Not synchronised since VAL Desktop started.")
        if waiting:
            return state("pending", f"Synced {last} · {plural(waiting, 'change')} to send",
                         "Online. Your latest changes go with the next sync (F5 sends them now).")
        return state("synced", f"Synced {last}" if last else "Synced",
                     "Online and up to date with the central database.")

    # -- settings ----------------------------------------------------------------------------
    def interval_minutes(self) -> int:
        value = self.context.settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            return DEFAULT_INTERVAL_MINUTES

    def set_interval_minutes(self, minutes: int) -> None:
        self.context.settings.setValue(INTERVAL_KEY, int(minutes))
        self._arm_timer()

    def _arm_timer(self, interval_ms: int | None = None) -> None:
        if interval_ms is None:
            interval_ms = self.interval_minutes() * 60_000
        if interval_ms > 0:
            self.timer.start(interval_ms)
        else:
            self.timer.stop()

    def use_session_password(self, url: str, password: str | None) -> None:
        """Keep a password in memory for this session only (no keychain, or the person's
        choice); never written anywhere."""
        key = self._account(url)
        if password:
            self._session_passwords[key] = password
        else:
            self._session_passwords.pop(key, None)

    @staticmethod
    def _account(url: str) -> str:
        from ..sync.credentials import account
        from ..sync.server import parse_url

        return account(parse_url(url))

    def connection_changed(self, url: str, session_password: str | None = None) -> None:
        """After the connection settings were saved: use them now."""
        if session_password:
            self.use_session_password(url, session_password)
        self._attention = None
        self.last_report = None
        self._arm_timer()
        self.refresh_status()
        self.sync_now(manual=True)

    # -- running -----------------------------------------------------------------------------
    def start(self, *, interval_ms: int | None = None) -> None:
        """At start-up: show the state, arm the timer, and sync once if a server is set up."""
        self.refresh_status()
        self._arm_timer(interval_ms)
        if self.status is not None and self.status.configured:
            self.sync_now()

    def _on_timer(self) -> None:
        self.sync_now()

    def sync_now(self, *, manual: bool = False) -> bool:
        """Start a sync in the background; False when one is already running or none is set
        up (F5 then still asks the screens to look again)."""
        if self._closed or self.running:
            return False
        status = self.refresh_status(publish=False)
        if manual:
            # F5 also means "look again": the screens refresh now, and again when rows arrive.
            self.context.changes.cases_changed.emit()
        if status is None or not status.configured:
            self.stateChanged.emit(self._compute_state())
            return False
        url = status.url
        password = self._session_passwords.get(self._account(url))
        from ..sync import CancelToken

        self._token = CancelToken()
        self._manual = manual
        self._stopping = False
        self._progress = (0, 0, "connecting\t")
        self._worker = run_in_background(
            run_sync, self.context.store, url, password, self.context.user.username,
            self._token, dict(self.engine_options),
            on_done=self._finished, on_error=self._failed, on_progress=self._on_progress)
        self.stateChanged.emit(self._compute_state())
        return True

    def cancel(self) -> None:
        """Stop the running sync at the next batch boundary (everything before it is kept)."""
        if self._token is None:
            return
        self._token.cancel()
        if self._worker is not None:
            self._worker.cancel()
        self._stopping = True
        self.stateChanged.emit(self._compute_state())

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._closed or not self.running:
            return
        self._progress = (done, total, text)
        self.stateChanged.emit(self._compute_state())

    def _finished(self, outcome: SyncOutcome) -> None:
        self._worker, self._token = None, None
        if self._closed:
            return
        manual, self._manual, self._stopping = self._manual, False, False
        if outcome.attention:
            self._attention = outcome.attention
            self.last_report = None
            self.refresh_status()
            self.attentionNeeded.emit(outcome.attention, manual)
            self.syncFinished.emit(None)
            return
        report = outcome.report
        self._attention = None
        self.last_report = report
        self.refresh_status()
        self.syncFinished.emit(report)
        if report.pulled:
            self.context.changes.cases_changed.emit()  # the screens show what arrived

    def _failed(self, message: str, trace: str) -> None:
        self._worker, self._token = None, None
        log.error("synchronisation failed: %s\n%s", message, trace)
        if self._closed:
            return
        manual, self._manual, self._stopping = self._manual, False, False
        self._attention = f"Synchronisation stopped with an unexpected problem: {message}"
        self.refresh_status()
        self.attentionNeeded.emit(self._attention, manual)
        self.syncFinished.emit(None)

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """On quit: stop the timer, cancel a running sync and wait for it (never close the
        store under a worker)."""
        self.timer.stop()
        self._status_soon.stop()
        if self.running:
            self.cancel()
            QThreadPool.globalInstance().waitForDone(timeout_ms)
        self._closed = True

    # -- dialogs -----------------------------------------------------------------------------
    def open_connection_settings(self) -> None:
        from .connection_dialog import ConnectionDialog

        if self.connection_dialog is not None and self.connection_dialog.isVisible():
            self.connection_dialog.raise_()
            return
        dialog = ConnectionDialog(self.context, self.window, interval=self.interval_minutes())
        self.connection_dialog = dialog

        def done(result: int) -> None:
            if result and dialog.url:
                self.set_interval_minutes(dialog.interval_minutes)
                self.connection_changed(dialog.url, dialog.session_password)
            dialog.session_password = None  # kept by the controller only
            dialog.deleteLater()
            if self.connection_dialog is dialog:
                self.connection_dialog = None

        dialog.finished.connect(done)
        dialog.open()

    def open_conflicts(self) -> None:
        from .conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.raise_()
            return
        dialog = ConflictsDialog(self.context, self.window)
        self.conflicts_dialog = dialog

        def done(_result: int) -> None:
            resolved = dialog.resolved_count
            dialog.deleteLater()
            if self.conflicts_dialog is dialog:
                self.conflicts_dialog = None
            self.refresh_status()
            if resolved:
                self.sync_now()  # the choices go to the central database

        dialog.finished.connect(done)
        dialog.open()


@dataclass
class SyncActions:
    sync_now: QAction
    cancel: QAction
    conflicts: QAction
    settings: QAction


def _make_actions(window, controller: SyncController) -> SyncActions:
    sync_now = QAction("&Sync now", window)
    sync_now.setShortcut(QKeySequence("F5"))
    sync_now.setStatusTip("Send your changes and receive everyone else's now (F5)")
    sync_now.triggered.connect(lambda: controller.sync_now(manual=True))
    cancel = QAction("&Cancel sync", window)
    cancel.setStatusTip("Stop the sync safely; it goes on from there next time")
    cancel.triggered.connect(controller.cancel)
    conflicts = QAction("&Resolve conflicts…", window)
    conflicts.setStatusTip("Choose, field by field, which version to keep")
    conflicts.triggered.connect(controller.open_conflicts)
    settings = QAction("C&onnection settings…", window)
    settings.setStatusTip("The central database: server, database, your login, encryption")
    settings.triggered.connect(controller.open_connection_settings)

    def follow(state: SyncState) -> None:
        cancel.setEnabled(state.running)
        conflicts.setText(f"&Resolve conflicts ({state.conflicts})…" if state.conflicts
                          else "&Resolve conflicts…")

    controller.stateChanged.connect(follow)
    cancel.setEnabled(False)
    return SyncActions(sync_now, cancel, conflicts, settings)


def install_sync(window, *, start: bool = True) -> SyncController:
    """Add synchronisation to the main window: the status indicator, a Sync menu, the timer,
    and a first sync when a central database is remembered for this data folder."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .sync_indicator import SyncIndicator

    controller = SyncController(window.context, window)
    controller.window = window
    actions = _make_actions(window, controller)
    controller.actions = actions
    menu_bar = window.menuBar()
    menu = menu_bar.addMenu("&Sync")
    help_menu = getattr(getattr(window, "ui", None), "menuHelp", None)
    if help_menu is not None:  # keep Help last
        menu_bar.insertMenu(help_menu.menuAction(), menu)
    menu.addAction(actions.sync_now)
    menu.addAction(actions.cancel)
    menu.addSeparator()
    menu.addAction(actions.conflicts)
    menu.addAction(actions.settings)
    controller.menu = menu

    indicator = SyncIndicator(controller, actions, window.statusBar())
    window.statusBar().addPermanentWidget(indicator)
    controller.indicator = indicator

    def attention(message: str, manual: bool) -> None:
        if manual:  # a box only when the person asked; otherwise the indicator says it
            QMessageBox.warning(window, "Synchronisation needs your attention",
                                f"{message}\n\nCheck Sync ▸ Connection settings….")

    controller.attentionNeeded.connect(attention)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    if start:
        controller.start()
    else:
        controller.refresh_status()
    return controller
