"""The service directory: the organisations victims are referred or signposted to."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..resources_path import read_text
from .models import ServiceProvider

FIELDS = ("category", "description", "phone", "website", "area", "need_domains",
          "offence_categories", "commissioned")


def seed_entries() -> list[dict]:
    return json.loads(read_text("service_directory.json"))["providers"]


def seed_directory(session: Session, user: str | None = None) -> int:
    """Add the shipped providers that the directory does not have yet (by name). Never
    overwrites an administrator's edits. Returns how many were added."""
    existing = set(session.scalars(select(ServiceProvider.name)))
    added = 0
    for entry in seed_entries():
        if entry["name"] in existing:
            continue
        session.add(
            ServiceProvider(
                name=entry["name"],
                updated_by=user,
                **{key: entry[key] for key in FIELDS if key in entry},
            )
        )
        added += 1
    return added


def list_providers(session: Session) -> list[ServiceProvider]:
    return list(
        session.scalars(
            select(ServiceProvider)
            .where(ServiceProvider.deleted.is_(False))
            .order_by(ServiceProvider.category, ServiceProvider.name)
        )
    )
