"""The tasks linked to a record, listed on its card (open first, overdue marked): tick one to
complete it, double-click to edit it, "Plan task" for a new one linked to the record."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.domain.records import TaskBrief
from desktop_crm.ui.cards.formatting import format_datetime
from desktop_crm.ui.cards.quick_actions import open_plan_task
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.complete import complete_task
from desktop_crm.ui.tasks.task_dialog import TaskDialog, open_task_dialog

_Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskListModel(QAbstractListModel):
    sig_toggled = Signal(str, bool)  # task id, checked: the view asks to complete / reopen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: tuple[TaskBrief, ...] = ()
        self.now = datetime.now(UTC)

    def set_tasks(self, tasks: tuple[TaskBrief, ...], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._tasks = tasks
        self.now = now or datetime.now(UTC)
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        overdue = not task.done and task.due_at is not None and task.due_at < self.now
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [task.title]
            if task.due_at is not None:
                parts.append(format_datetime(task.due_at))
            if task.assignee_name:
                parts.append(task.assignee_name)
            if overdue:
                parts.append(self.tr("overdue"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and (overdue or task.done):
            return QBrush(QColor("#b3261e") if overdue else QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and task.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == TASK_ROLE:
            return task
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking asks to complete the task (``sig_toggled``); the card reloads after."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        task = self._tasks[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked != task.done:
            self.sig_toggled.emit(task.id, checked)
        return True


class CardTasksBox(QWidget):
    """The tasks box of a card: ``set_tasks(tasks)`` from the card's data; completes, edits and
    plans tasks itself (each one undoable step through ``ui.apply``)."""

    def __init__(
        self, ui: UiContext, record_type: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.record_type = record_type
        self.record_id = record_id
        self.dialog: TaskDialog | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = TaskListModel(self)
        self.view = QListView(self)
        self.view.setObjectName(f"{self.record_type}_tasks")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(130)
        self.plan_button = QPushButton(self.tr("Plan task"), self)
        self.plan_button.setObjectName("plan_task")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.model.sig_toggled.connect(self._on_model_toggled)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.plan_button.clicked.connect(self.plan_task)

    def set_tasks(self, tasks: tuple[TaskBrief, ...], now: datetime | None = None) -> None:
        self.model.set_tasks(tasks, now)

    def set_editable(self, editable: bool) -> None:
        """A deleted record gets no new tasks."""
        self.plan_button.setEnabled(editable)

    def plan_task(self) -> TaskDialog:
        """The task editor for a new task linked to this record."""
        self.dialog = open_plan_task(self.ui, self.record_type, self.record_id, self)
        return self.dialog

    def _on_model_toggled(self, task_id: str, checked: bool) -> None:
        if checked:
            complete_task(self.ui, task_id, self)
        else:
            self.ui.apply(lambda: self.ui.crm.tasks.complete(task_id, done=False), self)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        task = index.data(TASK_ROLE)
        if isinstance(task, TaskBrief):
            self.dialog = open_task_dialog(self.ui, task_id=task.id, parent=self)
