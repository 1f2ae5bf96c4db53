"""My tasks: quick-add on top, then Overdue (red, counted), Today, Upcoming and Done
(collapsible), for the current user, everyone, or one salesperson (a manager's view).

Ticking a task completes it (and offers to log a call), double-click opens the editor (or the
linked record, on its column), Delete deletes the selected tasks — each one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import Bucket, from_local_wall, local_wall
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.complete import complete_task
from desktop_crm.ui.tasks.quick_add import QuickAddLine
from desktop_crm.ui.tasks.task_dialog import TaskDialog, open_task_dialog
from desktop_crm.ui.tasks.task_model import (
    LINK_ROLE,
    LINKED,
    TITLE,
    Section,
    TaskTreeModel,
)

MINE, EVERYONE = "me", ""
_OPEN_AT_START = {
    Bucket.OVERDUE: True,
    Bucket.TODAY: True,
    Bucket.UPCOMING: True,
    Bucket.DONE: False,
}


class TaskTreeView(QTreeView):
    sig_delete = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self.sig_delete.emit()
            return
        super().keyPressEvent(event)


class MyTasksPage(QWidget):
    sig_open_record = Signal(str, str)  # record type, id

    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._now = now or (lambda: datetime.now(UTC))
        self._open = dict(_OPEN_AT_START)
        self.dialog: TaskDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.quick_add = QuickAddLine(self.ui, self, now=self._now)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.setObjectName("assignee_switch")
        self._fill_assignees()
        self.model = TaskTreeModel(self)
        self.tree = TaskTreeView(self)
        self.tree.setObjectName("my_tasks")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.quick_add, 1)
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.assignee_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def _connect_signals(self) -> None:
        self.ui.sig_changed.connect(self._on_ui_changed)
        self.assignee_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.sig_toggled.connect(self._on_model_toggled)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.sig_delete.connect(self.delete_selected)
        self.tree.expanded.connect(lambda index: self._on_tree_folded(index, True))
        self.tree.collapsed.connect(lambda index: self._on_tree_folded(index, False))

    def _fill_assignees(self) -> None:
        chosen = self.assignee_combo.currentData() if self.assignee_combo.count() else MINE
        self.assignee_combo.blockSignals(True)
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("My tasks"), MINE)
        self.assignee_combo.addItem(self.tr("Everyone"), EVERYONE)
        for user in self.ui.crm.catalog.users():
            self.assignee_combo.addItem(user.name, user.id)
        index = self.assignee_combo.findData(chosen)
        self.assignee_combo.setCurrentIndex(max(index, 0))
        self.assignee_combo.blockSignals(False)

    # ----- data --------------------------------------------------------------------------
    def now(self) -> datetime:
        """The injected (or real) time as an aware UTC time."""
        now = self._now()
        return now.astimezone(UTC) if now.tzinfo else from_local_wall(now)

    def assignee_id(self) -> str | None:
        """Whose tasks are shown (None: everyone's)."""
        chosen = self.assignee_combo.currentData()
        if chosen == MINE:
            return self.ui.crm.ctx.user_id
        return str(chosen) if chosen else None

    def set_assignee(self, user_id: str | None) -> None:
        """Show one user's tasks (None: everyone's)."""
        self.assignee_combo.setCurrentIndex(self.assignee_combo.findData(user_id or EVERYONE))

    def reload(self) -> None:
        self._fill_assignees()
        now = self.now()
        today = local_wall(now).date()
        assignee = self.assignee_id()
        tasks = self.ui.crm.tasks
        counts = tasks.counts(now=now, today=today, assignee_id=assignee)
        sections = [
            Section(
                bucket,
                counts.get(bucket, 0),
                tuple(tasks.bucket(bucket, now=now, today=today, assignee_id=assignee)),
            )
            for bucket in Bucket
        ]
        self.model.set_sections(sections)
        for row, section in enumerate(sections):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.setExpanded(self.model.index(row, 0), self._open[section.bucket])

    def selected_ids(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows(TITLE)
        found = (self.model.task_at(index) for index in rows)
        return [task.id for task in found if task is not None]

    # ----- actions -----------------------------------------------------------------------
    def delete_selected(self) -> Change | None:
        ids = self.selected_ids()
        if not ids:
            return None
        return self.ui.apply(lambda: self.ui.crm.tasks.delete(ids), self)

    def open_task(self, task_id: str) -> TaskDialog:
        self.dialog = open_task_dialog(self.ui, task_id=task_id, parent=self)
        return self.dialog

    # ----- handlers ----------------------------------------------------------------------
    def _on_ui_changed(self, _change: Change) -> None:
        self.reload()

    def _on_model_toggled(self, task_id: str, checked: bool) -> None:
        if checked:
            complete_task(self.ui, task_id, self)
        else:
            self.ui.apply(lambda: self.ui.crm.tasks.complete(task_id, done=False), self)

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        task = self.model.task_at(index)
        if task is None:
            return
        link = index.data(LINK_ROLE)
        if index.column() == LINKED and link:
            self.sig_open_record.emit(link[0], link[1])
            self.ui.open_record(link[0], link[1])
            return
        self.open_task(task.id)

    def _on_tree_folded(self, index: QModelIndex, open_: bool) -> None:
        if not index.parent().isValid() and index.row() < len(self.model.sections()):
            self._open[self.model.sections()[index.row()].bucket] = open_
