"""Tasks to .ics: every field reads back with icalendar, and the repeat rules a phone expands
land on the same days and times as the app's own next occurrences."""

from __future__ import annotations

import calendar
import itertools
import os
import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.recurrence import (
    WEEKDAY_CODES,
    Freq,
    RepeatRule,
    format_rule,
    next_occurrence,
    parse_rule,
)
from desktop_crm.domain.tasks import TaskItem, from_local_wall, local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.services.exporting.files import OperationCancelled
from desktop_crm.services.exporting.ics import export_tasks, tasks_calendar

STAMP = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def read_back(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events_by_uid(cal: Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def exported(crm: Crm, tmp_path: Path, **options: Any) -> dict[str, Any]:
    target = tmp_path / "tasks.ics"
    export_tasks(crm, target, **options)
    return events_by_uid(read_back(target))


def make(crm: Crm, **values: Any) -> str:
    created = crm.tasks.create({"title": "Task", **values}).created_id
    assert created
    return created


@pytest.fixture
def time_zone() -> Iterator[Any]:
    """Run the test in another local time zone (the app's wall-clock times follow it)."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time_module.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time_module.tzset()


# ----- fields ------------------------------------------------------------------------------
def test_a_timed_task_reads_back_with_every_field(crm: Crm, tmp_path: Path) -> None:
    ana = crm.contacts.create({"first_name": "Ana", "last_name": "Lima"}).created_id
    acme = crm.companies.create({"name": "ACME"}).created_id
    deal = crm.deals.create({"title": "Big deal", "company_id": acme}).created_id
    due = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    task_id = make(
        crm,
        title="Call Ana about the offer",
        kind="call",
        due_at=due,
        reminder_minutes=15,
        priority="high",
        notes="Ask about the budget;\nsend the PDF, after",
        contact_id=ana,
        company_id=acme,
        deal_id=deal,
    )
    target = tmp_path / "tasks.ics"

    assert export_tasks(crm, target) == 1

    cal = read_back(target)
    assert str(cal["PRODID"]) == "-//desktop-crm//Tasks//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert not list(cal.walk("VTODO"))
    event = events_by_uid(cal)[f"{task_id}@desktop-crm"]
    assert event.decoded("DTSTART") == due
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert event.decoded("DTEND") == due + timedelta(minutes=30)
    assert event.decoded("DTSTAMP").utcoffset() == timedelta(0)
    assert str(event["SUMMARY"]) == "Call Ana about the offer"
    assert str(event["DESCRIPTION"]) == (
        "Ask about the budget;\nsend the PDF, after\n\nContact: Ana Lima\nCompany: ACME\n"
        "Deal: Big deal"
    )
    assert event["CATEGORIES"].cats == ["call"]
    assert int(event["PRIORITY"]) == 1
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "RRULE" not in event
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    text = target.read_text(encoding="utf-8")
    assert "DTSTART:20261203T143000Z" in text and "TRIGGER:-PT15M" in text


def test_meetings_keep_their_length_and_priorities_map(crm: Crm, tmp_path: Path) -> None:
    due = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    meeting = make(crm, kind="meeting", due_at=due, duration_minutes=90, priority="low")
    other = make(crm, kind="send_document", due_at=due)

    events = exported(crm, tmp_path)

    assert events[f"{meeting}@desktop-crm"].decoded("DTEND") == due + timedelta(minutes=90)
    assert int(events[f"{meeting}@desktop-crm"]["PRIORITY"]) == 9
    assert events[f"{other}@desktop-crm"].decoded("DTEND") == due + timedelta(minutes=30)
    assert int(events[f"{other}@desktop-crm"]["PRIORITY"]) == 5
    assert "VALARM" not in [c.name for c in events[f"{other}@desktop-crm"].subcomponents]


@pytest.mark.parametrize(("minutes", "trigger"), [(0, "PT9H"), (24 * 60, "-PT15H")])
def test_an_all_day_task_is_a_date_and_rings_at_nine(
    crm: Crm, tmp_path: Path, minutes: int, trigger: str
) -> None:
    task_id = make(crm, due_at=date(2027, 1, 31), all_day=True, reminder_minutes=minutes)
    target = tmp_path / "tasks.ics"
    export_tasks(crm, target)

    event = events_by_uid(read_back(target))[f"{task_id}@desktop-crm"]
    assert event.decoded("DTSTART") == date(2027, 1, 31)
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == date(2027, 2, 1)
    text = target.read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20270131" in text and "DTEND;VALUE=DATE:20270201" in text
    assert f"TRIGGER:{trigger}" in text


def test_which_tasks_are_exported(crm: Crm, tmp_path: Path) -> None:
    crm.catalog.add_user("Marco")
    marco = next(u.id for u in crm.catalog.users() if u.name == "Marco")
    due = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    mine = make(crm, due_at=due)
    his = make(crm, due_at=due, assignee_id=marco, reminder_minutes=5)
    make(crm, title="No date")
    deleted = make(crm, due_at=due)
    crm.tasks.delete([deleted])
    done = make(crm, due_at=due, reminder_minutes=5, kind="call")
    crm.tasks.complete(done)

    assert set(exported(crm, tmp_path)) == {f"{mine}@desktop-crm", f"{his}@desktop-crm"}
    everything = exported(crm, tmp_path, include_done=True)
    assert set(everything) == {f"{i}@desktop-crm" for i in (mine, his, done)}
    done_event = everything[f"{done}@desktop-crm"]
    assert done_event["CATEGORIES"].cats == ["call", "done"]
    assert not done_event.walk("VALARM")  # nothing rings for a done task
    assert set(exported(crm, tmp_path, assignee_id=marco)) == {f"{his}@desktop-crm"}


def test_persian_and_thai_titles_survive(crm: Crm, tmp_path: Path) -> None:
    due = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    titles = {
        make(crm, title="تماس با آقای رضایی درباره\u200cی قرارداد", due_at=due): "fa",
        make(crm, title="โทรหาคุณสมชายเรื่องใบเสนอราคา", due_at=due, notes="ส่งเอกสาร"): "th",
    }
    events = exported(crm, tmp_path, labels={"contact": "مخاطب"})
    for task_id in titles:
        assert str(events[f"{task_id}@desktop-crm"]["SUMMARY"]) == crm.tasks.get(task_id).title
    assert any(str(e.get("DESCRIPTION")) == "ส่งเอกสาร" for e in events.values())


def test_the_file_is_replaced_whole(crm: Crm, tmp_path: Path) -> None:
    target = tmp_path / "tasks.ics"
    target.write_text("old content that is much longer than nothing " * 1000)
    make(crm, due_at=datetime(2026, 12, 3, 9, 0, tzinfo=UTC))

    assert export_tasks(crm, target) == 1

    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR") and b"old content" not in (
        target.read_bytes()
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    with pytest.raises(CrmError) as caught:
        export_tasks(crm, tmp_path)  # a folder
    assert caught.value.code == "cannot_write"


def test_progress_and_cancel_half_way(crm: Crm, tmp_path: Path) -> None:
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    for n in range(250):
        make(crm, due_at=start + timedelta(hours=n))
    target = tmp_path / "tasks.ics"
    target.write_bytes(b"kept")
    asked: list[int] = []

    def cancel_on_second_look() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(OperationCancelled):
        export_tasks(crm, target, cancelled=cancel_on_second_look)
    assert len(asked) == 2  # asked before writing, then after 200 tasks
    assert target.read_bytes() == b"kept"  # a cancelled export leaves the old file
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

    seen: list[tuple[int, int]] = []
    assert export_tasks(crm, target, progress=lambda d, t: seen.append((d, t))) == 250
    assert seen == [(200, 250), (250, 250)]
    assert len(events_by_uid(read_back(target))) == 250


# ----- repeat rules --------------------------------------------------------------------------
def expand(events: list[Any], count: int) -> list[datetime]:
    """What a phone shows: every VEVENT of a task, its RRULE expanded (naive wall times)."""
    out: list[datetime] = []
    for event in events:
        start = event.decoded("DTSTART")
        if not isinstance(start, datetime):
            start = datetime.combine(start, time(0))
        if start.tzinfo is not None:
            start = local_wall(start)
        if "RRULE" not in event:
            out.append(start)
            continue
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        out.extend(itertools.islice(rule, count))
    return sorted(out)[:count]


def app_series(rule: RepeatRule, first: datetime, count: int) -> list[datetime]:
    """What the app does: each completed occurrence makes the next one."""
    out = [first]
    while len(out) < count:
        nxt = next_occurrence(rule, out[-1])
        if nxt is None:
            break
        out.append(nxt)
    return out


CASES = [
    ("FREQ=DAILY;INTERVAL=3", datetime(2026, 12, 30, 8, 15)),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", datetime(2026, 12, 2, 17, 0)),
    ("FREQ=MONTHLY;BYMONTHDAY=31", datetime(2027, 1, 31, 10, 0)),
    ("FREQ=MONTHLY;BYMONTHDAY=30;UNTIL=20270801", datetime(2027, 1, 30, 10, 0)),
    ("FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=29", datetime(2027, 1, 29, 10, 0)),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", datetime(2028, 2, 29, 9, 0)),
    ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126", datetime(2026, 12, 1, 7, 0)),
]


@pytest.mark.parametrize(("text", "first"), CASES)
@pytest.mark.parametrize("all_day", [False, True])
def test_a_phone_repeats_on_the_days_the_app_does(
    crm: Crm, tmp_path: Path, text: str, first: datetime, all_day: bool
) -> None:
    due: Any = first.date() if all_day else from_local_wall(first)
    task_id = make(crm, due_at=due, all_day=all_day, repeat_rule=text, reminder_minutes=10)
    events = exported(crm, tmp_path)
    (event,) = events.values()
    assert "RRULE" in event

    # the app's own series: complete each occurrence, the next one is created
    seen = []
    current = task_id
    for _ in range(14):
        task = crm.tasks.get(current)
        assert task.due_at is not None
        day = task.due_day
        seen.append(datetime.combine(day, time(0)) if day else local_wall(task.due_at))
        created = crm.tasks.complete(current).created_id
        if created is None:
            break
        current = created

    assert expand([event], 14) == seen
    if "UNTIL" in text:
        assert len(seen) < 14  # the rule ended
        until = event["RRULE"]["UNTIL"][0]
        assert isinstance(until, date) if all_day else isinstance(until, datetime)


@pytest.mark.parametrize("zone", ["Asia/Bangkok", "America/New_York", "Asia/Tehran"])
def test_early_and_late_times_repeat_on_the_local_day(
    crm: Crm, tmp_path: Path, time_zone: Any, zone: str
) -> None:
    time_zone(zone)
    # Monday 06:00 in Bangkok is Sunday in UTC; Friday 21:00 in New York is Saturday in UTC;
    # the 31st at 01:00 in Tehran is the 30th in UTC; daylight saving changes in between
    first = {
        "Asia/Bangkok": datetime(2027, 3, 1, 6, 0),
        "America/New_York": datetime(2027, 3, 5, 21, 0),
        "Asia/Tehran": datetime(2027, 1, 31, 1, 0),
    }[zone]
    rule = "FREQ=MONTHLY;BYMONTHDAY=31" if zone == "Asia/Tehran" else None
    rule = rule or f"FREQ=WEEKLY;BYDAY={WEEKDAY_CODES[first.weekday()]}"
    task_id = make(crm, due_at=from_local_wall(first), repeat_rule=rule)

    (event,) = exported(crm, tmp_path).values()

    stored = crm.tasks.get(task_id)
    assert stored.due_at is not None and stored.repeat_rule is not None
    expected = app_series(parse_rule(stored.repeat_rule), local_wall(stored.due_at), 12)
    assert expand([event], 12) == expected
    assert all(d.time() == first.time() for d in expected)


def test_a_task_off_its_rule_exports_that_day_and_the_series(crm: Crm, tmp_path: Path) -> None:
    # as after a drag in the calendar: the rule keeps its day (the 15th), the task is on the 20th
    due = from_local_wall(datetime(2027, 1, 20, 10, 0))
    task_id = make(crm, due_at=due, repeat_rule="FREQ=MONTHLY;BYMONTHDAY=15")

    events = exported(crm, tmp_path)

    assert set(events) == {f"{task_id}@desktop-crm", f"{task_id}-repeat@desktop-crm"}
    assert "RRULE" not in events[f"{task_id}@desktop-crm"]
    got = expand(list(events.values()), 4)
    assert got == [
        datetime(2027, 1, 20, 10, 0),
        datetime(2027, 2, 15, 10, 0),
        datetime(2027, 3, 15, 10, 0),
        datetime(2027, 4, 15, 10, 0),
    ]


WEEKDAYS = st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(tuple)


@st.composite
def rules_and_starts(draw: st.DrawFn) -> tuple[RepeatRule, datetime]:
    """A rule and a first occurrence on it (as the app anchors rules on the due date)."""
    freq = draw(st.sampled_from(list(Freq)))
    start = draw(st.dates(date(2000, 1, 1), date(2090, 12, 31)))
    wall = datetime.combine(start, draw(st.times()).replace(microsecond=0))
    until = draw(st.none() | st.dates(start, start + timedelta(days=3000)))
    interval = draw(st.integers(1, 4))
    # on a month's last day, any later anchor gives that day too (the 31st in April: the 30th)
    last = calendar.monthrange(start.year, start.month)[1]
    anchor = draw(st.integers(start.day, 31)) if start.day == last else start.day
    if freq is Freq.WEEKLY:
        days = tuple(sorted({*draw(WEEKDAYS), start.weekday()}))
        return RepeatRule(freq, interval, weekdays=days, until=until), wall
    if freq is Freq.MONTHLY:
        return RepeatRule(freq, interval, month_day=anchor, until=until), wall
    if freq is Freq.YEARLY:
        anchor = min(anchor, 29) if start.month == 2 else start.day
        rule = RepeatRule(freq, interval, month_day=anchor, month=start.month, until=until)
        return rule, wall
    return RepeatRule(freq, interval, until=until), wall


@settings(max_examples=150, deadline=None)
@given(rules_and_starts())
def test_any_rule_expands_like_next_occurrence(case: tuple[RepeatRule, datetime]) -> None:
    rule, first = case
    task = TaskItem(
        id="t1",
        title="x",
        kind="other",
        due_at=from_local_wall(first),
        all_day=False,
        duration_minutes=None,
        reminder_minutes=None,
        remind_at=None,
        assignee_id=None,
        assignee_name=None,
        priority="normal",
        done=False,
        done_at=None,
        repeat_rule=format_rule(rule),
        contact_id=None,
        contact_name=None,
        company_id=None,
        company_name=None,
        deal_id=None,
        deal_title=None,
        notes=None,
        updated_at=STAMP,
    )
    cal = Calendar.from_ical(tasks_calendar([task], stamp=STAMP).to_ical())
    assert expand(list(cal.walk("VEVENT")), 25) == app_series(rule, first, 25)
