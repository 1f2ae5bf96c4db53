"""The tasks linked to a record, as its card lists them (the calendar comes with the task work)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.records import TaskBrief
from desktop_crm.store.models import TaskRecord, UserRecord

_LINK = {
    "deal": TaskRecord.deal_id,
    "contact": TaskRecord.contact_id,
    "company": TaskRecord.company_id,
}


def tasks_of(
    conn: Any, record_type: str, record_id: str, limit: int = 100
) -> tuple[TaskBrief, ...]:
    """Open tasks first, then done ones; in each, soonest due first and undated last."""
    t, u = TaskRecord, UserRecord
    rows = conn.execute(
        sa.select(t.id, t.title, t.kind, t.due_at, t.done, u.name)
        .outerjoin(u, u.id == t.assignee_id)
        .where(_LINK[record_type] == record_id, t.deleted_at.is_(None))
        .order_by(t.done, t.due_at.is_(None), t.due_at)
        .limit(limit)
    ).all()
    return tuple(TaskBrief(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows)
