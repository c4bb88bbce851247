"""an index under every foreign key

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

When a row is added to (or removed from) a table others point at, SQLite looks for the rows that
point at it; without an index on the pointing column that look-up reads the whole table. The
case of milestone_events.case_id made every new case cost a scan of milestone_events during an
import (referrals go in just before their case, so there are pending references to resolve).
The others matter less (their rows are added rarely while references are pending, and never
removed: tombstones) but cost little, and keep the rule simple: every foreign key has an index.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("milestone_events", "case_id"),
    ("contact_log", "staff_id"),
    ("spoc_assignments", "previous_staff_id"),
    ("support_plan_actions", "owner_id"),
    ("rj_referrals", "facilitator_id"),
    ("obligations", "event_id"),
    ("complaints", "event_id"),
    ("support_plan_actions", "assessment_id"),
    ("support_plan_actions", "provider_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
