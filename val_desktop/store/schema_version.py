"""Which schema version a store is at, and which this app's migrations lead to, without loading
Alembic: opening an up-to-date store at start-up should not pay for the migration machinery."""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.MULTILINE)


class StoreTooNewError(RuntimeError):
    """The store was written by a newer version of VAL Desktop; we never downgrade it."""


@cache
def head() -> str | None:
    """The newest revision of the shipped migrations (the one no other revises)."""
    revisions, revised = set(), set()
    for script in VERSIONS.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(text)
            if down and down.group(1):
                revised.add(down.group(1))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None  # several heads: let Alembic decide


def stored_revision(path: Path) -> str | None:
    """The revision recorded in a SQLite store, or None when it has none yet."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None  # no table yet (a new store), or not a store: the full path will say
    finally:
        connection.close()
    return row[0] if row else None
