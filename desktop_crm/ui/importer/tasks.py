"""Long import work off the GUI thread: a ``QRunnable`` with its signals on a separate ``QObject``.

``job(progress, cancelled)`` is a Qt-free service call (``analyze``, ``run_import``,
``undo_import``, reading a file); ``progress(done, total)`` becomes ``sig_progress``, Cancel sets
the event that ``cancelled()`` reads. The outcome is exactly one of ``sig_done(result)``,
``sig_cancelled()`` or ``sig_failed(CrmError)``.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.importing.readers import ImportCancelled

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelledFn], Any]


class TaskSignals(QObject):
    sig_progress = Signal(int, int)  # done, total (bytes or rows, as the service counts)
    sig_done = Signal(object)  # the job's result
    sig_cancelled = Signal()
    sig_failed = Signal(object)  # CrmError


class BackgroundTask(QRunnable):
    """Runs ``job`` on the global thread pool; ``cancel()`` asks it to stop at its next check."""

    def __init__(self, job: Job) -> None:
        super().__init__()  # deleted by the pool once run; its signals outlive it
        self.job = job
        self.signals = TaskSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        # Collect the garbage here, on the GUI thread: a cycle holding Qt wrappers that the
        # collector happened to free inside the job's thread would destroy GUI objects there.
        gc.collect()
        QThreadPool.globalInstance().start(self)

    @override
    def run(self) -> None:
        try:
            result = self.job(self._progress, self._stop.is_set)
        except ImportCancelled:
            self.signals.sig_cancelled.emit()
        except CrmError as exc:
            if self._stop.is_set() and exc.code == "cancelled":
                self.signals.sig_cancelled.emit()
            else:
                self.signals.sig_failed.emit(exc)
        except Exception as exc:  # a bug must still end the busy state, with a reason
            self.signals.sig_failed.emit(CrmError(f"{type(exc).__name__}: {exc}", code="error"))
        else:
            self.signals.sig_done.emit(result)

    def _progress(self, done: int, total: int) -> None:
        # Qt signals carry C ints: clamp byte counts of files over 2 GiB to a ratio
        if total > 2**31 - 1:
            done, total = int(done * 1_000_000 / total), 1_000_000
        self.signals.sig_progress.emit(int(done), int(total))
