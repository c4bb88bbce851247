"""Letters to the victim: introduction of their SPOC, "we tried to reach you", referral made,
court update, and case closure with a feedback invitation — each also in large print (16 pt,
nothing smaller, the page furniture included).

The data comes from store.documents.victim_letter, which refuses a letter unless writing to the
victim (or e-mailing them) is recorded as safe; this module only lays it out.
"""

from __future__ import annotations

from itertools import chain

from ..domain.letters import EMAIL, VICTIM_LETTERS
from ..store.documents import VictimLetterData
from . import compose
from .furniture import Furniture, build_pdf, needs_unicode, styles
from .letterhead import common_values, heading_block, letterhead, long_date, phone
from .templates import Template, shipped_templates


def _sentence(text: str | None) -> str:
    text = " ".join((text or "").split())
    if text and text[-1] not in ".!?":
        text += "."
    return text


def values(letter: VictimLetterData) -> dict[str, str]:
    """Every placeholder of this kind of letter, filled (letters.templates.PLACEHOLDERS)."""
    filled = common_values(victim_first_name=letter.victim_first_name,
                           victim_name=letter.victim_name, case_ref=letter.case_ref,
                           letter_date=letter.letter_date, spoc=letter.spoc)
    if letter.kind == "tried_to_reach":
        filled["attempt_date"] = long_date(letter.attempt_date or letter.letter_date)
    elif letter.kind == "referral_made":
        provider = letter.provider
        ways = []
        if provider and provider.phone:
            ways.append(f"by phone on {phone(provider.phone)}")
        if provider and provider.website:
            ways.append(f"through their website, {provider.website}")
        filled["provider_name"] = provider.name if provider else ""
        filled["provider_contact"] = (
            f"You can also contact {provider.name} yourself, {' or '.join(ways)}."
            if provider and ways else "")
        filled["referral_date"] = long_date(letter.referral_date)
    elif letter.kind == "court_update":
        filled["court_event"] = letter.court_event or ""
        filled["court_event_date"] = long_date(letter.court_event_date)
        filled["court_event_details"] = _sentence(letter.court_event_details)
    elif letter.kind == "closure":
        filled["closed_date"] = long_date(letter.closed_date or letter.letter_date)
    return filled


def _layout(letter: VictimLetterData, large_print: bool,
            template: Template | None) -> tuple[list, bool]:
    """The flowables, and whether their text needs the TrueType font."""
    template = template or shipped_templates()[VICTIM_LETTERS[letter.kind].template]
    filled = values(letter)
    if letter.delivery == EMAIL:
        recipient = [letter.victim_name, f"By e-mail to {letter.email}"]
    else:
        recipient = [letter.victim_name, *letter.address_lines]
    unicode = needs_unicode(chain(filled.values(), recipient, template.literals,
                                  letterhead().texts))
    st = styles(large_print, unicode=unicode)
    flowables = heading_block(st, recipient=recipient, letter_date=letter.letter_date,
                              reference=letter.case_ref)
    flowables.append(compose.subject(template, filled, st))
    flowables.extend(compose.body(template, filled, st))
    return flowables, unicode


def story(letter: VictimLetterData, *, large_print: bool = False,
          template: Template | None = None) -> list:
    return _layout(letter, large_print, template)[0]


def victim_letter_pdf(letter: VictimLetterData, *, large_print: bool = False,
                      template: Template | None = None) -> bytes:
    """The letter's PDF bytes (nothing is written or recorded here)."""
    flowables, unicode = _layout(letter, large_print, template)
    furniture = Furniture(
        title=f"{VICTIM_LETTERS[letter.kind].label} — {letter.case_ref}"
        + (" (large print)" if large_print else ""),
        large=large_print, unicode=unicode)
    return build_pdf(flowables, furniture)
