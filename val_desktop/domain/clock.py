"""UK local time: the Code's days are days in England and Wales, whatever the store keeps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")


def uk_date(moment: datetime) -> date:
    """The UK calendar date of a moment; a naive datetime is taken to be UTC (the store's rule)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UK).date()


def to_utc_naive(moment: datetime) -> datetime:
    """What the store keeps: UTC without tzinfo. A naive input is taken to be UK local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UK)
    return moment.astimezone(UTC).replace(tzinfo=None)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def uk_today() -> date:
    return datetime.now(UK).date()
