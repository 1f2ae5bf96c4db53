"""What each import batch created and changed, for "Undo import" at any size.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

``import_records``: one row per record a batch created, and one per change it made to an
existing record with the fields' old and new values. Keyed by (batch, entity, record, seq)
without a rowid on SQLite: undo reads one batch's rows in key order, nothing else.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_records",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("new_values", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_records_batch_id_import_batches"),
        ),
        sa.PrimaryKeyConstraint(
            "batch_id", "entity", "entity_id", "seq", name=op.f("pk_import_records")
        ),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("import_records")
