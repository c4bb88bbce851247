"""Letters: which letters exist, when one must not be produced, and what a referral may share.

Pure rules (no Qt, no SQL, no ReportLab):

- the kinds of letter to a victim, and what sending one achieves on the case (an offer of
  support, an update) — `VICTIM_LETTERS`;
- a letter or e-mail to the victim is refused unless that channel is an explicit yes
  (`channel_refusal`; unknown means no, DESIGN section 2);
- consent to share with a support service is its own recorded fact, separate from the consent
  to contact the victim taken at referral: the latest record for that service decides
  (`consent_in_force`, `consent_refusal`);
- data minimisation: a referral letter carries only what that kind of service needs
  (`referral_fields`), and contact details only for the ways of contact that are safe
  (`shareable_contact`);
- how urgent a referral is, from enhanced rights and risk (`urgency`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from .permissions import is_safe

# -- letters to the victim -------------------------------------------------------------------


@dataclass(frozen=True)
class VictimLetter:
    code: str
    label: str
    template: str  # the file in resources/letters/ (without .txt)
    offers_support: bool  # the letter offers referral to support services (Code right 4)
    gives_update: bool  # the letter updates the victim on their case (Code rights 6-9)
    needs: str | None = None  # what must be on the case first: spoc, closed, referral, court


VICTIM_LETTERS: dict[str, VictimLetter] = {
    letter.code: letter
    for letter in (
        VictimLetter("introduction", "Introduction of your SPOC", "victim_introduction",
                     offers_support=True, gives_update=False, needs="spoc"),
        VictimLetter("tried_to_reach", "We tried to reach you", "victim_tried_to_reach",
                     offers_support=True, gives_update=False),
        VictimLetter("referral_made", "Referral made to a support service",
                     "victim_referral_made", offers_support=False, gives_update=False,
                     needs="referral"),
        VictimLetter("court_update", "Court update", "victim_court_update",
                     offers_support=False, gives_update=True, needs="court"),
        VictimLetter("closure", "Case closure, with an invitation to give feedback",
                     "victim_closure", offers_support=False, gives_update=False, needs="closed"),
    )
}

POST, EMAIL = "post", "email"
DELIVERY: dict[str, str] = {POST: "By post", EMAIL: "By e-mail"}
CHANNEL_OF_DELIVERY: dict[str, str] = {POST: "safe_to_write", EMAIL: "safe_to_email"}

# Large print: every letter to a victim has a variant with no text smaller than this.
LARGE_PRINT_POINTS = 16


def _answer(permissions: Mapping[str, str], channel: str) -> str:
    value = permissions.get(channel) or "unknown"
    return "not known, which counts as not safe" if value == "unknown" else value


def channel_refusal(permissions: Mapping[str, str], delivery: str) -> str | None:
    """Why a letter to the victim must not be produced for this delivery, or None.

    Only an explicit yes allows it: a letter to a shared home can trigger violence."""
    if delivery not in CHANNEL_OF_DELIVERY:
        raise ValueError(f"unknown delivery {delivery!r}")
    channel = CHANNEL_OF_DELIVERY[delivery]
    if is_safe(permissions, channel):
        return None
    if delivery == POST:
        return (f"It is not safe to write to this victim: Safe to write is "
                f"{_answer(permissions, channel)}. No letter was produced. Use a way of "
                "contact they have said is safe.")
    return (f"It is not safe to e-mail this victim: Safe to e-mail is "
            f"{_answer(permissions, channel)}. No letter was produced. Use a way of contact "
            "they have said is safe.")


@dataclass(frozen=True)
class VictimLetterFacts:
    """What the case holds that decides whether a kind of letter can be written."""

    has_spoc: bool
    closed: bool
    has_referral: bool
    has_court_milestone: bool
    has_address: bool
    has_email: bool


def victim_letter_refusal(kind: str, delivery: str, permissions: Mapping[str, str],
                          facts: VictimLetterFacts) -> str | None:
    """Why this letter to the victim cannot be produced, in words, or None when it can.

    Safety comes first: an unsafe channel is the reason given even when something else is
    missing too."""
    if kind not in VICTIM_LETTERS:
        known = ", ".join(VICTIM_LETTERS)
        raise ValueError(f"unknown letter {kind!r} (one of: {known})")
    reason = channel_refusal(permissions, delivery)
    if reason:
        return reason
    if delivery == POST and not facts.has_address:
        return "No postal address is recorded for this victim, so there is nowhere to post it."
    if delivery == EMAIL and not facts.has_email:
        return "No e-mail address is recorded for this victim."
    needs = VICTIM_LETTERS[kind].needs
    if needs == "spoc" and not facts.has_spoc:
        return "The case has no SPOC yet: assign one before introducing them."
    if needs == "closed" and not facts.closed:
        return "The case is still open: close it before sending the closure letter."
    if needs == "referral" and not facts.has_referral:
        return ("No referral letter to a support service is recorded on this case, so there is "
                "no referral to tell the victim about.")
    if needs == "court" and not facts.has_court_milestone:
        return "No charge decision or court milestone is recorded on this case yet."
    if kind != "closure" and facts.closed:
        return "The case is closed: only the closure letter can be sent."
    return None


# -- consent to share with a service ---------------------------------------------------------

GIVEN, WITHDRAWN = "given", "withdrawn"


@dataclass(frozen=True)
class ConsentRecord:
    provider: str  # the service's name as recorded
    state: str  # given / withdrawn
    at: datetime  # UTC, naive
    by: str  # who recorded it


def consent_in_force(records: Iterable[ConsentRecord], provider: str) -> ConsentRecord | None:
    """The victim's consent to share with this service, if the latest record for it gives it."""
    wanted = provider.casefold()
    latest = None
    for record in records:
        if record.provider.casefold() == wanted and (latest is None or record.at >= latest.at):
            latest = record
    return latest if latest is not None and latest.state == GIVEN else None


def consent_refusal(records: Iterable[ConsentRecord], provider: str) -> str | None:
    records = list(records)
    if consent_in_force(records, provider) is not None:
        return None
    withdrawn = any(r.provider.casefold() == provider.casefold() and r.state == WITHDRAWN
                    for r in records)
    if withdrawn:
        return (f"The victim has withdrawn their consent to share their details with {provider}. "
                "No letter was produced.")
    return (f"No consent to share the victim's details with {provider} is recorded. Ask the "
            "victim, and record their consent on the case, before referring. No letter was "
            "produced.")


# -- data minimisation -----------------------------------------------------------------------

# What every referral letter carries: who, why, how urgent, the consent, the SPOC, and how the
# service may and may not contact the victim.
ALWAYS_SHARED: tuple[str, ...] = ("name", "case_ref", "needs", "urgency", "consent", "spoc",
                                  "contact_safety")
OPTIONAL_FIELDS: dict[str, str] = {
    "contact": "Phone and e-mail (only the ways that are safe)",
    "address": "Home address (services that visit)",
    "date_of_birth": "Date of birth",
    "language": "Preferred language and interpreter",
    "offence": "Type of crime",
    "crime_reference": "Crime reference",
}
# By the directory's category: what that kind of service needs to offer support.
REFERRAL_FIELDS: dict[str, tuple[str, ...]] = {
    "General victim support": ("contact", "language", "offence"),
    "Domestic abuse": ("contact", "address", "date_of_birth", "language", "offence"),
    "Sexual violence": ("contact", "date_of_birth", "language", "offence"),
    "Road death and serious injury": ("contact", "language", "offence"),
    "Court and witness support": ("contact", "language", "offence", "crime_reference"),
    "Stalking and harassment": ("contact", "language", "offence"),
    "Fraud and cyber crime": ("contact", "offence", "crime_reference"),
    "Modern slavery": ("contact", "language", "offence"),
    "Mental health crisis": ("contact", "date_of_birth", "language"),
}
# A category the table does not know gets the least: a safe way to reach the person.
DEFAULT_FIELDS: tuple[str, ...] = ("contact", "language")


def referral_fields(category: str | None) -> frozenset[str]:
    """Everything a referral letter to a service of this category may carry."""
    extra = REFERRAL_FIELDS.get((category or "").strip(), DEFAULT_FIELDS)
    return frozenset(ALWAYS_SHARED) | frozenset(extra)


def shareable_contact(permissions: Mapping[str, str], fields: frozenset[str]) -> frozenset[str]:
    """The victim's contact details that may go in the letter: phone only when it is safe to
    call, e-mail only when it is safe to e-mail, address only for a service that visits."""
    shared = set()
    if "contact" in fields:
        if is_safe(permissions, "safe_to_call"):
            shared.add("phone")
        if is_safe(permissions, "safe_to_email"):
            shared.add("email")
    if "address" in fields:
        shared.add("address")
    return frozenset(shared)


_SAFETY_WORDS = {
    "safe_to_call": ("calls are safe", "do not call"),
    "safe_to_leave_voicemail": ("voicemail is safe", "do not leave voicemail"),
    "safe_to_text": ("texts are safe", "do not text"),
    "safe_to_write": ("post is safe", "do not send post"),
    "safe_to_email": ("e-mail is safe", "do not e-mail"),
}


def contact_safety_line(permissions: Mapping[str, str]) -> str:
    """How the service may and may not contact the victim, in one line: "Calls are safe; do not
    leave voicemail; …". Unknown counts as not safe."""
    parts = [_SAFETY_WORDS[c][0 if is_safe(permissions, c) else 1] for c in _SAFETY_WORDS]
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


# -- urgency ---------------------------------------------------------------------------------

URGENT, PRIORITY, ROUTINE = "Urgent", "Priority", "Routine"


@dataclass(frozen=True)
class Urgency:
    level: str  # Urgent / Priority / Routine
    text: str  # in words for the service


def urgency(enhanced: bool, reasons: Iterable[str], risk_level: str) -> Urgency:
    """High risk is urgent; enhanced rights or medium risk a priority; otherwise routine."""
    reasons = [r for r in reasons if r]
    parts = []
    if risk_level == "high":
        parts.append("assessed as high risk")
    elif risk_level == "medium":
        parts.append("assessed as medium risk")
    if enhanced:
        why = f" ({'; '.join(reasons)})" if reasons else ""
        parts.append(f"entitled to the enhanced service under the Victims' Code{why}")
    if risk_level == "high":
        level = URGENT
    elif enhanced or risk_level == "medium":
        level = PRIORITY
    else:
        level = ROUTINE
    if not parts:
        return Urgency(level, "Routine: standard service, no raised risk recorded.")
    text = f"{level}: " + " and ".join(parts) + "."
    return Urgency(level, text)
