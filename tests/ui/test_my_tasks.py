"""My tasks on a real database with an injected clock: the sections, the assignee switch,
completing by ticking, opening, deleting; and the quick-add line in five languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.tasks import Bucket, from_local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.my_tasks import MyTasksPage
from desktop_crm.ui.tasks.quick_add import QuickAddLine, calendar_date
from desktop_crm.ui.tasks.task_model import LINKED, OVERDUE_COLOR, TASK_ROLE, TITLE

TODAY = date(2026, 11, 24)  # a Tuesday
NOW = from_local_wall(datetime.combine(TODAY, time(12, 0)))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return from_local_wall(datetime.combine(day, time(hour, minute)))


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dates.configure("gregorian", 1)
    yield
    dates.configure("gregorian", 0)


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def page(ui: UiContext, qtbot: QtBot) -> MyTasksPage:
    widget = MyTasksPage(ui, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def titles(page: MyTasksPage) -> dict[Bucket, list[str]]:
    return {s.bucket: [t.title for t in s.tasks] for s in page.model.sections()}


def task_index(page: MyTasksPage, title: str, column: int = TITLE) -> QModelIndex:
    model = page.model
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        for child in range(model.rowCount(section)):
            index = model.index(child, column, section)
            if model.index(child, TITLE, section).data() == title:
                return index
    raise AssertionError(f"{title} not shown")


def test_sections_with_an_injected_now(
    crm: Crm, page: MyTasksPage, qtmodeltester: ModelTester
) -> None:
    crm.tasks.create(
        {"title": "Call yesterday", "kind": "call", "due_at": at(TODAY, 9) - timedelta(days=1)}
    )
    crm.tasks.create({"title": "Morning call", "kind": "call", "due_at": at(TODAY, 9)})
    crm.tasks.create({"title": "Fair", "due_at": TODAY - timedelta(days=2), "all_day": True})
    crm.tasks.create({"title": "Afternoon demo", "kind": "meeting", "due_at": at(TODAY, 16)})
    crm.tasks.create({"title": "Today all day", "due_at": TODAY, "all_day": True})
    crm.tasks.create({"title": "Next week", "due_at": at(TODAY + timedelta(days=7), 10)})
    crm.tasks.create({"title": "Some day"})
    done = crm.tasks.create({"title": "Sent offer", "due_at": at(TODAY, 8)}).created_id
    assert done
    crm.tasks.complete(done)
    page.reload()
    qtmodeltester.check(page.model)
    shown = titles(page)
    assert set(shown[Bucket.OVERDUE]) == {"Call yesterday", "Morning call", "Fair"}
    assert set(shown[Bucket.TODAY]) == {"Afternoon demo", "Today all day"}
    assert set(shown[Bucket.UPCOMING]) == {"Next week", "Some day"}
    assert shown[Bucket.DONE] == ["Sent offer"]
    headers = [page.model.index(r, 0).data() for r in range(4)]
    assert headers == ["Overdue (3)", "Today (2)", "Upcoming (2)", "Done (1)"]
    overdue = page.model.section_index(Bucket.OVERDUE)
    assert page.model.data(overdue, Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE_COLOR)
    fair = task_index(page, "Fair")
    assert fair.data(Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE_COLOR)
    assert task_index(page, "Fair", 1).data() == dates.format_date(TODAY - timedelta(days=2))
    demo = task_index(page, "Afternoon demo", 1).data()
    assert demo == dates.format_datetime(at(TODAY, 16))
    assert page.tree.isExpanded(overdue)
    assert not page.tree.isExpanded(page.model.section_index(Bucket.DONE))  # collapsed
    assert (
        task_index(page, "Sent offer").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )


def test_assignee_switch_shows_mine_everyone_or_one_user(
    crm: Crm, page: MyTasksPage, qtbot: QtBot
) -> None:
    crm.catalog.add_user("Anna Bianchi")
    anna = next(u.id for u in crm.catalog.users() if u.name == "Anna Bianchi")
    crm.tasks.create({"title": "Mine", "due_at": at(TODAY, 15)})
    crm.tasks.create({"title": "Anna's", "due_at": at(TODAY, 15), "assignee_id": anna})
    page.reload()
    assert titles(page)[Bucket.TODAY] == ["Mine"]
    combo = page.assignee_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "My tasks", "Everyone", "Anna Bianchi", "Owner",
    ]  # fmt: skip
    combo.setCurrentIndex(combo.findText("Everyone"))
    assert sorted(titles(page)[Bucket.TODAY]) == ["Anna's", "Mine"]
    combo.setCurrentIndex(combo.findText("Anna Bianchi"))
    assert titles(page)[Bucket.TODAY] == ["Anna's"]
    assert task_index(page, "Anna's", 3).data() == "Anna Bianchi"


def test_ticking_a_repeating_task_completes_it_and_shows_the_next(
    crm: Crm, ui: UiContext, page: MyTasksPage, qtbot: QtBot
) -> None:
    crm.tasks.create(
        {"title": "Daily stand-up", "due_at": at(TODAY, 9), "repeat_rule": "FREQ=DAILY"}
    )
    page.reload()
    assert titles(page)[Bucket.OVERDUE] == ["Daily stand-up"]
    index = task_index(page, "Daily stand-up")
    with qtbot.waitSignal(ui.sig_changed):
        page.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    shown = titles(page)
    assert shown[Bucket.OVERDUE] == []
    assert shown[Bucket.DONE] == ["Daily stand-up"]
    assert shown[Bucket.UPCOMING] == ["Daily stand-up"]  # tomorrow's
    nxt = page.model.data(task_index(page, "Daily stand-up"), TASK_ROLE)
    assert nxt.due_at == at(TODAY + timedelta(days=1), 9)
    # unticking the done one reopens it
    page.tree.expand(page.model.section_index(Bucket.DONE))
    done_row = page.model.index(0, TITLE, page.model.section_index(Bucket.DONE))
    page.model.setData(done_row, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert len(titles(page)[Bucket.OVERDUE]) == 1
    assert page.tree.isExpanded(page.model.section_index(Bucket.DONE))  # the user's choice stays


def test_double_click_opens_the_task_or_the_linked_record(
    crm: Crm, ui: UiContext, page: MyTasksPage, qtbot: QtBot
) -> None:
    marco = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    task = crm.tasks.create(
        {"title": "Call Marco", "due_at": at(TODAY, 15), "contact_id": marco}
    ).created_id
    page.reload()
    assert task_index(page, "Call Marco", LINKED).data() == "Marco Rossi"
    rect = page.tree.visualRect(task_index(page, "Call Marco"))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is not None and page.dialog.task_id == task
    assert page.dialog.title_edit.text() == "Call Marco"
    page.dialog.close()
    link_rect = page.tree.visualRect(task_index(page, "Call Marco", LINKED))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=link_rect.center())
    with qtbot.waitSignal(page.sig_open_record) as opened:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=link_rect.center())
    assert opened.args == ["contact", marco]


def test_delete_key_deletes_the_selected_tasks_in_one_undoable_step(
    crm: Crm, ui: UiContext, page: MyTasksPage, qtbot: QtBot
) -> None:
    first = crm.tasks.create({"title": "One", "due_at": at(TODAY, 15)}).created_id
    second = crm.tasks.create({"title": "Two", "due_at": at(TODAY, 16)}).created_id
    assert first and second
    page.reload()
    selection = page.tree.selectionModel()
    for title in ("One", "Two"):
        selection.select(
            task_index(page, title),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert titles(page)[Bucket.TODAY] == []
    for task in (first, second):
        with pytest.raises(NotFoundError):
            crm.tasks.get(task)
    ui.undo()
    assert titles(page)[Bucket.TODAY] == ["One", "Two"]


# ----- quick-add ----------------------------------------------------------------------------
PEOPLE = ("Marco Rossi", "Giulia Verdi", "Иван Петров", "علی رضایی", "สมชาย ใจดี")
TOMORROW = TODAY + timedelta(days=1)


@pytest.mark.parametrize(
    ("line", "title", "kind", "person"),
    [
        ("Call Marco tomorrow 10:00", "Call Marco", "call", "Marco Rossi"),
        ("Chiama Giulia domani alle 10", "Chiama Giulia", "call", "Giulia Verdi"),
        ("Позвонить Ивану завтра в 10:00", "Позвонить Ивану", "call", "Иван Петров"),
        ("تماس با علی فردا ساعت ۱۰", "تماس با علی", "call", "علی رضایی"),
        ("โทรหาสมชาย พรุ่งนี้ 10:00", "โทรหาสมชาย", "call", "สมชาย ใจดี"),
    ],
)
def test_quick_add_creates_a_linked_task_in_five_languages(
    crm: Crm,
    ui: UiContext,
    page: MyTasksPage,
    qtbot: QtBot,
    line: str,
    title: str,
    kind: str,
    person: str,
) -> None:
    ids = {}
    for name in PEOPLE:
        first, last = name.split()
        ids[name] = crm.contacts.create({"first_name": first, "last_name": last}).created_id
    quick = page.quick_add
    quick.line.setText(line)  # typed through an input method (QTest types Latin-1 only)
    with qtbot.waitSignal(quick.sig_created) as created:
        qtbot.keyClick(quick.line, Qt.Key.Key_Return)
    task = crm.tasks.get(created.args[0])
    assert (task.title, task.kind, task.due_at) == (title, kind, at(TOMORROW, 10))
    assert task.contact_id == ids[person]
    assert quick.line.text() == ""
    ten = dates.format_time(time(10))  # "10:00 AM", with the locale's narrow space
    assert quick.feedback_label.text() == f"{title} — tomorrow {ten} — {person}"
    assert titles(page)[Bucket.UPCOMING] == [title]
    ui.undo()
    assert titles(page)[Bucket.UPCOMING] == []


def test_quick_add_links_only_one_match(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    for first, last in (("Marco", "Rossi"), ("Marco", "Bianchi")):
        crm.contacts.create({"first_name": first, "last_name": last})
    acme = crm.companies.create({"name": "Acme Tessuti"}).created_id
    quick = QuickAddLine(ui, now=lambda: NOW)
    qtbot.addWidget(quick)
    quick.line.setText("Call Marco on Friday")
    change = quick.submit()
    assert change is not None and change.created_id
    task = crm.tasks.get(change.created_id)
    assert task.contact_id is None  # two Marcos: the user links it
    assert task.all_day and task.due_day == date(2026, 11, 27)
    quick.line.setText("Call Marco Bianchi at 3pm")
    change = quick.submit()
    assert change is not None and change.created_id
    task = crm.tasks.get(change.created_id)
    assert task.contact_name == "Marco Bianchi"
    assert task.due_at == at(TODAY, 15)
    assert task.title == "Call Marco Bianchi"
    quick.line.setText("Send the offer to Acme next week")
    change = quick.submit()
    assert change is not None and change.created_id
    task = crm.tasks.get(change.created_id)
    assert (task.kind, task.company_id, task.contact_id) == ("send_document", acme, None)
    assert task.due_day == date(2026, 11, 30)  # next Monday


def test_quick_add_reads_dates_in_the_users_calendar(qapp: object) -> None:
    QLocale.setDefault(QLocale("fa_IR"))
    dates.configure("jalali", 6)
    try:
        assert calendar_date((1405, 9, 2), TODAY) == date(2026, 11, 23)
        assert calendar_date((9, 10), TODAY) == date(2026, 12, 1)  # 10 Azar, month/day order
        assert calendar_date((12, 30), TODAY) is None  # no 30 Esfand in 1405
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        dates.configure("gregorian", 0)
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        assert calendar_date((12, 3), TODAY) == date(2027, 3, 12)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
