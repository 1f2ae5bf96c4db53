"""What the calendar views show: tasks and birthdays as items in the user's local time.

Built once per reload from one ``crm.tasks.between`` and one ``crm.tasks.birthdays`` query;
the views only place and paint them. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from desktop_crm.domain.tasks import Birthday, TaskItem, all_day_start, from_local_wall, local_wall

DEFAULT_MINUTES = 30  # a task without a duration shows as half an hour


class ItemKind(StrEnum):
    TASK = "task"
    BIRTHDAY = "birthday"


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One thing on the calendar. ``start``/``end`` are local wall-clock times (naive); an
    all-day item runs from its day's midnight to the next."""

    key: str  # the task's id, or the contact's for a birthday
    kind: ItemKind
    title: str
    start: datetime
    end: datetime
    all_day: bool
    done: bool = False
    overdue: bool = False
    task_kind: str = ""
    due_at: datetime | None = None  # the stored (UTC) due time of a task
    duration_minutes: int | None = None  # None: shown as DEFAULT_MINUTES, but not stated

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def movable(self) -> bool:
        return self.kind is ItemKind.TASK

    def moved_to(self, new_start: datetime) -> datetime:
        """The UTC due time of this task moved to the local wall time ``new_start`` (an all-day
        task: to that day)."""
        if self.all_day:
            return all_day_start(new_start.date())
        return from_local_wall(new_start)


def local_now(now: datetime) -> datetime:
    """``now`` (aware, or naive local) as a naive local wall time."""
    return local_wall(now) if now.tzinfo else now


class LocalTimes:
    """Stored (UTC) times as local wall times, the zone's offset looked up once per hour (a
    month of tasks converts in a few milliseconds; daylight saving changes on the hour)."""

    def __init__(self) -> None:
        self._offsets: dict[int, timedelta] = {}

    def wall(self, moment: datetime) -> datetime:
        utc = (
            moment.astimezone(UTC).replace(tzinfo=None)
            if moment.tzinfo is not UTC
            else (moment.replace(tzinfo=None))
        )
        key = int(moment.timestamp()) // 3600
        offset = self._offsets.get(key)
        if offset is None:
            offset = self._offsets[key] = local_wall(moment) - utc
        return utc + offset


def task_item(
    task: TaskItem, now: datetime, today: date, times: LocalTimes | None = None
) -> CalendarItem | None:
    """``now``: aware UTC; ``today``: the user's local date."""
    if task.due_at is None:
        return None
    if task.all_day and task.due_day is not None:
        start = datetime.combine(task.due_day, time(0))
        end = start + timedelta(days=1)
    else:
        start = times.wall(task.due_at) if times is not None else local_wall(task.due_at)
        end = start + timedelta(minutes=task.duration_minutes or DEFAULT_MINUTES)
    return CalendarItem(
        key=task.id,
        kind=ItemKind.TASK,
        title=task.title,
        start=start,
        end=end,
        all_day=task.all_day,
        done=task.done,
        overdue=task.is_overdue(now, today),
        task_kind=task.kind,
        due_at=task.due_at,
        duration_minutes=None if task.all_day else task.duration_minutes,
    )


def birthday_item(birthday: Birthday) -> CalendarItem:
    start = datetime.combine(birthday.day, time(0))
    return CalendarItem(
        key=birthday.contact_id,
        kind=ItemKind.BIRTHDAY,
        title=birthday.name,
        start=start,
        end=start + timedelta(days=1),
        all_day=True,
    )


def build_items(
    tasks: Iterable[TaskItem],
    birthdays: Iterable[Birthday],
    now: datetime,
    first_day: date,
    last_day: date,
) -> list[CalendarItem]:
    """The items that touch the days ``first_day`` … ``last_day`` (inclusive). ``now`` is
    aware UTC (what overdue counts from)."""
    today = local_now(now).date()
    aware_now = now if now.tzinfo else from_local_wall(now)
    lo = datetime.combine(first_day, time(0))
    hi = datetime.combine(last_day + timedelta(days=1), time(0))
    out = [birthday_item(b) for b in birthdays if first_day <= b.day <= last_day]
    times = LocalTimes()
    for task in tasks:
        item = task_item(task, aware_now, today, times)
        if item is not None and item.start < hi and item.end > lo:
            out.append(item)
    return out


def create_defaults(start: date | datetime, end: datetime | None = None) -> dict[str, Any]:
    """What a new task made from the calendar starts with: a day (all-day), or a local start
    and end (stored as UTC)."""
    if not isinstance(start, datetime):
        return {"due_at": start, "all_day": True, "ends_at": None}
    return {
        "due_at": from_local_wall(start),
        "all_day": False,
        "ends_at": from_local_wall(end) if end is not None else None,
    }


def sort_key(item: CalendarItem) -> tuple[int, datetime, str]:
    """Birthdays, then all-day tasks, then by time; stable on the title."""
    rank = 0 if item.kind is ItemKind.BIRTHDAY else 1 if item.all_day else 2
    return rank, item.start, item.title


def by_day(items: Sequence[CalendarItem]) -> dict[date, list[CalendarItem]]:
    """Items on the day they start (a month cell), each day's in display order."""
    days: dict[date, list[CalendarItem]] = defaultdict(list)
    for item in items:
        days[item.day].append(item)
    for day_items in days.values():
        day_items.sort(key=sort_key)
    return dict(days)


__all__ = [
    "DEFAULT_MINUTES",
    "CalendarItem",
    "ItemKind",
    "LocalTimes",
    "birthday_item",
    "build_items",
    "by_day",
    "create_defaults",
    "local_now",
    "sort_key",
    "task_item",
]
