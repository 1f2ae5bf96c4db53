"""What the mouse does on the time grid: move an item, stretch its end, sweep out a new one.

A press decides the gesture (on an item's bottom edge: resize; on an item: move; on empty
time: create); it starts once the mouse has moved the platform's drag distance, shows a
preview while it lasts, and on release asks the view's signals for the change. Times snap to
15 minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication

from desktop_crm.ui import dates
from desktop_crm.ui.calendar import style
from desktop_crm.ui.calendar.items import create_defaults
from desktop_crm.ui.calendar.layout import SNAP_MINUTES, snap, snap_datetime, snap_down, snap_up

if TYPE_CHECKING:
    from desktop_crm.ui.calendar.time_grid import Placed, TimeGridView

EDGE = 6  # pixels at an item's bottom that grab its end


class Gesture(Enum):
    MOVE = "move"
    RESIZE = "resize"
    CREATE = "create"


@dataclass
class _Drag:
    gesture: Gesture
    pos: QPointF
    day_index: int
    minute: float
    placed: Placed | None = None
    active: bool = False
    preview: tuple[datetime, datetime] | None = None  # local start and end


class GridMouse:
    def __init__(self, view: TimeGridView) -> None:
        self.view = view
        self.drag: _Drag | None = None

    # ----- events ----------------------------------------------------------------------------
    def press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view, pos = self.view, event.position()
        day_index = view.column_at(pos.x())
        if day_index is None:
            return
        placed = view.placed_at(pos)
        minute = view.minute_at(pos.y())
        if placed is not None and not placed.item.movable:
            return
        if placed is None:
            self.drag = _Drag(Gesture.CREATE, pos, day_index, minute)
        elif self._on_edge(placed, pos):
            self.drag = _Drag(Gesture.RESIZE, pos, day_index, minute, placed)
        else:
            self.drag = _Drag(Gesture.MOVE, pos, day_index, minute, placed)

    def move(self, event: QMouseEvent) -> None:
        view, pos, drag = self.view, event.position(), self.drag
        if drag is None:
            placed = view.placed_at(pos)
            edge = placed is not None and placed.item.movable and self._on_edge(placed, pos)
            if edge:
                view.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                view.viewport().unsetCursor()
            return
        if not drag.active:
            if (pos - drag.pos).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
        drag.preview = self._preview(drag, pos)
        view.viewport().update()

    def release(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or not drag.active or event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.view
        view.viewport().update()
        start, end = self._preview(drag, event.position())
        if drag.gesture is Gesture.CREATE:
            view.sig_create_requested.emit(create_defaults(start, end))
            return
        assert drag.placed is not None
        item = drag.placed.item
        if drag.gesture is Gesture.MOVE and start != item.start:
            view.sig_move_requested.emit(item, start)
        elif drag.gesture is Gesture.RESIZE and end != item.end:
            view.sig_resize_requested.emit(item, int((end - start).total_seconds() // 60))

    def double_click(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.drag = None
        view, pos = self.view, event.position()
        placed = view.placed_at(pos)
        if placed is not None:
            view.sig_item_activated.emit(placed.item)
            return
        day_index = view.column_at(pos.x())
        if day_index is not None:
            start = self._at(day_index, snap_down(view.minute_at(pos.y()), 30))
            view.sig_create_requested.emit(create_defaults(start))

    # ----- the gesture's outcome -----------------------------------------------------------------
    def _on_edge(self, placed: Placed, pos: QPointF) -> bool:
        rect = self.view.placed_rect(placed)
        return placed.segment.last and rect.bottom() - EDGE <= pos.y() <= rect.bottom() + 1

    def _at(self, day_index: int, minute: float) -> datetime:
        return datetime.combine(self.view.day(day_index), time(0)) + timedelta(minutes=minute)

    def _preview(self, drag: _Drag, pos: QPointF) -> tuple[datetime, datetime]:
        view = self.view
        minute = view.minute_at(pos.y())
        if drag.gesture is Gesture.CREATE:
            low, high = sorted((drag.minute, minute))
            first, last = snap_down(low), snap_up(high)
            last = max(last, first + SNAP_MINUTES)
            return self._at(drag.day_index, first), self._at(drag.day_index, last)
        assert drag.placed is not None
        item = drag.placed.item
        if drag.gesture is Gesture.RESIZE:
            seg_day = drag.placed.segment.day_index
            shortest = item.start + timedelta(minutes=SNAP_MINUTES)
            return item.start, max(self._at(seg_day, snap(minute)), shortest)
        day_index = view.nearest_column(pos.x())
        shift = timedelta(days=day_index - drag.day_index, minutes=minute - drag.minute)
        start = snap_datetime(item.start + shift)
        return start, start + (item.end - item.start)

    # ----- painting the preview ------------------------------------------------------------------
    def paint_preview(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.active or drag.preview is None:
            return
        view = self.view
        start, end = drag.preview
        index = (start.date() - view.first_day).days
        if not 0 <= index < view.days:
            return
        minutes = start.hour * 60 + start.minute
        length = (end - start).total_seconds() / 60
        left, width = view.column_left(index), view.column_width()
        top = view.y_for(minutes)
        bottom = view.y_for(min(24 * 60, minutes + max(length, SNAP_MINUTES)))
        rect = QRectF(left + 1, top, width - 3, bottom - top)
        painter.save()
        painter.setBrush(style.SELECTION)
        painter.setPen(QPen(style.TODAY, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(style.TEXT)
        label = f"{dates.format_time(start)} – {dates.format_time(end)}"
        painter.drawText(
            rect.adjusted(6, 2, -6, -2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            label,
        )
        painter.restore()


__all__ = ["Gesture", "GridMouse"]
