"""Opening the local case store: one SQLite file in the user's data folder (DESIGN section 4).

WAL mode and foreign keys on every connection; the schema is brought to the current version on
open (after a backup copy when it already holds data); a store from a newer version of the app,
a locked store and a read-only store each refuse with a message in plain words.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import schema_version

STORE_FILE = "val.sqlite3"
BUSY_TIMEOUT_MS = 5000


class StoreError(RuntimeError):
    """The store cannot be used; str() is a message for the person at the keyboard."""


class StoreLockedError(StoreError):
    pass


class StoreReadOnlyError(StoreError):
    pass


class StoreDamagedError(StoreError):
    pass


StoreTooNewError = schema_version.StoreTooNewError


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("VAL Desktop", "VAL", roaming=False))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then VAL_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("VAL_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def _on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin: otherwise a
    # SAVEPOINT opened outside a transaction commits on release and a "rolled back" chunk
    # would have kept its first rows (SQLAlchemy's documented recipe for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed row
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB of pages: an import's indexes stay in memory
    cursor.close()


def translate(error: BaseException, path: Path) -> StoreError | None:
    """A store error in plain words for a low-level database error, or None if it is not one."""
    message = str(getattr(error, "orig", error)).lower()
    if "locked" in message or "busy" in message:
        return StoreLockedError(
            f"The case store at {path} is in use by another program and is locked. "
            "Close the other copy of VAL Desktop (or wait for it to finish) and try again."
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StoreReadOnlyError(
            f"The case store at {path} cannot be written: the file or its folder is read-only. "
            "Ask IT to give you write access, or choose another data folder."
        )
    if "not a database" in message or "malformed" in message:
        return StoreDamagedError(
            f"The file at {path} is not a readable case store (it may be damaged or encrypted). "
            "Nothing was changed. Restore it from a backup, or choose another data folder."
        )
    return None


class Store:
    """The local store: an engine and its sessions."""

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.writing_sessions = sessionmaker(
            engine.execution_options(immediate=True), expire_on_commit=False
        )

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session; `write=True` for one that will write (takes the write lock at once)."""
        makers = self.writing_sessions if write else self.sessions
        with makers() as session:
            try:
                yield session
            except (OperationalError, DBAPIError) as error:
                friendly = self.path and translate(error, self.path)
                if friendly:
                    raise friendly from error
                raise

    def close(self) -> None:
        self.engine.dispose()


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise translate(RuntimeError("readonly"), path)
    if not os.access(folder, os.W_OK):
        # WAL needs to create its -wal and -shm files beside the store.
        raise translate(RuntimeError("readonly"), path)


def _on_begin(connection) -> None:
    # A writer takes the write lock up front (BEGIN IMMEDIATE): in WAL mode a deferred
    # transaction that reads and then writes can fail at once with "database is locked" when
    # another writer committed in between, where waiting would have worked.
    if connection.get_execution_options().get("immediate"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_store(data_dir: str | os.PathLike | None = None, *, create: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store in a data folder."""
    folder = resolve_data_dir(data_dir)
    path = folder / STORE_FILE
    if not path.exists() and not create:
        raise StoreError(
            f"There is no case store in {folder}. Run `valctl init` to create one, "
            "or choose another data folder."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreReadOnlyError(
            f"The data folder {folder} cannot be created: {error.strerror}."
        ) from error
    _check_writable(path)
    try:
        head = schema_version.head()
        up_to_date = head is not None and schema_version.stored_revision(path) == head
    except sqlite3.Error:
        up_to_date = False  # the full path below says what is wrong, in words
    engine = sqlite_engine(path)
    if up_to_date:
        return Store(engine, path)
    from . import migrate

    try:
        with engine.connect() as connection:
            current = migrate.check_not_newer(connection)
            needs_upgrade = current != migrate.head_revision()
        if needs_upgrade:
            if current is not None:
                _backup(engine, path, current)
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except StoreTooNewError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        friendly = translate(error, path)
        if friendly:
            raise friendly from error
        raise
    return Store(engine, path)


def _backup(engine: Engine, path: Path, revision: str) -> Path:
    """A copy of the store before its schema changes: never lose a record to an upgrade."""
    target = path.with_name(f"{path.name}.before-{revision}")
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        with sqlite3.connect(target) as copy:
            raw.backup(copy)
    return target


def open_url(url: str) -> Store:
    """A store at a database URL (PostgreSQL for the central database, tests), upgraded to head."""
    from . import migrate

    engine = create_engine(url)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    return Store(engine, None)

