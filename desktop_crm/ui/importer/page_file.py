"""Step 1: the file, what it holds (record type), what it is, its encoding and delimiter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.importing.readers import DELIMITERS, ENCODINGS
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.importer.base import WARNING_STYLE, Host, Step, show_status
from desktop_crm.ui.importer.state import Loaded
from desktop_crm.ui.importer.texts import (
    delimiter_label,
    encoding_label,
    file_error_text,
    kind_label,
    record_types_label,
)

RECORD_TYPES = ("contact", "company", "deal", "task")
TEXT_KINDS = ("csv", "vcf")
TEXT_SUFFIXES = (".csv", ".tsv", ".tab", ".txt", ".vcf", ".vcard")


class FilePage(Step):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._error: CrmError | None = None
        self._unsure = False  # the encoding guess was not confident (stays so once seen)
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("File")

    def _build_ui(self) -> None:
        self.path_label = QLabel(self.tr("No file chosen yet."), self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose a file\u2026"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.choose_button)
        self.type_combo = QComboBox(self)
        for record_type in RECORD_TYPES:
            self.type_combo.addItem(record_types_label(record_type), record_type)
        self.type_combo.setAccessibleName(self.tr("Records to import"))
        self.kind_label = QLabel(self)
        self.kind_label.setWordWrap(True)
        self._build_encoding_frame()
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Import as:"), self.type_combo)
        form.addRow(self.tr("Detected:"), self.kind_label)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_view = QTableView(self)
        self.rows_view.setModel(self.host.raw_model)
        self.rows_view.setAccessibleName(self.tr("The first rows of the file"))
        self.rows_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.verticalHeader().setDefaultSectionSize(22)
        self.rows_caption = QLabel(self.tr("The first rows, as read:"), self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.encoding_frame)
        layout.addWidget(self.status_label)
        layout.addWidget(self.rows_caption)
        layout.addWidget(self.rows_view, 1)
        self._show_loaded(None)

    def _build_encoding_frame(self) -> None:
        """The encoding and delimiter pickers, framed in the warning colour when unsure."""
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding_label(encoding), encoding)
        self.encoding_combo.setMaxVisibleItems(16)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setAccessibleName(self.tr("Separator"))
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(delimiter_label(delimiter), delimiter)
        self.encoding_hint = QLabel(
            self.tr(
                "The text encoding could not be recognised for sure. Look at the rows below: if letters show as \u00ab\u00c3\u00a9\u00bb, \u00ab\u00d0\u00b8\u00bb or \u00ab?\u00bb, choose the encoding the file was saved in."
            ),
            self,
        )
        self.encoding_hint.setWordWrap(True)
        self.encoding_frame = QFrame(self)
        self.encoding_frame.setObjectName("encodingFrame")
        frame_form = QFormLayout(self.encoding_frame)
        frame_form.setContentsMargins(0, 0, 0, 0)
        frame_form.addRow(self.encoding_hint)
        self.encoding_row_label = QLabel(self.tr("Text encoding:"), self.encoding_frame)
        frame_form.addRow(self.encoding_row_label, self.encoding_combo)
        self.delimiter_row_label = QLabel(self.tr("Values separated by:"), self.encoding_frame)
        frame_form.addRow(self.delimiter_row_label, self.delimiter_combo)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.encoding_combo.activated.connect(self._on_encoding_activated)
        self.delimiter_combo.activated.connect(self._on_delimiter_activated)
        self.host.loader.sig_started.connect(self._on_loader_started)
        self.host.loader.sig_loaded.connect(self._on_loader_loaded)
        self.host.loader.sig_failed.connect(self._on_loader_failed)

    # ----- choices -------------------------------------------------------------------------
    def set_record_type(self, record_type: str) -> None:
        found = self.type_combo.findData(record_type)
        if found >= 0:
            self.type_combo.setCurrentIndex(found)

    def open_path(self, path: Path) -> None:
        """Start over with ``path``: its encoding and delimiter are detected again."""
        state = self.host.state
        state.path = Path(path)
        state.encoding = state.delimiter = state.sheet = None
        state.loaded = None
        self._unsure = False
        self.path_label.setText(isolate(str(path)))
        self.path_label.setToolTip(str(path))
        self._reload()

    def _reload(self) -> None:
        state = self.host.state
        if state.path is None:
            return
        self.host.loader.request(
            state.path, sheet=state.sheet, encoding=state.encoding, delimiter=state.delimiter
        )

    def _on_choose_clicked(self) -> None:
        state = self.host.state
        start = str(state.path.parent) if state.path else _documents()
        chosen = self.host.ask_open_path(
            self,
            self.tr("Choose a file to import"),
            start,
            self.tr(
                "Spreadsheets and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)"
            ),
        )
        if chosen:
            self.open_path(Path(chosen))

    def _on_type_changed(self) -> None:
        self.host.state.record_type = str(self.type_combo.currentData())
        self.host.update_buttons()

    def _on_encoding_activated(self) -> None:
        self.host.state.encoding = str(self.encoding_combo.currentData())
        self._reload()

    def _on_delimiter_activated(self) -> None:
        self.host.state.delimiter = str(self.delimiter_combo.currentData())
        self._reload()

    # ----- what the loader found ------------------------------------------------------------
    def _on_loader_started(self) -> None:
        self._error = None
        show_status(self.status_label, self.tr("Reading the file\u2026"))
        self.sig_complete_changed.emit()

    def _on_loader_loaded(self, loaded: Loaded) -> None:
        self._error = None
        if not loaded.info.encoding_confident and self.host.state.encoding is None:
            self._unsure = True
        self._show_loaded(loaded)
        show_status(self.status_label, "")
        self.sig_complete_changed.emit()

    def _on_loader_failed(self, exc: CrmError) -> None:
        self._error = exc
        self._show_loaded(self.host.state.loaded)
        show_status(self.status_label, file_error_text(exc), error=True)
        self.sig_complete_changed.emit()

    def _show_loaded(self, loaded: Loaded | None) -> None:
        info = loaded.info if loaded is not None else None
        text_file = info is not None and info.kind in TEXT_KINDS
        path = self.host.state.path
        text_named = path is not None and path.suffix.lower() in TEXT_SUFFIXES
        self.encoding_frame.setVisible(text_file or (self._error is not None and text_named))
        self.delimiter_combo.setVisible(info is None or info.kind == "csv")
        self.delimiter_row_label.setVisible(self.delimiter_combo.isVisible())
        self.encoding_hint.setVisible(self._unsure)
        self.encoding_frame.setStyleSheet(
            f"QFrame#{self.encoding_frame.objectName()} {{{WARNING_STYLE}}}" if self._unsure else ""
        )
        self.rows_caption.setVisible(loaded is not None)
        self.rows_view.setVisible(loaded is not None)
        if info is None:
            self.kind_label.setText("" if self._error is None else self.tr("Cannot be read"))
            return
        size = QLocale().formattedDataSize(info.size)
        parts = [kind_label(info.kind), size]
        if info.sheets:
            sheets = len(info.sheets)
            if sheets == 1:
                parts.append(self.tr("1 sheet"))
            else:
                parts.append(self.tr("%Ln sheets", "", sheets))
        self.kind_label.setText(" \u00b7 ".join(parts))
        if info.encoding is not None:
            self._select(self.encoding_combo, info.encoding)
        if loaded is not None and loaded.delimiter is not None:
            self._select(self.delimiter_combo, loaded.delimiter)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        found = combo.findData(value)
        if found < 0:
            combo.addItem(value, value)
            found = combo.count() - 1
        combo.setCurrentIndex(found)

    @override
    def is_complete(self) -> bool:
        return (
            self.host.state.loaded is not None
            and self._error is None
            and not self.host.loader.is_loading()
        )

    def error(self) -> CrmError | None:
        return self._error

    def encoding_prominent(self) -> bool:
        return self._unsure


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
