"""The "Export…" dialog of a list: format (and a CSV's separator), columns, the selection or the
whole list, then a file.

The export runs in a ``QRunnable`` on the global ``QThreadPool``; its signals (on their own
``QObject``) drive a progress bar, and Cancel stops it with nothing written. The file dialog is
``ask_path`` (an attribute, so tests and other callers can replace it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.domain.records import ListQuery
from desktop_crm.services import exporting
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.exporting.delimiter import DelimiterCombo
from desktop_crm.ui.labels import FIELD_LABELS, field_label
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_CTX = "ExportDialog"

#: headers of export columns that are not field labels (``labels.FIELD_LABELS``)
TITLES: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ExportDialog", "ID"),
    "title": QT_TRANSLATE_NOOP("ExportDialog", "Title"),
    "value": QT_TRANSLATE_NOOP("ExportDialog", "Value"),
    "pipeline": QT_TRANSLATE_NOOP("ExportDialog", "Pipeline"),
    "probability": QT_TRANSLATE_NOOP("ExportDialog", "Probability"),
    "expected_close": QT_TRANSLATE_NOOP("ExportDialog", "Expected close"),
    "days_in_stage": QT_TRANSLATE_NOOP("ExportDialog", "Days in stage"),
    "closed_at": QT_TRANSLATE_NOOP("ExportDialog", "Closed"),
}

#: the file dialog: (parent, caption, suggested path, filter) -> chosen path, "" when cancelled
AskPath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def column_title(column: exporting.ExportColumn) -> str:
    """The translated header of an export column (a custom field keeps its own label)."""
    if column.key.startswith(CUSTOM_PREFIX):
        return column.title
    if column.key in TITLES:
        return QCoreApplication.translate(_CTX, TITLES[column.key])
    if column.key in FIELD_LABELS:
        return field_label(column.key)
    return column.title


class ExportSignals(QObject):
    sig_progress = Signal(int, int)  # rows written, rows in all
    sig_done = Signal(int)  # rows written
    sig_cancelled = Signal()
    sig_failed = Signal(object)  # CrmError


class ExportTask(QRunnable):
    """Runs ``job(progress, cancelled)`` off the GUI thread; ``cancel()`` asks it to stop."""

    def __init__(self, job: Callable[[exporting.Progress, exporting.Cancelled], int]) -> None:
        super().__init__()  # auto-deleted by the pool once run; its signals reach the dialog
        self.job = job
        self.signals = ExportSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @override
    def run(self) -> None:
        try:
            rows = self.job(self.signals.sig_progress.emit, self._stop.is_set)
        except exporting.OperationCancelled:
            self.signals.sig_cancelled.emit()
        except CrmError as exc:
            self.signals.sig_failed.emit(exc)
        except Exception as exc:  # a bug must still end the dialog's busy state, with a reason
            self.signals.sig_failed.emit(CrmError(f"{type(exc).__name__}: {exc}", code="error"))
        else:
            self.signals.sig_done.emit(rows)


class ExportDialog(QDialog):
    """Choose format and columns, then a file; the export runs with a progress bar and Cancel.

    ``query``: the list's filter and order (all records when None); ``ids``: the selected rows
    (offered as "only the selected rows"); ``columns``: the list's visible columns, preselected.
    """

    sig_exported = Signal(str, int)  # path, rows
    sig_progress = Signal(int, int)  # rows written, rows in all
    sig_finished = Signal()  # an export ended: done, cancelled or failed

    def __init__(
        self,
        ui_context: UiContext,
        record_type: str,
        *,
        query: ListQuery | None = None,
        ids: Sequence[str] | None = None,
        columns: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ui_context
        self.record_type = record_type
        self.query = query
        self.ids = list(ids) if ids else []
        self.ask_path: AskPath = ask_save_path
        self.task: ExportTask | None = None
        self.last_path: str | None = None
        self._columns = exporting.export_columns(ui_context.crm, record_type)
        self._build_ui(columns)
        self._connect_signals()
        self._on_format_changed()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self, chosen: Sequence[str] | None) -> None:
        self.setWindowTitle(self._title())
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("CSV text (UTF-8)"), "csv")
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        if self.record_type == "contact":
            self.format_combo.addItem(self.tr("vCard for address books (.vcf)"), "vcf")
        count = len(self.ids)
        self.selection_check = QCheckBox(
            self.tr("Only the selected row")
            if count == 1
            else self.tr("Only the %Ln selected rows", "", count),
            self,
        )
        self.selection_check.setChecked(bool(self.ids))
        self.selection_check.setVisible(bool(self.ids))
        self.delimiter_combo = DelimiterCombo(self)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Separator:"), self.delimiter_combo)
        form.addRow("", self.selection_check)
        self.columns_box = QGroupBox(self.tr("Columns"), self)
        self.columns_list = QListWidget(self.columns_box)
        self.columns_list.setAccessibleName(self.tr("Columns"))
        self.columns_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns_list.setToolTip(self.tr("Tick the columns to export; drag to reorder them."))
        self._fill_columns(chosen)
        self.all_button = QPushButton(self.tr("All"), self.columns_box)
        self.none_button = QPushButton(self.tr("None"), self.columns_box)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        box = QVBoxLayout(self.columns_box)
        box.addWidget(self.columns_list, 1)
        box.addLayout(row)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_box, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumSize(420, 480)

    def _title(self) -> str:
        if self.record_type == "contact":
            return self.tr("Export contacts")
        if self.record_type == "company":
            return self.tr("Export companies")
        return self.tr("Export deals")

    def _sheet_name(self) -> str:
        if self.record_type == "contact":
            return self.tr("Contacts")
        if self.record_type == "company":
            return self.tr("Companies")
        return self.tr("Deals")

    def _fill_columns(self, chosen: Sequence[str] | None) -> None:
        by_key = {c.key: c for c in self._columns}
        if chosen is None:
            picked = [c.key for c in self._columns if c.default]
        else:
            keys = (exporting.canonical_key(self.record_type, k) for k in chosen)
            picked = [k for k in dict.fromkeys(keys) if k in by_key]
        order = picked + [c.key for c in self._columns if c.key not in picked]
        for key in order:
            item = QListWidgetItem(column_title(by_key[key]), self.columns_list)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key in picked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.none_button.clicked.connect(self._on_none_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.reject)

    # ----- choices -----------------------------------------------------------------------
    def file_format(self) -> str:
        return str(self.format_combo.currentData())

    def chosen_columns(self) -> list[str]:
        items = (self.columns_list.item(n) for n in range(self.columns_list.count()))
        return [
            str(item.data(KEY_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def _set_all(self, state: Qt.CheckState) -> None:
        for number in range(self.columns_list.count()):
            self.columns_list.item(number).setCheckState(state)

    def _on_all_clicked(self) -> None:
        self._set_all(Qt.CheckState.Checked)

    def _on_none_clicked(self) -> None:
        self._set_all(Qt.CheckState.Unchecked)

    def _on_format_changed(self) -> None:
        # a vCard has its own fixed set of properties; only a CSV file has a separator
        self.columns_box.setEnabled(self.file_format() != "vcf" and self.task is None)
        self.form.setRowVisible(self.delimiter_combo, self.file_format() == "csv")

    def _suggested_path(self, fmt: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if self.record_type == "contact":
            base = self.tr("contacts")
        elif self.record_type == "company":
            base = self.tr("companies")
        else:
            base = self.tr("deals")
        return str(Path(folder) / f"{base}-{date.today().isoformat()}.{fmt}")

    def _file_filter(self, fmt: str) -> str:
        if fmt == "csv":
            return self.tr("CSV files (*.csv)")
        if fmt == "xlsx":
            return self.tr("Excel workbooks (*.xlsx)")
        return self.tr("vCard files (*.vcf)")

    # ----- running -----------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        if self.task is not None:
            return
        fmt = self.file_format()
        columns = self.chosen_columns()
        if fmt != "vcf" and not columns:
            self._show_status(self.tr("Choose at least one column."), error=True)
            return
        chosen = self.ask_path(
            self, self._title(), self._suggested_path(fmt), self._file_filter(fmt)
        )
        if not chosen:
            return
        path = chosen if chosen.lower().endswith("." + fmt) else f"{chosen}.{fmt}"
        self._start(path, columns)

    def _start(self, path: str, columns: list[str]) -> None:
        crm, record_type = self.ctx.crm, self.record_type
        ids = self.ids if self.selection_check.isChecked() and self.ids else None
        query = None if ids else self.query
        by_key = {c.key: c for c in self._columns}
        titles = {key: column_title(by_key[key]) for key in columns}
        sheet = self._sheet_name()
        delimiter = self.delimiter_combo.delimiter() if self.file_format() == "csv" else ","

        def job(progress: exporting.Progress, cancelled: exporting.Cancelled) -> int:
            return exporting.export_records(
                crm,
                record_type,
                path,
                query=query,
                ids=ids,
                columns=columns,
                titles=titles,
                sheet_name=sheet,
                delimiter=delimiter,
                progress=progress,
                cancelled=cancelled,
            )

        task = self.task = ExportTask(job)
        task.signals.sig_progress.connect(self._on_task_progress)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        task.signals.sig_failed.connect(self._on_task_failed)
        self.last_path = path
        self._set_busy(True)
        self._show_status(self.tr("Exporting to {file}…").format(file=isolate(path)))
        QThreadPool.globalInstance().start(task)

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.close_button.setEnabled(False)
            self._show_status(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.task is not None

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.format_combo.setEnabled(not busy)
        self.delimiter_combo.setEnabled(not busy)
        self.selection_check.setEnabled(not busy)
        self.columns_box.setEnabled(not busy and self.file_format() != "vcf")
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)  # busy until the first count arrives

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.sig_progress.emit(done, total)

    def _on_task_done(self, rows: int) -> None:
        self._finish()
        path = self.last_path or ""
        self._show_status(self._done_text(rows).format(file=isolate(path)))
        self.sig_exported.emit(path, rows)
        self.sig_finished.emit()

    def _done_text(self, rows: int) -> str:
        if self.record_type == "contact":
            if rows == 1:
                return self.tr("Exported 1 contact to {file}.")
            return self.tr("Exported %Ln contacts to {file}.", "", rows)
        if self.record_type == "company":
            if rows == 1:
                return self.tr("Exported 1 company to {file}.")
            return self.tr("Exported %Ln companies to {file}.", "", rows)
        if rows == 1:
            return self.tr("Exported 1 deal to {file}.")
        return self.tr("Exported %Ln deals to {file}.", "", rows)

    def _on_task_cancelled(self) -> None:
        self._finish()
        self._show_status(self.tr("Export cancelled; no file was written."))
        self.sig_finished.emit()

    def _on_task_failed(self, exc: CrmError) -> None:
        self._finish()
        self._show_status(error_text(exc), error=True)
        self.sig_finished.emit()

    def _finish(self) -> None:
        self.task = None
        self._set_busy(False)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    # ----- closing -----------------------------------------------------------------------
    @override
    def reject(self) -> None:
        """Cancel (or Escape) stops a running export first; the dialog closes once idle."""
        if self.task is not None:
            self.cancel_export()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
