"""initial case store

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Every table of the first release, and on SQLite the FTS5 search index over victim names, case
refs, crime references, postcodes and referral source ids, kept current by triggers so that any
writer (the app, an import, sync) leaves it right.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


_DOC_ROW = """
    SELECT c.id, c.ref, v.first_name || ' ' || v.last_name, coalesce(c.crime_reference, ''),
           coalesce(v.postcode, '') || ' ' || replace(coalesce(v.postcode, ''), ' ', ''),
           coalesce((SELECT group_concat(r.source_id, ' ') FROM referrals r WHERE r.case_id = c.id), '')
    FROM cases c JOIN victims v ON v.id = c.victim_id
"""
_UPSERT = """
    INSERT INTO case_search_doc (case_id, ref, name, crime_reference, postcode, source_ids)
    {select} WHERE c.deleted = 0 AND ({where})
    ON CONFLICT (case_id) DO UPDATE SET ref = excluded.ref, name = excluded.name,
        crime_reference = excluded.crime_reference, postcode = excluded.postcode,
        source_ids = excluded.source_ids;
"""


def _upsert(where: str) -> str:
    return _UPSERT.format(select=_DOC_ROW, where=where)


SQLITE_SEARCH = [
    """CREATE TABLE case_search_doc (
        id INTEGER PRIMARY KEY,
        case_id CHAR(32) NOT NULL UNIQUE,
        ref TEXT, name TEXT, crime_reference TEXT, postcode TEXT, source_ids TEXT)""",
    """CREATE VIRTUAL TABLE case_fts USING fts5(
        ref, name, crime_reference, postcode, source_ids,
        content='case_search_doc', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER case_search_doc_ai AFTER INSERT ON case_search_doc BEGIN
        INSERT INTO case_fts (rowid, ref, name, crime_reference, postcode, source_ids)
        VALUES (new.id, new.ref, new.name, new.crime_reference, new.postcode, new.source_ids);
    END""",
    """CREATE TRIGGER case_search_doc_ad AFTER DELETE ON case_search_doc BEGIN
        INSERT INTO case_fts (case_fts, rowid, ref, name, crime_reference, postcode, source_ids)
        VALUES ('delete', old.id, old.ref, old.name, old.crime_reference, old.postcode, old.source_ids);
    END""",
    """CREATE TRIGGER case_search_doc_au AFTER UPDATE ON case_search_doc BEGIN
        INSERT INTO case_fts (case_fts, rowid, ref, name, crime_reference, postcode, source_ids)
        VALUES ('delete', old.id, old.ref, old.name, old.crime_reference, old.postcode, old.source_ids);
        INSERT INTO case_fts (rowid, ref, name, crime_reference, postcode, source_ids)
        VALUES (new.id, new.ref, new.name, new.crime_reference, new.postcode, new.source_ids);
    END""",
    f"""CREATE TRIGGER cases_search_ai AFTER INSERT ON cases BEGIN
        {_upsert("c.id = new.id")}
    END""",
    f"""CREATE TRIGGER cases_search_au AFTER UPDATE OF ref, crime_reference, victim_id ON cases BEGIN
        {_upsert("c.id = new.id")}
    END""",
    # A tombstoned case leaves the index (search needs no join to skip it); restored, it returns.
    f"""CREATE TRIGGER cases_search_deleted AFTER UPDATE OF deleted ON cases BEGIN
        DELETE FROM case_search_doc WHERE case_id = new.id AND new.deleted;
        {_upsert("c.id = new.id")}
    END""",
    f"""CREATE TRIGGER victims_search_au AFTER UPDATE OF first_name, last_name, postcode ON victims BEGIN
        {_upsert("c.victim_id = new.id")}
    END""",
    f"""CREATE TRIGGER referrals_search_ai AFTER INSERT ON referrals BEGIN
        {_upsert("c.id = new.case_id")}
    END""",
    f"""CREATE TRIGGER referrals_search_au AFTER UPDATE OF source_id, case_id ON referrals BEGIN
        {_upsert("c.id = new.case_id")}
    END""",
]


def upgrade() -> None:
    op.create_table(
        "service_providers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("area", sa.String(length=200), nullable=True),
        sa.Column("need_domains", sa.JSON(), nullable=False),
        sa.Column("offence_categories", sa.JSON(), nullable=False),
        sa.Column("commissioned", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_providers")),
        sa.UniqueConstraint("name", name=op.f("uq_service_providers_name")),
    )
    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    op.create_table(
        "victims",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address_line1", sa.String(length=200), nullable=True),
        sa.Column("address_line2", sa.String(length=200), nullable=True),
        sa.Column("town", sa.String(length=100), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("preferred_language", sa.String(length=40), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=True),
        sa.Column("disability", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victims")),
    )
    # Possible-match look-ups compare names without regard to case.
    op.create_index(
        "ix_victims_match_dob",
        "victims",
        [sa.text("lower(last_name)"), sa.text("lower(first_name)"), "date_of_birth"],
    )
    op.create_index(
        "ix_victims_match_postcode",
        "victims",
        [sa.text("lower(last_name)"), sa.text("lower(first_name)"), "postcode"],
    )

    op.create_table(
        "cases",
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("referred_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closure_reason", sa.String(length=200), nullable=True),
        sa.Column("offence_category", sa.String(length=40), nullable=False),
        sa.Column("offence_date", sa.Date(), nullable=True),
        sa.Column("crime_reference", sa.String(length=40), nullable=True),
        sa.Column("reported_to_police", sa.Boolean(), nullable=True),
        sa.Column("consent_to_contact", sa.Boolean(), nullable=True),
        sa.Column("vulnerable", sa.Boolean(), nullable=True),
        sa.Column("intimidated", sa.Boolean(), nullable=True),
        sa.Column("persistently_targeted", sa.Boolean(), nullable=True),
        sa.Column("risk_level", sa.String(length=10), nullable=False),
        sa.Column("enhanced", sa.Boolean(), nullable=False),
        sa.Column("enhanced_reasons", sa.JSON(), nullable=False),
        sa.Column("caseworker_enhanced_reasons", sa.JSON(), nullable=False),
        sa.Column("spoc_id", sa.Uuid(), nullable=True),
        sa.Column("next_reassessment_due", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["spoc_id"], ["staff.id"], name=op.f("fk_cases_spoc_id_staff")),
        sa.ForeignKeyConstraint(
            ["victim_id"], ["victims.id"], name=op.f("fk_cases_victim_id_victims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("ref", name=op.f("uq_cases_ref")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_crime_reference", ["crime_reference"], unique=False)
        # The Cases list's default order: newest referral first, walked in index order.
        batch_op.create_index(
            "ix_cases_referred",
            ["referred_at", "ref"],
            unique=False,
            sqlite_where=sa.text("deleted IS 0"),  # as SQLAlchemy writes deleted.is_(False)
            postgresql_where=sa.text("NOT deleted"),
        )
        batch_op.create_index("ix_cases_spoc_status", ["spoc_id", "status"], unique=False)
        batch_op.create_index(
            "ix_cases_status_reassess", ["status", "next_reassessment_due"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_victim_id"), ["victim_id"], unique=False)

    op.create_table(
        "contact_permissions",
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("safe_to_call", sa.String(length=7), nullable=False),
        sa.Column("safe_to_leave_voicemail", sa.String(length=7), nullable=False),
        sa.Column("safe_to_text", sa.String(length=7), nullable=False),
        sa.Column("safe_to_write", sa.String(length=7), nullable=False),
        sa.Column("safe_to_email", sa.String(length=7), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["victim_id"], ["victims.id"], name=op.f("fk_contact_permissions_victim_id_victims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_permissions")),
        sa.UniqueConstraint("victim_id", name=op.f("uq_contact_permissions_victim_id")),
    )
    op.create_table(
        "possible_matches",
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("matched_victim_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["matched_victim_id"],
            ["victims.id"],
            name=op.f("fk_possible_matches_matched_victim_id_victims"),
        ),
        sa.ForeignKeyConstraint(
            ["victim_id"], ["victims.id"], name=op.f("fk_possible_matches_victim_id_victims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_possible_matches")),
    )
    with op.batch_alter_table("possible_matches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_possible_matches_matched_victim_id"), ["matched_victim_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_possible_matches_victim_id"), ["victim_id"], unique=False
        )

    op.create_table(
        "contact_log",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_contact_log_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_contact_log_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index("ix_contact_log_case_at", ["case_id", "at"], unique=False)

    op.create_table(
        "journey_events",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_journey_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_events")),
    )
    with op.batch_alter_table("journey_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journey_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "needs_assessments",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("assessed_by", sa.String(length=64), nullable=True),
        sa.Column("risk_level", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_needs_assessments_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_assessments")),
    )
    with op.batch_alter_table("needs_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_needs_assessments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("referred_at", sa.DateTime(), nullable=False),
        sa.Column("received_via", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.Column("file_line", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("source_id", name=op.f("uq_referrals_source_id")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "spoc_assignments",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("previous_staff_id", sa.Uuid(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("assigned_by", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_spoc_assignments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["previous_staff_id"],
            ["staff.id"],
            name=op.f("fk_spoc_assignments_previous_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_spoc_assignments_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spoc_assignments")),
    )
    with op.batch_alter_table("spoc_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spoc_assignments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_spoc_assignments_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "need_scores",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["needs_assessments.id"],
            name=op.f("fk_need_scores_assessment_id_needs_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_scores")),
    )
    with op.batch_alter_table("need_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_need_scores_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "obligations",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("rule_id", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("met_at", sa.DateTime(), nullable=True),
        sa.Column("met_by", sa.String(length=64), nullable=True),
        sa.Column("late_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_obligations_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["journey_events.id"], name=op.f("fk_obligations_event_id_journey_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligations")),
    )
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.create_index("ix_obligations_case_due", ["case_id", "due"], unique=False)
        batch_op.create_index(
            "ix_obligations_open_due",
            ["due", "case_id"],
            unique=False,
            sqlite_where=sa.text("met_at IS NULL"),
            postgresql_where=sa.text("met_at IS NULL"),
        )
        # "What is due on my cases": a caseworker's cases, then only their open obligations.
        batch_op.create_index(
            "ix_obligations_open_case_due",
            ["case_id", "due"],
            unique=False,
            sqlite_where=sa.text("met_at IS NULL"),
            postgresql_where=sa.text("met_at IS NULL"),
        )

    op.create_table(
        "support_plan_actions",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=True),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("provider_id", sa.Uuid(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["needs_assessments.id"],
            name=op.f("fk_support_plan_actions_assessment_id_needs_assessments"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_support_plan_actions_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_support_plan_actions_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["service_providers.id"],
            name=op.f("fk_support_plan_actions_provider_id_service_providers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_plan_actions")),
    )
    with op.batch_alter_table("support_plan_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_plan_actions_case_id"), ["case_id"], unique=False
        )

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("case_fts", "case_search_doc"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    with op.batch_alter_table("support_plan_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_plan_actions_case_id"))

    op.drop_table("support_plan_actions")
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_obligations_open_due",
            sqlite_where=sa.text("met_at IS NULL"),
            postgresql_where=sa.text("met_at IS NULL"),
        )
        batch_op.drop_index("ix_obligations_case_due")
        batch_op.drop_index("ix_obligations_open_case_due")

    op.drop_table("obligations")
    with op.batch_alter_table("need_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_scores_assessment_id"))

    op.drop_table("need_scores")
    with op.batch_alter_table("spoc_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spoc_assignments_staff_id"))
        batch_op.drop_index(batch_op.f("ix_spoc_assignments_case_id"))

    op.drop_table("spoc_assignments")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("needs_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_needs_assessments_case_id"))

    op.drop_table("needs_assessments")
    with op.batch_alter_table("journey_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journey_events_case_id"))

    op.drop_table("journey_events")
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_log_case_at")

    op.drop_table("contact_log")
    with op.batch_alter_table("possible_matches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_possible_matches_victim_id"))
        batch_op.drop_index(batch_op.f("ix_possible_matches_matched_victim_id"))

    op.drop_table("possible_matches")
    op.drop_table("contact_permissions")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_victim_id"))
        batch_op.drop_index("ix_cases_status_reassess")
        batch_op.drop_index("ix_cases_spoc_status")
        batch_op.drop_index("ix_cases_crime_reference")
        batch_op.drop_index("ix_cases_referred")

    op.drop_table("cases")
    with op.batch_alter_table("victims", schema=None) as batch_op:
        batch_op.drop_index("ix_victims_match_postcode")
        batch_op.drop_index("ix_victims_match_dob")

    op.drop_table("victims")
    op.drop_table("staff")
    op.drop_table("service_providers")
