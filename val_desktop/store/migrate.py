"""Schema upgrades with Alembic, run programmatically on SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from .schema_version import StoreTooNewError  # where callers look for it

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_not_newer(connection: Connection) -> str | None:
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise StoreTooNewError(
            "This case store was written by a newer version of VAL Desktop "
            f"(schema {current}). Install the newer version to open it; "
            "this version will not change it."
        )
    return current


def upgrade(connection: Connection) -> bool:
    """Bring the schema to head. True when something was applied."""
    current = check_not_newer(connection)
    if current == head_revision():
        return False
    command.upgrade(alembic_config(connection), "head")
    return True
