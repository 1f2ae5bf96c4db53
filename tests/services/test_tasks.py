"""The task service end to end on a real database: changes, bad input, "My tasks", reminders,
the calendar range and birthdays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.domain.tasks import Bucket, TaskItem, from_local_wall
from desktop_crm.services.crm import Crm


def local(*parts: int) -> datetime:
    """A local wall-clock time as the aware UTC time the service takes."""
    return from_local_wall(datetime(*parts))  # type: ignore[arg-type]


def make(crm: Crm, **values: Any) -> str:
    created = crm.tasks.create({"title": "Task", **values}).created_id
    assert created
    return created


def changesets(crm: Crm) -> int:
    return len(crm.history.recent(1000))


def all_tasks(crm: Crm) -> list[TaskItem]:
    return crm.tasks.between(datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


# ----- create, edit ------------------------------------------------------------------------
def test_create_reads_back_with_names_and_reminder(crm: Crm) -> None:
    ana = crm.contacts.create({"first_name": "Ana", "last_name": "Lima"}).created_id
    acme = crm.companies.create({"name": "ACME"}).created_id
    due = local(2027, 3, 10, 15, 0)
    before = changesets(crm)

    change = crm.tasks.create(
        {
            "title": "  Meet Ana  ",
            "kind": "meeting",
            "due_at": due,
            "ends_at": due + timedelta(minutes=90),
            "reminder_minutes": 30,
            "priority": "high",
            "contact_id": ana,
            "company_id": acme,
            "notes": "bring the samples",
        }
    )

    assert changesets(crm) == before + 1 and change.created_id
    task = crm.tasks.get(change.created_id)
    assert (task.title, task.kind, task.priority) == ("Meet Ana", "meeting", "high")
    assert (
        task.due_at == due
        and task.duration_minutes == 90
        and task.ends_at == due + (timedelta(minutes=90))
    )
    assert task.remind_at == due - timedelta(minutes=30)
    assert task.assignee_id == crm.ctx.user_id and task.assignee_name == "Owner"
    assert (task.contact_name, task.company_name) == ("Ana Lima", "ACME")
    assert not task.done and task.done_at is None


def test_a_date_as_due_makes_an_all_day_task(crm: Crm) -> None:
    task = crm.tasks.get(make(crm, due_at=date(2027, 1, 5)))
    assert task.all_day and task.due_day == date(2027, 1, 5)


def test_undo_of_create_removes_the_task(crm: Crm) -> None:
    change = crm.tasks.create({"title": "x", "due_at": local(2027, 3, 10, 9, 0)})
    crm.undo.push(change)
    crm.undo.undo()
    assert change.created_id
    with pytest.raises(NotFoundError):
        crm.tasks.get(change.created_id)


def test_update_many_is_one_changeset_and_one_undo(crm: Crm) -> None:
    task_id = make(crm, due_at=local(2027, 3, 10, 9, 0), reminder_minutes=10)
    before = changesets(crm)

    change = crm.tasks.update_many(
        task_id, {"title": "Renamed", "due_at": local(2027, 3, 11, 9, 0), "priority": "low"}
    )

    assert changesets(crm) == before + 1
    task = crm.tasks.get(task_id)
    assert (task.title, task.priority) == ("Renamed", "low")
    assert task.remind_at == local(2027, 3, 11, 8, 50)
    crm.undo.push(change)
    crm.undo.undo()
    task = crm.tasks.get(task_id)
    assert (task.title, task.due_at, task.priority) == ("Task", local(2027, 3, 10, 9, 0), "normal")
    assert task.remind_at == local(2027, 3, 10, 8, 50)


def test_update_one_field(crm: Crm) -> None:
    task_id = make(crm)
    crm.tasks.update(task_id, "title", "Renamed")
    assert crm.tasks.get(task_id).title == "Renamed"


def test_update_with_what_the_user_saw(crm: Crm) -> None:
    task_id = make(crm)
    crm.tasks.update(task_id, "title", "Renamed", expected="Task")
    assert crm.tasks.get(task_id).title == "Renamed"
    with pytest.raises(ConflictError):
        crm.tasks.update(task_id, "title", "Again", expected="Task")  # changed meanwhile
    assert crm.tasks.get(task_id).title == "Renamed"


def test_reschedule_moves_and_resizes_in_one_step(crm: Crm) -> None:
    task_id = make(crm, kind="meeting", due_at=local(2027, 3, 10, 9, 0), duration_minutes=60)
    before = changesets(crm)

    change = crm.tasks.reschedule(task_id, local(2027, 3, 12, 14, 0), duration_minutes=30)

    assert change.description == "reschedule task" and changesets(crm) == before + 1
    task = crm.tasks.get(task_id)
    assert task.due_at == local(2027, 3, 12, 14, 0) and task.duration_minutes == 30
    crm.tasks.reschedule(task_id, local(2027, 3, 13, 14, 0))  # the length stays
    assert crm.tasks.get(task_id).duration_minutes == 30


# ----- completing and repeating --------------------------------------------------------------
def test_completing_a_repeating_task_makes_the_next_and_undo_takes_both_back(crm: Crm) -> None:
    first = make(
        crm,
        due_at=local(2027, 1, 31, 10, 0),
        repeat_rule="FREQ=MONTHLY",
        reminder_minutes=15,
        kind="call",
    )
    before = changesets(crm)

    change = crm.tasks.complete(first)

    assert changesets(crm) == before + 1 and change.created_id
    done = crm.tasks.get(first)
    assert done.done and done.done_at is not None and done.remind_at is None
    nxt = crm.tasks.get(change.created_id)
    assert nxt.due_at == local(2027, 2, 28, 10, 0)  # the 31st: the month's last day
    assert nxt.repeat_rule == "FREQ=MONTHLY;BYMONTHDAY=31" and nxt.kind == "call"
    assert nxt.remind_at == local(2027, 2, 28, 9, 45) and not nxt.done

    crm.undo.push(change)
    crm.undo.undo()

    with pytest.raises(NotFoundError):
        crm.tasks.get(change.created_id)
    reopened = crm.tasks.get(first)
    assert not reopened.done and reopened.done_at is None
    assert reopened.remind_at == local(2027, 1, 31, 9, 45)
    assert [t.id for t in all_tasks(crm)] == [first]


def test_a_monthly_series_on_the_31st_comes_back_to_the_31st(crm: Crm) -> None:
    current = make(crm, due_at=local(2027, 1, 31, 10, 0), repeat_rule="FREQ=MONTHLY")
    seen = []
    for _ in range(4):
        created = crm.tasks.complete(current).created_id
        assert created
        current = created
        due = crm.tasks.get(current).due_at
        assert due is not None
        seen.append(due)
    assert seen == [
        local(2027, 2, 28, 10, 0),
        local(2027, 3, 31, 10, 0),
        local(2027, 4, 30, 10, 0),
        local(2027, 5, 31, 10, 0),
    ]


def test_undo_of_a_completion_removes_the_next_occurrence(crm: Crm) -> None:
    first = make(crm, due_at=date(2027, 3, 1), all_day=True, repeat_rule="FREQ=WEEKLY;BYDAY=MO")
    change = crm.tasks.complete(first)
    assert change.created_id
    assert crm.tasks.get(change.created_id).due_day == date(2027, 3, 8)

    crm.undo.push(change)
    crm.undo.undo()

    assert [t.id for t in all_tasks(crm)] == [first]
    assert not crm.tasks.get(first).done


def test_a_rule_that_ended_makes_no_next(crm: Crm) -> None:
    task_id = make(crm, due_at=local(2027, 3, 1, 9, 0), repeat_rule="FREQ=DAILY;UNTIL=20270301")
    assert crm.tasks.complete(task_id).created_id is None
    assert crm.tasks.complete(task_id).changeset_id == ""  # already done: nothing to do


# ----- bad input -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        (
            {
                "due_at": datetime(2027, 3, 1, 9, tzinfo=UTC),
                "ends_at": datetime(2027, 3, 1, 8, tzinfo=UTC),
            },
            "ends_at",
            "end_before_start",
        ),
        (
            {"due_at": local(2027, 3, 1, 9, 0), "reminder_minutes": -5},
            "reminder_minutes",
            "reminder_after_due",
        ),
        ({"reminder_minutes": 5}, "reminder_minutes", "needs_due"),
        (
            {"due_at": datetime(2027, 3, 1, 9, tzinfo=UTC), "repeat_rule": "FREQ=WEEKLY"},
            "repeat_rule",
            "repeat_no_days",
        ),
        ({"repeat_rule": "FREQ=DAILY"}, "repeat_rule", "needs_due"),
        (
            {"due_at": local(2027, 3, 1, 9, 0), "repeat_rule": "FREQ=DAILY;INTERVAL=0"},
            "repeat_rule",
            "repeat_interval",
        ),
        ({"title": "   "}, "title", "required"),
        ({"kind": "party"}, "kind", "choice"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    crm: Crm, values: dict[str, Any], field: str, code: str
) -> None:
    before = changesets(crm)
    with pytest.raises(ValidationError) as caught:
        crm.tasks.create({"title": "Task", **values})
    assert (caught.value.field, caught.value.code) == (field, code)
    assert all_tasks(crm) == [] and changesets(crm) == before


@pytest.mark.parametrize("link", ["contact_id", "deal_id", "company_id"])
def test_a_task_linked_to_a_deleted_record_is_refused(crm: Crm, link: str) -> None:
    if link == "contact_id":
        target = crm.contacts.create({"first_name": "Gone"}).created_id
        assert target
        crm.contacts.delete([target])
    elif link == "company_id":
        target = crm.companies.create({"name": "Gone"}).created_id
        assert target
        crm.companies.delete([target])
    else:
        target = crm.deals.create({"title": "Gone"}).created_id
        assert target
        crm.deals.delete([target])
    before = changesets(crm)

    with pytest.raises(ValidationError) as caught:
        crm.tasks.create({"title": "x", link: target, "due_at": local(2027, 3, 1, 9, 0)})

    assert (caught.value.field, caught.value.code) == (link, "deleted")
    assert all_tasks(crm) == [] and changesets(crm) == before


def test_bad_edits_write_nothing(crm: Crm) -> None:
    task_id = make(crm, due_at=local(2027, 3, 1, 9, 0))
    gone = crm.contacts.create({"first_name": "Gone"}).created_id
    assert gone
    crm.contacts.delete([gone])
    before = changesets(crm)
    for values, field in (
        ({"reminder_minutes": -1}, "reminder_minutes"),
        ({"repeat_rule": "FREQ=WEEKLY;BYDAY="}, "repeat_rule"),
        ({"contact_id": gone}, "contact_id"),
        ({"due_at": local(2027, 3, 1, 9, 0), "ends_at": local(2027, 3, 1, 8, 0)}, "ends_at"),
        ({"done": True}, "done"),
    ):
        with pytest.raises(ValidationError) as caught:
            crm.tasks.update_many(task_id, values)
        assert caught.value.field == field
    assert changesets(crm) == before
    assert crm.tasks.get(task_id).due_at == local(2027, 3, 1, 9, 0)


# ----- "My tasks" ------------------------------------------------------------------------------
NOW = (2027, 3, 10, 12, 0)
TODAY = date(2027, 3, 10)


@pytest.fixture
def spread(crm: Crm) -> dict[str, str]:
    crm.catalog.add_user("Marco")
    marco = next(u.id for u in crm.catalog.users() if u.name == "Marco")
    ids = {
        "overdue_timed": make(crm, due_at=local(2027, 3, 9, 17, 0)),
        "earlier_today": make(crm, due_at=local(2027, 3, 10, 8, 0)),
        "overdue_all_day": make(crm, due_at=date(2027, 3, 9), all_day=True),
        "later_today": make(crm, due_at=local(2027, 3, 10, 18, 0)),
        "today_all_day": make(crm, due_at=date(2027, 3, 10), all_day=True),
        "tomorrow": make(crm, due_at=local(2027, 3, 11, 0, 0)),
        "tomorrow_all_day": make(crm, due_at=date(2027, 3, 11), all_day=True),
        "undated": make(crm),
        "marco_today": make(crm, due_at=local(2027, 3, 10, 13, 0), assignee_id=marco),
        "done": make(crm, due_at=local(2027, 3, 9, 9, 0)),
        "marco": marco,
    }
    crm.tasks.complete(ids["done"])
    return ids


def test_buckets_split_by_now_and_the_local_day(crm: Crm, spread: dict[str, str]) -> None:
    now = local(*NOW)

    def ids(bucket: Bucket, assignee: str | None = None) -> list[str]:
        items = crm.tasks.bucket(bucket, now=now, today=TODAY, assignee_id=assignee)
        return [t.id for t in items]

    assert ids(Bucket.OVERDUE) == [
        spread["overdue_all_day"],
        spread["overdue_timed"],
        spread["earlier_today"],
    ]
    assert set(ids(Bucket.TODAY)) == {
        spread["later_today"],
        spread["today_all_day"],
        spread["marco_today"],
    }
    upcoming = ids(Bucket.UPCOMING)
    assert set(upcoming[:2]) == {spread["tomorrow"], spread["tomorrow_all_day"]}
    assert upcoming[2:] == [spread["undated"]]  # undated last
    assert ids(Bucket.DONE) == [spread["done"]]
    assert ids(Bucket.TODAY, spread["marco"]) == [spread["marco_today"]]
    assert crm.tasks.counts(now=now, today=TODAY) == {
        Bucket.OVERDUE: 3,
        Bucket.TODAY: 3,
        Bucket.UPCOMING: 3,
        Bucket.DONE: 1,
    }
    assert crm.tasks.counts(now=now, today=TODAY, assignee_id=spread["marco"])[Bucket.TODAY] == 1
    item = crm.tasks.get(spread["overdue_all_day"])
    assert item.is_overdue(now, TODAY) and not crm.tasks.get(spread["today_all_day"]).is_overdue(
        now, TODAY
    )


# ----- reminders -------------------------------------------------------------------------------
def test_due_reminders_and_the_next_one(crm: Crm) -> None:
    a = make(crm, due_at=local(2027, 3, 10, 10, 0), reminder_minutes=15)
    b = make(crm, due_at=local(2027, 3, 10, 12, 0), reminder_minutes=60)
    c = make(crm, due_at=date(2027, 3, 10), all_day=True, reminder_minutes=0)
    done = make(crm, due_at=local(2027, 3, 10, 9, 0), reminder_minutes=5)
    crm.tasks.complete(done)
    make(crm, due_at=local(2027, 3, 10, 9, 0))  # no reminder

    assert crm.tasks.due_reminders(local(2027, 3, 10, 8, 59)) == []
    assert [t.id for t in crm.tasks.due_reminders(local(2027, 3, 10, 9, 50))] == [c, a]
    assert crm.tasks.next_reminder_at(local(2027, 3, 10, 9, 50)) == local(2027, 3, 10, 11, 0)
    # after a night with the app closed: everything that fell due
    assert [t.id for t in crm.tasks.due_reminders(local(2027, 3, 11, 8, 0))] == [c, a, b]
    assert crm.tasks.next_reminder_at(local(2027, 3, 11, 8, 0)) is None


def test_snooze_and_dismiss(crm: Crm) -> None:
    a = make(crm, due_at=local(2027, 3, 10, 10, 0), reminder_minutes=15)
    b = make(crm, due_at=local(2027, 3, 10, 10, 0), reminder_minutes=15)
    now = local(2027, 3, 10, 9, 50)

    crm.tasks.snooze(a, 10, now=now)
    crm.tasks.dismiss_reminder([b])

    assert crm.tasks.due_reminders(now) == []
    assert [t.id for t in crm.tasks.due_reminders(local(2027, 3, 10, 10, 0))] == [a]
    assert crm.tasks.next_reminder_at(now) == local(2027, 3, 10, 10, 0)
    assert not crm.tasks.get(b).done and crm.tasks.get(b).remind_at is None
    with pytest.raises(ValidationError) as caught:
        crm.tasks.snooze(a, 0)
    assert caught.value.code == "range"
    crm.tasks.complete(a)
    with pytest.raises(ValidationError) as caught:
        crm.tasks.snooze(a, 5)
    assert caught.value.code == "task_done"


# ----- the calendar range ----------------------------------------------------------------------
def test_between_takes_what_overlaps_the_range(crm: Crm) -> None:
    start, end = local(2027, 3, 10, 0, 0), local(2027, 3, 11, 0, 0)
    running = make(crm, kind="meeting", due_at=local(2027, 3, 9, 23, 0), duration_minutes=120)
    ended = make(crm, kind="meeting", due_at=local(2027, 3, 9, 22, 0), duration_minutes=60)
    inside = make(crm, due_at=local(2027, 3, 10, 9, 0))
    at_end = make(crm, due_at=end)  # [start, end): not in it
    make(crm)  # undated: never in a calendar
    done = make(crm, due_at=local(2027, 3, 10, 11, 0))
    crm.tasks.complete(done)
    gone = make(crm, due_at=local(2027, 3, 10, 11, 0))
    crm.tasks.delete([gone])

    got = [t.id for t in crm.tasks.between(start, end)]

    assert got == [running, inside, done]
    assert ended not in got and at_end not in got
    assert [t.id for t in crm.tasks.between(start, end, include_done=False)] == [running, inside]
    crm.tasks.restore([gone])
    assert gone in [t.id for t in crm.tasks.between(start, end)]


# ----- birthdays -------------------------------------------------------------------------------
def test_birthdays_in_a_range_with_29_february(crm: Crm) -> None:
    leap = crm.contacts.create({"first_name": "Leap", "birthday": date(2000, 2, 29)}).created_id
    crm.contacts.create({"first_name": "March", "birthday": date(1990, 3, 2)})
    gone = crm.contacts.create({"first_name": "Gone", "birthday": date(1990, 2, 28)}).created_id
    assert gone
    crm.contacts.delete([gone])

    common = crm.tasks.birthdays(date(2027, 2, 27), date(2027, 3, 2))  # end excluded
    assert [(b.contact_id, b.name, b.day, b.age) for b in common] == [
        (leap, "Leap", date(2027, 2, 28), 27)
    ]
    in_leap_year = crm.tasks.birthdays(date(2028, 2, 28), date(2028, 3, 3))
    assert [(b.name, b.day) for b in in_leap_year] == [
        ("Leap", date(2028, 2, 29)),
        ("March", date(2028, 3, 2)),
    ]


def test_birthdays_over_new_year(crm: Crm) -> None:
    crm.contacts.create({"first_name": "Dec", "birthday": date(1980, 12, 31)})
    crm.contacts.create({"first_name": "Jan", "birthday": date(1981, 1, 1)})
    got = crm.tasks.birthdays(date(2026, 12, 30), date(2027, 1, 2))
    assert [(b.name, b.day, b.age) for b in got] == [
        ("Dec", date(2026, 12, 31), 46),
        ("Jan", date(2027, 1, 1), 46),
    ]
