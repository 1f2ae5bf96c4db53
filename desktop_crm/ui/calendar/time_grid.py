"""The week and day views: a time grid (hours down, days across), painted in a scroll area.

Above the grid a header shows the days and their all-day items (``AllDayHeader``). Timed items
are cut per day and laid out once per ``set_days`` (overlapping ones side by side); painting
only turns minutes into pixels for what is exposed. Mouse: drag an item to move it (snapped to
15 minutes), drag its bottom edge to change its length, drag across empty time to ask for a
new task, double-click to open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QToolTip, QWidget
from typing_extensions import override

from desktop_crm.ui import dates
from desktop_crm.ui.calendar import style
from desktop_crm.ui.calendar.allday_header import AllDayHeader
from desktop_crm.ui.calendar.grid_mouse import GridMouse
from desktop_crm.ui.calendar.items import CalendarItem, local_now, sort_key
from desktop_crm.ui.calendar.layout import DAY_MINUTES, Segment, day_segments, layout_columns
from desktop_crm.ui.calendar.month_view import tooltip_text

MIN_MINUTES = 15  # the shortest an item is drawn


@dataclass(frozen=True, slots=True)
class Placed:
    """A day's part of a timed item and its column among the items it overlaps."""

    segment: Segment
    column: int
    columns: int
    lines: tuple[str, str]  # title, "10:00 – 11:30"
    line: str  # "10:00 title", when there is room for one line only

    @property
    def item(self) -> CalendarItem:
        item: CalendarItem = self.segment.item
        return item


class TimeGridView(QAbstractScrollArea):
    sig_item_activated = Signal(object)  # CalendarItem
    sig_create_requested = Signal(object)  # dict of defaults for a new task
    sig_move_requested = Signal(object, object)  # CalendarItem, new local start
    sig_resize_requested = Signal(object, int)  # CalendarItem, new length in minutes
    sig_day_requested = Signal(object)  # date

    def __init__(
        self,
        days: int,
        parent: QWidget | None = None,
        *,
        work_start_hour: int = 9,
        work_end_hour: int = 18,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.days = days
        self.work_start_hour = work_start_hour
        self.work_end_hour = work_end_hour
        self.now = now or (lambda: datetime.now().astimezone())
        self.hour_height = 48
        self.first_day = date.today()
        self.today = self.first_day
        self.placed: list[Placed] = []
        self.all_day: list[list[CalendarItem]] = [[] for _ in range(days)]
        self._pending_scroll: float | None = float(work_start_hour)
        self._gutter = 50
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Day") if self.days == 1 else self.tr("Week"))
        self.header = AllDayHeader(self)
        self.mouse = GridMouse(self)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)

    def _connect_signals(self) -> None:
        self._clock.timeout.connect(self.viewport().update)

    # ----- data ----------------------------------------------------------------------------
    def set_days(self, first_day: date, items: list[CalendarItem], today: date) -> None:
        """Show ``self.days`` days from ``first_day`` with ``items`` (laid out here, once)."""
        self.first_day, self.today = first_day, today
        self.all_day = [[] for _ in range(self.days)]
        timed = []
        for item in items:
            if item.all_day:
                index = (item.day - first_day).days
                if 0 <= index < self.days:
                    self.all_day[index].append(item)
            else:
                end = max(item.end, item.start + timedelta(minutes=MIN_MINUTES))
                timed.append((item, item.start, end))
        for day_items in self.all_day:
            day_items.sort(key=sort_key)
        by_day: list[list[Segment]] = [[] for _ in range(self.days)]
        for segment in day_segments(timed, first_day, self.days):
            by_day[segment.day_index].append(segment)
        times: dict[time, str] = {}  # formatted once per distinct time

        def text(moment: datetime) -> str:
            key = moment.time()
            if key not in times:
                times[key] = dates.format_time(key)
            return times[key]

        self.placed = []
        for segments in by_day:
            for segment, column, columns in layout_columns(segments):
                shown: CalendarItem = segment.item
                span = text(shown.start)
                if shown.duration_minutes:
                    span = f"{span} – {text(shown.end)}"
                line = f"{text(shown.start)} {shown.title}"
                self.placed.append(Placed(segment, column, columns, (shown.title, span), line))
        self._gutter = self._measure_gutter()
        self.header.refresh()
        self._update_geometries()
        self.viewport().update()

    def _measure_gutter(self) -> int:
        """Wide enough for the longest hour label and the all-day row's label ("tutto il
        giorno"), in the current locale and language."""
        metrics = self.fontMetrics()
        hours = max(metrics.horizontalAdvance(dates.format_time(time(h, 59))) for h in range(24))
        label = QCoreApplication.translate("AllDayHeader", "all day")
        return max(hours + 14, self.header.fontMetrics().horizontalAdvance(label) + 12)

    def day(self, index: int) -> date:
        return self.first_day + timedelta(days=index)

    # ----- geometry (viewport coordinates) -------------------------------------------------
    def gutter_width(self) -> int:
        """The hours' column (measured on each ``set_days``: the locale may have changed)."""
        return self._gutter

    def column_width(self) -> float:
        return max(1.0, (self.viewport().width() - self.gutter_width()) / self.days)

    def column_left(self, index: int) -> float:
        width, gutter = self.column_width(), self.gutter_width()
        if self.isRightToLeft():
            return self.viewport().width() - gutter - (index + 1) * width
        return gutter + index * width

    def column_at(self, x: float) -> int | None:
        gutter, width = self.gutter_width(), self.column_width()
        offset = self.viewport().width() - gutter - x if self.isRightToLeft() else x - gutter
        index = int(offset // width) if offset >= 0 else -1
        return index if 0 <= index < self.days else None

    def nearest_column(self, x: float) -> int:
        gutter, width = self.gutter_width(), self.column_width()
        offset = self.viewport().width() - gutter - x if self.isRightToLeft() else x - gutter
        return max(0, min(self.days - 1, int(offset // width)))

    def content_height(self) -> int:
        return 24 * self.hour_height

    def y_for(self, minute: float) -> float:
        return minute * self.hour_height / 60 - self.verticalScrollBar().value()

    def minute_at(self, y: float) -> float:
        value = (y + self.verticalScrollBar().value()) * 60 / self.hour_height
        return max(0.0, min(float(DAY_MINUTES), value))

    def placed_rect(self, placed: Placed) -> QRectF:
        seg = placed.segment
        left, width = self.column_left(seg.day_index), self.column_width()
        each = (width - 6) / placed.columns
        slot = placed.columns - 1 - placed.column if self.isRightToLeft() else placed.column
        x = left + (5 if self.isRightToLeft() else 1) + slot * each
        top = self.y_for(seg.start)
        bottom = self.y_for(max(seg.end, seg.start + MIN_MINUTES))
        return QRectF(x, top + 1, each - 1, bottom - top - 2)

    def placed_at(self, pos: QPointF) -> Placed | None:
        for placed in reversed(self.placed):
            if self.placed_rect(placed).contains(pos):
                return placed
        return None

    def item_rect(self, key: str) -> QRectF | None:
        """Where the (first part of the) item ``key`` is drawn, in viewport coordinates."""
        for placed in self.placed:
            if placed.item.key == key:
                return self.placed_rect(placed)
        return None

    def now_line_y(self) -> float | None:
        """Where the "now" line is drawn (viewport y), or None when today is not shown."""
        now = local_now(self.now())
        if not 0 <= (now.date() - self.first_day).days < self.days:
            return None
        return self.y_for(now.hour * 60 + now.minute + now.second / 60)

    def scroll_to_hour(self, hour: float) -> None:
        if self.viewport().height() <= 0 or not self.isVisible():
            self._pending_scroll = hour
            return
        self.verticalScrollBar().setValue(int(hour * self.hour_height - self.hour_height / 3))

    def _update_geometries(self) -> None:
        header = self.header.sizeHint().height()
        self.setViewportMargins(0, header, 0, 0)
        rect = self.viewport().geometry()
        self.header.setGeometry(rect.x(), rect.y() - header, rect.width(), header)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, self.content_height() - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(self.hour_height // 4)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_geometries()
        if self._pending_scroll is not None and self.isVisible():
            hour, self._pending_scroll = self._pending_scroll, None
            self.scroll_to_hour(hour)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clock.start()
        self._update_geometries()
        if self._pending_scroll is not None and self.viewport().height() > 0:
            hour, self._pending_scroll = self._pending_scroll, None
            self.scroll_to_hour(hour)

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    # ----- painting ------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setLayoutDirection(self.layoutDirection())
        exposed = QRectF(event.rect())
        painter.fillRect(exposed, self.palette().base())
        self._paint_background(painter)
        self._paint_hours(painter)
        for placed in self.placed:
            rect = self.placed_rect(placed)
            if rect.intersects(exposed):
                two = rect.height() >= 2 * self.fontMetrics().height() + 2
                style.paint_chip(
                    painter, rect, placed.item, [*placed.lines] if two else [placed.line]
                )
        self.mouse.paint_preview(painter)
        self._paint_now(painter)
        painter.end()

    def _paint_background(self, painter: QPainter) -> None:
        height = self.viewport().height()
        work_top = self.y_for(self.work_start_hour * 60)
        work_bottom = self.y_for(self.work_end_hour * 60)
        for index in range(self.days):
            left, width = self.column_left(index), self.column_width()
            if work_top > 0:
                painter.fillRect(QRectF(left, 0, width, work_top), style.OFF_HOURS)
            if work_bottom < height:
                painter.fillRect(QRectF(left, work_bottom, width, height), style.OFF_HOURS)
            if self.day(index) == self.today:
                painter.fillRect(QRectF(left, 0, width, height), QColor(47, 111, 208, 16))
            painter.setPen(style.GRID)
            x = round(left) + 0.5
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_hours(self, painter: QPainter) -> None:
        width = self.viewport().width()
        gutter = self.gutter_width()
        rtl = self.isRightToLeft()
        grid_left, grid_right = (0, width - gutter) if rtl else (gutter, width)
        metrics = self.fontMetrics()
        for hour in range(24):
            y = round(self.y_for(hour * 60)) + 0.5
            half = round(self.y_for(hour * 60 + 30)) + 0.5
            if half < -1 or y > self.viewport().height() + 1:
                continue
            painter.setPen(style.GRID)
            painter.drawLine(QPointF(grid_left, y), QPointF(grid_right, y))
            painter.setPen(style.GRID_FAINT)
            painter.drawLine(QPointF(grid_left, half), QPointF(grid_right, half))
            if hour:
                label = dates.format_time(time(hour, 0))
                box = QRectF(  # the gutter less 8 pixels towards the grid: mirrored in RTL
                    width - gutter + 8 if rtl else 0,
                    y - metrics.height() / 2,
                    gutter - 8,
                    metrics.height(),
                )
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label
                )

    def _paint_now(self, painter: QPainter) -> None:
        y = self.now_line_y()
        if y is None:
            return
        index = (local_now(self.now()).date() - self.first_day).days
        left, width = self.column_left(index), self.column_width()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.NOW_LINE, 2))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        painter.setBrush(style.NOW_LINE)
        dot = left + width if self.isRightToLeft() else left
        painter.drawEllipse(QPointF(dot, y), 4, 4)
        painter.restore()

    # ----- mouse: see GridMouse --------------------------------------------------------------
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.mouse.press(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.mouse.move(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.mouse.release(event)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mouse.double_click(event)

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            placed = self.placed_at(QPointF(event.pos()))
            if placed is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_text(placed.item), self.viewport())
            return True
        return super().viewportEvent(event)


__all__ = ["Placed", "TimeGridView"]
