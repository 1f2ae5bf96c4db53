"""Completing a task, and for a call or meeting linked to a record, the offer to log it on that
record's timeline ("Log this call on Marco Rossi's timeline?") as its own undoable step."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.enums import ActivityKind, TaskKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import TaskItem
from desktop_crm.ui.context import UiContext, show_error
from desktop_crm.ui.labels import activity_label, field_label
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.tasks.fields import ERROR_STYLE

LOGGABLE = {
    TaskKind.CALL.value: ActivityKind.CALL.value,
    TaskKind.MEETING.value: ActivityKind.MEETING.value,
}


def linked_name(task: TaskItem) -> str | None:
    """Whose timeline the activity goes on: the contact, else the company, else the deal."""
    return task.contact_name or task.company_name or task.deal_title or None


def offers_log(task: TaskItem) -> bool:
    linked = task.contact_id or task.company_id or task.deal_id
    return task.kind in LOGGABLE and bool(linked)


def complete_task(
    ui: UiContext, task_id: str, parent: QWidget | None, *, ask: bool = True
) -> LogTaskDialog | None:
    """Mark the task done (one undoable step; a repeating task gets its next occurrence).
    For a call or meeting linked to a record, and ``ask``, offer to log it: the dialog is
    returned, shown window-modal without blocking."""
    try:
        task = ui.crm.tasks.get(task_id)
    except CrmError as exc:
        show_error(parent, exc)
        return None
    change = ui.apply(lambda: ui.crm.tasks.complete(task_id), parent)
    if change is None or not ask or not offers_log(task):
        return None
    dialog = LogTaskDialog(ui, task, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class LogTaskDialog(QDialog):
    """The completed call or meeting as an activity: subject, kind, outcome, duration, notes."""

    def __init__(self, ui: UiContext, task: TaskItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.task = task
        self.change: Change | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Log on the timeline"))
        name = linked_name(self.task) or ""
        if LOGGABLE[self.task.kind] == ActivityKind.CALL.value:
            question = self.tr("Log this call on {name}'s timeline?").format(name=name)
        else:
            question = self.tr("Log this meeting on {name}'s timeline?").format(name=name)
        self.question_label = QLabel(question, self)
        self.question_label.setWordWrap(True)
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)
        self.subject_edit = QLineEdit(self.task.title, self)
        self.subject_edit.setMaxLength(500)
        self.kind_combo = QComboBox(self)
        for kind in (ActivityKind.CALL.value, ActivityKind.MEETING.value):
            self.kind_combo.addItem(activity_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(LOGGABLE[self.task.kind]))
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("e.g. interested, call back next week"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText("—")
        self.duration_spin.setValue(min(self.task.duration_minutes or 0, 24 * 60))
        self.body_edit = QPlainTextEdit(self.task.notes or "", self)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(field_label("kind"), self.kind_combo)
        form.addRow(self.tr("Outcome"), self.outcome_edit)
        form.addRow(field_label("duration_minutes"), self.duration_spin)
        form.addRow(field_label("notes"), self.body_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.log_button = self.buttons.addButton(
            self.tr("Log"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.log)
        self.buttons.rejected.connect(self.reject)

    def occurred_at(self) -> datetime:
        """A meeting happened at its time (when that has passed); a call just now."""
        now = datetime.now(UTC)
        due = self.task.due_at
        if (
            self.kind_combo.currentData() == ActivityKind.MEETING.value
            and due is not None
            and due <= now
        ):
            return due
        return now

    def log(self) -> Change | None:
        task = self.task
        kind = str(self.kind_combo.currentData())
        subject, body = self.subject_edit.text(), self.body_edit.toPlainText() or None
        outcome = self.outcome_edit.text() or None
        duration = self.duration_spin.value() or None
        when = self.occurred_at()

        def log() -> Change:
            return self.ui.crm.activities.log(
                kind,
                subject=subject,
                body=body,
                occurred_at=when,
                duration_minutes=duration,
                outcome=outcome,
                contact_id=task.contact_id,
                company_id=task.company_id,
                deal_id=task.deal_id,
            )

        self.change = self.ui.apply(log, self, on_error=self._on_log_failed)
        if self.change is not None:
            self.accept()
        return self.change

    def _on_log_failed(self, exc: CrmError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()


__all__ = ["LogTaskDialog", "complete_task", "linked_name", "offers_log"]
