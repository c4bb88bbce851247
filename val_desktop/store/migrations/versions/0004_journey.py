"""the victim's journey: restorative justice, prosecutions and court milestones, witness needs,
complaints, Victims' Right to Review requests, victim feedback (issue 4)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

The tables of store/journey_models.py, every one synchronised like a case. Then, by dialect, what
revision 0003 gives each synchronised table, built by 0003's own (frozen) builders:

- SQLite: the change-capture triggers that record each local change in `sync_outbox` (and keep the
  server version a local edit started from in `sync_base`);
- PostgreSQL: the trigger stamping each written row with the transaction's version, and the one
  refusing physical deletes (tombstones only).

The new tables start empty, so nothing is queued for a first push here.
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = (
    "rj_referrals",
    "prosecutions",
    "prosecution_cases",
    "court_milestones",
    "milestone_events",
    "witness_needs",
    "complaints",
    "vrr_requests",
    "victim_feedback",
)

# Revision 0003's trigger builders (its module name starts with a digit: imported by name).
_sync = importlib.import_module("val_desktop.store.migrations.versions.0003_sync")


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
        "rj_referrals",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("closure", sa.String(length=12), nullable=True),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("pathway", sa.JSON(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_rj_referrals_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"], ["staff.id"], name=op.f("fk_rj_referrals_facilitator_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rj_referrals")),
    )
    op.create_index("ix_rj_referrals_case_id", "rj_referrals", ["case_id"])
    op.create_index("ix_rj_referrals_stage_entered", "rj_referrals", ["stage", "entered_on"])
    op.create_table(
        "prosecutions",
        sa.Column("defendant_ref", sa.String(length=60), nullable=False),
        sa.Column("court", sa.String(length=200), nullable=True),
        sa.Column("charges", sa.JSON(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["staff.id"], name=op.f("fk_prosecutions_officer_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prosecutions")),
    )
    op.create_index("ix_prosecutions_officer_id", "prosecutions", ["officer_id"])
    op.create_table(
        "prosecution_cases",
        sa.Column("prosecution_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_prosecution_cases_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["prosecution_id"],
            ["prosecutions.id"],
            name=op.f("fk_prosecution_cases_prosecution_id_prosecutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prosecution_cases")),
    )
    op.create_index("ix_prosecution_cases_case_id", "prosecution_cases", ["case_id"])
    op.create_index("ix_prosecution_cases_prosecution_id", "prosecution_cases", ["prosecution_id"])
    op.create_table(
        "court_milestones",
        sa.Column("prosecution_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("hearing_on", sa.Date(), nullable=True),
        sa.Column("hearing_time", sa.String(length=5), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("result", sa.String(length=12), nullable=True),
        sa.Column("previous_date", sa.Date(), nullable=True),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("date_to_be_fixed", sa.Boolean(), nullable=False),
        sa.Column("vacated", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["prosecution_id"],
            ["prosecutions.id"],
            name=op.f("fk_court_milestones_prosecution_id_prosecutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_milestones")),
    )
    op.create_index("ix_court_milestones_prosecution_id", "court_milestones", ["prosecution_id"])
    op.create_table(
        "milestone_events",
        sa.Column("milestone_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_milestone_events_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["journey_events.id"],
            name=op.f("fk_milestone_events_event_id_journey_events"),
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["court_milestones.id"],
            name=op.f("fk_milestone_events_milestone_id_court_milestones"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_events")),
    )
    op.create_index("ix_milestone_events_event_id", "milestone_events", ["event_id"])
    op.create_index("ix_milestone_events_milestone_id", "milestone_events", ["milestone_id"])
    op.create_table(
        "witness_needs",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("prosecution_id", sa.Uuid(), nullable=False),
        sa.Column("must_give_evidence", sa.Boolean(), nullable=True),
        sa.Column("special_measures", sa.JSON(), nullable=False),
        sa.Column("pre_trial_visit", sa.String(length=12), nullable=False),
        sa.Column("pre_trial_visit_on", sa.Date(), nullable=True),
        sa.Column("witness_service", sa.String(length=12), nullable=False),
        sa.Column("witness_service_on", sa.Date(), nullable=True),
        sa.Column("interpreter_language", sa.String(length=40), nullable=True),
        sa.Column("expenses", sa.String(length=12), nullable=False),
        sa.Column("expenses_on", sa.Date(), nullable=True),
        sa.Column("vps_offered_on", sa.Date(), nullable=True),
        sa.Column("vps_declined", sa.Boolean(), nullable=False),
        sa.Column("vps_made_on", sa.Date(), nullable=True),
        sa.Column("vps_updated_on", sa.JSON(), nullable=False),
        sa.Column("vps_in_court", sa.String(length=20), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_witness_needs_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["prosecution_id"],
            ["prosecutions.id"],
            name=op.f("fk_witness_needs_prosecution_id_prosecutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_witness_needs")),
    )
    op.create_index("ix_witness_needs_case_id", "witness_needs", ["case_id"])
    op.create_index("ix_witness_needs_prosecution_id", "witness_needs", ["prosecution_id"])
    op.create_table(
        "complaints",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("about", sa.String(length=10), nullable=False),
        sa.Column("about_name", sa.String(length=200), nullable=True),
        sa.Column("rights", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("received_by", sa.String(length=64), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("responded_on", sa.Date(), nullable=True),
        sa.Column("passed_on_to", sa.String(length=200), nullable=True),
        sa.Column("passed_on_on", sa.Date(), nullable=True),
        sa.Column("victim_told_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_complaints_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["journey_events.id"], name=op.f("fk_complaints_event_id_journey_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    op.create_index("ix_complaints_case_id", "complaints", ["case_id"])
    op.create_table(
        "vrr_requests",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("body", sa.String(length=8), nullable=False),
        sa.Column("decision", sa.String(length=24), nullable=False),
        sa.Column("decision_communicated_on", sa.Date(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("late_reason", sa.Text(), nullable=True),
        sa.Column("local_started_on", sa.Date(), nullable=True),
        sa.Column("local_concluded_on", sa.Date(), nullable=True),
        sa.Column("local_result", sa.String(length=24), nullable=True),
        sa.Column("local_reviewer", sa.String(length=200), nullable=True),
        sa.Column("local_notes", sa.Text(), nullable=True),
        sa.Column("independent_started_on", sa.Date(), nullable=True),
        sa.Column("independent_concluded_on", sa.Date(), nullable=True),
        sa.Column("independent_result", sa.String(length=24), nullable=True),
        sa.Column("independent_reviewer", sa.String(length=200), nullable=True),
        sa.Column("independent_notes", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_vrr_requests_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vrr_requests")),
    )
    op.create_index("ix_vrr_requests_case_id", "vrr_requests", ["case_id"])
    op.create_table(
        "victim_feedback",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("occasion", sa.String(length=10), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=True),
        sa.Column("better_able_to_cope", sa.Boolean(), nullable=True),
        sa.Column("could_be_better", sa.Text(), nullable=True),
        sa.Column("user_group_contact", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_victim_feedback_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_feedback")),
    )
    op.create_index("ix_victim_feedback_case_id", "victim_feedback", ["case_id"])
    for table in TABLES:
        op.create_index(f"ix_{table}_server_seq", table, ["server_seq", "id"])


def _sqlite_capture() -> None:
    inspector = sa.inspect(op.get_bind())
    for table in TABLES:
        columns = [c["name"] for c in inspector.get_columns(table)]
        for statement in _sync.sqlite_capture_sql(table, columns):
            op.execute(statement)


def _pg_serialise() -> None:
    # The functions val_sync_stamp() and val_sync_no_delete() exist since revision 0003.
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER val_sync_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION val_sync_stamp()"
        )
        op.execute(
            f"CREATE TRIGGER val_sync_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION val_sync_no_delete()"
        )


def upgrade() -> None:
    _tables()
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_capture()
    elif dialect == "postgresql":
        _pg_serialise()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in reversed(TABLES):
        if dialect == "sqlite":
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS val_sync_stamp ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS val_sync_no_delete ON {table}")
        op.execute(f"DELETE FROM sync_outbox WHERE table_name = '{table}'")
        op.execute(f"DELETE FROM sync_base WHERE table_name = '{table}'")
        op.drop_table(table)
