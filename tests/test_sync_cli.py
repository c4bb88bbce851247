"""`valctl server init` and `valctl sync`, and where the password goes (never to a file)."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from test_sync_helpers import add_case, new_store, pg_connect
from test_sync_helpers import central as central  # noqa: F401 - fixture

from val_desktop.cli import main
from val_desktop.store import migrate
from val_desktop.sync import credentials


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        self.items = {}

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def get_password(self, service, username):
        return self.items.get((service, username))

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _files_contain(folder, secret: str) -> bool:
    return any(secret.encode() in path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_server_init_creates_then_is_safe_to_run_again(pg_url, capsys):
    assert main(["server", "init", "--url", pg_url]) == 0
    assert f"created (schema {migrate.head_revision()}" in capsys.readouterr().out
    assert main(["server", "init", "--url", pg_url]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_server_init_refuses_a_database_from_a_newer_version(pg_url, capsys):
    assert main(["server", "init", "--url", pg_url]) == 0
    with pg_connect(pg_url, autocommit=True) as pg:
        pg.execute("UPDATE alembic_version SET version_num = '9999_future'")
    capsys.readouterr()
    assert main(["server", "init", "--url", pg_url]) == 2
    assert "newer version" in capsys.readouterr().err
    with pg_connect(pg_url) as pg:
        assert pg.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"


def test_server_init_upgrades_a_central_database_holding_data(pg_url):
    from alembic import command
    from sqlalchemy import create_engine

    from val_desktop.store import migrate

    engine = create_engine(pg_url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO staff (id, username, display_name, role, active, row_version,"
            " updated_at, deleted) VALUES ('7f1f0e54-4a8b-4d1e-9a51-2e4c1b7f8c10', 'a.khan',"
            " 'Aisha Khan', 'caseworker', true, 1, now(), false)")
    engine.dispose()
    assert main(["server", "init", "--url", pg_url]) == 0
    with pg_connect(pg_url) as pg:
        assert pg.execute("SELECT server_seq FROM staff").fetchone()[0] == 1  # pullable


def test_sync_remembers_the_url_and_keeps_the_password_in_the_keychain_only(
        tmp_path, central, memory_keyring, capsys):  # noqa: F811
    folder = tmp_path / "data"
    add_case(new_store(folder))
    with_password = central.replace("postgres@", "postgres:s3cret-pw@", 1)
    assert main(["--data-dir", str(folder), "sync", "--url", with_password]) == 0
    out = capsys.readouterr().out
    assert "Pushed 3 changes: 3 accepted, 0 merged, 0 conflicts, 0 rejected." in out
    assert "Pulled 3 rows" in out
    assert list(memory_keyring.items.values()) == ["s3cret-pw"]
    assert not _files_contain(folder, "s3cret-pw")
    assert main(["--data-dir", str(folder), "sync"]) == 0  # the remembered URL
    assert "Pushed 0 changes" in capsys.readouterr().out
    remembered = credentials.remembered_url(new_store(folder))
    assert remembered.password is None and credentials.load_password(remembered) == "s3cret-pw"


def test_without_a_keychain_sync_says_how_to_go_on_and_still_syncs(
        tmp_path, central, no_keyring, capsys):  # noqa: F811
    folder = tmp_path / "data"
    with_password = central.replace("postgres@", "postgres:s3cret-pw@", 1)
    assert main(["--data-dir", str(folder), "sync", "--url", with_password]) == 0
    captured = capsys.readouterr()
    assert "No keychain is available" in captured.err and "PGPASSWORD" in captured.err
    assert "Pushed 0 changes" in captured.out
    assert not _files_contain(folder, "s3cret-pw")


def test_sync_without_a_url_asks_for_one_once(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "data"), "sync"]) == 2
    assert "--url" in capsys.readouterr().err


def test_sync_offline_is_reported_plainly(tmp_path, capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/val"
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--url", url]) == 0
    assert "Working offline" in capsys.readouterr().out


def test_sync_against_an_uninitialised_database_says_what_to_do(tmp_path, pg_url, capsys):
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--url", pg_url]) == 2
    assert "valctl server init" in capsys.readouterr().err
