"""The import history: every import batch (file, records, when, counts, undone?) and "Undo
import", which reverts a whole batch in the background after a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.services.importing import batches
from desktop_crm.services.importing.plan import ImportBatchInfo, ImportUndo
from desktop_crm.ui.cards.formatting import format_number, isolate
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer.base import show_status
from desktop_crm.ui.importer.result_models import HistoryModel
from desktop_crm.ui.importer.tasks import BackgroundTask, CancelledFn, ProgressFn
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.rows_model import ITEM_ROLE

#: asks a yes/no question: (parent, title, text) -> yes
Confirm = Callable[[QWidget, str, str], bool]


def ask_confirmation(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ImportHistoryDialog(QDialog):
    sig_undone = Signal(object)  # ImportUndo
    sig_finished = Signal()  # an undo ended: done, cancelled or failed

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.confirm: Confirm = ask_confirmation
        self.task: BackgroundTask | None = None
        self.model = HistoryModel(self)
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import history"))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Imports"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            HistoryModel.FILE, QHeaderView.ResizeMode.Stretch
        )
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.undo_button = QPushButton(self.tr("Undo import\u2026"), self)
        self.undo_button.setToolTip(
            self.tr("Remove the records this import created and restore the fields it changed.")
        )
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(860, 420)

    def _connect_signals(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.close_button.clicked.connect(self.reject)
        self.ui.sig_changed.connect(self._on_ui_changed)

    # ----- the list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(batches.import_history(self.ui.crm))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            HistoryModel.FILE, QHeaderView.ResizeMode.Stretch
        )
        row = 0
        if selected is not None:
            ids = [self.model.row_item(r).id for r in range(self.model.rowCount())]
            row = ids.index(selected.id) if selected.id in ids else 0
        if self.model.rowCount():
            self.view.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> ImportBatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        item = rows[0].data(ITEM_ROLE)
        return item if isinstance(item, ImportBatchInfo) else None

    def select_batch(self, batch_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_item(row).id == batch_id:
                self.view.selectRow(row)
                return

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        item = self.selected()
        self.undo_button.setEnabled(item is not None and item.can_undo and self.task is None)

    def _on_ui_changed(self, change: Change) -> None:
        if self.task is None and not isinstance(change, ImportUndo):
            self.refresh()

    # ----- undo ------------------------------------------------------------------------------------
    def _on_undo_clicked(self) -> None:
        item = self.selected()
        if item is None or not item.can_undo or self.task is not None:
            return
        counts = item.counts
        text = self.tr(
            "Undo the import of {file}?\n\nThe {new} records it created are removed (they stay restorable among the deleted records) and the {updated} records it updated get their old values back. Fields changed since the import keep their newer values."
        ).format(
            file=isolate(item.file_name),
            new=format_number(int(counts.get("new", 0) or 0)),
            updated=format_number(int(counts.get("updated", 0) or 0)),
        )
        if not self.confirm(self, self.tr("Undo import"), text):
            return
        self._start(item)

    def _start(self, item: ImportBatchInfo) -> None:
        crm, batch_id = self.ui.crm, item.id

        def job(progress: ProgressFn, cancelled: CancelledFn) -> ImportUndo:
            return batches.undo_import(crm, batch_id, progress=progress, cancelled=cancelled)

        task = self.task = BackgroundTask(job)
        task.signals.sig_progress.connect(self._on_task_progress)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        task.signals.sig_failed.connect(self._on_task_failed)
        self.undo_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        show_status(self.status_label, self.tr("Undoing the import\u2026"))
        task.start()

    def cancel_undo(self) -> None:
        if self.task is not None:
            self.task.cancel()
            show_status(self.status_label, self.tr("Cancelling\u2026"))

    def is_running(self) -> bool:
        return self.task is not None

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _on_task_done(self, undo: ImportUndo) -> None:
        self._finish()
        self.ui.sig_changed.emit(undo)
        text = self.tr(
            "The import was undone: {removed} records removed, {restored} fields restored."
        ).format(removed=format_number(undo.removed), restored=format_number(undo.restored))
        if undo.kept:
            if undo.kept == 1:
                kept = self.tr("1 field changed since the import kept its newer value.")
            else:
                kept = self.tr(
                    "%Ln fields changed since the import kept their newer values.", "", undo.kept
                )
            text += " " + kept
        self.refresh()
        show_status(self.status_label, text)
        self.sig_undone.emit(undo)
        self.sig_finished.emit()

    def _on_task_cancelled(self) -> None:
        self._finish()
        show_status(self.status_label, self.tr("Undo cancelled: nothing was changed."))
        self.sig_finished.emit()

    def _on_task_failed(self, exc: CrmError) -> None:
        self._finish()
        self.refresh()
        if exc.code == "already_undone":
            text = self.tr("This import was undone already.")
        else:
            text = error_text(exc)
        show_status(self.status_label, text, error=True)
        self.sig_finished.emit()

    def _finish(self) -> None:
        self.task = None
        self.progress_bar.hide()
        self.close_button.setText(self.tr("Close"))
        self._on_selection_changed()

    # ----- closing -----------------------------------------------------------------------------------
    @override
    def reject(self) -> None:
        if self.task is not None:
            self.cancel_undo()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.cancel_undo()
            event.ignore()
            return
        super().closeEvent(event)
