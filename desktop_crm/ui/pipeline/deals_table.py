"""The board's deals as a sortable table (the list view of the pipeline), or its won / lost deals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from desktop_crm.domain.records import DealCard, StageInfo
from desktop_crm.ui.cards.formatting import format_date, format_datetime
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.card_delegate import STALE_COLOR, days_text
from desktop_crm.ui.pipeline.column_model import CARD_ROLE, DEAL_ID_ROLE, DEAL_MIME, DealDrag
from desktop_crm.ui.pipeline.column_widget import move_key
from desktop_crm.ui.pipeline.money import format_count, format_money

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
_CTX = "DealsTable"
_Index = QModelIndex | QPersistentModelIndex

# key, header, width
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("title", QT_TRANSLATE_NOOP("DealsTable", "Title"), 260),
    ("stage", QT_TRANSLATE_NOOP("DealsTable", "Stage"), 120),
    ("value", QT_TRANSLATE_NOOP("DealsTable", "Value"), 110),
    ("company", QT_TRANSLATE_NOOP("DealsTable", "Company"), 170),
    ("owner", QT_TRANSLATE_NOOP("DealsTable", "Owner"), 130),
    ("probability", QT_TRANSLATE_NOOP("DealsTable", "Probability"), 80),
    ("days", QT_TRANSLATE_NOOP("DealsTable", "In stage"), 80),
    ("next_task", QT_TRANSLATE_NOOP("DealsTable", "Next task"), 200),
    ("expected_close", QT_TRANSLATE_NOOP("DealsTable", "Expected close"), 110),
)
_NUMERIC = {"value", "probability", "days"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class DealsTableModel(QAbstractTableModel):
    """A row per ``DealCard``; ``SORT_ROLE`` gives each cell's raw, comparable value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[DealCard] = []
        self._stages: dict[str, str] = {}
        self._order: dict[str, int] = {}

    def set_cards(self, cards: Sequence[DealCard], stages: Sequence[StageInfo]) -> None:
        """Show ``cards``; ``stages`` (the pipeline's, in order) name and sort the stage column."""
        self.beginResetModel()
        self._cards = list(cards)
        self._stages = {s.id: name_label(s.name) for s in stages}
        self._order = {s.id: n for n, s in enumerate(stages)}
        self.endResetModel()

    def card(self, row: int) -> DealCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _t(COLUMNS[section][1])
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, key)
        if role == SORT_ROLE:
            return self._sort_key(card, key)
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "company", "next_task"):
            return self._text(card, key) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "days" and card.stale:
            return STALE_COLOR
        return None

    def _text(self, card: DealCard, key: str) -> str:
        if key == "title":
            return card.title
        if key == "stage":
            return self._stages.get(card.stage_id, "")
        if key == "value":
            return format_money(card.value, card.currency) if card.value is not None else ""
        if key == "company":
            return card.company_name or ""
        if key == "owner":
            return name_label(card.owner_name)
        if key == "probability":
            return QCoreApplication.translate("DealsTable", "{percent} %").format(
                percent=format_count(card.probability)
            )
        if key == "days":
            text = days_text(card.days_in_stage)
            return (
                QCoreApplication.translate("DealsTable", "{days} (stale)").format(days=text)
                if card.stale
                else text
            )
        if key == "next_task":
            if not card.next_task:
                return ""
            due = format_datetime(card.next_task_due) if card.next_task_due else ""
            return f"{card.next_task} · {due}" if due else card.next_task
        if key == "expected_close":
            return format_date(card.expected_close) if card.expected_close else ""
        return ""

    def _sort_key(self, card: DealCard, key: str) -> Any:
        if key == "value":
            return float(card.value) if card.value is not None else -1.0
        if key == "probability":
            return card.probability
        if key == "days":
            return card.days_in_stage
        if key == "stage":  # in pipeline order; a stable sort keeps the board's order inside
            return self._order.get(card.stage_id, len(self._order))
        if key == "next_task":
            return card.next_task_due.isoformat() if card.next_task_due else "9999"
        if key == "expected_close":
            return card.expected_close.isoformat() if card.expected_close else "9999"
        return self._text(card, key).casefold()

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @override
    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        cards = [self.card(i.row()) for i in indexes if i.isValid()]
        card = next((c for c in cards if c is not None), None)
        if card is None:
            return QMimeData()
        return DealDrag(card.id, card.stage_id, card.pipeline_id).to_mime()

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class DealsTable(QTableView):
    """The table of deals, sorted by a proxy; Ctrl+Shift+Left/Right move the current deal to the
    previous / next stage (``sig_key_move``, as on the board)."""

    sig_key_move = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deals = DealsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.deals)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for number, (_key, _label, width) in enumerate(COLUMNS):
            header.resizeSection(number, width)
        self.setSortingEnabled(True)
        self.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def set_cards(self, cards: Sequence[DealCard], stages: Sequence[StageInfo]) -> None:
        selected = self.current_deal_id()
        self.deals.set_cards(cards, stages)
        if selected:
            self.select_deal(selected)

    def current_deal_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(DEAL_ID_ROLE)
        return str(value) if value else None

    def select_deal(self, deal_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(DEAL_ID_ROLE) == deal_id:
                self.selectRow(row)
                self.scrollTo(index)
                return True
        return False

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = move_key(event)
        if step is None:
            super().keyPressEvent(event)
            return
        event.accept()
        deal_id = self.current_deal_id()
        if deal_id and step[0]:
            self.sig_key_move.emit(deal_id, *step)

    @override
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and move_key(e):
            e.accept()
            return True
        return super().event(e)
