"""The table behind a report's chart, and the list of reports to choose from.

``ReportTableModel`` shows ``ReportData.rows`` and, last and in bold, the team totals row;
money, percentages, days and dates in the user's locale and calendar, numbers aligned to the
trailing edge. ``RAW_ROLE`` gives a cell's value as the service computed it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _PIndex
from PySide6.QtGui import QFont
from typing_extensions import override

from desktop_crm.domain.reports import ReportData, ReportInfo, ValueKind
from desktop_crm.ui.reports.texts import TOTAL, format_cell, tr_text

_Index = QModelIndex | _PIndex
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: ReportData | None = None
        self._rows: list[tuple[Any, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, data: ReportData | None) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = list(data.rows) if data else []
        if data is not None and data.totals is not None:
            self._rows.append(data.totals)
        self.endResetModel()

    def report(self) -> ReportData | None:
        return self._data

    def is_totals_row(self, row: int) -> bool:
        data = self._data
        return data is not None and data.totals is not None and row == len(self._rows) - 1

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._data is None:
            return 0
        return len(self._data.columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        data = self._data
        if data is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(data.columns):
            return None
        column = data.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = tr_text(column.title)
            if column.kind is ValueKind.MONEY and data.currency:
                return f"{title} ({data.currency})"
            return title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TEXT if column.kind in (ValueKind.TEXT, ValueKind.DATE) else _NUMBERS
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        data = self._data
        if data is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(data.columns)):
            return None
        values = self._rows[row]
        value = values[col] if col < len(values) else None
        kind = data.columns[col].kind
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0 and self.is_totals_row(row) and value in (None, ""):
                return tr_text(TOTAL)
            return format_cell(value, kind, data.currency, data.filter.period)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TEXT if kind in (ValueKind.TEXT, ValueKind.DATE) else _NUMBERS
        if role == Qt.ItemDataRole.FontRole and self.is_totals_row(row):
            return self._bold
        if role == RAW_ROLE:
            return value
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ReportListModel(QAbstractListModel):
    """The catalogue: translated titles, the description as a tooltip, the name in NAME_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._infos: list[ReportInfo] = []

    def set_reports(self, infos: list[ReportInfo]) -> None:
        self.beginResetModel()
        self._infos = sorted(infos, key=lambda i: tr_text(i.title).casefold())
        self.endResetModel()

    def info(self, row: int) -> ReportInfo:
        return self._infos[row]

    def row_of(self, name: str) -> int:
        return next((i for i, info in enumerate(self._infos) if info.name == name), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._infos)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._infos):
            return None
        info = self._infos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr_text(info.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr_text(info.description)
        if role == NAME_ROLE:
            return info.name
        return None


__all__ = ["NAME_ROLE", "RAW_ROLE", "ReportListModel", "ReportTableModel"]
