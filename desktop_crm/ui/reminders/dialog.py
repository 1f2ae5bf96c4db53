"""The reminders that are due: snooze, done, open or dismiss each, every action undoable.

A row whose reminder was handled leaves the list; the dialog closes when the list is empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError, NotFoundError
from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import TaskItem
from desktop_crm.services.tasks import SNOOZE_CHOICES
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import leading_alignment
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.reminders.model import DUE, LINKED, TITLE, ReminderModel, linked_record
from desktop_crm.ui.tasks.complete import complete_task

Clock = Callable[[], datetime]
_CTX = "ReminderDialog"


def utc_now() -> datetime:
    return datetime.now(UTC)


SNOOZE_LABELS: dict[int, str] = {
    5: QT_TRANSLATE_NOOP("ReminderDialog", "5 minutes"),
    10: QT_TRANSLATE_NOOP("ReminderDialog", "10 minutes"),
    30: QT_TRANSLATE_NOOP("ReminderDialog", "30 minutes"),
    60: QT_TRANSLATE_NOOP("ReminderDialog", "1 hour"),
    24 * 60: QT_TRANSLATE_NOOP("ReminderDialog", "Tomorrow"),  # a day later, same time
}


class _Plural:
    """lupdate marks only ``self.tr(text, "", n)`` as plural and names its context after the
    innermost class: this one is the ``ReminderDialog`` context's."""

    class ReminderDialog(QObject):
        def minutes(self, n: int) -> str:
            return self.tr("%n minutes", "", n)

        def due(self, n: int) -> str:
            return self.tr("%n reminders due", "", n)


def snooze_label(minutes: int) -> str:
    text = SNOOZE_LABELS.get(minutes)
    if text is None:
        return _Plural.ReminderDialog().minutes(minutes)
    return QCoreApplication.translate(_CTX, text)


def due_count_text(count: int) -> str:
    """ "1 reminder due" / "7 reminders due" (other languages through numerus forms)."""
    if count == 1:
        return QCoreApplication.translate("ReminderDialog", "1 reminder due")
    return _Plural.ReminderDialog().due(count)


class ReminderDialog(QDialog):
    """Non-modal list of due reminders with per-row actions."""

    sig_open_task = Signal(str)  # task id: a reminder with no linked record was opened
    sig_handled = Signal(str)  # task id: its row left the list (snoozed, done, dismissed)

    def __init__(
        self,
        ui: UiContext,
        items: Iterable[TaskItem],
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._clock = clock
        self._open_offers = 0  # "log this call?" dialogs still open over the list
        self.setModal(False)
        self._build_ui()
        self._connect_signals()
        self.set_items(items)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Reminders"))
        self.heading = QLabel(self)
        self.heading.setAlignment(leading_alignment(self.layoutDirection()))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("reminder_error")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(leading_alignment(self.layoutDirection()))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.model = ReminderModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("reminders")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINKED, QHeaderView.ResizeMode.ResizeToContents)
        self.snooze_menu = QMenu(self)
        for minutes in SNOOZE_CHOICES:
            action = self.snooze_menu.addAction(snooze_label(minutes))
            action.setData(minutes)
        self.snooze_button = QPushButton(self.tr("Snooze"), self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss all"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        row = QHBoxLayout()
        for widget in (self.snooze_button, self.done_button, self.open_button):
            row.addWidget(widget)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_all_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self.resize(640, 320)

    def _connect_signals(self) -> None:
        self.snooze_menu.triggered.connect(self._on_snooze_menu_triggered)
        self.done_button.clicked.connect(self.complete_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.close_button.clicked.connect(self.close)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

    # ----- contents --------------------------------------------------------------------
    def set_items(self, items: Iterable[TaskItem]) -> None:
        """Show these reminders, keeping the selected one selected when it is still there."""
        current = self.selected_task()
        self.model.set_tasks(items, self._clock())
        if current is not None:
            self.select_task(current.id)
        elif self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.select_row(0)
        self._update_heading()

    def items(self) -> list[TaskItem]:
        return self.model.tasks()

    def select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(row, TITLE), flags)

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def selected_task(self) -> TaskItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.task(rows[0].row()) if rows else None

    def _update_heading(self) -> None:
        count = self.model.rowCount()
        if count:
            self.heading.setText(due_count_text(count))
        else:
            self.heading.setText(self.tr("No reminders are due."))

    def _update_buttons(self) -> None:
        task = self.selected_task()
        for widget in (self.snooze_button, self.done_button, self.open_button):
            widget.setEnabled(task is not None)
        self.dismiss_button.setEnabled(task is not None)
        self.dismiss_all_button.setEnabled(self.model.rowCount() > 0)

    # ----- actions ---------------------------------------------------------------------
    def snooze_selected(self, minutes: int) -> bool:
        task = self.selected_task()
        if task is None:
            return False
        tasks, now = self.ui.crm.tasks, self._clock()
        return self._handled(task.id, lambda: tasks.snooze(task.id, minutes, now=now))

    def complete_selected(self) -> bool:
        """Done, through the task views' ``complete_task``: a call or meeting linked to a record
        offers to log it on the timeline (the list stays open until that is answered)."""
        task = self.selected_task()
        if task is None:
            return False
        offer = complete_task(self.ui, task.id, self)
        if not self._is_done(task.id):
            return False
        self.error_label.hide()
        if offer is not None:
            self._open_offers += 1
            offer.finished.connect(self._on_offer_finished)
        self._leave(task.id)
        return True

    def _is_done(self, task_id: str) -> bool:
        try:
            return self.ui.crm.tasks.get(task_id).done
        except NotFoundError:
            return True  # deleted meanwhile: nothing left to remind of
        except CrmError:
            return False

    def dismiss_selected(self) -> bool:
        task = self.selected_task()
        if task is None:
            return False
        tasks = self.ui.crm.tasks
        return self._handled(task.id, lambda: tasks.dismiss_reminder([task.id]))

    def dismiss_all(self) -> bool:
        ids = [task.id for task in self.model.tasks()]
        if not ids:
            return False
        tasks = self.ui.crm.tasks
        if self.ui.apply(lambda: tasks.dismiss_reminder(ids), self, self._show_error) is None:
            return False
        self.error_label.hide()
        for task_id in ids:
            self._leave(task_id)
        return True

    def open_selected(self) -> None:
        """Open the reminder's linked record, or the task itself when it has none."""
        task = self.selected_task()
        if task is None:
            return
        record = linked_record(task)
        if record is None:
            self.sig_open_task.emit(task.id)
        else:
            self.ui.open_record(*record)

    def _handled(self, task_id: str, action: Callable[[], Change]) -> bool:
        if self.ui.apply(action, self, on_error=lambda exc: self._on_action_failed(task_id, exc)):
            self.error_label.hide()
            self._leave(task_id)
            return True
        return False

    def _on_action_failed(self, task_id: str, exc: CrmError) -> None:
        """Shown in the dialog; a task done or deleted elsewhere has no reminder left."""
        self._show_error(exc)
        if isinstance(exc, NotFoundError) or exc.code == "task_done":
            self._leave(task_id)

    def _leave(self, task_id: str) -> None:
        removed = self.model.remove(task_id)
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.select_row(0)
        self._update_heading()
        if removed:
            self.sig_handled.emit(task_id)
        self._close_if_empty()

    def _close_if_empty(self) -> None:
        if not self.model.rowCount() and not self._open_offers:
            self.close()

    def _show_error(self, exc: CrmError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    # ----- handlers --------------------------------------------------------------------
    def _on_snooze_menu_triggered(self, action: QAction) -> None:
        minutes = action.data()
        if isinstance(minutes, int):
            self.snooze_selected(minutes)

    def _on_offer_finished(self) -> None:
        self._open_offers -= 1
        self._close_if_empty()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_row(index.row())
            self.open_selected()
