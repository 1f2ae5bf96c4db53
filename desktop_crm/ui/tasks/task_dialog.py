"""The task editor: create or edit a task with every field; Save is one undoable change.

A refused value (the service's ValidationError, or a date the user's calendar lacks) shows under
its field and nothing is saved. Edit mode also has Mark done / Reopen and Delete. The calendar
and the cards open it with ``open_task_dialog`` (non-modal).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.enums import TaskKind
from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import (
    ALL_DAY_REMINDER_TIME,
    TaskItem,
    from_local_wall,
    local_wall,
)
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import (
    PRIORITIES,
    TASK_KINDS,
    field_label,
    priority_label,
    task_kind_label,
)
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.tasks.complete import complete_task
from desktop_crm.ui.tasks.fields import (
    ERROR_STYLE,
    DateField,
    FieldBox,
    TimeField,
    add_minutes,
    format_length,
    minutes_between,
)
from desktop_crm.ui.tasks.link_picker import DealPicker, RecordPicker
from desktop_crm.ui.tasks.reminder_editor import ReminderEditor
from desktop_crm.ui.tasks.repeat_editor import RepeatEditor

_BOX_OF = {"all_day": "due_at", "duration_minutes": "ends_at", "done": "general"}
_ITEM_FIELDS = set(TaskItem.__dataclass_fields__)


class TaskDialog(QDialog):
    """``TaskDialog(ui, task_id=None, defaults=None)``: a new task (``defaults`` fill it: any
    of the service's values) or the task ``task_id``."""

    sig_saved = Signal(str)  # task id

    def __init__(
        self,
        ui: UiContext,
        *,
        task_id: str | None = None,
        defaults: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.task_id = task_id
        self.task: TaskItem | None = ui.crm.tasks.get(task_id) if task_id else None
        self.change: Change | None = None
        self._baseline: dict[str, Any] = {}
        self._has_length = False  # the task has a duration: its end is shown whatever its kind
        self._last_start: time | None = None  # set once loaded: the end follows the start
        self._build_ui()
        self._connect_signals()
        self._load(defaults or {})

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit task") if self.task else self.tr("New task"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(500)
        self.title_edit.setPlaceholderText(self.tr("What is to be done"))
        self.kind_combo = QComboBox(self)
        for kind in TASK_KINDS:
            self.kind_combo.addItem(task_kind_label(kind), kind)
        self.priority_combo = QComboBox(self)
        for priority in PRIORITIES:
            self.priority_combo.addItem(priority_label(priority), priority)
        self.assignee_combo = QComboBox(self)
        self.due_field = DateField("due_at", self)
        self.due_time = TimeField("due_at", self)
        self.all_day_check = QCheckBox(field_label("all_day"), self)
        self.end_time = TimeField("ends_at", self)
        self.length_label = QLabel(self)
        self.length_label.setEnabled(False)
        self.reminder = ReminderEditor(self)
        self.repeat = RepeatEditor(self)
        self.contact_picker = RecordPicker(self.ui, "contact", self)
        self.company_picker = RecordPicker(self.ui, "company", self)
        self.deal_picker = DealPicker(self.ui, self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.boxes: dict[str, FieldBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, content in self._rows():
            self.boxes[name] = FieldBox(content, self)
            form.addRow(field_label(name), self.boxes[name])
        self.ends_label = form.labelForField(self.boxes["ends_at"])
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(self._build_buttons())
        self.resize(560, self.sizeHint().height())

    def _rows(self) -> list[tuple[str, QWidget | QHBoxLayout]]:
        due = QHBoxLayout()
        due.addWidget(self.due_field, 1)
        due.addWidget(self.due_time)
        due.addWidget(self.all_day_check)
        ends = QHBoxLayout()
        ends.addWidget(self.end_time)
        ends.addWidget(self.length_label, 1)
        return [
            ("title", self.title_edit),
            ("kind", self.kind_combo),
            ("due_at", due),
            ("ends_at", ends),
            ("reminder_minutes", self.reminder),
            ("repeat_rule", self.repeat),
            ("assignee_id", self.assignee_combo),
            ("priority", self.priority_combo),
            ("contact_id", self.contact_picker),
            ("company_id", self.company_picker),
            ("deal_id", self.deal_picker),
            ("notes", self.notes_edit),
        ]

    def _build_buttons(self) -> QHBoxLayout:
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("done_button")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_button")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        return row

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_rows())
        self.all_day_check.toggled.connect(lambda _on: self._update_rows())
        self.due_time.sig_changed.connect(self._on_due_time_changed)
        self.end_time.sig_changed.connect(self._update_rows)
        self.due_field.sig_changed.connect(self._on_due_field_changed)
        self.contact_picker.sig_picked.connect(self._on_link_picked)
        self.company_picker.sig_picked.connect(self._on_link_picked)

    # ----- loading -----------------------------------------------------------------------
    def _load(self, defaults: Mapping[str, Any]) -> None:
        values = self._start_values(defaults)
        self.title_edit.setText(values.get("title") or "")
        self._select(self.kind_combo, values.get("kind") or TaskKind.OTHER.value)
        self._select(self.priority_combo, values.get("priority") or "normal")
        self._fill_assignees(values.get("assignee_id") or self.ui.crm.ctx.user_id)
        due, all_day = values.get("due_at"), bool(values.get("all_day"))
        day: date | None = None
        if isinstance(due, datetime) and all_day:
            day = due.astimezone(UTC).date() if due.tzinfo else due.date()  # its UTC midnight
        elif isinstance(due, datetime):
            wall = local_wall(due) if due.tzinfo else due
            day = wall.date()
            self.due_time.set_value(time(wall.hour, wall.minute))
        elif isinstance(due, date):
            day, all_day = due, True
        self.due_field.set_value(day)
        self.all_day_check.setChecked(all_day)
        minutes = values.get("duration_minutes")
        start = self.due_time.value_or_none() or time(9, 0)
        self.end_time.set_value(add_minutes(start, int(minutes if minutes else 60)))
        self._has_length = bool(minutes)
        self.reminder.set_value(values.get("reminder_minutes"), self._due_ref_or_none())
        self.repeat.set_rule(values.get("repeat_rule"), day)
        self.contact_picker.set_value(values.get("contact_id"), values.get("contact_name"))
        self.company_picker.set_value(values.get("company_id"), values.get("company_name"))
        self.deal_picker.set_value(values.get("deal_id"), values.get("deal_title"))
        self._on_link_picked(None)
        self.notes_edit.setPlainText(values.get("notes") or "")
        self.done_button.setVisible(self.task is not None)
        self.delete_button.setVisible(self.task is not None)
        self.done_button.setText(
            self.tr("Reopen") if self.task and self.task.done else self.tr("Mark done")
        )
        self._last_start = self.due_time.value_or_none()
        self._update_rows()
        if self.task is not None:
            try:
                self._baseline = self.values()
            except ValidationError:
                self._baseline = {}  # whatever is stored that the editor cannot read is sent
        self.title_edit.setFocus()

    def _start_values(self, defaults: Mapping[str, Any]) -> dict[str, Any]:
        if self.task is not None:
            return {name: getattr(self.task, name) for name in _ITEM_FIELDS}
        values = dict(defaults)
        crm = self.ui.crm
        lookups = (
            ("contact_id", "contact_name", lambda i: crm.contacts.get(i).title),
            ("company_id", "company_name", lambda i: crm.companies.get(i).title),
            ("deal_id", "deal_title", lambda i: crm.deals.get(i).title),
        )
        for key, name_key, lookup in lookups:
            if values.get(key) and not values.get(name_key):
                try:
                    values[name_key] = lookup(values[key])
                except CrmError:
                    values[name_key] = ""
        if values.get("ends_at") and isinstance(values.get("due_at"), datetime):
            length = values["ends_at"] - values["due_at"]
            values["duration_minutes"] = int(length.total_seconds() // 60)
        return values

    def _fill_assignees(self, assignee_id: str | None) -> None:
        users = self.ui.crm.catalog.users(include_inactive=True)
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("(nobody)"), None)
        for user in users:
            if user.active or user.id == assignee_id:
                self.assignee_combo.addItem(user.name, user.id)
        self._select(self.assignee_combo, assignee_id)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # ----- values ------------------------------------------------------------------------
    def _timed(self) -> bool:
        return not self.all_day_check.isChecked()

    def _shows_end(self) -> bool:
        meeting = self.kind_combo.currentData() == TaskKind.MEETING.value
        return self._timed() and (meeting or self._has_length)

    def _due_ref_or_none(self) -> datetime | None:
        try:
            return self._due_ref(self.due_field.value())
        except ValidationError:
            return None

    def _due_ref(self, day: date | None) -> datetime | None:
        """When the reminder counts from: the due time, or 9:00 on an all-day task's day."""
        if day is None:
            return None
        clock = ALL_DAY_REMINDER_TIME if not self._timed() else self.due_time.value()
        return from_local_wall(datetime.combine(day, clock))

    def values(self) -> dict[str, Any]:
        """The service's values as edited; ValidationError for a field the user must fix."""
        day = self.due_field.value()
        values: dict[str, Any] = {
            "title": self.title_edit.text(),
            "kind": self.kind_combo.currentData(),
            "priority": self.priority_combo.currentData(),
            "assignee_id": self.assignee_combo.currentData(),
            "all_day": day is not None and not self._timed(),
            "due_at": None,
            "notes": self.notes_edit.toPlainText() or None,
        }
        if day is not None:
            if self._timed():
                values["due_at"] = from_local_wall(datetime.combine(day, self.due_time.value()))
            else:
                values["due_at"] = day
            if self._shows_end():
                ends = datetime.combine(day, self.end_time.value())
                values["ends_at"] = from_local_wall(ends)
        if "ends_at" not in values and (self.task is None or not self._timed()):
            values["duration_minutes"] = None
        values["reminder_minutes"] = self.reminder.value(self._due_ref(day))
        self.repeat.set_first_due(day)
        values["repeat_rule"] = self.repeat.rule_text()
        values["contact_id"] = self.contact_picker.value()
        values["company_id"] = self.company_picker.value()
        values["deal_id"] = self.deal_picker.value()
        return values

    def changed_values(self) -> dict[str, Any]:
        """What Save sends for an existing task: the fields that differ from the loaded ones
        (an end always goes with its start)."""
        values = self.values()
        changed = {k: v for k, v in values.items() if self._baseline.get(k, ...) != v}
        if "ends_at" in changed or ("due_at" in changed and "ends_at" in values):
            changed["due_at"] = values["due_at"]
            changed["ends_at"] = values["ends_at"]
        return changed

    # ----- saving ------------------------------------------------------------------------
    def save(self) -> Change | None:
        """Save as one undoable change; on a refusal the message shows under its field."""
        self._clear_errors()
        tasks = self.ui.crm.tasks
        if self.task is None:
            change = self.ui.apply(lambda: tasks.create(self.values()), self, self.show_error)
        else:
            task = self.task

            def update() -> Change:
                changed = self.changed_values()
                # what the user saw of each field saved (an end is saved as a duration)
                saved = {"duration_minutes" if k == "ends_at" else k for k in changed}
                expected = {k: getattr(task, k) for k in saved}
                return tasks.update_many(task.id, changed, expected=expected)

            change = self.ui.apply(update, self, self.show_error)
        if change is not None:
            self.change = change
            saved = self.task_id or change.created_id
            if saved:
                self.sig_saved.emit(saved)
            self.accept()
        return change

    def show_error(self, exc: CrmError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else "general"
        box = self.boxes.get(_BOX_OF.get(field, field))
        if box is None:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
        else:
            box.show_error(error_text(exc))

    def errors(self) -> dict[str, str]:
        """The messages shown, by field ("general" for the one under the form)."""
        shown = {name: box.error() for name, box in self.boxes.items() if box.error()}
        if not self.general_error.isHidden():
            shown["general"] = self.general_error.text()
        return shown

    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.clear_error()
        self.general_error.hide()

    # ----- handlers ----------------------------------------------------------------------
    def _on_done_clicked(self) -> None:
        if self.task is None:
            return
        task, parent = self.task, self.parentWidget()
        if task.done:
            self.ui.apply(lambda: self.ui.crm.tasks.complete(task.id, done=False), self)
        else:
            complete_task(self.ui, task.id, parent)
        self.accept()

    def _on_delete_clicked(self) -> None:
        if self.task is None:
            return
        task_id = self.task.id
        if self.ui.apply(lambda: self.ui.crm.tasks.delete([task_id]), self) is not None:
            self.accept()

    def _on_due_time_changed(self) -> None:
        # the end moves with the start, keeping the length
        new, end = self.due_time.value_or_none(), self.end_time.value_or_none()
        if self._last_start is not None and new is not None:
            if end is not None:
                self.end_time.set_value(add_minutes(end, minutes_between(self._last_start, new)))
            self._last_start = new
        self._update_rows()

    def _on_due_field_changed(self) -> None:
        self.repeat.set_first_due(self.due_field.value_or_none())
        self._update_rows()

    def _on_link_picked(self, _record_id: object) -> None:
        contact = self.contact_picker.record_id
        self.deal_picker.refill(contact, self.company_picker.record_id)

    def _update_rows(self) -> None:
        timed = self._timed()
        self.due_time.setEnabled(timed)
        shows_end = self._shows_end()
        self.boxes["ends_at"].setVisible(shows_end)
        if self.ends_label is not None:
            self.ends_label.setVisible(shows_end)
        start, end = self.due_time.value_or_none(), self.end_time.value_or_none()
        minutes = minutes_between(start, end) if start and end else 0
        self.length_label.setText(format_length(minutes) if minutes > 0 else "")


def open_task_dialog(
    ui: UiContext,
    *,
    task_id: str | None = None,
    defaults: Mapping[str, Any] | None = None,
    parent: QWidget | None = None,
) -> TaskDialog:
    """Show the task editor (non-modal, deleted when closed) and return it."""
    dialog = TaskDialog(ui, task_id=task_id, defaults=defaults, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["TaskDialog", "open_task_dialog"]
