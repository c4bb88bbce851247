"""The letters' rules: unsafe channels refuse, consent to share, data minimisation, urgency."""

from __future__ import annotations

from datetime import datetime

import pytest

from val_desktop.domain.letters import (
    EMAIL,
    GIVEN,
    POST,
    REFERRAL_FIELDS,
    VICTIM_LETTERS,
    WITHDRAWN,
    ConsentRecord,
    VictimLetterFacts,
    channel_refusal,
    consent_in_force,
    consent_refusal,
    contact_safety_line,
    referral_fields,
    shareable_contact,
    urgency,
    victim_letter_refusal,
)

SAFE = {c: "yes" for c in ("safe_to_call", "safe_to_leave_voicemail", "safe_to_text",
                           "safe_to_write", "safe_to_email")}
READY = VictimLetterFacts(has_spoc=True, closed=False, has_referral=True,
                          has_court_milestone=True, has_address=True, has_email=True)


@pytest.mark.parametrize("value", ["no", "unknown", None])
def test_a_letter_is_refused_unless_writing_is_an_explicit_yes(value):
    permissions = {**SAFE, "safe_to_write": value}
    reason = channel_refusal(permissions, POST)
    assert reason and "not safe to write" in reason
    if value != "no":
        assert "not known, which counts as not safe" in reason
    assert channel_refusal(SAFE, POST) is None


def test_email_needs_its_own_permission():
    permissions = {**SAFE, "safe_to_email": "no"}
    assert channel_refusal(permissions, POST) is None
    assert "not safe to e-mail" in channel_refusal(permissions, EMAIL)


def test_safety_is_the_reason_given_even_when_something_else_is_missing():
    facts = VictimLetterFacts(False, False, False, False, False, False)
    reason = victim_letter_refusal("introduction", POST, {**SAFE, "safe_to_write": "no"}, facts)
    assert "not safe to write" in reason


@pytest.mark.parametrize("kind, facts, words", [
    ("introduction", READY.__class__(False, False, True, True, True, True), "no SPOC"),
    ("closure", READY, "still open"),
    ("referral_made", READY.__class__(True, False, False, True, True, True), "No referral"),
    ("court_update", READY.__class__(True, False, True, False, True, True), "court milestone"),
    ("court_update", READY.__class__(True, True, True, True, True, True), "closed"),
    ("tried_to_reach", READY.__class__(True, False, True, True, False, True), "postal address"),
])
def test_each_letter_needs_what_it_speaks_of(kind, facts, words):
    assert words in victim_letter_refusal(kind, POST, SAFE, facts)


def test_every_letter_can_be_written_when_the_case_allows_it():
    for kind in VICTIM_LETTERS:
        closed = kind == "closure"
        facts = VictimLetterFacts(True, closed, True, True, True, True)
        assert victim_letter_refusal(kind, POST, SAFE, facts) is None, kind
        assert victim_letter_refusal(kind, EMAIL, SAFE, facts) is None, kind


def test_an_unknown_letter_is_an_error():
    with pytest.raises(ValueError, match="unknown letter"):
        victim_letter_refusal("birthday", POST, SAFE, READY)


def _record(provider, state, day):
    return ConsentRecord(provider, state, datetime(2025, 6, day, 10), "Jane Smith")


def test_the_latest_consent_record_for_the_service_decides():
    records = [_record("Victim Support", GIVEN, 3), _record("Victim Support", WITHDRAWN, 5),
               _record("Brake", GIVEN, 4)]
    assert consent_in_force(records, "victim support") is None
    assert "withdrawn" in consent_refusal(records, "Victim Support")
    assert consent_in_force(records, "Brake").at.day == 4
    assert consent_refusal(records, "Brake") is None
    again = [*records, _record("Victim Support", GIVEN, 6)]
    assert consent_in_force(again, "Victim Support").at.day == 6


def test_no_record_means_no_consent():
    assert "No consent to share" in consent_refusal([], "Victim Support")
    # consent for one service is not consent for another
    assert consent_refusal([_record("Brake", GIVEN, 4)], "Victim Support")


def test_address_goes_only_to_services_that_visit():
    assert "address" in referral_fields("Domestic abuse")
    for category in REFERRAL_FIELDS:
        if category != "Domestic abuse":
            assert "address" not in referral_fields(category), category
    unknown = referral_fields("Something new")
    assert "address" not in unknown and "date_of_birth" not in unknown
    assert {"name", "needs", "urgency", "consent", "spoc"} <= unknown


def test_contact_details_only_for_safe_ways():
    fields = referral_fields("General victim support")
    permissions = {**SAFE, "safe_to_call": "unknown", "safe_to_email": "yes"}
    assert shareable_contact(permissions, fields) == {"email"}
    assert shareable_contact({**SAFE}, referral_fields("Domestic abuse")) == {
        "phone", "email", "address"}


def test_contact_safety_line_says_what_not_to_do():
    line = contact_safety_line({**SAFE, "safe_to_write": "unknown", "safe_to_leave_voicemail": "no"})
    assert line.startswith("Calls are safe;")
    assert "do not send post" in line and "do not leave voicemail" in line


def test_urgency_from_risk_and_enhanced_rights():
    high = urgency(True, ["Domestic abuse"], "high")
    assert high.level == "Urgent"
    assert "high risk" in high.text and "Domestic abuse" in high.text
    assert urgency(True, [], "standard").level == "Priority"
    assert urgency(False, [], "medium").level == "Priority"
    routine = urgency(False, [], "standard")
    assert routine.level == "Routine" and "no raised risk" in routine.text
