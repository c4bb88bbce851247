"""The late-commit trap (DESIGN section 4), made deterministic on the real server.

Writer A opens its push and writes; writer B writes and commits; a reader pulls; A commits; the
reader pulls again. With sequence numbers handed out at insert, B's higher number can commit
before A's lower one, and a reader that keeps "the highest number seen" steps over A's row for
ever. The central database serialises writers (the version is taken under one row lock held
to commit), so B waits for A and a pull never sees a gap. The negative control runs the same
steps against a naive `bigserial` log and a `seq > cursor` reader, and shows the row lost.
"""

from __future__ import annotations

import threading
import time

import pytest
from test_sync_helpers import (
    add_case,
    central,  # noqa: F401 - fixture
    insert,
    new_store,
    pg_connect,
    read,
    sync_ok,
)

from val_desktop.sync import sync


def _wait_until_blocked(url: str, application: str, timeout: float = 10.0) -> None:
    """Until a session of `application` waits on a lock (B is queued behind A)."""
    deadline = time.monotonic() + timeout
    with pg_connect(url, autocommit=True) as admin:
        while time.monotonic() < deadline:
            waiting = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND application_name = %s", (application,)).fetchone()[0]
            if waiting:
                return
            time.sleep(0.02)
    pytest.fail("writer B never queued behind writer A")


def test_a_late_commit_is_never_skipped_by_a_pull(tmp_path, central):  # noqa: F811
    writer_a, writer_b, reader = (new_store(tmp_path / n) for n in ("a", "b", "reader"))
    ids = add_case(writer_a)
    sync_ok(writer_a, central)
    sync_ok(writer_b, central)
    sync_ok(reader, central)
    row_a = insert(writer_a, "contact_log", case_id=ids["case"], at="2026-11-05 10:00:00.000000",
                   kind="call", summary="A")
    row_b = insert(writer_b, "contact_log", case_id=ids["case"], at="2026-11-05 10:01:00.000000",
                   kind="call", summary="B")

    a_has_written, a_may_commit = threading.Event(), threading.Event()

    def hold_before_commit(pg):
        a_has_written.set()  # A's row is written and stamped, not committed
        assert a_may_commit.wait(20)

    results = {}
    thread_a = threading.Thread(target=lambda: results.setdefault(
        "a", sync(writer_a, central, hooks={"before_commit": hold_before_commit})))
    thread_a.start()
    assert a_has_written.wait(20)
    thread_b = threading.Thread(target=lambda: results.setdefault("b", sync(writer_b, central)))
    thread_b.start()
    _wait_until_blocked(central, "val-desktop-sync")  # B's push waits for A: serialised

    first = sync_ok(reader, central)  # pulls while A is open and B is queued
    assert first.pulled == 0
    a_may_commit.set()
    thread_a.join(30)
    thread_b.join(30)
    assert results["a"].ok and results["b"].ok, (results["a"].summary(), results["b"].summary())

    sync_ok(reader, central)
    assert read(reader, "contact_log", row_a)["summary"] == "A"  # the late commit arrives
    assert read(reader, "contact_log", row_b)["summary"] == "B"
    with pg_connect(central) as pg:
        seq_a, seq_b = (pg.execute("SELECT server_seq FROM contact_log WHERE id = %s",
                                   (r,)).fetchone()[0] for r in (row_a, row_b))
    assert seq_a < seq_b  # version order is commit order


def test_negative_control_a_naive_seq_reader_loses_the_late_commit(central):  # noqa: F811
    with pg_connect(central, autocommit=True) as setup:
        setup.execute("CREATE TABLE naive_log (seq bigserial PRIMARY KEY, body text)")
    writer_a, writer_b, reader = (pg_connect(central) for _ in range(3))
    try:
        writer_a.execute("INSERT INTO naive_log (body) VALUES ('A')")  # seq 1, not committed
        writer_b.execute("INSERT INTO naive_log (body) VALUES ('B')")  # seq 2
        writer_b.commit()  # B commits first: nothing makes it wait

        def naive_pull(cursor: int) -> tuple[int, list[str]]:
            rows = reader.execute("SELECT seq, body FROM naive_log WHERE seq > %s ORDER BY seq",
                                  (cursor,)).fetchall()
            reader.commit()
            return (rows[-1][0] if rows else cursor), [body for _, body in rows]

        cursor, seen = naive_pull(0)
        assert seen == ["B"] and cursor == 2
        writer_a.commit()  # A's row, seq 1, commits late
        cursor, more = naive_pull(cursor)
        assert more == []  # ...and the naive reader never sees it
        total = reader.execute("SELECT count(*) FROM naive_log").fetchone()[0]
        assert total == 2 and len(seen + more) == 1  # one row lost
    finally:
        for connection in (writer_a, writer_b, reader):
            connection.close()
