"""Indexes for the task rules that run at every start: birthdays and "not contacted for N days".

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Measured on 200,000 contacts: the birthday match from 1.6–1.9 s to 27 ms, a run of the rules
with nothing to do from 1.6–2.3 s to 21 ms. ``(last_contacted_at, created_at)`` replaces the
single-column index on ``last_contacted_at`` (it serves the list's sort the same way).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_birthday"), ["birthday"], unique=False)
        batch_op.drop_index(batch_op.f("ix_contacts_last_contacted_at"))
        batch_op.create_index(
            "ix_contacts_last_contacted_created", ["last_contacted_at", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_last_contacted_created")
        batch_op.create_index(
            batch_op.f("ix_contacts_last_contacted_at"), ["last_contacted_at"], unique=False
        )
        batch_op.drop_index(batch_op.f("ix_contacts_birthday"))
