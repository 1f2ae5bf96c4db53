"""A record's timeline: activities and recorded field changes, newest first.

``TimelineFormatter`` turns each ``TimelineEntry`` into three lines of text (what, when/who,
notes); ``TimelineModel`` holds them and ``TimelineDelegate`` paints them, the first line bold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.fields import FIELDS_BY_TYPE, FieldSpec, Kind
from desktop_crm.domain.records import TimelineEntry
from desktop_crm.ui.cards.formatting import (
    content_direction,
    format_datetime,
    format_value,
    isolate,
)
from desktop_crm.ui.labels import activity_label, field_label, name_label

HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
BODY_ROLE = Qt.ItemDataRole.UserRole + 3
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 4
_Index = QModelIndex | QPersistentModelIndex
_CTX = "Timeline"
_VALUE_MAX = 80
_BODY_MAX = 400


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class TimelineText:
    headline: str
    meta: str
    body: str


class TimelineFormatter:
    """Words for timeline entries of one record type; custom fields by their labels."""

    def __init__(
        self,
        record_type: str,
        labels: Mapping[str, str] | None = None,
        specs: Mapping[str, FieldSpec] | None = None,
        name_of: Callable[[str, str], str | None] | None = None,
    ) -> None:
        self.record_type = record_type
        self.labels = dict(labels or {})
        self.specs = {**FIELDS_BY_TYPE.get(record_type, {}), **(specs or {})}
        self.name_of = name_of or (lambda _field, _id: None)

    def lines(self, entry: TimelineEntry) -> TimelineText:
        who = (
            isolate(name_label(entry.user_name))
            if entry.user_name
            else QCoreApplication.translate("Timeline", "unknown user")
        )
        meta = f"{format_datetime(entry.at)} · {who}"
        source = self._source(entry)
        if source:
            meta += f" · {source}"
        body = _short(entry.body or "", _BODY_MAX) if entry.kind == "activity" else ""
        return TimelineText(self.headline(entry), meta, body)

    def headline(self, entry: TimelineEntry) -> str:
        if entry.kind == "activity":
            return self._activity(entry)
        if entry.kind == "change":
            return self._change(entry)
        if entry.import_file and _names_import(entry):
            file = isolate(entry.import_file)
            if entry.import_undo:
                return QCoreApplication.translate("Timeline", "Import of {file} undone").format(
                    file=file
                )
            return QCoreApplication.translate("Timeline", "Imported from {file}").format(file=file)
        fixed = {
            "created": QCoreApplication.translate("Timeline", "Created"),
            "deleted": QCoreApplication.translate("Timeline", "Deleted"),
            "restored": QCoreApplication.translate("Timeline", "Restored"),
            "tag_added": QCoreApplication.translate("Timeline", "Tag added: {tag}"),
            "tag_removed": QCoreApplication.translate("Timeline", "Tag removed: {tag}"),
            "merged": QCoreApplication.translate("Timeline", "Merged in: {tag}"),
        }
        text = fixed.get(entry.kind, entry.kind)
        return text.format(tag=isolate(str(entry.new_value or "")))

    def _source(self, entry: TimelineEntry) -> str:
        """Where a change came from, for the when/who line: an import (or its undo), unless
        the headline says it already."""
        if not entry.import_file or _names_import(entry):
            return ""
        file = isolate(entry.import_file)
        if entry.import_undo:
            return QCoreApplication.translate("Timeline", "import of {file} undone").format(
                file=file
            )
        return QCoreApplication.translate("Timeline", "imported from {file}").format(file=file)

    def _activity(self, entry: TimelineEntry) -> str:
        text = activity_label(entry.activity_kind or "")
        if entry.subject:
            text += " — " + isolate(_short(entry.subject, 200))
        if entry.duration_minutes:
            minutes = QLocale().toString(entry.duration_minutes)
            text += " " + QCoreApplication.translate("Timeline", "({minutes} min)").format(
                minutes=minutes
            )
        if entry.outcome:
            outcome = isolate(_short(entry.outcome, 100))
            text += " · " + QCoreApplication.translate("Timeline", "Outcome: {outcome}").format(
                outcome=outcome
            )
        return text

    def _change(self, entry: TimelineEntry) -> str:
        name = entry.field or ""
        spec = self.specs.get(name, FieldSpec(name, Kind.TEXT))
        label = self.labels.get(name) or field_label(name)
        names: dict[str, str] = {}
        if spec.kind is Kind.REF:
            for value in (entry.old_value, entry.new_value):
                if value:
                    names[str(value)] = self.name_of(name, str(value)) or ""
        old = isolate(_short(format_value(spec, entry.old_value, names), _VALUE_MAX))
        new = isolate(_short(format_value(spec, entry.new_value, names), _VALUE_MAX))
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return QCoreApplication.translate("Timeline", "{field}: {old} {arrow} {new}").format(
            field=isolate(label), old=old, new=new, arrow="←" if rtl else "→"
        )


def _names_import(entry: TimelineEntry) -> bool:
    """The record's own creation by an import, or its removal by the import's undo: the
    headline is the import itself ("Imported from contacts.xlsx")."""
    if entry.import_undo:
        return entry.kind == "deleted"
    return entry.kind == "created"


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[TimelineEntry, TimelineText]] = []

    def set_entries(self, entries: Sequence[TimelineEntry], formatter: TimelineFormatter) -> None:
        rows = [(entry, formatter.lines(entry)) for entry in entries]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return [entry for entry, _text in self._rows]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(line for line in (text.headline, text.meta, text.body) if line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.body or text.headline
        if role == HEADLINE_ROLE:
            return text.headline
        if role == META_ROLE:
            return text.meta
        if role == BODY_ROLE:
            return text.body
        if role == ENTRY_ROLE:
            return entry
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TimelineDelegate(QStyledItemDelegate):
    """Bold headline, then when and who in a smaller muted line, then the notes on one line."""

    _PAD = 6
    _DOT = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        return bold, small

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, small = self._fonts(option)
        height = (
            2 * self._PAD + QFontMetrics(bold).lineSpacing() + QFontMetrics(small).lineSpacing()
        )
        if index.data(BODY_ROLE):
            height += QFontMetrics(option.font).lineSpacing()
        return QSize(200, height + 2)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        direction = option.direction
        outer: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, small = self._fonts(option)
        painter.save()
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        entry: TimelineEntry | None = index.data(ENTRY_ROLE)
        dot = QRect(outer.left() + self._PAD, outer.top() + self._PAD + 4, self._DOT, self._DOT)
        dot = QStyle.visualRect(direction, outer, dot)
        is_activity = entry is not None and entry.kind == "activity"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            palette.color(QPalette.ColorRole.Highlight if is_activity else QPalette.ColorRole.Mid)
        )
        painter.drawEllipse(dot)
        left = outer.left() + 2 * self._PAD + self._DOT
        text_rect = QRect(left, outer.top() + self._PAD, outer.right() - left - self._PAD, 0)
        text_rect = QStyle.visualRect(direction, outer, text_rect)
        body = str(index.data(BODY_ROLE) or "")
        lines = (
            (bold, index.data(HEADLINE_ROLE), text_role, direction),
            (small, index.data(META_ROLE), QPalette.ColorRole.PlaceholderText, direction),
            (QFont(option.font), body, text_role, content_direction(body)),
        )
        leading = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        top = text_rect.top()
        for font, text, role, text_direction in lines:
            if not text:
                continue
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorGroup.Active, role))
            line = QRectF(text_rect.left(), top, text_rect.width(), metrics.lineSpacing())
            elided = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, int(line.width()))
            text_option = QTextOption(leading | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(text_direction)
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(line, elided, text_option)
            top += metrics.lineSpacing()
        painter.restore()


class TimelineView(QListView):
    """The timeline list; one painted item per entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_model = TimelineModel(self)
        self.setModel(self.timeline_model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setObjectName("timeline")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_entries(self, entries: Sequence[TimelineEntry], formatter: TimelineFormatter) -> None:
        self.timeline_model.set_entries(entries, formatter)
