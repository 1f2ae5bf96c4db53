"""Reminders: they ring once at their time (a fake clock, no sleeps), missed ones are listed at
start, snooze rings again, done and dismiss stop them, the tray is used when there is one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reminders import ReminderCenter, ReminderDialog
from desktop_crm.ui.reminders.model import DUE, LINKED, OVERDUE_COLOR, OVERDUE_ROLE, TITLE
from desktop_crm.ui.tasks.complete import LogTaskDialog

DUE_AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, hour: int, minute: int, second: int = 0) -> None:
        self.now = DUE_AT.replace(hour=hour, minute=minute, second=second)


class RecordingTray(QSystemTrayIcon):
    """A real tray icon that records the notifications instead of showing them."""

    def __init__(self) -> None:
        super().__init__(QIcon())
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *args: Any) -> None:  # type: ignore[override]
        self.messages.append((title, text))


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DUE_AT.replace(hour=9, minute=0))


@pytest.fixture
def center(qtbot: QtBot, ui: UiContext, clock: FakeClock) -> Iterator[ReminderCenter]:
    instance = ReminderCenter(ui, clock=clock)
    yield instance
    instance.stop()
    if instance.dialog is not None:
        instance.dialog.close()
        instance.dialog.deleteLater()


def make_task(crm: Crm, title: str = "Call Marco", due: datetime = DUE_AT, **values: Any) -> str:
    values.setdefault("reminder_minutes", 15)
    task_id = crm.tasks.create({"title": title, "due_at": due, **values}).created_id
    assert task_id is not None
    return task_id


def titles(dialog: ReminderDialog) -> list[str]:
    return [dialog.model.index(r, TITLE).data() for r in range(dialog.model.rowCount())]


def test_reminder_rings_at_its_time_exactly_once(
    qtbot: QtBot, crm: Crm, center: ReminderCenter, clock: FakeClock
) -> None:
    make_task(crm)
    with qtbot.assertNotEmitted(center.sig_missed):
        assert center.start() == []
    assert center.dialog is None

    clock.at(9, 44, 59)
    with qtbot.assertNotEmitted(center.sig_due):
        assert center.check_now() == []
    assert center.dialog is None

    clock.at(9, 45)
    with qtbot.waitSignal(center.sig_due) as blocker:
        center.check_now()
    assert [task.title for task in blocker.args[0]] == ["Call Marco"]
    # offscreen there is no system tray: the reminder list comes up instead
    assert center.tray is None
    assert center.dialog is not None and center.dialog.isVisible()
    assert titles(center.dialog) == ["Call Marco"]

    clock.at(9, 50)
    with qtbot.assertNotEmitted(center.sig_due):
        assert center.check_now() == []
    assert titles(center.dialog) == ["Call Marco"]  # still listed until handled


def test_missed_reminders_are_listed_at_start(
    qtbot: QtBot, crm: Crm, center: ReminderCenter, clock: FakeClock
) -> None:
    make_task(crm, "Send the contract", DUE_AT - timedelta(days=2))
    make_task(crm, "Call Marco")
    make_task(crm, "Meet Anna", DUE_AT + timedelta(days=1))
    make_task(crm, "No reminder", DUE_AT - timedelta(days=1), reminder_minutes=None)
    clock.at(9, 50)
    with qtbot.waitSignal(center.sig_missed) as blocker:
        center.start()
    assert [task.title for task in blocker.args[0]] == ["Send the contract", "Call Marco"]
    assert center.dialog is not None and center.dialog.isVisible()
    assert titles(center.dialog) == ["Send the contract", "Call Marco"]
    with qtbot.assertNotEmitted(center.sig_due):
        center.check_now()  # already listed: not notified a second time


def test_timer_waits_for_the_next_reminder_and_fires(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    make_task(crm)
    clock.at(9, 40)
    center = ReminderCenter(ui, clock=clock)
    center.start()
    assert center.timer.isActive() and center.timer.interval() == 60_000  # polls at most a minute
    clock.at(9, 44, 30)
    center.check_now()
    assert center.timer.interval() == 30_000  # exactly up to 9:45
    center.stop()

    fast = ReminderCenter(ui, clock=clock, poll_ms=20)
    fast.start()
    clock.at(9, 45)
    with qtbot.waitSignal(fast.sig_due, timeout=5000) as blocker:
        pass  # the timer fires by itself
    assert [task.title for task in blocker.args[0]] == ["Call Marco"]
    assert fast.timer.isActive()  # and keeps watching
    fast.stop()
    assert fast.dialog is not None
    fast.dialog.close()


def test_a_task_created_while_running_is_picked_up(
    qtbot: QtBot, crm: Crm, ui: UiContext, center: ReminderCenter, clock: FakeClock
) -> None:
    center.start()
    clock.at(9, 50)
    with qtbot.waitSignal(center.sig_due, timeout=5000) as blocker:
        ui.apply(
            lambda: crm.tasks.create({"title": "Late", "due_at": DUE_AT, "reminder_minutes": 15})
        )
    assert [task.title for task in blocker.args[0]] == ["Late"]


def test_snooze_rings_again_after_the_snooze_time(
    qtbot: QtBot, crm: Crm, ui: UiContext, center: ReminderCenter, clock: FakeClock
) -> None:
    task_id = make_task(crm)
    center.start()
    clock.at(9, 45)
    center.check_now()
    dialog = center.dialog
    assert dialog is not None and dialog.selected_task() is not None
    labels = [action.text() for action in dialog.snooze_menu.actions()]
    assert labels == ["5 minutes", "10 minutes", "30 minutes", "1 hour", "Tomorrow"]
    dialog.snooze_menu.actions()[1].trigger()  # 10 minutes
    assert crm.tasks.get(task_id).remind_at == DUE_AT.replace(minute=55) - timedelta(hours=1)
    assert dialog.model.rowCount() == 0
    assert not dialog.isVisible()  # closes when the list is empty
    assert crm.undo.undo_text() is not None

    clock.at(9, 54, 59)
    with qtbot.assertNotEmitted(center.sig_due):
        center.check_now()
    clock.at(9, 55)
    with qtbot.waitSignal(center.sig_due):
        center.check_now()
    assert dialog.isVisible() and titles(dialog) == ["Call Marco"]


def test_done_and_dismiss_stop_the_reminder_and_undo_brings_it_back(
    qtbot: QtBot, crm: Crm, ui: UiContext, center: ReminderCenter, clock: FakeClock
) -> None:
    call = make_task(crm)
    meet = make_task(crm, "Meet Anna", kind="meeting")
    clock.at(9, 46)
    center.start()
    dialog = center.dialog
    assert dialog is not None and titles(dialog) == ["Call Marco", "Meet Anna"]

    assert dialog.select_task(call) and dialog.complete_selected()
    assert crm.tasks.get(call).done
    assert titles(dialog) == ["Meet Anna"] and dialog.isVisible()
    assert dialog.select_task(meet) and dialog.dismiss_selected()
    task = crm.tasks.get(meet)
    assert task.remind_at is None and not task.done  # the task stays open
    assert not dialog.isVisible()

    clock.at(11, 0)
    with qtbot.assertNotEmitted(center.sig_due):
        center.check_now()
    assert crm.tasks.due_reminders(clock()) == []

    with qtbot.waitSignal(center.sig_due, timeout=5000) as blocker:
        ui.undo()  # the dismissal: the reminder is due again and rings
    assert [t.title for t in blocker.args[0]] == ["Meet Anna"]
    assert dialog.isVisible() and titles(dialog) == ["Meet Anna"]


def test_done_on_a_call_offers_to_log_it_and_waits_for_the_answer(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    contact = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    call = make_task(crm, kind="call", contact_id=contact)
    clock.at(9, 50)
    dialog = ReminderDialog(ui, crm.tasks.due_reminders(clock()), clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.complete_selected()
    assert crm.tasks.get(call).done
    assert dialog.model.rowCount() == 0
    offer = dialog.findChild(LogTaskDialog)
    assert offer is not None and offer.isVisible()
    assert dialog.isVisible()  # the list stays while "log this call?" is open
    with qtbot.waitSignal(offer.finished):
        offer.log_button.click()
    assert not dialog.isVisible()
    timeline = crm.activities.timeline("contact", contact)
    [call_logged] = [e for e in timeline if e.kind == "activity"]
    assert (call_logged.activity_kind, call_logged.subject) == ("call", "Call Marco")
    ui.undo()  # the logged call
    ui.undo()  # the completion
    assert not crm.tasks.get(call).done


def test_dismiss_all_is_one_undoable_step(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    ids = [make_task(crm, f"Task {n}") for n in range(3)]
    clock.at(9, 50)
    dialog = ReminderDialog(ui, crm.tasks.due_reminders(clock()), clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.dismiss_all()
    assert not dialog.isVisible()
    assert crm.tasks.due_reminders(clock()) == []
    ui.undo()
    assert sorted(t.id for t in crm.tasks.due_reminders(clock())) == sorted(ids)


def test_a_task_done_elsewhere_leaves_the_list_with_a_message(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    first = make_task(crm)
    make_task(crm, "Meet Anna")
    clock.at(9, 50)
    dialog = ReminderDialog(ui, crm.tasks.due_reminders(clock()), clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    crm.tasks.complete(first)  # another window did it
    assert dialog.select_task(first)
    assert not dialog.snooze_selected(5)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The task is already done."
    assert titles(dialog) == ["Meet Anna"]


def test_tray_notification_and_menu(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    make_task(crm)
    make_task(crm, "Meet Anna", DUE_AT + timedelta(minutes=30))
    tray = RecordingTray()
    center = ReminderCenter(ui, clock=clock, tray=tray)
    center.start()
    clock.at(9, 45)
    with qtbot.waitSignal(center.sig_due):
        center.check_now()
    assert len(tray.messages) == 1
    title, text = tray.messages[0]
    assert title == "Call Marco"
    assert text.startswith("Due ") and "10:00" in text
    assert center.dialog is None  # the notification, not the list

    clock.at(10, 15)
    center.check_now()
    assert tray.messages[1][0] == "Meet Anna"
    assert len(tray.messages) == 2

    tray.messageClicked.emit()  # clicking the notification opens the list
    assert center.dialog is not None and center.dialog.isVisible()
    assert titles(center.dialog) == ["Call Marco", "Meet Anna"]
    center.dialog.close()

    menu = tray.contextMenu()
    assert menu is not None
    [show] = [a for a in menu.actions() if a.text() == "Show reminders"]
    show.trigger()
    assert center.dialog.isVisible()
    center.stop()
    center.dialog.close()


def test_one_notification_names_several_reminders(
    crm: Crm, ui: UiContext, clock: FakeClock
) -> None:
    for n in range(7):
        make_task(crm, f"Task {n}")
    tray = RecordingTray()
    center = ReminderCenter(ui, clock=clock, tray=tray)
    center.start()
    clock.at(9, 45)
    assert len(center.check_now()) == 7
    [(title, text)] = tray.messages
    assert title == "7 reminders due"
    assert text.splitlines() == [*(f"Task {n}" for n in range(5)), "and 2 more"]
    center.stop()


def test_open_goes_to_the_linked_record_or_the_task(
    qtbot: QtBot, crm: Crm, ui: UiContext, center: ReminderCenter, clock: FakeClock
) -> None:
    contact = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    linked = make_task(crm, contact_id=contact)
    alone = make_task(crm, "Think")
    clock.at(9, 50)
    center.start()
    dialog = center.dialog
    assert dialog is not None
    assert (
        dialog.model.index(dialog.model.row_of(linked), LINKED).data() == "\u2068Marco Rossi\u2069"
    )
    dialog.select_task(linked)
    with qtbot.waitSignal(ui.sig_open_record) as opened:
        dialog.open_button.click()
    assert opened.args == ["contact", contact]
    dialog.select_task(alone)
    with qtbot.waitSignal(center.sig_open_task) as opened_task:
        dialog.open_button.click()
    assert opened_task.args == [alone]
    assert dialog.isVisible()  # opening handles nothing


def test_model_marks_overdue(
    qtbot: QtBot, crm: Crm, ui: UiContext, clock: FakeClock, qtmodeltester: ModelTester
) -> None:
    make_task(crm, "Was due at nine", DUE_AT.replace(hour=9))
    make_task(crm, "Due at ten")
    all_day = DUE_AT.date() - timedelta(days=2)
    make_task(crm, "All day", all_day, all_day=True, reminder_minutes=60)
    clock.at(9, 50)
    dialog = ReminderDialog(ui, crm.tasks.due_reminders(clock()), clock=clock)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.headerData(DUE, Qt.Orientation.Horizontal) == "Due"
    rows = {model.index(r, TITLE).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Was due at nine", "Due at ten", "All day"}
    nine, ten = model.index(rows["Was due at nine"], DUE), model.index(rows["Due at ten"], DUE)
    assert nine.data(OVERDUE_ROLE) is True
    assert nine.data() == f"{dates.format_datetime(DUE_AT.replace(hour=9))} · overdue"
    assert nine.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE_COLOR)
    assert ten.data(OVERDUE_ROLE) is False
    assert ten.data() == dates.format_datetime(DUE_AT)
    assert ten.data(Qt.ItemDataRole.ForegroundRole) is None
    # an all-day task shows its day, without a time
    assert model.index(rows["All day"], DUE).data() == f"{dates.format_date(all_day)} · overdue"
    assert dialog.heading.text() == "3 reminders due"


def test_tray_icon_is_created_only_when_the_system_has_one(ui: UiContext) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    center = ReminderCenter(ui)
    assert center.tray is None
