"""Offline-first synchronisation with the central PostgreSQL database (DESIGN section 4).

The API a screen or a worker uses:

- `sync(store, url, password=..., progress=..., cancel=CancelToken())` -> SyncReport
- `list_conflicts(store)`, `get_conflict(store, id)`, `resolve_conflict(store, id, choices,
  user=...)`
- `sync_status(store)` -> SyncStatus (for a status indicator: waiting changes, open
  conflicts, last sync; local only, cheap)
- `init_server(url)` (an administrator's `valctl server init`)
- credentials: `remember_url`, `remembered_url`, `save_password`, `load_password`,
  `KeychainUnavailable`

Modules: tables (what is synchronised and how values travel), server (central schema and
connections), local (the workstation's transactions and settings), push / apply (the two sides
of a push), merge (the three-way field merge), pull, conflicts, engine (orchestration),
credentials.
"""

from importlib import import_module

# Loaded on first use, so that `valctl --help` (which imports sync.commands) stays light.
_HOMES = {
    "Conflict": "conflicts", "ConflictError": "conflicts", "FieldConflict": "conflicts",
    "get_conflict": "conflicts", "list_conflicts": "conflicts", "resolve_conflict": "conflicts",
    "KeychainUnavailable": "credentials", "load_password": "credentials",
    "remember_url": "credentials", "remembered_url": "credentials",
    "save_password": "credentials",
    "CancelToken": "engine", "SyncError": "engine", "SyncProgress": "engine",
    "SyncReport": "engine", "sync": "engine",
    "InitResult": "server", "ServerError": "server", "init_server": "server",
    "SyncStatus": "status", "sync_status": "status",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "CancelToken",
    "Conflict",
    "ConflictError",
    "FieldConflict",
    "InitResult",
    "KeychainUnavailable",
    "ServerError",
    "SyncError",
    "SyncProgress",
    "SyncReport",
    "get_conflict",
    "init_server",
    "list_conflicts",
    "load_password",
    "remember_url",
    "remembered_url",
    "resolve_conflict",
    "save_password",
    "sync",
    "sync_status",
    "SyncStatus",
]
