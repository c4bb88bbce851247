"""Synthetic demo data for an empty store (`valctl init --demo`, `val-desktop --demo`, benches).

`fill_demo` writes a realistic West Mercia caseload: staff with uneven caseloads, the service
directory, and `cases` victims' journeys from referral to closure over the ~18 months before
`today` (demo_cases.py tells each case's story, with demo_journey.py; demo_people.py has the
synthetic people, places and words; demo_kit.py the random draws and the calendar).
Nothing in it is real: synthetic names, drama-range phone numbers, example.org e-mail addresses.

The same (cases, seed, today) always gives the same rows: every random choice and every UUID
comes from one `random.Random(seed)`, and no clock is read.

Speed (bench/bench_demo.py): 100,000 cases, about 2.7 million rows, take about 40 s with both
cores free (more while other work competes for them).
Rows are made as tuples in the store's own text forms (never through the ORM) and written with
the DB-API's `executemany`, in chunks sorted by key, all in one transaction: a failure leaves the
store exactly as it was. Foreign-key checks are off during the load (the rows are consistent by
construction; the tests run `PRAGMA foreign_key_check`); the secondary indexes of the bulk tables
are dropped and created again at the end from their own SQL in sqlite_master; the sync capture
triggers are quiet and the new rows are queued for their first push in one statement per table
(see _BulkLoad). The search triggers stay in place and keep working: referral rows go in before
their case rows, so each case's search document is written once, complete, with its case row.
For a big demo a helper process makes the cases while this one writes them (see _made).
"""

from __future__ import annotations

import json
import os
import pickle
import random
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from .bulk_insert import driver_parameter_limit, many_row_inserts
from .cases import Rulebook
from .database import Store
from .demo_cases import TABLES, Plan, make_chunks
from .demo_journey import Staffing
from .demo_journey_records import JOURNEY_SALT, add_journey_records
from .demo_kit import DAY, SPAN_DAYS, Clock, DemoRandom
from .demo_people import STAFF, drama_phone
from .directory import seed_directory
from .models import ServiceProvider

CHUNK = 5000  # cases made and written at a time
# From this many cases on, a helper process makes the cases while this one writes them.
PARALLEL_FROM = 20_000

SYNC_COLUMNS = ("row_version", "updated_at", "updated_by", "deleted", "server_seq")
# The columns of each table in the order demo_cases makes its tuples (sync columns last).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "staff": ("id", "username", "display_name", "role", "email", "phone", "active"),
    "victims": ("id", "first_name", "last_name", "date_of_birth", "gender", "phone", "email",
                "address_line1", "address_line2", "town", "postcode", "preferred_language",
                "interpreter_needed", "disability"),
    "contact_permissions": ("id", "victim_id", "safe_to_call", "safe_to_leave_voicemail",
                            "safe_to_text", "safe_to_write", "safe_to_email"),
    "referrals": ("id", "case_id", "source", "source_id", "referred_at", "received_via",
                  "file_name", "file_line", "notes"),
    "cases": ("id", "ref", "victim_id", "status", "referred_at", "closed_at", "closure_reason",
              "offence_category", "offence_date", "crime_reference", "reported_to_police",
              "consent_to_contact", "vulnerable", "intimidated", "persistently_targeted",
              "risk_level", "enhanced", "enhanced_reasons", "caseworker_enhanced_reasons",
              "spoc_id", "next_reassessment_due", "notes"),
    "possible_matches": ("id", "victim_id", "matched_victim_id", "reason", "status",
                         "resolved_by", "resolved_at"),
    "journey_events": ("id", "case_id", "kind", "occurred_at", "recorded_by", "details"),
    "obligations": ("id", "case_id", "rule_id", "event_id", "starts_on", "due", "met_at",
                    "met_by", "late_reason"),
    "needs_assessments": ("id", "case_id", "assessed_at", "assessed_by", "risk_level", "notes"),
    "need_scores": ("id", "assessment_id", "domain", "score", "notes"),
    "support_plan_actions": ("id", "case_id", "assessment_id", "domain", "action", "owner_id",
                             "provider_id", "due", "done_at"),
    "contact_log": ("id", "case_id", "at", "kind", "direction", "outcome", "staff_id",
                    "summary"),
    "spoc_assignments": ("id", "case_id", "staff_id", "previous_staff_id", "started_at",
                         "ended_at", "reason", "assigned_by"),
}
BULK_TABLES = TABLES  # written chunk by chunk, in this order (see demo_cases.TABLES)
# Parents before children: the order the new rows are queued for their first push.
QUEUE_ORDER = ("staff", "service_providers", "victims", "contact_permissions", "cases",
               "referrals", "possible_matches", "journey_events", "obligations",
               "needs_assessments", "need_scores", "support_plan_actions", "contact_log",
               "spoc_assignments")
# Indexes the search triggers use while cases go in; every other secondary index of the bulk
# tables is rebuilt once at the end (one sort each) rather than updated row by row.
KEEP_INDEXES = frozenset({"ix_referrals_case_id"})
# While loading: a page cache big enough to hold the new store (about 8 KiB a case, at most
# 1 GiB), so that pages are written once, at commit; temporary sorts in memory.
CACHE_KIB_PER_CASE = 8
CACHE_KIB_MAX = 1024 * 1024

Progress = Callable[[int], None]


def fill_demo(
    store: Store,
    *,
    cases: int,
    seed: int,
    today: date,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill an empty store with `cases` synthetic cases as of `today`; rows added per table.

    Raises ValueError if the store already holds cases. `progress`, when given, is called with
    the number of cases written so far.
    """
    if cases < 0:
        raise ValueError("the number of demo cases cannot be negative")
    rng = DemoRandom(seed)
    clock = Clock(today)
    rulebook = Rulebook.default()
    counts = dict.fromkeys(TABLE_COLUMNS, 0)
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        saved = {name: raw.execute(f"PRAGMA {name}").fetchone()[0]
                 for name in ("foreign_keys", "cache_size", "temp_store")}
        # Outside any transaction, where SQLite allows switching foreign keys.
        raw.execute("PRAGMA foreign_keys = OFF")
        cache_kib = min(CACHE_KIB_MAX, max(65536, cases * CACHE_KIB_PER_CASE))
        raw.execute(f"PRAGMA cache_size = -{cache_kib}")
        raw.execute("PRAGMA temp_store = MEMORY")
        # A new store's pages are written once, into the store file, with a rollback journal
        # of the little it held before; in WAL mode they would be written to the log and then
        # copied into the file. Back to WAL at the end (nothing changes if another connection
        # is open: the switch is then refused at once and the fill runs in WAL mode).
        journal = _leave_wal(raw)
        try:
            connection.execution_options(immediate=True)
            with connection.begin():
                held = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar()
                if held:
                    raise ValueError(
                        f"This store already holds {held} cases: demo data only goes into an "
                        "empty store. Choose a new data folder (--data-dir) for the demo."
                    )
                cursor = raw.cursor()
                load = _BulkLoad(cursor)
                staffing = _write_staff(cursor, rng, clock, counts)
                counts["service_providers"] = _seed_directory(connection, rng, clock)
                providers = [
                    (pid, json.loads(domains), json.loads(categories))
                    for pid, domains, categories in cursor.execute(
                        "SELECT id, need_domains, offence_categories FROM service_providers"
                        " WHERE deleted = 0 AND active = 1 ORDER BY name")
                ]
                plan = Plan(rng.getstate(), today, cases, rulebook, staffing, providers, CHUNK)
                for done, rows in _made(plan):
                    load.write(rows, counts)
                    if progress is not None:
                        progress(done)
                load.finish()
                # The journey past first contact: court, RJ, complaints, reviews, feedback.
                add_journey_records(cursor, DemoRandom(rng.getrandbits(128) ^ JOURNEY_SALT),
                                    clock, rulebook, staffing, counts)
        finally:
            for name, value in saved.items():
                raw.execute(f"PRAGMA {name} = {value}")
            if journal != "wal":
                raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts


def _leave_wal(raw: sqlite3.Connection) -> str:
    """Switch to a rollback journal if no other connection has the store open; the mode."""
    timeout = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute("PRAGMA busy_timeout = 0")  # refused is as good as waited for
    try:
        return raw.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        return "wal"
    finally:
        raw.execute(f"PRAGMA busy_timeout = {int(timeout)}")


class _BulkLoad:
    """Writing many rows into one transaction quickly, leaving the store as the app expects.

    Secondary indexes of the bulk tables are dropped and, at the end, created again from their
    own SQL in sqlite_master: one sort each instead of a random insert per row. Where the store
    captures local changes for synchronisation (the sync_outbox triggers), capture is quiet
    during the load and the rows written are queued at the end in one statement per table (in
    key order, so the outbox's indexes grow at their ends), as the sync migration queues the
    rows a store already holds: one waiting outbox entry per new row, exactly what the triggers
    would have recorded.
    """

    def __init__(self, cursor):
        self.cursor = cursor
        self.columns = {table: columns + SYNC_COLUMNS for table, columns in TABLE_COLUMNS.items()}
        self.limit = driver_parameter_limit(cursor.connection)
        tables = {name for (name,) in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.capture = {"sync_flag", "sync_outbox"} <= tables
        if self.capture:
            cursor.execute("UPDATE sync_flag SET applying = 1 WHERE id = 1")
        # Where each table's own rows end: what is added after it is the demo's.
        self.before = {
            table: cursor.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
            for table in QUEUE_ORDER
        }
        names = ", ".join(f"'{table}'" for table in BULK_TABLES)
        self.indexes = [
            (name, sql) for name, sql in cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({names}) ORDER BY name")
            if name not in KEEP_INDEXES
        ]
        for name, _ in self.indexes:
            cursor.execute(f'DROP INDEX "{name}"')

    def write(self, rows: dict[str, list[tuple]], counts: dict[str, int]) -> None:
        for table in BULK_TABLES:  # in the order make_chunks has put them (by id, mostly)
            batch = rows[table]
            # Many rows a statement: one statement journal for hundreds (store/bulk_insert.py).
            for statement, params in many_row_inserts(
                table, self.columns[table], batch, self.limit
            ):
                self.cursor.execute(statement, params)
            counts[table] += len(batch)
            batch.clear()

    def finish(self) -> None:
        if self.capture:
            for table in QUEUE_ORDER:
                self.cursor.execute(
                    f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', id"
                    f" FROM {table} WHERE rowid > ? ORDER BY id", (self.before[table],))
            self.cursor.execute("UPDATE sync_flag SET applying = 0 WHERE id = 1")
        for _, sql in self.indexes:
            self.cursor.execute(sql)


def _write_staff(cursor, rng: random.Random, clock: Clock, counts: dict[str, int]) -> Staffing:
    """The demo team; a username the store already has keeps its row."""
    known = dict(cursor.execute("SELECT username, id FROM staff"))
    ids: dict[str, str] = {}
    rows = []
    joined = clock.ts((clock.today_ord - SPAN_DAYS - 30) * DAY + 9 * 60)
    for username, display_name, role, _, active in STAFF:
        staff_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
        ids[username] = known.get(username, staff_id)
        if username not in known:
            rows.append((staff_id, username, display_name, role, f"{username}@example.org",
                         drama_phone(rng), int(active), 1, joined, "i.jones", 0, None))
    columns = TABLE_COLUMNS["staff"] + SYNC_COLUMNS
    cursor.executemany(
        f"INSERT INTO staff ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows)
    counts["staff"] = len(rows)
    caseworkers = tuple(s for s in STAFF if s[2] == "caseworker")
    return Staffing(
        ids=ids,
        caseworkers=tuple(s[0] for s in caseworkers),
        weights=tuple(s[3] for s in caseworkers),
        witness_care=tuple(s[0] for s in STAFF if s[2] == "witness_care"),
        supervisors=tuple(s[0] for s in STAFF if s[2] == "supervisor"),
        leaver_gone=clock.today_ord - 75,
        absence=(clock.today_ord - 50, clock.today_ord - 22),
    )


def _seed_directory(connection, rng: random.Random, clock: Clock) -> int:
    """The shipped service directory, through the app's own seeding, with ids and times from
    the demo's random generator and clock so that two demo stores are alike."""
    stamp = datetime.fromisoformat(clock.ts((clock.today_ord - SPAN_DAYS - 30) * DAY + 9 * 60))
    with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
        added = seed_directory(session, user="i.jones")
        new = sorted((o for o in session.new if isinstance(o, ServiceProvider)),
                     key=lambda provider: provider.name)
        for provider in new:
            provider.id = uuid.UUID(int=rng.getrandbits(128), version=4)
            provider.updated_at = stamp
        session.commit()
    return added


def _made(plan: Plan) -> Iterator[tuple[int, dict[str, list[tuple]]]]:
    """The plan's cases, chunk by chunk, always the same rows: for a big demo they are made in
    a helper process, so that making the next chunk (Python) and writing this one (mostly
    SQLite) use both cores; for a small one, in a frozen app or on one core, here. A helper
    that cannot start makes no difference but time: the cases are then made here.

    The helper is a plain `python -c` subprocess (not multiprocessing, which would re-import the
    caller's main module) that gets the plan on its standard input and sends pickled chunks
    back on its standard output."""
    if plan.cases < PARALLEL_FROM or getattr(sys, "frozen", False) or (os.cpu_count() or 1) < 2:
        yield from make_chunks(plan)
        return
    root = str(Path(__file__).resolve().parents[2])  # where val_desktop can be imported from
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [root, *filter(None, [os.environ.get("PYTHONPATH")])]))
    try:
        helper = subprocess.Popen(
            [sys.executable, "-c", "from val_desktop.store.demo_cases import serve; serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    except OSError:
        yield from make_chunks(plan)
        return
    message: tuple = ("starting",)
    try:
        try:
            helper.stdin.write(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
            helper.stdin.close()
        except BrokenPipeError:
            pass  # it stopped at once: reading from it says so
        while True:
            try:
                message = pickle.load(helper.stdout)
            except EOFError:
                if message[0] != "starting":
                    raise RuntimeError("The helper process making the demo cases stopped "
                                       "unexpectedly; nothing was written.") from None
                message = ("done",)  # it never started: make them here instead
                yield from make_chunks(plan)
                break
            if message[0] == "done":
                break
            if message[0] == "failed":
                raise RuntimeError(f"Making the demo cases failed:\n{message[1]}")
            yield message[1], message[2]
    finally:
        if helper.poll() is None and message[0] != "done":
            helper.kill()
        helper.stdout.close()
        helper.wait()
