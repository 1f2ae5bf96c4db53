"""Tasks: create, edit, reschedule, complete (with the next repeat), reminders.

Every method that changes data is one transaction and returns the ``Change``; the queries the
calendar and "My tasks" need live in ``task_queries``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from desktop_crm.domain.enums import Priority, TaskKind
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.records import Change, TaskBrief
from desktop_crm.domain.recurrence import next_occurrence, parse_rule
from desktop_crm.domain.tasks import (
    LINK_FIELDS,
    TASK_SPECS,
    Birthday,
    Bucket,
    TaskItem,
    check_task,
    clean_task_value,
    from_local_wall,
    local_wall,
    reminder_time,
)
from desktop_crm.services import task_queries
from desktop_crm.services.task_briefs import tasks_of
from desktop_crm.services.writer import Context, Writer
from desktop_crm.store.models import ENTITY_MODELS, TaskRecord
from desktop_crm.store.types import utcnow

_MISSING: Any = object()
# the fields that decide when the reminder rings
_REMINDER_INPUTS = {"due_at", "all_day", "reminder_minutes", "done"}
# a new occurrence of a repeating task copies these
_REPEATED = (
    "title",
    "kind",
    "all_day",
    "duration_minutes",
    "reminder_minutes",
    "assignee_id",
    "priority",
    "repeat_rule",
    *LINK_FIELDS,
    "notes",
)
SNOOZE_CHOICES = (5, 10, 30, 60, 24 * 60)


class TaskService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- reading ---------------------------------------------------------------------
    def get(self, task_id: str) -> TaskItem:
        with self.ctx.session() as s:
            item = task_queries.one(s, task_id)
        if item is None:
            raise NotFoundError("task", task_id)
        return item

    def between(
        self,
        start: datetime,
        end: datetime,
        *,
        assignee_id: str | None = None,
        include_done: bool = True,
    ) -> list[TaskItem]:
        """Tasks whose time overlaps [start, end), soonest first (what a calendar shows)."""
        with self.ctx.session() as s:
            return task_queries.between(s, start, end, assignee_id, include_done)

    def bucket(
        self,
        bucket: Bucket | str,
        *,
        now: datetime | None = None,
        today: date | None = None,
        assignee_id: str | None = None,
        limit: int = 500,
    ) -> list[TaskItem]:
        """One part of "My tasks". ``today`` is the user's local date, ``assignee_id`` None
        means everyone's (a manager's view)."""
        now = now or utcnow()
        with self.ctx.session() as s:
            return task_queries.bucket(
                s, Bucket(bucket), now, today or local_wall(now).date(), assignee_id, limit
            )

    def counts(
        self,
        *,
        now: datetime | None = None,
        today: date | None = None,
        assignee_id: str | None = None,
    ) -> dict[Bucket, int]:
        now = now or utcnow()
        with self.ctx.session() as s:
            return task_queries.counts(s, now, today or local_wall(now).date(), assignee_id)

    def due_reminders(self, now: datetime | None = None) -> list[TaskItem]:
        """Open tasks whose reminder time has come (also those that fell due while closed)."""
        with self.ctx.session() as s:
            return task_queries.due_reminders(s, now or utcnow())

    def next_reminder_at(self, now: datetime | None = None) -> datetime | None:
        with self.ctx.session() as s:
            return task_queries.next_reminder_at(s, now or utcnow())

    def of_record(self, record_type: str, record_id: str) -> tuple[TaskBrief, ...]:
        """The tasks linked to a contact, company or deal: open ones first, soonest first."""
        with self.ctx.session() as s:
            return tasks_of(s.connection(), record_type, record_id)

    def birthdays(self, start: date, end: date) -> list[Birthday]:
        """Live contacts' birthdays falling on days in [start, end), by day."""
        with self.ctx.session() as s:
            return task_queries.birthdays(s, start, end)

    # ----- changing --------------------------------------------------------------------
    def create(self, values: Mapping[str, Any], *, description: str = "create task") -> Change:
        """A new task. ``ends_at`` may be given instead of ``duration_minutes``."""
        raw = dict(values)
        clean = _clean_all({"title": None, **raw})
        clean.setdefault("kind", TaskKind.OTHER.value)
        clean.setdefault("priority", Priority.NORMAL.value)
        clean.setdefault("all_day", False)
        clean["done"] = bool(clean.get("done", False))
        clean.setdefault("assignee_id", self.ctx.user_id)
        clean = check_task(clean)
        with self.ctx.write(description) as w:
            _check_refs(w, clean)
            clean["remind_at"] = reminder_time(clean)
            if clean["done"]:
                clean["done_at"] = w.now
            w.create("task", {k: v for k, v in clean.items() if v is not None})
        return w.change()

    def update(self, task_id: str, field: str, value: Any, expected: Any = _MISSING) -> Change:
        return self.update_many(task_id, {field: value}, expected={field: expected})

    def update_many(
        self,
        task_id: str,
        values: Mapping[str, Any],
        *,
        expected: Mapping[str, Any] | None = None,
        description: str | None = None,
    ) -> Change:
        """Several fields of one task in one step (the task editor's Save, a drag in the
        calendar). ``expected``: the values the user saw, else ConflictError."""
        raw = dict(values)
        if "done" in raw:
            raise ValidationError("done", "Use complete()", code="use_complete")
        clean = _clean_all(raw)
        name = description or (f"edit task.{next(iter(clean))}" if len(clean) == 1 else "edit task")
        with self.ctx.write(name) as w:
            task = _live(w, task_id)
            merged = check_task({**_current(task), **clean})
            _check_refs(w, {k: merged[k] for k in clean if k in merged})
            seen = dict(expected or {})
            for key in clean:
                if seen.get(key, _MISSING) is _MISSING:
                    w.set("task", task_id, key, merged.get(key))
                else:
                    w.set("task", task_id, key, merged.get(key), expected=seen[key])
            if "due_at" in merged and merged["due_at"] != task.due_at:
                w.set("task", task_id, "due_at", merged["due_at"])
            if "repeat_rule" in merged:
                w.set("task", task_id, "repeat_rule", merged["repeat_rule"])
            if _REMINDER_INPUTS & clean.keys():
                w.set("task", task_id, "remind_at", reminder_time(merged))
        return w.change()

    def reschedule(
        self, task_id: str, due_at: datetime, *, duration_minutes: Any = _MISSING
    ) -> Change:
        """Move a task to a new time (and length), as a drag in the calendar does."""
        values: dict[str, Any] = {"due_at": due_at}
        if duration_minutes is not _MISSING:
            values["duration_minutes"] = duration_minutes
        return self.update_many(task_id, values, description="reschedule task")

    def complete(self, task_id: str, done: bool = True) -> Change:
        """Mark done (or open again). Completing a repeating task creates its next occurrence
        in the same step (``Change.created_id``); undo removes both."""
        with self.ctx.write("complete task" if done else "reopen task") as w:
            task = _live(w, task_id)
            if task.done == done:
                return w.change()
            w.set("task", task_id, "done", done)
            w.set("task", task_id, "done_at", w.now if done else None)
            current = {**_current(task), "done": done}
            w.set("task", task_id, "remind_at", reminder_time(current))
            if done and task.repeat_rule and task.due_at is not None:
                _create_next(w, task)
        return w.change()

    def snooze(self, task_id: str, minutes: int, now: datetime | None = None) -> Change:
        """Ring the reminder again ``minutes`` from now."""
        if not 1 <= minutes <= 7 * 24 * 60:
            raise ValidationError("snooze", "Snooze 1 minute to 7 days", code="range")
        with self.ctx.write("snooze task") as w:
            task = _live(w, task_id)
            if task.done:
                raise ValidationError("done", "The task is done", code="task_done")
            w.set("task", task_id, "remind_at", (now or w.now) + timedelta(minutes=minutes))
        return w.change()

    def dismiss_reminder(self, task_ids: Iterable[str]) -> Change:
        """The reminders were seen: they stop ringing (the tasks stay open)."""
        with self.ctx.write("dismiss task") as w:
            for task_id in task_ids:
                _live(w, task_id)
                w.set("task", task_id, "remind_at", None)
        return w.change()

    def delete(self, task_ids: Iterable[str]) -> Change:
        with self.ctx.write("delete task") as w:
            for task_id in task_ids:
                _live(w, task_id)
                w.set("task", task_id, "deleted_at", w.now)
        return w.change()

    def restore(self, task_ids: Iterable[str]) -> Change:
        with self.ctx.write("restore task") as w:
            for task_id in task_ids:
                w.get("task", task_id)
                w.set("task", task_id, "deleted_at", None)
        return w.change()


# ----- helpers ---------------------------------------------------------------------------
def _clean_all(raw: dict[str, Any]) -> dict[str, Any]:
    ends_at = raw.pop("ends_at", _MISSING)
    due = raw.get("due_at")
    if isinstance(due, date) and not isinstance(due, datetime):
        raw.setdefault("all_day", True)  # a day without a time is an all-day task
    clean = {name: clean_task_value(name, value) for name, value in raw.items()}
    if ends_at is not _MISSING and ends_at is not None:
        due = clean.get("due_at")
        if due is None:
            raise ValidationError("ends_at", "An end needs a start", code="needs_due")
        ends = clean_task_value("due_at", ends_at)
        if ends <= due:
            raise ValidationError("ends_at", "The end is before the start", code="end_before_start")
        clean["duration_minutes"] = clean_task_value(
            "duration_minutes", int((ends - due).total_seconds() // 60)
        )
    return clean


def _current(task: TaskRecord) -> dict[str, Any]:
    return {name: getattr(task, name) for name in TASK_SPECS}


def _live(w: Writer, task_id: str) -> TaskRecord:
    task: TaskRecord = w.get("task", task_id)
    if task.deleted_at is not None:
        raise NotFoundError("task", task_id)
    return task


def _check_refs(w: Writer, values: Mapping[str, Any]) -> None:
    """Linked records and the assignee must exist and not be deleted."""
    for name in (*LINK_FIELDS, "assignee_id"):
        value = values.get(name)
        if value is None:
            continue
        target = w.session.get(ENTITY_MODELS[TASK_SPECS[name].ref], value)
        if target is None or target.deleted_at is not None:
            raise ValidationError(name, f"The linked record was deleted: {value}", code="deleted")


def _create_next(w: Writer, task: TaskRecord) -> None:
    assert task.due_at is not None and task.repeat_rule
    rule = parse_rule(task.repeat_rule)
    if task.all_day:
        nxt = next_occurrence(rule, task.due_at.replace(tzinfo=None))
        due = nxt.replace(tzinfo=task.due_at.tzinfo) if nxt else None
    else:
        # the wall-clock time repeats, across daylight-saving changes
        wall = next_occurrence(rule, local_wall(task.due_at))
        due = from_local_wall(wall) if wall else None
    if due is None:
        return
    values = {name: getattr(task, name) for name in _REPEATED}
    values.update(due_at=due, done=False)
    values["remind_at"] = reminder_time(values)
    w.create("task", {k: v for k, v in values.items() if v is not None})


__all__ = ["SNOOZE_CHOICES", "TaskService"]
