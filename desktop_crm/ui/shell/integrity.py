"""The full integrity check of a large database, off the GUI thread, after the window shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.crm import check_file


class _Signals(QObject):
    sig_finished = Signal(list)  # problems; empty when the file is sound


class _CheckTask(QRunnable):
    def __init__(self, db_path: Path, signals: _Signals) -> None:
        super().__init__()
        self.db_path = db_path
        self.signals = signals

    def run(self) -> None:
        try:
            problems = check_file(self.db_path, deep=True)
        except CrmError as exc:  # locked or unreadable now: not a verdict of damage
            problems = [] if exc.code in ("locked", "read_only") else [exc.message]
        self.signals.sig_finished.emit(problems)


class IntegrityCheck(QObject):
    """``start()`` runs ``PRAGMA quick_check`` in the thread pool; ``sig_finished`` reports."""

    sig_finished = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._signals = _Signals(self)
        self._signals.sig_finished.connect(self.sig_finished)

    def start(self) -> None:
        QThreadPool.globalInstance().start(_CheckTask(self.db_path, self._signals))
