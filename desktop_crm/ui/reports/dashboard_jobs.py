"""Dashboard work off the GUI thread: a ``QRunnable`` whose signals live on a separate ``QObject``.

``job()`` is a Qt-free call (the KPIs, the chart reports and their figures); its result comes
back as ``sig_done(tag, result)``, a failure as ``sig_failed(tag, exception)`` — never both,
always one. ``tag`` says which request it answers; connect the signals to a bound method of the
receiving widget, so that a widget deleted meanwhile is simply not called. ``alive`` tells
whether a dialog shown with WA_DeleteOnClose is still there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

from desktop_crm.domain.errors import CrmError

_log = logging.getLogger(__name__)


class JobSignals(QObject):
    sig_done = Signal(object, object)  # tag, the job's result
    sig_failed = Signal(object, object)  # tag, the exception


class Job(QRunnable):
    def __init__(self, job: Callable[[], Any], tag: Any = None) -> None:
        super().__init__()  # deleted by the pool once run; its signals outlive it
        self.job = job
        self.tag = tag
        self.signals = JobSignals()

    def start(self, pool: QThreadPool | None = None) -> JobSignals:
        (pool or QThreadPool.globalInstance()).start(self)
        return self.signals

    @override
    def run(self) -> None:
        try:
            result = self.job()
        except CrmError as exc:
            self.signals.sig_failed.emit(self.tag, exc)
            return
        except Exception as exc:  # a bug must not leave the dashboard "loading" for ever
            _log.exception("dashboard job failed")
            self.signals.sig_failed.emit(self.tag, exc)
            return
        self.signals.sig_done.emit(self.tag, result)


def alive(obj: QObject | None) -> bool:
    """False for None and for an object Qt has deleted (a dialog closed with WA_DeleteOnClose).
    Forgetting a dialog from its ``destroyed`` signal instead (dropping the last Python
    reference while Qt destroys it) crashes PySide."""
    return obj is not None and shiboken6.isValid(obj)


__all__ = ["Job", "JobSignals", "alive"]
