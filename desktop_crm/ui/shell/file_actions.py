"""The main window's File actions: import (menu, history, a file dropped on the window) and
export of tasks to a calendar file. A mixin of ``MainWindow``, kept apart to keep it small."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget
from typing_extensions import override

from desktop_crm.ui.context import UiContext, show_error

if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object


class FileActions(_Base):
    ctx: UiContext
    _pages: dict[str, QWidget]
    stack: QStackedWidget

    # ----- import ------------------------------------------------------------------------
    def open_import(self, path: Path | None) -> QWidget:
        """The import wizard, for the records of the section shown (contacts by default)."""
        from desktop_crm.ui.importer.wizard import ImportWizard

        current = self.stack.currentWidget()
        record_type = {
            self._pages.get("companies"): "company",
            self._pages.get("pipeline"): "deal",
            self._pages.get("tasks"): "task",
            self._pages.get("calendar"): "task",
        }.get(current, "contact")
        wizard = ImportWizard(self.ctx, path, record_type, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _on_import_history_triggered(self) -> None:
        from desktop_crm.ui.importer.history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_import(files[0])

    def _on_export_ics_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export tasks"), "tasks.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.export_tasks_to(path)

    def export_tasks_to(self, path: str) -> None:
        """Open tasks and meetings to an .ics file for a phone's calendar, off the GUI thread."""
        from pathlib import Path

        from PySide6.QtCore import QThreadPool

        from desktop_crm.services.exporting.ics import export_tasks
        from desktop_crm.ui.exporting.export_dialog import ExportTask

        crm = self.ctx.crm
        task = ExportTask(
            lambda progress, cancelled: export_tasks(
                crm, Path(path), progress=progress, cancelled=cancelled
            )
        )
        task.signals.sig_done.connect(
            lambda count: self.statusBar().showMessage(
                self.tr("Exported %n task(s) to {path}", "", count).format(path=path), 10000
            )
        )
        task.signals.sig_failed.connect(lambda exc: show_error(self, exc))
        self._ics_signals = task.signals  # keep the signals alive until the job reports
        QThreadPool.globalInstance().start(task)


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
