"""The month grid on real widgets over a real database: calendar systems, cells, "+N more",
drag to reschedule (undoable), double-clicks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.domain.tasks import local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.calendar import CalendarPage
from desktop_crm.ui.calendar.items import ItemKind
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


# ----- the grid in each calendar system ------------------------------------------------------
def test_gregorian_month_grid(make_page: PageMaker) -> None:
    page = make_page("month", TODAY)
    month = page.month
    assert page.title.text() == "November 2026"
    assert (month.month_first, month.month_last) == (date(2026, 11, 1), date(2026, 11, 30))
    assert month.first_day == date(2026, 10, 26)  # the Monday before the 1st
    assert page.visible_range() == (date(2026, 10, 26), date(2026, 12, 6))  # 6 weeks
    # the 1st (a Sunday) is in the last column of the first row, the 30th starts row six
    first, thirtieth = month.cell_rect(date(2026, 11, 1)), month.cell_rect(date(2026, 11, 30))
    assert first.left() > month.width() * 6 / 7 - 2 and first.top() < thirtieth.top()
    assert thirtieth.left() < 2
    assert month.day_at(center(first)) == date(2026, 11, 1)
    assert month.today == TODAY


def test_jalali_month_grid_starts_on_the_first_of_azar(make_page: PageMaker) -> None:
    QLocale.setDefault(QLocale("fa_IR"))
    dates.configure("jalali", 6)  # weeks from Saturday
    page = make_page("month", TODAY)
    month = page.month
    assert month.month_first == date(2026, 11, 22)  # 1 Azar 1405
    assert (month.month_last - month.month_first).days + 1 == 30
    assert month.first_day == date(2026, 11, 21)  # the Saturday before
    assert page.title.text() == "آذر ۱۴۰۵"
    page.go_next()
    assert page.month.month_first == date(2026, 12, 22)  # 1 Dey
    assert page.title.text() == "دی ۱۴۰۵"


def test_thai_buddhist_era_shows_the_year_plus_543(make_page: PageMaker) -> None:
    dates.configure("thai_buddhist", 1)
    page = make_page("month", TODAY)
    assert page.title.text() == "November 2569"
    assert page.month.month_first == date(2026, 11, 1)


def test_changing_the_calendar_system_changes_the_grid(make_page: PageMaker) -> None:
    page = make_page("month", TODAY)
    assert page.month.month_first == date(2026, 11, 1)
    dates.configure("jalali", 1)
    page.reload()
    assert page.month.month_first == date(2026, 11, 22)


# ----- items in cells ------------------------------------------------------------------------
def test_items_land_in_their_days_cells(crm: Crm, make_page: PageMaker) -> None:
    call = add_task(crm, "Call Marco", local(date(2026, 11, 12), 9, 30))
    invoices = add_task(crm, "Invoices", date(2026, 11, 26))
    done = add_task(crm, "Old call", local(date(2026, 11, 20), 10))
    crm.tasks.complete(done)
    late = add_task(crm, "Late call", local(date(2026, 11, 24), 10))
    next_month = add_task(crm, "In December", local(date(2026, 12, 3), 10))
    far = add_task(crm, "Far away", local(date(2027, 1, 20), 10))
    contact = crm.contacts.create({"first_name": "Sara", "birthday": date(1990, 11, 27)})
    page = make_page("month", TODAY)
    month = page.month

    def keys(day: date) -> list[str]:
        return [i.key for i in month.day_items(day)]

    assert keys(date(2026, 11, 12)) == [call]
    assert keys(date(2026, 11, 26)) == [invoices]
    assert keys(date(2026, 12, 3)) == [next_month]  # shown in the grid's last row, dimmed
    assert far not in {i.key for i in page.items}
    for key, day in ((call, date(2026, 11, 12)), (invoices, date(2026, 11, 26))):
        rect = month.item_rect(key)
        assert rect is not None and month.cell_rect(day).contains(rect)
    states = {i.key: i for i in page.items}
    assert states[done].done and not states[done].overdue
    assert states[late].overdue and not states[call].done
    birthday = month.day_items(date(2026, 11, 27))[0]
    assert (birthday.kind, birthday.key, birthday.title) == (
        ItemKind.BIRTHDAY,
        contact.created_id,
        "Sara",
    )


def test_a_full_day_shows_what_fits_and_more_opens_the_day(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    day = date(2026, 11, 18)
    for hour in range(8, 16):
        add_task(crm, f"Call {hour}", local(day, hour))
    page = make_page("month", TODAY)
    shown, more = page.month.cell_layout(day)
    assert more is not None
    count, rect = more
    assert len(shown) >= 1 and len(shown) + count == 8
    assert [i.title for i, _r in shown] == [f"Call {h}" for h in range(8, 8 + len(shown))]
    with qtbot.waitSignal(page.sig_reloaded):
        qtbot.mouseClick(page.month, LEFT, pos=center(rect))
    assert (page.view_name, page.anchor) == ("day", day)
    assert page.stack.currentWidget() is page.day
    assert len(page.day.placed) == 8


# ----- drag to reschedule --------------------------------------------------------------------
def test_drag_an_item_to_another_day_keeps_its_time_and_undo_restores(
    crm: Crm, ui: UiContext, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Call Marco", local(date(2026, 11, 12), 9, 30), duration_minutes=45)
    page = make_page("month", TODAY)
    target = center(page.month.cell_rect(date(2026, 11, 19)))
    with qtbot.waitSignal(ui.sig_changed):
        drag(qtbot, page.month, center(page.month.item_rect(task)), target)
    moved = crm.tasks.get(task)
    assert local_wall(moved.due_at) == datetime(2026, 11, 19, 9, 30)  # type: ignore[arg-type]
    assert moved.duration_minutes == 45
    assert [i.key for i in page.month.day_items(date(2026, 11, 19))] == [task]  # reloaded
    ui.undo()
    assert crm.tasks.get(task).due_at == local(date(2026, 11, 12), 9, 30)
    assert [i.key for i in page.month.day_items(date(2026, 11, 12))] == [task]


def test_drag_an_all_day_task_moves_it_to_that_day(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Invoices", date(2026, 11, 26))
    page = make_page("month", TODAY)
    drag(
        qtbot,
        page.month,
        center(page.month.item_rect(task)),
        center(page.month.cell_rect(date(2026, 12, 1))),
    )
    moved = crm.tasks.get(task)
    assert moved.all_day and moved.due_day == date(2026, 12, 1)


def test_a_small_wiggle_or_a_drop_on_the_same_day_changes_nothing(
    crm: Crm, ui: UiContext, make_page: PageMaker, qtbot: QtBot
) -> None:
    due = local(date(2026, 11, 12), 9, 30)
    task = add_task(crm, "Call", due)
    page = make_page("month", TODAY)
    changes: list[object] = []
    ui.sig_changed.connect(changes.append)
    start = center(page.month.item_rect(task))
    drag(qtbot, page.month, start, start + QPoint(1, 1))
    drag(qtbot, page.month, start, start + QPoint(0, 30))  # still inside the cell
    assert changes == [] and crm.tasks.get(task).due_at == due


# ----- double-clicks -------------------------------------------------------------------------
def test_double_clicks_open_the_task_the_contact_or_plan_a_new_one(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Call Marco", local(date(2026, 11, 12), 9, 30))
    contact = crm.contacts.create({"first_name": "Sara", "birthday": date(1990, 11, 27)})
    page = make_page("month", TODAY)
    month = page.month
    with qtbot.waitSignal(page.sig_open_task) as opened:
        qtbot.mouseDClick(month, LEFT, pos=center(month.item_rect(task)))
    assert opened.args == [task]
    with qtbot.waitSignal(page.sig_open_record) as record:
        qtbot.mouseDClick(month, LEFT, pos=center(month.item_rect(str(contact.created_id))))
    assert record.args == ["contact", contact.created_id]
    empty = month.cell_rect(date(2026, 11, 10))
    with qtbot.waitSignal(page.sig_create_task) as created:
        qtbot.mouseDClick(month, LEFT, pos=center(empty))
    assert created.args == [{"due_at": date(2026, 11, 10), "all_day": True, "ends_at": None}]
    # the defaults are accepted by the service as they are
    assert crm.tasks.create({"title": "New", **created.args[0]}).created_id


# ----- right to left -------------------------------------------------------------------------
def test_right_to_left_days_run_from_the_right(
    crm: Crm, make_page: PageMaker, qtbot: QtBot
) -> None:
    task = add_task(crm, "Call", local(date(2026, 11, 10), 9))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page = make_page("month", TODAY)
    month = page.month
    monday = month.cell_rect(date(2026, 11, 2))
    assert monday.right() > month.width() - 2  # the first day of the week on the right
    rect = month.item_rect(task)
    assert rect is not None and rect.left() > month.width() / 2  # Tuesday: second from right
    assert month.day_at(center(monday)) == date(2026, 11, 2)
    # a drag still lands on the day under the mouse
    drag(qtbot, month, center(rect), center(month.cell_rect(date(2026, 11, 13))))
    assert local_wall(crm.tasks.get(task).due_at).date() == date(2026, 11, 13)  # type: ignore[arg-type]


# ----- what is painted -----------------------------------------------------------------------
def blue_pixels(page: CalendarPage, day: date) -> list[int]:
    """The x of each pixel in ``day``'s cell painted in the "today" colour."""
    month = page.month
    image = month.grab().toImage()
    cell = month.cell_rect(day).toRect()
    found = []
    for y in range(cell.top(), cell.top() + 24):
        for x in range(cell.left(), cell.right()):
            color = image.pixelColor(x, y)
            if (color.red(), color.green(), color.blue()) == (0x2F, 0x6F, 0xD0):
                found.append(x)
    return found


def test_today_is_painted_highlighted_on_the_leading_side(make_page: PageMaker) -> None:
    page = make_page("month", TODAY)
    cell = page.month.cell_rect(TODAY)
    xs = blue_pixels(page, TODAY)
    assert xs and max(xs) < cell.center().x()  # left in English
    assert not blue_pixels(page, TODAY + timedelta(days=1))


def test_persian_jalali_right_to_left_paints_today_on_the_right(make_page: PageMaker) -> None:
    QLocale.setDefault(QLocale("fa_IR"))
    dates.configure("jalali", 6)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page = make_page("month", TODAY)
    cell = page.month.cell_rect(TODAY)
    assert abs(cell.left() - 2 * page.month.width() / 7) < 1  # Wednesday: 5th from the right
    xs = blue_pixels(page, TODAY)
    assert xs and min(xs) > cell.center().x()
