"""Tasks the CRM creates by itself: a reminder before each contact's birthday, and a follow-up
for customers nobody has contacted for a while.

``TaskRulesService.run(today)`` is meant for start-up (and once a day): it finds the candidates
with set-based SQL (indexed, never a Python scan of the contacts), skips every task a rule made
before (``tasks.auto_key``, deleted or done ones included: a rule never creates one twice) and
creates the rest as ONE changeset, so a single undo removes them all.

Speed on large files rests on two indexes: ``contacts.birthday`` (a birthday window becomes one
date range per birth year present) and ``contacts (last_contacted_at, created_at)`` (the
quietest customers are read in index order and the walk stops at the cap).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.enums import CustomerStatus, Priority, TaskKind
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import all_day_start, from_local_wall, reminder_time
from desktop_crm.services.deal_settings import read_setting, write_setting
from desktop_crm.services.writer import Context
from desktop_crm.store.models import ContactRecord, TaskRecord, UserRecord
from desktop_crm.store.types import utcnow

SETTINGS_KEY = "task_rules"
CUSTOMER_STAGE = "Customer"  # the lifecycle stage that makes a contact a customer
FOLLOW_UP_TIME = time(10, 0)  # local time of the day a follow-up is due
MAX_DAYS = 365
MAX_PER_RUN = 1000


@dataclass(frozen=True)
class TaskRuleSettings:
    birthday_days_ahead: int = 7  # 0 = off; a task for birthdays from today to today + N
    stale_days: int = 60  # 0 = off; customers not contacted for this many days
    # customer_status values that make a contact a customer (so does lifecycle stage "Customer")
    stale_statuses: tuple[str, ...] = (CustomerStatus.ACTIVE.value, CustomerStatus.PERMANENT.value)
    # follow-ups created per run at most, oldest first (and per day: a second run on the same
    # day tops up to it, so that starting the app five times does not make five batches)
    max_new_per_run: int = 25


@dataclass(frozen=True)
class _NewTask:
    contact_id: str
    name: str
    owner_id: str | None
    key: str
    due: date


class TaskRulesService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- settings --------------------------------------------------------------------
    def settings(self) -> TaskRuleSettings:
        with self.ctx.session() as s:
            return _from_json(read_setting(s, SETTINGS_KEY))

    def save_settings(self, settings: TaskRuleSettings) -> Change:
        clean = check_settings(settings)
        with self.ctx.write(f"edit setting.{SETTINGS_KEY}") as w:
            write_setting(w, SETTINGS_KEY, _to_json(clean))
        return w.change()

    # ----- the rules -------------------------------------------------------------------
    def run(self, today: date, now: datetime | None = None) -> Change | None:
        """Create the tasks the rules call for today, as one changeset ("automate tasks");
        None when there is nothing to create. ``today`` is the user's local date; ``now``
        (default: the current time) decides who is overdue for a follow-up."""
        now = now or utcnow()
        settings = self.settings()
        # look first without the write lock: most runs find nothing to do
        with self.ctx.session() as s:
            births, stale = _plan(s, settings, today, now)
        if not births and not stale:
            return None
        with self.ctx.write("automate tasks") as w:
            # again under the write lock: another window may have run the rules meanwhile
            births, stale = _plan(w.session, settings, today, now)
            fallback = self.ctx.user_id
            for item in births:
                w.create("task", _birthday_task(item, fallback))
            for item in stale:
                w.create("task", _follow_up_task(item, fallback))
        return w.change() if births or stale else None


# ----- settings helpers ------------------------------------------------------------------
def check_settings(settings: TaskRuleSettings) -> TaskRuleSettings:
    """The settings validated (ValidationError naming the field) and normalised."""
    for name in ("birthday_days_ahead", "stale_days"):
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
            raise ValidationError(name, "0 to 365 days", code="range", value=value)
    cap = settings.max_new_per_run
    if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= MAX_PER_RUN:
        raise ValidationError("max_new_per_run", "1 to 1000", code="range", value=cap)
    allowed = {s.value for s in CustomerStatus}
    statuses = tuple(dict.fromkeys(settings.stale_statuses))
    if any(s not in allowed for s in statuses):
        raise ValidationError("stale_statuses", "Not a customer status", code="choice")
    return TaskRuleSettings(
        settings.birthday_days_ahead, settings.stale_days, statuses, settings.max_new_per_run
    )


def _to_json(settings: TaskRuleSettings) -> dict[str, Any]:
    return {
        "birthday_days_ahead": settings.birthday_days_ahead,
        "stale_days": settings.stale_days,
        "stale_statuses": list(settings.stale_statuses),
        "max_new_per_run": settings.max_new_per_run,
    }


def _from_json(value: Any) -> TaskRuleSettings:
    """Stored settings; a missing or unreadable one keeps its default."""
    default = TaskRuleSettings()
    if not isinstance(value, dict):
        return default
    out: dict[str, Any] = {}
    for f in fields(TaskRuleSettings):
        raw = value.get(f.name)
        if f.name == "stale_statuses" and isinstance(raw, list):
            out[f.name] = tuple(str(v) for v in raw)
        elif isinstance(raw, int) and not isinstance(raw, bool):
            out[f.name] = raw
    try:
        return check_settings(TaskRuleSettings(**out))
    except ValidationError:
        return default


# ----- finding the candidates ------------------------------------------------------------
def _plan(
    s: Session, settings: TaskRuleSettings, today: date, now: datetime
) -> tuple[list[_NewTask], list[_NewTask]]:
    births = []
    if settings.birthday_days_ahead > 0:
        births = _birthday_candidates(s, today, today + timedelta(settings.birthday_days_ahead))
    stale = []
    if settings.stale_days > 0:
        cutoff = now - timedelta(days=settings.stale_days)
        stale = _stale_candidates(
            s, settings.stale_statuses, cutoff, today, settings.max_new_per_run
        )
    return births, stale


c, u = ContactRecord, UserRecord
_NAME = sa.func.trim(sa.func.coalesce(c.first_name, "") + " " + sa.func.coalesce(c.last_name, ""))
# the owner when that user still exists, else None (the task then goes to the current user)
_OWNER = sa.case((u.id.is_not(None), c.owner_id), else_=None)


def _birthday_candidates(s: Session, first: date, last: date) -> list[_NewTask]:
    """Live contacts whose birthday falls on a day of [first, last] and who have no birthday
    task for that year yet: one date range per birth year on ``contacts.birthday`` (indexed),
    the task check by ``tasks.auto_key`` (indexed) in the same statement."""
    years = list(birth_years(s))
    found: list[_NewTask] = []
    for year, lo_md, hi_md in segments(first, last):
        ranges = [birth_range(b, lo_md, hi_md) for b in years if b < year]
        key = sa.literal("birthday:") + c.id + f":{year}"
        for chunk in _chunks(ranges, 200):
            rows = s.execute(
                sa.select(c.id, _NAME, c.emails, c.birthday, _OWNER)
                .outerjoin(u, sa.and_(u.id == c.owner_id, u.deleted_at.is_(None)))
                .where(
                    sa.or_(*(c.birthday.between(lo, hi) for lo, hi in chunk)),
                    c.deleted_at.is_(None),
                    ~sa.exists().where(TaskRecord.auto_key == key),
                )
            ).all()
            for contact_id, name, emails, born, owner in rows:
                day = _on(year, born.month, born.day)
                task_key = f"birthday:{contact_id}:{year}"
                found.append(_NewTask(contact_id, _label(name, emails), owner, task_key, day))
    found.sort(key=lambda t: (t.due, t.name, t.contact_id))
    return found


MonthDay = tuple[int, int]


def segments(first: date, last: date) -> Iterator[tuple[int, MonthDay, MonthDay]]:
    """[first, last] cut at each New Year: (year, first month-day, last month-day) whose
    month-days are the birthdays celebrated in that part. Someone born on 29 February is
    celebrated on the 28th in a common year, so a part ending on 28 February reaches the 29th."""
    for year in range(first.year, last.year + 1):
        lo = max(first, date(year, 1, 1))
        hi = min(last, date(year, 12, 31))
        hi_md = (hi.month, hi.day)
        if hi_md == (2, 28) and not _is_leap(year):
            hi_md = (2, 29)
        yield year, (lo.month, lo.day), hi_md


def birth_range(born_year: int, lo: MonthDay, hi: MonthDay) -> tuple[date, date]:
    """The birth dates of ``born_year`` with a month-day in [lo, hi] (29 February exists only in
    leap years: as a lower bound it moves to 1 March, as an upper bound to 28 February)."""
    leap = _is_leap(born_year)
    start = date(born_year, 3, 1) if lo == (2, 29) and not leap else date(born_year, *lo)
    end = date(born_year, 2, 28) if hi == (2, 29) and not leap else date(born_year, *hi)
    return start, end


def birth_years(s: Session) -> Iterator[int]:
    """The birth years present, by walking the index on ``birthday`` (one MIN() per year)."""
    lowest = sa.select(sa.func.min(c.birthday))
    born = s.execute(lowest).scalar()
    while born is not None:
        yield born.year
        if born.year >= date.max.year:
            return
        born = s.execute(lowest.where(c.birthday >= date(born.year + 1, 1, 1))).scalar()


def _on(year: int, month: int, day: int) -> date:
    """The day a birthday on month-day is celebrated in ``year`` (29 February: the 28th in a
    common year)."""
    if (month, day) == (2, 29) and not _is_leap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _stale_candidates(
    s: Session, statuses: tuple[str, ...], cutoff: datetime, today: date, cap: int
) -> list[_NewTask]:
    """Customers last contacted before ``cutoff`` (or never, and created before it), oldest
    first, who have no follow-up for that silence yet; at most ``cap`` follow-ups due today
    in all (a second start on the same day tops up to the cap, never past it)."""
    limit = cap - _follow_ups_due(s, today)
    if limit <= 0:
        return []
    is_customer = c.lifecycle_stage == CUSTOMER_STAGE
    if statuses:
        is_customer = sa.or_(is_customer, c.customer_status.in_(statuses))
    last_day = sa.func.coalesce(sa.cast(sa.func.date(c.last_contacted_at), sa.String), "never")
    key = sa.literal("stale:") + c.id + ":" + last_day
    base = (
        sa.select(c.id, _NAME, c.emails, _OWNER, key)
        .outerjoin(u, sa.and_(u.id == c.owner_id, u.deleted_at.is_(None)))
        .where(c.deleted_at.is_(None), is_customer, ~sa.exists().where(TaskRecord.auto_key == key))
    )
    # two walks in index order ((last_contacted_at, created_at)), each stopping at ``limit``
    contacted = base.add_columns(c.last_contacted_at).where(c.last_contacted_at < cutoff)
    never = base.add_columns(c.created_at).where(
        c.last_contacted_at.is_(None), c.created_at < cutoff
    )
    rows = [
        *s.execute(contacted.order_by(c.last_contacted_at, c.id).limit(limit)),
        *s.execute(never.order_by(c.created_at, c.id).limit(limit)),
    ]
    rows.sort(key=lambda r: (r[5], r[0]))
    return [
        _NewTask(contact_id, _label(name, emails), owner, key_text, today)
        for contact_id, name, emails, owner, key_text, _since in rows[:limit]
    ]


def _follow_ups_due(s: Session, today: date) -> int:
    """Follow-ups the stale rule made for ``today`` (deleted and done ones too)."""
    t = TaskRecord
    start = from_local_wall(datetime.combine(today, time(0)))
    end = from_local_wall(datetime.combine(today + timedelta(days=1), time(0)))
    count = s.execute(
        sa.select(sa.func.count()).where(
            t.auto_key >= "stale:", t.auto_key < "stale;", t.due_at >= start, t.due_at < end
        )
    ).scalar()
    return int(count or 0)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _label(name: str | None, emails: str | None) -> str:
    return (name or "").strip() or (emails or "").split("\n")[0].strip() or "?"


# ----- the tasks -------------------------------------------------------------------------
def _birthday_task(item: _NewTask, fallback_user: str | None) -> dict[str, Any]:
    """An all-day task on the birthday, ringing at 9:00 that day."""
    values: dict[str, Any] = {
        "title": f"Birthday: {item.name}"[:500],
        "kind": TaskKind.OTHER.value,
        "due_at": all_day_start(item.due),
        "all_day": True,
        "reminder_minutes": 0,
        "assignee_id": item.owner_id or fallback_user,
        "priority": Priority.NORMAL.value,
        "done": False,
        "contact_id": item.contact_id,
        "auto_key": item.key,
    }
    values["remind_at"] = reminder_time(values)
    return {k: v for k, v in values.items() if v is not None}


def _follow_up_task(item: _NewTask, fallback_user: str | None) -> dict[str, Any]:
    """A follow-up due today at 10:00 local time."""
    values: dict[str, Any] = {
        "title": f"Follow up: {item.name}"[:500],
        "kind": TaskKind.FOLLOW_UP.value,
        "due_at": from_local_wall(datetime.combine(item.due, FOLLOW_UP_TIME)),
        "all_day": False,
        "assignee_id": item.owner_id or fallback_user,
        "priority": Priority.NORMAL.value,
        "done": False,
        "contact_id": item.contact_id,
        "auto_key": item.key,
    }
    return {k: v for k, v in values.items() if v is not None}


__all__ = ["SETTINGS_KEY", "TaskRuleSettings", "TaskRulesService", "check_settings"]
