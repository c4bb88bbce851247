"""Choosing who is at the keyboard (single-workstation mode; real sign-in comes with security)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..store.database import Store
from ..store.staff import ROLES, StaffError, active_staff, add_staff
from .context import SignedIn
from .generated.ui_sign_in_dialog import Ui_SignInDialog


def signed_in(staff) -> SignedIn:
    return SignedIn(staff.id, staff.username, staff.display_name, staff.role)


class SignInDialog(QDialog):
    def __init__(self, store: Store, last_username: str | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.chosen: SignedIn | None = None
        for code, label in ROLES.items():
            self.ui.role.addItem(label, code)
        with store.session() as session:
            people = [signed_in(p) for p in active_staff(session)]
        for person in people:
            role = ROLES.get(person.role, person.role)
            item = QListWidgetItem(f"{person.display_name} — {role}")
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.ui.staffList.addItem(item)
            if person.username == last_username:
                self.ui.staffList.setCurrentItem(item)
        if not people:
            self.ui.staffList.hide()
            self.ui.filter.hide()
            self.ui.intro.setText("Nobody has used this store yet. Add yourself to start.")
            self.ui.displayName.setFocus()
        elif self.ui.staffList.currentItem() is None:
            self.ui.staffList.setCurrentRow(0)
        self.ui.filter.textChanged.connect(self._filter)
        self.ui.staffList.itemDoubleClicked.connect(lambda _: self.accept())
        self.ui.addPerson.clicked.connect(self._add)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")

    def _filter(self, text: str) -> None:
        text = text.casefold()
        first_visible = None
        for i in range(self.ui.staffList.count()):
            item = self.ui.staffList.item(i)
            hidden = text not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.ui.staffList.setCurrentItem(first_visible)

    def _add(self) -> None:
        try:
            with self.store.session(write=True) as session:
                person = add_staff(session, self.ui.displayName.text(), self.ui.username.text(),
                                   self.ui.role.currentData())
                self.chosen = signed_in(person)
                session.commit()
        except StaffError as error:
            self.ui.problem.setText(str(error))
            return
        super().accept()

    def accept(self) -> None:
        item = self.ui.staffList.currentItem()
        if item is None or item.isHidden():
            self.ui.problem.setText("Choose your name in the list, or add yourself.")
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
