"""What every page of every document carries, the fonts and the paragraph styles.

Every page: the marking OFFICIAL-SENSITIVE at its top and bottom, and "Page n of m". An internal
document (a case summary) also says on every page who printed it and when. Documents are built
with ReportLab's platypus; the furniture is drawn once the page count is known (a canvas that
keeps its pages until it saves). A document holding several cases (a batch of summaries)
numbers each case's pages on their own: a `Group` flowable at the start of each case says where
the next group begins.

Fonts: names come in every script (Łucja, Siân, محمد), which ReportLab's built-in Helvetica
cannot show (it has the Western European letters of Windows-1252 only). A document whose text
needs more (`needs_unicode`) embeds the first TrueType sans-serif found on the workstation
(DejaVu Sans on Linux, Arial on Windows and macOS); one that does not uses Helvetica, which
needs nothing embedded: a letter is then about three times quicker to make and a tenth of the
size. (Right-to-left scripts are shown letter by letter, unshaped: ReportLab does not shape
them without extra libraries.)
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

# Binary page streams, not ASCII85: smaller files, and a quarter less time for a long summary
# (ASCII85 only matters for 7-bit channels, which PDFs no longer pass through).
rl_config.useA85 = 0

MARKING = "OFFICIAL-SENSITIVE"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 26 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8ecf1")

_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "arial.ttf"),
     os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "arialbd.ttf")),
    ("/System/Library/Fonts/Supplemental/Arial.ttf",
     "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    embedded: bool  # False: Helvetica, which shows only Western European letters


HELVETICA = Fonts("Helvetica", "Helvetica-Bold", False)


def needs_unicode(texts) -> bool:
    """Whether any of these texts has a character Helvetica (Windows-1252) cannot show."""
    for text in texts:
        if text and not text.isascii():
            try:
                text.encode("cp1252")
            except UnicodeEncodeError:
                return True
    return False


def fonts(unicode: bool = True) -> Fonts:
    """The document font: an embedded TrueType one for `unicode` text, else Helvetica."""
    return _truetype() if unicode else HELVETICA


@lru_cache(maxsize=1)
def _truetype() -> Fonts:
    """Register the TrueType font once per process (about 25 ms) and name it."""
    for regular, bold in _CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                pdfmetrics.registerFont(TTFont("VALSans", regular))
                pdfmetrics.registerFont(TTFont("VALSans-Bold", bold))
            except Exception:  # a damaged font file: try the next one  # noqa: S112
                continue
            pdfmetrics.registerFontFamily("VALSans", normal="VALSans", bold="VALSans-Bold",
                                          italic="VALSans", boldItalic="VALSans-Bold")
            return Fonts("VALSans", "VALSans-Bold", True)
    return HELVETICA


# -- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    size: float  # body text size in points
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    subject: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle
    furniture_size: float


@lru_cache(maxsize=8)
def styles(large: bool = False, *, compact: bool = False, unicode: bool = True) -> Styles:
    """Letter styles (10.5 pt; large print: 16 pt, nothing smaller), or `compact` ones for
    internal documents with tables (9 pt); in the TrueType font or (`unicode` False)
    Helvetica."""
    f = fonts(unicode)
    if large:
        size, furniture = 16.0, 16.0
    elif compact:
        size, furniture = 9.0, 8.0
    else:
        size, furniture = 10.5, 8.5
    lead = size * 1.3
    body = ParagraphStyle("body", fontName=f.regular, fontSize=size, leading=lead,
                          textColor=INK, spaceAfter=size * 0.65)
    small_size = size if large else max(size - 1.5, 8.0)  # nothing below 8 pt
    small = replace_style(body, "small", fontSize=small_size, leading=small_size * 1.3,
                          textColor=MUTED, spaceAfter=2)
    return Styles(
        size=size,
        body=body,
        bold=replace_style(body, "bold", fontName=f.bold),
        small=small,
        subject=replace_style(body, "subject", fontName=f.bold, fontSize=size * 1.15,
                              leading=size * 1.5, spaceBefore=size * 0.5, spaceAfter=size),
        title=replace_style(body, "title", fontName=f.bold, fontSize=size * 1.6,
                            leading=size * 2.0, spaceAfter=size * 0.4),
        heading=replace_style(body, "heading", fontName=f.bold, fontSize=size * 1.25,
                              leading=size * 1.6, spaceBefore=size * 1.1, spaceAfter=size * 0.4),
        cell=replace_style(body, "cell", spaceAfter=0, leading=size * 1.22),
        cell_bold=replace_style(body, "cell_bold", fontName=f.bold, spaceAfter=0,
                                leading=size * 1.22),
        bullet=replace_style(body, "bullet", leftIndent=size * 1.4, bulletIndent=size * 0.4,
                             spaceAfter=size * 0.3, bulletFontName=f.regular,
                             bulletFontSize=size),
        furniture_size=furniture,
    )


def replace_style(style: ParagraphStyle, name: str, **changes) -> ParagraphStyle:
    return ParagraphStyle(name, parent=style, **changes)


# -- the furniture ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Furniture:
    title: str  # the PDF's title
    large: bool = False  # large print: the furniture too is at least 16 pt
    printed_by: str | None = None  # internal documents: who printed it …
    printed_at: datetime | None = None  # … and when (UK local time)
    author: str = "VAL Desktop"
    unicode: bool = True  # the text needs the TrueType font (furniture.needs_unicode)

    @property
    def internal(self) -> bool:
        return self.printed_by is not None


class Group(Flowable):
    """Marks where a new group of pages starts (one case in a batch): its pages are numbered on
    their own, and `heading` runs at the top of each of them."""

    def __init__(self, key: str, heading: str = ""):
        super().__init__()
        self.key = key
        self.heading = heading
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv._val_group = (self.key, self.heading)


def _printed_line(furniture: Furniture) -> str:
    when = furniture.printed_at.strftime("%d %b %Y at %H:%M") if furniture.printed_at else ""
    return f"Printed by {furniture.printed_by}" + (f" on {when}" if when else "")


class _FurnishedCanvas(Canvas):
    """Keeps each page until the end, then draws the furniture with the page counts known."""

    furniture: Furniture = Furniture("")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._val_group = ("", "")

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals: dict[str, int] = {}
        for page in self._pages:
            key = page["_val_group"][0]
            totals[key] = totals.get(key, 0) + 1
        seen: dict[str, int] = {}
        for page in self._pages:
            self.__dict__.update(page)
            key, heading = self._val_group
            seen[key] = seen.get(key, 0) + 1
            self._draw(seen[key], totals[key], heading)
            super().showPage()
        super().save()

    def _draw(self, number: int, total: int, heading: str) -> None:
        furniture = self.furniture
        f = fonts(furniture.unicode)
        large = furniture.large
        size = 16.0 if large else 9.0
        small = 16.0 if large else 8.0
        self.saveState()
        self.setFillColor(INK)
        self.setFont(f.bold, size)
        self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - (15 if large else 12) * mm, MARKING)
        self.drawCentredString(PAGE_WIDTH / 2, (8 if large else 10) * mm, MARKING)
        self.setFont(f.regular, small)
        self.setFillColor(MUTED)
        if heading:
            self.drawString(MARGIN_X, PAGE_HEIGHT - 18 * mm, heading)
        numbers_at = (15 if large else 16) * mm
        self.drawRightString(PAGE_WIDTH - MARGIN_X, numbers_at, f"Page {number} of {total}")
        if furniture.internal:
            self.drawString(MARGIN_X, numbers_at, _printed_line(furniture))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        rule_at = (23 if large else 20.5) * mm
        self.line(MARGIN_X, rule_at, PAGE_WIDTH - MARGIN_X, rule_at)
        self.restoreState()


def build_pdf(story: list, furniture: Furniture,
              on_flowable: Callable[[Flowable], None] | None = None) -> bytes:
    """The document's bytes: the story laid out on A4 with the furniture on every page.
    `on_flowable` is called after each flowable is laid out (it may raise to stop)."""
    buffer = io.BytesIO()
    top = MARGIN_TOP + (6 * mm if furniture.large else 0)
    bottom = MARGIN_BOTTOM + (4 * mm if furniture.large else 0)
    document = BaseDocTemplate(
        buffer, pagesize=A4, title=furniture.title, author=furniture.author,
        subject=MARKING, creator="VAL Desktop", leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=top, bottomMargin=bottom,
    )
    frame = Frame(MARGIN_X, bottom, PAGE_WIDTH - 2 * MARGIN_X, PAGE_HEIGHT - top - bottom,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if on_flowable is not None:
        document.afterFlowable = on_flowable
    canvas_class = type("FurnishedCanvas", (_FurnishedCanvas,), {"furniture": furniture})
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def text_width() -> float:
    return PAGE_WIDTH - 2 * MARGIN_X


__all__ = ["MARKING", "Furniture", "Group", "Styles", "build_pdf", "fonts", "needs_unicode",
           "styles", "text_width"]
