"""Shared pieces of the sync tests (no tests here): a central database, stores, edits, checks.

Child processes (spawned) import their entry points from this module.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import datetime

import psycopg
import pytest

from val_desktop.store.database import open_store
from val_desktop.sync import init_server, sync, verify
from val_desktop.sync import local as sync_local
from val_desktop.sync.tables import specs, to_sqlite

SPAWN_TIMEOUT = 90


@pytest.fixture
def central(pg_url):
    """A fresh central database, set up by `valctl server init`'s own code."""
    init_server(pg_url)
    return pg_url


def pg_connect(url: str, **kwargs) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1), **kwargs)


def new_store(folder):
    folder.mkdir(parents=True, exist_ok=True)
    return open_store(folder)


def now_text() -> str:
    return datetime.utcnow().isoformat(sep=" ", timespec="microseconds")


def insert(store, table: str, **values) -> str:
    """Insert a row with raw SQL (as the bulk paths do); returns its id (hex)."""
    spec = specs()[table]
    row_id = values.pop("id", None) or uuid.uuid4().hex
    row = {"id": row_id, "row_version": 1, "updated_at": now_text(), "updated_by": "test",
           "deleted": False, **values}
    names = list(row)
    with sync_local.raw_connection(store) as raw, sync_local.write(raw):
        raw.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [to_sqlite(spec.kinds[n], row[n]) for n in names])
    return row_id


def edit(store, table: str, row_id: str, **values) -> None:
    spec = specs()[table]
    values.setdefault("updated_at", now_text())
    with sync_local.raw_connection(store) as raw, sync_local.write(raw):
        raw.execute(
            f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in values)} WHERE id = ?",
            [*(to_sqlite(spec.kinds[n], v) for n, v in values.items()), row_id])


def read(store, table: str, row_id: str) -> dict | None:
    return verify.local_rows(store)[table].get(row_id)


def add_case(store, rng: random.Random | None = None, user: str = "test") -> dict:
    """A victim, their contact permissions and a case (the smallest real record)."""
    rng = rng or random.Random()
    victim = insert(store, "victims", first_name=f"Ann{rng.randrange(10**6)}",
                    last_name="Nowak", postcode="WR3 8SP", updated_by=user)
    permissions = insert(store, "contact_permissions", victim_id=victim, safe_to_call="yes",
                         safe_to_leave_voicemail="no", safe_to_text="unknown",
                         safe_to_write="no", safe_to_email="unknown", updated_by=user)
    ref = "VAL-26-" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(8))
    case = insert(store, "cases", ref=ref[:11] + "-" + ref[11:15], victim_id=victim,
                  status="new", referred_at="2026-11-04 19:24:00.000000",
                  offence_category="burglary", risk_level="standard", enhanced=False,
                  enhanced_reasons=[], caseworker_enhanced_reasons=[], notes="first",
                  updated_by=user)
    return {"victim": victim, "permissions": permissions, "case": case}


def assert_converged(stores, url: str) -> None:
    with pg_connect(url) as pg:
        central_rows = verify.server_rows(pg)
    for index, store in enumerate(stores):
        differences = verify.differences(verify.local_rows(store), central_rows)
        assert differences == [], f"replica {index} differs: {differences}"


def sync_ok(store, url, **kwargs):
    report = sync(store, url, **kwargs)
    assert report.ok, report.summary()
    return report


# --- child processes -------------------------------------------------------------------------


def writer_process(folder: str, url: str, seed: int, edits: int, shared_case: dict) -> dict:
    """Random small edits with random pauses, syncing now and then; returns what it wrote."""
    from pathlib import Path

    rng = random.Random(seed)
    store = new_store(Path(folder))
    sync_ok(store, url)
    written = {"contact_log": [], "notes": []}
    for step in range(edits):
        if rng.random() < 0.6:
            entry = insert(store, "contact_log", case_id=shared_case["case"],
                           at=now_text(), kind="call", summary=f"seed {seed} step {step}")
            written["contact_log"].append(entry)
        else:
            edit(store, "victims", shared_case["victim"], town=f"town {seed}-{step}")
            written["notes"].append(step)
        time.sleep(rng.random() * 0.02)
        if rng.random() < 0.3:
            sync_ok(store, url)
    for _ in range(3):
        sync_ok(store, url)
    store.close()
    return written


def puller_process(folder: str, url: str, rounds: int, seed: int) -> int:
    from pathlib import Path

    rng = random.Random(seed)
    store = new_store(Path(folder))
    pulled = 0
    for _ in range(rounds):
        pulled += sync_ok(store, url, pull_batch=50).pulled
        time.sleep(rng.random() * 0.05)
    store.close()
    return pulled


def killed_puller(folder: str, url: str, after_batches: int) -> None:
    """Syncs in small batches and dies (SIGKILL, no clean-up) inside the apply transaction."""
    import os
    import signal
    from pathlib import Path

    store = new_store(Path(folder))
    seen = []

    def mid_apply(count):
        if not count:
            return
        seen.append(count)
        if len(seen) > after_batches:
            os.kill(os.getpid(), signal.SIGKILL)

    sync(store, url, pull_batch=40, hooks={"mid_apply": mid_apply})
