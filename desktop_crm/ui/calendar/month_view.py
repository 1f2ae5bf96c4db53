"""The month grid: six weeks of seven days in the user's calendar system, painted.

One widget paints every cell and item (never a widget per item). Each cell shows the day's
items that fit and "+N more" for the rest; an item dragged to another day asks to be moved
there at the same time of day (``sig_move_requested``); the page saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from desktop_crm.ui import dates
from desktop_crm.ui.calendar import style
from desktop_crm.ui.calendar.items import CalendarItem, ItemKind, create_defaults

ROWS, COLUMNS = 6, 7


@dataclass
class _Press:
    pos: QPoint
    item: CalendarItem | None
    dragging: bool = False
    target: date | None = None


class MonthView(QWidget):
    sig_item_activated = Signal(object)  # CalendarItem (double-click)
    sig_create_requested = Signal(object)  # dict of defaults for a new task
    sig_move_requested = Signal(object, object)  # CalendarItem, new local start (datetime)
    sig_day_requested = Signal(object)  # date ("+N more")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = date.today()
        self.month_first = self.first_day
        self.month_last = self.first_day
        self.today = self.first_day
        self._days: dict[date, list[CalendarItem]] = {}
        self._press: _Press | None = None
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Month"))

    # ----- data ----------------------------------------------------------------------------
    def set_month(self, anchor: date, days: dict[date, list[CalendarItem]], today: date) -> None:
        """Show the month of ``anchor`` with ``days`` (items by day, in display order)."""
        self.month_first = dates.month_start(anchor)
        year, month, _ = dates.parts(self.month_first)
        self.month_last = self.month_first + timedelta(days=dates.days_in_month(year, month) - 1)
        self.first_day = dates.week_start(self.month_first)
        self.today = today
        self._days = days
        self.update()

    @staticmethod
    def grid_range(anchor: date) -> tuple[date, date]:
        """The first and last day the grid shows for the month of ``anchor``."""
        first = dates.week_start(dates.month_start(anchor))
        return first, first + timedelta(days=ROWS * COLUMNS - 1)

    def day_items(self, day: date) -> list[CalendarItem]:
        return self._days.get(day, [])

    # ----- geometry ------------------------------------------------------------------------
    def _line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def cell_rect(self, day: date) -> QRectF:
        index = (day - self.first_day).days
        row, col = divmod(index, COLUMNS)
        width = self.width() / COLUMNS
        top = self._header_height()
        height = (self.height() - top) / ROWS
        visual = COLUMNS - 1 - col if self.isRightToLeft() else col
        return QRectF(visual * width, top + row * height, width, height)

    def day_at(self, pos: QPoint | QPointF) -> date | None:
        top = self._header_height()
        if pos.y() < top or not QRectF(self.rect()).contains(QPointF(pos)):
            return None
        col = min(COLUMNS - 1, int(pos.x() / (self.width() / COLUMNS)))
        if self.isRightToLeft():
            col = COLUMNS - 1 - col
        row = min(ROWS - 1, int((pos.y() - top) / ((self.height() - top) / ROWS)))
        return self.first_day + timedelta(days=row * COLUMNS + col)

    def cell_layout(
        self, day: date
    ) -> tuple[list[tuple[CalendarItem, QRectF]], tuple[int, QRectF] | None]:
        """The items shown in ``day``'s cell with their rectangles, and ("+N more", its
        rectangle) when they do not all fit."""
        cell = self.cell_rect(day)
        line = self._line_height()
        items = self._days.get(day, [])
        capacity = max(0, int((cell.height() - line - 2) // (line + 1)))
        shown = items if len(items) <= capacity else items[: max(0, capacity - 1)]
        rects = []
        y = cell.top() + line
        for item in shown:
            rects.append((item, QRectF(cell.left() + 3, y, cell.width() - 6, line)))
            y += line + 1
        more = None
        if len(shown) < len(items):
            more = (len(items) - len(shown), QRectF(cell.left() + 3, y, cell.width() - 6, line))
        return rects, more

    def item_at(self, pos: QPoint | QPointF) -> CalendarItem | None:
        day = self.day_at(pos)
        if day is None:
            return None
        point = QPointF(pos)
        for item, rect in self.cell_layout(day)[0]:
            if rect.contains(point):
                return item
        return None

    def item_rect(self, key: str) -> QRectF | None:
        for offset in range(ROWS * COLUMNS):
            day = self.first_day + timedelta(days=offset)
            for item, rect in self.cell_layout(day)[0]:
                if item.key == key:
                    return rect
        return None

    def more_rect(self, day: date) -> QRectF | None:
        more = self.cell_layout(day)[1]
        return more[1] if more else None

    @override
    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(350, 300)

    # ----- painting ------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(event.rect(), self.palette().base())
        self._paint_header(painter)
        exposed = QRectF(event.rect())
        for offset in range(ROWS * COLUMNS):
            day = self.first_day + timedelta(days=offset)
            if self.cell_rect(day).intersects(exposed):
                self._paint_cell(painter, day)
        self._paint_grid(painter)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        height = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), height), self.palette().window())
        painter.setPen(self.palette().windowText().color())
        first = dates.first_day_of_week().value
        for col in range(COLUMNS):
            rect = self.cell_rect(self.first_day + timedelta(days=col))
            name = dates.weekday_name((first - 1 + col) % 7 + 1, short=True)
            painter.drawText(
                QRectF(rect.left(), 0, rect.width(), height), Qt.AlignmentFlag.AlignCenter, name
            )

    def _paint_grid(self, painter: QPainter) -> None:
        painter.setPen(style.GRID)
        top = self._header_height()
        for col in range(1, COLUMNS):
            x = round(col * self.width() / COLUMNS) + 0.5
            painter.drawLine(QPointF(x, top), QPointF(x, self.height()))
        for row in range(ROWS):
            y = round(top + row * (self.height() - top) / ROWS) + 0.5
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))

    def _paint_cell(self, painter: QPainter, day: date) -> None:
        cell = self.cell_rect(day)
        outside = not self.month_first <= day <= self.month_last
        if outside:
            painter.fillRect(cell, style.DIMMED)
        press = self._press
        if press is not None and press.dragging and press.target == day:
            painter.fillRect(cell, style.DROP_TARGET)
        self._paint_day_number(painter, day, cell, outside)
        rects, more = self.cell_layout(day)
        for item, rect in rects:
            text = item.title if item.all_day else f"{dates.format_time(item.start)} {item.title}"
            style.paint_chip(painter, rect, item, [text])
        if more is not None:
            count, rect = more
            painter.setPen(self.palette().link().color())
            painter.drawText(
                rect.adjusted(4, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("+%n more", "", count),
            )

    def _paint_day_number(self, painter: QPainter, day: date, cell: QRectF, outside: bool) -> None:
        line = self._line_height()
        text = dates.format_day_month(day) if dates.parts(day)[2] == 1 else dates.day_number(day)
        width = max(line, self.fontMetrics().horizontalAdvance(text) + 10)
        rtl = self.isRightToLeft()
        x = cell.right() - width - 3 if rtl else cell.left() + 3
        rect = QRectF(x, cell.top() + 2, width, line - 2)
        font = QFont(painter.font())
        if day == self.today:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TODAY)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.restore()
            font.setBold(True)
            painter.setPen(QColor("white"))
        else:
            painter.setPen(self.palette().placeholderText().color() if outside else style.TEXT)
        painter.save()
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    # ----- mouse ---------------------------------------------------------------------------
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.item_at(event.position())
        self._press = _Press(event.position().toPoint(), item if item and item.movable else None)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or press.item is None:
            return
        pos = event.position().toPoint()
        if not press.dragging:
            distance = (pos - press.pos).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            press.dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        target = self.day_at(pos)
        if target != press.target:
            press.target = target
            self.update()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        self.unsetCursor()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if press.dragging and press.item is not None:
            self.update()
            target = self.day_at(event.position())
            if target is not None and target != press.item.day:
                new_start = datetime.combine(target, press.item.start.time())
                self.sig_move_requested.emit(press.item, new_start)
            return
        day = self.day_at(event.position())
        more = self.more_rect(day) if day is not None else None
        if day is not None and more is not None and more.contains(event.position()):
            self.sig_day_requested.emit(day)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self.item_at(event.position())
        if item is not None:
            self.sig_item_activated.emit(item)
            return
        day = self.day_at(event.position())
        more = self.more_rect(day) if day is not None else None
        if day is not None and (more is None or not more.contains(event.position())):
            self.sig_create_requested.emit(create_defaults(day))

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item = self.item_at(event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), tooltip_text(item), self)
            return True
        return super().event(event)


def tooltip_text(item: CalendarItem) -> str:
    if item.all_day or item.kind is ItemKind.BIRTHDAY:
        return f"{item.title}\n{dates.format_date(item.day)}"
    span = dates.format_time(item.start)
    if item.duration_minutes:
        span = f"{span} – {dates.format_time(item.end)}"
    return f"{item.title}\n{dates.format_date(item.day)} {span}"


__all__ = ["MonthView", "tooltip_text"]
