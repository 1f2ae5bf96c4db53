"""The dashboard's charts: reports run and figures built off the GUI thread, shown in canvases.

``compute_charts`` is the job (no Qt widgets): it imports matplotlib on first use (never at
start-up), runs each chart's report and builds its ``Figure`` with
``services/reports/figures.build_figure`` (no pyplot). ``ChartPanel`` then wraps each figure in
a ``FigureCanvasQTAgg`` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.reports import Period, ReportData, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from matplotlib.backend_bases import DrawEvent

_CTX = "DashboardCharts"
CHART_HEIGHT = 300
FigureBuilder = Callable[[ReportData], Any]  # ReportData -> matplotlib Figure


@dataclass(frozen=True)
class ChartSpec:
    report: str  # the report's name in the catalogue
    title: str  # NOOP-marked
    months_back: int  # the range starts this many months before this month
    months_ahead: int  # and ends this many months after it (0: today)


#: the charts under the tiles, in order
CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("forecast", QT_TRANSLATE_NOOP("DashboardCharts", "Weighted forecast by month"), 0, 5),
    ChartSpec("won_deals", QT_TRANSLATE_NOOP("DashboardCharts", "Deals won per month"), 5, 0),
)


def _month_shift(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def chart_filter(spec: ChartSpec, today: date, owner_id: str | None) -> ReportFilter:
    first = date(today.year, today.month, 1)
    start = _month_shift(first, -spec.months_back)
    end = _month_shift(first, spec.months_ahead + 1) - timedelta(days=1)
    if spec.months_ahead == 0:
        end = today
    return ReportFilter(start=start, end=end, owner_id=owner_id, period=Period.MONTH)


@dataclass
class ChartResult:
    spec: ChartSpec
    data: ReportData | None
    figure: Any  # a matplotlib Figure, None when the report could not be run
    error: CrmError | None = None


def warm_up_charts() -> None:
    """Import matplotlib and our figure code, and find the fonts (call off the GUI thread)."""
    import matplotlib.backends.backend_qtagg  # noqa: F401

    from desktop_crm.services.reports import figures, text

    del figures
    text.font_families()


def compute_charts(
    crm: Crm,
    specs: Sequence[ChartSpec],
    today: date,
    owner_id: str | None,
    build: Callable[[ReportData], Any] | None = None,
) -> list[ChartResult]:
    """Run each chart's report and build its figure (call off the GUI thread)."""
    import matplotlib.backends.backend_qtagg  # noqa: F401  (the import cost stays off the GUI)

    if build is None:
        from desktop_crm.services.reports.figures import build_figure

        build = build_figure
    available = {info.name for info in crm.reports.catalogue()}
    results: list[ChartResult] = []
    for spec in specs:
        if spec.report not in available:
            continue
        try:
            data = crm.reports.run(spec.report, chart_filter(spec, today, owner_id), today=today)
        except CrmError as exc:
            results.append(ChartResult(spec, None, None, exc))
            continue
        results.append(ChartResult(spec, data, build(data)))
    return results


class ChartPanel(QWidget):
    """The charts side by side (mirrored right to left); a line of text while loading.
    ``sig_drawn`` once every canvas has drawn its figure."""

    sig_drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvases: list[QWidget] = []
        self.results: list[ChartResult] = []
        self._undrawn: set[int] = set()
        self._build_ui()

    def _build_ui(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("charts_status")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setMinimumHeight(CHART_HEIGHT)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.status_label)
        self.set_loading()

    def set_loading(self) -> None:
        if not self.canvases:
            self.status_label.setText(
                QCoreApplication.translate("DashboardCharts", "Loading charts…")
            )
            self.status_label.show()

    def set_error(self, text: str) -> None:
        self._clear()
        self.status_label.setText(text)
        self.status_label.show()

    def set_results(self, results: Sequence[ChartResult]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._clear()
        self.results = list(results)
        for result in results:
            if result.figure is None:
                continue
            canvas = FigureCanvasQTAgg(result.figure)
            canvas.setParent(self)
            canvas.setObjectName(f"chart_{result.spec.report}")
            canvas.setMinimumHeight(CHART_HEIGHT)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setToolTip(QCoreApplication.translate(_CTX, result.spec.title))
            self.row.addWidget(canvas, 1)
            self.canvases.append(canvas)
            self._undrawn.add(id(canvas))
            canvas.mpl_connect("draw_event", self._drawn_handler(id(canvas)))
        if self.canvases:
            self.status_label.hide()
        else:
            self.status_label.setText(
                QCoreApplication.translate("DashboardCharts", "No charts to show.")
            )
            self.status_label.show()

    def _drawn_handler(self, key: int) -> Callable[[DrawEvent], None]:
        return lambda _event: self._on_canvas_drawn(key)

    def _on_canvas_drawn(self, key: int) -> None:
        if key in self._undrawn:
            self._undrawn.discard(key)
            if not self._undrawn:
                self.sig_drawn.emit()

    def _clear(self) -> None:
        self._undrawn.clear()
        for canvas in self.canvases:
            self.row.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases = []
        self.results = []


__all__ = ["CHARTS", "ChartPanel", "ChartResult", "ChartSpec", "chart_filter", "compute_charts"]
