"""Case summaries for supervisors, one and in batches."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from letters_fixtures import TODAY, font_sizes, letter_case, pdf_pages, pdf_text
from reportlab.platypus import Paragraph

from val_desktop.letters.batch import write_summaries
from val_desktop.letters.case_summary import (
    SECTIONS,
    Section,
    case_summaries_pdf,
    case_summary_pdf,
)
from val_desktop.letters.furniture import MARKING
from val_desktop.store.cases import Rulebook
from val_desktop.store.documents import (
    SUMMARY_PARTS,
    DocumentRefused,
    Printer,
    case_summary,
    open_cases_for,
    printer_for,
)
from val_desktop.store.models import Case, ContactLogEntry

RULEBOOK = Rulebook.default()
PRINTED_AT = datetime(2025, 6, 20, 16, 5)


def summary(store, case_id):
    with store.session() as session:
        return case_summary(session, case_id, RULEBOOK, TODAY)


def printer(store) -> Printer:
    with store.session() as session:
        return printer_for(session, "j.smith", PRINTED_AT)


def add_entries(store, case_id, count: int) -> None:
    with store.session(write=True) as session:
        start = datetime(2025, 6, 3, 8)
        for i in range(count):
            session.add(ContactLogEntry(case_id=case_id, at=start + timedelta(hours=5 * i),
                                        kind="note", summary=f"Entry {i + 1:04d} of the log",
                                        updated_by="j.smith"))
        session.commit()


def test_a_summary_holds_every_section_of_the_case(store):
    case = letter_case(store, vulnerable=True)
    pdf = case_summary_pdf(summary(store, case.case_id), printer(store))
    text = pdf_text(pdf)
    for section in SECTIONS:
        assert section.title in text, section.title
    assert "Case summary: Ava Lewis" in text and case.ref in text
    assert "Safe: Call Safe: Voicemail Safe: Text Safe: Post Safe: E-mail Yes No Yes Yes Yes" \
        in text  # the contact permissions, channel by channel
    assert "Vulnerable victim" in text  # enhanced rights and the reason
    assert "Jane Smith" in text  # SPOC history
    assert "3 severe" in text  # needs over time
    assert "First contact attempt by VAL" in text  # obligations
    assert "Referral received" in text  # the timeline


def test_every_page_is_marked_numbered_and_says_who_printed_it(store):
    case = letter_case(store)
    add_entries(store, case.case_id, 60)
    pages = pdf_pages(case_summary_pdf(summary(store, case.case_id), printer(store)))
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert page.count(MARKING) == 2
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed by Jane Smith (j.smith) on 20 Jun 2025 at 17:05" in page  # UK time


def test_a_long_timeline_flows_over_pages_with_its_header_repeated(store):
    case = letter_case(store)
    add_entries(store, case.case_id, 300)
    data = summary(store, case.case_id)
    assert len(data.parts["timeline"]) > 300
    pdf = case_summary_pdf(data, printer(store))
    pages = pdf_pages(pdf)
    text = " ".join(pages)
    for i in (1, 150, 300):  # every entry is there, oldest first
        assert f"Entry {i:04d} of the log" in text
    assert text.index("Entry 0001") < text.index("Entry 0300")
    timeline_pages = [p for p in pages if "Entry 0" in p]
    assert len(timeline_pages) >= 5
    for page in timeline_pages:
        header = " ".join(page.split()).index("When What How Summary By")
        first_entry = " ".join(page.split()).index("Entry 0")
        assert header < first_entry  # the header row heads every page of the table
    assert min(font_sizes(pdf)) >= 8


def test_sections_are_a_list_new_ones_can_join(store):
    """How restorative justice, court and complaints are to be added: a part and a section."""
    case = letter_case(store)
    data = summary(store, case.case_id)
    data.parts["court"] = ["Trial listed at Worcester Crown Court"]

    def render_court(data, st):
        return [Paragraph(line, st.cell) for line in data.parts["court"]]

    sections = [*SECTIONS[:-1], Section("court", "Court milestones", render_court), SECTIONS[-1]]
    text = pdf_text(case_summary_pdf(data, printer(store), sections))
    assert text.index("Court milestones") < text.index("Timeline")
    assert "Trial listed at Worcester Crown Court" in text
    assert [s.key for s in SECTIONS][-1] == "timeline"
    assert {"overview", "timeline", "obligations"} <= set(SUMMARY_PARTS)


def test_several_cases_in_one_pdf_are_numbered_each_on_its_own(store):
    first = letter_case(store)
    second = letter_case(store, first_name="Ben", source_id="T-second")
    add_entries(store, first.case_id, 80)
    pdf = case_summaries_pdf([summary(store, first.case_id), summary(store, second.case_id)],
                             printer(store))
    pages = pdf_pages(pdf)
    starts = [i for i, p in enumerate(pages) if "Page 1 of" in p]
    assert len(starts) == 2
    second_start = starts[1]
    assert "Ben Lewis" in pages[second_start]
    first_total = second_start
    assert f"Page {first_total} of {first_total}" in pages[first_total - 1]
    assert f"Case summary {first.ref}" in pages[1]  # each page says whose it is


def test_batch_one_per_case_and_one_file(store, tmp_path):
    cases = [letter_case(store, first_name=name, source_id=f"T-{name}")
             for name in ("Ava", "Ben", "Cai")]
    ids = [c.case_id for c in cases]
    seen = []
    result = write_summaries(store, ids, tmp_path / "each", rulebook=RULEBOOK, today=TODAY,
                             printed_by="j.smith", one_file=False,
                             progress=lambda d, t, text: seen.append((d, t)) or True)
    assert not result.cancelled and result.done == 3
    assert sorted(p.name for p in (tmp_path / "each").iterdir()) == sorted(
        f"{c.ref}.pdf" for c in cases)
    assert seen[-1] == (3, 3)
    one = write_summaries(store, ids, tmp_path / "all.pdf", rulebook=RULEBOOK, today=TODAY,
                          printed_by="j.smith", one_file=True)
    text = pdf_text((tmp_path / "all.pdf").read_bytes())
    assert all(c.ref in text for c in cases) and one.done == 3
    assert "3 case summaries written" in one.line()


def test_stopping_a_batch(store, tmp_path):
    cases = [letter_case(store, first_name=name, source_id=f"T-{name}")
             for name in ("Ava", "Ben", "Cai")]
    ids = [c.case_id for c in cases]
    result = write_summaries(store, ids, tmp_path / "each", rulebook=RULEBOOK, today=TODAY,
                             printed_by="j.smith", one_file=False,
                             progress=lambda done, total, text: done < 2)
    assert result.cancelled and result.done == 2
    assert len(list((tmp_path / "each").iterdir())) == 2
    assert "Stopped after 2 of 3" in result.line() and "kept" in result.line()
    # one file: nothing is left behind, whenever it stops
    for stop_at in (1, 4):
        stopped = write_summaries(store, ids, tmp_path / "all.pdf", rulebook=RULEBOOK,
                                  today=TODAY, printed_by="j.smith", one_file=True,
                                  progress=lambda done, total, text, s=stop_at: done < s)
        assert stopped.cancelled and stopped.written == []
        assert not (tmp_path / "all.pdf").exists()
        assert list(tmp_path.glob("*.part")) == []


def test_whose_open_cases(store):
    case = letter_case(store)
    closed = letter_case(store, first_name="Ben", source_id="T-closed")
    with store.session(write=True) as session:
        session.get(Case, closed.case_id).status = "closed"
        session.commit()
    with store.session() as session:
        assert [c.ref for c in open_cases_for(session, "j.smith")] == [case.ref]
        assert [c.ref for c in open_cases_for(session, None)] == [case.ref]
        with pytest.raises(DocumentRefused, match="no member of staff"):
            open_cases_for(session, "nobody")
