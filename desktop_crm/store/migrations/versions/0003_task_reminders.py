"""Tasks get the time their reminder is next due and a key for tasks created by rules.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

``remind_at`` is due_at minus the reminder (or the snoozed time) and is cleared once the
reminder is handled, so that "what fell due while the app was closed" is one indexed query.
``auto_key`` marks tasks the app creates by rule (birthdays, "no contact for N days") so that a
rule never creates the same task twice.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("remind_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("auto_key", sa.String(length=120), nullable=True))
        batch_op.create_index(batch_op.f("ix_tasks_remind_at"), ["remind_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tasks_auto_key"), ["auto_key"], unique=False)
    # reminders of open tasks planned before this version become due at their time
    bind = op.get_bind()
    tasks = sa.table(
        "tasks",
        sa.column("id", sa.String),
        sa.column("due_at", sa.DateTime),
        sa.column("reminder_minutes", sa.Integer),
        sa.column("done", sa.Boolean),
        sa.column("remind_at", sa.DateTime),
    )
    rows = bind.execute(
        sa.select(tasks.c.id, tasks.c.due_at, tasks.c.reminder_minutes).where(
            tasks.c.done.is_(False),
            tasks.c.due_at.is_not(None),
            tasks.c.reminder_minutes.is_not(None),
        )
    ).all()
    for task_id, due_at, minutes in rows:
        bind.execute(
            sa.update(tasks)
            .where(tasks.c.id == task_id)
            .values(remind_at=due_at - timedelta(minutes=int(minutes)))
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_auto_key"))
        batch_op.drop_index(batch_op.f("ix_tasks_remind_at"))
        batch_op.drop_column("auto_key")
        batch_op.drop_column("remind_at")
