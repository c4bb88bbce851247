"""Letters and case summaries (issue 5): a referral letter (target < 10 ms), a case summary with
300 timeline entries (target < 200 ms) and 500 summaries in a batch, each next to a plain
ReportLab document of the same size built in the same run.

    python bench/bench_letters.py [--store-dir DIR] [--cases 4000] [--rounds 20] [--batch 500]

The store is a demo store (bench/_store.py); the referral letter's consent and the long
timeline are added inside transactions that are rolled back, so a reused store is left as it
was. The plain documents use the same page size and the same amount of text and table rows,
with no store, no furniture and no embedded font: what ReportLab itself costs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _store import add_store_arguments, demo_store, machine_note
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table
from sqlalchemy import delete, func, select

from val_desktop.letters.batch import write_summaries
from val_desktop.letters.case_summary import case_summary_pdf
from val_desktop.letters.furniture import fonts
from val_desktop.letters.referral import referral_letter_pdf
from val_desktop.store.cases import Rulebook
from val_desktop.store.documents import (
    case_summary,
    find_provider,
    open_cases_for,
    printer_for,
    record_consent,
    referral_letter,
)
from val_desktop.store.models import (
    Case,
    ContactLogEntry,
    JourneyEvent,
    NeedsAssessment,
    Obligation,
)

LETTER_TARGET_MS = 10.0
SUMMARY_TARGET_MS = 200.0
TIMELINE = 300
BENCH_USER = "bench-letters"


def median_ms(fn, rounds: int) -> float:
    fn()  # warm: fonts, templates, caches
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def plain_document(paragraphs: int, rows: int, columns: int, words: int = 12) -> bytes:
    """A plain ReportLab document: `paragraphs` paragraphs and a table of `rows` x `columns`
    short strings, Helvetica, no furniture."""
    styles = getSampleStyleSheet()
    text = " ".join(["support"] * words)
    story = [Paragraph(f"{i} {text}", styles["Normal"]) for i in range(paragraphs)]
    if rows:
        data = [[f"col {c}" for c in range(columns)]] + [
            [f"{r} {c} words here" for c in range(columns)] for r in range(rows)]
        table_class = LongTable if rows > 50 else Table
        story.append(table_class(data, repeatRows=1))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def line(what: str, ms: float, plain_ms: float, target: float | None = None) -> None:
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:.0f} ms: {'PASS' if ms < target else 'FAIL'}"
    print(f"  {what:<44} {ms:8.1f} ms   plain ReportLab {plain_ms:7.1f} ms "
          f"(x{ms / plain_ms:.1f}){verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_store_arguments(parser, cases=4000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    store, today, _ = demo_store(args)
    rulebook = Rulebook.default()
    font = fonts(unicode=True)
    print(f"Letters and case summaries ({machine_note()}); Helvetica, or an embedded "
          f"TrueType font ({'found' if font.embedded else 'NOT found'}) for text that needs it")
    try:
        import rl_accel  # noqa: F401

        print("  (ReportLab's C accelerator rl_accel is installed)")
    except ImportError:
        print("  (ReportLab's C accelerator rl_accel is not installed: pure-Python text metrics)")

    # -- a referral letter ---------------------------------------------------------------------
    with store.session() as session:
        case_id = session.scalar(
            select(Case.id).join(NeedsAssessment, NeedsAssessment.case_id == Case.id)
            .where(Case.status != "closed").order_by(Case.ref).limit(1))
        provider_id = find_provider(session, "Victim Support")
        record_consent(session, case_id, provider_id, user="bench", staff_id=None)
        session.flush()
        letter = referral_letter(session, case_id, provider_id, today=today,
                                 reason="Asked for help")
        pdf = referral_letter_pdf(letter)
        whole = median_ms(lambda: referral_letter_pdf(referral_letter(
            session, case_id, provider_id, today=today, reason="Asked for help")), args.rounds)
        render = median_ms(lambda: referral_letter_pdf(letter), args.rounds)
        session.rollback()
    plain = median_ms(lambda: plain_document(6, 12, 2), args.rounds)
    print(f"Referral letter ({len(pdf):,} bytes), median of {args.rounds}:")
    line("read from the store and laid out", whole, plain, LETTER_TARGET_MS)
    line("laid out only", render, plain)

    # -- a case summary with 300 timeline entries ----------------------------------------------
    # The entries are committed (a summary reads a store, not a session's pending rows) and
    # removed again at the end, so a reused store stays as it was.
    with store.session(write=True) as session:
        start = datetime(2026, 1, 5, 9)
        have = len(case_summary(session, case_id, rulebook, today).parts["timeline"])
        for i in range(max(0, TIMELINE - have)):
            session.add(ContactLogEntry(
                case_id=case_id, at=start + timedelta(hours=7 * i), kind="note",
                summary="Talked through the support plan and how the week went. " * (1 + i % 3),
                updated_by=BENCH_USER))
        session.commit()
    try:
        with store.session() as session:
            printer = printer_for(session, "bench")
            data = case_summary(session, case_id, rulebook, today)
            entries = len(data.parts["timeline"])
            summary_pdf = case_summary_pdf(data, printer)
            rounds = max(5, args.rounds // 2)
            whole = median_ms(lambda: case_summary_pdf(
                case_summary(session, case_id, rulebook, today), printer), rounds)
            render = median_ms(lambda: case_summary_pdf(data, printer), rounds)
    finally:
        with store.session(write=True) as session:
            session.execute(delete(ContactLogEntry).where(
                ContactLogEntry.updated_by == BENCH_USER))
            session.commit()
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(summary_pdf)).pages)
    plain = median_ms(lambda: plain_document(40, entries, 5), max(5, args.rounds // 2))
    print(f"Case summary, {entries} timeline entries, {pages} pages:")
    line("read from the store and laid out", whole, plain, SUMMARY_TARGET_MS)
    line("laid out only", render, plain)

    # -- a batch -------------------------------------------------------------------------------
    with store.session() as session:
        cases = open_cases_for(session, None)[: args.batch]
        ids = [c.id for c in cases]
        rows = sum(session.scalar(select(func.count()).select_from(table)
                                  .where(table.case_id.in_(ids)))
                   for table in (ContactLogEntry, JourneyEvent, Obligation))
    if len(ids) < args.batch:
        print(f"(only {len(ids)} open cases in the store: use more --cases for {args.batch})")
    per_case_rows = max(1, (rows or 0) // max(1, len(ids)))
    print(f"Batch of {len(ids)} case summaries (about {per_case_rows} contacts, events and "
          "obligations each):")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        each = write_summaries(store, ids, Path(folder) / "each", rulebook=rulebook, today=today,
                               printed_by="bench", one_file=False)
        each_s = time.perf_counter() - started
        started = time.perf_counter()
        one = write_summaries(store, ids, Path(folder) / "all.pdf", rulebook=rulebook,
                              today=today, printed_by="bench", one_file=True)
        one_s = time.perf_counter() - started
        size = (Path(folder) / "all.pdf").stat().st_size
    started = time.perf_counter()
    for _ in ids:
        plain_document(40, per_case_rows + 30, 5)
    plain_s = time.perf_counter() - started
    n = max(1, len(ids))
    print(f"  one PDF per case: {each_s:6.1f} s ({each_s / n * 1000:.0f} ms a summary, "
          f"{each.done} written)   plain ReportLab, {n} documents: {plain_s:.1f} s "
          f"(x{each_s / plain_s:.1f})")
    print(f"  one PDF:          {one_s:6.1f} s ({one_s / n * 1000:.0f} ms a summary, "
          f"{size / 1e6:.1f} MB, {one.done} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
