"""What the letters and case summaries show, gathered from the store, and what producing one
records on the case.

- A referral letter to a support service needs the victim's consent to share with that service.
  That consent is not the referral's `consent_to_contact` (which is about contacting the
  victim): it is recorded on the case's contact log as an entry of kind "consent" (outcome
  "given" or "withdrawn", the summary naming the service on its first line), so it syncs, shows
  on the timeline with who recorded it and when, and needs no new column or migration. The
  latest record for a service decides (domain.letters.consent_in_force).
- Producing a referral letter records the disclosure on the timeline: an entry of kind
  "disclosure" (outbound, sent) saying to whom, why, what was shared and on what consent; the
  entry's time and staff are when and by whom.
- Producing a letter to the victim logs an outbound letter (or e-mail) through
  store.contacts.log_contact, which refuses it again if the channel is not safe and meets the
  obligations it satisfies (an offer of support, an update).

Nothing here draws a page: val_desktop.letters renders these dataclasses.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from difflib import get_close_matches
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..domain.clock import UK, uk_date, utc_now
from ..domain.contacts import ATTEMPT_KINDS, Contact
from ..domain.journey import EVENT_KINDS, event_label
from ..domain.letters import (
    EMAIL,
    GIVEN,
    OPTIONAL_FIELDS,
    POST,
    VICTIM_LETTERS,
    WITHDRAWN,
    ConsentRecord,
    Urgency,
    VictimLetterFacts,
    consent_in_force,
    consent_refusal,
    contact_safety_line,
    referral_fields,
    shareable_contact,
    urgency,
    victim_letter_refusal,
)
from ..domain.needs import NEED_DOMAINS, score_label
from ..domain.vocabulary import CONTACT_CHANNELS, offence_label
from .assessments import list_actions, list_assessments, reassessment_info
from .case_overview import load_overview
from .cases import Rulebook
from .complaints import case_complaints, case_vrr_requests
from .contacts import LoggedContact, load_obligations, load_timeline, log_contact
from .court import case_prosecutions
from .ids import new_id
from .models import (
    Case,
    ContactLogEntry,
    ContactPermissions,
    JourneyEvent,
    NeedsAssessment,
    NeedScore,
    ServiceProvider,
    Staff,
    SupportPlanAction,
    Victim,
)
from .rj import case_rj_referrals
from .spoc_history import assignment_history

CONSENT_KIND = "consent"
DISCLOSURE_KIND = "disclosure"
CONSENT_PREFIX = "Consent to share with: "
DISCLOSURE_PREFIX = "Referral letter sent to: "
REASON_MAX = 1000
NOTE_MAX = 1000
SUMMARY_MAX = 4000  # the contact log's limit (domain.contacts.SUMMARY_MAX)
# The journey events a court update tells the victim about (charge decisions and court).
COURT_TRIGGERS = frozenset({"charge_decision", "hearing_listed", "bail_outcome",
                            "court_outcome"})
COURT_EVENTS = frozenset(kind for kind, (_, trigger) in EVENT_KINDS.items()
                         if trigger in COURT_TRIGGERS)


class DocumentRefused(ValueError):
    """A document that must not be produced, or a record that cannot be made; str() says why
    in words for the caseworker. Nothing was written."""


# -- finding things by what people type ------------------------------------------------------


def find_case(session: Session, ref: str) -> uuid.UUID:
    wanted = (ref or "").strip().upper()
    case_id = session.scalar(select(Case.id).where(func.upper(Case.ref) == wanted,
                                                   Case.deleted.is_(False)))
    if case_id is None:
        raise DocumentRefused(f"There is no case {ref!r} on this workstation.")
    return case_id


def find_provider(session: Session, name: str) -> uuid.UUID:
    """A service in the directory by its name (any case). Suggests near names when none fits."""
    wanted = (name or "").strip()
    rows = session.execute(
        select(ServiceProvider.id, ServiceProvider.name).where(ServiceProvider.deleted.is_(False))
    ).all()
    for provider_id, provider_name in rows:
        if provider_name.casefold() == wanted.casefold():
            return provider_id
    names = [n for _, n in rows]
    near = get_close_matches(wanted, names, n=3, cutoff=0.5) or [
        n for n in names if wanted and wanted.casefold() in n.casefold()][:3]
    hint = f" Did you mean: {'; '.join(near)}?" if near else ""
    raise DocumentRefused(f"There is no service called {wanted!r} in the directory.{hint}")


# -- the pieces the documents share -----------------------------------------------------------


@dataclass(frozen=True)
class SpocContact:
    name: str | None
    username: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class ProviderInfo:
    id: uuid.UUID
    name: str
    category: str
    phone: str | None
    website: str | None
    need_domains: tuple[str, ...]


@dataclass(frozen=True)
class NeedLine:
    domain: str
    label: str
    score: int

    @property
    def level(self) -> str:
        return score_label(self.score)


def _case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise DocumentRefused("That case is no longer on this workstation.")
    return case


def _provider(session: Session, provider_id: uuid.UUID) -> ServiceProvider:
    provider = session.get(ServiceProvider, provider_id)
    if provider is None or provider.deleted:
        raise DocumentRefused("That service is no longer in the directory.")
    return provider


def _provider_info(provider: ServiceProvider) -> ProviderInfo:
    return ProviderInfo(provider.id, provider.name, provider.category, provider.phone,
                        provider.website, tuple(provider.need_domains or ()))


def _permissions(session: Session, victim_id: uuid.UUID) -> dict[str, str]:
    row = session.scalars(
        select(ContactPermissions).where(ContactPermissions.victim_id == victim_id)).first()
    return {c: (getattr(row, c) if row else None) or "unknown" for c in CONTACT_CHANNELS}


def _spoc(session: Session, case: Case) -> SpocContact:
    staff = session.get(Staff, case.spoc_id) if case.spoc_id else None
    if staff is None or staff.deleted:
        return SpocContact(None, None, None, None)
    return SpocContact(staff.display_name, staff.username, staff.phone, staff.email)


def _address(victim: Victim) -> tuple[str, ...]:
    return tuple(part for part in (victim.address_line1, victim.address_line2, victim.town,
                                   victim.postcode) if part)


def _staff_name(session: Session, staff_id: uuid.UUID | None, username: str | None) -> str:
    if staff_id is not None:
        name = session.scalar(select(Staff.display_name).where(Staff.id == staff_id))
        if name:
            return name
    if username:
        name = session.scalar(select(Staff.display_name).where(Staff.username == username))
        return name or username
    return ""


def _first_line_after(summary: str | None, prefix: str) -> str | None:
    first = (summary or "").split("\n", 1)[0]
    return first[len(prefix):].strip() if first.startswith(prefix) else None


# -- consent to share with a service ----------------------------------------------------------


def consent_records(session: Session, case_id: uuid.UUID) -> list[ConsentRecord]:
    """Every consent-to-share record on the case, oldest first."""
    by_user = aliased(Staff)
    rows = session.execute(
        select(ContactLogEntry.at, ContactLogEntry.outcome, ContactLogEntry.summary,
               ContactLogEntry.updated_by, Staff.display_name, by_user.display_name)
        .outerjoin(Staff, Staff.id == ContactLogEntry.staff_id)
        .outerjoin(by_user, by_user.username == ContactLogEntry.updated_by)
        .where(ContactLogEntry.case_id == case_id, ContactLogEntry.kind == CONSENT_KIND,
               ContactLogEntry.deleted.is_(False))
        .order_by(ContactLogEntry.at)
    ).all()
    records = []
    for at, outcome, summary, updated_by, name, user_name in rows:
        provider = _first_line_after(summary, CONSENT_PREFIX)
        if provider and outcome in (GIVEN, WITHDRAWN):
            records.append(ConsentRecord(provider, outcome, at,
                                         name or user_name or updated_by or ""))
    return records


def record_consent(session: Session, case_id: uuid.UUID, provider_id: uuid.UUID, *,
                   given: bool = True, note: str = "", user: str | None,
                   staff_id: uuid.UUID | None, at: datetime | None = None) -> ContactLogEntry:
    """Record that the victim gave (or withdrew) consent to share their details with a service.
    The caller commits."""
    case = _case(session, case_id)
    provider = _provider(session, provider_id)
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise DocumentRefused(f"The note is too long ({len(note):,} characters; "
                              f"{NOTE_MAX:,} at most).")
    if given and not provider.active:
        raise DocumentRefused(f"{provider.name} has been retired from the directory; "
                              "choose a service that is still running.")
    at = at or utc_now()
    if at < case.referred_at:
        raise DocumentRefused("Consent cannot be recorded before the case was referred.")
    summary = CONSENT_PREFIX + provider.name + (
        "" if given else "\nConsent withdrawn") + (f"\n{note}" if note else "")
    entry = ContactLogEntry(
        id=new_id(), case_id=case.id, at=at, kind=CONSENT_KIND, direction=None,
        outcome=GIVEN if given else WITHDRAWN, staff_id=staff_id, summary=summary,
        updated_by=user,
    )
    session.add(entry)
    session.flush()
    return entry


# -- a referral letter to a service -----------------------------------------------------------


@dataclass(frozen=True)
class ReferralLetterData:
    case_id: uuid.UUID
    case_ref: str
    letter_date: date
    provider: ProviderInfo
    shared: frozenset[str]  # domain.letters field names this service may receive
    victim_first_name: str
    victim_name: str
    consent: ConsentRecord
    urgency: Urgency
    contact_safety: str
    spoc: SpocContact
    needs: tuple[NeedLine, ...]
    needs_assessed_on: date | None
    plan_actions: tuple[str, ...]
    reason: str | None
    # Only filled when this service may have them (None / empty otherwise):
    phone: str | None = None
    email: str | None = None
    address_lines: tuple[str, ...] = ()
    date_of_birth: date | None = None
    language: str | None = None
    offence: str | None = None
    crime_reference: str | None = None

    def shared_labels(self) -> list[str]:
        """What the letter carries beyond who, why, urgency, consent and SPOC, in words."""
        labels = []
        if self.phone:
            labels.append("phone")
        if self.email:
            labels.append("e-mail")
        for name, value in (("address", self.address_lines),
                            ("date_of_birth", self.date_of_birth),
                            ("language", self.language), ("offence", self.offence),
                            ("crime_reference", self.crime_reference)):
            if value:
                labels.append(OPTIONAL_FIELDS[name].split(" (")[0].lower())
        return labels

    def why(self) -> str:
        parts = []
        if self.needs:
            parts.append("; ".join(f"{n.label} ({n.level.lower()})" for n in self.needs))
        if self.plan_actions:
            parts.append("; ".join(self.plan_actions))
        if self.reason:
            parts.append(self.reason)
        return " — ".join(parts)


def _language(victim: Victim) -> str | None:
    language = (victim.preferred_language or "").strip()
    if victim.interpreter_needed:
        return f"{language or 'Language not recorded'} — needs an interpreter"
    return language or None


def referral_letter(session: Session, case_id: uuid.UUID, provider_id: uuid.UUID, *,
                    today: date, reason: str | None = None) -> ReferralLetterData:
    """What a referral letter to this service may say. Raises DocumentRefused when it must not
    be produced: the case is closed, the service retired, no consent to share with it is in
    force, or nothing says why."""
    case = _case(session, case_id)
    provider = _provider(session, provider_id)
    if case.status == "closed":
        raise DocumentRefused("The case is closed: reopen it before referring the victim.")
    if not provider.active:
        raise DocumentRefused(f"{provider.name} has been retired from the directory; "
                              "choose a service that is still running.")
    records = consent_records(session, case.id)
    refusal = consent_refusal(records, provider.name)
    if refusal:
        raise DocumentRefused(refusal)
    consent = consent_in_force(records, provider.name)
    reason = " ".join((reason or "").split()) or None
    if reason and len(reason) > REASON_MAX:
        raise DocumentRefused(f"The reason is too long ({len(reason):,} characters; "
                              f"{REASON_MAX:,} at most).")
    victim = case.victim
    permissions = _permissions(session, victim.id)
    fields = referral_fields(provider.category)
    contact = shareable_contact(permissions, fields)

    latest = session.execute(
        select(NeedsAssessment.id, NeedsAssessment.assessed_at, NeedsAssessment.risk_level)
        .where(NeedsAssessment.case_id == case.id, NeedsAssessment.deleted.is_(False))
        .order_by(NeedsAssessment.assessed_at.desc(), NeedsAssessment.id.desc())
        .limit(1)
    ).first()
    served = set(provider.need_domains or ()) or set(NEED_DOMAINS)
    needs: tuple[NeedLine, ...] = ()
    if latest is not None:
        order = list(NEED_DOMAINS)
        scores = session.execute(
            select(NeedScore.domain, NeedScore.score).where(
                NeedScore.assessment_id == latest.id, NeedScore.deleted.is_(False))).all()
        needs = tuple(sorted(
            (NeedLine(d, NEED_DOMAINS[d], s) for d, s in scores
             if d in served and d in NEED_DOMAINS and s >= 1),
            key=lambda n: (-n.score, order.index(n.domain))))
    actions = tuple(session.scalars(
        select(SupportPlanAction.action)
        .where(SupportPlanAction.case_id == case.id, SupportPlanAction.provider_id == provider.id,
               SupportPlanAction.done_at.is_(None), SupportPlanAction.deleted.is_(False))
        .order_by(SupportPlanAction.due)
    ))
    if not (needs or actions or reason):
        raise DocumentRefused(
            "Say why you are referring: no need that this service meets is recorded on the "
            "latest needs assessment, and no support plan action names it. No letter was "
            "produced.")
    risk = latest.risk_level if latest else case.risk_level
    return ReferralLetterData(
        case_id=case.id, case_ref=case.ref, letter_date=today,
        provider=_provider_info(provider), shared=fields,
        victim_first_name=victim.first_name, victim_name=victim.full_name,
        consent=consent,
        urgency=urgency(case.enhanced, [r.get("text", "") for r in case.enhanced_reasons or []],
                        risk),
        contact_safety=contact_safety_line(permissions),
        spoc=_spoc(session, case),
        needs=needs, needs_assessed_on=uk_date(latest.assessed_at) if latest else None,
        plan_actions=actions, reason=reason,
        phone=victim.phone if "phone" in contact else None,
        email=victim.email if "email" in contact else None,
        address_lines=_address(victim) if "address" in contact else (),
        date_of_birth=victim.date_of_birth if "date_of_birth" in fields else None,
        language=_language(victim) if "language" in fields else None,
        offence=offence_label(case.offence_category) if "offence" in fields else None,
        crime_reference=case.crime_reference if "crime_reference" in fields else None,
    )


def disclosure_summary(letter: ReferralLetterData) -> str:
    shared = ", ".join(["name", "needs", "urgency", "SPOC contact", "contact safety",
                        *letter.shared_labels()])
    consent = (f"given {uk_date(letter.consent.at):%d %b %Y}"
               + (f", recorded by {letter.consent.by}" if letter.consent.by else ""))
    head = f"{DISCLOSURE_PREFIX}{letter.provider.name}\n"
    tail = f"\nShared: {shared}\nConsent: {consent}"
    why = letter.why()
    room = SUMMARY_MAX - len(head) - len(tail) - len("Why: ")
    if len(why) > room:
        why = why[: room - 1] + "…"
    return f"{head}Why: {why}{tail}"


def record_referral(session: Session, letter: ReferralLetterData, *, user: str | None,
                    staff_id: uuid.UUID | None, at: datetime | None = None) -> ContactLogEntry:
    """Record the disclosure a referral letter makes on the case's timeline: to whom, when, by
    whom, why, what and on what consent. The caller commits."""
    case = _case(session, letter.case_id)
    records = consent_records(session, case.id)
    refusal = consent_refusal(records, letter.provider.name)
    if refusal:  # withdrawn between preview and print
        raise DocumentRefused(refusal)
    entry = ContactLogEntry(
        id=new_id(), case_id=case.id, at=at or utc_now(), kind=DISCLOSURE_KIND,
        direction="outbound", outcome="sent", staff_id=staff_id,
        summary=disclosure_summary(letter), updated_by=user,
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Disclosure:
    at: datetime
    provider: str
    by: str


def disclosures(session: Session, case_id: uuid.UUID) -> list[Disclosure]:
    """The referral letters recorded on the case, oldest first."""
    by_user = aliased(Staff)
    rows = session.execute(
        select(ContactLogEntry.at, ContactLogEntry.summary, ContactLogEntry.updated_by,
               Staff.display_name, by_user.display_name)
        .outerjoin(Staff, Staff.id == ContactLogEntry.staff_id)
        .outerjoin(by_user, by_user.username == ContactLogEntry.updated_by)
        .where(ContactLogEntry.case_id == case_id, ContactLogEntry.kind == DISCLOSURE_KIND,
               ContactLogEntry.deleted.is_(False))
        .order_by(ContactLogEntry.at)
    ).all()
    found = []
    for at, summary, updated_by, name, user_name in rows:
        provider = _first_line_after(summary, DISCLOSURE_PREFIX)
        if provider:
            found.append(Disclosure(at, provider, name or user_name or updated_by or ""))
    return found


# -- letters to the victim --------------------------------------------------------------------


@dataclass(frozen=True)
class VictimLetterData:
    case_id: uuid.UUID
    case_ref: str
    kind: str  # domain.letters.VICTIM_LETTERS
    delivery: str  # post / email
    letter_date: date
    victim_first_name: str
    victim_name: str
    address_lines: tuple[str, ...]  # for post
    email: str | None  # for e-mail
    spoc: SpocContact
    attempt_date: date | None = None
    provider: ProviderInfo | None = None
    referral_date: date | None = None
    court_event: str | None = None
    court_event_date: date | None = None
    court_event_details: str | None = None
    closed_date: date | None = None

    @property
    def label(self) -> str:
        return VICTIM_LETTERS[self.kind].label


def _latest_attempt(session: Session, case_id: uuid.UUID) -> datetime | None:
    return session.scalar(
        select(func.max(ContactLogEntry.at)).where(
            ContactLogEntry.case_id == case_id, ContactLogEntry.deleted.is_(False),
            ContactLogEntry.direction == "outbound", ContactLogEntry.kind.in_(ATTEMPT_KINDS)))


def _latest_court_event(session: Session, case_id: uuid.UUID) -> JourneyEvent | None:
    return session.scalars(
        select(JourneyEvent)
        .where(JourneyEvent.case_id == case_id, JourneyEvent.deleted.is_(False),
               JourneyEvent.kind.in_(COURT_EVENTS))
        .order_by(JourneyEvent.occurred_at.desc())
        .limit(1)
    ).first()


def victim_letter_problem(session: Session, case_id: uuid.UUID, kind: str,
                          delivery: str = POST) -> str | None:
    """Why this letter to the victim cannot be produced, or None (for the dialog)."""
    try:
        _victim_letter_facts(session, case_id, kind, delivery)
    except DocumentRefused as refused:
        return str(refused)
    return None


def _victim_letter_facts(session, case_id, kind, delivery):
    if kind not in VICTIM_LETTERS:
        raise DocumentRefused(f"There is no letter {kind!r}; the letters to a victim are: "
                              + ", ".join(VICTIM_LETTERS) + ".")
    if delivery not in (POST, EMAIL):
        raise DocumentRefused("Choose post or e-mail.")
    case = _case(session, case_id)
    victim = case.victim
    permissions = _permissions(session, victim.id)
    spoc = _spoc(session, case)
    referrals = disclosures(session, case.id) if VICTIM_LETTERS[kind].needs == "referral" else []
    court = _latest_court_event(session, case.id)
    attempt = _latest_attempt(session, case.id)
    facts = VictimLetterFacts(
        has_spoc=spoc.name is not None, closed=case.status == "closed",
        has_referral=bool(referrals), has_court_milestone=court is not None,
        has_address=bool(victim.address_line1 and victim.postcode),
        has_email=bool(victim.email),
    )
    refusal = victim_letter_refusal(kind, delivery, permissions, facts)
    if refusal:
        raise DocumentRefused(refusal)
    if kind == "tried_to_reach" and attempt is None:
        raise DocumentRefused("No attempt to reach the victim is logged yet: log the call or "
                              "visit that did not reach them first.")
    return case, victim, spoc, referrals, court, attempt


def victim_letter(session: Session, case_id: uuid.UUID, kind: str, *, today: date,
                  delivery: str = POST) -> VictimLetterData:
    """What a letter to the victim says. Raises DocumentRefused (with the reason in words)
    unless writing to them by this delivery is recorded as safe and the letter makes sense."""
    case, victim, spoc, referrals, court, attempt = _victim_letter_facts(
        session, case_id, kind, delivery)
    provider = referral_date = None
    if referrals:
        latest = referrals[-1]
        referral_date = uk_date(latest.at)
        row = session.scalars(select(ServiceProvider).where(
            func.lower(ServiceProvider.name) == latest.provider.lower())).first()
        provider = (_provider_info(row) if row else
                    ProviderInfo(new_id(), latest.provider, "", None, None, ()))
    return VictimLetterData(
        case_id=case.id, case_ref=case.ref, kind=kind, delivery=delivery, letter_date=today,
        victim_first_name=victim.first_name, victim_name=victim.full_name,
        address_lines=_address(victim) if delivery == POST else (),
        email=victim.email if delivery == EMAIL else None,
        spoc=spoc,
        attempt_date=uk_date(attempt) if attempt else None,
        provider=provider, referral_date=referral_date,
        court_event=event_label(court.kind) if court else None,
        court_event_date=uk_date(court.occurred_at) if court else None,
        court_event_details=(court.details or None) if court else None,
        closed_date=uk_date(case.closed_at) if case.closed_at else None,
    )


def record_victim_letter(session: Session, letter: VictimLetterData, rules, *,
                         large_print: bool, user: str | None, staff_id: uuid.UUID | None,
                         at: datetime | None = None) -> LoggedContact:
    """Log the letter (or e-mail) on the case's contacts; it meets the obligations it satisfies.
    Raises DocumentRefused if the victim's permissions no longer allow it. The caller commits."""
    from .contacts import CaseMissing, ContactRefused

    spec = VICTIM_LETTERS[letter.kind]
    contact = Contact("letter" if letter.delivery == POST else "email", "outbound", "sent",
                      offered_support=spec.offers_support, update=spec.gives_update)
    summary = f"Letter: {spec.label}" + (" (large print)" if large_print else "") + (
        ", by e-mail" if letter.delivery == EMAIL else ", by post")
    now = utc_now()
    try:
        return log_contact(session, letter.case_id, contact, at or now, summary, rules,
                           user=user or "", staff_id=staff_id, now=max(now, at or now))
    except (ContactRefused, CaseMissing) as error:
        raise DocumentRefused(str(error)) from None


# -- case summaries ---------------------------------------------------------------------------

PartLoader = Callable[[Session, uuid.UUID, Rulebook, date], Any]

# The data a case summary draws on, by name; val_desktop.letters.case_summary.SECTIONS renders
# it. A new section adds its loader here and its section there.
SUMMARY_PARTS: dict[str, PartLoader] = {
    "overview": lambda s, case_id, rulebook, today: load_overview(s, case_id, today),
    "spoc_history": lambda s, case_id, rulebook, today: assignment_history(s, case_id),
    "assessments": lambda s, case_id, rulebook, today: list_assessments(s, case_id),
    "reassessment": lambda s, case_id, rulebook, today: reassessment_info(
        s, case_id, rulebook, today),
    "plan": lambda s, case_id, rulebook, today: list_actions(s, case_id),
    "obligations": lambda s, case_id, rulebook, today: load_obligations(
        s, case_id, rulebook.rules, today),
    "rj_referrals": lambda s, case_id, rulebook, today: case_rj_referrals(s, case_id, today),
    "prosecutions": lambda s, case_id, rulebook, today: case_prosecutions(s, case_id, today),
    "complaints": lambda s, case_id, rulebook, today: case_complaints(s, case_id, today),
    "vrr_requests": lambda s, case_id, rulebook, today: case_vrr_requests(s, case_id),
    "timeline": lambda s, case_id, rulebook, today: load_timeline(s, case_id, rulebook.rules),
}


@dataclass(frozen=True)
class CaseSummaryData:
    case_id: uuid.UUID
    ref: str
    victim_name: str
    today: date
    parts: dict[str, Any] = field(default_factory=dict)


def case_summary(session: Session, case_id: uuid.UUID, rulebook: Rulebook,
                 today: date) -> CaseSummaryData:
    case = _case(session, case_id)
    parts = {name: load(session, case.id, rulebook, today)
             for name, load in SUMMARY_PARTS.items()}
    return CaseSummaryData(case.id, case.ref, case.victim.full_name, today, parts)


@dataclass(frozen=True)
class CaseChoice:
    id: uuid.UUID
    ref: str
    victim_name: str


def open_cases_for(session: Session, spoc: str | None) -> list[CaseChoice]:
    """The open cases of one caseworker (by user name), or of the whole team (None)."""
    query = (select(Case.id, Case.ref, Victim.first_name, Victim.last_name)
             .join(Victim, Victim.id == Case.victim_id)
             .where(Case.status != "closed", Case.deleted.is_(False)))
    if spoc is not None:
        staff_id = session.scalar(select(Staff.id).where(
            func.lower(Staff.username) == spoc.strip().lower(), Staff.deleted.is_(False)))
        if staff_id is None:
            raise DocumentRefused(f"There is no member of staff with the user name {spoc!r}.")
        query = query.where(Case.spoc_id == staff_id)
    rows = session.execute(query.order_by(Case.ref)).all()
    return [CaseChoice(i, ref, f"{first} {last}") for i, ref, first, last in rows]


@dataclass(frozen=True)
class Printer:
    """Who is printing an internal document, and when (UK local time)."""

    name: str
    username: str | None
    at: datetime

    @property
    def label(self) -> str:
        return f"{self.name} ({self.username})" if self.username and self.username != self.name \
            else self.name


def printer_for(session: Session, username: str | None, at: datetime | None = None) -> Printer:
    moment = (at or utc_now()).replace(tzinfo=UTC).astimezone(UK)
    name = None
    if username:
        name = session.scalar(select(Staff.display_name).where(Staff.username == username))
    return Printer(name or username or "unknown user", username, moment)


# -- what the letter dialog offers ------------------------------------------------------------


@dataclass(frozen=True)
class ProviderChoice:
    id: uuid.UUID
    name: str
    category: str
    consent: ConsentRecord | None  # in force
    withdrawn: bool  # the latest record withdrew it
    suggested: bool  # it meets one of the case's recorded needs, or its offence


@dataclass(frozen=True)
class LetterSetup:
    case_id: uuid.UUID
    ref: str
    victim_name: str
    status: str
    permissions: dict[str, str]
    providers: tuple[ProviderChoice, ...]


def letter_setup(session: Session, case_id: uuid.UUID) -> LetterSetup:
    """The case, its contact permissions and the directory's running services with the
    victim's consent to share with each (suggested services first)."""
    case = _case(session, case_id)
    records = consent_records(session, case.id)
    assessments = list_assessments(session, case.id)
    needs = {d for d, s in (assessments[-1].scores.items() if assessments else ()) if s >= 1}
    rows = session.scalars(
        select(ServiceProvider)
        .where(ServiceProvider.deleted.is_(False), ServiceProvider.active.is_(True))
        .order_by(ServiceProvider.category, ServiceProvider.name)
    ).all()
    choices = []
    for p in rows:
        latest = [r for r in records if r.provider.casefold() == p.name.casefold()]
        suggested = bool(needs & set(p.need_domains or ())) or (
            case.offence_category in (p.offence_categories or ()))
        choices.append(ProviderChoice(
            p.id, p.name, p.category, consent_in_force(records, p.name),
            bool(latest) and latest[-1].state == WITHDRAWN, suggested))
    choices.sort(key=lambda c: not c.suggested)
    return LetterSetup(case.id, case.ref, case.victim.full_name, case.status,
                       _permissions(session, case.victim_id), tuple(choices))


@dataclass(frozen=True)
class CaseloadChoice:
    username: str
    name: str
    open_cases: int


def caseload_choices(session: Session) -> tuple[int, list[CaseloadChoice]]:
    """(open cases in all, each active caseworker with their open cases) for the summaries
    dialog."""
    loads = dict(session.execute(
        select(Case.spoc_id, func.count())
        .where(Case.status != "closed", Case.deleted.is_(False))
        .group_by(Case.spoc_id)
    ).all())
    people = session.execute(
        select(Staff.id, Staff.username, Staff.display_name)
        .where(Staff.role == "caseworker", Staff.active.is_(True), Staff.deleted.is_(False))
        .order_by(Staff.display_name)
    ).all()
    return (sum(loads.values()),
            [CaseloadChoice(username, name, int(loads.get(i, 0))) for i, username, name in people])
