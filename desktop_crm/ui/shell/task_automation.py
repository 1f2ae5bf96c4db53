"""At start-up: the task rules (birthdays, customers not contacted) run off the GUI thread, then
the reminders start, so that what the rules created rings too.

The rules' change is pushed on the undo stack like any other ("Undo Create follow-up tasks").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.ui.context import UiContext


class _Signals(QObject):
    sig_done = Signal(object)  # Change | None
    sig_failed = Signal(object)  # CrmError


class _RulesJob(QRunnable):
    def __init__(self, run: Callable[[], Change | None], signals: _Signals) -> None:
        super().__init__()
        self._run = run
        self.signals = signals

    def run(self) -> None:
        try:
            change = self._run()
        except CrmError as exc:  # a locked or read-only file: the rules wait for the next start
            self.signals.sig_failed.emit(exc)
            return
        self.signals.sig_done.emit(change)


class TaskAutomation(QObject):
    """Runs the rules once, then calls ``then`` (e.g. ``ReminderCenter.start``)."""

    sig_finished = Signal(object)  # the Change the rules made, or None

    def __init__(
        self,
        ui: UiContext,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
        then: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self._then = then
        self._signals = _Signals(self)
        self._signals.sig_done.connect(self._on_job_done)
        self._signals.sig_failed.connect(lambda _exc: self._on_job_done(None))

    def start(self) -> None:
        today = self._today()
        rules = self.ui.crm.task_rules
        QThreadPool.globalInstance().start(_RulesJob(lambda: rules.run(today), self._signals))

    def _on_job_done(self, change: Change | None) -> None:
        if change is not None:
            self.ui.crm.undo.push(change)
            self.ui.sig_changed.emit(change)
            self.ui.sig_undo_state.emit()
        if self._then is not None:
            self._then()
        self.sig_finished.emit(change)
