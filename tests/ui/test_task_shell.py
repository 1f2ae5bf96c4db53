"""Tasks in the window: the My tasks and Calendar sections, the start-up rules and reminders,
File > Export tasks, and the tasks box on a contact card."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.calendar.page import CalendarPage
from desktop_crm.ui.cards.record_card import RecordCard
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.shell.main_window import MainWindow
from desktop_crm.ui.shell.task_automation import TaskAutomation
from desktop_crm.ui.tasks.my_tasks import MyTasksPage


def _window(qtbot: QtBot, crm: Crm) -> MainWindow:
    window = MainWindow(UiContext(crm))
    qtbot.addWidget(window)
    return window


def test_sections_open_my_tasks_and_the_calendar(qtbot: QtBot, crm: Crm) -> None:
    window = _window(qtbot, crm)
    window.show_section("tasks")
    assert isinstance(window.page("tasks"), MyTasksPage)
    window.show_section("calendar")
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)


def test_calendar_create_signal_opens_the_task_editor_with_the_slot(qtbot: QtBot, crm: Crm) -> None:
    window = _window(qtbot, crm)
    window.show_section("calendar")
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    due = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    page.sig_create_task.emit({"due_at": due, "all_day": False, "ends_at": None})
    from desktop_crm.ui.tasks.task_dialog import TaskDialog

    dialogs = [w for w in window.findChildren(TaskDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].title_edit.setText("Call back")
    dialogs[0].save()
    saved = crm.tasks.between(due - timedelta(hours=1), due + timedelta(hours=1))
    assert [t.title for t in saved] == ["Call back"]
    assert saved[0].due_at == due


def test_start_up_rules_are_one_undoable_step_then_reminders_start(qtbot: QtBot, crm: Crm) -> None:
    today = date.today()
    crm.contacts.create({"first_name": "Sara", "birthday": today.replace(year=1990)})
    ui = UiContext(crm)
    started: list[bool] = []
    automation = TaskAutomation(ui, today=lambda: today, then=lambda: started.append(True))
    with qtbot.waitSignal(automation.sig_finished, timeout=10_000) as blocker:
        automation.start()
    change = blocker.args[0]
    assert change is not None and started == [True]
    birthday = crm.tasks.between(
        datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=1),
        datetime.combine(today, datetime.min.time(), UTC) + timedelta(days=2),
    )
    assert any("Sara" in t.title for t in birthday)
    assert crm.undo.can_undo()
    ui.undo()
    assert not any("Sara" in t.title for t in crm.tasks.bucket("today", today=today))


def test_file_export_tasks_writes_an_ics_file(qtbot: QtBot, crm: Crm, tmp_path: Path) -> None:
    crm.tasks.create(
        {
            "title": "Meet Marco",
            "kind": "meeting",
            "due_at": datetime(2026, 12, 1, 9, tzinfo=UTC),
            "duration_minutes": 60,
        }
    )
    window = _window(qtbot, crm)
    target = tmp_path / "tasks.ics"
    window.export_tasks_to(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "tasks.ics" in window.statusBar().currentMessage(), timeout=10_000)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Meet Marco"]


def test_contact_card_lists_its_tasks_and_plans_new_ones(qtbot: QtBot, crm: Crm) -> None:
    contact = crm.contacts.create({"first_name": "Marco"}).created_id
    assert contact is not None
    ui = UiContext(crm)
    card = RecordCard(ui, "contact", contact)
    qtbot.addWidget(card)
    assert card.tasks_box.model.rowCount() == 0
    ui.apply(lambda: crm.tasks.create({"title": "Call Marco", "contact_id": contact}))
    assert card.tasks_box.model.rowCount() == 1
    card.plan_button.click()
    from desktop_crm.ui.tasks.task_dialog import TaskDialog

    dialog = next(w for w in card.findChildren(TaskDialog) if w.isVisible())
    assert dialog.values().get("contact_id") == contact


def test_a_file_dropped_on_the_window_opens_the_import_wizard(
    qtbot: QtBot, crm: Crm, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop_crm.ui.importer.wizard import ImportWizard

    sheet = tmp_path / "clienti.csv"
    sheet.write_text("Nome;Cognome;Email\nMarco;Rossi;marco@example.it\n", encoding="utf-8")
    window = _window(qtbot, crm)
    window.show_section("companies")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1
    assert wizards[0].isVisible()
    wizards[0].close()
