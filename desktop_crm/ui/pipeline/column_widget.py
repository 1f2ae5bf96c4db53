"""A board column: the stage's header (count, total, weighted value) over its list of cards."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QEvent, QItemSelection, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import DealCard, StageColumn, StageInfo
from desktop_crm.ui.cards.formatting import isolate, leading_alignment
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.pipeline.card_delegate import DealCardDelegate
from desktop_crm.ui.pipeline.column_model import DEAL_ID_ROLE, StageColumnModel
from desktop_crm.ui.pipeline.money import format_count, format_money

COLUMN_WIDTH = 272
_MOVE_KEYS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
MOVE_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def move_key(event: QKeyEvent) -> tuple[int, int] | None:
    """Ctrl+Shift+arrow as a move on screen (dx, dy); None for any other key."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods != MOVE_MODIFIERS:
        return None
    return _MOVE_KEYS.get(Qt.Key(event.key()))


@dataclass
class ColumnTotals:
    """What a column header shows; kept in step by the board between reloads."""

    count: int
    total: Decimal
    weighted: Decimal
    missing_rates: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, column: StageColumn) -> ColumnTotals:
        return cls(column.count, column.total, column.weighted, set(column.missing_rates))


class ColumnHeader(QFrame):
    """Stage name and count on the first line, total and weighted value below, and a note
    when deals in a currency without a rate are left out of the totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        self.setObjectName("column_header")
        self.name_label = QLabel(self)
        font = QFont(self.name_label.font())
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label = QLabel(self)
        self.count_label.setFont(font)
        self.total_label = QLabel(self)
        self.weighted_label = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #a05a00;")
        self.note_label.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.total_label)
        layout.addWidget(self.weighted_label)
        layout.addWidget(self.note_label)

    def _align(self) -> None:
        """Every line at the layout's leading edge, whatever the direction of its text."""
        edge = leading_alignment(self.layoutDirection()) | Qt.AlignmentFlag.AlignVCenter
        for label in (self.name_label, self.total_label, self.weighted_label, self.note_label):
            label.setAlignment(edge)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def show_totals(self, stage: StageInfo, totals: ColumnTotals, base_currency: str) -> None:
        self._align()
        name = name_label(stage.name)
        metrics = self.name_label.fontMetrics()
        room = max(40, COLUMN_WIDTH - 60 - metrics.horizontalAdvance(format_count(totals.count)))
        self.name_label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
        self.name_label.setToolTip(name)
        self.count_label.setText(format_count(totals.count))
        count = totals.count
        self.count_label.setToolTip(
            self.tr("1 deal") if count == 1 else self.tr("%Ln deals", "", count)
        )
        total = format_money(totals.total, base_currency, whole=True)
        weighted = format_money(totals.weighted, base_currency, whole=True)
        self.total_label.setText(self.tr("Total {amount}").format(amount=isolate(total)))
        self.weighted_label.setText(self.tr("Weighted {amount}").format(amount=isolate(weighted)))
        self.weighted_label.setToolTip(self.tr("Each deal's value times its probability, added up"))
        missing = sorted(totals.missing_rates)
        self.note_label.setVisible(bool(missing))
        if missing:
            codes = ", ".join(missing)
            self.note_label.setText(
                self.tr("No rate for {currencies}: not in the totals").format(currencies=codes)
            )
            self.note_label.setToolTip(
                self.tr("Add exchange rates in Settings → Pipelines to include these deals.")
            )

    def note(self) -> str:
        return self.note_label.text() if self.note_label.isVisibleTo(self) else ""


class StageListView(QListView):
    """A column's cards: uniform painted items, dragged out and dropped in between.

    Ctrl+Shift+arrows ask to move the current card (``sig_key_move(deal id, dx, dy)``, as seen
    on screen: the board turns left/right into stages according to the layout direction)."""

    sig_key_move = Signal(str, int, int)
    sig_focused = Signal()

    def __init__(self, model: StageColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_delegate = DealCardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)  # and a bolder line over Qt's: see paintEvent
        self._drop_y: int | None = None
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)

    # ----- where a dragged card would land: a bold line between the cards -------------------
    @override
    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        super().dragMoveEvent(e)
        self._drop_y = self._drop_line(e.position().toPoint()) if e.isAccepted() else None
        self.viewport().update()

    @override
    def dragLeaveEvent(self, e: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(e)
        self._drop_y = None
        self.viewport().update()

    @override
    def dropEvent(self, e: QDropEvent) -> None:
        self._drop_y = None
        self.viewport().update()
        super().dropEvent(e)

    def _drop_line(self, pos: QPoint) -> int:
        index = self.indexAt(pos)
        where = self.dropIndicatorPosition()
        if index.isValid() and where != QAbstractItemView.DropIndicatorPosition.OnViewport:
            rect = self.visualRect(index)
            below = where == QAbstractItemView.DropIndicatorPosition.BelowItem
            return rect.bottom() if below else rect.top()
        count = self.model().rowCount()
        last = self.visualRect(self.model().index(count - 1, 0)) if count else None
        return last.bottom() if last is not None else 2

    @override
    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if self._drop_y is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        width = self.viewport().width()
        painter.drawRoundedRect(QRectF(4, self._drop_y - 1.5, width - 8, 3), 1.5, 1.5)
        painter.end()

    def current_deal_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(DEAL_ID_ROLE)
        return str(value) if value else None

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = move_key(event)
        deal_id = self.current_deal_id() if step else None
        if step is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if deal_id:
            self.sig_key_move.emit(deal_id, *step)

    @override
    def event(self, e: QEvent) -> bool:
        # take Ctrl+Shift+arrows before any shortcut of the window does
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and move_key(e):
            e.accept()
            return True
        return super().event(e)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.sig_focused.emit()

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.card_delegate.set_width(self.viewport().width())

    @override
    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        if not selected.isEmpty():
            self.sig_focused.emit()


class StageColumnWidget(QFrame):
    """One open stage: header, cards. Its model is fed by the board."""

    sig_context_menu = Signal(str, QPoint)  # deal id, global position

    def __init__(self, stage: StageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StageColumnModel(stage, self)
        self.totals = ColumnTotals(0, Decimal(0), Decimal(0))
        self._base_currency = ""
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setObjectName("stage_column")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.header = ColumnHeader(self)
        self.view = StageListView(self.model, self)
        self.view.setAccessibleName(name_label(self.model.stage.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def _connect_signals(self) -> None:
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)

    @property
    def stage(self) -> StageInfo:
        return self.model.stage

    def show_column(self, column: StageColumn, base_currency: str) -> None:
        """Show ``column`` (a reload): cards only reset when they differ from those shown."""
        selected = self.view.current_deal_id()
        if self.model.set_cards(column.stage, column.deals) and selected:
            self.select(selected)
        self.view.setAccessibleName(name_label(column.stage.name))
        self.totals = ColumnTotals.of(column)
        self._base_currency = base_currency
        self.refresh_header()

    def refresh_header(self) -> None:
        self.header.show_totals(self.model.stage, self.totals, self._base_currency)

    def select(self, deal_id: str) -> bool:
        row = self.model.row_of(deal_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def card(self, deal_id: str) -> DealCard | None:
        return self.model.card(self.model.row_of(deal_id))

    def _on_view_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.sig_context_menu.emit(str(index.data(DEAL_ID_ROLE)), self.view.mapToGlobal(pos))
