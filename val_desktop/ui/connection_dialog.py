"""Sync ▸ Connection settings: where the central database is, and the person's own login.

Server, port, database, the person's own login (pre-filled with their user name: never a shared
account), the password, TLS mode and how often to synchronise. The address (without password)
is remembered in the data folder's local settings; the password goes to the operating system's
keychain (keyring) and nowhere else — never a file, never QSettings. With no keychain on the
computer the password can be used for this session only: it is handed to the SyncController,
which keeps it in memory until the app closes. "Test connection" tries the settings in the
background without saving anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..sync import credentials
from ..sync.server import ServerError, parse_url, url_text
from .context import AppContext
from .dialog_polish import fit_bold_buttons, repolish
from .generated.ui_connection_dialog import Ui_ConnectionDialog
from .workers import run_in_background

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "val"

TLS_MODES = [
    ("verify-full", "Encrypted; check the server's certificate and name (recommended)"),
    ("verify-ca", "Encrypted; check the server's certificate"),
    ("require", "Encrypted; certificate not checked"),
    ("prefer", "Encrypted if the server offers it"),
    ("disable", "Not encrypted (a test server only)"),
]
TLS_NOTES = {
    "verify-full": "The safest choice: VAL Desktop talks only to the real central database. "
                   "The organisation's certificate authority must be installed (IT does this).",
    "verify-ca": "Encrypted, and the certificate must come from the organisation's authority, "
                 "but the server's name is not checked.",
    "require": "Encrypted, but anyone able to pose as the server could read the data. Use only "
               "inside a trusted network.",
    "prefer": "Encrypted only if the server offers it, and never checked. Not for case data "
              "over a network you do not control.",
    "disable": "Case data would cross the network in the clear. Only for a test server on "
               "this computer.",
}
DEFAULT_TLS = "verify-full"
LIBPQ_DEFAULT_TLS = "prefer"  # an address saved without sslmode behaves like this

# Logins that are never one person's own: a gentle warning, not a block (an administrator
# setting up a test server may use them).
SHARED_LOGINS = {"postgres", "admin", "administrator", "root", "sa", "val", "val_users",
                 "shared", "office", "user", "test", "guest"}


def build_url(host: str, port: int, database: str, login: str, tls: str | None) -> str:
    """The connection address (never with a password), e.g.
    postgresql+psycopg://a.khan@db.val.local:5432/val?sslmode=verify-full"""
    from sqlalchemy.engine import URL

    query = {"sslmode": tls} if tls else {}
    url = URL.create("postgresql+psycopg", username=login or None, host=host, port=port,
                     database=database, query=query)
    return url_text(url)


def check_connection(url: str, password: str | None) -> str:
    """Try the settings (a worker thread runs this): a sentence for the person. Raises
    ConnectionProblem with a plain-words reason when it cannot connect."""
    import psycopg

    from ..sync.server import check_schema, conninfo

    parsed = parse_url(url)
    if not password:
        password = credentials.load_password(parsed)
    params = conninfo(parsed, password)
    sslmode = parsed.query.get("sslmode")
    if sslmode:
        params["sslmode"] = sslmode
    try:
        with psycopg.connect(**params) as pg:
            _, version = check_schema(pg)
            who = pg.info.user
    except psycopg.OperationalError as error:
        text = str(error).strip()
        reason = text.splitlines()[-1] if text else "no answer"
        raise ConnectionProblem(f"Could not connect: {reason}") from error
    except ServerError as error:
        raise ConnectionProblem(f"Connected, but: {error}") from error
    return (f"Connected as {who}. The central database answers and is ready "
            f"(version {version:,}).")


class ConnectionProblem(RuntimeError):
    pass


def ask_session_only(parent, problem: str) -> bool:
    """No keychain: offer to use the password for this session only (kept in memory)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "The password cannot be remembered",
                      "There is no keychain on this computer to keep your password safely, so "
                      "it has not been stored anywhere.", QMessageBox.StandardButton.NoButton,
                      parent)
    box.setInformativeText(
        "VAL Desktop can use it for this session only: it stays in memory and is forgotten "
        "when you close the app (you type it again next time).")
    box.setDetailedText(problem)
    session = box.addButton("Use it for this session only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(session)
    box.exec()
    return box.clickedButton() is session


class ConnectionDialog(QDialog):
    def __init__(self, context: AppContext, parent=None, *, interval: int = 5):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        self.url: str | None = None  # saved address, after Save
        self.session_password: str | None = None  # for this session only, after Save
        self.interval_minutes = interval
        self.testing = False
        self._test_worker = None
        ui = self.ui
        for code, label in TLS_MODES:
            ui.tlsMode.addItem(label, code)
        ui.interval.setValue(interval)
        remembered = credentials.remembered_url(context.store)
        self._fill(remembered)
        self.keychain = credentials.keychain_available()
        if self.keychain:
            ui.passwordNote.setText(
                "Kept in this computer's keychain, never in a file."
                + (" Leave it empty to keep the password already saved." if remembered else ""))
        else:
            ui.rememberPassword.setChecked(False)
            ui.rememberPassword.setEnabled(False)
            ui.passwordNote.setText("There is no keychain on this computer: the password is "
                                    "used for this session only and never written down.")
        ui.login.textChanged.connect(self._check_login)
        ui.tlsMode.currentIndexChanged.connect(self._show_tls_note)
        ui.testButton.clicked.connect(self.test_connection)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save and connect")
        self._check_login()
        self._show_tls_note()
        fit_bold_buttons(self)
        repolish(self)
        self._fit()
        (ui.host if not ui.host.text() else ui.password).setFocus()

    def _fit(self, width: int = 600) -> None:
        """As tall as the wrapped notes need at this width, no taller."""
        layout = self.layout()
        self.resize(max(width, self.minimumSizeHint().width()), self.height())
        layout.activate()
        width = self.width()
        # A wrapped label in a form layout asks for the height of a narrower label; hold each
        # note to the height its text needs at the width it really has.
        for note in (self.ui.loginWarning, self.ui.passwordNote, self.ui.tlsNote):
            note.setMaximumHeight(note.heightForWidth(note.width()) if note.text() else 0)
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def _fill(self, remembered) -> None:
        ui = self.ui
        if remembered is None:
            ui.port.setValue(DEFAULT_PORT)
            ui.database.setText(DEFAULT_DATABASE)
            ui.login.setText(self.context.user.username)  # their own login, never a shared one
            tls = DEFAULT_TLS
        else:
            ui.host.setText(remembered.host or "")
            ui.port.setValue(remembered.port or DEFAULT_PORT)
            ui.database.setText(remembered.database or "")
            ui.login.setText(remembered.username or self.context.user.username)
            tls = remembered.query.get("sslmode") or LIBPQ_DEFAULT_TLS
            if isinstance(tls, tuple):
                tls = tls[-1]
        index = ui.tlsMode.findData(tls)
        ui.tlsMode.setCurrentIndex(index if index >= 0 else 0)

    def _check_login(self) -> None:
        login = self.ui.login.text().strip()
        if login.casefold() in SHARED_LOGINS:
            self.ui.loginWarning.setText(
                f"“{login}” looks like a shared account. Each person connects with their own "
                "login, so that what is sent is recorded under their name: ask your "
                "administrator for yours.")
        else:
            self.ui.loginWarning.setText("")
        self.ui.loginWarning.setVisible(bool(self.ui.loginWarning.text()))
        if self.isVisible():
            self._fit(self.width())

    def _show_tls_note(self) -> None:
        self.ui.tlsNote.setText(TLS_NOTES.get(self.ui.tlsMode.currentData(), ""))
        if self.isVisible():
            self._fit(self.width())

    def address(self) -> str:
        """The address from the fields; raises ValueError with what is missing."""
        ui = self.ui
        host, database = ui.host.text().strip(), ui.database.text().strip()
        login = ui.login.text().strip()
        missing = [name for name, value in (("the server", host), ("the database", database),
                                            ("your login", login)) if not value]
        if missing:
            raise ValueError("Fill in " + " and ".join(missing) + ".")
        return build_url(host, ui.port.value(), database, login, ui.tlsMode.currentData())

    def test_connection(self) -> None:
        try:
            url = self.address()
        except ValueError as error:
            self._test_said(str(error), ok=False)
            return
        self.testing = True
        self.ui.testButton.setEnabled(False)
        self._test_said("Trying to reach the central database…", ok=True)
        self._test_worker = run_in_background(
            check_connection, url, self.ui.password.text() or None,
            on_done=lambda text: self._tested(text, True),
            on_error=lambda message, _trace: self._tested(message, False))

    def _tested(self, text: str, ok: bool) -> None:
        self.testing = False
        self._test_worker = None
        try:
            self.ui.testButton.setEnabled(True)
            self._test_said(text, ok=ok)
        except RuntimeError:  # the dialog was closed meanwhile
            pass

    def _test_said(self, text: str, *, ok: bool) -> None:
        label = self.ui.testResult
        label.setText(text)
        label.setProperty("class", "" if ok else "fieldError")
        label.style().unpolish(label)
        label.style().polish(label)

    def accept(self) -> None:
        ui = self.ui
        try:
            url = self.address()
            parsed = parse_url(url)
        except (ValueError, ServerError) as error:
            ui.problem.setText(str(error))
            return
        password = ui.password.text() or None
        session_password = None
        if password and ui.rememberPassword.isChecked():
            try:
                credentials.save_password(parsed, password)
            except credentials.KeychainUnavailable as error:
                if not ask_session_only(self, str(error)):
                    return
                session_password = password
        elif password:
            session_password = password
        credentials.remember_url(self.context.store, url)
        ui.password.clear()  # not kept in the dialog
        self.url = url
        self.session_password = session_password
        self.interval_minutes = ui.interval.value()
        super().accept()
