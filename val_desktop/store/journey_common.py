"""What the journey store modules (rj, court, complaints, feedback) share: their errors, the
version check of an edit, the sync bookkeeping of an update, and turning a day into a moment.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from ..domain.clock import to_utc_naive, uk_date, utc_now
from .models import Case

# The moment a day's journey event is kept at when the day is not today: midday UK time, safely
# inside the day whatever the clocks do.
MIDDAY = time(12, 0)


class JourneyRefused(ValueError):
    """A record was refused and nothing was written; `reasons` are plain words for the screen."""

    def __init__(self, reasons: str | Iterable[str]):
        self.reasons: tuple[str, ...] = (reasons,) if isinstance(reasons, str) else tuple(reasons)
        super().__init__(" ".join(_sentence(r) for r in self.reasons))


class JourneyMissing(JourneyRefused, LookupError):
    """The record (or its case) is no longer there."""


class StaleRecord(JourneyRefused):
    """Someone else changed the record while it was being edited."""


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def refuse_if(problems: list[str]) -> None:
    if problems:
        raise JourneyRefused(problems)


def bump(row, user: str | None) -> None:
    """An update of a synchronised row: a new row version, who and when."""
    row.row_version = (row.row_version or 0) + 1
    row.updated_by = user
    row.updated_at = utc_now()


def live(session: Session, model, row_id: uuid.UUID, what: str):
    """The row, unless it is gone (or a tombstone)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise JourneyMissing(f"This {what} is no longer there")
    return row


def check_version(row, expected_version: int | None, what: str) -> None:
    if expected_version is not None and row.row_version != expected_version:
        raise StaleRecord(
            f"Someone else changed this {what} while you were editing it. Close this window to "
            "see their change, then make yours again"
        )


def live_case(session: Session, case_id: uuid.UUID) -> Case:
    return live(session, Case, case_id, "case")


def day_moment(day: date, now: datetime | None = None) -> datetime:
    """The moment (naive UTC, the store's form) a journey event of a given UK day is kept at: now
    when the day is today, else midday UK time that day."""
    now = now or utc_now()
    if uk_date(now) == day:
        return now
    return to_utc_naive(datetime.combine(day, MIDDAY))


def not_future(day: date | None, label: str, today: date) -> list[str]:
    if day is not None and day > today:
        return [f"{label} ({fmt(day)}) cannot be in the future"]
    return []


def fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def clean(text: str | None) -> str | None:
    """Stripped text, or None when empty."""
    text = (text or "").strip()
    return text or None
