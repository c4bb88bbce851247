"""Contacts with the victim: the words for them, what is safe, and what a contact achieves.

A logged contact is a kind (call, text, e-mail, letter, home visit, meeting, note), a direction
(we contacted them / they contacted us) and an outcome (reached / no answer / left voicemail /
message sent). From those this module says:

- whether it may be logged at all against the victim's contact permissions (`refusal`): nothing
  outward goes through a channel that is not an explicit yes (DESIGN section 2, safe contact);
- which Victims' Code requirements it satisfies (`requirements_met`) and so which of the case's
  open obligations it meets (`obligations_met_by`);
- how it moves the case on (`status_after_contact`).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .permissions import is_safe
from .rules import Rule, rules_met_by

# -- vocabulary --------------------------------------------------------------------------------

KINDS: dict[str, str] = {
    "call": "Phone call",
    "text": "Text message",
    "email": "E-mail",
    "letter": "Letter",
    "visit": "Home visit",
    "meeting": "Meeting",
    "note": "Note",
    "signpost": "Signposting",  # older entries; not offered for new ones
    "consent": "Consent to share",  # recorded by the letters (not logged by hand)
    "disclosure": "Referral letter (disclosure)",
}
# What the log-contact dialog offers, in its order.
LOGGABLE_KINDS: tuple[str, ...] = ("call", "text", "email", "letter", "visit", "meeting", "note")

DIRECTIONS: dict[str, str] = {
    "outbound": "We contacted them",
    "inbound": "They contacted us",
}

# For lists, where space is short.
DIRECTIONS_SHORT: dict[str, str] = {"outbound": "Outgoing", "inbound": "Incoming"}

OUTCOMES: dict[str, str] = {
    "reached": "Reached the victim",
    "no_answer": "No answer",
    "voicemail": "Left voicemail",
    "sent": "Message sent",
}

# The permission each outward kind needs (voicemail is an outcome, checked on its own).
CHANNEL_OF_KIND: dict[str, str] = {
    "call": "safe_to_call",
    "text": "safe_to_text",
    "email": "safe_to_email",
    "letter": "safe_to_write",
}
VOICEMAIL_CHANNEL = "safe_to_leave_voicemail"

# Kinds whose outbound use is an attempt to contact the victim.
ATTEMPT_KINDS: frozenset[str] = frozenset({"call", "text", "email", "letter", "visit"})
# Outcomes that carry an offer of referral to support services to the victim.
OFFER_OUTCOMES: frozenset[str] = frozenset({"reached", "voicemail", "sent"})
# Outcomes that carry an update to the victim (a voicemail cannot hold case details safely).
UPDATE_OUTCOMES: frozenset[str] = frozenset({"reached", "sent"})

# Statuses a successful first contact moves on from.
BEFORE_CONTACT: frozenset[str] = frozenset({"new", "contacting"})

SUMMARY_MAX = 4000
LATE_REASON_MAX = 1000
FUTURE_GRACE = timedelta(minutes=5)  # workstation clocks drift a little


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind.replace("_", " ").capitalize())


def outcome_label(outcome: str | None, direction: str | None = None) -> str:
    if outcome is None:
        return ""
    if outcome == "reached" and direction == "inbound":
        return "Heard from the victim"
    return OUTCOMES.get(outcome, outcome.replace("_", " "))


def direction_label(direction: str | None, *, short: bool = False) -> str:
    if not direction:
        return ""
    return (DIRECTIONS_SHORT if short else DIRECTIONS).get(direction, direction)


def directions_for(kind: str) -> tuple[str | None, ...]:
    """The directions that make sense for a kind; (None,) when direction does not apply."""
    if kind in CHANNEL_OF_KIND:
        return ("outbound", "inbound")
    if kind == "visit":
        return ("outbound",)
    return (None,)


def outcomes_for(kind: str, direction: str | None) -> tuple[str | None, ...]:
    """The outcomes that make sense for a kind and direction; (None,) for a note."""
    if kind == "note":
        return (None,)
    if kind in ("meeting", "signpost"):
        return ("reached",)
    if direction == "inbound":
        return ("reached",)
    if kind == "call":
        return ("reached", "no_answer", "voicemail")
    if kind == "visit":
        return ("reached", "no_answer")
    return ("sent",)


# -- a contact ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    kind: str
    direction: str | None = None
    outcome: str | None = None
    offered_support: bool = False  # offered referral to support services
    update: bool = False  # gave the victim an update on their case

    @property
    def is_attempt(self) -> bool:
        """An outbound try to reach the victim, whether or not it reached them."""
        return self.direction == "outbound" and self.kind in ATTEMPT_KINDS

    @property
    def reached_victim(self) -> bool:
        return self.outcome == "reached" and self.kind != "note"

    @property
    def may_offer_support(self) -> bool:
        return self.outcome in OFFER_OUTCOMES

    @property
    def may_update(self) -> bool:
        return self.outcome in UPDATE_OUTCOMES


def contact_problems(contact: Contact) -> list[str]:
    """What does not make sense in a contact, in words for the caseworker (empty when fine)."""
    problems = []
    if contact.kind not in LOGGABLE_KINDS:
        problems.append(f"Choose what kind of contact this was ({contact.kind!r} is not one).")
        return problems
    if contact.direction not in directions_for(contact.kind):
        if contact.direction is None:
            problems.append("Say who contacted whom.")
        else:
            problems.append(f"A {kind_label(contact.kind).lower()} cannot be "
                            f"{direction_label(contact.direction).lower()}.")
    if contact.outcome not in outcomes_for(contact.kind, contact.direction):
        problems.append("Choose how the contact went.")
    if contact.offered_support and not contact.may_offer_support:
        problems.append("A referral to support services can only be offered by a contact that "
                        "reached the victim, a voicemail or a message sent.")
    if contact.update and not contact.may_update:
        problems.append("An update can only be given by a contact that reached the victim or a "
                        "message sent to them.")
    return problems


def _answer(permissions: Mapping[str, str], channel: str) -> str:
    value = permissions.get(channel) or "unknown"
    return "not known (which counts as not safe)" if value == "unknown" else value


def refusal(contact: Contact, permissions: Mapping[str, str]) -> str | None:
    """Why this contact must not be made or logged against the victim's permissions, or None.

    Only outward contact is refused: the victim calling or writing to us is always fine.
    """
    if contact.direction != "outbound":
        return None
    channel = CHANNEL_OF_KIND.get(contact.kind)
    if channel is not None and not is_safe(permissions, channel):
        what = {
            "call": ("phone", "Safe to call"),
            "text": ("text", "Safe to text"),
            "email": ("e-mail", "Safe to e-mail"),
            "letter": ("write to", "Safe to write"),
        }[contact.kind]
        return (f"It is not safe to {what[0]} this victim: {what[1]} is "
                f"{_answer(permissions, channel)}. Use a way of contact they have said is safe.")
    if contact.outcome == "voicemail" and not is_safe(permissions, VOICEMAIL_CHANNEL):
        return ("It is not safe to leave this victim a voicemail: Safe to leave voicemail is "
                f"{_answer(permissions, VOICEMAIL_CHANNEL)}. Do not leave a message; "
                "log the call as No answer.")
    return None


def unsafe_kinds(permissions: Mapping[str, str]) -> dict[str, str]:
    """The kinds that may not be used outward, each with the reason (for the dialog's list)."""
    unsafe = {}
    for kind in CHANNEL_OF_KIND:
        reason = refusal(Contact(kind, "outbound", outcomes_for(kind, "outbound")[0]), permissions)
        if reason:
            unsafe[kind] = reason
    return unsafe


# -- what a contact achieves -------------------------------------------------------------------


def requirements_met(contact: Contact) -> set[str]:
    """The rules-table requirements (domain.rules.REQUIREMENTS) this contact satisfies.

    - `contact_attempt`: any outbound attempt (call, text, e-mail, letter, home visit), reached
      or not — and any contact that reached the victim, however it came about;
    - `support_offer`: the caseworker offered referral to support services in a contact that
      carried it (reached, voicemail or message sent);
    - `victim_update`: the caseworker gave an update in a contact that reached the victim or a
      message sent to them.
    """
    met = set()
    if contact.is_attempt or contact.reached_victim:
        met.add("contact_attempt")
    if contact.offered_support and contact.may_offer_support:
        met.add("support_offer")
    if contact.update and contact.may_update:
        met.add("victim_update")
    return met


@dataclass(frozen=True)
class OpenObligation:
    id: Any
    rule_id: str
    starts_on: date
    due: date


def obligations_met_by(
    contact: Contact, on: date, open_obligations: Iterable[OpenObligation], rules: Iterable[Rule]
) -> list[OpenObligation]:
    """The open obligations a contact on day `on` meets: those whose rule requires what the
    contact did and whose clock had started by then."""
    rules = tuple(rules)
    rule_ids: set[str] = set()
    for requirement in requirements_met(contact):
        rule_ids |= rules_met_by(requirement, rules)
    return [ob for ob in open_obligations if ob.rule_id in rule_ids and ob.starts_on <= on]


def is_late(obligation: OpenObligation, met_on: date) -> bool:
    """Met after the end of its due day."""
    return met_on > obligation.due


def status_after_contact(status: str, contact: Contact) -> str:
    """A successful first contact moves a new or contacting case to assessing; an attempt that
    did not reach the victim moves a new case to contacting; anything else leaves it be."""
    if status in BEFORE_CONTACT and contact.reached_victim:
        return "assessing"
    if status == "new" and contact.is_attempt:
        return "contacting"
    return status


# -- the other fields --------------------------------------------------------------------------


def time_problem(at: datetime, referred_at: datetime, now: datetime) -> str | None:
    """A contact happens between the referral and now (all three in the same time zone)."""
    if at > now + FUTURE_GRACE:
        return "The date and time cannot be in the future."
    if at < referred_at:
        return (f"The case was referred on {referred_at:%d %b %Y at %H:%M}; "
                "a contact cannot be before that.")
    return None


def summary_problem(kind: str, summary: str) -> str | None:
    text = summary.strip()
    if kind == "note" and not text:
        return "Write the note."
    if len(text) > SUMMARY_MAX:
        return f"The summary is too long ({len(text):,} characters; {SUMMARY_MAX:,} at most)."
    return None


def late_reason_problem(reason: str) -> str | None:
    text = reason.strip()
    if not text:
        return "Write why it was late."
    if len(text) > LATE_REASON_MAX:
        return f"The reason is too long ({len(text):,} characters; {LATE_REASON_MAX:,} at most)."
    return None
