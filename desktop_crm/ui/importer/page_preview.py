"""Step 5: what the import would do — counts, the first rows as saved, every error — computed by
``analyze`` in the background (nothing written) with a progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.services.importing import engine
from desktop_crm.services.importing.plan import ImportCounts, ImportPreview
from desktop_crm.ui.cards.formatting import format_number, isolate
from desktop_crm.ui.importer.base import WARNING_STYLE, Host, Step, show_status
from desktop_crm.ui.importer.result_models import ErrorsModel, PreviewRowsModel
from desktop_crm.ui.importer.tasks import BackgroundTask, CancelledFn, ProgressFn
from desktop_crm.ui.importer.texts import plan_error_text
from desktop_crm.ui.messages import error_text

COUNTS = ("new", "updated", "unchanged", "skipped", "warnings", "errors")


class PreviewPage(Step):
    sig_ready = Signal(object)  # ImportPreview
    sig_stopped = Signal()  # the analysis was cancelled or failed
    sig_progress = Signal(int, int)  # done, total (bytes or rows)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.task: BackgroundTask | None = None
        self.rows_model = PreviewRowsModel(self)
        self.errors_model = ErrorsModel(self)
        self.warnings_model = ErrorsModel(self)  # rows imported all the same, with the reason
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("Preview")

    def _build_ui(self) -> None:
        grid = self._build_counts()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Check again"), self)
        self.again_button.hide()
        self._build_dates()
        self._build_tables()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.date_frame)
        layout.addWidget(self.progress_bar)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.again_button)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)

    def _build_counts(self) -> QGridLayout:
        self.count_labels: dict[str, QLabel] = {}
        captions = {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "skipped": self.tr("Skipped"),
            "warnings": self.tr("With warnings"),
            "errors": self.tr("With errors"),
        }
        grid = QGridLayout()
        for column, key in enumerate(COUNTS):
            number = QLabel("\u2014", self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            number.setFont(font)
            caption = QLabel(captions[key], self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.count_labels[key] = number
        return grid

    def _build_dates(self) -> None:
        """The question about the order of day and month, when the dates read both ways."""
        self.date_frame = QFrame(self)
        self.date_frame.setObjectName("dateFrame")
        self.date_frame.setStyleSheet(f"QFrame#dateFrame {{{WARNING_STYLE}}}")
        self.date_label = QLabel(self.date_frame)
        self.date_label.setWordWrap(True)
        self.order_combo = QComboBox(self.date_frame)
        self.order_combo.setAccessibleName(self.tr("Order of day and month"))
        self.order_combo.addItem(self.tr("Day first"), "dmy")
        self.order_combo.addItem(self.tr("Month first"), "mdy")
        date_row = QHBoxLayout(self.date_frame)
        date_row.addWidget(self.date_label, 1)
        date_row.addWidget(self.order_combo)
        self.date_frame.hide()

    def _build_tables(self) -> None:
        self.rows_view = self._table(self.rows_model, self.tr("Rows as they will be saved"))
        self.errors_view = self._table(self.errors_model, self.tr("Errors"))
        self.errors_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.save_errors_button = QPushButton(self.tr("Save the rows with errors\u2026"), self)
        self.save_errors_button.setToolTip(
            self.tr(
                "Save these rows, with the reason in a last column, to fix them and import them again."
            )
        )
        errors_page = QWidget(self)
        errors_layout = QVBoxLayout(errors_page)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.errors_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_errors_button)
        errors_layout.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rows_view, self.tr("First rows"))
        self.tabs.addTab(errors_page, self.tr("Errors"))
        self.warnings_view = self._table(self.warnings_model, self.tr("Warnings"))
        self.warnings_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.tabs.addTab(self.warnings_view, self.tr("Warnings"))

    def _table(self, model: PreviewRowsModel | ErrorsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        view.setWordWrap(False)
        return view

    def _connect_signals(self) -> None:
        self.again_button.clicked.connect(self.start)
        self.order_combo.activated.connect(self._on_order_activated)
        self.save_errors_button.clicked.connect(self._on_save_errors_clicked)

    # ----- running the analysis ----------------------------------------------------------------
    @override
    def enter(self) -> None:
        self.start()

    def start(self) -> None:
        if self.task is not None:
            return
        state = self.host.state
        state.preview = None
        crm, plan = self.host.ui.crm, state.plan()

        def job(progress: ProgressFn, cancelled: CancelledFn) -> ImportPreview:
            return engine.analyze(crm, plan, progress=progress, cancelled=cancelled)

        task = self.task = BackgroundTask(job)
        task.signals.sig_progress.connect(self._on_task_progress)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        task.signals.sig_failed.connect(self._on_task_failed)
        self._show_counts(None)
        self.rows_model.set_rows([])
        self.errors_model.set_rows([])
        self.warnings_model.set_rows([])
        self.again_button.hide()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        show_status(
            self.status_label, self.tr("Reading every row and comparing it with your records\u2026")
        )
        self.sig_complete_changed.emit()
        task.start()

    @override
    def busy(self) -> bool:
        return self.task is not None

    @override
    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            show_status(self.status_label, self.tr("Cancelling\u2026"))

    def _ours(self) -> bool:
        """Whether the signal comes from the current task (stale ones are dropped)."""
        return self.task is not None and self.sender() is self.task.signals

    def _on_task_progress(self, done: int, total: int) -> None:
        if self._ours():
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(min(done, max(total, 1)))
            self.sig_progress.emit(done, total)

    def _on_task_done(self, preview: ImportPreview) -> None:
        if not self._ours():
            return
        self.task = None
        self.progress_bar.hide()
        self.host.state.preview = preview
        self._show_preview(preview)
        self.sig_complete_changed.emit()
        self.sig_ready.emit(preview)

    def _on_task_cancelled(self) -> None:
        if self._ours():
            self._stopped(self.tr("The check was cancelled. Nothing was imported."), error=False)

    def _on_task_failed(self, exc: CrmError) -> None:
        if self._ours():
            self._stopped(plan_error_text(exc), error=True)

    def _stopped(self, text: str, *, error: bool) -> None:
        self.task = None
        self.progress_bar.hide()
        self.again_button.show()
        show_status(self.status_label, text, error=error)
        self.sig_complete_changed.emit()
        self.sig_stopped.emit()

    # ----- showing the result ------------------------------------------------------------------
    def _show_counts(self, preview: ImportPreview | None) -> None:
        for key, label in self.count_labels.items():
            value = getattr(preview.counts, key) if preview is not None else None
            label.setText(format_number(value) if value is not None else "\u2014")
        self.summary_label.setText("")

    def _show_preview(self, preview: ImportPreview) -> None:
        self._show_counts(preview)
        counts = preview.counts
        self.summary_label.setText(self.created_text(counts))
        users = {u.id: u.name for u in self.host.ui.crm.catalog.users(include_inactive=True)}
        self.rows_model.set_preview(preview.rows, self.field_labels(preview), users)
        self.errors_model.set_rows(preview.errors)
        self.warnings_model.set_rows(preview.warnings)
        self.tabs.setTabText(2, self.tr("Warnings (%Ln)", "", preview.counts.warnings))
        self.rows_view.resizeColumnsToContents()
        self.errors_view.resizeColumnToContents(0)
        self.errors_view.resizeColumnToContents(1)
        total = preview.error_total
        self.tabs.setTabText(1, self.tr("Errors (%Ln)", "", total))
        self.save_errors_button.setEnabled(bool(preview.error_rows))
        self._show_dates(preview)
        if counts.imported == 0:
            show_status(
                self.status_label,
                self.tr("Nothing would be imported: no row is new or changes a record."),
                error=True,
            )
        elif preview.errors_truncated:
            show_status(
                self.status_label,
                self.tr("Only the first %Ln errors are listed.", "", len(preview.errors)),
            )
        else:
            show_status(
                self.status_label,
                self.tr("Nothing has been saved yet. Press \u201cImport\u201d to import."),
            )

    def created_text(self, counts: ImportCounts) -> str:
        """What the import creates besides the records, and rows repeated in the file."""
        extra = []
        if counts.companies_created == 1:
            extra.append(self.tr("1 new company will be created."))
        elif counts.companies_created:
            extra.append(
                self.tr("%Ln new companies will be created.", "", counts.companies_created)
            )
        if counts.contacts_created == 1:
            extra.append(self.tr("1 new contact will be created."))
        elif counts.contacts_created:
            extra.append(self.tr("%Ln new contacts will be created.", "", counts.contacts_created))
        if counts.updated:
            extra.append(self.tr("Records that exist show only the fields that change."))
        if counts.duplicates == 1:
            extra.append(self.tr("1 row repeats an earlier row of the file."))
        elif counts.duplicates:
            extra.append(
                self.tr("%Ln rows repeat an earlier row of the file.", "", counts.duplicates)
            )
        return " ".join(extra)

    def field_labels(self, preview: ImportPreview) -> dict[str, str]:
        """Labels of the custom fields in the rows; the new ones matched to their columns."""
        state = self.host.state
        labels = state.custom_labels()
        unknown: dict[str, None] = {}
        for row in preview.rows:
            unknown.update(
                dict.fromkeys(
                    k for k in row.values if k.startswith(CUSTOM_PREFIX) and k not in labels
                )
            )
        new = [state.new_fields[c].label for c in sorted(state.new_fields)]
        labels.update(zip(unknown, new, strict=False))
        return labels

    def _show_dates(self, preview: ImportPreview) -> None:
        state = self.host.state
        warning = preview.date_warnings[0] if preview.date_warnings else None
        if warning is None and not state.date_unsure:
            self.date_frame.hide()
            return
        if warning is not None:
            samples = QLocale().createSeparatedList([isolate(s) for s in warning.samples[:3]])
            text = self.tr(
                "The dates of \u201c{column}\u201d ({samples}) read both day-first and month-first. Which is right?"
            ).format(column=warning.column_name, samples=samples)
        else:
            unique = list(dict.fromkeys(state.date_samples()))[:3]
            samples = QLocale().createSeparatedList([isolate(s) for s in unique])
            text = self.tr(
                "The dates ({samples}) read both day-first and month-first. Check the order:"
            ).format(samples=samples)
        self.date_label.setText(text)
        order = state.date_order or preview.date_order or "dmy"
        self.order_combo.setCurrentIndex(max(self.order_combo.findData(order), 0))
        self.date_frame.show()

    def _on_order_activated(self) -> None:
        state = self.host.state
        state.date_order = str(self.order_combo.currentData())
        state.date_unsure = False
        self.start()

    def _on_save_errors_clicked(self) -> None:
        state = self.host.state
        preview = state.preview
        if preview is None or state.path is None:
            return
        suggested = state.path.with_name(state.path.stem + "-errors.csv")
        chosen = self.host.ask_save_path(
            self,
            self.tr("Save the rows with errors"),
            str(suggested),
            self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv")
        try:
            count = engine.write_error_rows(preview, path)
        except OSError as exc:
            show_status(
                self.status_label,
                self.tr("The file could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                ),
                error=True,
            )
            return
        except CrmError as exc:
            show_status(self.status_label, error_text(exc), error=True)
            return
        show_status(
            self.status_label,
            self.tr("Rows saved: %Ln, in {file}.", "", count).format(file=isolate(str(path))),
        )

    @override
    def is_complete(self) -> bool:
        preview = self.host.state.preview
        return self.task is None and preview is not None and preview.counts.imported > 0
