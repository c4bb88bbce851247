"""Referral letters and letters to the victim, read back from the PDF as a person would."""

from __future__ import annotations

from datetime import datetime

import pytest
from letters_fixtures import (
    ADDRESS,
    POSTCODE,
    TODAY,
    TOWN,
    font_sizes,
    give_consent,
    ink,
    letter_case,
    pdf_pages,
    pdf_text,
    provider_id,
    render_png,
)
from sqlalchemy import select

from val_desktop.domain.letters import VICTIM_LETTERS
from val_desktop.letters.furniture import MARKING
from val_desktop.letters.referral import referral_letter_pdf
from val_desktop.letters.victim import victim_letter_pdf
from val_desktop.store.cases import Rulebook, record_event
from val_desktop.store.contacts import load_timeline
from val_desktop.store.documents import (
    DocumentRefused,
    record_referral,
    record_victim_letter,
    referral_letter,
    victim_letter,
)
from val_desktop.store.models import Case, ContactLogEntry, Obligation

RULES = Rulebook.default().rules


def referral_pdf(store, case_id, provider, reason=None):
    with store.session() as session:
        letter = referral_letter(session, case_id, provider_id(store, provider), today=TODAY,
                                 reason=reason)
    return letter, referral_letter_pdf(letter)


def log_entries(store, case_id, kind):
    with store.session() as session:
        return session.scalars(select(ContactLogEntry).where(
            ContactLogEntry.case_id == case_id, ContactLogEntry.kind == kind)).all()


# -- referral letters ------------------------------------------------------------------------


def test_a_referral_letter_says_who_why_how_urgent_and_the_consent(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "Victim Support")
    _letter, pdf = referral_pdf(store, case.case_id, "Victim Support")
    text = pdf_text(pdf)
    assert "Referral for support: Ava Lewis (urgent)" in text
    assert "Dear colleagues at Victim Support" in text
    assert "Safety and security: severe" in text
    assert "Emotional impact and confidence: medium" in text
    assert "Housing" not in text  # Victim Support does not list housing among its needs
    assert "Urgent: assessed as high risk" in text
    assert "Consent to share" in text and "for Victim Support only" in text
    assert "Jane Smith" in text and "07700 900123" in text  # the SPOC's direct line
    assert "jane.smith@example.org" in text


def test_a_referral_letter_leaves_out_what_the_service_does_not_need(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "Victim Support")
    text = pdf_text(referral_pdf(store, case.case_id, "Victim Support")[1])
    for private in (ADDRESS, POSTCODE, TOWN, "1990", "22/11111/26"):
        assert private not in text, private
    assert "Ava Lewis" in text


def test_a_service_that_visits_gets_the_address(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "West Mercia Women's Aid")
    text = pdf_text(referral_pdf(store, case.case_id, "West Mercia Women's Aid")[1])
    assert ADDRESS in text and POSTCODE in text
    assert "2 January 1990" in text  # date of birth: a domestic abuse service assesses risk


def test_contact_details_only_for_the_ways_that_are_safe(store):
    case = letter_case(store, safe_to_call="unknown", safe_to_email="no")
    give_consent(store, case.case_id, "Victim Support")
    text = pdf_text(referral_pdf(store, case.case_id, "Victim Support")[1])
    assert "07700 900444" not in text and "ava@example.org" not in text
    assert "Through their SPOC" in text
    assert "Do not call" in text


def test_every_page_is_marked_and_numbered_and_an_outside_letter_has_no_printed_by(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "Victim Support")
    pages = pdf_pages(referral_pdf(store, case.case_id, "Victim Support")[1])
    for number, page in enumerate(pages, start=1):
        assert page.count(MARKING) == 2  # top and bottom
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed by" not in page


def test_no_consent_no_letter_and_nothing_recorded(store):
    case = letter_case(store)
    with pytest.raises(DocumentRefused, match="No consent to share .* Victim Support"):
        referral_pdf(store, case.case_id, "Victim Support")
    give_consent(store, case.case_id, "Brake")  # consent for another service is not enough
    with pytest.raises(DocumentRefused, match="No consent"):
        referral_pdf(store, case.case_id, "Victim Support")
    assert log_entries(store, case.case_id, "disclosure") == []


def test_withdrawn_consent_refuses_even_between_preview_and_print(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "Victim Support", at=datetime(2025, 6, 10, 9))
    letter, _ = referral_pdf(store, case.case_id, "Victim Support")
    give_consent(store, case.case_id, "Victim Support", given=False,
                 at=datetime(2025, 6, 11, 9))
    with store.session(write=True) as session, pytest.raises(DocumentRefused, match="withdrawn"):
        record_referral(session, letter, user="j.smith", staff_id=None)
    with pytest.raises(DocumentRefused, match="withdrawn their consent"):
        referral_pdf(store, case.case_id, "Victim Support")


def test_producing_a_referral_records_the_disclosure_on_the_timeline(store):
    case = letter_case(store)
    give_consent(store, case.case_id, "Victim Support")
    letter, _ = referral_pdf(store, case.case_id, "Victim Support", reason="Asked for help")
    at = datetime(2025, 6, 12, 15, 30)
    with store.session(write=True) as session:
        record_referral(session, letter, user="j.smith", staff_id=case.user.id, at=at)
        session.commit()
    with store.session() as session:
        timeline = load_timeline(session, case.case_id, RULES)
    entry = next(e for e in timeline if e.kind == "disclosure")
    assert entry.at == at  # when
    assert entry.by == "Jane Smith"  # by whom
    assert entry.summary.startswith("Referral letter sent to: Victim Support")  # to whom
    assert "Safety and security (severe)" in entry.summary  # why
    assert "Asked for help" in entry.summary
    assert "Shared: name" in entry.summary and "address" not in entry.summary


@pytest.mark.parametrize("setup, words", [
    ("closed", "case is closed"),
    ("retired", "retired"),
    ("no_needs", "Say why you are referring"),
])
def test_other_refusals(store, setup, words):
    case = letter_case(store, assess=setup != "no_needs")
    give_consent(store, case.case_id, "Victim Support")
    with store.session(write=True) as session:
        if setup == "closed":
            session.get(Case, case.case_id).status = "closed"
        if setup == "retired":
            from val_desktop.store.models import ServiceProvider

            session.get(ServiceProvider, provider_id(store, "Victim Support")).active = False
        session.commit()
    with pytest.raises(DocumentRefused, match=words):
        referral_pdf(store, case.case_id, "Victim Support")


def test_a_reason_is_enough_when_no_needs_are_recorded(store):
    case = letter_case(store, assess=False)
    give_consent(store, case.case_id, "Victim Support")
    text = pdf_text(referral_pdf(store, case.case_id, "Victim Support",
                                 reason="Wants to talk to someone about the break-in")[1])
    assert "Wants to talk to someone about the break-in" in text


# -- letters to the victim -------------------------------------------------------------------


def make_victim_letter(store, case_id, kind, delivery="post"):
    with store.session() as session:
        return victim_letter(session, case_id, kind, today=TODAY, delivery=delivery)


def ready_for_every_letter(store, case):
    """A referral made, a charge recorded and an attempt logged."""
    give_consent(store, case.case_id, "Victim Support")
    letter, _ = referral_pdf(store, case.case_id, "Victim Support")
    with store.session(write=True) as session:
        record_referral(session, letter, user="j.smith", staff_id=case.user.id,
                        at=datetime(2025, 6, 12, 9))
        record_event(session, session.get(Case, case.case_id), "charge",
                     datetime(2025, 6, 15, 10), Rulebook.default(), user="j.smith",
                     details="Charged with burglary; first hearing at Worcester Magistrates")
        session.add(ContactLogEntry(case_id=case.case_id, at=datetime(2025, 6, 16, 9),
                                    kind="call", direction="outbound", outcome="no_answer"))
        session.commit()


@pytest.mark.parametrize("kind", [k for k in VICTIM_LETTERS if k != "closure"])
def test_each_letter_to_the_victim(store, kind):
    case = letter_case(store)
    ready_for_every_letter(store, case)
    letter = make_victim_letter(store, case.case_id, kind)
    pdf = victim_letter_pdf(letter)
    text = pdf_text(pdf)
    assert "Dear Ava," in text and ADDRESS in text and POSTCODE in text
    assert MARKING in text and "Page 1 of 1" in text
    assert "Jane Smith" in text and case.ref in text
    expected = {
        "introduction": "I will be your single point of contact",
        "tried_to_reach": "We tried to reach you on 16 June 2025",
        "referral_made": "I referred you to Victim Support",
        "court_update": "Suspect charged on 15 June 2025",
    }[kind]
    assert expected in text
    if kind == "referral_made":
        assert "0808 168 9111" in text  # how to reach the service themselves
    if kind == "court_update":
        assert "first hearing at Worcester Magistrates" in text
    assert min(font_sizes(pdf)) >= 8


def test_the_closure_letter_invites_feedback(store):
    case = letter_case(store)
    with pytest.raises(DocumentRefused, match="still open"):
        make_victim_letter(store, case.case_id, "closure")
    with store.session(write=True) as session:
        row = session.get(Case, case.case_id)
        row.status, row.closed_at = "closed", datetime(2025, 6, 19, 12)
        session.commit()
    text = pdf_text(victim_letter_pdf(make_victim_letter(store, case.case_id, "closure")))
    assert "we closed your case on 19 June 2025" in text
    assert "We would like to hear from you" in text


@pytest.mark.parametrize("kind", list(VICTIM_LETTERS))
def test_large_print_has_nothing_smaller_than_16_points(store, kind):
    case = letter_case(store)
    ready_for_every_letter(store, case)
    if kind == "closure":
        with store.session(write=True) as session:
            row = session.get(Case, case.case_id)
            row.status, row.closed_at = "closed", datetime(2025, 6, 19, 12)
            session.commit()
    pdf = victim_letter_pdf(make_victim_letter(store, case.case_id, kind), large_print=True)
    sizes = font_sizes(pdf)
    assert min(sizes) >= 16, sizes
    pages = pdf_pages(pdf)
    assert all(page.count(MARKING) == 2 for page in pages)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


@pytest.mark.parametrize("value", ["no", "unknown"])
def test_no_letter_when_writing_is_unsafe(store, value):
    case = letter_case(store, safe_to_write=value)
    with pytest.raises(DocumentRefused, match="not safe to write to this victim") as refused:
        make_victim_letter(store, case.case_id, "introduction")
    assert "No letter was produced" in str(refused.value)


def test_email_needs_its_own_permission(store):
    case = letter_case(store, safe_to_write="no", safe_to_email="yes")
    letter = make_victim_letter(store, case.case_id, "introduction", delivery="email")
    text = pdf_text(victim_letter_pdf(letter))
    assert "By e-mail to ava@example.org" in text and ADDRESS not in text
    case2 = letter_case(store, safe_to_write="yes", safe_to_email="unknown")
    with pytest.raises(DocumentRefused, match="not safe to e-mail"):
        make_victim_letter(store, case2.case_id, "introduction", delivery="email")


def test_a_letter_sent_is_logged_and_meets_what_it_satisfies(store):
    case = letter_case(store)
    letter = make_victim_letter(store, case.case_id, "introduction")
    at = datetime(2025, 6, 3, 9)  # the day after the referral: in time
    with store.session(write=True) as session:
        logged = record_victim_letter(session, letter, RULES, large_print=True, user="j.smith",
                                      staff_id=case.user.id, at=at)
        session.commit()
    assert {o.rule_id for o in logged.met} == {"first_contact_attempt",
                                               "support_referral_offered"}
    [entry] = log_entries(store, case.case_id, "letter")
    assert entry.direction == "outbound" and entry.outcome == "sent" and entry.at == at
    assert entry.summary == "Letter: Introduction of your SPOC (large print), by post"
    with store.session() as session:
        met = session.scalars(select(Obligation.met_by).where(
            Obligation.case_id == case.case_id, Obligation.met_at.is_not(None))).all()
    assert met == ["j.smith", "j.smith"]


def test_a_letter_is_not_logged_if_writing_became_unsafe(store):
    case = letter_case(store)
    letter = make_victim_letter(store, case.case_id, "introduction")
    with store.session(write=True) as session:
        from val_desktop.store.models import ContactPermissions

        session.scalars(select(ContactPermissions)).one().safe_to_write = "no"
        session.commit()
    with store.session(write=True) as session, pytest.raises(DocumentRefused,
                                                             match="not safe to write"):
        record_victim_letter(session, letter, RULES, large_print=False, user="j.smith",
                             staff_id=None)
    assert log_entries(store, case.case_id, "letter") == []


def test_names_in_any_script_are_printed(store):
    case = letter_case(store, first_name="Łucja", last_name="Wójcik-Siân")
    text = pdf_text(victim_letter_pdf(make_victim_letter(store, case.case_id, "introduction")))
    assert "Dear Łucja," in text and "Łucja Wójcik-Siân" in text


def test_the_pages_render_in_another_reader(store, tmp_path):
    """poppler draws the letter: not blank, one page, at A4 proportions."""
    case = letter_case(store)
    path = tmp_path / "letter.pdf"
    path.write_bytes(victim_letter_pdf(make_victim_letter(store, case.case_id, "introduction"),
                                       large_print=True))
    pages = render_png(path, tmp_path / "page")
    assert len(pages) == 2
    from PySide6.QtGui import QImage

    first = QImage(str(pages[0]))
    assert abs(first.height() / first.width() - 297 / 210) < 0.02
    assert 0.01 < ink(pages[0]) < 0.3


def _base_fonts(pdf: bytes) -> set[str]:
    import io

    from pypdf import PdfReader

    found = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def test_a_font_is_embedded_only_when_the_text_needs_one(store):
    plain = letter_case(store)
    polish = letter_case(store, first_name="Łucja", source_id="T-lucja")
    plain_pdf = victim_letter_pdf(make_victim_letter(store, plain.case_id, "introduction"))
    polish_pdf = victim_letter_pdf(make_victim_letter(store, polish.case_id, "introduction"))
    assert _base_fonts(plain_pdf) <= {"/Helvetica", "/Helvetica-Bold"}
    assert any("+" in name for name in _base_fonts(polish_pdf))  # an embedded font subset
    assert len(plain_pdf) < len(polish_pdf) / 3
