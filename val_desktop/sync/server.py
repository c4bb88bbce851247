"""The central database: creating or upgrading it, and connecting to it.

`init_server` runs the same Alembic migrations as a workstation (revision 0003 adds what the
server side of sync needs: the version table and its stamping triggers) and, optionally, a
group role holding the rights a person's own login needs to synchronise. Every person connects
with their own login (`CREATE ROLE a_khan LOGIN PASSWORD ... IN ROLE val_users`): no shared
account is ever baked into the client.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url

from ..store import migrate
from .tables import table_names

CONNECT_TIMEOUT = 5


class ServerError(RuntimeError):
    """The central database cannot be used; str() is a message for a person."""


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except Exception as error:  # sqlalchemy.exc.ArgumentError and friends
        raise ServerError(f"{url!r} is not a database address like "
                          "postgresql+psycopg://user@host:5432/val") from error
    if not parsed.drivername.startswith("postgresql"):
        raise ServerError("The central database is PostgreSQL: the address starts with "
                          "postgresql+psycopg:// (or postgresql://).")
    return parsed.set(drivername="postgresql+psycopg")


def without_password(url: URL) -> URL:
    # URL.set(password=None) would keep the password ("None" there means "unchanged").
    return url._replace(password=None)


def url_text(url: URL) -> str:
    """The address as text, without any password."""
    return without_password(url).render_as_string(hide_password=False)


def conninfo(url: URL, password: str | None = None) -> dict:
    """psycopg.connect() keyword arguments; libpq still reads PGPASSWORD and ~/.pgpass."""
    params = {
        "host": url.host or "127.0.0.1",
        "port": url.port or 5432,
        "dbname": url.database,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "val-desktop-sync",
    }
    if url.username:
        params["user"] = url.username
    sslmode = url.query.get("sslmode")  # the TLS mode chosen in the connection settings
    if sslmode:
        params["sslmode"] = sslmode if isinstance(sslmode, str) else sslmode[-1]
    secret = password if password is not None else url.password
    if secret is not None:
        params["password"] = secret
    return params


def connect(url: URL, password: str | None = None) -> psycopg.Connection:
    return psycopg.connect(**conninfo(url, password))


@dataclass
class InitResult:
    before: str | None
    after: str
    server_id: str
    version: int

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def init_server(url: str | URL, *, group: str | None = None) -> InitResult:
    """Create or upgrade the central database; safe to run again; refuses a newer one."""
    parsed = parse_url(url) if isinstance(url, str) else url
    engine = create_engine(parsed)
    try:
        with engine.begin() as connection:
            if connection.dialect.name != "postgresql":
                raise ServerError("The central database must be PostgreSQL.")
            before = migrate.check_not_newer(connection)  # StoreTooNewError: changes nothing
            migrate.upgrade(connection)
            after = migrate.current_revision(connection)
            server_id, version = connection.exec_driver_sql(
                "SELECT server_id, v FROM sync_state WHERE id = 1").one()
            if group:
                grant_group(connection.connection.driver_connection, group, parsed.database)
    finally:
        engine.dispose()
    return InitResult(before, after, server_id, version)


def grant_group(pg, group: str, database: str) -> None:
    """A NOLOGIN group role with what synchronising needs (and no right to delete anything)."""
    exists = pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
    role = sql.Identifier(group)
    if not exists:
        pg.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(role))
    pg.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
        sql.Identifier(database), role))
    pg.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
    for table in table_names():
        pg.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(
            sql.Identifier(table), role))
    pg.execute(sql.SQL("GRANT SELECT, UPDATE ON sync_state TO {}").format(role))
    pg.execute(sql.SQL("GRANT SELECT, INSERT ON sync_applied TO {}").format(role))
    pg.execute(sql.SQL("GRANT SELECT ON alembic_version TO {}").format(role))


def check_schema(pg: psycopg.Connection) -> tuple[str, int]:
    """The central database's identity and version, after checking its schema fits this app."""
    try:
        revision = pg.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.errors.UndefinedTable:
        pg.rollback()
        revision = None
    if revision is None:
        raise ServerError("The central database has not been set up: an administrator runs "
                          "`valctl server init --url ...` first.")
    revision = revision[0]
    if revision not in migrate.known_revisions():
        raise ServerError(f"The central database is from a newer version of VAL Desktop (schema "
                          f"{revision}). Install the newer version on this workstation.")
    if revision != migrate.head_revision():
        raise ServerError(f"The central database is at an older schema ({revision}). An "
                          "administrator runs `valctl server init --url ...` to upgrade it.")
    server_id, version = pg.execute("SELECT server_id, v FROM sync_state WHERE id = 1").fetchone()
    pg.rollback()
    return server_id, version
