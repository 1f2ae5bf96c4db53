"""The due reminders as a table: title, due time (overdue marked) and the linked record."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

from desktop_crm.domain.tasks import TaskItem, local_wall
from desktop_crm.ui import dates
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.labels import task_kind_label

_Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOR = "#b3261e"
TITLE, DUE, LINKED = range(3)


def due_text(task: TaskItem) -> str:
    """The due day of an all-day task, else its local date and time, in the user's calendar."""
    if task.due_at is None:
        return ""
    if task.all_day:
        return dates.format_date(task.due_day)
    return dates.format_datetime(task.due_at)


def linked_text(task: TaskItem) -> str:
    names = (task.contact_name, task.company_name, task.deal_title)
    return " · ".join(isolate(name) for name in names if name)


def linked_record(task: TaskItem) -> tuple[str, str] | None:
    """The record a reminder opens: its deal, else its contact, else its company."""
    for record_type, record_id in (
        ("deal", task.deal_id),
        ("contact", task.contact_id),
        ("company", task.company_id),
    ):
        if record_id:
            return record_type, record_id
    return None


def _signature(tasks: Iterable[TaskItem]) -> list[tuple[str, Any, Any]]:
    return [(t.id, t.remind_at, t.updated_at) for t in tasks]


class ReminderModel(QAbstractTableModel):
    """One row per due reminder. ``now`` decides which are overdue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[TaskItem] = []
        self.now = datetime.now(UTC)

    # ----- contents --------------------------------------------------------------------
    def set_tasks(self, tasks: Iterable[TaskItem], now: datetime) -> None:
        items = list(tasks)
        if _signature(items) == _signature(self._tasks):
            self.now = now  # same reminders: only the overdue marks may change
            if self._tasks:
                last = self.index(len(self._tasks) - 1, LINKED)
                self.dataChanged.emit(self.index(0, TITLE), last)
            return
        self.beginResetModel()
        self._tasks, self.now = items, now
        self.endResetModel()

    def tasks(self) -> list[TaskItem]:
        return list(self._tasks)

    def task(self, row: int) -> TaskItem:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int:
        for row, task in enumerate(self._tasks):
            if task.id == task_id:
                return row
        return -1

    def remove(self, task_id: str) -> bool:
        row = self.row_of(task_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._tasks[row]
        self.endRemoveRows()
        return True

    def is_overdue(self, task: TaskItem) -> bool:
        return task.is_overdue(self.now, local_wall(self.now).date())

    # ----- Qt model --------------------------------------------------------------------
    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Task"), self.tr("Due"), self.tr("Linked to"))
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return task.notes or task_kind_label(task.kind)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and self.is_overdue(task):
            return QBrush(QColor(OVERDUE_COLOR))
        if role == Qt.ItemDataRole.FontRole and column == DUE and self.is_overdue(task):
            font = QFont()
            font.setBold(True)
            return font
        if role == TASK_ROLE:
            return task
        if role == OVERDUE_ROLE:
            return self.is_overdue(task)
        return None

    def _display(self, task: TaskItem, column: int) -> str:
        if column == TITLE:
            return task.title
        if column == LINKED:
            return linked_text(task)
        text = due_text(task)
        if not self.is_overdue(task):
            return text
        overdue = self.tr("overdue")
        return f"{text} · {overdue}"

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
