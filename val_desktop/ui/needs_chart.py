"""A small chart of a victim's needs: each domain's score at the first, previous and latest
assessment side by side, so a caseworker sees at a glance which needs have eased and which have
not. (Ten lines over time on a 0–3 scale pile on top of each other; three bars per need do not.)
The full history, assessment by assessment, is the score table beside it.

Used in forms/case_needs_tab.ui as a promoted widget (header val_desktop.ui.needs_chart).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip

from ..domain.needs import NEED_DOMAINS, SCORES

# Short names that fit under a bar group at 1366x768; the tooltip gives the full name.
SHORT_LABELS: dict[str, str] = {
    "safety": "Safety",
    "health": "Health",
    "emotional": "Emotion",
    "housing": "Housing",
    "money": "Money",
    "support_networks": "Support",  # support networks
    "children_family": "Family",
    "work_learning": "Work",
    "justice_information": "Justice",
    "communication_access": "Access",
}
# Pale to dark: the oldest bar fades, the latest stands out.
COLOURS = {"First": "#c5d0dc", "Previous": "#7d9fc2", "Latest": "#1d3557"}


class Assessed(Protocol):
    assessed_on: date
    scores: dict[str, int]

    @property
    def total(self) -> int: ...


def compared(assessments: Sequence[Assessed]) -> list[tuple[str, Assessed]]:
    """Which assessments the chart shows: the first, the one before the latest, the latest."""
    n = len(assessments)
    if n == 0:
        return []
    if n == 1:
        return [("Latest", assessments[0])]
    picks = [("First", assessments[0])]
    if n >= 3:
        picks.append(("Previous", assessments[-2]))
    picks.append(("Latest", assessments[-1]))
    return picks


class NeedsChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend_font = QFont(chart.legend().font())
        legend_font.setPointSizeF(8.5)
        chart.legend().setFont(legend_font)
        self.setChart(chart)
        self.shown: list[tuple[str, Assessed]] = []
        self.set_assessments([])

    def bar_sets(self) -> list[QBarSet]:
        """What is drawn (for tests and the accessible description)."""
        sets: list[QBarSet] = []
        for series in self.chart().series():
            sets.extend(series.barSets())
        return sets

    def set_assessments(self, assessments: Sequence[Assessed]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.shown = compared(assessments)
        if not self.shown:
            chart.setTitle("No needs assessment yet: the chart appears after the first one.")
            chart.legend().hide()
            self.setAccessibleDescription("No needs assessment yet.")
            return
        chart.setTitle("")
        chart.legend().show()
        series = QBarSeries()
        series.setBarWidth(0.8)
        for role, assessment in self.shown:
            bar_set = QBarSet(f"{role} {assessment.assessed_on:%d %b %y} (total {assessment.total})")
            bar_set.setColor(QColor(COLOURS[role]))
            bar_set.setBorderColor(QColor(COLOURS[role]))
            bar_set.append([float(assessment.scores.get(d, 0)) for d in NEED_DOMAINS])
            series.append(bar_set)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)

        small = QFont(self.font())
        small.setPointSizeF(8)
        x_axis = QBarCategoryAxis()
        x_axis.append([SHORT_LABELS[d] for d in NEED_DOMAINS])
        x_axis.setLabelsFont(small)
        x_axis.setGridLineVisible(False)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)

        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y_axis.setStartValue(-0.001)
        for score, label in SCORES.items():
            y_axis.append(label, score)
        y_axis.setRange(0, 3.15)
        y_axis.setLabelsFont(small)
        y_axis.setGridLineColor(QColor("#dde3ea"))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)

        first, last = self.shown[0][1], self.shown[-1][1]
        words = [f"{role} assessment {a.assessed_on:%d %B %Y}, total need {a.total} of 30"
                 for role, a in self.shown]
        if first is not last:
            words.append(f"change in total need {last.total - first.total:+d}")
        self.setAccessibleDescription("; ".join(words) + ".")

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tooltip(list(NEED_DOMAINS)[index]), self)

    def tooltip(self, domain: str) -> str:
        lines = [f"<b>{NEED_DOMAINS[domain]}</b>"]
        for role, assessment in self.shown:
            value = assessment.scores.get(domain)
            if value is not None:
                lines.append(f"{role}, {assessment.assessed_on:%d %b %Y}: {SCORES[value]} ({value})")
        return "<br>".join(lines)
