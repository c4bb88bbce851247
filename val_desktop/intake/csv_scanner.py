"""A small RFC 4180 reader that knows on which line each record starts.

Written by hand rather than with the ``csv`` module so that a damaged row is reported as a
problem of that row (with its line number) instead of being silently mangled or stopping the
whole file, and so that any character, NUL included, is just a character.

- Fields are separated by commas, records by a line break: CRLF, LF or a lone CR; each counts
  as one line.
- A field that starts with a double quote is quoted: it runs to the next lone quote, may hold
  commas and line breaks (kept as written), and ``""`` inside it stands for one quote.
- Lenient where no data can be lost: spaces or tabs before an opening quote or after a closing
  quote are ignored; a quote inside an unquoted field is kept as written (``O"Brien``).
- Problems reported on the record: text after a closing quote, and a quote that is never
  closed (the rest of the file then becomes one value).
- A record whose fields are all empty or white space (a blank line, ``,,,``) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from val_desktop.intake.validators import control_characters

_UNQUOTED = re.compile(r"[^,\r\n]*")
_BLANKS = re.compile(r"[ \t]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class RawRecord:
    line: int  # 1-based line on which the record starts
    fields: tuple[str, ...]
    problems: tuple[str, ...] = ()


def line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _is_blank(record: RawRecord) -> bool:
    return not record.problems and all(
        not field.strip() and not control_characters(field) for field in record.fields
    )


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def records(self) -> Iterator[RawRecord]:
        while self.pos < len(self.text):
            record = self._record()
            if not _is_blank(record):
                yield record

    def _record(self) -> RawRecord:
        start = self.line
        # Most records are one line without a quotation mark: those are just split at commas.
        match = _LINE_BREAK.search(self.text, self.pos)
        end = match.start() if match else len(self.text)
        if self.text.find('"', self.pos, end) < 0:
            fields = self.text[self.pos : end].split(",")
            if match:
                self.pos = match.end()
                self.line += 1
            else:
                self.pos = end
            return RawRecord(start, tuple(fields))
        fields: list[str] = []
        problems: list[str] = []
        while True:
            value, problem = self._field()
            fields.append(value)
            if problem:
                problems.append(problem)
            if not self._next_field():
                return RawRecord(start, tuple(fields), tuple(problems))

    def _next_field(self) -> bool:
        """Consumes the separator after a field: True for a comma, False at the record's end."""
        if self.pos >= len(self.text):
            return False
        if self.text[self.pos] == ",":
            self.pos += 1
            return True
        match = _LINE_BREAK.match(self.text, self.pos)
        assert match, "a field ends only at a comma, a line break or the end"
        self.pos = match.end()
        self.line += 1
        return False

    def _field(self) -> tuple[str, str | None]:
        after_blanks = _BLANKS.match(self.text, self.pos).end()
        if self.text.startswith('"', after_blanks):
            self.pos = after_blanks + 1
            return self._quoted()
        return self._unquoted(), None

    def _unquoted(self) -> str:
        match = _UNQUOTED.match(self.text, self.pos)
        self.pos = match.end()
        return match.group()

    def _quoted(self) -> tuple[str, str | None]:
        opened_on = self.line
        parts: list[str] = []
        while True:
            close = self.text.find('"', self.pos)
            if close < 0:
                parts.append(self._take(len(self.text)))
                return "".join(parts), (
                    f"a quotation mark opened on line {opened_on} is never closed, "
                    "so the rest of the file was read as one value"
                )
            parts.append(self._take(close))
            self.pos += 1
            if not self.text.startswith('"', self.pos):
                break
            parts.append('"')
            self.pos += 1
        trailing = self._unquoted()
        if trailing.strip(" \t"):
            return "".join(parts) + trailing, (
                f"there is text after a closing quotation mark on line {self.line} "
                '(a quotation mark inside a quoted value must be doubled: "")'
            )
        return "".join(parts), None

    def _take(self, end: int) -> str:
        """The text from the current position to ``end``, counting the lines it spans."""
        chunk = self.text[self.pos : end]
        self.line += line_breaks(chunk)
        self.pos = end
        return chunk


def scan(text: str) -> Iterator[RawRecord]:
    """The non-blank records of ``text`` in order, each with the line it starts on."""
    return _Scanner(text).records()
