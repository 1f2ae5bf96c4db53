""" "Customize…" of the dashboard: which tiles are shown and in which order.

A checkable list (a tick shows the tile) that is reordered by dragging or with Move up / Move
down (the keyboard way); OK hands back the layout, the dashboard stores it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.ui.reports.tiles import DEFAULT_TILES, tile_title

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomizeTilesDialog(QDialog):
    def __init__(self, layout: Sequence[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self.set_tile_layout(layout)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Customize the dashboard"))
        hint = QLabel(self.tr("Tick the tiles to show; drag them or use the buttons to order."))
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("tile_list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        side.addWidget(self.reset_button)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 360)

    def _connect_signals(self) -> None:
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reset_button.clicked.connect(
            lambda: self.set_tile_layout([(k, True) for k in DEFAULT_TILES])
        )
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_tile_layout(self, layout: Sequence[tuple[str, bool]]) -> None:
        self.list.clear()
        for key, shown in layout:
            item = QListWidgetItem(tile_title(key))
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def tile_layout(self) -> list[tuple[str, bool]]:
        """(key, shown) of every tile, in the order chosen."""
        result: list[tuple[str, bool]] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            result.append((str(item.data(KEY_ROLE)), item.checkState() == Qt.CheckState.Checked))
        return result

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _on_list_current_row_changed(self, row: int) -> None:
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)


__all__ = ["CustomizeTilesDialog"]
