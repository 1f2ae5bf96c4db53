"""The Reports screen: the list of reports, the filters, the chart, the table behind it, the
report's caveats and definition; Export… (PNG, PDF, .xlsx) and Print….

A report runs on the global thread pool (query, labels and figure; see ``report_jobs``) while a
busy bar turns: the window never freezes, and matplotlib is imported on that worker the first
time. Changing the report or a filter runs it again; only the newest run is shown. The file and
print dialogs are attributes (``ask_path``, ``ask_printer``) that tests and callers replace.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.reports import ReportFilter, ReportInfo
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.exporting.export_dialog import AskPath, ask_save_path
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.reports.chart_view import ChartView, print_report
from desktop_crm.ui.reports.filters import FilterBar
from desktop_crm.ui.reports.report_jobs import ReportJob, ReportResult, compute_report
from desktop_crm.ui.reports.table_model import ReportListModel, ReportTableModel
from desktop_crm.ui.reports.texts import (
    note_text,
    number_format,
    period_label,
    range_text,
    tr_text,
)

# the print dialog: (printer, parent) -> True to print
AskPrinter = Callable[[QPrinter, QWidget], bool]
NOTES_STYLE = "background: #fff8e1; border: 1px solid #ffe082; padding: 6px;"
HELP_STYLE = "color: #616161;"


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


class ReportsPage(QWidget):
    sig_report_shown = Signal(str)  # report name, once its chart and table are on screen
    sig_failed = Signal(str)  # the translated message shown
    sig_exported = Signal(str)  # path
    sig_printed = Signal()

    def __init__(
        self, ui: UiContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ui
        self.today = today or date.today()
        self.ask_path: AskPath = ask_save_path
        self.ask_printer: AskPrinter = ask_printer
        self.result: ReportResult | None = None
        self.first_shown_ms: float | None = None  # page created → first report on screen
        self._created = time.perf_counter()
        self._request = 0
        self._exports = 0
        self._jobs: dict[int, ReportJob] = {}
        self._stale = False
        self._build_ui()
        self._connect_signals()
        self._load_choices()

    # ----- building --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.list_model = ReportListModel(self)
        self.report_list = QListView(self)
        self.report_list.setModel(self.list_model)
        self.report_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_list.setMaximumWidth(260)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("report_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.filters = FilterBar(self.today, self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # an indicator that turns, no percentage
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("report_notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(NOTES_STYLE)
        self.notes_label.hide()
        self.chart_view = ChartView(self)
        self.table_model = ReportTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.table_model)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.definition_label = QLabel(self)
        self.definition_label.setObjectName("report_definition")
        self.definition_label.setWordWrap(True)
        self.definition_label.setStyleSheet(HELP_STYLE)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self._set_actions_enabled(False)
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.title_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 280])  # the chart first; the table scrolls
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(self.description_label)
        right.addWidget(self.filters)
        right.addWidget(self.busy_bar)
        right.addWidget(self.status_label)
        right.addWidget(self.notes_label)
        right.addWidget(splitter, 1)
        right.addWidget(self.definition_label)
        row = QHBoxLayout(self)
        row.addWidget(self.report_list)
        row.addLayout(right, 1)

    def _connect_signals(self) -> None:
        self.report_list.selectionModel().currentChanged.connect(self._on_report_list_changed)
        self.filters.sig_changed.connect(self._on_filters_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    def _load_choices(self) -> None:
        crm = self.ctx.crm
        self.list_model.set_reports(crm.reports.catalogue())
        self.filters.set_choices(crm.pipelines.pipelines(), crm.catalog.users())

    # ----- running ---------------------------------------------------------------------------
    def current_info(self) -> ReportInfo | None:
        index = self.report_list.currentIndex()
        return self.list_model.info(index.row()) if index.isValid() else None

    def select_report(self, name: str) -> None:
        row = self.list_model.row_of(name)
        if row >= 0:
            self.report_list.setCurrentIndex(self.list_model.index(row, 0))

    def run_report(self) -> None:
        """Run the chosen report with the current filters (off the GUI thread)."""
        info, flt = self.current_info(), self.filters.current_filter()
        if info is None or flt is None:
            return
        self._request += 1
        request, crm, today = self._request, self.ctx.crm, self.today
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        job = ReportJob(request, lambda: compute_report(crm, info.name, flt, today=today, rtl=rtl))
        job.signals.sig_done.connect(self._on_job_done)
        job.signals.sig_failed.connect(self._on_job_failed)
        self._stale = False
        self._start(job)

    def _start(self, job: ReportJob) -> None:
        self._jobs[job.request] = job  # keeps its signals alive until it reports
        self._set_busy(True)
        job.start()

    def _finish(self, request: int) -> None:
        self._jobs.pop(request, None)
        self._set_busy(bool(self._jobs))

    def _on_job_done(self, request: int, result: ReportResult) -> None:
        self._finish(request)
        if request == self._request:  # else an older run: a newer one is on its way
            self.show_result(result)

    def _on_job_failed(self, request: int, exc: CrmError) -> None:
        self._finish(request)
        if request != self._request:
            return
        self._show_status(error_text(exc))
        self.sig_failed.emit(error_text(exc))

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        data = result.data
        self.status_label.hide()
        self.chart_view.show_figure(result.figure)
        self.table_model.set_report(data)
        notes = [note_text(n) for n in data.notes]
        self.notes_label.setText("\n".join(f"• {n}" for n in notes))
        self.notes_label.setVisible(bool(notes))
        definition = tr_text(data.definition)
        self.definition_label.setText(self.tr("How it is computed: {0}").format(definition))
        self.definition_label.setVisible(bool(data.definition))
        self._set_actions_enabled(True)
        if self.first_shown_ms is None:
            self.first_shown_ms = (time.perf_counter() - self._created) * 1000
        self.sig_report_shown.emit(data.name)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    def is_busy(self) -> bool:
        return not self.busy_bar.isHidden()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    # ----- handlers --------------------------------------------------------------------------
    def _on_report_list_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        info = self.list_model.info(current.row())
        self.title_label.setText(tr_text(info.title))
        self.description_label.setText(tr_text(info.description))
        self.filters.set_needs_period(info.needs_period)
        self.run_report()

    def _on_filters_changed(self, _flt: ReportFilter) -> None:
        self.run_report()

    def _on_ctx_changed(self, _change: object) -> None:
        self._stale = True
        if self.isVisible():
            self.run_report()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_info() is None and self.list_model.rowCount() > 0:
            self.report_list.setCurrentIndex(self.list_model.index(0, 0))
        elif self._stale:
            self.run_report()

    # ----- export and print ------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        result = self.result
        if result is None:
            return
        flt = result.data.filter
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{result.data.name}_{flt.start}_{flt.end}.pdf")
        file_filter = self.tr("PDF document (*.pdf);;Excel workbook (*.xlsx);;PNG image (*.png)")
        path = self.ask_path(self, self.tr("Export report"), suggested, file_filter)
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the report shown to ``path`` (by its extension; .pdf when it has none), off
        the GUI thread; ``sig_exported`` or ``sig_failed`` tells how it went."""
        result = self.result
        if result is None:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".pdf", ".xlsx"):
            target = target.with_name(target.name + ".pdf")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        period = result.data.filter.period

        def work() -> str:
            from desktop_crm.services.reports.export import export_report

            export_report(
                result.data,
                target,
                labels=result.labels,
                rtl=rtl,
                number_format=number_format,
                date_format=lambda day: period_label(day, period),
                subtitle=range_text(result.data.filter),
            )
            return str(target)

        self._request_export(work)

    def _request_export(self, work: Callable[[], str]) -> None:
        self._exports += 1
        job = ReportJob(-self._exports, work)  # exports count down, report runs up
        job.signals.sig_done.connect(self._on_export_done)
        job.signals.sig_failed.connect(self._on_export_failed)
        self._start(job)

    def _on_export_done(self, request: int, path: str) -> None:
        self._finish(request)
        self.sig_exported.emit(path)

    def _on_export_failed(self, request: int, exc: CrmError) -> None:
        self._finish(request)
        self._show_status(error_text(exc))
        self.sig_failed.emit(error_text(exc))

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.ask_printer(printer, self):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the report shown: the chart, its notes and the table."""
        result, figure = self.result, self.chart_view.figure()
        if result is None or figure is None:
            return
        model = self.table_model
        titles = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        rows = [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        heading = f"{tr_text(result.data.title)} — {range_text(result.data.filter)}"
        print_report(
            printer,
            figure,
            heading,
            [note_text(n) for n in result.data.notes],
            titles,
            rows,
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            bold_last=result.data.totals is not None,
        )
        self.sig_printed.emit()


__all__ = ["AskPrinter", "ReportsPage", "ask_printer"]
