"""The Calendar page: toolbar, navigation and keys, the assignee filter, reloading on changes,
the agenda and its model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.calendar import CalendarPage
from desktop_crm.ui.calendar.agenda import ITEM_ROLE
from desktop_crm.ui.context import UiContext
from tests.ui.test_calendar_support import (
    LEFT,
    TODAY,
    add_task,
    calendar_locale,
    local,
    make_page,
    ui,
)

__all__ = ["calendar_locale", "make_page", "ui"]  # fixtures used here

PageMaker = Callable[..., CalendarPage]


def test_view_buttons_switch_views_around_the_same_day(make_page: PageMaker, qtbot: QtBot) -> None:
    page = make_page("month", date(2026, 11, 10))
    for index, name in enumerate(("week", "day", "agenda", "month")):
        button = page.view_buttons.button((index + 1) % 4)
        qtbot.mouseClick(button, LEFT)
        assert page.view_name == name and button.isChecked()
        assert page.anchor == date(2026, 11, 10)
    assert page.stack.currentWidget() is page.month


def test_previous_next_today_and_their_keys(make_page: PageMaker, qtbot: QtBot) -> None:
    page = make_page("month", TODAY)
    qtbot.mouseClick(page.next_button, LEFT)
    assert page.month.month_first == date(2026, 12, 1)
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    assert page.month.month_first == date(2027, 1, 1)
    qtbot.keyClick(page.month, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.month.month_first == date(2026, 12, 1)
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    assert page.title.text() == "October 2026"
    qtbot.keyClick(page.month, Qt.Key.Key_T)
    assert page.anchor == TODAY and page.title.text() == "November 2026"
    page.show_range("week", TODAY)
    qtbot.mouseClick(page.prev_button, LEFT)
    assert page.week.first_day == date(2026, 11, 16)
    page.show_range("day", TODAY)
    qtbot.keyClick(page.day, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor == TODAY + timedelta(days=1)


def test_right_to_left_flips_the_arrows_and_ctrl_arrows(make_page: PageMaker, qtbot: QtBot) -> None:
    page = make_page("month", TODAY)
    assert page.prev_button.arrowType() == Qt.ArrowType.LeftArrow
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as Persian sets it
    assert page.prev_button.arrowType() == Qt.ArrowType.RightArrow
    assert page.next_button.arrowType() == Qt.ArrowType.LeftArrow

    def x(widget: QWidget) -> int:
        return widget.mapTo(page, widget.rect().center()).x()

    qtbot.waitUntil(lambda: x(page.prev_button) > x(page.next_button))  # laid out again
    qtbot.keyClick(page.month, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.month.month_first == date(2026, 12, 1)  # left is forward in RTL


def test_reloads_when_a_task_changes_elsewhere(
    crm: Crm, ui: UiContext, make_page: PageMaker
) -> None:
    page = make_page("month", TODAY)
    assert page.items == []
    ui.apply(lambda: crm.tasks.create({"title": "New call", "due_at": local(TODAY, 16)}))
    assert [i.title for i in page.items] == ["New call"]
    page.hide()
    task = page.items[0].key
    ui.apply(lambda: crm.tasks.delete([task]))
    assert page.items  # hidden: not reloaded yet ...
    page.show()
    assert page.items == []  # ... but on showing


def test_assignee_filter_shows_one_persons_tasks_and_contacts_birthdays(
    crm: Crm, ui: UiContext, make_page: PageMaker
) -> None:
    mine = add_task(crm, "Mine", local(TODAY, 9))
    page = make_page("month", TODAY)
    ui.apply(lambda: crm.catalog.add_user("Bruno"))
    bruno = next(u.id for u in crm.catalog.users() if u.name == "Bruno")
    assert page.assignee.findData(bruno) > 0  # the new user is offered at once
    add_task(crm, "Bruno's", local(TODAY, 10), assignee_id=bruno)
    crm.contacts.create({"first_name": "Sara", "birthday": date(1990, 11, 27), "owner_id": bruno})
    page.reload()
    assert {i.title for i in page.items} == {"Mine", "Bruno's", "Sara"}
    assert page.assignee.itemText(0) == "Everyone"
    page.assignee.setCurrentIndex(page.assignee.findData(bruno))
    assert {i.title for i in page.items} == {"Bruno's", "Sara"}
    me = crm.tasks.get(next(i.key for i in page.items if i.title == "Bruno's")).assignee_id
    assert me == bruno
    page.assignee.setCurrentIndex(page.assignee.findData(crm.tasks.get(mine).assignee_id))
    assert [i.title for i in page.items] == ["Mine"]
    page.assignee.setCurrentIndex(0)
    assert len(page.items) == 3


def test_new_task_button_offers_the_next_hour_today_or_the_start_of_work(
    make_page: PageMaker, qtbot: QtBot
) -> None:
    page = make_page("week", TODAY, work_start_hour=8)
    with qtbot.waitSignal(page.sig_create_task) as created:
        qtbot.mouseClick(page.new_button, LEFT)
    assert created.args == [{"due_at": local(TODAY, 15), "all_day": False, "ends_at": None}]
    page.show_range("day", date(2026, 12, 2))
    with qtbot.waitSignal(page.sig_create_task) as created:
        qtbot.mouseClick(page.new_button, LEFT)
    assert created.args[0]["due_at"] == local(date(2026, 12, 2), 8)


# ----- agenda -------------------------------------------------------------------------------
def test_agenda_lists_thirty_days_by_day_with_overdue_marked(
    crm: Crm, make_page: PageMaker, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    late = add_task(crm, "Late call", local(TODAY, 9))
    done = add_task(crm, "Done call", local(TODAY, 8))
    crm.tasks.complete(done)
    add_task(crm, "Invoices", TODAY + timedelta(days=1))
    add_task(crm, "Meeting", local(TODAY + timedelta(days=29), 10), duration_minutes=60)
    add_task(crm, "Too far", local(TODAY + timedelta(days=30), 10))
    add_task(crm, "Before", local(TODAY - timedelta(days=1), 10))
    crm.contacts.create({"first_name": "Sara", "birthday": date(1990, 11, 26)})
    page = make_page("agenda", TODAY)
    model = page.agenda.agenda
    qtmodeltester.check(model)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts == [
        "Wednesday, 25 November 2026 · Today",
        "08:00    Done call",
        "09:00    Late call  · overdue",
        "Thursday, 26 November 2026",
        "Birthday    Sara",
        "All day    Invoices",
        "Thursday, 24 December 2026",
        "10:00 – 11:00    Meeting",
    ]
    assert page.title.text() == "25 Nov – 24 Dec 2026"
    header = model.index(0, 0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    row = model.row_of(late)
    with qtbot.waitSignal(page.sig_open_task) as opened:
        page.agenda.activated.emit(model.index(row, 0))
    assert opened.args == [late]
    assert model.index(row, 0).data(ITEM_ROLE).overdue
    page.go_next()
    assert page.anchor == TODAY + timedelta(days=30)
    assert [model.index(r, 0).data() for r in range(model.rowCount())][1:] == ["10:00    Too far"]


def test_agenda_double_click_opens_the_task(crm: Crm, make_page: PageMaker, qtbot: QtBot) -> None:
    task = add_task(crm, "Call", local(TODAY, 16))
    page = make_page("agenda", TODAY)
    view = page.agenda
    rect = view.visualRect(view.agenda.index(view.agenda.row_of(task), 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())  # a double-click's first press
    with qtbot.waitSignal(page.sig_open_task) as opened:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    assert opened.args == [task]
