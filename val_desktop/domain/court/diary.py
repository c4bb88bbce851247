"""The court diary: the hearings in the next 14 days and the victim updates due today and overdue.

It selects from plain data: prosecutions with their milestones, and the updates owed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from ..rules import OVERDUE, obligation_status
from .milestones import LISTINGS, Milestone, MilestoneKind, Prosecution

DIARY_DAYS = 14

_K = MilestoneKind


@dataclass(frozen=True)
class Hearing:
    on: date
    kind: MilestoneKind  # the listing it came from (first hearing or trial), or the adjournment
    at: time | None = None
    venue: str = ""

    @property
    def label(self) -> str:
        return {
            _K.FIRST_HEARING_LISTED: "First hearing",
            _K.TRIAL_DATE_LISTED: "Trial",
        }.get(self.kind, "Adjourned hearing")


def current_hearings(history: Iterable[Milestone]) -> list[Hearing]:
    """The hearings still listed on a prosecution, in date order: each listing adds its hearing; an
    adjournment removes the hearing on its old date and adds the new date (unless to be fixed)."""
    hearings: list[Hearing] = []
    ordered = sorted(history, key=lambda m: (m.occurred_on, m.received_on))
    for milestone in ordered:
        if milestone.kind in LISTINGS and milestone.hearing_on is not None:
            hearings.append(
                Hearing(
                    milestone.hearing_on, milestone.kind, milestone.hearing_time, milestone.venue
                )
            )
        elif milestone.kind is _K.HEARING_ADJOURNED:
            lost = [h for h in hearings if h.on == milestone.previous_date]
            kind = lost[0].kind if lost else _K.HEARING_ADJOURNED
            venue = lost[0].venue if lost else ""
            hearings = [h for h in hearings if h.on != milestone.previous_date]
            if milestone.new_date is not None and not milestone.date_to_be_fixed:
                hearings.append(
                    Hearing(
                        milestone.new_date, kind, milestone.hearing_time, milestone.venue or venue
                    )
                )
    return sorted(hearings, key=lambda h: (h.on, h.at or time.min))


@dataclass(frozen=True)
class DiaryHearing:
    prosecution_id: str
    defendant_ref: str
    court: str  # the hearing's venue, else the prosecution's court
    case_ids: tuple[str, ...]
    hearing: Hearing


def hearings_ahead(
    prosecutions: Iterable[tuple[Prosecution, Sequence[Milestone]]],
    today: date,
    days: int = DIARY_DAYS,
) -> list[DiaryHearing]:
    """Hearings from today to `days` days ahead (both ends included), across prosecutions."""
    last = today + timedelta(days=days)
    found = []
    for prosecution, history in prosecutions:
        for hearing in current_hearings(history):
            if today <= hearing.on <= last:
                found.append(
                    DiaryHearing(
                        prosecution.id,
                        prosecution.defendant_ref,
                        hearing.venue or prosecution.court,
                        prosecution.case_ids,
                        hearing,
                    )
                )
    return sorted(found, key=lambda d: (d.hearing.on, d.hearing.at or time.min, d.prosecution_id))


@dataclass(frozen=True, kw_only=True)
class OwedUpdate:
    """A victim update owed (an obligation of the rules table), as the store lists it."""

    case_id: str
    rule_id: str
    due: date
    met_on: date | None = None
    prosecution_id: str = ""
    about: str = ""  # e.g. the milestone's label


def updates_due_today(updates: Iterable[OwedUpdate], today: date) -> list[OwedUpdate]:
    """Open updates whose due day is today."""
    return sorted(
        (u for u in updates if u.met_on is None and u.due == today),
        key=lambda u: (u.case_id, u.rule_id),
    )


def updates_overdue(updates: Iterable[OwedUpdate], today: date) -> list[OwedUpdate]:
    """Open updates past their due day, the longest overdue first."""
    return sorted(
        (u for u in updates if obligation_status(u.due, u.met_on, today) == OVERDUE),
        key=lambda u: (u.due, u.case_id, u.rule_id),
    )


@dataclass(frozen=True)
class CourtDiary:
    hearings: tuple[DiaryHearing, ...]
    due_today: tuple[OwedUpdate, ...]
    overdue: tuple[OwedUpdate, ...]


def court_diary(
    prosecutions: Iterable[tuple[Prosecution, Sequence[Milestone]]],
    updates: Iterable[OwedUpdate],
    today: date,
    days: int = DIARY_DAYS,
) -> CourtDiary:
    updates = tuple(updates)
    return CourtDiary(
        hearings=tuple(hearings_ahead(prosecutions, today, days)),
        due_today=tuple(updates_due_today(updates, today)),
        overdue=tuple(updates_overdue(updates, today)),
    )
