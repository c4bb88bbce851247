"""Link a victim's case to a prosecution already recorded (several victims and witnesses can
share one), or record a new prosecution for it: court, defendant reference, charges in words,
and the Witness Care officer who holds it (issue 4)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ..store.court import (
    ProsecutionSummary,
    create_prosecution,
    link_case,
    list_prosecutions,
    prosecution_view,
    witness_care_officers,
)
from ..store.database import StoreError
from ..store.journey_common import JourneyRefused, fmt
from .context import AppContext
from .generated.ui_prosecution_dialog import Ui_ProsecutionDialog
from .milestone_dialog import problems_text
from .needs_assessment_dialog import find_data, fit_default_button
from .workload_models import ROW_ROLE, Column, RowsModel

LINK_PAGE, NEW_PAGE = 0, 1


def _hearing(p: ProsecutionSummary) -> str:
    h = p.next_hearing
    return f"{h.label}, {fmt(h.on)}" if h else ""


RESULT_COLUMNS = [
    Column("Defendant", lambda p: p.defendant_ref, max_width=140),
    Column("Court", lambda p: p.court, max_width=220),
    Column("Victims linked", lambda p: str(p.case_count), sort=lambda p: p.case_count,
           align_right=True, max_width=110),
    Column("Next hearing", _hearing, sort=lambda p: (p.next_hearing is None, _hearing(p)),
           max_width=200),
    Column("Charges", lambda p: "; ".join(p.charges)),
]


class ProsecutionDialog(QDialog):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent: QWidget | None = None,
                 *, case_ref: str = ""):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.prosecution_id: uuid.UUID | None = None  # the one linked or created
        self.ui = Ui_ProsecutionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.heading.setText(
            f"Case {case_ref}: link it to the prosecution of its suspect, or record a new one."
            if case_ref else "Link the case to the prosecution of its suspect, or record one.")
        with context.store.session() as session:
            self.linked = {p.id for p in list_prosecutions(session, context.today(),
                                                           case_id=case_id)}
            officers = [(s.display_name, s.id) for s in witness_care_officers(session)]
        ui.officer.addItem("Nobody yet", None)
        for name, staff_id in officers:
            ui.officer.addItem(name, staff_id)
        if context.user.role == "witness_care":
            ui.officer.setCurrentIndex(max(find_data(ui.officer, context.user.id), 0))
        self.model = RowsModel(RESULT_COLUMNS, self)
        ui.results.setModel(self.model)
        ui.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.results.activated.connect(lambda _: self.save())
        ui.search.textChanged.connect(lambda _: self.find())
        ui.modes.currentChanged.connect(self._mode_changed)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.problem.hide()
        self.find()
        self._mode_changed(LINK_PAGE)
        ui.search.setFocus()

    def find(self) -> None:
        with self.context.store.session() as session:
            found = list_prosecutions(session, self.context.today(),
                                      search=self.ui.search.text().strip() or None, limit=200)
        found = [p for p in found if p.id not in self.linked]
        self.model.set_rows(found)
        self.model.fit(self.ui.results)
        if found:
            self.ui.results.selectRow(0)
        self.ui.resultsHint.setText(
            f"{len(found)} prosecution{'s' if len(found) != 1 else ''} found"
            + (" (the first 200)" if len(found) >= 200 else "")
            + ". Enter or a double click links the case to the one chosen."
            if found else "No prosecution matches. Try another reference or court, or record a "
                          "new prosecution.")

    def _mode_changed(self, page: int) -> None:
        self.save_button.setText("Link case" if page == LINK_PAGE else "Create and link")
        fit_default_button(self.save_button)
        self.ui.problem.hide()

    def chosen(self) -> ProsecutionSummary | None:
        index = self.ui.results.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def save(self) -> bool:
        ui, user = self.ui, self.context.user.username
        try:
            with self.context.store.session(write=True) as session:
                if ui.modes.currentIndex() == LINK_PAGE:
                    chosen = self.chosen()
                    if chosen is None:
                        self._problem("Choose the prosecution to link the case to, or record a "
                                      "new one.")
                        return False
                    link_case(session, chosen.id, self.case_id, user=user)
                    prosecution_id = chosen.id
                else:
                    charges = [c for c in ui.charges.toPlainText().splitlines() if c.strip()]
                    row = create_prosecution(
                        session, defendant_ref=ui.defendantRef.text(), case_ids=[self.case_id],
                        user=user, court=ui.court.text(), charges=charges,
                        officer_id=ui.officer.currentData())
                    prosecution_id = row.id
                session.commit()
        except JourneyRefused as refused:
            self._problem(problems_text(refused.reasons))
            return False
        except StoreError as error:
            self._problem(f"Not saved: {error}")
            return False
        self.prosecution_id = prosecution_id
        with self.context.store.session() as session:  # the others' count of victims changed too
            cases = prosecution_view(session, prosecution_id, self.context.today()).cases
        for case_id in dict.fromkeys([self.case_id, *(c.case_id for c in cases)]):
            self.context.changes.case_changed.emit(case_id)
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
