"""The quarterly outcome return as a PDF, for the commissioner and the Ministry of Justice.

Two variants of the same figures (store.reporting.quarterly_return):

- internal: every count as it is, for the service and the commissioner's office;
- published: counts of 1 to 4 shown as "<5", with secondary suppression where a total would
  give a hidden count away (domain.reporting); charts leave hidden counts out, and a rate is
  shown only for a row with nothing hidden.

Every page carries the OFFICIAL-SENSITIVE marking, "Page n of m" and who produced it and when
(letters.furniture). The charts are ReportLab drawings (letters.charts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.reporting import (
    NOT_APPLICABLE,
    QuarterlyReturn,
    cells,
    plotted,
    rate_text,
    row_suppressed,
)
from ..domain.reporting import Table as FigureTable
from ..store.reporting import QUARTERLY_DEFINITIONS
from .charts import PALETTE, Series, bar_chart, short
from .furniture import (
    RULE,
    SHADE,
    Furniture,
    Styles,
    build_pdf,
    replace_style,
    styles,
    text_width,
)

VALUE_WIDTH = 62.0  # points per value column
INTERNAL_BANNER = ("Internal variant: full figures, including numbers under 5. Not for "
                   "publication: use the published variant for anything shared outside the "
                   "service.")
PUBLISHED_BANNER = ("Published variant: counts of 1 to 4 are shown as <5, and where a total "
                    "would give a hidden count away another count is hidden too, so that no "
                    "victim can be identified. Charts leave hidden counts out.")


# A rate column some tables carry: heading, and the rate from a row's values.
def _on_time(values: Sequence[int | None]) -> float | None:
    met, late, overdue = values[0] or 0, values[1] or 0, values[2] or 0
    decided = met + late + overdue
    return met / decided if decided else None


def _eased(values: Sequence[int | None]) -> float | None:
    eased, base = values[0] or 0, values[3] or 0
    return eased / base if base else None


RATES: dict[str, tuple[str, Callable[[Sequence[int | None]], float | None]]] = {
    "compliance_by_rule": ("Met on time %", _on_time),
    "outcomes_by_domain": ("Eased %", _eased),
}


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def figure_table(table: FigureTable, *, published: bool, st: Styles) -> Table:
    """One table of the return, with its total row in bold."""
    rate = RATES.get(table.key)
    headings = list(table.columns) + ([rate[0]] if rate else [])
    values = cells(table, published=published)
    hidden = row_suppressed(table, published)
    width = text_width()
    value_width = min(VALUE_WIDTH, (width * 0.64) / max(len(headings), 1))
    label_width = width - value_width * len(headings)
    head = replace_style(st.cell_bold, "head", fontSize=8, leading=9.5)
    data = [[_p(table.label_heading, head)] + [_p(h, head) for h in headings]]
    for i, row in enumerate(table.all_rows()):
        line = [_p(row.label, st.cell_bold if row is table.total else st.cell)] + values[i]
        if rate:
            line.append(NOT_APPLICABLE if hidden[i] else rate_text(rate[1](row.values)))
        data.append(line)
    grid = Table(data, colWidths=[label_width] + [value_width] * len(headings), repeatRows=1)
    style = [
        ("FONT", (1, 1), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.cell.textColor),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.total is not None:
        style += [("FONT", (1, -1), (-1, -1), st.cell_bold.fontName, st.cell.fontSize,
                   st.cell.leading),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    grid.setStyle(TableStyle(style))
    return grid


def _chart(ret: QuarterlyReturn, key: str, published: bool) -> list:
    """The chart drawn beside a table, if it has one."""
    table = ret.table(key)
    width = text_width()
    labels = [short(r.label.split(" (")[0], 46) for r in table.rows]
    if key == "compliance_by_rule":
        series = [Series("Met on time", plotted(table, 0, published=published), PALETTE["good"]),
                  Series("Met late", plotted(table, 1, published=published), PALETTE["late"]),
                  Series("Overdue", plotted(table, 2, published=published), PALETTE["bad"]),
                  Series("Not yet due", plotted(table, 3, published=published),
                         PALETTE["neutral"])]
        drawing = bar_chart(labels, series, width=width, stacked=True, bar_height=12)
    elif key == "outcomes_by_domain":
        series = [Series("Eased", plotted(table, 0, published=published), PALETTE["good"]),
                  Series("No change", plotted(table, 1, published=published),
                         PALETTE["neutral"]),
                  Series("Grew", plotted(table, 2, published=published), PALETTE["bad"])]
        drawing = bar_chart(labels, series, width=width, stacked=True, bar_height=10)
    elif key == "needs_by_domain":
        series = [Series("Need identified", plotted(table, 0, published=published),
                         PALETTE["second"]),
                  Series("Of which severe", plotted(table, 1, published=published),
                         PALETTE["good"])]
        drawing = bar_chart(labels, series, width=width, bar_height=6)
    elif key in ("referrals_by_source", "referrals_by_offence"):
        rows = [(r.label, v) for r, v in zip(table.rows, plotted(table, 0, published=published),
                                               strict=True) if v]
        if key == "referrals_by_offence":
            rows.sort(key=lambda lv: -lv[1])
        if not rows:
            return []
        drawing = bar_chart([short(label) for label, _ in rows],
                            [Series("Referrals", [v for _, v in rows], PALETTE["good"])],
                            width=width, bar_height=6 if len(rows) > 6 else 12)
    else:
        return []
    return [drawing, Spacer(1, 3 * mm)]


# Tables drawn as a chart above them (compliance by rule is drawn on the first page).
CHARTS_BEFORE = {"outcomes_by_domain", "needs_by_domain", "referrals_by_source",
                 "referrals_by_offence"}


def _banner(published: bool, st: Styles) -> Table:
    banner = Table([[_p(PUBLISHED_BANNER if published else INTERNAL_BANNER, st.bold)]],
                   colWidths=[text_width()])
    banner.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE if published else colors.HexColor("#fdecea")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return banner


def story(ret: QuarterlyReturn, *, published: bool) -> list:
    st = styles(compact=True)
    out: list = [
        _p("Quarterly outcome return", st.title),
        _p(f"Victim Advice Line · {ret.quarter.label}", st.subject),
        _p(f"For the Police and Crime Commissioner and the Ministry of Justice. Figures for "
           f"{ret.quarter.start:%d %B %Y} to {ret.quarter.end:%d %B %Y}, as at "
           f"{ret.as_of:%d %B %Y}"
           + ("." if ret.complete else " — the quarter is not over yet: figures to date.")
           + f" Produced by {ret.produced_by} on {ret.produced_at:%d %B %Y at %H:%M}.",
           st.body),
        _banner(published, st),
        Spacer(1, 2 * mm),
    ]
    for section in ret.sections:
        if section.key != "summary":
            out.append(CondPageBreak(45 * mm))
        lead: list = [_p(section.title, st.heading)]
        lead += [_p(note, st.small) for note in section.notes]
        for number, table in enumerate(section.tables):
            block: list = []
            if len(section.tables) > 1 or table.title != section.title:
                block.append(_p(table.title, st.bold))
            if table.key in CHARTS_BEFORE:
                block += _chart(ret, table.key, published)
            grid = figure_table(table, published=published, st=st)
            if len(table.all_rows()) <= 12:  # a short table stays with its chart
                block.append(grid)
                grid = None
            if number == 0:
                block = lead + block
            out.append(KeepTogether(block))
            if grid is not None:
                out.append(grid)
            if table.note:
                out.append(_p(table.note, st.small))
            out.append(Spacer(1, 3 * mm))
        if section.key == "summary":
            out += [KeepTogether([_p("Victims' Code compliance at a glance", st.bold),
                                  *_chart(ret, "compliance_by_rule", published)])]
    out += [CondPageBreak(80 * mm), _p("How each figure is counted", st.heading)]
    for name, text in QUARTERLY_DEFINITIONS:
        out.append(Paragraph(f"<b>{escape(name)}.</b> {escape(text)}", st.small))
    return out


def quarterly_pdf(ret: QuarterlyReturn, *, published: bool = False) -> bytes:
    """The return's PDF bytes."""
    variant = "published" if published else "internal"
    furniture = Furniture(
        title=f"Quarterly outcome return {ret.quarter.code} ({variant})",
        printed_by=ret.produced_by,
        printed_at=ret.produced_at,
    )
    return build_pdf(story(ret, published=published), furniture)


__all__ = ["INTERNAL_BANNER", "PUBLISHED_BANNER", "figure_table", "quarterly_pdf", "story"]
