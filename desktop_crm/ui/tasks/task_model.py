"""The tree of "My tasks": sections (Overdue, Today, Upcoming, Done) with their tasks under
them — checkbox and title, due, linked record, assignee, priority."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

from desktop_crm.domain.tasks import Bucket, TaskItem
from desktop_crm.ui import dates
from desktop_crm.ui.labels import priority_label, task_kind_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2  # (record type, id) of the linked record, or None
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE, DUE, LINKED, ASSIGNEE, PRIORITY = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("TaskTreeModel", "Task"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Due"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Linked to"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Assigned to"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Priority"),
)
SECTION_TITLES = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("TaskTreeModel", "Overdue"),
    Bucket.TODAY: QT_TRANSLATE_NOOP("TaskTreeModel", "Today"),
    Bucket.UPCOMING: QT_TRANSLATE_NOOP("TaskTreeModel", "Upcoming"),
    Bucket.DONE: QT_TRANSLATE_NOOP("TaskTreeModel", "Done"),
}
OVERDUE_COLOR = QColor("#c62828")
DONE_COLOR = QColor("#777777")
_SECTION = 0  # internal id of a section row; a task row's is its section's row + 1


@dataclass(frozen=True)
class Section:
    bucket: Bucket
    count: int  # all of them (the list may stop at the service's limit)
    tasks: tuple[TaskItem, ...]


def section_title(bucket: Bucket) -> str:
    return QCoreApplication.translate("TaskTreeModel", SECTION_TITLES[bucket])


def due_text(task: TaskItem) -> str:
    if task.all_day:
        return dates.format_date(task.due_day)
    return dates.format_datetime(task.due_at)


def linked(task: TaskItem) -> tuple[str, str, str] | None:
    """(record type, id, name) of what the task is about: contact, else company, else deal."""
    for record_type, record_id, name in (
        ("contact", task.contact_id, task.contact_name),
        ("company", task.company_id, task.company_name),
        ("deal", task.deal_id, task.deal_title),
    ):
        if record_id:
            return record_type, record_id, name or ""
    return None


class TaskTreeModel(QAbstractItemModel):
    sig_toggled = Signal(str, bool)  # task id, checked: the view asks to complete / reopen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: tuple[Section, ...] = ()

    def set_sections(self, sections: Sequence[Section]) -> None:
        self.beginResetModel()
        self._sections = tuple(sections)
        self.endResetModel()

    def sections(self) -> tuple[Section, ...]:
        return self._sections

    def section_index(self, bucket: Bucket) -> QModelIndex:
        for row, section in enumerate(self._sections):
            if section.bucket is bucket:
                return self.index(row, 0)
        return QModelIndex()

    def task_at(self, index: _Index) -> TaskItem | None:
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        section = self._sections[index.internalId() - 1]
        return section.tasks[index.row()] if index.row() < len(section.tasks) else None

    # ----- structure ---------------------------------------------------------------------
    @override
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _SECTION and parent.column() == 0:
            return len(self._sections[parent.row()].tasks)
        return 0

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TaskTreeModel", COLUMNS[section])
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _SECTION:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # ----- data --------------------------------------------------------------------------
    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _SECTION:
            return self._section_data(self._sections[index.row()], index.column(), role)
        task = self.task_at(index)
        if task is None:
            return None
        if role == TASK_ROLE:
            return task
        if role == LINK_ROLE:
            link = linked(task)
            return (link[0], link[1]) if link else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == TITLE:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        bucket = self._sections[index.internalId() - 1].bucket
        return self._style(task, bucket, index.column(), role)

    def _section_data(self, section: Section, column: int, role: int) -> Any:
        if role == BUCKET_ROLE:
            return section.bucket.value
        if column != TITLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = QLocale().toString(section.count)
            return f"{section_title(section.bucket)} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and section.bucket is Bucket.OVERDUE:
            return QBrush(OVERDUE_COLOR)
        return None

    def _text(self, task: TaskItem, column: int) -> str:
        if column == TITLE:
            return task.title
        if column == DUE:
            return due_text(task)
        if column == LINKED:
            link = linked(task)
            return link[2] if link else ""
        if column == ASSIGNEE:
            return task.assignee_name or ""
        return priority_label(task.priority)

    def _style(self, task: TaskItem, bucket: Bucket, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.done:
                return QBrush(DONE_COLOR)
            if bucket is Bucket.OVERDUE and column in (TITLE, DUE):
                return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            if task.done and column == TITLE:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if column == PRIORITY and task.priority == "high":
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return task_kind_label(task.kind) + (f"\n{task.notes}" if task.notes else "")
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking a task asks to complete it (``sig_toggled``); the list reloads from the
        change that follows."""
        task = self.task_at(index)
        if task is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != TITLE:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked != task.done:
            self.sig_toggled.emit(task.id, checked)
        return True
