"""Migration 0003 on a workstation: change capture by triggers, whatever writes the rows."""

from __future__ import annotations

import re
from datetime import date

from alembic import command
from test_sync_helpers import assert_converged, insert, new_store, sync_ok
from test_sync_helpers import central as central  # noqa: F401 - fixture

from val_desktop.store import migrate
from val_desktop.store.database import STORE_FILE, Store, open_store, sqlite_engine
from val_desktop.store.demo import fill_demo
from val_desktop.store.directory import seed_directory
from val_desktop.sync import local
from val_desktop.sync.tables import specs


def _outbox(store) -> int:
    with local.raw_connection(store) as raw:
        return local.waiting_changes(raw)


def _rows(store) -> int:
    with local.raw_connection(store) as raw:
        return sum(raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in specs())


def test_upgrading_a_store_full_of_data_queues_every_row_for_its_first_push(tmp_path,
                                                                           central):  # noqa: F811
    folder = tmp_path / "old"
    folder.mkdir()
    engine = sqlite_engine(folder / STORE_FILE)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0002")
    fill_demo(Store(engine, folder / STORE_FILE), cases=40, seed=3, today=date(2026, 11, 20))
    engine.dispose()

    store = open_store(folder)  # upgrades to 0003
    rows = _rows(store)
    assert rows > 400 and _outbox(store) == rows
    report = sync_ok(store, central)
    assert report.accepted == rows and _outbox(store) == 0
    other = new_store(tmp_path / "other")
    assert sync_ok(other, central).pulled == rows
    assert_converged([store, other], central)


def test_every_writer_is_captured_orm_core_and_raw_sqlite(data_dir):
    store = open_store(data_dir)
    with store.session(write=True) as session:  # the ORM
        added = seed_directory(session, user="setup")
        session.commit()
    assert _outbox(store) == added
    fill_demo(store, cases=5, seed=1, today=date(2026, 11, 20))  # raw executemany, FKs off
    assert _outbox(store) == _rows(store)
    with local.raw_connection(store) as raw, local.write(raw, applying=True):
        raw.execute("UPDATE cases SET notes = 'pulled'")  # the engine applying: not captured
    assert _outbox(store) == _rows(store)


def test_the_first_local_edit_keeps_the_server_version_as_the_base(data_dir):
    store = open_store(data_dir)
    row_id = insert(store, "staff", username="a.khan", display_name="Aisha Khan",
                    role="caseworker", active=True)
    with local.raw_connection(store) as raw, local.write(raw, applying=True):
        raw.execute("UPDATE staff SET server_seq = 7")
        raw.execute("DELETE FROM sync_outbox")
    with local.raw_connection(store) as raw, local.write(raw):
        raw.execute("UPDATE staff SET display_name = 'A. Khan' WHERE id = ?", (row_id,))
        raw.execute("UPDATE staff SET phone = '1' WHERE id = ?", (row_id,))
    from val_desktop.sync.push import base_of

    with local.raw_connection(store) as raw:
        seq, base = base_of(raw, "staff", row_id)
        assert raw.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 1
    assert seq == 7 and base["display_name"] == "Aisha Khan" and base["phone"] is None


def test_the_capture_triggers_cover_every_column(data_dir):
    store = open_store(data_dir)
    with local.raw_connection(store) as raw:
        for spec in specs().values():
            text = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                               (f"sync_{spec.name}_au",)).fetchone()[0]
            captured = set(re.findall(r"'(\w+)', OLD\.\1", text))
            assert captured == set(spec.columns), spec.name
