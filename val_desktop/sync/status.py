"""What a status indicator shows, read from the local store alone (works offline, cheap)."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.database import Store
from . import local
from .conflicts import open_conflict_count


@dataclass
class SyncStatus:
    configured: bool  # a central database address is remembered for this data folder
    url: str | None  # without password
    waiting_changes: int  # local changes not yet acknowledged by the central database
    open_conflicts: int
    last_sync: str | None  # UTC, ISO 8601, of the last complete sync
    version: int  # the central version this replica has caught up to
    pull_in_progress: bool  # an interrupted pull will resume


def sync_status(store: Store) -> SyncStatus:
    with local.raw_connection(store) as raw:
        url = local.get(raw, "url")
        return SyncStatus(
            configured=url is not None,
            url=url,
            waiting_changes=local.waiting_changes(raw),
            open_conflicts=open_conflict_count(raw),
            last_sync=local.get(raw, "last_sync"),
            version=local.get(raw, "cursor", 0),
            pull_in_progress=local.get(raw, "pull") is not None,
        )
