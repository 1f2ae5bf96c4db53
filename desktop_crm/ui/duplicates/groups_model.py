"""The list of duplicate groups: who, why (same email, similar name…), how similar, details."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from desktop_crm.services.duplicates import DuplicateGroup
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.duplicates.compare_model import ltr
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
_CTX = "DuplicateGroups"

REASONS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("DuplicateGroups", "Same email"),
    "website": QT_TRANSLATE_NOOP("DuplicateGroups", "Same website"),
    "phone": QT_TRANSLATE_NOOP("DuplicateGroups", "Same phone"),
    "name": QT_TRANSLATE_NOOP("DuplicateGroups", "Similar name"),
}
_DETAILS_MAX = 3

RECORDS, REASON, SCORE, DETAILS = range(4)


def reason_text(reason: str) -> str:
    text = REASONS.get(reason)
    return QCoreApplication.translate(_CTX, text) if text else reason


def group_title(group: DuplicateGroup) -> str:
    """The records' names, each isolated so that Persian and Latin names keep their order."""
    return " · ".join(isolate(r.name or "—") for r in group.records)


def group_details(group: DuplicateGroup) -> str:
    """A few distinct companies (or websites), emails and phones of the group."""
    seen: dict[str, str] = {}
    for record in group.records:
        texts = [isolate(v) for v in (record.company, *record.emails) if v]
        texts += [ltr(v) for v in record.phones]
        for text in texts:
            if len(seen) < _DETAILS_MAX:
                seen.setdefault(text, text)
    return ", ".join(seen)


class GroupsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []

    # ----- content ---------------------------------------------------------------------------
    def set_groups(self, groups: Iterable[DuplicateGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    def groups(self) -> list[DuplicateGroup]:
        return list(self._groups)

    def row_of(self, key: frozenset[str]) -> int:
        """The row of the group with these ids (-1 when not listed)."""
        return next((n for n, g in enumerate(self._groups) if g.key == key), -1)

    def remove_row(self, row: int) -> DuplicateGroup:
        self.beginRemoveRows(QModelIndex(), row, row)
        group = self._groups.pop(row)
        self.endRemoveRows()
        return group

    def insert_group(self, row: int, group: DuplicateGroup) -> None:
        row = max(0, min(row, len(self._groups)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._groups.insert(row, group)
        self.endInsertRows()

    # ----- Qt ----------------------------------------------------------------------------------
    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == RECORDS:
            return self.tr("Records")
        if section == REASON:
            return self.tr("Why")
        if section == SCORE:
            return self.tr("Similarity")
        if section == DETAILS:
            return self.tr("Details")
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        column = index.column()
        if role == GROUP_ROLE:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(group, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (RECORDS, DETAILS):
            return self._display(group, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, group: DuplicateGroup, column: int) -> str | None:
        if column == RECORDS:
            return group_title(group)
        if column == REASON:
            return reason_text(group.reason)
        if column == SCORE:
            return self.tr("{score}%").format(score=QLocale().toString(group.score))
        if column == DETAILS:
            return group_details(group)
        return None
