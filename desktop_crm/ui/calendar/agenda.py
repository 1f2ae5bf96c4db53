"""The agenda: the coming days' items as a list under a header per day, overdue marked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from desktop_crm.ui import dates
from desktop_crm.ui.calendar import style
from desktop_crm.ui.calendar.items import CalendarItem, ItemKind, by_day

_Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
WHEN_ROLE = Qt.ItemDataRole.UserRole + 3
AGENDA_DAYS = 30


class AgendaModel(QAbstractListModel):
    """Rows: a day header (a ``date``), then that day's items (``CalendarItem``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[date | CalendarItem] = []
        self.today = date.today()

    def set_items(self, items: list[CalendarItem], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = []
        for day, day_items in sorted(by_day(items).items()):
            self._rows.append(day)
            self._rows.extend(day_items)
        self.endResetModel()

    def row_of(self, key: str) -> int:
        for row, entry in enumerate(self._rows):
            if isinstance(entry, CalendarItem) and entry.key == key:
                return row
        return -1

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], CalendarItem):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, CalendarItem):
            return self._item_data(entry, role)
        return self._day_data(entry, role)

    def _day_data(self, day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = dates.format_date(day, long=True)
            if day != self.today:
                return text
            today = self.tr("Today")
            return f"{text} · {today}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QPalette().color(QPalette.ColorRole.AlternateBase))
        if role == Qt.ItemDataRole.ForegroundRole and day == self.today:
            return QBrush(style.TODAY)
        if role == DAY_ROLE:
            return day
        return None

    def _item_data(self, item: CalendarItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{self._when(item)}    {item.title}"
            if not item.overdue:
                return text
            overdue = self.tr("overdue")
            return f"{text}  · {overdue}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(style.item_colors(item)[2])
        if role == Qt.ItemDataRole.FontRole and item.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == ITEM_ROLE:
            return item
        if role == DAY_ROLE:
            return item.day
        if role == WHEN_ROLE:
            return self._when(item)
        return None

    def _when(self, item: CalendarItem) -> str:
        if item.kind is ItemKind.BIRTHDAY:
            return self.tr("Birthday")
        if item.all_day:
            return self.tr("All day")
        if not item.duration_minutes:
            return dates.format_time(item.start)
        return f"{dates.format_time(item.start)} – {dates.format_time(item.end)}"


class AgendaDelegate(QStyledItemDelegate):
    """A day header in bold on a band; an item as accent bar, time column and title."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        header = index.data(ITEM_ROLE) is None
        return QSize(200, height + (16 if header else 10))

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.setLayoutDirection(option.direction)
        item = index.data(ITEM_ROLE)
        if not isinstance(item, CalendarItem):
            self._paint_header(painter, option, index)
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        _fill, accent, text_color = style.item_colors(item)
        bar = QRectF(
            rect.right() - 14 if rtl else rect.left() + 10, rect.top() + 4, 4, rect.height() - 8
        )
        painter.fillRect(bar, accent)
        metrics = painter.fontMetrics()
        when_width = metrics.horizontalAdvance("00:00 – 00:00") + 24
        when = index.data(WHEN_ROLE)
        time_rect = QRectF(rect.left() + 22, rect.top(), when_width, rect.height())
        title_rect = QRectF(
            time_rect.right() + 6, rect.top(), rect.width() - when_width - 34, rect.height()
        )
        if rtl:
            time_rect.moveRight(rect.right() - 22)
            title_rect.moveRight(time_rect.left() - 6)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(option.palette.placeholderText().color())
        painter.drawText(time_rect, align, when)
        if item.kind is ItemKind.BIRTHDAY:
            size = min(14.0, rect.height() - 6)
            x = title_rect.right() - size if rtl else title_rect.left()
            style.paint_cake(painter, QRectF(x, rect.center().y() - size / 2, size, size))
            if rtl:
                title_rect.adjust(0, 0, -(size + 4), 0)
            else:
                title_rect.adjust(size + 4, 0, 0, 0)
        font = QFont(painter.font())
        font.setStrikeOut(item.done)
        painter.setFont(font)
        painter.setPen(text_color)
        title = item.title
        if item.overdue:
            overdue = QCoreApplication.translate("AgendaModel", "overdue")
            title = f"{title} · {overdue}"
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(title_rect.width()))
        painter.drawText(title_rect, align, title)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        painter.fillRect(rect.adjusted(0, 4, 0, 0), option.palette.alternateBase())
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        color = brush.color() if isinstance(brush, QBrush) else option.palette.windowText().color()
        painter.setPen(color)
        painter.drawText(
            QRectF(rect.adjusted(10, 4, -10, 0)),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data()),
        )


class AgendaView(QListView):
    sig_item_activated = Signal(object)  # CalendarItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setItemDelegate(AgendaDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(1)
        self.setAccessibleName(self.tr("Agenda"))
        self.activated.connect(self._on_self_activated)

    def _on_self_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, CalendarItem):
            self.sig_item_activated.emit(item)


__all__ = ["AGENDA_DAYS", "ITEM_ROLE", "AgendaModel", "AgendaView"]
