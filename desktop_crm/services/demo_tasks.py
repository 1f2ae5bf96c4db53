"""The demo data's tasks: calls, meetings and follow-ups around today, some overdue, some
repeating, in each contact's language, so that the calendar and "My tasks" have a real week."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any, Protocol

from desktop_crm.domain.enums import Priority, TaskKind
from desktop_crm.domain.tasks import from_local_wall, local_wall, reminder_time
from desktop_crm.services.writer import Writer

TITLES: dict[str, dict[TaskKind, str]] = {
    "en": {
        TaskKind.CALL: "Call {name}",
        TaskKind.MEETING: "Meeting with {name}",
        TaskKind.SEND_DOCUMENT: "Send the offer to {name}",
        TaskKind.FOLLOW_UP: "Follow up with {name}",
    },
    "it": {
        TaskKind.CALL: "Chiamare {name}",
        TaskKind.MEETING: "Incontro con {name}",
        TaskKind.SEND_DOCUMENT: "Inviare l'offerta a {name}",
        TaskKind.FOLLOW_UP: "Ricontattare {name}",
    },
    "ru": {
        TaskKind.CALL: "Позвонить: {name}",
        TaskKind.MEETING: "Встреча: {name}",
        TaskKind.SEND_DOCUMENT: "Отправить предложение: {name}",
        TaskKind.FOLLOW_UP: "Напомнить о себе: {name}",
    },
    "fa": {
        TaskKind.CALL: "تماس با {name}",
        TaskKind.MEETING: "جلسه با {name}",
        TaskKind.SEND_DOCUMENT: "ارسال پیش‌فاکتور برای {name}",
        TaskKind.FOLLOW_UP: "پیگیری {name}",
    },
    "th": {
        TaskKind.CALL: "โทรหา {name}",
        TaskKind.MEETING: "ประชุมกับ {name}",
        TaskKind.SEND_DOCUMENT: "ส่งใบเสนอราคาให้ {name}",
        TaskKind.FOLLOW_UP: "ติดตามผล {name}",
    },
}
_KINDS = (TaskKind.CALL, TaskKind.MEETING, TaskKind.SEND_DOCUMENT, TaskKind.FOLLOW_UP)
_WEIGHTS = (40, 25, 15, 20)


class Person(Protocol):
    id: str
    name: str
    lang: str
    owner_id: str
    company_id: str | None


def write_tasks(
    w: Writer, rng: random.Random, people: list[Any], now: datetime, count: int = 120
) -> None:
    """``count`` tasks from ten days ago to four weeks ahead, in working hours (local time);
    past ones mostly done, a few left overdue; a weekly team call that repeats."""
    today = local_wall(now).date()
    for _ in range(count):
        person: Person = rng.choice(people)
        kind = rng.choices(_KINDS, _WEIGHTS)[0]
        day = today + timedelta(days=rng.randint(-10, 28))
        if day.weekday() >= 5:
            day -= timedelta(days=day.weekday() - 4)  # to the Friday before
        wall = datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))))
        due = from_local_wall(wall)
        values: dict[str, Any] = {
            "title": TITLES.get(person.lang, TITLES["en"])[kind].format(name=person.name),
            "kind": kind.value,
            "due_at": due,
            "all_day": False,
            "duration_minutes": rng.choice((30, 45, 60, 90)) if kind is TaskKind.MEETING else None,
            "reminder_minutes": rng.choice((None, 10, 15, 60)),
            "assignee_id": person.owner_id,
            "priority": rng.choices(tuple(Priority), (15, 65, 20))[0].value,
            "contact_id": person.id,
            "company_id": person.company_id,
            "done": due < now and rng.random() < 0.8,
        }
        _create(w, values, now)
    monday = today - timedelta(days=today.weekday())
    team_call = from_local_wall(datetime.combine(monday, time(9, 30)))
    _create(
        w,
        {
            "title": "Team call",
            "kind": TaskKind.MEETING.value,
            "due_at": team_call if team_call > now else team_call + timedelta(weeks=1),
            "all_day": False,
            "duration_minutes": 30,
            "reminder_minutes": 10,
            "assignee_id": people[0].owner_id,
            "priority": Priority.NORMAL.value,
            "repeat_rule": "FREQ=WEEKLY;BYDAY=MO",
            "done": False,
        },
        now,
    )


def _create(w: Writer, values: dict[str, Any], now: datetime) -> None:
    if values["done"]:
        values["done_at"] = values["due_at"]
    elif values["due_at"] > now:
        # reminders of the demo's past tasks count as seen: the first start is not a list
        # of alarms for things that never happened
        values["remind_at"] = reminder_time(values)
    w.create("task", {k: v for k, v in values.items() if v is not None})
