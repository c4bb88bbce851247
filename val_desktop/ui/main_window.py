"""The main window: navigation on the left, the workspace on the right, open cases as tabs."""

from __future__ import annotations

import importlib
import uuid

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QTabWidget

from .. import __version__
from .cases_page import CasesPage
from .context import AppContext
from .generated.ui_main_window import Ui_MainWindow


def _everyone(_user) -> bool:
    return True


def _supervisors(user) -> bool:
    return user.is_supervisor


def _witness_care(user) -> bool:
    return user.role == "witness_care" or user.is_supervisor


# (key, label, who sees it): a page nobody here may use is not even built.
NAV = [
    ("my_work", "My work today", _everyone),
    ("cases", "Cases", _everyone),
    ("open_cases", "Open cases", _everyone),
    ("court_diary", "Court diary", _witness_care),
    ("rj_register", "RJ register", _everyone),
    ("team", "Team caseloads", _supervisors),
    ("dashboard", "Compliance dashboard", _supervisors),
    ("lessons", "Lessons to act on", _supervisors),
    ("directory", "Service directory", _everyone),
]


class MainWindow(QMainWindow):
    dataFolderChangeRequested = Signal()  # noqa: N815

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(f"VAL Desktop — {context.user.display_name}")
        self.pages: dict[str, object] = {}
        self.persist_state = True  # False for a --screenshot run: leave the person's layout be
        self._build_pages()
        self._connect_actions()
        from .document_actions import add_main_window_actions

        add_main_window_actions(self)  # letters, summaries, batch printing
        self.ui.statusbar.showMessage(
            f"Signed in as {context.user.display_name} ({context.user.role}) · "
            f"store: {context.store.path}"
        )
        self._restore_geometry()
        context.changes.case_changed.connect(lambda _: self.update_counts())
        context.changes.cases_changed.connect(self.update_counts)

    # -- pages -------------------------------------------------------------------------------
    def _make_page(self, key: str):
        ctx = self.context
        if key == "my_work":
            from .my_work_page import MyWorkPage

            return MyWorkPage(ctx, self)
        if key == "cases":
            return CasesPage(ctx, self)
        if key == "open_cases":
            tabs = QTabWidget(self)
            tabs.setTabsClosable(True)
            tabs.setDocumentMode(True)
            tabs.setAccessibleName("Open cases")
            tabs.tabCloseRequested.connect(self.close_case_tab)
            return tabs
        if key == "court_diary":
            from .court_diary_page import CourtDiaryPage

            return CourtDiaryPage(ctx, self)
        if key == "team":
            from .team_page import TeamPage

            return TeamPage(ctx, self)
        if key == "dashboard":
            from .dashboard_page import DashboardPage

            return DashboardPage(ctx, self)
        if key == "rj_register":
            from .rj_register_page import RJRegisterPage

            return RJRegisterPage(ctx, self)
        if key == "lessons":
            from .lessons_page import LessonsPage

            return LessonsPage(ctx, self)
        if key == "directory":
            from .directory_page import DirectoryPage

            return DirectoryPage(ctx, self)
        raise KeyError(key)

    def _build_pages(self) -> None:
        ctx = self.context
        self.nav = [(key, label) for key, label, who in NAV if who(ctx.user)]
        for key, label in self.nav:
            page = self._make_page(key)
            self.pages[key] = page
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ui.navigation.addItem(item)
            if hasattr(page, "caseRequested"):
                page.caseRequested.connect(self.open_case)
            if hasattr(page, "navCountChanged"):
                page.navCountChanged.connect(self.update_counts)
        self.open_cases = self.pages["open_cases"]
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.update_counts()

    def _nav_item(self, key: str) -> QListWidgetItem:
        return self.ui.navigation.item([k for k, _ in self.nav].index(key))

    def show_page(self, key: str) -> None:
        if key in self.pages:
            self.ui.navigation.setCurrentRow([k for k, _ in self.nav].index(key))

    def update_counts(self) -> None:
        """Counts on the navigation: what is waiting for me, how many cases are open here."""
        for key, label in self.nav:
            page = self.pages.get(key)
            count = None
            if key == "open_cases":
                count = self.open_cases.count()
            elif hasattr(page, "nav_count"):
                count = page.nav_count()
            self._nav_item(key).setText(f"{label} ({count})" if count else label)

    # -- cases -------------------------------------------------------------------------------
    def open_case(self, case_id: uuid.UUID) -> None:
        from .case_view import CaseView

        for i in range(self.open_cases.count()):
            if getattr(self.open_cases.widget(i), "case_id", None) == case_id:
                self.open_cases.setCurrentIndex(i)
                self.show_page("open_cases")
                return
        view = CaseView(self.context, case_id, self.open_cases)
        index = self.open_cases.addTab(view, view.title())
        self.open_cases.setCurrentIndex(index)
        self.show_page("open_cases")
        self.update_counts()

    def current_case_view(self):
        if self.ui.pages.currentWidget() is self.open_cases:
            return self.open_cases.currentWidget()
        return None

    def close_case_tab(self, index: int) -> None:
        view = self.open_cases.widget(index)
        if hasattr(view, "may_close") and not view.may_close():
            return
        self.open_cases.removeTab(index)
        view.deleteLater()
        self.update_counts()

    # -- actions -----------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionMyWork.triggered.connect(lambda: self.show_page("my_work"))
        ui.actionCases.triggered.connect(lambda: self.show_page("cases"))
        ui.actionTeam.triggered.connect(lambda: self.show_page("team"))
        ui.actionTeam.setEnabled(self.context.user.is_supervisor)
        ui.actionDirectory.triggered.connect(lambda: self.show_page("directory"))
        ui.actionSearch.triggered.connect(self.search)
        ui.actionNewReferral.triggered.connect(self.new_referral)
        ui.actionImportReferrals.triggered.connect(self.import_referrals)
        ui.actionLogContact.triggered.connect(self.log_contact)
        ui.actionNextOverdue.triggered.connect(self.next_overdue)
        ui.actionChangeDataFolder.triggered.connect(self.dataFolderChangeRequested.emit)
        ui.actionAbout.triggered.connect(self.about)

    def search(self) -> None:
        self.show_page("cases")
        self.pages["cases"].focus_search()

    def new_referral(self) -> None:
        from .new_referral_dialog import NewReferralDialog

        dialog = NewReferralDialog(self.context, self)
        if dialog.exec() and dialog.created_case_id is not None:
            self.context.changes.cases_changed.emit()
            self.open_case(dialog.created_case_id)

    def import_referrals(self) -> None:
        from .import_dialog import ImportDialog

        ImportDialog(self.context, self).exec()

    def log_contact(self) -> None:
        view = self.current_case_view()
        if view is None:
            QMessageBox.information(
                self, "Log contact", "Open a case first: contacts are logged on a case."
            )
            return
        view.log_contact()

    def next_overdue(self) -> None:
        """Open the next overdue item of mine (F8), in the order My work lists them."""
        case_id = self.pages["my_work"].next_overdue_case()
        if case_id is None:
            self.ui.statusbar.showMessage("Nothing of yours is overdue.", 5000)
            return
        self.open_case(case_id)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About VAL Desktop",
            f"VAL Desktop {__version__}\nCase management for the Victim Advice Line.\n"
            "OFFICIAL-SENSITIVE: the data in this application is about victims of crime.",
        )

    def start_reminders(self) -> None:
        """A reminder at start-up and tray notifications while the app runs (My work); and,
        once the window is up, the case view's code is loaded so the first case opens quickly."""
        self.pages["my_work"].start_reminders()
        QTimer.singleShot(1500, lambda: importlib.import_module("val_desktop.ui.case_view"))

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([200, 1080])
        header = settings.value("cases/header")
        if isinstance(header, QByteArray):
            self.pages["cases"].ui.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.ui.splitter.saveState())
        settings.setValue("cases/header",
                          self.pages["cases"].ui.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        for i in range(self.open_cases.count()):
            view = self.open_cases.widget(i)
            if hasattr(view, "may_close") and not view.may_close():
                event.ignore()
                return
        if self.persist_state:
            self.save_state()
        super().closeEvent(event)
