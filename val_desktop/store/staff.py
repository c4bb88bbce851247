"""The people who use the app: listing them and adding one (single-workstation mode)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Staff

ROLES = {
    "caseworker": "Caseworker",
    "witness_care": "Witness Care officer",
    "supervisor": "Supervisor / team leader",
    "admin": "Administrator",
}
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")


class StaffError(ValueError):
    """What is wrong with a new person's details, in words for the screen."""


def active_staff(session: Session) -> list[Staff]:
    return list(
        session.scalars(
            select(Staff)
            .where(Staff.active.is_(True), Staff.deleted.is_(False))
            .order_by(Staff.display_name)
        )
    )


def add_staff(session: Session, display_name: str, username: str, role: str,
              by: str | None = None) -> Staff:
    display_name = display_name.strip()
    username = username.strip().lower()
    if not display_name:
        raise StaffError("Enter your full name.")
    if len(display_name) > 200:
        raise StaffError("The name is too long (200 characters at most).")
    if not _USERNAME.match(username):
        raise StaffError(
            "A user name is 2 to 64 lower-case letters, digits, dots, hyphens or underscores, "
            "starting with a letter (for example a.khan)."
        )
    if role not in ROLES:
        raise StaffError("Choose a role.")
    taken = session.scalar(select(func.count()).select_from(Staff).where(Staff.username == username))
    if taken:
        raise StaffError(f"The user name {username} is already taken.")
    person = Staff(display_name=display_name, username=username, role=role, updated_by=by or username)
    session.add(person)
    session.flush()
    return person
