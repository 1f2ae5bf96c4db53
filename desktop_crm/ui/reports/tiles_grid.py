"""The tiles in rows that fill the width: as many columns as fit, wrapping to the next row.

A ``QGridLayout`` mirrors itself in a right-to-left layout, so in Persian the first tile is at
the top right and the tiles flow leftwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget
from typing_extensions import override

TILE_MIN_WIDTH = 220


class TileGrid(QWidget):
    def __init__(self, parent: QWidget | None = None, *, min_width: int = TILE_MIN_WIDTH) -> None:
        super().__init__(parent)
        self._tiles: list[QWidget] = []
        self._columns = 0
        self._min_width = min_width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.setMinimumWidth(min_width)  # narrower than a full row: fewer columns, not a scroll

    def set_tiles(self, tiles: Sequence[QWidget]) -> None:
        """Show these tiles in this order (others are hidden, not deleted)."""
        for tile in self._tiles:
            self.grid.removeWidget(tile)
            if tile not in tiles:
                tile.hide()
        self._tiles = list(tiles)
        for tile in self._tiles:
            tile.setParent(self)
        self._columns = 0
        self._relayout()

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def columns(self) -> int:
        return self._columns

    def _columns_for(self, width: int) -> int:
        spacing = self.grid.spacing()
        fit = max(1, (width + spacing) // (self._min_width + spacing))
        return max(1, min(len(self._tiles) or 1, fit, 4))

    def _relayout(self) -> None:
        columns = self._columns_for(self.width())
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self._tiles:
            self.grid.removeWidget(tile)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, tile in enumerate(self._tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.show()
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(self._min_width, super().minimumSizeHint().height())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()


__all__ = ["TILE_MIN_WIDTH", "TileGrid"]
