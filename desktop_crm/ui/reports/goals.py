"""Goals: targets for the team or a salesperson over a period, with live progress and pace.

``GoalsDialog`` lists the goals (current and upcoming ones, or every goal) with their progress
bar and pace ("on track", "behind", "done"); Add…, Edit… and Delete each make one undoable
change through ``ui.apply`` (Ctrl+Z in the dialog undoes the last one). The list follows any
data change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.services.crm import Crm
from desktop_crm.services.goals import Goal, GoalService
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.reports.dashboard_jobs import alive
from desktop_crm.ui.reports.goals_editor import GoalEditDialog
from desktop_crm.ui.reports.goals_model import (
    METRIC,
    PERIOD,
    PROGRESS,
    GoalsModel,
    ProgressDelegate,
)
from desktop_crm.ui.tasks.fields import ERROR_STYLE


def goal_service(crm: Crm) -> GoalService:
    """``crm.goals`` when the CRM has it, else a service on its context."""
    service = getattr(crm, "goals", None)
    return service if isinstance(service, GoalService) else GoalService(crm.ctx)


class GoalsDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.service = goal_service(ui.crm)
        self._today = today or date.today
        self._editor: GoalEditDialog | None = None  # deleted when closed
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Goals"))
        self.model = GoalsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("goals_view")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PERIOD, QHeaderView.ResizeMode.ResizeToContents)
        self.past_check = QCheckBox(self.tr("Show past goals"), self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("goals_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.past_check)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.redo_shortcut = QShortcut(QKeySequence.StandardKey.Redo, self)
        self.resize(820, 380)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.close)
        self.past_check.toggled.connect(lambda _on: self.reload())
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.undo_shortcut.activated.connect(lambda: self.ui.undo(self))
        self.redo_shortcut.activated.connect(lambda: self.ui.redo(self))
        self.ui.sig_changed.connect(self._on_ui_changed)

    @property
    def editor(self) -> GoalEditDialog | None:
        """The open goal editor (None once closed)."""
        return self._editor if alive(self._editor) else None

    # ----- contents ------------------------------------------------------------------
    def today(self) -> date:
        return self._today()

    def reload(self) -> None:
        selected = self.selected_goal()
        today = self.today()
        try:
            start = None if self.past_check.isChecked() else today
            goals = self.service.list(start=start)
            progress = self.service.progress(today, goals=goals)
            currency = self.ui.crm.pipelines.base_currency()
        except CrmError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.model.set_goals(goals, progress, currency)
        if selected is not None:
            self.select_goal(selected.id)

    def goals(self) -> list[Goal]:
        return [self.model.goal(r) for r in range(self.model.rowCount())]

    def select_goal(self, goal_id: str) -> bool:
        row = self.model.row_of(goal_id)
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(self.model.index(row, METRIC), flags)
        return row >= 0

    def selected_goal(self) -> Goal | None:
        if not hasattr(self, "view"):
            return None
        rows = self.view.selectionModel().selectedRows()
        return self.model.goal(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_goal() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ----- actions -------------------------------------------------------------------
    def add_goal(self) -> GoalEditDialog:
        return self._open_editor(None)

    def edit_selected(self) -> GoalEditDialog | None:
        goal = self.selected_goal()
        return self._open_editor(goal) if goal is not None else None

    def _open_editor(self, goal: Goal | None) -> GoalEditDialog:
        editor = GoalEditDialog(self.ui, self.service, goal, self, today=self.today())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._on_editor_accepted(editor))
        self._editor = editor
        editor.open()
        return editor

    def _on_editor_accepted(self, editor: GoalEditDialog) -> None:
        change = editor.change
        if change is not None and change.created_id:
            self.select_goal(change.created_id)

    def delete_selected(self) -> Change | None:
        goal = self.selected_goal()
        if goal is None:
            return None
        service = self.service
        return self.ui.apply(lambda: service.delete([goal.id]), self)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_editor(self.model.goal(index.row()))

    def _on_ui_changed(self, _change: Change) -> None:
        self.reload()


__all__ = ["GoalsDialog", "goal_service"]
