"""The main window: navigation on the left, the workspace on the right, open cases as tabs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QTabWidget

from .. import __version__
from .cases_page import CasesPage
from .context import AppContext
from .generated.ui_main_window import Ui_MainWindow

NAV = [
    ("my_work", "My work today"),
    ("cases", "Cases"),
    ("open_cases", "Open cases"),
    ("team", "Team caseloads"),
    ("directory", "Service directory"),
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
        self.ui.statusbar.showMessage(
            f"Signed in as {context.user.display_name} ({context.user.role}) · "
            f"store: {context.store.path}"
        )
        self._restore_geometry()
        context.changes.case_changed.connect(lambda _: self.update_counts())
        context.changes.cases_changed.connect(self.update_counts)

    # -- pages -------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        from .directory_page import DirectoryPage
        from .my_work_page import MyWorkPage
        from .team_page import TeamPage

        ctx = self.context
        self.pages["my_work"] = MyWorkPage(ctx, self)
        self.pages["cases"] = CasesPage(ctx, self)
        self.open_cases = QTabWidget(self)
        self.open_cases.setTabsClosable(True)
        self.open_cases.setDocumentMode(True)
        self.open_cases.setAccessibleName("Open cases")
        self.open_cases.tabCloseRequested.connect(self.close_case_tab)
        self.pages["open_cases"] = self.open_cases
        self.pages["team"] = TeamPage(ctx, self)
        self.pages["directory"] = DirectoryPage(ctx, self)
        for key, label in NAV:
            page = self.pages[key]
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ui.navigation.addItem(item)
            if hasattr(page, "caseRequested"):
                page.caseRequested.connect(self.open_case)
            if hasattr(page, "navCountChanged"):
                page.navCountChanged.connect(self.update_counts)
        if not ctx.user.is_supervisor:
            self._nav_item("team").setHidden(True)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.update_counts()

    def _nav_item(self, key: str) -> QListWidgetItem:
        return self.ui.navigation.item([k for k, _ in NAV].index(key))

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow([k for k, _ in NAV].index(key))

    def update_counts(self) -> None:
        """Counts on the navigation: what is waiting for me, how many cases are open here."""
        for key, label in NAV:
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
        """A reminder at start-up and tray notifications while the app runs (My work)."""
        self.pages["my_work"].start_reminders()

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
