"""The deal card, painted: no widget per card, so a column of thousands scrolls smoothly.

Four lines: the title (and a "stale" badge), company and owner, value and days in the stage,
the next task. Each text is laid out in its own direction (a Persian title in an English
window reads right to left) and aligned to the layout's leading edge; the stale edge sits on
the leading side too, so the card mirrors in a right-to-left window.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from desktop_crm.domain.records import DealCard
from desktop_crm.ui.cards.formatting import content_direction, format_date, isolate
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.pipeline.column_model import CARD_ROLE
from desktop_crm.ui.pipeline.money import format_money

MARGIN = 4  # around a card, inside its item
PAD = 8  # inside a card
GAP = 3  # between lines
EDGE = 4  # the stale edge
LINES = 4
STALE_COLOR = QColor("#c62828")
WARN_COLOR = QColor("#a05a00")

_Index = QModelIndex | QPersistentModelIndex


class _Plural:
    """lupdate marks only ``self.tr(text, "", n)`` as plural and names its context after the
    innermost class: this one is the ``DealCardDelegate`` context's."""

    class DealCardDelegate(QObject):
        def days(self, n: int) -> str:
            return self.tr("%Ln days", "", n)


def days_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("DealCardDelegate", "1 day")
    return _Plural.DealCardDelegate().days(days)


def next_task_text(card: DealCard) -> str:
    if not card.next_task:
        return QCoreApplication.translate("DealCardDelegate", "No task planned")
    if card.next_task_due is None:
        return QCoreApplication.translate("DealCardDelegate", "Next: {task}").format(
            task=isolate(card.next_task)
        )
    return QCoreApplication.translate("DealCardDelegate", "Next: {task} · {due}").format(
        task=isolate(card.next_task), due=format_date(card.next_task_due.date())
    )


def is_overdue(card: DealCard, now: datetime | None = None) -> bool:
    due = card.next_task_due
    if due is None:
        return False
    if due.tzinfo is None:
        due = due.replace(tzinfo=UTC)
    return due < (now or datetime.now(UTC))


class DealCardDelegate(QStyledItemDelegate):
    """Paints a ``DealCard`` (``CARD_ROLE``) as a card; every card has the same size."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._width = 260

    def set_width(self, width: int) -> None:
        """The cards' width (the column's viewport); the view lays out again when it changes."""
        width = max(120, width)
        if width != self._width:
            self._width = width
            self.sizeHintChanged.emit(QModelIndex())

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title = QFontMetrics(_bold(option.font)).lineSpacing()
        line = QFontMetrics(option.font).lineSpacing()
        height = 2 * (MARGIN + PAD) + title + (LINES - 1) * line + (LINES - 1) * GAP
        return QSize(self._width, height)

    @override
    def paint(self, painter: QPainter | None, option: QStyleOptionViewItem, index: _Index) -> None:
        card = index.data(CARD_ROLE)
        if painter is None or not isinstance(card, DealCard):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        box = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self._paint_frame(painter, option, box, card.stale, rtl)
        inner = box.adjusted(PAD, PAD, -PAD, -PAD).toRect()
        if card.stale:
            inner.adjust(EDGE if not rtl else 0, 0, -EDGE if rtl else 0, 0)
        self._paint_lines(painter, option, inner, card, rtl)
        painter.restore()

    # ----- pieces --------------------------------------------------------------------------
    def _paint_frame(
        self, painter: QPainter, option: QStyleOptionViewItem, box: QRectF, stale: bool, rtl: bool
    ) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = palette.color(QPalette.ColorRole.Base)
        if selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, 5, 5)
            fill = tint
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setBrush(fill)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRoundedRect(box, 5, 5)
        if stale:
            edge = QRectF(box.right() - EDGE if rtl else box.left(), box.top(), EDGE, box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STALE_COLOR)
            painter.drawRoundedRect(edge.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)

    def _paint_lines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        inner: QRect,
        card: DealCard,
        rtl: bool,
    ) -> None:
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = _bold(option.font)
        title_h = QFontMetrics(bold).lineSpacing()
        line_h = QFontMetrics(option.font).lineSpacing()
        row = QRect(inner.left(), inner.top(), inner.width(), title_h)
        badge = self._paint_badge(painter, option.font, row, rtl) if card.stale else 0
        _text(painter, bold, text_color, _shrink(row, badge, rtl), card.title, rtl)
        row = QRect(inner.left(), row.bottom() + 1 + GAP, inner.width(), line_h)
        _pair(
            painter,
            option.font,
            (dim, dim),
            row,
            (card.company_name or "", name_label(card.owner_name)),
            rtl,
        )
        row.translate(0, line_h + GAP)
        value = format_money(card.value, card.currency) if card.value is not None else "—"
        days = days_text(card.days_in_stage)
        days_color = STALE_COLOR if card.stale else dim
        _pair(
            painter,
            bold,
            (text_color, days_color),
            row,
            (value, days),
            rtl,
            second_font=option.font,
        )
        row.translate(0, line_h + GAP)
        if not card.next_task:
            task_color = WARN_COLOR
        else:
            task_color = STALE_COLOR if is_overdue(card) else text_color
        _text(painter, option.font, task_color, row, next_task_text(card), rtl)

    def _paint_badge(self, painter: QPainter, font: QFont, row: QRect, rtl: bool) -> int:
        """The "stale" badge at the trailing end of ``row``; the width it takes."""
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        small.setBold(True)
        label = QCoreApplication.translate("DealCardDelegate", "stale")
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(label) + 10
        height = min(row.height(), metrics.height() + 2)
        left = row.left() if rtl else row.right() - width + 1
        rect = QRect(left, row.top() + (row.height() - height) // 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STALE_COLOR)
        painter.drawRoundedRect(QRectF(rect), 3, 3)
        painter.setFont(small)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        return width + 6


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _shrink(row: QRect, by: int, rtl: bool) -> QRect:
    """``row`` without ``by`` pixels at its trailing end."""
    return row.adjusted(by, 0, 0, 0) if rtl else row.adjusted(0, 0, -by, 0)


def _text(
    painter: QPainter,
    font: QFont,
    color: QColor,
    rect: QRect,
    text: str,
    rtl: bool,
    *,
    trailing: bool = False,
) -> int:
    """``text`` elided into ``rect`` in its own direction, at the leading (or trailing) edge of
    the layout; the width it took."""
    if not text or rect.width() <= 0:
        return 0
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    option = QTextOption()
    at_right = rtl != trailing
    edge = Qt.AlignmentFlag.AlignRight if at_right else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(content_direction(text))
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QRectF(rect), shown, option)
    return min(rect.width(), metrics.horizontalAdvance(shown))


def _pair(
    painter: QPainter,
    font: QFont,
    colors: tuple[QColor, QColor],
    row: QRect,
    texts: tuple[str, str],
    rtl: bool,
    *,
    second_font: QFont | None = None,
) -> None:
    """Two texts on one line: the first at the leading edge, the second at the trailing edge
    (given at most 45% of the line when both are long)."""
    first, second = texts
    other = second_font or font
    room = row.width()
    if second:
        wanted = QFontMetrics(other).horizontalAdvance(second) + 2
        first_wanted = QFontMetrics(font).horizontalAdvance(first) if first else 0
        limit = room - min(first_wanted, int(room * 0.55)) - 8 if first else room
        width = _text(
            painter,
            other,
            colors[1],
            _trailing_part(row, min(wanted, limit), rtl),
            second,
            rtl,
            trailing=True,
        )
        room -= width + 8
    _text(painter, font, colors[0], _shrink(row, row.width() - room, rtl), first, rtl)


def _trailing_part(row: QRect, width: int, rtl: bool) -> QRect:
    width = max(0, width)
    if rtl:
        return QRect(row.left(), row.top(), width, row.height())
    return QRect(row.right() - width + 1, row.top(), width, row.height())
