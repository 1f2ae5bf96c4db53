"""Reminders while the app runs: one timer, desktop notifications, the list of what is due.

``start()`` lists what fell due while the app was closed; then a single-shot timer wakes at the
next reminder (or after ``poll_ms`` at the latest, so that tasks another window or another
install created are picked up) and on every change to tasks. Each reminder is notified once a
session: through the system tray when there is one, else by raising the reminder list. A
snoozed reminder rings again, since its reminder time changed; one handled and brought back by
undo rings again too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import TaskItem
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reminders.dialog import Clock, ReminderDialog, due_count_text, utc_now
from desktop_crm.ui.reminders.model import due_text, linked_text

_Key = tuple[str, datetime | None]
MAX_LISTED = 5  # reminders named in one notification


def _key(task: TaskItem) -> _Key:
    return task.id, task.remind_at


def _app_icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon


class ReminderCenter(QObject):
    sig_missed = Signal(list)  # list[TaskItem]: what fell due while the app was closed
    sig_due = Signal(list)  # list[TaskItem]: reminders that just came due (notified now)
    sig_open_task = Signal(str)  # task id: the user opened a reminder that has no record

    def __init__(
        self,
        ui: UiContext,
        parent: QObject | None = None,
        *,
        clock: Clock = utc_now,
        tray: QSystemTrayIcon | None = None,
        poll_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._clock = clock
        self.poll_ms = poll_ms
        self._notified: set[_Key] = set()
        self._started = False
        self.dialog: ReminderDialog | None = None
        self._menu: QMenu | None = None
        self.tray = tray
        if tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_app_icon(), self)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()
        self._build_timer()
        self._build_tray_menu()
        self._connect_signals()

    def _build_timer(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)

    def _build_tray_menu(self) -> None:
        if self.tray is None:
            return
        menu = self.tray.contextMenu()
        if menu is None:
            self._menu = menu = QMenu()
            self.tray.setContextMenu(menu)
        self.show_action = menu.addAction(self.tr("Show reminders"))
        self.show_action.triggered.connect(self._on_show_action_triggered)

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.check_now)
        self.ui.sig_changed.connect(self._on_ui_changed)
        if self.tray is not None:
            self.tray.messageClicked.connect(self._on_tray_message_clicked)

    # ----- running ---------------------------------------------------------------------
    def start(self) -> list[TaskItem]:
        """List what fell due while the app was closed, then watch for what comes due."""
        self._started = True
        now = self._clock()
        missed = self._due(now)
        self._notified = {_key(task) for task in missed}
        if missed:
            self.sig_missed.emit(missed)
            self.show_dialog(missed)
        self._schedule(now)
        return missed

    def stop(self) -> None:
        self._started = False
        self.timer.stop()

    def check_now(self) -> list[TaskItem]:
        """Notify the reminders that came due since the last look (the timer's slot)."""
        now = self._clock()
        due = self._due(now)
        keys = {_key(task) for task in due}
        self._notified &= keys  # handled ones are forgotten: if undo brings one back, it rings
        fresh = [task for task in due if _key(task) not in self._notified]
        self._notified |= {_key(task) for task in fresh}
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.set_items(due)
        if fresh:
            self._notify(fresh, due)
            self.sig_due.emit(fresh)
        if self._started:
            self._schedule(now)
        return fresh

    def next_delay_ms(self, now: datetime | None = None) -> int:
        """Milliseconds to the next reminder, at most ``poll_ms``."""
        now = now or self._clock()
        try:
            upcoming = self.ui.crm.tasks.next_reminder_at(now)
        except CrmError:
            upcoming = None
        if upcoming is None:
            return self.poll_ms
        wait = math.ceil((upcoming - now).total_seconds() * 1000)
        return max(0, min(wait, self.poll_ms))

    def _schedule(self, now: datetime) -> None:
        self.timer.start(self.next_delay_ms(now))

    def _due(self, now: datetime) -> list[TaskItem]:
        try:
            return self.ui.crm.tasks.due_reminders(now)
        except CrmError:
            return []  # the database is busy or gone: the next poll tries again

    # ----- showing ---------------------------------------------------------------------
    def show_dialog(self, items: Sequence[TaskItem] | None = None) -> ReminderDialog:
        """Open (or raise) the list of due reminders: ``items``, or all that are due now."""
        due = list(items) if items is not None else self._due(self._clock())
        if self.dialog is None:
            parent = self.parent()
            self.dialog = ReminderDialog(
                self.ui, due, parent if isinstance(parent, QWidget) else None, clock=self._clock
            )
            self.dialog.sig_open_task.connect(self.sig_open_task)
        else:
            self.dialog.set_items(due)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _notify(self, fresh: list[TaskItem], due: list[TaskItem]) -> None:
        if self.tray is None:
            self.show_dialog(due)
            return
        title, text = self.message(fresh)
        self.tray.showMessage(title, text)

    def message(self, tasks: Sequence[TaskItem]) -> tuple[str, str]:
        """The notification's title and text for reminders that just came due."""
        if len(tasks) == 1:
            task = tasks[0]
            lines = [self.tr("Due {when}").format(when=due_text(task))] if task.due_at else []
            if linked_text(task):
                lines.append(linked_text(task))
            return task.title, "\n".join(lines)
        title = due_count_text(len(tasks))
        lines = [task.title for task in tasks[:MAX_LISTED]]
        if len(tasks) > MAX_LISTED:
            lines.append(self.tr("and %n more", None, len(tasks) - MAX_LISTED))
        return title, "\n".join(lines)

    # ----- handlers --------------------------------------------------------------------
    def _on_ui_changed(self, change: Change) -> None:
        if self._started and (not change.entities or change.touches("task")):
            self.timer.start(0)  # look again once the change is through: new, undone, moved

    def _on_tray_message_clicked(self) -> None:
        self.show_dialog()

    def _on_show_action_triggered(self) -> None:
        self.show_dialog()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_dialog()
