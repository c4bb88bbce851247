"""The quarterly outcome return (issue 5) over a 100,000-case store: target under 10 s from
query to PDF, next to a plain ReportLab document of the same size built in the same run.

    python bench/bench_quarterly.py [--store-dir DIR] [--cases 100000] [--rounds 3]
                                    [--quarter 2026Q3]

The store is a demo store (bench/_store.py), read only. Each round times the whole return as
`valctl report quarterly` does it (every figure read from the store, then the internal PDF with
its charts), and apart: the figures alone, the internal and the published PDF, and the CSV.
The plain document holds the same tables (the same cells) and the same charts, laid out by
SimpleDocTemplate with no store, no furniture and no embedded font: what ReportLab itself costs.
Also shown: the compliance dashboard's one read for a 13-week period.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import datetime, timedelta

from _store import add_store_arguments, demo_store, machine_note
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
from sqlalchemy import func, select

from val_desktop.domain.reporting import Period, cells, parse_quarter, plotted
from val_desktop.letters.charts import PALETTE, Series, bar_chart
from val_desktop.letters.quarterly import quarterly_pdf
from val_desktop.letters.quarterly_csv import quarterly_csv
from val_desktop.store.cases import Rulebook
from val_desktop.store.models import Case
from val_desktop.store.reporting import dashboard, quarterly_return

TARGET_S = 10.0
CHARTED = ("compliance_by_rule", "referrals_by_source", "referrals_by_offence",
           "needs_by_domain", "outcomes_by_domain")


def plain_document(ret) -> bytes:
    """The return's tables and charts, plainly: the cost of ReportLab alone."""
    sheet = getSampleStyleSheet()
    story = [Paragraph("Quarterly outcome return", sheet["Title"])]
    for _section, table in ret.tables():
        story.append(Paragraph(table.title, sheet["Heading3"]))
        if table.key in CHARTED:
            story.append(bar_chart(
                [r.label[:40] for r in table.rows],
                [Series(c, plotted(table, j, published=False), PALETTE["good"])
                 for j, c in enumerate(table.columns[:3])],
                width=480, unicode=False))
        rows = [["", *table.columns]] + [
            [row.label, *texts] for row, texts in zip(table.all_rows(),
                                                      cells(table, published=False),
                                                      strict=True)]
        story += [Table(rows, repeatRows=1), Spacer(1, 8)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def pages_of(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_store_arguments(parser)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quarter", default="2026Q3")
    args = parser.parse_args()
    store, today, _built = demo_store(args)
    quarter = parse_quarter(args.quarter)
    rulebook = Rulebook.default()
    with store.session() as session:
        held = session.scalar(select(func.count()).select_from(Case))

    def figures():
        with store.session() as session:
            return quarterly_return(session, quarter, rulebook, today=today,
                                    produced_by="bench", produced_at=datetime(2026, 11, 25, 9))

    whole, gather, internal, published, as_csv, plain = [], [], [], [], [], []
    ret = figures()  # warm: fonts, imports, the page cache
    quarterly_pdf(ret)
    for _ in range(args.rounds):
        started = time.perf_counter()
        ret = figures()
        pdf = quarterly_pdf(ret)
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        ret = figures()
        gather.append(time.perf_counter() - started)
        started = time.perf_counter()
        pdf = quarterly_pdf(ret)
        internal.append(time.perf_counter() - started)
        started = time.perf_counter()
        quarterly_pdf(ret, published=True)
        published.append(time.perf_counter() - started)
        started = time.perf_counter()
        quarterly_csv(ret, published=True)
        as_csv.append(time.perf_counter() - started)
        started = time.perf_counter()
        baseline = plain_document(ret)
        plain.append(time.perf_counter() - started)

    with store.session() as session:
        period = Period(today - timedelta(weeks=13) + timedelta(days=1), today)
        started = time.perf_counter()
        board = dashboard(session, period, today, rulebook.rules)
        board_s = time.perf_counter() - started

    median = statistics.median
    referrals = ret.table("headline").value("Referrals received")
    due = ret.table("compliance_by_rule").total.values[-1]
    print(f"Quarterly outcome return, {quarter.label}, on {held:,} cases ({machine_note()})")
    print(f"  the quarter: {referrals:,} referrals received, {due:,} Code obligations due; "
          f"{pages_of(pdf)} pages, {len(pdf):,} bytes")
    print(f"  whole return (figures + internal PDF): {median(whole):6.2f} s  median of "
          f"{args.rounds} (target < {TARGET_S:.0f} s: {'met' if median(whole) < TARGET_S else 'MISSED'})")
    print(f"    figures from the store:              {median(gather):6.2f} s")
    print(f"    internal PDF with charts:            {median(internal):6.2f} s")
    print(f"    published PDF (suppression):         {median(published):6.2f} s")
    print(f"    CSV:                                 {median(as_csv):6.3f} s")
    print(f"  plain ReportLab, same tables and charts: {median(plain):6.2f} s  "
          f"({pages_of(baseline)} pages; the return's PDF is "
          f"{median(internal) / median(plain):.1f}x it)")
    print(f"  dashboard, one read for 13 weeks:      {board_s:6.2f} s "
          f"({board.compliance.overall.total:,} obligations due)")
    return 0 if median(whole) < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
