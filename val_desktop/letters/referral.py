"""The referral letter to a support service (issue 5).

Who is referred, why (the needs that led to it), the consent recorded for sharing, how urgent it
is, the SPOC's direct contact, and only what this kind of service needs: the data was already
cut down to that by store.documents.referral_letter (domain.letters.referral_fields); this
module only lays it out. It goes outside VAL, so it carries no "printed by" line.
"""

from __future__ import annotations

from itertools import chain

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from ..domain.clock import uk_date
from ..domain.letters import URGENT
from ..store.documents import ReferralLetterData
from . import compose
from .furniture import (
    RULE,
    SHADE,
    Furniture,
    Styles,
    build_pdf,
    needs_unicode,
    styles,
    text_width,
)
from .letterhead import common_values, heading_block, letterhead, long_date, phone
from .templates import Template, shipped_templates
from .wrap import wrap


def values(letter: ReferralLetterData) -> dict[str, str]:
    filled = common_values(victim_first_name=letter.victim_first_name,
                           victim_name=letter.victim_name, case_ref=letter.case_ref,
                           letter_date=letter.letter_date, spoc=letter.spoc)
    filled.update(
        provider_name=letter.provider.name,
        provider_category=letter.provider.category,
        urgency_level=letter.urgency.level.lower(),
        consent_date=long_date(uk_date(letter.consent.at)),
    )
    return filled


def details_rows(letter: ReferralLetterData, filled: dict[str, str]) -> list[tuple[str, str]]:
    """The table of details, as (label, text) rows: only what the service may have."""
    rows = [("Person referred", letter.victim_name)]
    if letter.date_of_birth:
        rows.append(("Date of birth", long_date(letter.date_of_birth)))
    if letter.address_lines:
        rows.append(("Address", "\n".join(letter.address_lines)))
    ways = []
    if letter.phone:
        ways.append(f"Phone: {phone(letter.phone)}")
    if letter.email:
        ways.append(f"E-mail: {letter.email}")
    if not ways:
        ways.append("Through their SPOC (below): no direct way of contact is recorded as safe "
                    "to share.")
    rows.append(("How to contact them", "\n".join(ways)))
    rows.append(("Contact safety", letter.contact_safety))
    if letter.language:
        rows.append(("Language", letter.language))
    if letter.offence:
        rows.append(("Type of crime", letter.offence))
    if letter.crime_reference:
        rows.append(("Crime reference", letter.crime_reference))
    why = []
    if letter.needs:
        when = (f" found at the assessment of {long_date(letter.needs_assessed_on)}"
                if letter.needs_assessed_on else "")
        why.append("Needs" + when + ":\n" + "\n".join(
            f"• {n.label}: {n.level.lower()}" for n in letter.needs))
    if letter.plan_actions:
        why.append("Support plan:\n" + "\n".join(f"• {a}" for a in letter.plan_actions))
    if letter.reason:
        why.append(letter.reason)
    rows.append(("Why we are referring", "\n".join(why)))
    rows.append(("Urgency", letter.urgency.text))
    consent = f"Given on {long_date(uk_date(letter.consent.at))}"
    if letter.consent.by:
        consent += f", recorded by {letter.consent.by}"
    rows.append(("Consent to share", consent + f", for {letter.provider.name} only."))
    rows.append(("Their SPOC at VAL",
                 f"{filled['spoc_name']}\nDirect line: {filled['spoc_phone']}\n"
                 f"E-mail: {filled['spoc_email']}\nQuote: {letter.case_ref}"))
    return rows


def details_table(rows: list[tuple[str, str]], st: Styles, *, urgent: bool) -> Table:
    """Label and text per row. The cells are plain strings broken into lines here (quicker
    to lay out than paragraphs: letters.wrap)."""
    width = text_width()
    widths = (width * 0.27, width * 0.73)
    pad = 4 * mm
    data = [[wrap(label, widths[0] - pad, st.cell_bold.fontName, st.size),
             wrap(text, widths[1] - pad, st.cell.fontName, st.size)] for label, text in rows]
    table = Table(data, colWidths=list(widths))
    commands = [
        ("FONT", (0, 0), (0, -1), st.cell_bold.fontName, st.size, st.cell.leading),
        ("FONT", (1, 0), (1, -1), st.cell.fontName, st.size, st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.cell.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    if urgent:
        index = next(i for i, (label, _) in enumerate(rows) if label == "Urgency")
        commands.append(("BACKGROUND", (1, index), (1, index), "#fde2e1"))
    table.setStyle(TableStyle(commands))
    return table


def _layout(letter: ReferralLetterData, template: Template | None) -> tuple[list, bool]:
    """The flowables, and whether their text needs the TrueType font."""
    template = template or shipped_templates()["referral"]
    filled = values(letter)
    rows = details_rows(letter, filled)
    recipient = [letter.provider.name]
    if letter.provider.category:
        recipient.append(letter.provider.category)
    unicode = needs_unicode(chain(filled.values(), (text for row in rows for text in row),
                                  template.literals, letterhead().texts, recipient))
    st = styles(False, unicode=unicode)
    flowables = heading_block(st, recipient=recipient, letter_date=letter.letter_date,
                              reference=letter.case_ref)
    flowables.append(compose.subject(template, filled, st))
    table = details_table(rows, st, urgent=letter.urgency.level == URGENT)
    flowables.extend(compose.body(template, filled, st,
                                  {"details": [table, Spacer(1, st.size)]}))
    return flowables, unicode


def story(letter: ReferralLetterData, template: Template | None = None) -> list:
    return _layout(letter, template)[0]


def referral_letter_pdf(letter: ReferralLetterData, template: Template | None = None) -> bytes:
    """The letter's PDF bytes (nothing is written or recorded here)."""
    flowables, unicode = _layout(letter, template)
    furniture = Furniture(title=f"Referral to {letter.provider.name} — {letter.case_ref}",
                          unicode=unicode)
    return build_pdf(flowables, furniture)
