"""A small store for the Needs and SPOC tests: a few staff, the service directory and cases made
through the same path as a typed-in referral (synthetic people only)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from intake_files import row, write_file
from sqlalchemy import select

from val_desktop.domain.needs import NEED_DOMAINS
from val_desktop.intake.referral_file import ReferralFile
from val_desktop.store.cases import Rulebook
from val_desktop.store.directory import seed_directory
from val_desktop.store.models import Case, Staff
from val_desktop.store.new_cases import create_case_from_referral
from val_desktop.store.staff import add_staff

TODAY = date(2026, 11, 20)  # a Friday
REFERRED = "2026-10-05T10:00"  # Monday 5 October 2026, 10:00 UK time (BST)
PEOPLE = [
    ("Aisha Khan", "a.khan", "caseworker"),
    ("Ben Morgan", "b.morgan", "caseworker"),
    ("Cara Nowak", "c.nowak", "caseworker"),
    ("Dai Price", "d.price", "caseworker"),  # made inactive below
    ("Pat Ellis", "p.ellis", "supervisor"),
    ("Sam Hughes", "s.hughes", "witness_care"),
]


def add_people(store) -> dict[str, uuid.UUID]:
    with store.session(write=True) as session:
        ids = {u: add_staff(session, name, u, role, by="test").id for name, u, role in PEOPLE}
        session.get(Staff, ids["d.price"]).active = False
        seed_directory(session, user="test")
        session.commit()
    return ids


def new_case(store, folder: Path, source_id: str = "T-1", *, spoc: str | None = "a.khan",
             **values: str) -> uuid.UUID:
    values.setdefault("referred_at", REFERRED)
    values.setdefault("offence_date", "2026-10-04")
    path = write_file(folder / f"{source_id}.csv", [row(source_id, **values)])
    (record,) = ReferralFile(path, now=datetime(2026, 11, 20, 12, tzinfo=UTC)).rows()
    with store.session(write=True) as session:
        staff = session.scalar(select(Staff).where(Staff.username == spoc)) if spoc else None
        case = create_case_from_referral(session, record, Rulebook.default(),
                                         received_via="manual", user="p.ellis", spoc=staff)
        session.commit()
        return case.id


def scores(**given: int) -> dict[str, int]:
    """All ten domains scored: 0 unless given."""
    return {d: given.get(d, 0) for d in NEED_DOMAINS}


def case_row(store, case_id: uuid.UUID) -> Case:
    with store.session() as session:
        return session.get(Case, case_id)


def at(day: date, hour: int = 12) -> datetime:
    """Noon UTC on a day: the store's naive UTC."""
    return datetime(day.year, day.month, day.day, hour)


def make_context(store, username: str, folder: Path, today: date = TODAY):
    """What the case view hands its tabs, signed in as `username`, with a fixed today."""
    from PySide6.QtCore import QSettings

    from val_desktop.ui.context import AppContext, SignedIn

    with store.session() as session:
        person = session.scalar(select(Staff).where(Staff.username == username))
        user = SignedIn(person.id, person.username, person.display_name, person.role)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, user=user, rulebook=Rulebook.default(), settings=settings,
                      today=lambda: today)


def work_dialog(owner, open_it, fill):
    """Open a modal dialog with `open_it()` (it returns when the dialog closes) and work it
    with `fill(dialog)` once it shows; `owner.dialog` is the dialog while it is open. A failure
    inside `fill` closes the dialog and is raised here, and a dialog that `fill` left open is
    closed afterwards, so a test never hangs on a modal window."""
    from PySide6.QtCore import QTimer

    errors: list[BaseException] = []
    tries = 0

    def work():
        nonlocal tries
        dialog = getattr(owner, "dialog", None)
        if dialog is None or not dialog.isVisible():
            tries += 1
            if tries < 500:
                QTimer.singleShot(10, work)
            return
        try:
            fill(dialog)
        except BaseException as error:  # handed back to the test below
            errors.append(error)
        if dialog.isVisible():
            dialog.done(0)

    QTimer.singleShot(0, work)
    result = open_it()
    if errors:
        raise errors[0]
    return result
