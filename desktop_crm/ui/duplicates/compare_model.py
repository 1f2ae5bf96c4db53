"""The records of a group side by side: one row per field, one column per record, and the result.

The first row chooses the record that stays ("Keep"); in every field row whose values differ the
user ticks the value to keep (one per row, like radio buttons). Emails and phones are combined,
as are tags and the linked activities, tasks and deals: those rows have nothing to tick. The
last column shows what the kept record will hold, computed by the service's own rules
(``MergePreview.result``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from typing_extensions import override

from desktop_crm.domain.fields import FIELDS_BY_TYPE, FieldSpec, Kind
from desktop_crm.services.merge_preview import MergePreview
from desktop_crm.ui.cards.formatting import EMPTY, format_datetime, format_value, isolate
from desktop_crm.ui.labels import field_label

_Index = QModelIndex | QPersistentModelIndex
_Check = Qt.CheckState
_VALUE_MAX = 120


@dataclass(frozen=True)
class _Line:
    kind: str  # "keep" | "field" | "tags" | "count" | "created" | "updated"
    name: str = ""


def ltr(text: str) -> str:
    """A phone number kept left to right inside right-to-left text: digits and ``+`` are weak,
    so the number is framed by left-to-right marks (Qt's text layout does not apply the
    isolate characters to this)."""
    return f"\u200e{text}\u200e" if text else text


def _bidi_safe(text: str) -> str:
    """Right to left, every value as an isolate ("L." keeps its dot after the L), as the lists
    do; phone numbers already carry their left-to-right marks."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return isolate(text) if rtl and text and not text.startswith("\u200e") else text


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _VALUE_MAX else flat[: _VALUE_MAX - 1] + "…"


class CompareModel(QAbstractTableModel):
    sig_choice_changed = Signal()  # the kept record or a field's pick changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: MergePreview | None = None
        self.keep = 0
        self.picks: dict[str, int] = {}  # the user's explicit picks: field -> record column
        self._lines: list[_Line] = []
        self._specs: dict[str, FieldSpec] = {}
        self._labels: dict[str, str] = {}
        self._result: dict[str, Any] = {}

    # ----- content ---------------------------------------------------------------------------
    def set_preview(
        self,
        preview: MergePreview | None,
        *,
        specs: Mapping[str, FieldSpec] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``preview``; ``specs``/``labels``: custom fields' specs and labels by name."""
        self.beginResetModel()
        self.preview = preview
        self.picks = {}
        self._specs = dict(specs or {})
        self._labels = dict(labels or {})
        self._lines = []
        if preview is not None:
            self.keep = preview.suggested_keep()
            self._lines = [_Line("keep")]
            self._lines += [_Line("field", row.name) for row in preview.rows]
            if any(r.tags for r in preview.records):
                self._lines.append(_Line("tags"))
            self._lines += [_Line("count", name) for name in preview.counts]
            self._lines += [_Line("created"), _Line("updated")]
            self._result = preview.result(self.keep, self.picks)
        self.endResetModel()

    def keep_id(self) -> str | None:
        return self.preview.ids[self.keep] if self.preview else None

    def other_ids(self) -> list[str]:
        if self.preview is None:
            return []
        return [i for n, i in enumerate(self.preview.ids) if n != self.keep]

    def choices(self) -> dict[str, Any]:
        """The user's picks as ``merge_records``' choices."""
        return self.preview.choices(self.picks) if self.preview else {}

    def set_keep(self, column: int) -> None:
        if self.preview is None or not 0 <= column < len(self.preview.records):
            return
        self.keep = column
        self._changed()

    def pick(self, name: str, column: int) -> None:
        self.picks[name] = column
        self._changed()

    def effective_pick(self, name: str) -> int | None:
        if self.preview is None:
            return None
        if name in self.picks:
            return self.picks[name]
        return self.preview.default_pick(name, self.keep)

    def result_column(self) -> int:
        return len(self.preview.records) if self.preview else 0

    def _changed(self) -> None:
        assert self.preview is not None
        self._result = self.preview.result(self.keep, self.picks)
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.sig_choice_changed.emit()

    def _spec(self, name: str) -> FieldSpec:
        record_type = self.preview.record_type if self.preview else "contact"
        return (
            FIELDS_BY_TYPE[record_type].get(name)
            or self._specs.get(name)
            or FieldSpec(name, Kind.TEXT)
        )

    def _checkable(self, line: _Line) -> bool:
        if line.kind == "keep":
            return True
        if line.kind != "field" or self.preview is None:
            return False
        row = self.preview.row(line.name)
        return not row.combined and len({repr(v) for v in row.values}) > 1

    # ----- Qt ----------------------------------------------------------------------------------
    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.records) + 1

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.preview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if section == self.result_column():
                return self.tr("After the merge")
            if 0 <= section < len(self.preview.records):
                return isolate(self._record_name(section))
            return None
        if not 0 <= section < len(self._lines):
            return None
        line = self._lines[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line_label(line)
        if role == Qt.ItemDataRole.FontRole and self._checkable(line):
            font = QFont()
            font.setBold(True)  # the rows where something is to choose
            return font
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        if index.column() < self.result_column() and self._checkable(line):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self._lines) and 0 <= index.column() < self.columnCount()):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _bidi_safe(_short(self._text(line, column)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check(line, column)
        if role == Qt.ItemDataRole.FontRole and column == self.result_column():
            font = QFont()
            font.setBold(True)
            return font
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if _Check(value) != _Check.Checked:
            return False  # like a radio button: another cell is ticked instead
        line = self._lines[index.row()]
        if line.kind == "keep":
            self.set_keep(index.column())
        else:
            self.pick(line.name, index.column())
        return True

    # ----- cells -------------------------------------------------------------------------------
    def _record_name(self, column: int) -> str:
        assert self.preview is not None
        record = self.preview.records[column]
        if self.preview.record_type == "company":
            return str(record.values.get("name") or "")
        person = " ".join(
            str(p) for p in (record.values.get("first_name"), record.values.get("last_name")) if p
        )
        emails = record.values.get("emails") or ()
        return person or (emails[0] if emails else EMPTY)

    def _line_label(self, line: _Line) -> str:
        if line.kind == "keep":
            return self.tr("Keep")
        if line.kind == "field":
            return self._labels.get(line.name) or field_label(line.name)
        if line.kind == "tags":
            return field_label("tags")
        if line.kind == "count":
            return self._count_label(line.name)
        if line.kind == "created":
            return field_label("created_at")
        return field_label("updated_at")

    def _count_label(self, name: str) -> str:
        if name == "activities":
            return self.tr("Activities")
        if name == "tasks":
            return self.tr("Open tasks")
        if name == "deals":
            return self.tr("Deals")
        return self.tr("Contacts")

    def _check(self, line: _Line, column: int) -> Any:
        if column >= self.result_column() or not self._checkable(line):
            return None
        chosen = self.keep if line.kind == "keep" else self.effective_pick(line.name)
        return _Check.Checked if chosen == column else _Check.Unchecked

    def _text(self, line: _Line, column: int) -> str:
        assert self.preview is not None
        result = column == self.result_column()
        if line.kind == "keep":
            if result:
                return ""
            return self.tr("Keep this one") if column == self.keep else self.tr("Merge into it")
        if line.kind == "field":
            spec = self._spec(line.name)
            value = (
                self._result.get(line.name)
                if result
                else self.preview.row(line.name).values[column]
            )
            if spec.kind in (Kind.PHONES, Kind.PHONE) and value:
                numbers = value if isinstance(value, tuple | list) else (value,)
                return ", ".join(ltr(str(n)) for n in numbers)
            return format_value(spec, value, self.preview.names)
        if line.kind == "tags":
            return self._tags(None if result else column)
        if line.kind == "count":
            counts = self.preview.counts[line.name]
            return QLocale().toString(sum(counts) if result else counts[column])
        if result:
            return ""
        record = self.preview.records[column]
        return format_datetime(record.created_at if line.kind == "created" else record.updated_at)

    def _tags(self, column: int | None) -> str:
        assert self.preview is not None
        records = self.preview.records if column is None else (self.preview.records[column],)
        names: dict[str, str] = {}
        for record in records:
            for tag in record.tags:
                names.setdefault(tag.name.casefold(), tag.name)
        return ", ".join(sorted(names.values(), key=str.casefold)) or EMPTY
