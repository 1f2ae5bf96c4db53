"""Item models of Settings → Pipelines: the pipelines, the open stages of one (renamed in place,
reordered by drag: an internal move), and the deal fields a stage requires (checkable).

The models never write: each edit goes to a callback (the panel's, which runs the service call
through ``ctx.apply``) and the model shows the result when the panel reloads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from desktop_crm.domain.fields import DEAL_FIELDS
from desktop_crm.domain.records import PipelineInfo, StageInfo
from desktop_crm.ui.cards.deal_text import deal_field_label
from desktop_crm.ui.cards.formatting import format_number
from desktop_crm.ui.labels import name_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
Rename = Callable[[str, str], bool]  # (id, new name) -> saved
Reorder = Callable[[list[str]], bool]  # ordered ids -> saved
SaveFields = Callable[[list[str]], bool]


class PipelineListModel(QAbstractListModel):
    """The pipelines by name; a name edited in place is saved through ``rename``."""

    def __init__(self, rename: Rename | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rename = rename
        self._pipelines: list[PipelineInfo] = []

    def set_pipelines(self, pipelines: Sequence[PipelineInfo]) -> None:
        rows = list(pipelines)
        if [p.id for p in rows] == [p.id for p in self._pipelines]:
            self._pipelines = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._pipelines = rows
        self.endResetModel()

    def pipeline(self, row: int) -> PipelineInfo:
        return self._pipelines[row]

    def row_of(self, pipeline_id: str | None) -> int:
        return next((i for i, p in enumerate(self._pipelines) if p.id == pipeline_id), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pipelines)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pipelines):
            return None
        pipeline = self._pipelines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name_label(pipeline.name)
        if role == Qt.ItemDataRole.EditRole:
            return pipeline.name
        if role == ID_ROLE:
            return pipeline.id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._rename else flags

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._rename is None:
            return False
        pipeline = self._pipelines[index.row()]
        if str(value) == pipeline.name:
            return False
        return self._rename(pipeline.id, str(value))


class StagesModel(QAbstractListModel):
    """The open stages of one pipeline in order ("name · 40 %"); drag one to reorder
    (``moveRows`` → ``reorder``), edit a name in place (``rename``)."""

    def __init__(
        self,
        rename: Rename | None = None,
        reorder: Reorder | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rename = rename
        self._reorder = reorder
        self._stages: list[StageInfo] = []

    def set_stages(self, stages: Sequence[StageInfo]) -> None:
        rows = [s for s in stages if s.kind == "open"]
        if [s.id for s in rows] == [s.id for s in self._stages]:
            self._stages = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._stages = rows
        self.endResetModel()

    def stage(self, row: int) -> StageInfo:
        return self._stages[row]

    def stage_ids(self) -> list[str]:
        return [s.id for s in self._stages]

    def row_of(self, stage_id: str | None) -> int:
        return next((i for i, s in enumerate(self._stages) if s.id == stage_id), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stages)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        stage = self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            percent = format_number(stage.probability)
            return self.tr("{name} · {percent} %").format(
                name=name_label(stage.name), percent=percent
            )
        if role == Qt.ItemDataRole.EditRole:
            return stage.name
        if role == ID_ROLE:
            return stage.id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._reorder else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rename is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._reorder is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._rename is None:
            return False
        stage = self._stages[index.row()]
        if str(value) == stage.name:
            return False
        return self._rename(stage.id, str(value))

    @override
    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        """Move stages (shown at once), then save the order; a refused order is put back."""
        rows = len(self._stages)
        if (
            self._reorder is None
            or sourceParent.isValid()
            or destinationParent.isValid()
            or count < 1
            or not 0 <= sourceRow <= sourceRow + count - 1 < rows
            or not 0 <= destinationChild <= rows
            or sourceRow <= destinationChild <= sourceRow + count
        ):
            return False
        before = list(self._stages)
        moving = before[sourceRow : sourceRow + count]
        rest = before[:sourceRow] + before[sourceRow + count :]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self.beginMoveRows(
            QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild
        )
        self._stages = rest[:at] + moving + rest[at:]
        self.endMoveRows()
        if self._reorder([s.id for s in self._stages]):
            return True
        self.beginResetModel()
        self._stages = before
        self.endResetModel()
        return False


class RequiredFieldsModel(QAbstractListModel):
    """Every deal field, checked when the stage requires it; a click saves the new list."""

    def __init__(self, save: SaveFields | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._names = [spec.name for spec in DEAL_FIELDS]
        self._required: tuple[str, ...] = ()
        self._enabled = False

    def set_required(self, required: Sequence[str], enabled: bool = True) -> None:
        self._required = tuple(required)
        self._enabled = enabled
        if self._names:
            self.dataChanged.emit(self.index(0), self.index(len(self._names) - 1))

    def required(self) -> list[str]:
        return list(self._required)

    def row_of(self, name: str) -> int:
        return self._names.index(name)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return deal_field_label(name)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = name in self._required
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return name
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEnabled if self._enabled else flags

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self._save is None:
            return False
        name = self._names[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        wanted = [
            n for n in self._names if (n == name and checked) or (n != name and n in self._required)
        ]
        if set(wanted) == set(self._required):
            return False
        return self._save(wanted)
