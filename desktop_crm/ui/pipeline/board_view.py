"""The board: a column per open stage side by side in a horizontal scroll area.

The board shows what it is given (``set_board``) and reports what the user asks for through
signals; ``move_local`` / ``remove_local`` apply a saved move at once, before the page reloads
the board from the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Board, DealCard, StageInfo
from desktop_crm.ui.pipeline.column_model import DEAL_ID_ROLE
from desktop_crm.ui.pipeline.column_widget import StageColumnWidget

_EDGE = 48  # pixels from the board's edge where a drag scrolls it


class _EdgeScroller(QObject):
    """Scrolls the board sideways while a card is dragged near its left or right edge."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._on_timer_timeout)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragMove and isinstance(watched, QWidget):
            assert isinstance(event, QDragMoveEvent)
            x = watched.mapTo(self._area, event.position().toPoint()).x()
            width = self._area.viewport().width()
            self._step = -20 if x < _EDGE else 20 if x > width - _EDGE else 0
            if self._step and not self._timer.isActive():
                self._timer.start()
        elif kind in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self._step = 0
        return False

    def _on_timer_timeout(self) -> None:
        if not self._step:
            self._timer.stop()
            return
        bar = self._area.horizontalScrollBar()
        bar.setValue(bar.value() + self._step)


class BoardView(QWidget):
    """Columns of cards, scrolled sideways (also while a card is dragged near an edge)."""

    sig_move_requested = Signal(object, str, object)  # DealDrag, stage id, before id | None
    sig_key_move = Signal(str, int, int)  # deal id, dx, dy (on screen)
    sig_open_requested = Signal(str)  # deal id
    sig_context_menu = Signal(str, QPoint)  # deal id, global position
    sig_selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: dict[str, StageColumnWidget] = {}
        self._order: list[str] = []
        self._active: StageColumnWidget | None = None
        self._base_currency = ""
        self._rates: dict[str, Decimal] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        self.area = QScrollArea(self)
        self.area.setObjectName("board_area")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip = QWidget(self.area)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        self.strip_layout.setSpacing(6)
        self.strip_layout.addStretch(1)
        self.area.setWidget(self.strip)
        self.scroller = _EdgeScroller(self.area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.area, 1)

    # ----- contents ------------------------------------------------------------------------
    def set_board(self, board: Board, rates: Mapping[str, Decimal]) -> None:
        """Show ``board``: columns are kept (and their cards only reset when changed)."""
        self._base_currency = board.base_currency
        self._rates = dict(rates)
        wanted = [column.stage.id for column in board.columns]
        for stage_id in [s for s in self._order if s not in wanted]:
            widget = self._columns.pop(stage_id)
            if widget is self._active:
                self._active = None
            self.strip_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()  # later: it may be the one a drag started from
        for position, column in enumerate(board.columns):
            widget = self._columns.get(column.stage.id) or self._add_column(column.stage)
            self.strip_layout.insertWidget(position, widget)
            widget.show_column(column, board.base_currency)
        self._order = wanted

    def _add_column(self, stage: StageInfo) -> StageColumnWidget:
        widget = StageColumnWidget(stage, self.strip)
        view = widget.view
        widget.model.sig_drop_requested.connect(self.sig_move_requested)
        view.sig_key_move.connect(self.sig_key_move)
        view.sig_focused.connect(lambda w=widget: self._on_column_focused(w))
        view.activated.connect(
            lambda index: self.sig_open_requested.emit(str(index.data(DEAL_ID_ROLE)))
        )
        widget.sig_context_menu.connect(self.sig_context_menu)
        view.viewport().installEventFilter(self.scroller)
        self._columns[stage.id] = widget
        return widget

    def columns(self) -> list[StageColumnWidget]:
        return [self._columns[s] for s in self._order]

    def column(self, stage_id: str) -> StageColumnWidget | None:
        return self._columns.get(stage_id)

    def column_of(self, deal_id: str) -> StageColumnWidget | None:
        for widget in self.columns():
            if widget.model.row_of(deal_id) >= 0:
                return widget
        return None

    def stage_ids(self) -> list[str]:
        return list(self._order)

    # ----- selection -----------------------------------------------------------------------
    def selected_deal_id(self) -> str | None:
        return self._active.view.current_deal_id() if self._active is not None else None

    def selected_card(self) -> DealCard | None:
        deal_id = self.selected_deal_id()
        return self._active.card(deal_id) if self._active and deal_id else None

    def select_deal(self, deal_id: str, focus: bool = True) -> bool:
        widget = self.column_of(deal_id)
        if widget is None or not widget.select(deal_id):
            return False
        self._on_column_focused(widget)
        if focus:
            widget.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.area.ensureWidgetVisible(widget, 0, 0)
        return True

    def _on_column_focused(self, widget: StageColumnWidget) -> None:
        if self._active is not widget:
            previous, self._active = self._active, widget
            if previous is not None:
                previous.view.clearSelection()
        self.sig_selection_changed.emit()

    # ----- saved changes, shown at once ----------------------------------------------------
    def move_local(self, deal_id: str, stage_id: str, before_id: str | None) -> bool:
        """Show a saved move right away: the card leaves its column and enters the target."""
        source, target = self.column_of(deal_id), self._columns.get(stage_id)
        if source is None or target is None:
            return False
        card = source.model.take(deal_id)
        if card is None:
            return False
        if card.stage_id != stage_id:
            card = replace(card, stage_id=stage_id, days_in_stage=0, stale=False)
            self._count(source, card, -1)
            self._count(target, card, +1)
        target.model.put(card, before_id)
        self.select_deal(deal_id)
        return True

    def remove_local(self, deal_id: str) -> bool:
        """Show a saved won / lost right away: the card leaves the board."""
        source = self.column_of(deal_id)
        card = source.model.take(deal_id) if source is not None else None
        if source is None or card is None:
            return False
        self._count(source, card, -1)
        return True

    def _count(self, widget: StageColumnWidget, card: DealCard, sign: int) -> None:
        totals = widget.totals
        totals.count += sign
        amount = self._in_base(card)
        if amount is None:
            if sign > 0:
                totals.missing_rates.add(card.currency)
        else:
            totals.total += sign * amount
            totals.weighted += sign * amount * card.probability / 100
        widget.refresh_header()

    def _in_base(self, card: DealCard) -> Decimal | None:
        if card.value is None:
            return Decimal(0)
        if card.currency == self._base_currency:
            return card.value
        rate = self._rates.get(card.currency)
        return card.value * rate if rate is not None else None
