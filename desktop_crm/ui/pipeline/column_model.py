"""One stage's deals as a list model, and the drag-and-drop payload that carries a deal.

The model never moves a card by itself: a drop becomes ``sig_drop_requested`` and the board
asks the service; only a saved move changes what the models show (``take`` / ``put`` right
away, then the board reloads from the database). A refused move therefore leaves every card
where it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from typing_extensions import override

from desktop_crm.domain.records import DealCard, StageInfo
from desktop_crm.ui.labels import name_label

DEAL_MIME = "application/x-desktop-crm-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DealDrag:
    """What a dragged card carries: the deal and where it was picked up."""

    deal_id: str
    stage_id: str
    pipeline_id: str

    def to_mime(self) -> QMimeData:
        mime = QMimeData()
        payload = {"deal": self.deal_id, "stage": self.stage_id, "pipeline": self.pipeline_id}
        mime.setData(DEAL_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    @classmethod
    def from_mime(cls, mime: QMimeData | None) -> DealDrag | None:
        """The deal in ``mime``; None when it holds no (readable) deal."""
        if mime is None or not mime.hasFormat(DEAL_MIME):
            return None
        try:
            payload = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
            return cls(str(payload["deal"]), str(payload["stage"]), str(payload["pipeline"]))
        except (ValueError, KeyError, TypeError):
            return None


class StageColumnModel(QAbstractListModel):
    """The open deals of one stage, in board order; a row is a ``DealCard``."""

    # the dragged deal, the stage it was dropped on, the deal it was dropped before (None: end)
    sig_drop_requested = Signal(object, str, object)

    def __init__(self, stage: StageInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[DealCard] = []
        self._rows: dict[str, int] | None = None

    # ----- contents ------------------------------------------------------------------------
    def set_cards(self, stage: StageInfo, cards: Sequence[DealCard]) -> bool:
        """Show ``cards``; False (and no reset) when they are what is shown already."""
        if stage == self.stage and tuple(cards) == tuple(self._cards):
            return False
        self.beginResetModel()
        self.stage = stage
        self._cards = list(cards)
        self._rows = None
        self.endResetModel()
        return True

    def cards(self) -> list[DealCard]:
        return list(self._cards)

    def card(self, row: int) -> DealCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, deal_id: str) -> int:
        """The row of ``deal_id``; -1 when it is not in this column."""
        if self._rows is None:
            self._rows = {card.id: row for row, card in enumerate(self._cards)}
        return self._rows.get(deal_id, -1)

    def take(self, deal_id: str) -> DealCard | None:
        """Remove ``deal_id``'s card (a saved move or close) and return it."""
        row = self.row_of(deal_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        self._rows = None
        self.endRemoveRows()
        return card

    def put(self, card: DealCard, before_id: str | None) -> int:
        """Insert ``card`` before ``before_id`` (at the end when None or not here); its row."""
        row = self.row_of(before_id) if before_id else -1
        if row < 0:
            row = len(self._cards)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._rows = None
        self.endInsertRows()
        return row

    # ----- QAbstractListModel ----------------------------------------------------------------
    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [card.title, card.company_name or "", name_label(card.owner_name)]
            return ", ".join(p for p in parts if p)
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between cards, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # ----- drag and drop --------------------------------------------------------------------
    @override
    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        card = self.card(rows[0]) if rows else None
        if card is None:
            return QMimeData()
        return DealDrag(card.id, card.stage_id, card.pipeline_id).to_mime()

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and DealDrag.from_mime(data) is not None

    @override
    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A card dropped at ``row`` (before the card there; -1: at the end, or onto the
        card ``parent``): ask for the move. Nothing changes here until it is saved."""
        drag = DealDrag.from_mime(data)
        if drag is None or action != Qt.DropAction.MoveAction:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()
        before = self.card(row) if row >= 0 else None
        before_id = before.id if before is not None else None
        if self._is_same_place(drag, before_id):
            return False
        self.sig_drop_requested.emit(drag, self.stage.id, before_id)
        return True

    def _is_same_place(self, drag: DealDrag, before_id: str | None) -> bool:
        """A drop that would leave the card where it is (onto itself, or just below itself)."""
        if drag.stage_id != self.stage.id:
            return False
        row = self.row_of(drag.deal_id)
        if row < 0:
            return False
        following = self.card(row + 1)
        return before_id == drag.deal_id or before_id == (following.id if following else None)
