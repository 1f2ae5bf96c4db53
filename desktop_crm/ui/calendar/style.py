"""How calendar items look: colours by kind and state, a painted chip, a birthday cake.

Shared by the month and time-grid views so that an item looks the same in each.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop_crm.ui.calendar.items import CalendarItem, ItemKind

# (fill, accent) per task kind: light fills, a strong left edge
KIND_COLORS: dict[str, tuple[str, str]] = {
    "call": ("#dceafc", "#2f6fd0"),
    "meeting": ("#d7f0ea", "#13866f"),
    "follow_up": ("#fcefd4", "#c07a00"),
    "send_document": ("#ece3f8", "#7145b5"),
    "other": ("#e6e9ee", "#56627a"),
}
BIRTHDAY_COLORS = ("#fde1ee", "#c2185b")
DONE_COLORS = ("#efefef", "#9a9a9a")
OVERDUE = QColor("#b3261e")
TEXT = QColor("#1d2430")
DONE_TEXT = QColor("#8a8a8a")
TODAY = QColor("#2f6fd0")
NOW_LINE = QColor("#d93025")
DROP_TARGET = QColor(47, 111, 208, 40)
SELECTION = QColor(47, 111, 208, 70)
OFF_HOURS = QColor(0, 0, 0, 14)
GRID = QColor(0, 0, 0, 30)
GRID_FAINT = QColor(0, 0, 0, 14)
DIMMED = QColor(0, 0, 0, 10)


def item_colors(item: CalendarItem) -> tuple[QColor, QColor, QColor]:
    """(fill, accent, text) of an item."""
    if item.kind is ItemKind.BIRTHDAY:
        fill, accent = BIRTHDAY_COLORS
        return QColor(fill), QColor(accent), QColor(accent).darker(130)
    if item.done:
        fill, accent = DONE_COLORS
        return QColor(fill), QColor(accent), DONE_TEXT
    fill, accent = KIND_COLORS.get(item.task_kind, KIND_COLORS["other"])
    if item.overdue:
        return QColor(fill), OVERDUE, OVERDUE
    return QColor(fill), QColor(accent), TEXT


def paint_chip(painter: QPainter, rect: QRectF, item: CalendarItem, lines: list[str]) -> None:
    """An item: a rounded box with an accent edge on the leading side and its text lines
    (elided); done items struck through, birthdays with a cake."""
    fill, accent, text_color = item_colors(item)
    rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    edge = QRectF(rect.right() - 3 if rtl else rect.left(), rect.top(), 3, rect.height())
    painter.setBrush(accent)
    painter.drawRect(edge)
    inner = rect.adjusted(3 if rtl else 6, 1, -6 if rtl else -3, -1)
    if inner.width() < 8:  # too narrow for text: the colour says enough
        painter.restore()
        return
    if item.kind is ItemKind.BIRTHDAY and inner.width() > 14:
        size = min(12.0, rect.height() - 2)
        x = inner.right() - size if rtl else inner.left()
        paint_cake(painter, QRectF(x, rect.top() + (min(rect.height(), 18) - size) / 2, size, size))
        inner = inner.adjusted(0, 0, -(size + 3), 0) if rtl else inner.adjusted(size + 3, 0, 0, 0)
    font = QFont(painter.font())
    font.setStrikeOut(item.done)
    painter.setFont(font)
    painter.setPen(text_color)
    metrics = painter.fontMetrics()
    y = inner.top()
    for index, line in enumerate(lines):
        height = metrics.height()
        if index and y + height > inner.bottom() + 1:
            break
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        y += height
    painter.restore()


def paint_cake(painter: QPainter, rect: QRectF) -> None:
    """A small birthday cake: two layers, a candle and its flame (no emoji font needed)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = rect.width(), rect.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c2185b"))
    painter.drawRoundedRect(QRectF(rect.left(), rect.top() + h * 0.55, w, h * 0.45), 1.5, 1.5)
    painter.setBrush(QColor("#f48fb1"))
    painter.drawRoundedRect(
        QRectF(rect.left() + w * 0.12, rect.top() + h * 0.32, w * 0.76, h * 0.26), 1.5, 1.5
    )
    painter.setPen(QPen(QColor("#6d4c41"), max(1.0, w / 10)))
    center = rect.left() + w / 2
    painter.drawLine(QPointF(center, rect.top() + h * 0.14), QPointF(center, rect.top() + h * 0.32))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffb300"))
    painter.drawEllipse(QPointF(center, rect.top() + h * 0.1), w * 0.1, h * 0.1)
    painter.restore()


__all__ = ["item_colors", "paint_cake", "paint_chip"]
