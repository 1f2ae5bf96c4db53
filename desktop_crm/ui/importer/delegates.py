"""The "Import as" cell of the mapping table: painted as a combo box, edited with a real one.

No widget lives in a row: every row is painted; a ``QComboBox`` exists only while one cell is
being edited, and a choice is committed as soon as it is picked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

_Index = QModelIndex | QPersistentModelIndex

#: (label, target key; "" for "ignore") for the combo, in display order
Options = Callable[[], list[tuple[str, str]]]


class TargetDelegate(QStyledItemDelegate):
    def __init__(self, options: Options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        box = QStyleOptionComboBox()
        if widget is not None:
            box.initFrom(widget)
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.direction = option.direction
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.state = QStyle.StateFlag.State_Enabled
        box.editable = False
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:
            box.palette.setBrush(box.palette.ColorRole.ButtonText, foreground)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Import as"))
        for label, target in self.options():
            combo.addItem(label, target)
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _row: self._on_combo_activated(combo))
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # a click on the painted combo opens the real one's list, as on a real combo box
            QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    @override
    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findData(current)
        editor.setCurrentIndex(found if found >= 0 else 0)

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    @override
    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)
