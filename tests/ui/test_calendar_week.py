"""The week and day time grids on real widgets over a real database: moving and stretching
items (undoable), sweeping out a new task, double-clicks, the "now" line, overlaps, RTL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from desktop_crm.domain.tasks import local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui.calendar import CalendarPage
from desktop_crm.ui.calendar.time_grid import TimeGridView
from desktop_crm.ui.context import UiContext
from tests.ui.test_calendar_support import (
    LEFT,
    TODAY,
    add_task,
    calendar_locale,
    center,
    drag,
    local,
    make_page,
    ui,
)

__all__ = ["calendar_locale", "make_page", "ui"]  # fixtures used here

PageMaker = Callable[..., CalendarPage]
MONDAY = date(2026, 11, 23)


def slot(grid: TimeGridView, day: date, hour: int, minute: int = 0) -> QPoint:
    """The viewport point a little inside the slot that starts at ``hour:minute`` on ``day``."""
    index = (day - grid.first_day).days
    x = grid.column_left(index) + grid.column_width() / 2
    return QPointF(x, grid.y_for(hour * 60 + minute) + 2).toPoint()


def test_week_shows_seven_days_from_the_first_day_of_the_week(make_page: PageMaker) -> None:
    page = make_page("week", TODAY)
    assert page.week.first_day == MONDAY and page.week.days == 7
    assert page.title.text() == "23 – 29 November 2026"
    page.go_next()
    assert page.week.first_day == date(2026, 11, 30)
    assert page.title.text() == "30 Nov – 6 Dec 2026"
    page.show_range("day", TODAY)
    assert page.day.first_day == TODAY and page.title.text() == "Wednesday, 25 November 2026"


def test_it_opens_scrolled_to_the_working_hours(make_page: PageMaker) -> None:
    page = make_page("week", TODAY, work_start_hour=8)
    grid = page.week
    assert grid.verticalScrollBar().value() > 0
    assert 0 <= grid.y_for(8 * 60) < grid.hour_height  # 08:00 near the top


def test_now_line_with_an_injected_clock(make_page: PageMaker) -> None:
    page = make_page("week", TODAY)
    grid = page.week
    y = grid.now_line_y()
    assert y is not None and abs(y - grid.y_for(14 * 60 + 20)) < 0.01
    assert abs(y + grid.verticalScrollBar().value() - 14.333 * grid.hour_height) < 0.1
    page.go_next()  # next week does not show today
    assert page.week.now_line_y() is None


def test_items_are_placed_by_time_and_overlaps_sit_side_by_side(
    crm: Crm, make_page: PageMaker
) -> None:
    meeting = add_task(crm, "Meeting", local(MONDAY, 10), duration_minutes=90)
    demo = add_task(crm, "Demo", local(MONDAY, 10, 30), duration_minutes=60)
    call = add_task(crm, "Call", local(MONDAY, 14))  # no duration: half an hour
    invoices = add_task(crm, "Invoices", MONDAY + timedelta(days=2))
    page = make_page("week", TODAY)
    grid = page.week
    m, d, c = (grid.item_rect(k) for k in (meeting, demo, call))
    assert m is not None and d is not None and c is not None
    assert abs(m.top() - grid.y_for(600)) < 2 and abs(m.bottom() - grid.y_for(690)) < 3
    assert m.right() <= d.left() and abs(m.width() - d.width()) < 1  # side by side
    assert abs(c.height() - grid.hour_height / 2) < 3
    assert c.width() > 1.8 * m.width()  # alone: full width
    assert [i.key for i in grid.all_day[2]] == [invoices]
    assert grid.header.item_rect(invoices) is not None


def test_drag_an_item_to_another_day_and_time_snaps_and_undo_restores(
    crm: Crm, ui: UiContext, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Meeting", local(MONDAY, 10), duration_minutes=60)
    page = make_page("week", TODAY)
    grid = page.week
    start = slot(grid, MONDAY, 10)
    end = slot(grid, MONDAY + timedelta(days=1), 13, 7)  # 3 h 7 min later, a day on: snaps
    with qtbot.waitSignal(ui.sig_changed):
        drag(qtbot, grid.viewport(), start, end)
    moved = crm.tasks.get(task)
    assert local_wall(moved.due_at) == datetime(2026, 11, 24, 13, 0)  # type: ignore[arg-type]
    assert moved.duration_minutes == 60
    assert grid.item_rect(task) is not None  # reloaded at its new place
    ui.undo()
    assert crm.tasks.get(task).due_at == local(MONDAY, 10)


def test_drag_the_bottom_edge_changes_the_length(
    crm: Crm, ui: UiContext, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Meeting", local(MONDAY, 10), duration_minutes=60)
    page = make_page("week", TODAY)
    grid = page.week
    rect = grid.item_rect(task)
    assert rect is not None
    edge = QPointF(rect.center().x(), rect.bottom() - 2).toPoint()
    target = QPointF(edge.x(), grid.y_for(11 * 60 + 44)).toPoint()  # snaps to 11:45
    with qtbot.waitSignal(ui.sig_changed):
        drag(qtbot, grid.viewport(), edge, target)
    stretched = crm.tasks.get(task)
    assert stretched.due_at == local(MONDAY, 10) and stretched.duration_minutes == 105
    ui.undo()
    assert crm.tasks.get(task).duration_minutes == 60


def test_sweep_across_empty_time_asks_for_a_new_task(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    page = make_page("week", TODAY)
    grid = page.week
    wednesday = MONDAY + timedelta(days=2)
    with qtbot.waitSignal(page.sig_create_task) as created:
        drag(qtbot, grid.viewport(), slot(grid, wednesday, 15), slot(grid, wednesday, 16, 20))
    assert created.args == [
        {"due_at": local(wednesday, 15), "all_day": False, "ends_at": local(wednesday, 16, 30)}
    ]
    # upwards works too
    with qtbot.waitSignal(page.sig_create_task) as created:
        drag(qtbot, grid.viewport(), slot(grid, wednesday, 11, 50), slot(grid, wednesday, 10, 5))
    assert created.args[0]["due_at"] == local(wednesday, 10)
    assert created.args[0]["ends_at"] == local(wednesday, 12)
    new = crm.tasks.create({"title": "From the calendar", **created.args[0]}).created_id
    assert new and crm.tasks.get(new).duration_minutes == 120


def test_double_clicks_open_the_task_or_plan_one_at_the_slot(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Meeting", local(MONDAY, 10), duration_minutes=60)
    page = make_page("week", TODAY)
    grid = page.week
    with qtbot.waitSignal(page.sig_open_task) as opened:
        qtbot.mouseDClick(grid.viewport(), LEFT, pos=center(grid.item_rect(task)))
    assert opened.args == [task]
    with qtbot.waitSignal(page.sig_create_task) as created:
        qtbot.mouseDClick(grid.viewport(), LEFT, pos=slot(grid, MONDAY, 15, 40))
    assert created.args == [{"due_at": local(MONDAY, 15, 30), "all_day": False, "ends_at": None}]
    # the all-day strip plans an all-day task
    header = grid.header
    point = QPointF(grid.column_left(4) + 20, header.label_height() + 6).toPoint()
    with qtbot.waitSignal(page.sig_create_task) as created:
        qtbot.mouseDClick(header, LEFT, pos=point)
    assert created.args == [{"due_at": date(2026, 11, 27), "all_day": True, "ends_at": None}]


def test_drag_an_all_day_task_along_the_strip(crm: Crm, make_page: PageMaker, qtbot: QtBot) -> None:
    task = add_task(crm, "Invoices", MONDAY)
    page = make_page("week", TODAY)
    header = page.week.header
    start = center(header.item_rect(task))
    end = QPointF(page.week.column_left(3) + 30, start.y()).toPoint()
    drag(qtbot, header, start, end)
    assert crm.tasks.get(task).due_day == date(2026, 11, 26)


def test_right_to_left_mirrors_the_columns_and_items(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    meeting = add_task(crm, "Meeting", local(MONDAY, 10), duration_minutes=90)
    demo = add_task(crm, "Demo", local(MONDAY, 10, 30), duration_minutes=60)
    page = make_page("week", TODAY)
    grid = page.week
    ltr = {k: grid.item_rect(k) for k in (meeting, demo)}
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert grid.isRightToLeft()
    width = grid.viewport().width()
    for key, before in ltr.items():
        after = grid.item_rect(key)
        assert before is not None and after is not None
        assert abs(after.left() - (width - before.right())) < 1.01  # mirrored
        assert after.top() == before.top()
    assert grid.column_left(0) > grid.column_left(6)  # Monday on the right
    # a drag to the day on the left of Monday's column goes to Tuesday
    start = center(grid.item_rect(meeting))
    drag(qtbot, grid.viewport(), start, QPoint(start.x() - int(grid.column_width()), start.y()))
    assert local_wall(crm.tasks.get(meeting).due_at).date() == MONDAY + timedelta(days=1)  # type: ignore[arg-type]


def test_day_view_has_one_wide_column(crm: Crm, make_page: PageMaker) -> None:
    task = add_task(crm, "Meeting", local(TODAY, 10), duration_minutes=60)
    page = make_page("day", TODAY)
    rect = page.day.item_rect(task)
    assert rect is not None and rect.width() > page.day.viewport().width() * 0.8
    assert page.day.now_line_y() is not None


def test_the_now_line_is_painted_in_todays_column(make_page: PageMaker) -> None:
    page = make_page("week", TODAY)
    grid = page.week
    y = grid.now_line_y()
    assert y is not None
    image = grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def red_at(x: float) -> bool:
        for dy in (-1, 0, 1):
            color = image.pixelColor(int(x * ratio), int((y + dy) * ratio))
            if color.red() > 180 and color.green() < 120 and color.blue() < 120:
                return True
        return False

    wednesday = grid.column_left(2)
    assert red_at(wednesday + grid.column_width() / 2)
    assert not red_at(grid.column_left(3) + grid.column_width() / 2)  # only today
