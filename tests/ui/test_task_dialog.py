"""The task editor on a real database: create and edit as one undoable change, every refusal
shown under its field with nothing saved, the repeat editor, the pickers, the user's calendar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.tasks import Bucket, from_local_wall, local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.fields import TimeField, parse_time
from desktop_crm.ui.tasks.link_picker import ID_ROLE
from desktop_crm.ui.tasks.reminder_editor import DAYS, HOURS, MINUTES, ON
from desktop_crm.ui.tasks.repeat_editor import RepeatEditor
from desktop_crm.ui.tasks.task_dialog import TaskDialog, open_task_dialog

DAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dates.configure("gregorian", 1)
    yield
    dates.configure("gregorian", 0)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def marco(crm: Crm) -> str:
    created = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    assert created
    return created


def dialog(qtbot: QtBot, ui: UiContext, **kwargs: object) -> TaskDialog:
    widget = TaskDialog(ui, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    return widget


def wall(day: date, hour: int, minute: int = 0) -> datetime:
    return from_local_wall(datetime.combine(day, time(hour, minute)))


def all_tasks(crm: Crm) -> list[str]:
    found = []
    for bucket in Bucket:
        found += [t.id for t in crm.tasks.bucket(bucket, assignee_id=None)]
    return found


def click_save(qtbot: QtBot, widget: TaskDialog) -> None:
    qtbot.mouseClick(
        widget.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_create_with_every_field_is_one_undoable_change(
    crm: Crm, ui: UiContext, marco: str, qtbot: QtBot
) -> None:
    crm.catalog.add_user("Anna Bianchi")
    anna = next(u.id for u in crm.catalog.users() if u.name == "Anna Bianchi")
    widget = dialog(qtbot, ui, defaults={"contact_id": marco})
    assert widget.contact_picker.text() == "Marco Rossi"
    qtbot.keyClicks(widget.title_edit, "Demo at Rossi")
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("meeting"))
    widget.due_field.line.setText("11/24/2026")
    widget.due_time.set_value(time(14, 30))
    assert widget.end_time.value() == time(15, 30)  # the end follows the start
    widget.end_time.set_value(time(16, 0))
    assert widget.length_label.text() == "1 h 30 min"
    widget.reminder.set_mode(HOURS)
    widget.reminder.amount_spin.setValue(2)
    widget.assignee_combo.setCurrentIndex(widget.assignee_combo.findData(anna))
    widget.priority_combo.setCurrentIndex(widget.priority_combo.findData("high"))
    widget.notes_edit.setPlainText("Bring the samples")
    undo_depth = len(crm.undo.done)
    with qtbot.waitSignal(ui.sig_changed):
        click_save(qtbot, widget)
    assert widget.errors() == {}
    assert widget.change is not None and widget.change.created_id
    assert len(crm.undo.done) == undo_depth + 1
    task = crm.tasks.get(widget.change.created_id)
    assert (task.title, task.kind, task.priority, task.notes) == (
        "Demo at Rossi", "meeting", "high", "Bring the samples",
    )  # fmt: skip
    assert task.due_at == wall(DAY, 14, 30)
    assert task.duration_minutes == 90
    assert task.reminder_minutes == 120
    assert task.assignee_id == anna
    assert task.contact_id == marco
    ui.undo()
    with pytest.raises(NotFoundError):
        crm.tasks.get(task.id)


def test_all_day_task_from_defaults(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Trade fair", "due_at": DAY, "kind": "other"})
    assert widget.all_day_check.isChecked()
    assert not widget.due_time.isEnabled()
    assert widget.boxes["ends_at"].isHidden()
    widget.reminder.set_mode(DAYS)
    widget.reminder.amount_spin.setValue(1)
    widget.save()
    assert widget.change is not None and widget.change.created_id
    task = crm.tasks.get(widget.change.created_id)
    assert task.all_day and task.due_day == DAY
    assert task.reminder_minutes == 24 * 60


def test_edit_sends_what_changed_in_one_step_and_undo_restores(
    crm: Crm, ui: UiContext, marco: str, qtbot: QtBot
) -> None:
    created = crm.tasks.create(
        {
            "title": "Call Marco",
            "kind": "call",
            "due_at": wall(DAY, 10),
            "duration_minutes": 30,
            "contact_id": marco,
            "repeat_rule": "FREQ=WEEKLY;BYDAY=TU",
        }
    ).created_id
    assert created
    widget = dialog(qtbot, ui, task_id=created)
    assert widget.windowTitle() == "Edit task"
    assert widget.changed_values() == {}
    assert not widget.boxes["ends_at"].isHidden()  # it has a length
    assert widget.repeat.summary_label.text() == "Every week on Tuesday"
    widget.title_edit.setText("Call Marco back")
    widget.due_time.set_value(time(11, 0))
    assert set(widget.changed_values()) == {"title", "due_at", "ends_at"}
    undo_depth = len(crm.undo.done)
    widget.save()
    assert widget.errors() == {}
    assert len(crm.undo.done) == undo_depth + 1
    task = crm.tasks.get(created)
    assert task.title == "Call Marco back"
    assert task.due_at == wall(DAY, 11)
    assert task.duration_minutes == 30
    assert task.contact_id == marco and task.repeat_rule == "FREQ=WEEKLY;BYDAY=TU"
    ui.undo()
    task = crm.tasks.get(created)
    assert (task.title, task.due_at) == ("Call Marco", wall(DAY, 10))


# ----- refusals: the message under the field, nothing saved ---------------------------------
def test_end_before_start_is_refused(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Meeting", "kind": "meeting"})
    widget.due_field.set_value(DAY)
    widget.due_time.set_value(time(15, 0))
    widget.end_time.set_value(time(14, 0))
    click_save(qtbot, widget)
    assert widget.errors() == {"ends_at": "The end is before the start."}
    assert widget.isVisible() or widget.result() == 0
    assert widget.change is None and all_tasks(crm) == []


def test_reminder_after_the_due_time_is_refused(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Call", "kind": "call"})
    widget.due_field.set_value(DAY)
    widget.due_time.set_value(time(10, 0))
    widget.reminder.set_mode(ON)
    widget.reminder.on_date.set_value(DAY)
    widget.reminder.on_time.set_value(time(10, 30))  # half an hour after the call
    widget.save()
    assert widget.errors() == {"reminder_minutes": "The reminder would ring after the task is due."}
    assert all_tasks(crm) == []
    widget.reminder.on_time.set_value(time(9, 45))
    widget.save()
    assert widget.errors() == {}
    assert widget.change is not None and widget.change.created_id
    assert crm.tasks.get(widget.change.created_id).reminder_minutes == 15


def test_weekly_repeat_with_no_day_is_refused(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Report", "due_at": DAY})
    widget.repeat.freq_combo.setCurrentIndex(widget.repeat.freq_combo.findData("WEEKLY"))
    assert widget.repeat.day_boxes[DAY.weekday()].isChecked()  # the due day, by default
    widget.repeat.day_boxes[DAY.weekday()].setChecked(False)
    widget.save()
    assert widget.errors() == {"repeat_rule": "A weekly repeat needs at least one day of the week."}
    assert all_tasks(crm) == []


def test_task_linked_to_a_deleted_contact_is_refused(
    crm: Crm, ui: UiContext, marco: str, qtbot: QtBot
) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Call Marco", "contact_id": marco})
    crm.contacts.delete([marco])  # deleted meanwhile (another window)
    widget.save()
    assert widget.errors() == {"contact_id": "Contact: the linked record was deleted."}
    assert all_tasks(crm) == []


def test_empty_title_on_edit_changes_nothing(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    created = crm.tasks.create({"title": "Send offer", "kind": "send_document"}).created_id
    assert created
    widget = dialog(qtbot, ui, task_id=created)
    widget.title_edit.clear()
    widget.priority_combo.setCurrentIndex(widget.priority_combo.findData("high"))
    undo_depth = len(crm.undo.done)
    widget.save()
    assert widget.errors() == {"title": "Title: this field is required."}
    assert len(crm.undo.done) == undo_depth
    task = crm.tasks.get(created)
    assert (task.title, task.priority) == ("Send offer", "normal")


def test_typed_text_that_is_no_date_is_refused(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "x"})
    widget.due_field.line.setText("next Tuesday-ish")
    widget.save()
    assert widget.errors() == {"due_at": "Due: “next Tuesday-ish” is not a date."}
    assert all_tasks(crm) == []


class TestPersianCalendar:
    @pytest.fixture(autouse=True)
    def persian(self) -> Iterator[None]:
        QLocale.setDefault(QLocale("fa_IR"))
        dates.configure("jalali", 6)
        yield

    def test_impossible_jalali_day_is_refused(self, crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
        widget = dialog(qtbot, ui, defaults={"title": "تماس با علی"})
        widget.due_field.line.setText("1404/12/30")  # Esfand 1404 has 29 days
        widget.save()
        assert widget.errors() == {"due_at": "Due: “1404/12/30” is not a day of this calendar."}
        assert all_tasks(crm) == []
        widget.due_field.line.setText("۱۴۰۵/۰۹/۰۲")
        widget.all_day_check.setChecked(True)
        widget.save()
        assert widget.errors() == {}
        assert widget.change is not None and widget.change.created_id
        assert crm.tasks.get(widget.change.created_id).due_day == date(2026, 11, 23)

    def test_date_shown_and_picked_in_the_jalali_calendar(
        self, ui: UiContext, qtbot: QtBot
    ) -> None:
        widget = dialog(qtbot, ui, defaults={"title": "x", "due_at": date(2026, 11, 23)})
        assert widget.due_field.line.text() == "۱۴۰۵/۹/۲"
        popup = widget.due_field.open_popup()
        assert popup.calendar.calendar().name() == "Jalali"
        assert popup.month_label.text() == "آذر ۱۴۰۵"
        assert popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
        popup.calendar.clicked.emit(QDate(2026, 12, 1))
        assert widget.due_field.value() == date(2026, 12, 1)
        assert widget.due_field.line.text() == "۱۴۰۵/۹/۱۰"
        assert popup.isHidden()


# ----- repeat editor ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first_due", "summary"),
    [
        ("FREQ=DAILY", DAY, "Every day"),
        ("FREQ=DAILY;INTERVAL=3", DAY, "Every 3 days"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", date(2026, 11, 23),
         "Every 2 weeks on Monday and Thursday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20271231", date(2026, 11, 23),
         "Every week on Monday, Wednesday, and Friday, until 12/31/2027"),
        ("FREQ=MONTHLY;BYMONTHDAY=31", date(2026, 11, 30), "Every month on day 31"),
        ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", date(2026, 11, 15), "Every 3 months on day 15"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", date(2028, 2, 29), "Every year on 29 Feb"),
    ],
)  # fmt: skip
def test_repeat_editor_round_trips_rules(
    qtbot: QtBot, text: str, first_due: date, summary: str
) -> None:
    editor = RepeatEditor()
    qtbot.addWidget(editor)
    editor.set_rule(text, first_due)
    assert editor.rule_text() == text
    assert editor.summary_label.text() == summary


def test_repeat_editor_builds_a_rule_from_its_controls(qtbot: QtBot) -> None:
    editor = RepeatEditor()
    qtbot.addWidget(editor)
    editor.set_rule(None, date(2026, 11, 23))
    assert editor.rule_text() is None
    assert editor.days_widget.isHidden() and editor.summary_label.isHidden()
    editor.freq_combo.setCurrentIndex(editor.freq_combo.findData("WEEKLY"))
    editor.interval_spin.setValue(2)
    editor.day_boxes[3].setChecked(True)
    assert editor.rule_text() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"
    assert editor.summary_label.text() == "Every 2 weeks on Monday and Thursday"
    editor.until_field.line.setText("12/31/2027")
    editor.until_field.line.editingFinished.emit()
    assert editor.until_check.isChecked()
    assert editor.rule_text() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271231"
    editor.freq_combo.setCurrentIndex(editor.freq_combo.findData("MONTHLY"))
    assert editor.rule_text() == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=23;UNTIL=20271231"
    # a new due day moves a fresh rule's anchor with it
    editor.set_first_due(date(2026, 11, 30))
    assert editor.rule_text() == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=30;UNTIL=20271231"


def test_a_monthly_rule_keeps_its_anchor_while_the_due_day_stays(
    crm: Crm, ui: UiContext, qtbot: QtBot
) -> None:
    created = crm.tasks.create(
        {"title": "Invoice", "due_at": date(2026, 11, 30), "all_day": True,
         "repeat_rule": "FREQ=MONTHLY;BYMONTHDAY=31"}
    ).created_id  # fmt: skip
    assert created
    widget = dialog(qtbot, ui, task_id=created)
    assert widget.changed_values() == {}
    widget.due_field.set_value(date(2026, 12, 5))
    assert widget.changed_values()["repeat_rule"] == "FREQ=MONTHLY;BYMONTHDAY=5"


# ----- links --------------------------------------------------------------------------------
def test_contact_picker_searches_as_you_type_and_clears(
    crm: Crm, ui: UiContext, marco: str, qtbot: QtBot
) -> None:
    crm.contacts.create({"first_name": "Anna", "last_name": "Verdi"})
    acme = crm.companies.create({"name": "Rossi Tessuti"}).created_id
    deal = crm.deals.create({"title": "Looms", "company_id": acme}).created_id
    widget = dialog(qtbot, ui, defaults={"title": "Call"})
    picker = widget.contact_picker
    qtbot.keyClicks(picker, "Ross")
    rows = [picker.suggestions.item(r).data(ID_ROLE) for r in range(picker.suggestions.rowCount())]
    assert rows == [marco]  # contacts only; the company is not offered here
    completion = picker.completer_.completionModel()
    picker.completer_.activated[type(completion.index(0, 0))].emit(completion.index(0, 0))
    assert picker.record_id == marco and picker.text() == "Marco Rossi"
    qtbot.keyClicks(widget.company_picker, "Tess")
    assert widget.company_picker.suggestions.rowCount() == 1
    widget.company_picker.pick(str(acme), "Rossi Tessuti")
    assert widget.deal_picker.findData(deal) > 0  # the company's deals are offered
    widget.deal_picker.setCurrentIndex(widget.deal_picker.findData(deal))
    widget.save()
    assert widget.change is not None and widget.change.created_id
    task = crm.tasks.get(widget.change.created_id)
    assert (task.contact_id, task.company_id, task.deal_id) == (marco, acme, deal)
    # clearing the contact unlinks it
    edit = dialog(qtbot, ui, task_id=task.id)
    assert edit.contact_picker.text() == "Marco Rossi"
    edit.contact_picker.selectAll()
    qtbot.keyClick(edit.contact_picker, Qt.Key.Key_Backspace)
    assert edit.contact_picker.record_id is None
    edit.save()
    assert crm.tasks.get(task.id).contact_id is None


def test_typed_name_that_matches_nobody_is_refused(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "Call"})
    qtbot.keyClicks(widget.contact_picker, "Nobody Here")
    widget.save()
    assert widget.errors() == {"contact_id": "Choose a contact from the suggestions."}
    assert all_tasks(crm) == []


# ----- edit-mode actions --------------------------------------------------------------------
def test_mark_done_reopen_and_delete(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    created = crm.tasks.create({"title": "Send offer", "due_at": DAY}).created_id
    assert created
    widget = dialog(qtbot, ui, task_id=created)
    assert widget.done_button.text() == "Mark done"
    qtbot.mouseClick(widget.done_button, Qt.MouseButton.LeftButton)
    assert crm.tasks.get(created).done
    reopen = dialog(qtbot, ui, task_id=created)
    assert reopen.done_button.text() == "Reopen"
    qtbot.mouseClick(reopen.done_button, Qt.MouseButton.LeftButton)
    assert not crm.tasks.get(created).done
    delete = dialog(qtbot, ui, task_id=created)
    qtbot.mouseClick(delete.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFoundError):
        crm.tasks.get(created)
    ui.undo()
    assert crm.tasks.get(created).title == "Send offer"


def test_new_task_has_no_done_or_delete(ui: UiContext, qtbot: QtBot) -> None:
    widget = open_task_dialog(ui, defaults={"title": "x"})
    qtbot.addWidget(widget)
    assert widget.isVisible() and not widget.isModal()
    assert widget.windowTitle() == "New task"
    assert widget.done_button.isHidden() and widget.delete_button.isHidden()


def test_reminder_editor_shows_stored_minutes(ui: UiContext, qtbot: QtBot) -> None:
    widget = dialog(qtbot, ui, defaults={"title": "x"})
    due = wall(DAY, 10)
    for minutes, mode, amount in ((15, MINUTES, 15), (120, HOURS, 2), (2 * 24 * 60, DAYS, 2)):
        widget.reminder.set_value(minutes, due)
        assert (widget.reminder.mode(), widget.reminder.amount_spin.value()) == (mode, amount)
        assert widget.reminder.value(due) == minutes
    widget.reminder.set_value(-30, due)  # stored elsewhere after the due time: shown as a date
    assert widget.reminder.mode() == ON
    assert local_wall(due + timedelta(minutes=30)).time() == widget.reminder.on_time.value()
    with pytest.raises(ValidationError) as refused:
        widget.reminder.value(due)
    assert refused.value.code == "reminder_after_due"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:05", time(15, 5)),
        ("3:05 PM", time(15, 5)),
        ("3:05\u202fpm", time(15, 5)),
        ("12 am", time(0, 0)),
        ("9.30", time(9, 30)),
        ("۱۵:۰۵", time(15, 5)),
        ("๙:๓๐", time(9, 30)),
        ("25:00", None),
        ("13 pm", None),
        ("soon", None),
    ],
)
def test_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


def test_time_field_keeps_its_order_right_to_left(qapp: QApplication, qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("fa_IR"))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        field = TimeField("due_at")
        qtbot.addWidget(field)
        field.set_value(time(15, 5))
        assert field.currentText() == "۱۵:۰۵"
        assert field.value() == time(15, 5)
        field.setEditText("۲۵:۰۰")
        with pytest.raises(ValidationError) as refused:
            field.value()
        assert refused.value.field == "due_at"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
