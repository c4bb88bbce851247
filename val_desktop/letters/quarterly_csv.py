"""The quarterly outcome return as CSV: one line per figure, for spreadsheets and the Ministry
of Justice's own tools.

Columns (CSV_COLUMNS): quarter ("2026Q3"), as_of (ISO date), variant (internal / published),
section, table (a stable key such as "referrals_by_source"), table_title, row, column, value.
A value is a whole number, or "<5" for a suppressed count in the published variant, or "–"
where a figure does not apply. The first line of the file is the header; the text is UTF-8
with a byte-order mark so that Excel reads names in every script.
"""

from __future__ import annotations

import csv
import io

from ..domain.reporting import QuarterlyReturn, cells

CSV_COLUMNS = ("quarter", "as_of", "variant", "section", "table", "table_title", "row", "column",
               "value")


def _plain(text: str) -> str:
    """A count as a bare number ("1,009" → "1009"); other text as it is."""
    bare = text.replace(",", "")
    return bare if bare.isdigit() else text


def quarterly_rows(ret: QuarterlyReturn, *, published: bool) -> list[dict[str, str]]:
    variant = "published" if published else "internal"
    rows = []
    for section, table in ret.tables():
        values = cells(table, published=published)
        for row, texts in zip(table.all_rows(), values, strict=True):
            for column, text in zip(table.columns, texts, strict=True):
                rows.append({
                    "quarter": ret.quarter.code, "as_of": ret.as_of.isoformat(),
                    "variant": variant, "section": section.title, "table": table.key,
                    "table_title": table.title, "row": row.label, "column": column,
                    "value": _plain(text),
                })
    return rows


def quarterly_csv(ret: QuarterlyReturn, *, published: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(quarterly_rows(ret, published=published))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


__all__ = ["CSV_COLUMNS", "quarterly_csv", "quarterly_rows"]
