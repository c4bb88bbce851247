"""Logging contacts in the store: obligations met, late reasons, refusals, the timeline."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from contacts_fixtures import NOW, TODAY, add_caseworker, make_case
from sqlalchemy import event, func, select

from val_desktop.domain.clock import UK, to_utc_naive
from val_desktop.domain.contacts import Contact
from val_desktop.store.cases import Rulebook, record_event
from val_desktop.store.contacts import (
    CONTACT,
    EVENT,
    MET_OBLIGATION,
    ContactRefused,
    load_obligations,
    load_timeline,
    log_contact,
    record_late_reason,
)
from val_desktop.store.models import Case, ContactLogEntry, Obligation

RULES = Rulebook.default().rules


@pytest.fixture
def user(store):
    return add_caseworker(store)


def obligations(store, case_id) -> dict[str, Obligation]:
    with store.session() as session:
        return {o.rule_id: o for o in session.scalars(
            select(Obligation).where(Obligation.case_id == case_id))}


def case_row(store, case_id) -> Case:
    with store.session() as session:
        return session.get(Case, case_id)


def log(store, case_id, user, contact, at=NOW, summary="", **kw):
    with store.session(write=True) as session:
        result = log_contact(session, case_id, contact, at, summary, RULES, user=user.username,
                             staff_id=user.id, now=NOW, **kw)
        session.commit()
    return result


def test_an_unanswered_first_call_meets_the_attempt_and_moves_new_to_contacting(store, user):
    case_id = make_case(store, user)
    before = obligations(store, case_id)
    version = case_row(store, case_id).row_version
    result = log(store, case_id, user, Contact("call", "outbound", "no_answer"),
                 summary="No answer on mobile")

    after = obligations(store, case_id)
    attempt = after["first_contact_attempt"]
    assert attempt.met_at == NOW
    assert attempt.met_by == "j.smith"
    assert attempt.row_version == before["first_contact_attempt"].row_version + 1
    assert attempt.updated_by == "j.smith"
    assert after["support_referral_offered"].met_at is None  # nothing offered yet
    assert [o.rule_id for o in result.met] == ["first_contact_attempt"]
    assert result.late == ()
    case = case_row(store, case_id)
    assert (result.old_status, result.new_status, case.status) == ("new", "contacting",
                                                                   "contacting")
    assert case.row_version == version + 1
    with store.session() as session:
        entry = session.get(ContactLogEntry, result.entry_id)
        assert (entry.kind, entry.direction, entry.outcome, entry.staff_id, entry.summary) == (
            "call", "outbound", "no_answer", user.id, "No answer on mobile")


def test_reaching_the_victim_and_offering_support_meets_both_and_moves_to_assessing(store, user):
    case_id = make_case(store, user)
    log(store, case_id, user, Contact("call", "outbound", "no_answer"), at=NOW - timedelta(hours=2))
    log(store, case_id, user, Contact("call", "outbound", "reached", offered_support=True))
    after = obligations(store, case_id)
    # The attempt was met by the first call and keeps its time.
    assert after["first_contact_attempt"].met_at == NOW - timedelta(hours=2)
    assert after["support_referral_offered"].met_at == NOW
    assert case_row(store, case_id).status == "assessing"


def test_a_late_contact_keeps_its_late_reason_on_the_late_obligations_only(store, user):
    # Referred Monday 16 Nov: both obligations due Wednesday 18 Nov; today is Friday 20th.
    case_id = make_case(store, user, referred_at=datetime(2026, 11, 16, 9, 0, tzinfo=UK))
    charged = NOW - timedelta(hours=4)
    with store.session(write=True) as session:
        record_event(session, session.get(Case, case_id), "charge", charged, Rulebook.default(),
                     user="wc.officer")
        session.commit()
    result = log(store, case_id, user,
                 Contact("call", "outbound", "reached", offered_support=True, update=True),
                 late_reason="Caseworker off sick; cover arranged late")
    after = obligations(store, case_id)
    assert {o.rule_id for o in result.late} == {"first_contact_attempt",
                                                "support_referral_offered"}
    assert after["first_contact_attempt"].late_reason == "Caseworker off sick; cover arranged late"
    assert after["support_referral_offered"].late_reason == after[
        "first_contact_attempt"].late_reason
    assert after["decision_update"].met_at == NOW  # met on time: no late reason
    assert after["decision_update"].late_reason is None


def test_an_update_does_not_meet_an_obligation_that_had_not_started(store, user):
    case_id = make_case(store, user)
    with store.session(write=True) as session:
        record_event(session, session.get(Case, case_id), "charge", NOW + timedelta(minutes=1),
                     Rulebook.default(), user="wc.officer")
        session.commit()
    log(store, case_id, user, Contact("call", "outbound", "reached", update=True),
        at=datetime(2026, 11, 19, 15, 0))
    assert obligations(store, case_id)["decision_update"].met_at is None


@pytest.mark.parametrize("permission, contact, words", [
    ("safe_to_write", Contact("letter", "outbound", "sent"), "write to"),
    ("safe_to_call", Contact("call", "outbound", "no_answer"), "phone"),
    ("safe_to_text", Contact("text", "outbound", "sent"), "text"),
    ("safe_to_email", Contact("email", "outbound", "sent"), "e-mail"),
    ("safe_to_leave_voicemail", Contact("call", "outbound", "voicemail"), "voicemail"),
])
def test_an_unsafe_contact_is_refused_and_changes_nothing(store, user, permission, contact,
                                                          words):
    case_id = make_case(store, user, **{permission: "unknown"})
    with pytest.raises(ContactRefused, match=words):
        log(store, case_id, user, contact)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactLogEntry)) == 0
    assert all(o.met_at is None for o in obligations(store, case_id).values())
    assert case_row(store, case_id).status == "new"


def test_inbound_letter_is_fine_even_when_writing_is_not(store, user):
    case_id = make_case(store, user, safe_to_write="no")
    result = log(store, case_id, user, Contact("letter", "inbound", "reached"),
                 summary="Victim wrote to ask for a call back")
    assert result.new_status == "assessing"


def test_times_and_notes_are_checked(store, user):
    case_id = make_case(store, user)
    with pytest.raises(ContactRefused, match="future"):
        log(store, case_id, user, Contact("call", "outbound", "no_answer"),
            at=NOW + timedelta(hours=2))
    with pytest.raises(ContactRefused, match="referred"):
        log(store, case_id, user, Contact("call", "outbound", "no_answer"),
            at=datetime(2026, 11, 18, 9, 0))
    with pytest.raises(ContactRefused, match="Write the note"):
        log(store, case_id, user, Contact("note", None, None), summary="   ")


def test_record_late_reason_only_on_late_or_overdue(store, user):
    case_id = make_case(store, user, referred_at=datetime(2026, 11, 16, 9, 0, tzinfo=UK))
    open_case = make_case(store, user)
    overdue = obligations(store, case_id)["first_contact_attempt"]
    not_due = obligations(store, open_case)["first_contact_attempt"]
    with store.session(write=True) as session:
        with pytest.raises(ContactRefused, match="Write why"):
            record_late_reason(session, overdue.id, "  ", user="j.smith", today=TODAY)
        with pytest.raises(ContactRefused, match="only recorded"):
            record_late_reason(session, not_due.id, "because", user="j.smith", today=TODAY)
        record_late_reason(session, overdue.id, " Referral arrived without a phone number ",
                           user="j.smith", today=TODAY)
        session.commit()
    after = obligations(store, case_id)["first_contact_attempt"]
    assert after.late_reason == "Referral arrived without a phone number"
    assert after.row_version == overdue.row_version + 1
    assert after.met_at is None  # recording why does not meet it


def test_load_obligations_statuses_and_order(store, user):
    case_id = make_case(store, user, referred_at=datetime(2026, 11, 16, 9, 0, tzinfo=UK))
    log(store, case_id, user, Contact("call", "outbound", "no_answer"))
    with store.session(write=True) as session:
        record_event(session, session.get(Case, case_id), "charge", NOW - timedelta(hours=1),
                     Rulebook.default(), user="wc.officer")
        session.commit()
    with store.session() as session:
        rows = load_obligations(session, case_id, RULES, TODAY)
    assert [(r.rule_id, r.status) for r in rows] == [
        ("support_referral_offered", "overdue"),
        ("decision_update", "open"),
        ("first_contact_attempt", "met_late"),
    ]
    assert rows[2].met_by == "Jane Smith"
    assert rows[1].started_by == "Suspect charged"
    assert rows[0].may_record_late_reason and rows[2].may_record_late_reason
    assert not rows[1].may_record_late_reason


def test_timeline_is_one_list_newest_first(store, user):
    case_id = make_case(store, user)
    log(store, case_id, user, Contact("call", "outbound", "no_answer"),
        at=NOW - timedelta(hours=3), summary="First try")
    log(store, case_id, user, Contact("note", None, None), at=NOW - timedelta(hours=1),
        summary="Asked officer for a safe number")
    with store.session() as session:
        entries = load_timeline(session, case_id, RULES)
    assert [(e.source, e.what) for e in entries] == [
        (CONTACT, "Note"),
        (MET_OBLIGATION, "Obligation met"),
        (CONTACT, "Phone call"),
        (EVENT, "Referral received"),
    ]
    note, met, call, referral = entries
    assert note.summary == "Asked officer for a safe number" and note.by == "Jane Smith"
    assert met.summary == "First contact attempt by VAL" and met.at == call.at
    assert call.how == "Outgoing · No answer"
    assert referral.at == to_utc_naive(datetime(2026, 11, 19, 10, 0, tzinfo=UK))


def test_timeline_of_300_entries_takes_three_queries(store, user):
    case_id = make_case(store, user)
    start = datetime(2026, 11, 19, 11, 0)
    with store.session(write=True) as session:
        for n in range(300):
            session.add(ContactLogEntry(case_id=case_id, at=start + timedelta(minutes=n),
                                        kind="note", staff_id=user.id, summary=f"Note {n}",
                                        updated_by="j.smith"))
        session.commit()
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        with store.session() as session:
            entries = load_timeline(session, case_id, RULES)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert len(entries) == 301
    assert entries[0].summary == "Note 299"
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # however long the timeline (timing is in bench/bench_desktop.py)
