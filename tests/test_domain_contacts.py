"""The rules of a logged contact: what is safe, what it achieves, how it moves the case on."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from val_desktop.domain.contacts import (
    LOGGABLE_KINDS,
    Contact,
    OpenObligation,
    contact_problems,
    directions_for,
    is_late,
    obligations_met_by,
    outcomes_for,
    refusal,
    requirements_met,
    status_after_contact,
    summary_problem,
    time_problem,
    unsafe_kinds,
)
from val_desktop.domain.rules import load_default_rules

RULES = load_default_rules()
ALL_SAFE = {c: "yes" for c in ("safe_to_call", "safe_to_leave_voicemail", "safe_to_text",
                               "safe_to_write", "safe_to_email")}


def every_contact():
    for kind in LOGGABLE_KINDS:
        for direction in directions_for(kind):
            for outcome in outcomes_for(kind, direction):
                yield Contact(kind, direction, outcome)


# -- the vocabulary hangs together -------------------------------------------------------------


def test_every_offered_combination_is_a_valid_contact():
    combos = list(every_contact())
    assert len(combos) == 14  # call 4, text 2, e-mail 2, letter 2, visit 2, meeting, note
    for contact in combos:
        assert contact_problems(contact) == [], contact


def test_nonsense_is_refused_in_words():
    assert contact_problems(Contact("note", "outbound", None))
    assert contact_problems(Contact("letter", "outbound", "voicemail"))
    assert contact_problems(Contact("fax", "outbound", "sent"))
    problems = contact_problems(Contact("call", "outbound", "no_answer", offered_support=True))
    assert any("support services" in p for p in problems)
    problems = contact_problems(Contact("call", "outbound", "voicemail", update=True))
    assert any("update" in p for p in problems)


# -- safe contact ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind, channel, words", [
    ("letter", "safe_to_write", "write to"),
    ("text", "safe_to_text", "text"),
    ("email", "safe_to_email", "e-mail"),
    ("call", "safe_to_call", "phone"),
])
@pytest.mark.parametrize("answer", ["no", "unknown", None])
def test_outward_contact_is_refused_unless_the_channel_is_a_clear_yes(kind, channel, words,
                                                                        answer):
    permissions = {**ALL_SAFE, channel: answer} if answer else {
        k: v for k, v in ALL_SAFE.items() if k != channel}
    contact = Contact(kind, "outbound", outcomes_for(kind, "outbound")[0])
    reason = refusal(contact, permissions)
    assert reason is not None
    assert f"not safe to {words} this victim" in reason
    assert ("not known" in reason) == (answer != "no")
    assert refusal(contact, ALL_SAFE) is None


def test_the_victim_contacting_us_is_never_refused():
    nothing_safe = dict.fromkeys(ALL_SAFE, "no")
    for kind in ("call", "text", "email", "letter"):
        assert refusal(Contact(kind, "inbound", "reached"), nothing_safe) is None
    assert refusal(Contact("meeting", None, "reached"), nothing_safe) is None
    assert refusal(Contact("note", None, None), nothing_safe) is None


def test_a_voicemail_needs_its_own_permission():
    permissions = {**ALL_SAFE, "safe_to_leave_voicemail": "no"}
    assert refusal(Contact("call", "outbound", "no_answer"), permissions) is None
    reason = refusal(Contact("call", "outbound", "voicemail"), permissions)
    assert "voicemail" in reason and "No answer" in reason


def test_unsafe_kinds_lists_each_with_its_reason():
    permissions = {**ALL_SAFE, "safe_to_write": "unknown", "safe_to_email": "no"}
    unsafe = unsafe_kinds(permissions)
    assert set(unsafe) == {"letter", "email"}
    assert "write" in unsafe["letter"]
    assert unsafe_kinds(ALL_SAFE) == {}


# -- what a contact achieves -------------------------------------------------------------------


@pytest.mark.parametrize("contact", [
    Contact("call", "outbound", "no_answer"),
    Contact("call", "outbound", "voicemail"),
    Contact("call", "outbound", "reached"),
    Contact("text", "outbound", "sent"),
    Contact("email", "outbound", "sent"),
    Contact("letter", "outbound", "sent"),
    Contact("visit", "outbound", "no_answer"),
    Contact("call", "inbound", "reached"),
    Contact("meeting", None, "reached"),
])
def test_attempts_and_reaching_the_victim_meet_the_contact_attempt(contact):
    assert "contact_attempt" in requirements_met(contact)


def test_a_note_or_an_inbound_message_is_not_an_attempt_by_us():
    assert requirements_met(Contact("note", None, None)) == set()
    assert not Contact("note", None, None).is_attempt
    assert not Contact("text", "inbound", "reached").is_attempt


def test_support_offer_needs_the_tick_and_a_contact_that_carried_it():
    assert "support_offer" not in requirements_met(Contact("call", "outbound", "reached"))
    for outcome in ("reached", "voicemail"):
        met = requirements_met(Contact("call", "outbound", outcome, offered_support=True))
        assert "support_offer" in met
    met = requirements_met(Contact("call", "outbound", "no_answer", offered_support=True))
    assert "support_offer" not in met


def test_an_update_needs_the_tick_and_to_reach_the_victim():
    assert "victim_update" in requirements_met(Contact("call", "outbound", "reached", update=True))
    assert "victim_update" in requirements_met(Contact("letter", "outbound", "sent", update=True))
    assert "victim_update" not in requirements_met(Contact("call", "outbound", "reached"))
    assert "victim_update" not in requirements_met(
        Contact("call", "outbound", "voicemail", update=True))


def ob(rule_id, starts, due, oid=None):
    return OpenObligation(oid or rule_id, rule_id, starts, due)


def test_obligations_met_by_uses_the_rules_table():
    open_obligations = [
        ob("first_contact_attempt", date(2026, 11, 16), date(2026, 11, 18)),
        ob("support_referral_offered", date(2026, 11, 16), date(2026, 11, 18)),
        ob("decision_update", date(2026, 11, 17), date(2026, 11, 24)),
        ob("hearing_update", date(2026, 11, 19), date(2026, 11, 20)),
        ob("outcome_update", date(2026, 11, 25), date(2026, 11, 26)),  # not started yet
        ob("complaint_response", date(2026, 11, 17), date(2026, 12, 1)),
    ]
    attempt = Contact("call", "outbound", "no_answer")
    assert [o.rule_id for o in obligations_met_by(attempt, date(2026, 11, 20),
                                                  open_obligations, RULES)] == [
        "first_contact_attempt"]
    full = Contact("call", "outbound", "reached", offered_support=True, update=True)
    met = {o.rule_id for o in obligations_met_by(full, date(2026, 11, 20), open_obligations,
                                                 RULES)}
    assert met == {"first_contact_attempt", "support_referral_offered", "decision_update",
                   "hearing_update"}
    # The rules are data: a table where updates are not required meets none of them.
    no_updates = tuple(r for r in RULES if r.requires != "victim_update")
    met = {o.rule_id for o in obligations_met_by(full, date(2026, 11, 20), open_obligations,
                                                 no_updates)}
    assert met == {"first_contact_attempt", "support_referral_offered"}


def test_late_means_after_the_end_of_the_due_day():
    o = ob("first_contact_attempt", date(2026, 11, 16), date(2026, 11, 18))
    assert not is_late(o, date(2026, 11, 18))
    assert is_late(o, date(2026, 11, 19))


# -- how a contact moves the case --------------------------------------------------------------


@pytest.mark.parametrize("status, contact, expected", [
    ("new", Contact("call", "outbound", "reached"), "assessing"),
    ("contacting", Contact("call", "outbound", "reached"), "assessing"),
    ("new", Contact("call", "inbound", "reached"), "assessing"),
    ("new", Contact("call", "outbound", "no_answer"), "contacting"),
    ("new", Contact("letter", "outbound", "sent"), "contacting"),
    ("contacting", Contact("call", "outbound", "no_answer"), "contacting"),
    ("new", Contact("note", None, None), "new"),
    ("assessing", Contact("call", "outbound", "reached"), "assessing"),
    ("supported", Contact("call", "outbound", "no_answer"), "supported"),
    ("closed", Contact("call", "inbound", "reached"), "closed"),
])
def test_status_after_contact(status, contact, expected):
    assert status_after_contact(status, contact) == expected


# -- the other fields --------------------------------------------------------------------------


def test_time_problem():
    referred = datetime(2026, 11, 19, 10, 0)
    now = datetime(2026, 11, 20, 14, 0)
    assert time_problem(now, referred, now) is None
    assert time_problem(referred, referred, now) is None
    assert time_problem(now + timedelta(minutes=3), referred, now) is None  # clock drift
    assert "future" in time_problem(now + timedelta(hours=1), referred, now)
    assert "19 Nov 2026" in time_problem(referred - timedelta(minutes=1), referred, now)


def test_summary_problem():
    assert summary_problem("note", "  ") == "Write the note."
    assert summary_problem("call", "") is None
    assert "too long" in summary_problem("call", "x" * 4001)
