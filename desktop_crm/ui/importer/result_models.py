"""Table models of the preview and the history: rows as they will be saved, errors, batches."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from typing_extensions import override

from desktop_crm.services.importing.plan import ImportBatchInfo, PreviewRow, RowError
from desktop_crm.ui.cards.formatting import format_datetime, format_number, yes_no
from desktop_crm.ui.dates import format_date
from desktop_crm.ui.importer.models import ordinal
from desktop_crm.ui.importer.texts import record_types_label, row_error_text, target_label
from desktop_crm.ui.labels import choice_label, name_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
_CTX = "ImportResults"
ERROR_COLOR = QColor("#c62828")
_NAME_FIELDS = {"lifecycle_stage", "source"}
_CHOICE_FIELDS = {"customer_status", "preferred_channel"}
_USER_FIELDS = {"owner_id", "assignee_id"}
_HIDDEN = {"pipeline_id", "stage_id", "status", "company_id", "contact_id", "errors"}

ACTIONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("ImportResults", "New"),
    "update": QT_TRANSLATE_NOOP("ImportResults", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportResults", "Unchanged"),
    "skip": QT_TRANSLATE_NOOP("ImportResults", "Skip (exists)"),
    "error": QT_TRANSLATE_NOOP("ImportResults", "Error"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def value_text(name: str, value: Any, users: Mapping[str, str]) -> str:
    """A value as it will be saved, in the user's locale."""
    if value is None or value == "" or value == ():
        return ""
    if name in _USER_FIELDS:
        return users.get(str(value), str(value))
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float | Decimal):
        return format_number(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if name in _NAME_FIELDS:
        return name_label(str(value))
    if name in _CHOICE_FIELDS:
        return choice_label(str(value))
    return str(value)


class PreviewRowsModel(RowsModel):
    """The first rows as they will be saved: row number, what happens, then the fields."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[str] = []
        self._labels: dict[str, str] = {}
        self._users: dict[str, str] = {}

    def set_preview(
        self,
        rows: Iterable[PreviewRow],
        labels: Mapping[str, str],
        users: Mapping[str, str],
    ) -> None:
        """``labels``: the label of custom fields (``custom.<key>``) and any other field key."""
        shown = list(rows)
        keys: dict[str, None] = {}
        for row in shown:
            keys.update(dict.fromkeys(k for k in row.values if k not in _HIDDEN))
        self.beginResetModel()
        self._fields = list(keys)
        self._labels = dict(labels)
        self._users = dict(users)
        self._rows = shown
        self.endResetModel()

    def fields(self) -> list[str]:
        return list(self._fields)

    @override
    def titles(self) -> tuple[str, ...]:
        names = [self._labels.get(f) or target_label(f) for f in self._fields]
        return (self.tr("Row"), self.tr("What happens"), *names)

    @override
    def cell(self, item: PreviewRow, column: int) -> Any:
        if column == 0:
            return ordinal(item.row_number)
        if column == 1:
            text = ACTIONS.get(item.action)
            return _t(text) if text else item.action
        name = self._fields[column - 2]
        return value_text(name, item.values.get(name), self._users)

    @override
    def tooltip(self, item: PreviewRow, column: int) -> Any:
        if item.action == "error":
            errors: tuple[RowError, ...] = item.values.get("errors", ())
            return "\n".join(row_error_text(e) for e in errors) or None
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            item = self._rows[index.row()] if index.row() < len(self._rows) else None
            if item is not None and item.action == "error":
                return QBrush(ERROR_COLOR)
        return super().data(index, role)


class ErrorsModel(RowsModel):
    """Every error: row number, column, the value and the reason."""

    @override
    def titles(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason"))

    @override
    def cell(self, item: RowError, column: int) -> Any:
        if column == 0:
            return ordinal(item.row_number)
        if column == 1:
            return item.column_name or self.tr("(whole row)")
        if column == 2:
            return item.value
        return row_error_text(item)

    @override
    def tooltip(self, item: RowError, column: int) -> Any:
        return row_error_text(item) if column == 3 else None


class HistoryModel(RowsModel):
    """The import batches, newest first."""

    FILE, TYPE, WHEN, NEW, UPDATED, ERRORS, USER, STATUS = range(8)

    @override
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Records"),
            self.tr("Imported"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Errors"),
            self.tr("By"),
            self.tr("Status"),
        )

    @override
    def cell(self, item: ImportBatchInfo, column: int) -> Any:
        counts = item.counts
        if column == self.FILE:
            return item.file_name
        if column == self.TYPE:
            return record_types_label(item.record_type)
        if column == self.WHEN:
            return format_datetime(item.created_at)
        if column in (self.NEW, self.UPDATED, self.ERRORS):
            key = {self.NEW: "new", self.UPDATED: "updated", self.ERRORS: "errors"}[column]
            return format_number(int(counts.get(key, 0) or 0))
        if column == self.USER:
            return item.user_name or ""
        if item.undone_at is not None:
            return self.tr("Undone on {date}").format(date=format_datetime(item.undone_at))
        return self.tr("Imported")

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
