"""local settings of this workstation's store

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

A small key/value table for what belongs to this copy of the store and is never synchronised:
its own identity (the client id sync will use), and preferences kept with the data.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_settings")),
    )
    op.execute(
        sa.text("INSERT INTO local_settings (key, value) VALUES ('store_id', :id)").bindparams(
            id=uuid.uuid4().hex
        )
    )


def downgrade() -> None:
    op.drop_table("local_settings")
