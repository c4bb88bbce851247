"""Real processes against the real server: concurrent writers and pullers, a killed client."""

from __future__ import annotations

import multiprocessing
import sqlite3

from test_sync_helpers import (
    SPAWN_TIMEOUT,
    add_case,
    assert_converged,
    central,  # noqa: F401 - fixture
    killed_puller,
    new_store,
    pg_connect,
    puller_process,
    sync_ok,
    writer_process,
)

from val_desktop.sync import local

WRITERS, EDITS, PULLERS, ROUNDS = 6, 25, 3, 12


def test_concurrent_writer_processes_and_pullers_end_equal_to_the_server(tmp_path,
                                                                        central):  # noqa: F811
    seed_store = new_store(tmp_path / "seed")
    shared = add_case(seed_store)
    sync_ok(seed_store, central)
    context = multiprocessing.get_context("spawn")
    with context.Pool(WRITERS + PULLERS) as pool:
        writers = [pool.apply_async(writer_process,
                                    (str(tmp_path / f"w{i}"), central, 100 + i, EDITS, shared))
                   for i in range(WRITERS)]
        pullers = [pool.apply_async(puller_process,
                                    (str(tmp_path / f"p{i}"), central, ROUNDS, 200 + i))
                   for i in range(PULLERS)]
        written = [w.get(SPAWN_TIMEOUT) for w in writers]
        pulled = [p.get(SPAWN_TIMEOUT) for p in pullers]
    assert sum(pulled) > 0

    stores = [new_store(tmp_path / f"w{i}") for i in range(WRITERS)]
    stores += [new_store(tmp_path / f"p{i}") for i in range(PULLERS)]
    stores += [seed_store, new_store(tmp_path / "fresh")]
    for store in stores:
        sync_ok(store, central)
    assert_converged(stores, central)

    entries = {row_id for w in written for row_id in w["contact_log"]}
    with pg_connect(central) as pg:
        on_server = {r.hex for (r,) in pg.execute("SELECT id FROM contact_log")}
        applied = pg.execute("SELECT count(*), count(DISTINCT change_id) FROM sync_applied"
                             ).fetchone()
        conflicts = pg.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]
        contested = pg.execute(
            "SELECT count(*) FROM sync_applied WHERE outcome = 'conflict'").fetchone()[0]
    assert entries <= on_server and len(entries) > 0  # every entry written, on the server
    assert applied[0] == applied[1]  # nothing applied twice
    assert conflicts == contested  # each contested edit kept in a conflict record
    for store in stores:
        store.close()


def test_a_client_killed_while_applying_a_pull_resumes_and_converges(tmp_path,
                                                                     central):  # noqa: F811
    source = new_store(tmp_path / "source")
    for _ in range(60):
        add_case(source)  # 180 rows
    sync_ok(source, central)

    context = multiprocessing.get_context("spawn")
    child = context.Process(target=killed_puller, args=(str(tmp_path / "victim"), central, 2))
    child.start()
    child.join(SPAWN_TIMEOUT)
    assert child.exitcode == -9  # SIGKILL, inside a pull's apply transaction

    path = tmp_path / "victim" / "val.sqlite3"
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    victim = new_store(tmp_path / "victim")
    with local.raw_connection(victim) as raw:
        progress = local.get(raw, "pull")
        kept = sum(raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("victims", "contact_permissions", "cases"))
        assert raw.execute("SELECT applying FROM sync_flag").fetchone()[0] == 0
    assert progress is not None and 0 < kept < 180  # two batches kept, the third rolled back
    report = sync_ok(victim, central)
    assert report.pulled == 180 - kept  # resumed where it stopped, nothing pulled twice
    assert_converged([victim, source], central)
    victim.close()
    source.close()
