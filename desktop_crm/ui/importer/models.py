"""Table models of the first steps: the file's raw rows, and the column mapping.

``RawRowsModel`` shows the first rows as they are in the file, the header row highlighted and
the rows above it (titles, blanks) greyed out. ``MappingModel`` has one row per file column:
its name, sample values and the field it is imported as (edited with ``TargetDelegate``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QTableView
from typing_extensions import override

from desktop_crm.services.importing.read_header import cell_text
from desktop_crm.services.importing.readers import Cell
from desktop_crm.ui.importer.state import WizardState
from desktop_crm.ui.importer.texts import target_label
from desktop_crm.ui.labels import choice_label

_Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
_MAX_SHOWN = 120  # characters of a cell shown in the raw preview (the tooltip has them all)
_Display = Qt.ItemDataRole.DisplayRole


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def ordinal(number: int) -> str:
    """A row or column number in the locale's digits, without group separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(number)


def raw_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    return cell_text(cell) or str(cell)


def header_brush() -> QBrush:
    color = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
    color.setAlpha(70)
    return QBrush(color)


def fit_columns(view: QTableView, widest: int = 240) -> None:
    """Columns as wide as their contents, none wider than ``widest`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


class RawRowsModel(QAbstractTableModel):
    """The first rows of the file (row ``i`` is file row ``i + 1``) with the header marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Cell]] = []
        self._width = 0
        self._header = 0
        self._letters = True

    def set_rows(self, rows: list[list[Cell]], header_row: int, *, letters: bool = True) -> None:
        self.beginResetModel()
        self._rows = rows
        self._width = max((len(r) for r in rows), default=0)
        self._header = header_row
        self._letters = letters
        self.endResetModel()

    def header_row(self) -> int:
        return self._header

    def set_header_row(self, row: int) -> None:
        if row == self._header or not self._rows:
            return
        last = min(max(row, self._header), len(self._rows) - 1)
        self._header = row
        if self._width:  # rows above the header are greyed: every row up to the lower one
            self.dataChanged.emit(self.index(0, 0), self.index(last, self._width - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if role == _Display:
            if orientation == Qt.Orientation.Vertical:
                return ordinal(section + 1)
            return column_letter(section) if self._letters else ordinal(section + 1)
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.FontRole and vertical and section == self._header:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @override
    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        cell = row[index.column()] if index.column() < len(row) else None
        if role == _Display:
            text = " ".join(raw_text(cell).split())
            return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "\u2026"
        if role == Qt.ItemDataRole.ToolTipRole:
            return raw_text(cell) or None
        if index.row() == self._header:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return header_brush()
        elif index.row() < self._header and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MappingModel(QAbstractTableModel):
    """One row per column of the file; column ``TARGET`` is the editable "Import as"."""

    NAME, SAMPLES, TARGET = range(3)
    sig_target_changed = Signal(int, object)  # file column, the other column that lost it

    def __init__(self, state: WizardState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def target_text(self, column: int) -> str:
        new = self.state.new_fields.get(column)
        if new is not None:
            return self.tr("New field: {label} ({type})").format(
                label=new.label, type=choice_label(new.field_type)
            )
        return target_label(self.state.targets[column], self.state.custom_labels())

    def set_target(self, column: int, target: str | None) -> None:
        if not 0 <= column < len(self.state.targets):
            return
        if target == self.state.targets[column] and column not in self.state.new_fields:
            return
        other = self.state.set_target(column, target)
        self._changed(column)
        if other is not None:
            self._changed(other)
        self.sig_target_changed.emit(column, other)

    def set_new_field(self, column: int, label: str, field_type: str) -> None:
        self.state.add_new_field(column, label, field_type)
        self._changed(column)
        self.sig_target_changed.emit(column, None)

    def _changed(self, column: int) -> None:
        self.dataChanged.emit(self.index(column, 0), self.index(column, self.TARGET))

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.state.names)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if role != _Display:
            return None
        if orientation == Qt.Orientation.Vertical:
            return ordinal(section + 1)
        titles = (self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import as"))
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.state.names):
            return None
        column, part = index.row(), index.column()
        if role == TARGET_ROLE:
            return self.state.targets[column] if column < len(self.state.targets) else None
        if role in (_Display, Qt.ItemDataRole.ToolTipRole):
            if part == self.NAME:
                return self.state.names[column]
            if part == self.SAMPLES:
                return " \u00b7 ".join(self.state.samples(column))
            return self.target_text(column)
        if role == Qt.ItemDataRole.EditRole and part == self.TARGET:
            return self.state.targets[column]
        if role == Qt.ItemDataRole.ForegroundRole and part == self.TARGET:
            ignored = self.state.targets[column] is None and column not in self.state.new_fields
            if ignored:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and part == self.NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.TARGET or not 0 <= index.row() < len(self.state.targets):
            return False
        target = str(value) if value else None
        if target is not None and target not in self.state.allowed_targets():
            return False
        self.set_target(index.row(), target)
        return True

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
