"""The sender's details (resources/letters/letterhead.json) and the top of a letter: who it is
from, the date and reference, and who it is to. Also the ways dates and phone numbers are
written in letters."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

import phonenumbers
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..resources_path import read_text
from .furniture import Styles, replace_style, text_width


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: tuple[str, ...]
    phone: str
    email: str
    website: str
    hours: str

    @property
    def texts(self) -> list[str]:
        return [self.name, *self.address, self.phone, self.email, self.website, self.hours]


@lru_cache(maxsize=1)
def letterhead() -> Letterhead:
    data = json.loads(read_text("letters/letterhead.json"))
    return Letterhead(data["name"], tuple(data.get("address", ())), data.get("phone", ""),
                      data.get("email", ""), data.get("website", ""), data.get("hours", ""))


def long_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def phone(number: str | None) -> str:
    """A stored (E.164) UK number as people write it: 07700 900444."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return number
    if parsed.country_code == 44:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def common_values(*, victim_first_name: str, victim_name: str, case_ref: str,
                  letter_date: date, spoc) -> dict[str, str]:
    """The placeholders every letter fills (letters.templates.COMMON). A SPOC without a direct
    line or e-mail gives the service's own."""
    head = letterhead()
    return {
        "victim_first_name": victim_first_name,
        "victim_name": victim_name,
        "case_ref": case_ref,
        "letter_date": long_date(letter_date),
        "spoc_name": spoc.name or f"The {head.name} team",
        "spoc_phone": phone(spoc.phone) or head.phone,
        "spoc_email": spoc.email or head.email,
        "org_name": head.name,
        "org_phone": head.phone,
        "org_email": head.email,
        "org_website": head.website,
    }


def heading_block(st: Styles, *, recipient: list[str], letter_date: date, reference: str,
                  extra: list[str] = ()) -> list:
    """The sender at the top right, then the recipient (left) and the date and reference."""
    head = letterhead()
    right = replace_style(st.small, "sender", alignment=2, textColor=st.body.textColor)
    sender = [Paragraph(f"<b>{escape(head.name)}</b>", replace_style(
        st.bold, "sender_name", alignment=2, fontSize=st.size * 1.25, leading=st.size * 1.6,
        spaceAfter=2))]
    for line in (", ".join(head.address), f"Telephone {head.phone}" if head.phone else "",
                 " · ".join(p for p in (head.email, head.website) if p), head.hours):
        if line:
            sender.append(Paragraph(escape(line), right))
    width = text_width()
    to = [Paragraph("<br/>".join(escape(line) for line in recipient), st.body)]
    meta = [Paragraph(f"Date: {escape(long_date(letter_date))}", st.body),
            Paragraph(f"Our reference: {escape(reference)}", st.body),
            *(Paragraph(escape(line), st.body) for line in extra)]
    if st.size >= 16:  # large print: one column, nothing squeezed
        return [*sender, Spacer(1, st.size), *to, *meta, Spacer(1, st.size * 0.3)]
    grid = Table([[to, sender], [meta, ""]], colWidths=[width * 0.52, width * 0.48])
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 3 * mm),
        ("SPAN", (1, 0), (1, 1)),
    ]))
    return [grid, Spacer(1, st.size * 0.6)]
