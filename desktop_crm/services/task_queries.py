"""Read queries over tasks: a calendar range, the parts of "My tasks", reminders, birthdays.

Each is one SQL statement (joins for the names shown), indexed by ``due_at`` / ``remind_at``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop_crm.domain.tasks import (
    MAX_DURATION_MINUTES,
    Birthday,
    Bucket,
    TaskItem,
    all_day_start,
)
from desktop_crm.store.models import (
    CompanyRecord,
    ContactRecord,
    DealRecord,
    TaskRecord,
    UserRecord,
)

t = TaskRecord
_contact = aliased(ContactRecord)
_company = aliased(CompanyRecord)
_deal = aliased(DealRecord)
_user = aliased(UserRecord)
_contact_name = sa.func.trim(
    sa.func.coalesce(_contact.first_name, "") + " " + sa.func.coalesce(_contact.last_name, "")
)
_COLUMNS = (
    t.id,
    t.title,
    t.kind,
    t.due_at,
    t.all_day,
    t.duration_minutes,
    t.reminder_minutes,
    t.remind_at,
    t.assignee_id,
    _user.name,
    t.priority,
    t.done,
    t.done_at,
    t.repeat_rule,
    t.contact_id,
    _contact_name,
    t.company_id,
    _company.name,
    t.deal_id,
    _deal.title,
    t.notes,
    t.updated_at,
    t.auto_key,
)


def _select() -> Any:
    return (
        sa.select(*_COLUMNS)
        .outerjoin(_user, _user.id == t.assignee_id)
        .outerjoin(_contact, _contact.id == t.contact_id)
        .outerjoin(_company, _company.id == t.company_id)
        .outerjoin(_deal, _deal.id == t.deal_id)
        .where(t.deleted_at.is_(None))
    )


def _item(row: Any) -> TaskItem:
    values = list(row)
    values[4] = bool(values[4])  # all_day
    values[11] = bool(values[11])  # done
    values[15] = values[15] or None  # contact name
    return TaskItem(*values)


def one(s: Session, task_id: str) -> TaskItem | None:
    row = s.execute(_select().where(t.id == task_id)).first()
    return _item(row) if row else None


def between(
    s: Session, start: datetime, end: datetime, assignee_id: str | None, include_done: bool
) -> list[TaskItem]:
    """Tasks overlapping [start, end): those due in it, plus the all-day tasks of the day
    before and the long ones (with a duration) that started up to 14 days earlier."""
    conn = s.connection()
    near = _select().where(t.due_at < end, t.due_at >= start - timedelta(days=1))
    long_ago = _select().where(
        t.due_at < start - timedelta(days=1),
        t.due_at >= start - timedelta(minutes=MAX_DURATION_MINUTES),
        t.duration_minutes > 24 * 60,
    )
    items: list[TaskItem] = []
    for stmt in (long_ago, near):
        if assignee_id is not None:
            stmt = stmt.where(t.assignee_id == assignee_id)
        if not include_done:
            stmt = stmt.where(t.done.is_(False))
        items.extend(_item(r) for r in conn.execute(stmt.order_by(t.due_at, t.id)))
    return [i for i in items if _overlaps(i, start)]


def _overlaps(item: TaskItem, start: datetime) -> bool:
    """Starts in the range, or started before it and is still going at its start."""
    if item.due_at is None:
        return False
    return item.due_at >= start or (item.ends_at is not None and item.ends_at > start)


def _open_filters(now: datetime, today: date) -> dict[Bucket, Any]:
    day_start = all_day_start(today)
    timed, all_day = t.all_day.is_(False), t.all_day.is_(True)
    tomorrow_local = _local_midnight(today + timedelta(days=1))
    return {
        Bucket.OVERDUE: sa.or_(
            sa.and_(timed, t.due_at < now), sa.and_(all_day, t.due_at < day_start)
        ),
        Bucket.TODAY: sa.or_(
            sa.and_(timed, t.due_at >= now, t.due_at < tomorrow_local),
            sa.and_(all_day, t.due_at == day_start),
        ),
        Bucket.UPCOMING: sa.or_(
            t.due_at.is_(None),
            sa.and_(timed, t.due_at >= tomorrow_local),
            sa.and_(all_day, t.due_at > day_start),
        ),
    }


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).astimezone()


def bucket(
    s: Session,
    which: Bucket,
    now: datetime,
    today: date,
    assignee_id: str | None,
    limit: int,
) -> list[TaskItem]:
    stmt = _select()
    if assignee_id is not None:
        stmt = stmt.where(t.assignee_id == assignee_id)
    if which is Bucket.DONE:
        stmt = stmt.where(t.done.is_(True)).order_by(t.done_at.desc(), t.id)
    else:
        stmt = stmt.where(t.done.is_(False), _open_filters(now, today)[which])
        stmt = stmt.order_by(t.due_at.is_(None), t.due_at, t.id)
    return [_item(r) for r in s.execute(stmt.limit(limit))]


def counts(s: Session, now: datetime, today: date, assignee_id: str | None) -> dict[Bucket, int]:
    filters = _open_filters(now, today)
    columns = [
        sa.func.count().filter(sa.and_(t.done.is_(False), filters[b])).label(b.value)
        for b in (Bucket.OVERDUE, Bucket.TODAY, Bucket.UPCOMING)
    ]
    columns.append(sa.func.count().filter(t.done.is_(True)).label(Bucket.DONE.value))
    stmt = sa.select(*columns).where(t.deleted_at.is_(None))
    if assignee_id is not None:
        stmt = stmt.where(t.assignee_id == assignee_id)
    row = s.execute(stmt).one()
    return {b: int(row._mapping[b.value] or 0) for b in Bucket}


def due_reminders(s: Session, now: datetime) -> list[TaskItem]:
    stmt = _select().where(t.done.is_(False), t.remind_at.is_not(None), t.remind_at <= now)
    return [_item(r) for r in s.execute(stmt.order_by(t.remind_at, t.id).limit(200))]


def next_reminder_at(s: Session, now: datetime) -> datetime | None:
    stmt = sa.select(sa.func.min(t.remind_at)).where(
        t.deleted_at.is_(None), t.done.is_(False), t.remind_at > now
    )
    value: datetime | None = s.execute(stmt).scalar()
    return value


def birthdays(s: Session, start: date, end: date) -> list[Birthday]:
    """Birthdays on the days of [start, end), any birth year, through the index on
    ``birthday``: one date range per birth year present (born on 29 February: celebrated on
    the 28th in common years)."""
    from desktop_crm.services.task_rules import birth_range, birth_years, segments

    c = ContactRecord
    last = min(end - timedelta(days=1), start + timedelta(days=400))
    if last < start:
        return []
    years = list(birth_years(s))
    ranges = []
    for _year, lo, hi in segments(start, last):
        for born_year in years:
            low, high = birth_range(born_year, lo, hi)
            if low <= high:
                ranges.append(c.birthday.between(low, high))
    if not ranges:
        return []
    out = []
    for i in range(0, len(ranges), 200):
        rows = s.execute(
            sa.select(c.id, c.first_name, c.last_name, c.birthday, c.owner_id).where(
                c.deleted_at.is_(None), sa.or_(*ranges[i : i + 200])
            )
        ).all()
        for contact_id, first, last_name, born, owner in rows:
            name = " ".join(p for p in (first, last_name) if p)
            day = start
            while day <= last:
                if _celebrated_on(born, day):
                    out.append(Birthday(contact_id, name, day, born, owner))
                day += timedelta(days=1)
    out.sort(key=lambda b: (b.day, b.name))
    return out


def _celebrated_on(born: date, day: date) -> bool:
    if (born.month, born.day) == (day.month, day.day):
        return True
    leap = day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)
    return (born.month, born.day) == (2, 29) and not leap and (day.month, day.day) == (2, 28)
