"""Push, pull, merge and conflicts between real stores and the real PostgreSQL server."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from test_sync_helpers import (
    add_case,
    assert_converged,
    central,  # noqa: F401 - fixture
    edit,
    insert,
    new_store,
    pg_connect,
    read,
    sync_ok,
)

from val_desktop.sync import (
    CancelToken,
    ConflictError,
    list_conflicts,
    resolve_conflict,
    sync,
)


@pytest.fixture
def pair(tmp_path, central):  # noqa: F811
    a, b = new_store(tmp_path / "a"), new_store(tmp_path / "b")
    ids = add_case(a)
    sync_ok(a, central)
    sync_ok(b, central)
    yield a, b, ids, central
    a.close()
    b.close()


def test_what_one_workstation_adds_reaches_the_other(pair):
    a, b, ids, url = pair
    assert read(b, "cases", ids["case"])["notes"] == "first"
    assert read(b, "cases", ids["case"])["server_seq"] is not None
    assert_converged([a, b], url)


def test_a_sync_with_nothing_to_do_moves_nothing(pair):
    a, _, _, url = pair
    report = sync_ok(a, url)
    assert (report.pushed, report.pulled) == (0, 0)


def test_offline_editors_of_different_fields_merge(pair):
    a, b, ids, url = pair
    edit(a, "victims", ids["victim"], town="Malvern")
    edit(b, "victims", ids["victim"], phone="+447700900123")
    assert sync_ok(a, url).accepted == 1
    report = sync_ok(b, url)
    assert report.merged == 1 and report.conflicts == 0
    sync_ok(a, url)
    for store in (a, b):
        victim = read(store, "victims", ids["victim"])
        assert (victim["town"], victim["phone"]) == ("Malvern", "+447700900123")
    assert_converged([a, b], url)


def test_the_same_field_edited_offline_on_both_becomes_a_conflict_a_person_resolves(pair):
    a, b, ids, url = pair
    edit(a, "cases", ids["case"], notes="from A", status="contacted")
    edit(b, "cases", ids["case"], notes="from B")
    sync_ok(a, url)
    report = sync_ok(b, url)
    assert report.conflicts == 1 and report.open_conflicts == 1
    sync_ok(a, url)
    assert read(b, "cases", ids["case"])["notes"] == "from A"  # nothing silently overwritten
    assert read(b, "cases", ids["case"])["status"] == "contacted"
    [conflict] = list_conflicts(b)
    assert conflict.kind == "edit" and [f.name for f in conflict.fields] == ["notes"]
    field = conflict.fields[0]
    assert (field.base, field.theirs, field.mine) == ("first", "from A", "from B")
    assert list_conflicts(a)[0].id == conflict.id  # every workstation sees it

    resolved = resolve_conflict(a, conflict.id, {"notes": "mine"}, user="s.lead")
    assert resolved.status == "resolved" and resolved.resolved_by == "s.lead"
    with pytest.raises(ConflictError):
        resolve_conflict(a, conflict.id, {"notes": "theirs"}, user="s.lead")
    sync_ok(a, url)
    sync_ok(b, url)
    assert read(b, "cases", ids["case"])["notes"] == "from B"
    assert list_conflicts(b) == []
    assert list_conflicts(b, status="resolved")[0].resolved_by == "s.lead"
    assert_converged([a, b], url)


def test_a_delete_against_an_edit_keeps_the_edit_and_records_the_delete(pair):
    a, b, ids, url = pair
    edit(a, "cases", ids["case"], deleted=True)
    edit(b, "cases", ids["case"], notes="called the victim")
    sync_ok(b, url)
    assert sync_ok(a, url).conflicts == 1
    sync_ok(b, url)
    for store in (a, b):
        case = read(store, "cases", ids["case"])
        assert case["deleted"] is False and case["notes"] == "called the victim"
    [conflict] = list_conflicts(a)
    assert conflict.kind == "delete"
    assert {f.name: f.mine for f in conflict.fields}["deleted"] is True
    assert_converged([a, b], url)


def test_an_edit_against_a_delete_keeps_the_tombstone_and_the_edit_in_a_conflict(pair):
    a, b, ids, url = pair
    edit(a, "cases", ids["case"], deleted=True)
    edit(b, "cases", ids["case"], notes="called the victim")
    sync_ok(a, url)
    assert sync_ok(b, url).conflicts == 1
    sync_ok(a, url)
    assert read(b, "cases", ids["case"])["deleted"] is True
    [conflict] = list_conflicts(b)
    assert {f.name: f.mine for f in conflict.fields} == {"deleted": False,
                                                          "notes": "called the victim"}
    resolve_conflict(b, conflict.id, {"deleted": "mine", "notes": "mine"}, user="s.lead")
    sync_ok(b, url)
    sync_ok(a, url)
    assert read(a, "cases", ids["case"])["notes"] == "called the victim"
    assert read(a, "cases", ids["case"])["deleted"] is False
    assert_converged([a, b], url)


def test_a_physical_local_delete_reaches_the_server_as_a_tombstone(pair):
    a, b, ids, url = pair
    with a.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
    entry = insert(a, "contact_log", case_id=ids["case"], at="2026-11-05 10:00:00.000000",
                   kind="note", summary="typo")
    sync_ok(a, url)
    from val_desktop.sync import local
    with local.raw_connection(a) as raw, local.write(raw):
        raw.execute("DELETE FROM contact_log WHERE id = ?", (entry,))
    sync_ok(a, url)
    sync_ok(b, url)
    assert read(b, "contact_log", entry)["deleted"] is True
    assert read(b, "contact_log", entry)["summary"] == "typo"  # the tombstone keeps the record


def test_the_central_database_refuses_a_physical_delete(pair):
    with pg_connect(pair[3]) as pg, pytest.raises(psycopg.errors.RaiseException):
        pg.execute("DELETE FROM cases")


def test_the_same_directory_seeded_offline_on_two_workstations_does_not_duplicate(tmp_path,
                                                                                  central):  # noqa: F811
    from val_desktop.store.directory import seed_directory

    stores = [new_store(tmp_path / name) for name in ("a", "b")]
    for store in stores:
        with store.session(write=True) as session:
            seed_directory(session, user="setup")
            session.commit()
    action = insert(stores[1], "support_plan_actions", case_id=add_case(stores[1])["case"],
                    domain="safety", action="refer",
                    provider_id=read_provider(stores[1], "Victim Support"))
    first = sync_ok(stores[0], central)
    second = sync_ok(stores[1], central)
    assert first.rejected == 0 and second.rejected == 0 and second.adopted > 0
    sync_ok(stores[0], central)
    central_id = read_provider(stores[0], "Victim Support")
    assert read(stores[1], "support_plan_actions", action)["provider_id"] == central_id
    assert_converged(stores, central)
    kinds = {c.kind for c in list_conflicts(stores[0])}
    assert kinds == {"duplicate"}  # the local copies are kept, for a person to see


def read_provider(store, name):
    from val_desktop.sync import local

    with local.raw_connection(store) as raw:
        return raw.execute("SELECT id FROM service_providers WHERE name = ?", (name,)).fetchone()[0]


@pytest.mark.parametrize("when", ["before_commit", "after_commit"])
def test_a_connection_killed_around_the_commit_loses_nothing_and_applies_nothing_twice(
        pair, when):
    a, b, ids, url = pair
    entry = insert(a, "contact_log", case_id=ids["case"], at="2026-11-05 10:00:00.000000",
                   kind="call", summary="reached")
    edit(a, "victims", ids["victim"], town="Evesham")

    def kill(pg):
        with pg_connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pg.info.backend_pid,))
        if when == "after_commit":
            raise psycopg.OperationalError("the answer was lost")

    applied_sql = "SELECT count(*) FROM sync_applied"
    with pg_connect(url) as pg:
        before = pg.execute(applied_sql).fetchone()[0]
    report = sync(a, url, hooks={when: kill})
    assert report.offline and report.pushed == 0
    with pg_connect(url) as pg:
        applied = pg.execute(applied_sql).fetchone()[0] - before
        row_version = pg.execute("SELECT row_version FROM victims").fetchone()[0]
    assert applied == (2 if when == "after_commit" else 0)
    assert row_version == (2 if when == "after_commit" else 1)

    retry = sync_ok(a, url)
    assert retry.pushed == 2 and retry.accepted == 2
    with pg_connect(url) as pg:
        assert pg.execute(applied_sql).fetchone()[0] - before == 2
        assert pg.execute("SELECT count(*) FROM contact_log").fetchone()[0] == 1
        assert pg.execute("SELECT row_version FROM victims").fetchone()[0] == 2
    sync_ok(b, url)
    assert read(b, "contact_log", entry)["summary"] == "reached"
    assert read(b, "victims", ids["victim"])["town"] == "Evesham"
    assert_converged([a, b], url)


def test_offline_is_a_report_not_an_error(tmp_path):
    store = new_store(tmp_path / "a")
    add_case(store)
    report = sync(store, "postgresql+psycopg://nobody@127.0.0.1:1/val")
    assert report.offline and not report.ok
    assert "offline" in report.summary().lower()
    store.close()


def test_progress_is_reported_and_cancel_stops_between_batches(tmp_path, central):  # noqa: F811
    a = new_store(tmp_path / "a")
    for _ in range(30):
        add_case(a)
    seen = []
    token = CancelToken()

    def progress(step):
        seen.append(step)
        if step.phase == "push" and step.done >= 20:
            token.cancel()

    report = sync(a, central, progress=progress, cancel=token, push_batch=10)
    assert report.cancelled and 20 <= report.pushed < 90
    assert any(s.phase == "push" and s.total == 90 for s in seen)
    finished = sync_ok(a, central, push_batch=10)
    assert report.pushed + finished.pushed == 90
    b = new_store(tmp_path / "b")
    sync_ok(b, central)
    assert_converged([a, b], central)


def test_each_person_pushes_with_their_own_login(tmp_path, pg_url):
    from val_desktop.sync import init_server

    group, login = f"g_{uuid.uuid4().hex[:8]}", f"u_{uuid.uuid4().hex[:8]}"
    init_server(pg_url, group=group)
    with pg_connect(pg_url, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{group}"')
    try:
        store = new_store(tmp_path / "a")
        add_case(store)
        user_url = pg_url.replace("postgres@", f"{login}@", 1)
        report = sync_ok(store, user_url)
        assert report.accepted == 3
        with pg_connect(pg_url) as pg:
            users = {u for (u,) in pg.execute("SELECT DISTINCT db_user FROM sync_applied")}
            assert users == {login}
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pg.execute(f'SET ROLE "{login}"')
                pg.execute("DELETE FROM sync_applied")
    finally:
        base, dbname = pg_url.rsplit("/", 1)
        with pg_connect(base + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            admin.execute(f'DROP ROLE IF EXISTS "{login}"')
            admin.execute(f'DROP ROLE IF EXISTS "{group}"')


def test_the_status_indicator_reads_the_local_store(pair):
    from val_desktop.sync import sync_status

    a, _, ids, url = pair
    edit(a, "victims", ids["victim"], town="Droitwich")
    status = sync_status(a)
    assert status.waiting_changes == 1 and status.open_conflicts == 0
    assert status.last_sync is not None and not status.pull_in_progress
    sync_ok(a, url)
    after = sync_status(a)
    assert after.waiting_changes == 0 and after.version > status.version
