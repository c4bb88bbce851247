"""Write a letter on a case: a referral to a support service from the directory, or a letter to
the victim. What cannot be written is said in words (and Preview is off): no consent to share
with that service, not safe to write to or e-mail the victim, nothing to tell them yet.

Preview opens the document; printing or saving it records it on the case (the disclosure to the
service, or the letter sent to the victim), once.

    LetterDialog(context, case_id, parent).exec()
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain.clock import uk_date
from ..domain.letters import (
    EMAIL,
    OPTIONAL_FIELDS,
    POST,
    VICTIM_LETTERS,
    referral_fields,
    shareable_contact,
)
from ..domain.permissions import permission_banner
from ..store.documents import (
    DocumentRefused,
    LetterSetup,
    letter_setup,
    record_consent,
    record_referral,
    record_victim_letter,
    referral_letter,
    victim_letter,
    victim_letter_problem,
)
from .context import AppContext
from .dialog_polish import confirm, fit_bold_buttons, repolish
from .generated.ui_letter_dialog import Ui_LetterDialog

SERVICE_TAB, VICTIM_TAB = 0, 1


class LetterDialog(QDialog):
    """After a letter has been printed or saved, `produced` names it."""

    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None, *,
                 victim: bool = False):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.produced: str | None = None
        self.preview = None  # the open preview, for tests
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.setup: LetterSetup | None = None
        self.preview_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText("&Preview…")
        for code, spec in VICTIM_LETTERS.items():
            self.ui.kind.addItem(spec.label, code)
        self._load()
        self.ui.tabs.setCurrentIndex(VICTIM_TAB if victim else SERVICE_TAB)
        self.ui.tabs.currentChanged.connect(self.check)
        self.ui.provider.currentIndexChanged.connect(self.check)
        self.ui.kind.currentIndexChanged.connect(self.check)
        self.ui.byPost.toggled.connect(self.check)
        self.ui.largePrint.toggled.connect(self.check)
        self.ui.reason.textChanged.connect(self.check)
        self.ui.recordConsent.clicked.connect(self.record_consent)
        self.ui.buttons.accepted.connect(self.open_preview)
        self.ui.buttons.rejected.connect(self.reject)
        fit_bold_buttons(self)
        repolish(self)
        self.check()

    # -- what the case allows ------------------------------------------------------------------
    def _load(self) -> None:
        with self.context.store.session() as session:
            self.setup = letter_setup(session, self.case_id)
        s = self.setup
        self.setWindowTitle(f"Write a letter — {s.victim_name} ({s.ref})")
        self.ui.intro.setText(
            f"A letter about <b>{html.escape(s.victim_name)}</b> ({html.escape(s.ref)}). "
            "A referral letter shares only what that kind of service needs, and only with the "
            "victim's consent. Printing or saving a letter records it on the case.")
        banner = permission_banner(s.permissions)
        self.ui.permissionBanner.setText(banner or "")
        self.ui.permissionBanner.setVisible(bool(banner))
        current = self.ui.provider.currentData()
        self.ui.provider.blockSignals(True)
        self.ui.provider.clear()
        for choice in s.providers:
            mark = "★ " if choice.suggested else ""
            self.ui.provider.addItem(f"{mark}{choice.name} ({choice.category})", choice.id)
        # findData cannot compare UUIDs: look for the service chosen before by hand.
        index = next((i for i in range(self.ui.provider.count())
                      if self.ui.provider.itemData(i) == current), 0)
        self.ui.provider.setCurrentIndex(index)
        self.ui.provider.blockSignals(False)
        self.ui.provider.setToolTip("★ meets a need on the latest assessment, or this offence")

    def provider_choice(self):
        provider_id = self.ui.provider.currentData()
        return next((p for p in self.setup.providers if p.id == provider_id), None)

    def delivery(self) -> str:
        return POST if self.ui.byPost.isChecked() else EMAIL

    def kind(self) -> str:
        return self.ui.kind.currentData()

    def problem(self) -> str | None:
        """Why the chosen letter cannot be written now, or None."""
        from ..letters.templates import TemplateError, shipped_templates

        try:
            shipped_templates()
        except TemplateError as error:
            return (f"The letter texts cannot be used until an administrator fixes them: "
                    f"{error}")
        with self.context.store.session() as session:
            if self.ui.tabs.currentIndex() == SERVICE_TAB:
                choice = self.provider_choice()
                if choice is None:
                    return "The directory has no running service to refer to."
                try:
                    referral_letter(session, self.case_id, choice.id,
                                    today=self.context.today(), reason=self.reason())
                except DocumentRefused as refused:
                    return str(refused)
                return None
            return victim_letter_problem(session, self.case_id, self.kind(), self.delivery())

    def reason(self) -> str:
        return self.ui.reason.toPlainText()

    def check(self) -> None:
        self._show_service()
        self._show_victim()
        problem = self.problem()
        self.ui.problem.setText(problem or "")
        self.ui.problem.setVisible(bool(problem))
        self.preview_button.setEnabled(problem is None)

    def _show_service(self) -> None:
        choice = self.provider_choice()
        if choice is None:
            self.ui.consentStatus.setText("")
            self.ui.shared.setText("")
            self.ui.recordConsent.setEnabled(False)
            return
        self.ui.recordConsent.setEnabled(self.setup.status != "closed")
        if choice.consent is not None:
            by = f", recorded by {choice.consent.by}" if choice.consent.by else ""
            self.ui.consentStatus.setText(
                f"Given on {uk_date(choice.consent.at):%d %b %Y}{by}.")
            self.ui.recordConsent.setText("Record consent &withdrawn…")
        else:
            self.ui.consentStatus.setText(
                "Withdrawn: do not refer." if choice.withdrawn else
                f"Not recorded: ask the victim before referring to {choice.name}.")
            self.ui.recordConsent.setText("Record &consent…")
        fields = referral_fields(choice.category)
        contact = shareable_contact(self.setup.permissions, fields)
        shared = ["who they are", "why (their needs)", "how urgent", "the consent",
                  "their SPOC's direct contact", "how to contact them safely"]
        if "phone" in contact:
            shared.append("phone")
        if "email" in contact:
            shared.append("e-mail")
        for name in ("address", "date_of_birth", "language", "offence", "crime_reference"):
            if name in fields:
                shared.append(OPTIONAL_FIELDS[name].split(" (")[0].lower())
        withheld = [OPTIONAL_FIELDS[n].split(" (")[0].lower() for n in
                    ("address", "date_of_birth", "crime_reference") if n not in fields]
        text = ", ".join(shared) + "."
        if withheld:
            text += f" Not shared with this kind of service: {', '.join(withheld)}."
        self.ui.shared.setText(text[0].upper() + text[1:])

    def _show_victim(self) -> None:
        spec = VICTIM_LETTERS[self.kind()]
        notes = ["Printing or saving it logs a letter"
                 + (" (e-mail)" if self.delivery() == EMAIL else "") + " on the case's contacts"]
        if spec.offers_support:
            notes.append("it counts as an offer of referral to support services")
        if spec.gives_update:
            notes.append("it counts as an update to the victim")
        self.ui.kindNote.setText("; ".join(notes) + ".")

    # -- consent -------------------------------------------------------------------------------
    def record_consent(self) -> None:
        choice = self.provider_choice()
        if choice is None:
            return
        name = self.setup.victim_name
        if choice.consent is None:
            ok = confirm(self, "Record consent to share",
                         f"Record that {name} has agreed that we share what {choice.name} "
                         "needs to offer them support?\n\nOnly record this if the victim "
                         "told you so themselves.", "Record consent")
        else:
            ok = confirm(self, "Record consent withdrawn",
                         f"Record that {name} no longer agrees to their details being shared "
                         f"with {choice.name}? No referral letter to them can be written "
                         "afterwards.", "Record withdrawn")
        if not ok:
            return
        self.save_consent(given=choice.consent is None)

    def save_consent(self, *, given: bool) -> None:
        choice = self.provider_choice()
        user = self.context.user
        try:
            with self.context.store.session(write=True) as session:
                record_consent(session, self.case_id, choice.id, given=given,
                               user=user.username, staff_id=user.id)
                session.commit()
        except DocumentRefused as refused:
            self.ui.problem.setText(str(refused))
            self.ui.problem.show()
            return
        self.context.changes.case_changed.emit(self.case_id)
        self._load()
        self.check()

    # -- the document --------------------------------------------------------------------------
    def build(self):
        """(pdf bytes, title, file name, intro, record note, on_output) for the preview."""
        from ..letters.referral import referral_letter_pdf
        from ..letters.victim import victim_letter_pdf

        user, today = self.context.user, self.context.today()
        with self.context.store.session() as session:
            if self.ui.tabs.currentIndex() == SERVICE_TAB:
                choice = self.provider_choice()
                letter = referral_letter(session, self.case_id, choice.id, today=today,
                                         reason=self.reason())
                pdf = referral_letter_pdf(letter)

                def record():
                    with self.context.store.session(write=True) as writing:
                        record_referral(writing, letter, user=user.username, staff_id=user.id)
                        writing.commit()

                title = f"Referral to {choice.name} — {letter.case_ref}"
                note = (f"Printing or saving this letter records on the case that "
                        f"{self.setup.victim_name}'s details were disclosed to {choice.name} "
                        "(to whom, when, by you, why).")
                return pdf, title, f"{letter.case_ref} referral {choice.name}.pdf", note, record
            large = self.ui.largePrint.isChecked()
            letter = victim_letter(session, self.case_id, self.kind(), today=today,
                                   delivery=self.delivery())
            pdf = victim_letter_pdf(letter, large_print=large)

            def record():
                with self.context.store.session(write=True) as writing:
                    record_victim_letter(writing, letter, self.context.rulebook.rules,
                                         large_print=large, user=user.username,
                                         staff_id=user.id)
                    writing.commit()

            title = f"{letter.label} — {letter.case_ref}" + (" (large print)" if large else "")
            note = ("Printing or saving this letter logs it on the case's contacts"
                    + (" as an e-mail" if letter.delivery == EMAIL else "") + ".")
            file_name = f"{letter.case_ref} {letter.kind}{' large print' if large else ''}.pdf"
            return pdf, title, file_name, note, record

    def open_preview(self) -> None:
        from .document_preview_dialog import DocumentPreviewDialog

        try:
            pdf, title, file_name, note, record = self.build()
        except DocumentRefused as refused:
            self.check()
            self.ui.problem.setText(str(refused))
            self.ui.problem.show()
            return

        def recorded():
            record()
            self.produced = title
            self.context.changes.case_changed.emit(self.case_id)

        self.preview = DocumentPreviewDialog(pdf, title=title, file_name=file_name,
                                             record_note=note, on_output=recorded, parent=self)
        self.preview.resize(900, 760)
        self.preview.exec()
        self.preview = None
        if self.produced:
            self.accept()
