"""Tasks as the services hand them out, their field specs and their own rules.

Times are UTC (aware). An all-day task is due on a calendar day, stored as that day's UTC
midnight: ``due_day`` is the day, whatever the machine's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from desktop_crm.domain.enums import Priority, TaskKind
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import LONG_TEXT_MAX, FieldSpec, Kind, validate
from desktop_crm.domain.recurrence import anchored, format_rule, parse_rule

MAX_DURATION_MINUTES = 14 * 24 * 60
MAX_REMINDER_MINUTES = 60 * 24 * 60  # 60 days ahead
ALL_DAY_REMINDER_TIME = time(9, 0)

TASK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", Kind.TEXT, max_length=500, required=True),
    FieldSpec("kind", Kind.CHOICE, choices=tuple(TaskKind)),
    FieldSpec("due_at", Kind.DATETIME),
    FieldSpec("all_day", Kind.BOOL),
    FieldSpec("duration_minutes", Kind.INT),
    FieldSpec("reminder_minutes", Kind.INT),
    FieldSpec("assignee_id", Kind.REF, ref="user"),
    FieldSpec("priority", Kind.CHOICE, choices=tuple(Priority)),
    FieldSpec("done", Kind.BOOL),
    FieldSpec("repeat_rule", Kind.TEXT, max_length=200),
    FieldSpec("contact_id", Kind.REF, ref="contact"),
    FieldSpec("company_id", Kind.REF, ref="company"),
    FieldSpec("deal_id", Kind.REF, ref="deal"),
    FieldSpec("notes", Kind.LONG_TEXT, max_length=LONG_TEXT_MAX),
)
TASK_SPECS: dict[str, FieldSpec] = {f.name: f for f in TASK_FIELDS}
LINK_FIELDS = ("contact_id", "company_id", "deal_id")


class Bucket(StrEnum):
    """The parts of "My tasks"."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"  # later, or with no due date
    DONE = "done"


@dataclass(frozen=True)
class TaskItem:
    id: str
    title: str
    kind: str
    due_at: datetime | None
    all_day: bool
    duration_minutes: int | None
    reminder_minutes: int | None
    remind_at: datetime | None
    assignee_id: str | None
    assignee_name: str | None
    priority: str
    done: bool
    done_at: datetime | None
    repeat_rule: str | None
    contact_id: str | None
    contact_name: str | None
    company_id: str | None
    company_name: str | None
    deal_id: str | None
    deal_title: str | None
    notes: str | None
    updated_at: datetime
    auto_key: str | None = None

    @property
    def due_day(self) -> date | None:
        """The day an all-day task is due on (None for timed or undated tasks)."""
        return self.due_at.astimezone(UTC).date() if self.all_day and self.due_at else None

    @property
    def ends_at(self) -> datetime | None:
        if self.due_at is None:
            return None
        if self.all_day:
            return self.due_at + timedelta(days=1)
        return self.due_at + timedelta(minutes=self.duration_minutes or 0)

    def is_overdue(self, now: datetime, today: date) -> bool:
        """Open and past due: a timed task once its time has passed, an all-day one once its
        day is over (``today`` is the user's local date)."""
        if self.done or self.due_at is None:
            return False
        if self.all_day:
            day = self.due_day
            return day is not None and day < today
        return self.due_at < now


@dataclass(frozen=True)
class Birthday:
    contact_id: str
    name: str
    day: date  # this year's (or the asked range's) date of the birthday
    born: date
    owner_id: str | None

    @property
    def age(self) -> int | None:
        """Age reached on ``day`` (None when the birth year is unknown, stored as 1604)."""
        return None if self.born.year <= 1604 else self.day.year - self.born.year


def all_day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def clean_task_value(name: str, value: Any) -> Any:
    """One field's value validated and normalised (the cross-field rules are in ``check_task``)."""
    spec = TASK_SPECS.get(name)
    if spec is None:
        raise ValidationError(name, f"Not a task field: {name!r}", code="choice")
    if name == "due_at" and isinstance(value, date) and not isinstance(value, datetime):
        return all_day_start(value)
    if name == "reminder_minutes" and isinstance(value, int) and value < 0:
        raise ValidationError(name, "The reminder is after the due time", code="reminder_after_due")
    clean = validate(spec, value)
    if name in ("kind", "priority") and clean is None:
        return TaskKind.OTHER.value if name == "kind" else Priority.NORMAL.value
    if name in ("done", "all_day"):
        return bool(clean)
    if name == "duration_minutes" and clean is not None and clean > MAX_DURATION_MINUTES:
        raise ValidationError(name, "At most 14 days", code="range", limit=MAX_DURATION_MINUTES)
    if name == "reminder_minutes" and clean is not None and clean > MAX_REMINDER_MINUTES:
        raise ValidationError(name, "At most 60 days ahead", code="range")
    if name == "repeat_rule" and clean:
        return format_rule(parse_rule(clean))
    return clean


def check_task(values: dict[str, Any]) -> dict[str, Any]:
    """Cross-field rules on a task's full values; returns them normalised.

    - an all-day task is due at its day's UTC midnight;
    - a reminder needs a due time and may not fall after it;
    - a repeating task needs a due date, and its rule is anchored on it.
    """
    out = dict(values)
    due = out.get("due_at")
    if due is not None and out.get("all_day"):
        out["due_at"] = all_day_start(due.astimezone(UTC).date() if due.tzinfo else due.date())
    reminder = out.get("reminder_minutes")
    if reminder is not None and reminder < 0:
        raise ValidationError(
            "reminder_minutes", "The reminder is after the due time", code="reminder_after_due"
        )
    if reminder is not None and due is None:
        raise ValidationError("reminder_minutes", "A reminder needs a due date", code="needs_due")
    rule = out.get("repeat_rule")
    if rule:
        if due is None:
            raise ValidationError("repeat_rule", "A repeat needs a due date", code="needs_due")
        out["repeat_rule"] = format_rule(anchored(parse_rule(rule), local_wall(out["due_at"])))
    return out


def local_wall(moment: datetime) -> datetime:
    """A stored (UTC) time as the machine's local wall-clock time, naive."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def from_local_wall(wall: datetime) -> datetime:
    """A naive local wall-clock time as an aware UTC time."""
    return wall.astimezone(UTC)


def reminder_time(values: dict[str, Any]) -> datetime | None:
    """When the reminder of an open task is due (None: no reminder, no due time, or done)."""
    due, minutes = values.get("due_at"), values.get("reminder_minutes")
    if values.get("done") or due is None or minutes is None:
        return None
    if values.get("all_day"):
        # the reminder of an all-day task counts from 9:00 on its day in the user's time zone,
        # so that "on the day" does not ring at midnight
        day = due.astimezone(UTC).date()
        due = datetime.combine(day, ALL_DAY_REMINDER_TIME).astimezone(UTC)
    return due - timedelta(minutes=int(minutes))


__all__ = [
    "LINK_FIELDS",
    "TASK_FIELDS",
    "Birthday",
    "Bucket",
    "TaskItem",
    "all_day_start",
    "check_task",
    "clean_task_value",
    "from_local_wall",
    "local_wall",
    "reminder_time",
]
