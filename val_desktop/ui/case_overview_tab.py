"""The case at a glance: the victim (address included: this is the caseworker's own screen), the
referral, the contact permissions in colour and words, enhanced rights and why (with a way to add
a reason of one's own), SPOC, status, and possible matches to confirm or reject."""

from __future__ import annotations

import html
import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from ..domain.clock import UK
from ..domain.phone import display_phone
from ..domain.vocabulary import (
    CASE_STATUSES,
    DISABILITY_ANSWERS,
    GENDERS,
    REFERRAL_SOURCES,
    RISK_LEVELS,
    offence_label,
)
from ..store.case_overview import (
    CaseOverview,
    MatchInfo,
    OverviewError,
    add_enhanced_reason,
    load_overview,
    resolve_possible_match,
)
from .context import AppContext
from .generated.ui_case_overview_tab import Ui_CaseOverviewTab

# Each channel: the object name of its label, and what "no" means in words.
PERMISSION_LABELS = {
    "safe_to_call": ("safeToCall", "do not phone"),
    "safe_to_leave_voicemail": ("safeToLeaveVoicemail", "do not leave voicemail"),
    "safe_to_text": ("safeToText", "do not text"),
    "safe_to_write": ("safeToWrite", "do not write or post anything"),
    "safe_to_email": ("safeToEmail", "do not e-mail"),
}
PERMISSION_STYLES = {
    "yes": "background:#d8f3dc; color:#1b4332; border:1px solid #74c69d;",
    "no": "background:#b00020; color:#ffffff; font-weight:700; border:1px solid #7a0016;",
    "unknown": "background:#fff4ce; color:#5c4400; font-weight:700; border:1px solid #e0c060;",
}
MATCH_STATUS = {"pending": "Waiting for a decision", "confirmed": "Same person",
                "rejected": "Different people"}
MATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _yes_no(value: bool | None) -> str:
    return "Not recorded" if value is None else ("Yes" if value else "No")


def _moment(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y %H:%M")


def _day(day: date | None) -> str:
    return day.strftime("%d %b %Y") if day else "—"


def permission_words(channel: str, value: str) -> str:
    dont = PERMISSION_LABELS[channel][1]
    if value == "yes":
        return "Yes — safe"
    if value == "no":
        return f"NO — {dont}"
    return f"NOT KNOWN — counts as no: {dont}"


class CaseOverviewTab(QWidget):
    def __init__(self, context: AppContext, case_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.overview: CaseOverview | None = None
        self.ui = Ui_CaseOverviewTab()
        self.ui.setupUi(self)
        for name, _ in PERMISSION_LABELS.values():
            getattr(self.ui, name).setMargin(3)
        self.ui.addReason.clicked.connect(self.add_reason)
        self.ui.newReason.returnPressed.connect(self.add_reason)
        self.ui.newReason.textChanged.connect(lambda _: self.ui.reasonProblem.setText(""))
        self.ui.confirmMatch.clicked.connect(lambda: self.resolve_match(True))
        self.ui.rejectMatch.clicked.connect(lambda: self.resolve_match(False))
        table = self.ui.matches
        headers = ("Name", "Born", "Where", "Their cases", "Why it looks the same", "Decision")
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._match_chosen)

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.context.store.session() as session:
            self.overview = load_overview(session, self.case_id, self.context.today())
        o = self.overview
        ui = self.ui
        ui.victimName.setText(o.victim_name)
        born = _day(o.date_of_birth)
        if o.age is not None:
            born += f" (age {o.age})"
        ui.victimBorn.setText(born if o.date_of_birth else "Not recorded")
        ui.victimGender.setText(GENDERS.get(o.gender, o.gender or "Not recorded"))
        ui.victimLanguage.setText(o.preferred_language or "Not recorded")
        ui.victimInterpreter.setText(
            "Yes — book an interpreter" if o.interpreter_needed else _yes_no(o.interpreter_needed))
        ui.victimDisability.setText(DISABILITY_ANSWERS.get(o.disability,
                                                           o.disability or "Not recorded"))
        ui.victimPhone.setText(display_phone(o.phone) or "None recorded")
        ui.victimEmail.setText(o.email or "None recorded")
        ui.victimAddress.setText("\n".join(o.address_lines) or "No address recorded")

        first = o.referrals[0] if o.referrals else None
        ui.referralSource.setText(REFERRAL_SOURCES.get(first.source, first.source) if first
                                  else "Not recorded")
        source_ids = ", ".join(r.source_id for r in o.referrals)
        ui.referralSourceId.setText(source_ids or "—")
        ui.referredAt.setText(_moment(o.referred_at)
                              + (f" ({'typed in' if first.received_via == 'manual' else 'file'})"
                                 if first else ""))
        ui.crimeReference.setText(o.crime_reference or "None")
        ui.reportedToPolice.setText(_yes_no(o.reported_to_police))
        ui.offence.setText(offence_label(o.offence_category))
        ui.offenceDate.setText(_day(o.offence_date) if o.offence_date else "Not recorded")
        ui.consent.setText(_yes_no(o.consent_to_contact))
        notes = "\n".join(r.notes for r in o.referrals if r.notes)
        ui.referralNotes.setText(notes or "—")

        status = CASE_STATUSES.get(o.status, o.status)
        if o.status == "closed" and o.closed_at:
            status += f" on {_moment(o.closed_at)}"
            if o.closure_reason:
                status += f": {o.closure_reason}"
        ui.caseStatus.setText(status)
        ui.spoc.setText(o.spoc or "No SPOC — ask a supervisor to allocate one")
        ui.riskLevel.setText(RISK_LEVELS.get(o.risk_level, o.risk_level))
        self._show_enhanced(o)
        self._show_permissions(o)
        self._show_matches(o.matches)

    def _show_enhanced(self, o: CaseOverview) -> None:
        service = self.ui.service
        if o.enhanced:
            service.setText("ENHANCED RIGHTS — shorter Victims' Code deadlines")
            service.setStyleSheet("color:#6a1b9a; font-weight:700;")
        else:
            service.setText("Standard service")
            service.setStyleSheet("")
        computed = [text for code, text in o.enhanced_reasons if code != "caseworker"]
        lines = [f"• {html.escape(text, quote=False)}" for text in computed]
        lines += [f"• {html.escape(text, quote=False)} <i>(added by a caseworker)</i>"
                  for text in o.caseworker_reasons]
        self.ui.enhancedReasons.setText(
            "<br>".join(lines) if lines
            else "None of the enhanced-rights tests applies. If you know of a reason (for "
                 "example the victim is vulnerable or intimidated), add it below.")

    def _show_permissions(self, o: CaseOverview) -> None:
        for channel, (name, _) in PERMISSION_LABELS.items():
            value = o.permissions.get(channel) or "unknown"
            label = getattr(self.ui, name)
            label.setText(permission_words(channel, value))
            label.setStyleSheet(PERMISSION_STYLES.get(value, PERMISSION_STYLES["unknown"]))
            label.setAccessibleDescription(label.text())

    def _show_matches(self, matches: tuple[MatchInfo, ...]) -> None:
        ui = self.ui
        table = ui.matches
        pending = [m for m in matches if m.status == "pending"]
        ui.matchesBox.setTitle(f"Possible matches ({len(pending)} waiting)" if pending
                               else "Possible matches")
        has_any = bool(matches)
        for widget in (table, ui.confirmMatch, ui.rejectMatch):
            widget.setVisible(has_any)
        if not has_any:
            ui.matchesIntro.setText("No other victim record looks like this one.")
        elif pending:
            ui.matchesIntro.setText(
                "Someone we already know looks like this victim. Say whether it is the same "
                "person: the records are then linked, never merged.")
        else:
            ui.matchesIntro.setText("Every possible match has been decided.")
        ordered = pending + [m for m in matches if m.status != "pending"]
        table.setRowCount(len(ordered))
        for row, m in enumerate(ordered):
            decision = MATCH_STATUS.get(m.status, m.status)
            if m.status != "pending":
                decision += f" ({m.resolved_by or 'unknown'}, {_moment(m.resolved_at)})"
            where = ", ".join(p for p in (m.other_town, m.other_postcode) if p) or "—"
            values = (m.other_name, _day(m.other_born), where,
                      ", ".join(m.other_case_refs) or "—", m.reason, decision)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(MATCH_ID_ROLE, m.id)
                table.setItem(row, column, item)
        if pending:
            table.selectRow(0)
        self._match_chosen()

    def _chosen_match(self) -> MatchInfo | None:
        items = self.ui.matches.selectedItems()
        if not items or self.overview is None:
            return None
        match_id = items[0].data(MATCH_ID_ROLE)
        return next((m for m in self.overview.matches if m.id == match_id), None)

    def _match_chosen(self) -> None:
        match = self._chosen_match()
        pending = match is not None and match.status == "pending"
        self.ui.confirmMatch.setEnabled(pending)
        self.ui.rejectMatch.setEnabled(pending)

    # -- deciding ------------------------------------------------------------------------------
    def add_reason(self) -> bool:
        text = self.ui.newReason.text()
        try:
            with self.context.store.session(write=True) as session:
                add_enhanced_reason(session, self.case_id, text,
                                    user=self.context.user.username,
                                    rulebook=self.context.rulebook)
                session.commit()
        except OverviewError as problem:
            self.ui.reasonProblem.setText(str(problem))
            self.ui.newReason.setFocus()
            return False
        self.ui.newReason.clear()
        self.context.changes.case_changed.emit(self.case_id)
        return True

    def resolve_match(self, same_person: bool) -> bool:
        match = self._chosen_match()
        if match is None or match.status != "pending" or self.overview is None:
            return False
        if same_person:
            question = (f"Record that {match.other_name} is the same person as "
                        f"{self.overview.victim_name}? The two records stay separate and are "
                        "linked; nothing is merged.")
        else:
            question = (f"Record that {match.other_name} is a different person from "
                        f"{self.overview.victim_name}?")
        answer = QMessageBox.question(
            self, "Possible match", question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self.context.store.session(write=True) as session:
                resolve_possible_match(session, match.id, same_person=same_person,
                                       user=self.context.user.username)
                session.commit()
        except OverviewError as problem:
            QMessageBox.information(self, "Possible match", str(problem))
            self.context.changes.case_changed.emit(self.case_id)
            return False
        self.context.changes.case_changed.emit(self.case_id)
        return True
