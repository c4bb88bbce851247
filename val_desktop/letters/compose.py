"""A template filled in and turned into ReportLab flowables."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Paragraph, Spacer

from .furniture import Styles
from .templates import BLOCK, BULLET, Template


def subject(template: Template, values: Mapping[str, str], st: Styles) -> Paragraph:
    return Paragraph(template.subject.fill(values), st.subject)


def body(template: Template, values: Mapping[str, str], st: Styles,
         blocks: Mapping[str, list] | None = None) -> list:
    """The letter's text. A paragraph that is empty once filled (an optional sentence left
    blank) is left out; a block is replaced by the flowables given for it."""
    flowables: list = []
    after_bullet = False
    for block in template.body:
        if block.kind == BLOCK:
            flowables.extend((blocks or {})[block.name])
            after_bullet = False
            continue
        text = block.text.fill(values)
        if not text.strip():
            continue
        if block.kind == BULLET:
            flowables.append(Paragraph(text, st.bullet, bulletText="•"))
            after_bullet = True
            continue
        if after_bullet:
            flowables.append(Spacer(1, st.size * 0.45))
            after_bullet = False
        flowables.append(Paragraph(text, st.body))
    if len(flowables) >= 2:  # the sign-off stays with the signature
        flowables[-2].keepWithNext = True
    return flowables
