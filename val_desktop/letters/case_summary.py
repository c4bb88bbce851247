"""Case summaries for supervisors: one case on paper, an internal document (every page says who
printed it and when).

The summary is a list of sections (`SECTIONS`), each a title and a builder that turns the
gathered data (store.documents.case_summary: `data.parts[name]`, loaded by
store.documents.SUMMARY_PARTS) into flowables. Adding a section is two small steps:

1. a loader in store.documents.SUMMARY_PARTS, e.g. ``"court": lambda s, case_id, rulebook,
   today: court.milestones(s, case_id)``;
2. a `Section("court", "Court milestones", render_court)` in SECTIONS, in reading order.

Restorative justice, court and complaints were added this way (before the timeline); their
renderers are in letters.summary_journey.

Long tables (the timeline above all) flow over pages with their header row repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, is_dataclass
from dataclasses import fields as fields_of
from datetime import UTC, datetime
from itertools import chain
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.clock import UK
from ..domain.needs import NEED_DOMAINS, SCORES
from ..domain.permissions import is_safe
from ..domain.rules import MET, MET_LATE, OPEN, OVERDUE
from ..domain.vocabulary import (
    CASE_STATUSES,
    CONTACT_CHANNELS,
    GENDERS,
    REFERRAL_SOURCES,
    RISK_LEVELS,
    offence_label,
)
from ..store.documents import CaseSummaryData, Printer
from .furniture import (
    RULE,
    SHADE,
    Furniture,
    Group,
    Styles,
    build_pdf,
    needs_unicode,
    styles,
    text_width,
)
from .letterhead import phone
from .summary_journey import render_complaints, render_court, render_rj
from .wrap import wrap

CELL_PADDING = 2 * 3  # left + right padding of a table cell, in points
MAX_ASSESSMENT_COLUMNS = 6
STATUS_WORDS = {MET: "Met on time", MET_LATE: "Met late", OVERDUE: "OVERDUE", OPEN: "Open"}
STATUS_COLOURS = {MET_LATE: colors.HexColor("#8a4b00"), OVERDUE: colors.HexColor("#b00020")}
CHANNEL_NAMES = {
    "safe_to_call": "Call",
    "safe_to_leave_voicemail": "Voicemail",
    "safe_to_text": "Text",
    "safe_to_write": "Post",
    "safe_to_email": "E-mail",
}


# -- small helpers -----------------------------------------------------------------------------


def moment(value: datetime | None) -> str:
    """A stored (UTC, naive) moment as the UK reads it."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone(UK).strftime("%d %b %Y %H:%M")


def day(value) -> str:
    return value.strftime("%d %b %Y") if value else ""


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _cell(text: str, width: float, st: Styles, *, bold: bool = False) -> str:
    """The text broken into lines that fit the cell: a plain string, which a table lays out
    much faster than a paragraph (see letters.wrap)."""
    style = st.cell_bold if bold else st.cell
    return wrap(text or "", width - CELL_PADDING, style.fontName, style.fontSize)


def table(header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float],
          st: Styles, *, extra: Sequence[tuple] = ()) -> Table:
    """A table with a shaded header row that repeats on every page it flows over."""
    data = [[_p(h, st.cell_bold) for h in header]]
    data.extend([_cell(str(value), w, st) for value, w in zip(row, widths, strict=True)]
                for row in rows)
    grid = LongTable(data, colWidths=list(widths), repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return grid


def fields(pairs: Sequence[tuple[str, str]], st: Styles, columns: int = 2) -> Table:
    """Label/value pairs in `columns` columns of pairs."""
    width = text_width() / columns
    label_w, value_w = width * 0.36, width * 0.64
    rows, row = [], []
    for label, value in pairs:
        row.extend([_cell(label, label_w, st, bold=True), _cell(value or "—", value_w, st)])
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    grid = Table(rows, colWidths=[label_w, value_w] * columns)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        *[("FONT", (c, 0), (c, -1), st.cell_bold.fontName, st.cell.fontSize, st.cell.leading)
          for c in range(0, 2 * columns, 2)],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]))
    return grid


def _none(text: str, st: Styles) -> list:
    return [Paragraph(escape(text), st.small)]


# -- the sections ------------------------------------------------------------------------------


def render_case(data: CaseSummaryData, st: Styles) -> list:
    o = data.parts["overview"]
    source = o.referrals[0].source if o.referrals else None
    pairs = [
        ("Reference", o.ref),
        ("Status", CASE_STATUSES.get(o.status, o.status).split(" — ")[0]),
        ("Offence", offence_label(o.offence_category)),
        ("Offence date", day(o.offence_date)),
        ("Referred", moment(o.referred_at)),
        ("Source", REFERRAL_SOURCES.get(source, source or "")),
        ("Crime reference", o.crime_reference or ""),
        ("Reported to police", yes_no(o.reported_to_police)),
        ("Risk level", RISK_LEVELS.get(o.risk_level, o.risk_level)),
        ("SPOC", o.spoc or "None"),
        ("Consent to contact", yes_no(o.consent_to_contact)),
        ("Service", "Enhanced rights" if o.enhanced else "Standard"),
    ]
    if o.closed_at:
        pairs += [("Closed", moment(o.closed_at)), ("Closure reason", o.closure_reason or "")]
    return [fields(pairs, st)]


def render_victim(data: CaseSummaryData, st: Styles) -> list:
    o = data.parts["overview"]
    born = day(o.date_of_birth) + (f" (age {o.age})" if o.age is not None else "")
    language = o.preferred_language or ""
    if o.interpreter_needed:
        language = (language + " — " if language else "") + "needs an interpreter"
    pairs = [
        ("Name", o.victim_name), ("Date of birth", born),
        ("Gender", GENDERS.get(o.gender or "", o.gender or "")), ("Language", language),
        ("Disability", (o.disability or "").replace("_", " ").capitalize()),
        ("Phone", phone(o.phone)), ("E-mail", o.email or ""),
        ("Address", ", ".join(o.address_lines)),
    ]
    width = text_width() / len(CONTACT_CHANNELS)
    words = {"yes": "Yes", "no": "No", "unknown": "Not known (= no)"}
    values = [words.get(o.permissions.get(c, "unknown"), "Not known (= no)")
              for c in CONTACT_CHANNELS]
    unsafe = [("TEXTCOLOR", (i, 1), (i, 1), STATUS_COLOURS[OVERDUE])
              for i, c in enumerate(CONTACT_CHANNELS) if not is_safe(o.permissions, c)]
    permissions = table([f"Safe: {CHANNEL_NAMES[c]}" for c in CONTACT_CHANNELS], [values],
                        [width] * len(CONTACT_CHANNELS), st, extra=unsafe)
    return [fields(pairs, st), Spacer(1, 2 * mm), permissions]


def render_enhanced(data: CaseSummaryData, st: Styles) -> list:
    o = data.parts["overview"]
    if not o.enhanced:
        return _none("Standard service: no enhanced-rights reason applies.", st)
    rows = [(text, "Caseworker" if code == "caseworker" else "From the recorded facts")
            for code, text in o.enhanced_reasons]
    width = text_width()
    return [Paragraph("The victim is entitled to the enhanced service under the Victims' Code:",
                      st.cell),
            Spacer(1, 1.5 * mm),
            table(["Reason", "Given by"], rows, [width * 0.75, width * 0.25], st)]


def render_spoc(data: CaseSummaryData, st: Styles) -> list:
    history = data.parts["spoc_history"]
    if not history:
        return _none("No SPOC has been assigned.", st)
    w = text_width()
    rows = [(a.staff_name, moment(a.started_at), moment(a.ended_at) or "Current",
             a.previous_name or "", a.reason or "", a.assigned_by_name or "")
            for a in history]
    return [table(["SPOC", "From", "To", "Before them", "Why", "By"], rows,
                  [w * 0.16, w * 0.15, w * 0.15, w * 0.15, w * 0.25, w * 0.14], st)]


def render_needs(data: CaseSummaryData, st: Styles) -> list:
    assessments = data.parts["assessments"]
    reassessment = data.parts["reassessment"]
    out = []
    if not assessments:
        out += _none("No needs assessment is recorded yet.", st)
    else:
        shown = list(assessments)
        note = ""
        if len(shown) > MAX_ASSESSMENT_COLUMNS:
            left_out = len(shown) - MAX_ASSESSMENT_COLUMNS
            shown = [shown[0], *shown[-(MAX_ASSESSMENT_COLUMNS - 1):]]
            note = (f"The first and the latest {MAX_ASSESSMENT_COLUMNS - 1} of "
                    f"{len(assessments)} assessments are shown ({left_out} in between are not).")
        w = text_width()
        first = w * 0.34
        rest = (w - first) / len(shown)
        header = ["Need (0 none … 3 severe)",
                  *(f"{day(a.assessed_on)}\n{a.assessed_by_name or ''}" for a in shown)]
        rows = []
        for domain, label in NEED_DOMAINS.items():
            cells = []
            for a in shown:
                score = a.scores.get(domain)
                cells.append("" if score is None else f"{score} {SCORES[score].lower()}")
            rows.append([label, *cells])
        rows.append(["Risk level", *(RISK_LEVELS.get(a.risk_level, a.risk_level)
                                     for a in shown)])
        rows.append(["Total", *(str(a.total) for a in shown)])
        severe = [("TEXTCOLOR", (c + 1, r + 1), (c + 1, r + 1), STATUS_COLOURS[OVERDUE])
                  for r, domain in enumerate(NEED_DOMAINS) for c, a in enumerate(shown)
                  if a.scores.get(domain) == 3]
        out.append(table(header, rows, [first] + [rest] * len(shown), st, extra=severe))
        if note:
            out.append(Paragraph(escape(note), st.small))
    if reassessment is not None and reassessment.due is not None:
        out.append(Spacer(1, 1.5 * mm))
        out.append(Paragraph(
            f"<b>Next reassessment:</b> {day(reassessment.due)} — {escape(reassessment.reason)}",
            st.cell))
    elif reassessment is not None:
        out.append(Paragraph(escape(reassessment.reason), st.small))
    return out


def render_plan(data: CaseSummaryData, st: Styles) -> list:
    actions = data.parts["plan"]
    if not actions:
        return _none("The support plan has no actions.", st)
    w = text_width()
    rows = [(NEED_DOMAINS.get(a.domain, a.domain), a.action, a.owner_name or "",
             a.provider_name or "", day(a.due), day(a.done_at) or "Not yet")
            for a in actions]
    late = [("TEXTCOLOR", (4, i + 1), (4, i + 1), STATUS_COLOURS[OVERDUE])
            for i, a in enumerate(actions) if a.overdue(data.today)]
    return [table(["Need", "Action", "Owner", "Service", "Due", "Done"], rows,
                  [w * 0.18, w * 0.32, w * 0.13, w * 0.15, w * 0.11, w * 0.11], st,
                  extra=late)]


def render_obligations(data: CaseSummaryData, st: Styles) -> list:
    rows_in = data.parts["obligations"]
    if not rows_in:
        return _none("No Victims' Code obligation is recorded.", st)
    counts = {status: sum(1 for r in rows_in if r.status == status) for status in STATUS_WORDS}
    line = (f"{len(rows_in)} obligations as of {day(data.today)}: {counts[MET]} met on time, "
            f"{counts[MET_LATE]} met late, {counts[OVERDUE]} overdue, {counts[OPEN]} open "
            "and not yet due.")
    w = text_width()
    rows = [(r.title, r.code_right, r.started_by, day(r.due), STATUS_WORDS[r.status],
             " ".join(p for p in (moment(r.met_at), r.met_by or "") if p),
             r.late_reason or "") for r in rows_in]
    colour = [("TEXTCOLOR", (4, i + 1), (4, i + 1), STATUS_COLOURS[r.status])
              for i, r in enumerate(rows_in) if r.status in STATUS_COLOURS]
    return [Paragraph(escape(line), st.cell), Spacer(1, 1.5 * mm),
            table(["Obligation", "Code", "Started by", "Due", "Status", "Met", "Late reason"],
                  rows, [w * 0.23, w * 0.12, w * 0.13, w * 0.1, w * 0.1, w * 0.17, w * 0.15],
                  st, extra=colour)]


def render_timeline(data: CaseSummaryData, st: Styles) -> list:
    entries = data.parts["timeline"]
    if not entries:
        return _none("Nothing is recorded on the timeline.", st)
    w = text_width()
    rows = [(moment(e.at), e.what, e.how, " ".join(e.summary.split()), e.by)
            for e in reversed(entries)]  # oldest first: the case as a story
    return [Paragraph(f"{len(entries)} entries, oldest first.", st.small),
            table(["When", "What", "How", "Summary", "By"], rows,
                  [w * 0.17, w * 0.15, w * 0.14, w * 0.40, w * 0.14], st)]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    render: Callable[[CaseSummaryData, Styles], list]


# In reading order; the timeline last.
SECTIONS: list[Section] = [
    Section("case", "The case", render_case),
    Section("victim", "Victim and contact permissions", render_victim),
    Section("enhanced", "Enhanced rights", render_enhanced),
    Section("spoc", "SPOC history", render_spoc),
    Section("needs", "Needs over time", render_needs),
    Section("plan", "Support plan", render_plan),
    Section("obligations", "Victims' Code obligations and compliance", render_obligations),
    Section("rj", "Restorative justice", render_rj),
    Section("court", "Court", render_court),
    Section("complaints", "Complaints and Right to Review", render_complaints),
    Section("timeline", "Timeline", render_timeline),
]


# -- the document ------------------------------------------------------------------------------


def heading(data: CaseSummaryData) -> str:
    return f"Case summary {data.ref} — {data.victim_name}"


def texts(value) -> Iterable[str]:
    """Every string in the gathered data (dataclasses, lists, dicts), for the choice of font."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields_of(value):
            yield from texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts(key)
            yield from texts(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from texts(item)


def _unicode(summaries: Iterable[CaseSummaryData], printer: Printer) -> bool:
    return needs_unicode(chain([printer.label], *(texts(data) for data in summaries)))


def story(data: CaseSummaryData, sections: Sequence[Section] | None = None, *,
          unicode: bool = True) -> list:
    st = styles(compact=True, unicode=unicode)
    flowables: list = [
        Group(data.ref, heading(data)),
        Paragraph(escape(f"Case summary: {data.victim_name}"), st.title),
        Paragraph(escape(f"{data.ref} · as of {day(data.today)} · for supervisors: internal, "
                         "do not send outside VAL"), st.small),
    ]
    for section in sections or SECTIONS:
        # A heading never ends a page alone; a long table under it still splits over pages.
        flowables.append(CondPageBreak(st.size * 7))
        flowables.append(Paragraph(escape(section.title), st.heading))
        flowables.extend(section.render(data, st))
    return flowables


def _furniture(title: str, printer: Printer, unicode: bool) -> Furniture:
    return Furniture(title=title, printed_by=printer.label, printed_at=printer.at,
                     unicode=unicode)


def case_summary_pdf(data: CaseSummaryData, printer: Printer,
                     sections: Sequence[Section] | None = None) -> bytes:
    unicode = _unicode([data], printer)
    return build_pdf(story(data, sections, unicode=unicode),
                     _furniture(heading(data), printer, unicode))


def case_summaries_pdf(summaries: Iterable[CaseSummaryData], printer: Printer,
                       title: str = "Case summaries",
                       on_case: Callable[[int, str], None] | None = None) -> bytes:
    """Several summaries in one PDF, each starting on a new page and numbered on its own.
    `on_case(n, ref)` is called as the n-th case (from 0) starts being laid out."""
    summaries = list(summaries)
    unicode = _unicode(summaries, printer)
    flowables: list = []
    for data in summaries:
        if flowables:
            flowables.append(PageBreak())
        flowables.extend(story(data, unicode=unicode))
    if not flowables:
        st = styles(compact=True, unicode=unicode)
        flowables = [Paragraph("No open cases.", st.body)]
    seen = 0

    def after(flowable) -> None:
        nonlocal seen
        if on_case is not None and isinstance(flowable, Group):
            on_case(seen, flowable.key)
            seen += 1

    return build_pdf(flowables, _furniture(title, printer, unicode), on_flowable=after)
