"""Report work off the GUI thread: running a report and building its figure, exporting a file.

``ReportJob`` runs a Qt-free callable on the global ``QThreadPool``; its outcome arrives on the
GUI thread as ``sig_done(request, result)`` or ``sig_failed(request, CrmError)``, where
``request`` is the number the page gave it (a result for an older request is ignored).
``compute_report`` is what the Reports page runs: the query, the labels in the user's language
and the figure (matplotlib is first imported here, on the worker thread, so the window never
waits for it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.reports import ReportData, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.ui.reports.texts import number_format, range_text, report_labels

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class JobSignals(QObject):
    sig_done = Signal(int, object)  # request number, result
    sig_failed = Signal(int, object)  # request number, CrmError


class ReportJob(QRunnable):
    def __init__(self, request: int, work: Callable[[], Any]) -> None:
        super().__init__()  # deleted by the pool once run; its signals outlive it
        self.request = request
        self.work = work
        self.signals = JobSignals()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    @override
    def run(self) -> None:
        try:
            result = self.work()
        except CrmError as exc:
            self.signals.sig_failed.emit(self.request, exc)
        except Exception as exc:  # a bug must still end the busy state, with a reason
            error = CrmError(f"{type(exc).__name__}: {exc}", code="error")
            self.signals.sig_failed.emit(self.request, error)
        else:
            self.signals.sig_done.emit(self.request, result)


@dataclass(frozen=True)
class ReportResult:
    data: ReportData
    figure: Figure
    labels: dict[str, str]
    query_ms: float
    figure_ms: float


def compute_report(
    crm: Crm, name: str, flt: ReportFilter, *, today: date, rtl: bool
) -> ReportResult:
    """Run report ``name`` and build its figure, translated (call off the GUI thread)."""
    started = time.perf_counter()
    data = crm.reports.run(name, flt, today=today)
    queried = time.perf_counter()
    from desktop_crm.services.reports.figures import build_figure

    labels = report_labels(data)
    figure = build_figure(
        data, labels=labels, rtl=rtl, number_format=number_format, subtitle=range_text(flt)
    )
    built = time.perf_counter()
    return ReportResult(data, figure, labels, (queried - started) * 1000, (built - queried) * 1000)


__all__ = ["JobSignals", "ReportJob", "ReportResult", "compute_report"]
