"""Indexes for the activity reports and completed tasks per salesperson.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Measured on 1,000,000 activities written in random time order (as an import leaves them): a
year of the activities report from about 1.7 s to 0.55–0.85 s. Non-partial: SQLite did not use
a partial version for these range queries.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_activities_report", "activities", ["occurred_at", "user_id", "kind", "deleted_at"]
    )
    op.create_index("ix_tasks_done_at_assignee", "tasks", ["done_at", "assignee_id"])


def downgrade() -> None:
    op.drop_index("ix_tasks_done_at_assignee", "tasks")
    op.drop_index("ix_activities_report", "activities")
