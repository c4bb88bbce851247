"""synchronisation: outbox, base snapshots, conflicts, the central version

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

The same tables on SQLite and PostgreSQL (see store/sync_models.py). Then, by dialect:

- SQLite (a workstation): triggers on every synchronised table record each local change in
  `sync_outbox` (whatever wrote it: the ORM, Core executemany, raw sqlite3) and, on the first
  local edit of a row that came from the server, keep the server version it started from in
  `sync_base`. The triggers stay quiet while `sync_flag.applying` is 1 (the engine applying
  pulled rows). Rows a store already holds are queued for their first push.
- PostgreSQL (the central database): a trigger stamps every inserted or updated row with the
  transaction's version, taken once per transaction from `sync_state` by an UPDATE that holds
  its row lock until commit: writers are serialised, so version order is commit order and a
  reader that sees version v sees everything at or below it. Physical deletes are refused
  (tombstones only), so no replica can miss one.

The trigger texts are built from the columns the tables have at this revision (reflected); a
later migration that adds a column to a synchronised table must create them again
(tests/test_sync_migration.py fails if a column is left out).
"""

import uuid

import sqlalchemy as sa
from alembic import op

# Registers the sync tables and indexes in Base.metadata, which the schema tests compare with.
import val_desktop.store.sync_models  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SYNCED = ("staff", "victims", "service_providers", "cases", "contact_permissions",
          "possible_matches", "contact_log", "journey_events", "needs_assessments", "referrals",
          "spoc_assignments", "need_scores", "obligations", "support_plan_actions",
          "sync_conflicts")


def _sync_columns():
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
    ]


def _tables() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_values", sa.JSON(), nullable=True),
        sa.Column("server_values", sa.JSON(), nullable=True),
        sa.Column("client_values", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("client_store_id", sa.String(length=32), nullable=True),
        sa.Column("client_user", sa.String(length=64), nullable=True),
        sa.Column("change_id", sa.Uuid(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_row_id"), "sync_conflicts", ["row_id"])
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("v", sa.BigInteger(), nullable=False),
        sa.Column("server_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("v", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("db_user", sa.String(length=64), nullable=True),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["table_name", "row_id"])
    op.create_index(
        "ix_sync_outbox_waiting",
        "sync_outbox",
        ["table_name", "seq"],
        sqlite_where=sa.text("change_id IS NULL"),
        postgresql_where=sa.text("change_id IS NULL"),
    )
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_flag",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_flag")),
    )
    for table in SYNCED:
        op.create_index(f"ix_{table}_server_seq", table, ["server_seq", "id"])
    op.execute(
        sa.text("INSERT INTO sync_state (id, v, server_id) VALUES (1, 0, :sid)").bindparams(
            sid=uuid.uuid4().hex
        )
    )
    op.execute("INSERT INTO sync_flag (id, applying) VALUES (1, 0)")


# --- SQLite: change capture -------------------------------------------------------------------

_QUIET = "WHEN (SELECT applying FROM sync_flag WHERE id = 1) = 0"


def _outbox(table: str, ref: str) -> str:
    return (
        f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', {ref}.id WHERE NOT EXISTS "
        f"(SELECT 1 FROM sync_outbox WHERE table_name = '{table}' AND row_id = {ref}.id "
        "AND change_id IS NULL);"
    )


def _base(table: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', OLD.{c}" for c in columns)
    return (
        f"INSERT INTO sync_base (table_name, row_id, seq, data) "
        f"SELECT '{table}', OLD.id, OLD.server_seq, json_object({pairs}) "
        f"WHERE OLD.server_seq IS NOT NULL AND NOT EXISTS "
        f"(SELECT 1 FROM sync_base WHERE table_name = '{table}' AND row_id = OLD.id);"
    )


def sqlite_capture_sql(table: str, columns: list[str]) -> list[str]:
    return [
        f"CREATE TRIGGER sync_{table}_ai AFTER INSERT ON {table} {_QUIET} BEGIN "
        f"{_outbox(table, 'NEW')} END",
        f"CREATE TRIGGER sync_{table}_au AFTER UPDATE ON {table} {_QUIET} BEGIN "
        f"{_base(table, columns)} {_outbox(table, 'NEW')} END",
        f"CREATE TRIGGER sync_{table}_ad AFTER DELETE ON {table} {_QUIET} BEGIN "
        f"{_base(table, columns)} {_outbox(table, 'OLD')} END",
    ]


def _sqlite_capture() -> None:
    inspector = sa.inspect(op.get_bind())
    for table in SYNCED:
        columns = [c["name"] for c in inspector.get_columns(table)]
        for statement in sqlite_capture_sql(table, columns):
            op.execute(statement)
        # What the store already holds has never been pushed: queue it.
        op.execute(
            f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', id FROM {table} "
            "WHERE server_seq IS NULL ORDER BY rowid"
        )


# --- PostgreSQL: the serialised version -------------------------------------------------------

PG_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION val_sync_v() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
        version bigint := nullif(current_setting('val_sync.tx_v', true), '')::bigint;
    BEGIN
        IF version IS NULL THEN
            -- The row lock is held until commit: the next writer waits here, so versions
            -- commit in order.
            UPDATE sync_state SET v = v + 1 WHERE id = 1 RETURNING v INTO version;
            PERFORM set_config('val_sync.tx_v', version::text, true);
        END IF;
        RETURN version;
    END $$""",
    """CREATE OR REPLACE FUNCTION val_sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF (to_jsonb(NEW) - 'server_seq' - 'row_version')
                    IS DISTINCT FROM (to_jsonb(OLD) - 'server_seq' - 'row_version') THEN
                NEW.row_version := OLD.row_version + 1;
            ELSE
                NEW.row_version := OLD.row_version;
            END IF;
        END IF;
        NEW.server_seq := val_sync_v();
        RETURN NEW;
    END $$""",
    """CREATE OR REPLACE FUNCTION val_sync_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'rows of % are never deleted on the central database: set deleted = true '
            '(a tombstone) so that every workstation learns of it', TG_TABLE_NAME;
    END $$""",
]


def _pg_serialise() -> None:
    for statement in PG_FUNCTIONS:
        op.execute(statement)
    for table in SYNCED:
        op.execute(
            f"CREATE TRIGGER val_sync_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION val_sync_stamp()"
        )
        op.execute(
            f"CREATE TRIGGER val_sync_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION val_sync_no_delete()"
        )
        # Rows written before this revision get a version, so that every replica pulls them.
        op.execute(f"UPDATE {table} SET server_seq = NULL WHERE server_seq IS NULL")


def upgrade() -> None:
    _tables()
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_capture()
    elif dialect == "postgresql":
        _pg_serialise()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SYNCED:
        if dialect == "sqlite":
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS val_sync_stamp ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS val_sync_no_delete ON {table}")
        op.drop_index(f"ix_{table}_server_seq", table_name=table)
    if dialect == "postgresql":
        for name in ("val_sync_stamp", "val_sync_no_delete", "val_sync_v"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table in ("sync_flag", "sync_base", "sync_outbox", "sync_applied", "sync_state"):
        op.drop_table(table)
    op.drop_index(op.f("ix_sync_conflicts_row_id"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
