"""The rules that create tasks by themselves: birthdays ahead and customers gone quiet."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.tasks import TaskItem, from_local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.services.task_rules import TaskRuleSettings, TaskRulesService
from desktop_crm.store.types import utcnow

EVER = (datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))
NO_STALE = TaskRuleSettings(stale_days=0)
NO_BIRTHDAYS = TaskRuleSettings(birthday_days_ahead=0)


@pytest.fixture
def rules(crm: Crm) -> TaskRulesService:
    return TaskRulesService(crm.ctx)


def contact(crm: Crm, first: str, last: str = "", **values: object) -> str:
    created = crm.contacts.create({"first_name": first, "last_name": last or None, **values})
    assert created.created_id
    return created.created_id


def all_tasks(crm: Crm) -> list[TaskItem]:
    return crm.tasks.between(*EVER)


def by_contact(crm: Crm) -> dict[str, list[TaskItem]]:
    out: dict[str, list[TaskItem]] = {}
    for task in all_tasks(crm):
        assert task.contact_id
        out.setdefault(task.contact_id, []).append(task)
    return out


# ----- birthdays -------------------------------------------------------------------------
def test_birthdays_in_range_become_all_day_tasks_for_the_owner(
    crm: Crm, rules: TaskRulesService
) -> None:
    rules.save_settings(NO_STALE)
    crm.catalog.add_user("Marco")
    marco = next(u.id for u in crm.catalog.users() if u.name == "Marco")
    today = date(2027, 5, 10)
    in_range = contact(crm, "Ana", "Lima", birthday=date(1990, 5, 13), owner_id=marco)
    on_today = contact(crm, "Reza", "Karimi", birthday=date(1985, 5, 10))
    last_day = contact(crm, "Somchai", birthday=date(1970, 5, 17))
    contact(crm, "Late", birthday=date(1990, 5, 18))  # 8 days ahead: outside
    contact(crm, "Past", birthday=date(1990, 5, 9))  # yesterday: outside
    contact(crm, "Nobody")  # no birthday

    change = rules.run(today)

    assert change is not None and change.description == "automate tasks"
    tasks = by_contact(crm)
    assert set(tasks) == {in_range, on_today, last_day}
    ana = tasks[in_range][0]
    assert ana.title == "Birthday: Ana Lima"
    assert ana.kind == "other" and ana.all_day and ana.due_day == date(2027, 5, 13)
    assert ana.reminder_minutes == 0
    assert ana.remind_at == from_local_wall(datetime(2027, 5, 13, 9, 0))
    assert ana.assignee_id == marco and ana.contact_name == "Ana Lima"
    assert ana.auto_key == f"birthday:{in_range}:2027"
    assert tasks[on_today][0].due_day == today
    assert tasks[on_today][0].assignee_id == crm.ctx.user_id  # no owner: the current user
    assert tasks[last_day][0].title == "Birthday: Somchai"
    assert change.entities == {("task", t.id) for ts in tasks.values() for t in ts}


def test_birthdays_across_new_year_count_for_the_new_year(
    crm: Crm, rules: TaskRulesService
) -> None:
    rules.save_settings(NO_STALE)
    december = contact(crm, "Dec", birthday=date(1980, 12, 31))
    january = contact(crm, "Jan", birthday=date(1980, 1, 3))
    contact(crm, "Later", birthday=date(1980, 1, 5))  # 29 Dec + 7 = 5 Jan … is inside
    contact(crm, "Too late", birthday=date(1980, 1, 6))

    rules.run(date(2026, 12, 29))

    tasks = {t.title: t for t in all_tasks(crm)}
    assert set(tasks) == {"Birthday: Dec", "Birthday: Jan", "Birthday: Later"}
    assert tasks["Birthday: Dec"].due_day == date(2026, 12, 31)
    assert tasks["Birthday: Dec"].auto_key == f"birthday:{december}:2026"
    assert tasks["Birthday: Jan"].due_day == date(2027, 1, 3)
    assert tasks["Birthday: Jan"].auto_key == f"birthday:{january}:2027"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 2, 25), {"Leap": date(2027, 2, 28), "Feb 28": date(2027, 2, 28)}),
        (date(2028, 2, 25), {"Feb 28": date(2028, 2, 28)}),  # leap year: the 29th is later
        (date(2028, 2, 26), {"Leap": date(2028, 2, 29), "Feb 28": date(2028, 2, 28)}),
        (date(2028, 2, 29), {"Leap": date(2028, 2, 29), "Mar 1": date(2028, 3, 1)}),
        (date(2027, 3, 1), {"Mar 1": date(2027, 3, 1)}),  # 29 Feb was celebrated on the 28th
    ],
)
def test_29_february_is_celebrated_on_the_28th_in_common_years(
    crm: Crm, rules: TaskRulesService, today: date, expected: dict[str, date]
) -> None:
    rules.save_settings(TaskRuleSettings(birthday_days_ahead=3, stale_days=0))
    contact(crm, "Leap", birthday=date(2000, 2, 29))
    contact(crm, "Feb 28", birthday=date(2001, 2, 28))
    contact(crm, "Mar 1", birthday=date(1999, 3, 1))

    rules.run(today)

    got = {t.title.removeprefix("Birthday: "): t.due_day for t in all_tasks(crm)}
    assert got == expected


def test_a_birthday_task_is_never_made_twice(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(NO_STALE)
    ana = contact(crm, "Ana", birthday=date(1990, 6, 3))
    bea = contact(crm, "Bea", birthday=date(1990, 6, 4))
    assert rules.run(date(2027, 6, 1)) is not None

    assert rules.run(date(2027, 6, 1)) is None  # the same day again
    assert rules.run(date(2027, 6, 2)) is None  # the next day: same birthdays
    first = {t.contact_id: t for t in all_tasks(crm)}
    crm.tasks.delete([first[ana].id])
    crm.tasks.complete(first[bea].id)
    assert rules.run(date(2027, 6, 3)) is None  # deleted or done: still not again
    assert [t.contact_id for t in all_tasks(crm)] == [bea]

    rules.run(date(2028, 6, 1))  # next year: new ones
    days = sorted(t.due_day for t in all_tasks(crm) if t.due_day and t.due_day.year == 2028)
    assert days == [date(2028, 6, 3), date(2028, 6, 4)]


def test_deleted_contacts_get_no_tasks(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(TaskRuleSettings(stale_days=30, stale_statuses=("active",)))
    gone = contact(crm, "Gone", birthday=date(1990, 6, 3), customer_status="active")
    crm.contacts.delete([gone])

    assert rules.run(date(2027, 6, 1), now=utcnow() + timedelta(days=400)) is None
    assert all_tasks(crm) == []


def test_the_owner_deleted_gives_the_task_to_the_current_user(
    crm: Crm, rules: TaskRulesService
) -> None:
    rules.save_settings(NO_STALE)
    crm.catalog.add_user("Left")
    left = next(u.id for u in crm.catalog.users() if u.name == "Left")
    contact(crm, "Ana", birthday=date(1990, 6, 3), owner_id=left)
    with crm.ctx.write("delete user") as w:
        w.set("user", left, "deleted_at", w.now)

    rules.run(date(2027, 6, 1))

    assert [t.assignee_id for t in all_tasks(crm)] == [crm.ctx.user_id]


def test_names_in_any_script_make_the_title(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(NO_STALE)
    contact(crm, "علی", "رضایی", birthday=date(1990, 6, 3))
    contact(crm, "สมชาย", birthday=date(1990, 6, 3))
    contact(crm, "", emails=("only@mail.example",), birthday=date(1990, 6, 3))

    rules.run(date(2027, 6, 1))

    titles = {t.title for t in all_tasks(crm)}
    assert titles == {"Birthday: علی رضایی", "Birthday: สมชาย", "Birthday: only@mail.example"}


# ----- customers gone quiet --------------------------------------------------------------
def called(crm: Crm, contact_id: str, days_ago: int) -> datetime:
    when = utcnow().replace(microsecond=0) - timedelta(days=days_ago)
    crm.activities.log("call", occurred_at=when, contact_id=contact_id)
    return when


def test_customers_not_contacted_get_a_follow_up_today(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(NO_BIRTHDAYS)
    quiet = contact(crm, "Quiet", customer_status="active")
    when = called(crm, quiet, 90)
    recent = contact(crm, "Recent", customer_status="permanent")
    called(crm, recent, 10)
    never = contact(crm, "Never", customer_status="permanent")  # created now: not yet stale
    stage = contact(crm, "Stage", lifecycle_stage="Customer")
    called(crm, stage, 70)
    prospect = contact(crm, "Prospect", customer_status="potential")
    called(crm, prospect, 200)
    lost = contact(crm, "Lost", customer_status="lost")
    called(crm, lost, 200)
    today = date(2027, 3, 2)

    change = rules.run(today)

    assert change is not None
    tasks = by_contact(crm)
    assert set(tasks) == {quiet, stage}
    task = tasks[quiet][0]
    assert task.title == "Follow up: Quiet" and task.kind == "follow_up"
    assert not task.all_day and task.due_at == from_local_wall(datetime.combine(today, time(10)))
    assert task.auto_key == f"stale:{quiet}:{when.date().isoformat()}"
    assert task.assignee_id == crm.ctx.user_id and not task.done

    # 61 days on, the customer created today and never contacted is due too
    later = rules.run(today + timedelta(days=1), now=utcnow() + timedelta(days=61))
    assert later is not None
    assert {t.auto_key for t in by_contact(crm)[never]} == {f"stale:{never}:never"}
    assert rules.run(today + timedelta(days=2), now=utcnow() + timedelta(days=62)) is None


def test_a_new_call_and_new_silence_make_a_new_follow_up(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(NO_BIRTHDAYS)
    quiet = contact(crm, "Quiet", customer_status="active")
    called(crm, quiet, 90)
    rules.run(date(2027, 3, 2))
    again = called(crm, quiet, 70)  # a call logged later (still long ago)

    assert rules.run(date(2027, 3, 3)) is not None
    keys = sorted(t.auto_key or "" for t in by_contact(crm)[quiet])
    assert len(keys) == 2 and f"stale:{quiet}:{again.date().isoformat()}" in keys


def test_follow_ups_oldest_first_and_capped(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(TaskRuleSettings(birthday_days_ahead=0, max_new_per_run=2))
    ages = {"A": 300, "B": 200, "C": 150, "D": 100}
    ids = {}
    for name, days in ages.items():
        ids[name] = contact(crm, name, customer_status="active")
        called(crm, ids[name], days)
    never = contact(crm, "E", customer_status="active")  # never contacted
    now = utcnow() + timedelta(days=120)  # E was created 120 days before ``now``
    today = date(2027, 3, 2)

    assert rules.run(today, now=now) is not None
    assert set(by_contact(crm)) == {ids["A"], ids["B"]}
    assert rules.run(today, now=now) is None  # a second start the same day adds nothing

    rules.run(today + timedelta(days=1), now=now)
    assert set(by_contact(crm)) == {ids["A"], ids["B"], ids["C"], ids["D"]}
    rules.run(today + timedelta(days=2), now=now)  # E: never contacted, 120 days old
    assert set(by_contact(crm)) == {*ids.values(), never}
    assert rules.run(today + timedelta(days=3), now=now) is None


# ----- settings ----------------------------------------------------------------------------
def test_settings_default_round_trip_and_undo(crm: Crm, rules: TaskRulesService) -> None:
    assert rules.settings() == TaskRuleSettings()
    custom = TaskRuleSettings(
        birthday_days_ahead=0, stale_days=365, stale_statuses=("permanent",), max_new_per_run=5
    )
    change = rules.save_settings(custom)
    assert rules.settings() == custom
    assert TaskRulesService(crm.ctx).settings() == custom  # read from the database

    crm.undo.push(change)
    crm.undo.undo()
    assert rules.settings() == TaskRuleSettings()


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"birthday_days_ahead": -1}, "birthday_days_ahead"),
        ({"birthday_days_ahead": 366}, "birthday_days_ahead"),
        ({"stale_days": 400}, "stale_days"),
        ({"max_new_per_run": 0}, "max_new_per_run"),
        ({"stale_statuses": ("active", "vip")}, "stale_statuses"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(
    crm: Crm, rules: TaskRulesService, values: dict[str, object], field: str
) -> None:
    rules.save_settings(TaskRuleSettings(stale_days=30))
    bad = TaskRuleSettings(**values)  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as caught:
        rules.save_settings(bad)

    assert caught.value.field == field
    assert caught.value.code == ("choice" if field == "stale_statuses" else "range")
    assert rules.settings() == TaskRuleSettings(stale_days=30)


def test_rules_switched_off_create_nothing(crm: Crm, rules: TaskRulesService) -> None:
    rules.save_settings(TaskRuleSettings(birthday_days_ahead=0, stale_days=0))
    ana = contact(crm, "Ana", birthday=date(1990, 6, 3), customer_status="active")
    called(crm, ana, 300)

    assert rules.run(date(2027, 6, 1)) is None


# ----- undo --------------------------------------------------------------------------------
def test_undo_removes_every_task_the_run_made(crm: Crm, rules: TaskRulesService) -> None:
    ana = contact(crm, "Ana", birthday=date(1990, 6, 3), customer_status="active")
    called(crm, ana, 300)
    contact(crm, "Bea", birthday=date(1990, 6, 4))

    change = rules.run(date(2027, 6, 1))
    assert change is not None
    made = [t.id for t in all_tasks(crm)]
    assert len(made) == 3

    crm.undo.push(change)
    crm.undo.undo()

    assert all_tasks(crm) == []
    for task_id in made:
        with pytest.raises(NotFoundError):
            crm.tasks.get(task_id)
    assert rules.run(date(2027, 6, 1)) is None  # undone is not "to be made again"
