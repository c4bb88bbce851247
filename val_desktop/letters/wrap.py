"""Fast line-breaking for table cells.

A ReportLab Paragraph in a table that flows over many pages is wrapped again at every page
break, and ReportLab measures text in pure Python: a 300-entry timeline cost about 0.4 s that
way. A cell is instead broken into lines here, once, with each word's width measured once per
font and size (words repeat a great deal), and handed to the table as a plain multi-line string,
which a table lays out by counting lines.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth


class Measure:
    def __init__(self, font: str, size: float):
        self.font = font
        self.size = size
        self._widths: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            found = self._widths[text] = stringWidth(text, self.font, self.size)
        return found

    def lines(self, text: str, width: float) -> list[str]:
        """`text` broken into lines no wider than `width` (explicit line breaks kept; a word
        longer than a line is cut)."""
        out: list[str] = []
        for paragraph in text.split("\n"):
            words = paragraph.split()
            if not words:
                out.append("")
                continue
            line: list[str] = []
            used = 0.0
            for word in words:
                w = self.width(word)
                if w > width:  # a very long word (a URL, a reference): cut it
                    if line:
                        out.append(" ".join(line))
                        line, used = [], 0.0
                    pieces = self._cut(word, width)
                    out.extend(pieces[:-1])
                    line, used = [pieces[-1]], self.width(pieces[-1])
                    continue
                extra = w + (self.space if line else 0.0)
                if line and used + extra > width:
                    out.append(" ".join(line))
                    line, used = [word], w
                else:
                    line.append(word)
                    used += extra
            out.append(" ".join(line))
        return out

    def _cut(self, word: str, width: float) -> list[str]:
        pieces, current, used = [], "", 0.0
        for char in word:
            w = self.width(char)
            if current and used + w > width:
                pieces.append(current)
                current, used = "", 0.0
            current += char
            used += w
        pieces.append(current)
        return pieces


@lru_cache(maxsize=16)
def measure(font: str, size: float) -> Measure:
    return Measure(font, size)


def wrap(text: str, width: float, font: str, size: float) -> str:
    """The text with line breaks put in so that no line is wider than `width` points."""
    if not text:
        return ""
    return "\n".join(measure(font, size).lines(text, width))
