"""A read-only table over a list of plain records: the shape of every small list in the app.

Subclasses say what the columns are called (``titles``) and what a cell shows (``cell``,
optionally ``tooltip``); ``ITEM_ROLE`` hands back the record of a row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

_Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_item(self, row: int) -> Any:
        return self._rows[row]

    def titles(self) -> tuple[str, ...]:
        """The column headers, translated (override)."""
        return ()

    def cell(self, item: Any, column: int) -> Any:
        """What ``column`` shows for ``item`` (override)."""
        return None

    def tooltip(self, item: Any, column: int) -> Any:
        return None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        if role == ITEM_ROLE:
            return item
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
