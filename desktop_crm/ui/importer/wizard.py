"""The import wizard: file → sheet and header row → columns → matching and formats → preview →
import. A ``QDialog`` with a step list and a ``QStackedWidget``; every long step runs in the
background, and the dialog's Cancel stops it (closing only once nothing runs).

The file dialogs are the attributes ``ask_open_path`` and ``ask_save_path`` (replaceable by tests
and other callers); a file dropped on the wizard starts over with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer.base import AskPath, FileLoader, Step
from desktop_crm.ui.importer.history import ImportHistoryDialog
from desktop_crm.ui.importer.memory import MappingMemory
from desktop_crm.ui.importer.models import RawRowsModel, fit_columns
from desktop_crm.ui.importer.page_file import FilePage
from desktop_crm.ui.importer.page_header import HeaderPage
from desktop_crm.ui.importer.page_import import ImportPage
from desktop_crm.ui.importer.page_mapping import MappingPage
from desktop_crm.ui.importer.page_matching import MatchingPage
from desktop_crm.ui.importer.page_preview import PreviewPage
from desktop_crm.ui.importer.state import Loaded, WizardState
from desktop_crm.ui.importer.texts import record_types_label


def ask_open_path(parent: QWidget, caption: str, start: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getOpenFileName(parent, caption, start, file_filter)
    return path


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


class ImportWizard(QDialog):
    FILE, HEADER, MAPPING, MATCHING, PREVIEW, IMPORT = range(6)

    sig_step_changed = Signal(int)
    sig_loaded = Signal(object)  # Loaded: the file was read (again)
    sig_load_failed = Signal(object)  # CrmError
    sig_preview_ready = Signal(object)  # ImportPreview
    sig_imported = Signal(object)  # ImportResult of a successful import
    sig_import_finished = Signal(object)  # ImportResult, or None (cancelled, failed, nothing)

    def __init__(
        self,
        ui: UiContext,
        path: Path | None = None,
        record_type: str = "contact",
        parent: QWidget | None = None,
        *,
        memory: MappingMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.state = WizardState(record_type=record_type)
        self.memory = memory if memory is not None else MappingMemory.beside(ui.prefs_path)
        self.ask_open_path: AskPath = ask_open_path
        self.ask_save_path: AskPath = ask_save_path
        self.history_dialog: ImportHistoryDialog | None = None
        self.raw_model = RawRowsModel(self)
        self.loader = FileLoader(self)
        # connected before the pages: they read what these handlers put in the state
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_failed.connect(self._on_loader_failed)
        self.loader.sig_started.connect(self.update_buttons)
        self._build_ui()
        self._connect_signals()
        self.file_page.set_record_type(record_type)
        self._show_step(self.FILE)
        if path is not None:
            self.open_path(Path(path))

    # ----- construction --------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setAcceptDrops(True)
        self.file_page = FilePage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.matching_page = MatchingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.pages: list[Step] = [
            self.file_page,
            self.header_page,
            self.mapping_page,
            self.matching_page,
            self.preview_page,
            self.import_page,
        ]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self._build_steps_list()
        self._build_heading()
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        right.addLayout(self._build_buttons())
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps_list)
        layout.addLayout(right, 1)
        self.resize(1000, 700)

    def _build_steps_list(self) -> None:
        """The steps, numbered, on the leading side; the current one in bold."""
        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName(self.tr("Steps"))
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps_list.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_list.setFixedWidth(190)
        locale = QLocale()
        for number, page in enumerate(self.pages, start=1):
            QListWidgetItem(f"{locale.toString(number)}. {page.title()}", self.steps_list)

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _build_heading(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

    def _connect_signals(self) -> None:
        for page in self.pages:
            page.sig_complete_changed.connect(self.update_buttons)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.file_page.type_combo.currentIndexChanged.connect(self._update_title)
        self.preview_page.sig_ready.connect(self.sig_preview_ready)
        self.import_page.sig_finished.connect(self._on_import_finished)
        self.import_page.sig_history_requested.connect(self.show_history)

    # ----- steps -------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        self.heading.setText(
            self.tr("Step {number} of {count}: {title}").format(
                number=QLocale().toString(index + 1),
                count=QLocale().toString(len(self.pages)),
                title=page.title(),
            )
        )
        for row in range(self.steps_list.count()):
            item = self.steps_list.item(row)
            font = QFont(self.steps_list.font())
            font.setBold(row == index)
            item.setFont(font)
            enabled = Qt.ItemFlag.ItemIsEnabled if row <= index else Qt.ItemFlag.NoItemFlags
            item.setFlags(enabled)
        self._update_title()
        page.enter()
        self.update_buttons()
        self.sig_step_changed.emit(index)

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("Import {records}").format(records=record_types_label(self.state.record_type))
        )

    def update_buttons(self) -> None:
        index = self.current_step()
        page = self.pages[index]
        busy = page.busy() or self.loader.is_loading()
        done = index == self.IMPORT and self.import_page.outcome == "done"
        if index == self.IMPORT:
            can_back = self.import_page.can_go_back()
        else:
            can_back = index > 0 and not busy
        self.back_button.setEnabled(can_back)
        if index == self.PREVIEW:
            self.next_button.setText(self.tr("Import"))
        elif index == self.IMPORT:
            self.next_button.setText(self.tr("Finish"))
        else:
            self.next_button.setText(self.tr("Next"))
        self.next_button.setEnabled(page.is_complete() and not busy)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(True)

    def go_next(self) -> None:
        index = self.current_step()
        page = self.pages[index]
        if not page.is_complete() or page.busy():
            return
        if index == self.IMPORT:
            self.accept()
            return
        self._show_step(index + 1)

    def go_back(self) -> None:
        if self.back_button.isEnabled():
            self._show_step(self.current_step() - 1)

    def _on_next_clicked(self) -> None:
        self.go_next()

    def _on_back_clicked(self) -> None:
        self.go_back()

    def _on_cancel_clicked(self) -> None:
        self.reject()

    # ----- the file ----------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """Start over with ``path`` (also what dropping a file on the wizard does)."""
        if self.busy() or self.import_page.outcome == "done":
            return
        self.raw_model.set_rows([], 0)
        if self.current_step() != self.FILE:
            self._show_step(self.FILE)
        self.file_page.open_path(path)

    def _on_loader_loaded(self, loaded: Loaded) -> None:
        state = self.state
        state.loaded = loaded
        state.sheet = loaded.sheet
        state.header_row = loaded.header_row
        self.raw_model.set_rows(loaded.rows, loaded.header_row, letters=bool(loaded.info.sheets))
        fit_columns(self.file_page.rows_view)
        fit_columns(self.header_page.rows_view)
        self.sig_loaded.emit(loaded)
        self.update_buttons()

    def _on_loader_failed(self, exc: CrmError) -> None:
        self.sig_load_failed.emit(exc)
        self.update_buttons()

    # ----- the end -------------------------------------------------------------------------------
    def _on_import_finished(self, result: object) -> None:
        self.update_buttons()
        if result is not None:
            self.sig_imported.emit(result)
        self.sig_import_finished.emit(result)

    def show_history(self) -> ImportHistoryDialog:
        dialog = self.history_dialog
        if dialog is None:
            dialog = self.history_dialog = ImportHistoryDialog(self.ui, self)
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def busy(self) -> bool:
        return any(page.busy() for page in self.pages)

    @override
    def reject(self) -> None:
        """Cancel (or Escape) stops the running step first; the wizard closes once idle."""
        page = self.pages[self.current_step()]
        if page.busy():
            page.cancel_task()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            self.pages[self.current_step()].cancel_task()
            event.ignore()
            return
        super().closeEvent(event)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and not self.busy():
            event.acceptProposedAction()
            return
        event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))
