"""A record's tags as removable chips, and a line to add one (with completion over known tags)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Tag
from desktop_crm.ui.cards.editors import ERROR_STYLE

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_PAD = 8


class TagListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: tuple[Tag, ...] = ()

    def set_tags(self, tags: tuple[Tag, ...]) -> None:
        if tags == self._tags:
            return
        self.beginResetModel()
        self._tags = tags
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Tag “{name}”: click × or press Delete to remove it").format(
                name=tag.name
            )
        if role == TAG_ID_ROLE:
            return tag.id
        return None


class ChipDelegate(QStyledItemDelegate):
    """Paints a tag as a rounded chip with a × at its end; a click on the × asks to remove it."""

    sig_remove_clicked = Signal(str)  # tag id

    def _close_rect(self, option: QStyleOptionViewItem) -> QRect:
        rect: QRect = option.rect
        side = rect.height() - 8
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        left = rect.left() + 4 if rtl else rect.right() - 4 - side
        return QRect(left, rect.top() + 4, side, side)

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = metrics.height() + 10
        return QSize(metrics.horizontalAdvance(text) + 2 * _PAD + height, height)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        close = self._close_rect(option)
        text_rect = rect.adjusted(_PAD, 0, -_PAD, 0)
        if rtl:
            text_rect.setLeft(close.right() + 4)
        else:
            text_rect.setRight(close.left() - 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), str(option.text))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(close, int(Qt.AlignmentFlag.AlignCenter), "×")
        painter.restore()

    @override
    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self._close_rect(option).contains(event.position().toPoint())
        ):
            self.sig_remove_clicked.emit(str(index.data(TAG_ID_ROLE)))
            return True
        return super().editorEvent(event, model, option, index)


class TagsEditor(QWidget):
    """Tags of one record: ``sig_add(name)`` and ``sig_remove(tag id)``; the card saves them."""

    sig_add = Signal(str)
    sig_remove = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = TagListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("tag_chips")
        self.view.setModel(self.model)
        self.delegate = ChipDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(3)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.viewport().setAutoFillBackground(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFixedHeight(2 * (self.fontMetrics().height() + 16))
        self.view.installEventFilter(self)
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("add_tag")
        self.add_edit.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.known = QStringListModel(self)
        completer = QCompleter(self.known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_edit.setCompleter(completer)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.view)
        layout.addWidget(self.add_edit)
        layout.addWidget(self.error_label)

    def _connect_signals(self) -> None:
        self.add_edit.returnPressed.connect(self._on_add_edit_return_pressed)
        self.delegate.sig_remove_clicked.connect(self.sig_remove)

    def set_tags(self, tags: tuple[Tag, ...], known: list[str]) -> None:
        self.model.set_tags(tags)
        if self.known.stringList() != known:
            self.known.setStringList(known)
        self.view.setVisible(bool(tags))

    def set_editable(self, editable: bool) -> None:
        self.add_edit.setEnabled(editable)
        self.view.setEnabled(editable)

    def _on_add_edit_return_pressed(self) -> None:
        name = self.add_edit.text().strip()
        if name:
            self.sig_add.emit(name)

    def tag_added(self) -> None:
        self.add_edit.clear()
        self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self.sig_remove.emit(str(index.data(TAG_ID_ROLE)))
                return True
        return super().eventFilter(watched, event)
