"""The tasks linked to a record, listed on its card (open first, overdue marked)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

from desktop_crm.domain.records import TaskBrief
from desktop_crm.ui.cards.formatting import format_datetime

_Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskListModel(QAbstractListModel):
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
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        overdue = not task.done and task.due_at is not None and task.due_at < self.now
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [("✓ " if task.done else "") + task.title]
            if task.due_at is not None:
                parts.append(format_datetime(task.due_at))
            if task.assignee_name:
                parts.append(task.assignee_name)
            if overdue:
                parts.append(self.tr("overdue"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and (overdue or task.done):
            return QBrush(QColor("#b3261e") if overdue else QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and task.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == TASK_ROLE:
            return task
        return None
