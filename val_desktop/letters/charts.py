"""Charts for printed returns, drawn with ReportLab's own graphics (reportlab.graphics.charts),
so they are vectors in the PDF: sharp at any zoom and printable in black and white (each series
has its own shade as well as its own colour, and the legend names them).

A chart is given the values to draw; the published variant of a return passes values with the
suppressed counts taken out (domain.reporting.plotted), so a chart never shows what its table
hides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .furniture import INK, MUTED, fonts

# Colour-blind-safe, and distinct in grey: dark blue, orange, red, pale grey-blue.
PALETTE = {
    "good": colors.HexColor("#1d4e89"),
    "late": colors.HexColor("#e69f00"),
    "bad": colors.HexColor("#b00020"),
    "neutral": colors.HexColor("#a9b8c9"),
    "second": colors.HexColor("#5b9bd5"),
}


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    colour: colors.Color


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value`."""
    if value <= 0:
        return 5
    step = 1
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 2.5, 5, 10):
        if step * factor >= value:
            return step * factor
    return step * 10  # pragma: no cover


def bar_chart(categories: Sequence[str], series: Sequence[Series], *, width: float,
              stacked: bool = False, bar_height: float = 11, title: str = "",
              label_width: float | None = None, unicode: bool = True) -> Drawing:
    """Horizontal bars, one group (or one stacked bar) per category, top to bottom in the
    order given, with a legend under the chart when there are several series."""
    f = fonts(unicode)
    n = max(len(categories), 1)
    per_category = bar_height * (1 if stacked else len(series)) + 5
    plot_height = n * per_category
    legend_height = 14 if len(series) > 1 else 0
    title_height = 16 if title else 0
    axis_height = 16
    height = plot_height + legend_height + title_height + axis_height + 4
    drawing = Drawing(width, height)
    label_width = label_width if label_width is not None else min(width * 0.42, 190)

    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = legend_height + axis_height
    chart.width = width - label_width - 12
    chart.height = plot_height
    # ReportLab draws the first category at the bottom: reverse so the first reads first.
    chart.data = [list(reversed([float(v) for v in s.values])) for s in series] or [[0.0]]
    chart.categoryAxis.categoryNames = list(reversed(list(categories)))
    chart.categoryAxis.labels.fontName = f.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    totals = ([sum(values) for values in zip(*chart.data, strict=True)] if stacked
              else [v for values in chart.data for v in values])
    chart.valueAxis.valueMax = _nice_max(max(totals, default=0))
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.bars.strokeWidth = 0
    chart.barSpacing = 0
    chart.groupSpacing = 5
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barWidth = bar_height
    for i, s in enumerate(series):
        chart.bars[i].fillColor = s.colour
    drawing.add(chart)

    if title:
        drawing.add(String(0, height - 11, title, fontName=f.bold, fontSize=9, fillColor=INK))
    if len(series) > 1:
        legend = Legend()
        legend.x = label_width
        legend.y = 0
        legend.boxAnchor = "sw"
        legend.alignment = "right"
        legend.dxTextSpace = 4
        legend.dx = 7
        legend.dy = 7
        legend.fontName = f.regular
        legend.fontSize = 7.5
        legend.fillColor = INK
        legend.strokeWidth = 0
        legend.colorNamePairs = [(s.colour, s.name) for s in series]
        # Side by side: one column per series.
        legend.columnMaximum = 1
        legend.deltax = max(60, max(len(s.name) for s in series) * 4.2 + 18)
        legend.y -= legend.getBounds()[1]  # its lowest point on the drawing's bottom edge
        drawing.add(legend)
    return drawing


def short(text: str, limit: int = 42) -> str:
    """A chart label that fits beside a bar; the table under the chart gives it in full."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = ["PALETTE", "Series", "bar_chart", "short"]
