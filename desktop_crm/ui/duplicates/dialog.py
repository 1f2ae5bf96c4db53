"""Find duplicates in a window of its own (non-modal; closing it cancels a running search)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.ui.context import UiContext
from desktop_crm.ui.duplicates.page import DuplicatesPage


class DuplicatesDialog(QDialog):
    """The page in a window of its own; closing it cancels a running search first."""

    def __init__(self, ui: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = DuplicatesPage(ui, record_type, self)
        self._build_ui(record_type)
        self._connect_signals()

    def _build_ui(self, record_type: str) -> None:
        if record_type == "company":
            self.setWindowTitle(self.tr("Duplicate companies"))
        else:
            self.setWindowTitle(self.tr("Duplicate contacts"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)

    @override
    def reject(self) -> None:
        if self.page.is_running():
            self.page.cancel_search()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.page.is_running():
            self.page.cancel_search()
            event.ignore()
            return
        super().closeEvent(event)
