"""Letter texts: editable templates in resources/letters/, checked when they are loaded.

A template is a UTF-8 text file::

    # Comment lines (before the ---) say what the letter is for.
    subject: Your contact at the {org_name}
    ---
    Dear {victim_first_name},

    A paragraph may run over several lines; a blank line starts the next one. **Bold** works,
    and a line ending in a backslash keeps its line break:\\
    like this.

    - a line starting with "- " is a bullet point
    [details]

`{name}` is a named placeholder, filled in by VAL Desktop; `{{` and `}}` are literal braces.
Each template may only use the placeholders its letter fills (`PLACEHOLDERS`): an unknown one is
an error when the templates load (`load_templates`), never a blank in a letter. `[details]`
stands alone on a line where the letter's table of details goes (referral letters only).
A paragraph that comes out empty once filled (an optional sentence) is left out.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from ..domain.letters import VICTIM_LETTERS
from ..resources_path import resource

COMMON = frozenset({
    "victim_first_name", "victim_name", "case_ref", "letter_date",
    "spoc_name", "spoc_phone", "spoc_email",
    "org_name", "org_phone", "org_email", "org_website",
})
# What each letter fills in: a template may use these and no others.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "referral": COMMON | {"provider_name", "provider_category", "urgency_level", "consent_date"},
    "victim_introduction": COMMON,
    "victim_tried_to_reach": COMMON | {"attempt_date"},
    "victim_referral_made": COMMON | {"provider_name", "provider_contact", "referral_date"},
    "victim_court_update": COMMON | {"court_event", "court_event_date", "court_event_details"},
    "victim_closure": COMMON | {"closed_date"},
}
# Blocks a template may place on a line of their own.
BLOCKS: dict[str, frozenset[str]] = {"referral": frozenset({"details"})}
HEADER_KEYS = frozenset({"subject"})
TEMPLATE_NAMES: tuple[str, ...] = ("referral", *(k.template for k in VICTIM_LETTERS.values()))

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_BLOCK = re.compile(r"^\[([a-z_]+)\]$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_FORMATTER = string.Formatter()


class TemplateError(ValueError):
    """A template that cannot be used; str() names the file, the line and what is wrong."""


@dataclass(frozen=True)
class Text:
    """A piece of text with placeholders: (literal, placeholder-or-None) pairs."""

    parts: tuple[tuple[str, str | None], ...]

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(name for _, name in self.parts if name)

    def fill(self, values: Mapping[str, str]) -> str:
        """The text for a ReportLab paragraph: literal and values escaped, **bold** applied."""
        out = []
        for literal, name in self.parts:
            out.append(escape(literal).replace("\n", "<br/>"))
            if name:
                out.append(escape(values[name]).replace("*", "&#42;").replace("\n", "<br/>"))
        return _BOLD.sub(r"<b>\1</b>", "".join(out))

    def plain(self, values: Mapping[str, str]) -> str:
        return "".join(literal + (values[name] if name else "") for literal, name in self.parts
                       ).replace("**", "")


PARAGRAPH, BULLET, BLOCK = "paragraph", "bullet", "block"


@dataclass(frozen=True)
class Block:
    kind: str  # paragraph, bullet, block
    text: Text | None = None
    name: str | None = None  # for a block


@dataclass(frozen=True)
class Template:
    name: str
    subject: Text
    body: tuple[Block, ...]

    @property
    def literals(self) -> list[str]:
        """The template's own words (for the choice of font)."""
        texts = [literal for literal, _ in self.subject.parts]
        for block in self.body:
            if block.text is not None:
                texts.extend(literal for literal, _ in block.text.parts)
        return texts

    @property
    def placeholders(self) -> frozenset[str]:
        found = set(self.subject.placeholders)
        for block in self.body:
            if block.text is not None:
                found |= block.text.placeholders
        return frozenset(found)


def _text(source: str, where: str, allowed: frozenset[str]) -> Text:
    try:
        parsed = list(_FORMATTER.parse(source))
    except ValueError as error:
        raise TemplateError(f"{where}: {error} (write {{{{ or }}}} for a literal brace)") from None
    parts = []
    for literal, field, spec, conversion in parsed:
        if field is None:
            parts.append((literal, None))
            continue
        if not _NAME.match(field) or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "") + (
                f":{spec}" if spec else "") + "}"
            raise TemplateError(f"{where}: {shown} is not a placeholder: write a name in "
                                "lower case, like {victim_first_name}")
        if field not in allowed:
            raise TemplateError(f"{where}: unknown placeholder {{{field}}}; this letter fills "
                                f"in: {', '.join('{' + n + '}' for n in sorted(allowed))}")
        parts.append((literal, field))
    return Text(tuple(parts))


def parse_template(source: str, name: str, *, file_name: str | None = None) -> Template:
    """Check and parse one template's text. Raises TemplateError naming the file and line."""
    file_name = file_name or f"{name}.txt"
    if name not in PLACEHOLDERS:
        raise TemplateError(f"{file_name}: there is no letter called {name!r}")
    allowed = PLACEHOLDERS[name]
    blocks_allowed = BLOCKS.get(name, frozenset())
    lines = source.lstrip("\ufeff").splitlines()
    header: dict[str, tuple[str, int]] = {}
    body_start = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == "---":
            body_start = number
            break
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        key = key.strip().lower()
        if not sep or key not in HEADER_KEYS:
            raise TemplateError(f"{file_name}, line {number}: expected 'subject: …' or the "
                                "line --- before the letter's text")
        header[key] = (value.strip(), number)
    if body_start is None:
        raise TemplateError(f"{file_name}: no line --- separates the subject from the text")
    if "subject" not in header:
        raise TemplateError(f"{file_name}: no subject line")
    subject_text, subject_line = header["subject"]
    subject = _text(subject_text, f"{file_name}, line {subject_line}", allowed)

    body: list[Block] = []
    pending: list[str] = []
    pending_kind = PARAGRAPH
    pending_line = 0

    def flush() -> None:
        nonlocal pending
        if pending:
            joined = ""
            for part in pending:
                if joined and not joined.endswith("\n"):
                    joined += " "
                joined += part
            body.append(Block(pending_kind, _text(joined, f"{file_name}, line {pending_line}",
                                                  allowed)))
            pending = []

    for number, raw in enumerate(lines[body_start:], start=body_start + 1):
        line = raw.strip()
        if not line:
            flush()
            continue
        block = _BLOCK.match(line)
        if block:
            flush()
            if block.group(1) not in blocks_allowed:
                allowed_blocks = ", ".join(f"[{b}]" for b in sorted(blocks_allowed)) or "none"
                raise TemplateError(f"{file_name}, line {number}: unknown block {line} "
                                    f"(this letter has: {allowed_blocks})")
            body.append(Block(BLOCK, name=block.group(1)))
            continue
        if line.startswith("- "):
            flush()
            pending_kind, pending_line = BULLET, number
            line = line[2:].strip()
        elif not pending:
            pending_kind, pending_line = PARAGRAPH, number
        if line.endswith("\\"):
            line = line[:-1].rstrip() + "\n"
        pending.append(line)
    flush()
    if not body:
        raise TemplateError(f"{file_name}: the letter has no text")
    missing_blocks = blocks_allowed - {b.name for b in body if b.kind == BLOCK}
    if missing_blocks:
        raise TemplateError(f"{file_name}: the letter must place "
                            + ", ".join(f"[{b}]" for b in sorted(missing_blocks)))
    return Template(name, subject, tuple(body))


def load_templates(folder: Path | None = None) -> dict[str, Template]:
    """Every letter's template, checked. Raises TemplateError for the first bad one (or one
    that is missing); `folder` defaults to the shipped resources/letters/."""
    templates = {}
    for name in TEMPLATE_NAMES:
        file_name = f"{name}.txt"
        source_path = (Path(folder) / file_name) if folder is not None else resource(
            f"letters/{file_name}")
        try:
            source = source_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise TemplateError(f"{file_name}: the letter's template is missing") from None
        except UnicodeDecodeError:
            raise TemplateError(f"{file_name}: the file is not UTF-8 text") from None
        templates[name] = parse_template(source, name, file_name=file_name)
    return templates


@lru_cache(maxsize=1)
def shipped_templates() -> dict[str, Template]:
    """The shipped templates, loaded and checked once per process."""
    return load_templates()
