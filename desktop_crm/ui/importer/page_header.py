"""Step 2: the sheet of a workbook and the header row (detected; another one in a click)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.ui.importer.base import Host, Step, show_status
from desktop_crm.ui.importer.state import Loaded


class HeaderPage(Step):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("Sheet and header row")

    def _build_ui(self) -> None:
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setMinimum(1)
        self.hint_label = QLabel(
            self.tr(
                "The highlighted row holds the column names. Click another row (or change the number) if it is not the right one; the rows above it are skipped."
            ),
            self,
        )
        self.hint_label.setWordWrap(True)
        self.sheet_combo.setMinimumWidth(220)
        self.header_spin.setMinimumWidth(90)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Header row:"), self.header_spin)
        self.rows_view = QTableView(self)
        self.rows_view.setModel(self.host.raw_model)
        self.rows_view.setAccessibleName(self.tr("The first rows of the file"))
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.verticalHeader().setDefaultSectionSize(22)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self.sheet_combo.activated.connect(self._on_sheet_activated)
        self.header_spin.valueChanged.connect(self._on_header_spin_changed)
        self.rows_view.clicked.connect(self._on_rows_view_clicked)
        self.rows_view.verticalHeader().sectionClicked.connect(self._on_row_header_clicked)
        self.host.loader.sig_loaded.connect(self._on_loader_loaded)

    @override
    def enter(self) -> None:
        self._show_sheets()
        self._show_header()

    def _on_loader_loaded(self, _loaded: Loaded) -> None:
        self._show_sheets()
        self._show_header()

    def _show_sheets(self) -> None:
        loaded = self.host.state.loaded
        sheets = loaded.info.sheets if loaded is not None else ()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in sheets:
            self.sheet_combo.addItem(name, name)
        if loaded is not None and loaded.sheet is not None:
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(loaded.sheet), 0))
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setVisible(bool(sheets))
        self.sheet_label.setVisible(bool(sheets))
        self.sheet_combo.setEnabled(len(sheets) > 1)

    def _show_header(self) -> None:
        state = self.host.state
        rows = len(state.rows)
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(rows, 1))
        self.header_spin.setValue(state.header_row + 1)
        self.header_spin.blockSignals(False)
        self.host.raw_model.set_header_row(state.header_row)
        if 0 <= state.header_row < rows:
            self.rows_view.selectRow(state.header_row)
            self.rows_view.scrollTo(self.host.raw_model.index(state.header_row, 0))
        count = len(state.data_rows())
        if not rows:
            show_status(self.status_label, "")
        elif count == 0:
            show_status(
                self.status_label,
                self.tr("There are no rows with data below this header row."),
                error=True,
            )
        else:
            names = state.header_names()
            shown = QLocale().createSeparatedList(names[:8]) + ("\u2026" if len(names) > 8 else "")
            show_status(self.status_label, self.tr("Columns: ") + shown)
        self.sig_complete_changed.emit()

    def set_header_row(self, row: int) -> None:
        """Use row ``row`` (0-based, an index into the previewed rows) as the header."""
        state = self.host.state
        if not 0 <= row < len(state.rows) or row == state.header_row:
            return
        state.header_row = row
        self._show_header()

    def _on_sheet_activated(self) -> None:
        state = self.host.state
        sheet = str(self.sheet_combo.currentData())
        if state.path is None or (state.loaded is not None and state.loaded.sheet == sheet):
            return
        state.sheet = sheet
        self.host.loader.request(state.path, sheet=sheet, encoding=None, delimiter=None)
        self.sig_complete_changed.emit()

    def _on_header_spin_changed(self, value: int) -> None:
        self.set_header_row(value - 1)

    def _on_rows_view_clicked(self, index: QModelIndex) -> None:
        self.set_header_row(index.row())

    def _on_row_header_clicked(self, section: int) -> None:
        self.set_header_row(section)

    @override
    def is_complete(self) -> bool:
        return (
            self.host.state.loaded is not None
            and not self.host.loader.is_loading()
            and bool(self.host.state.data_rows())
        )
