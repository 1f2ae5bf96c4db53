"""The head of the time grid: each day's name and date, and a strip of its all-day items.

It sits in the grid's top margin, over the same columns, and handles its own mouse: drag an
all-day task to another day, double-click an item to open it or empty strip to plan an all-day
task, click "+N" to see the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from typing_extensions import override

from desktop_crm.ui import dates
from desktop_crm.ui.calendar import style
from desktop_crm.ui.calendar.items import CalendarItem, create_defaults

if TYPE_CHECKING:
    from desktop_crm.ui.calendar.time_grid import TimeGridView


@dataclass
class _Press:
    pos: QPointF
    item: CalendarItem | None
    dragging: bool = False
    target: int | None = None


class AllDayHeader(QWidget):
    def __init__(self, view: TimeGridView) -> None:
        super().__init__(view)
        self.view = view
        self._press: _Press | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ----- geometry ----------------------------------------------------------------------------
    def capacity(self) -> int:
        return 6 if self.view.days == 1 else 3

    def rows(self) -> int:
        most = max((len(day) for day in self.view.all_day), default=0)
        return max(1, min(self.capacity(), most))

    def label_height(self) -> int:
        return self.fontMetrics().height() + 10

    def line_height(self) -> int:
        return self.fontMetrics().height() + 4

    @override
    def sizeHint(self) -> QSize:
        return QSize(400, self.label_height() + self.rows() * (self.line_height() + 2) + 6)

    def refresh(self) -> None:
        self.updateGeometry()
        self.update()

    def day_layout(
        self, index: int
    ) -> tuple[list[tuple[CalendarItem, QRectF]], tuple[int, QRectF] | None]:
        """The all-day items shown for day ``index`` with their rectangles, and ("+N", its
        rectangle) when they do not all fit."""
        items = self.view.all_day[index]
        rows = self.rows()
        shown = items if len(items) <= rows else items[: rows - 1]
        left, width = self.view.column_left(index), self.view.column_width()
        line = self.line_height()
        y = self.label_height() + 2
        out = []
        for item in shown:
            out.append((item, QRectF(left + 2, y, width - 4, line)))
            y += line + 2
        more = None
        if len(shown) < len(items):
            more = (len(items) - len(shown), QRectF(left + 2, y, width - 4, line))
        return out, more

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        index = self.view.column_at(pos.x())
        if index is None:
            return None
        for item, rect in self.day_layout(index)[0]:
            if rect.contains(pos):
                return item
        return None

    def item_rect(self, key: str) -> QRectF | None:
        for index in range(self.view.days):
            for item, rect in self.day_layout(index)[0]:
                if item.key == key:
                    return rect
        return None

    # ----- painting ----------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), self.palette().window())
        view, label_h = self.view, self.label_height()
        rtl = self.isRightToLeft()
        gutter = view.gutter_width()
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRectF(self.width() - gutter if rtl else 0, label_h, gutter - 4, self.line_height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("all day"),
        )
        for index in range(view.days):
            self._paint_day(painter, index)
        painter.setPen(style.GRID)
        bottom = self.height() - 0.5
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.end()

    def _paint_day(self, painter: QPainter, index: int) -> None:
        view = self.view
        day = view.day(index)
        left, width = view.column_left(index), view.column_width()
        press = self._press
        if press is not None and press.dragging and press.target == index:
            painter.fillRect(QRectF(left, 0, width, self.height()), style.DROP_TARGET)
        painter.setPen(style.GRID)
        painter.drawLine(QPointF(round(left) + 0.5, 0), QPointF(round(left) + 0.5, self.height()))
        label = f"{dates.weekday_name(day.isoweekday())} {dates.format_day_month(day)}"
        painter.save()
        if day == view.today:
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(style.TODAY)
        else:
            painter.setPen(self.palette().windowText().color())
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(width) - 4)
        painter.drawText(
            QRectF(left, 0, width, self.label_height()), Qt.AlignmentFlag.AlignCenter, text
        )
        painter.restore()
        shown, more = self.day_layout(index)
        for item, rect in shown:
            style.paint_chip(painter, rect, item, [item.title])
        if more is not None:
            painter.setPen(self.palette().link().color())
            painter.drawText(
                more[1].adjusted(4, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("+%n more", "", more[0]),
            )

    # ----- mouse -------------------------------------------------------------------------------
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.item_at(event.position())
            self._press = _Press(event.position(), item if item and item.movable else None)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or press.item is None:
            return
        pos = event.position()
        if not press.dragging:
            if (pos - press.pos).manhattanLength() < QApplication.startDragDistance():
                return
            press.dragging = True
        target = self.view.nearest_column(pos.x())
        if target != press.target:
            press.target = target
            self.update()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        view, pos = self.view, event.position()
        if press.dragging and press.item is not None:
            self.update()
            target = view.day(view.nearest_column(pos.x()))
            if target != press.item.day:
                view.sig_move_requested.emit(press.item, datetime.combine(target, time(0)))
            return
        index = view.column_at(pos.x())
        more = self.day_layout(index)[1] if index is not None else None
        if index is not None and more is not None and more[1].contains(pos):
            view.sig_day_requested.emit(view.day(index))

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = None
        pos = event.position()
        item = self.item_at(pos)
        if item is not None:
            self.view.sig_item_activated.emit(item)
            return
        index = self.view.column_at(pos.x())
        if index is not None:
            self.view.sig_create_requested.emit(create_defaults(self.view.day(index)))


__all__ = ["AllDayHeader"]
