"""The deals of a contact or a company, on its card: a small table (double-click opens a deal)
and "New deal…", which opens the new-deal dialog linked to the record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Change, DealCard
from desktop_crm.ui.cards.deal_text import deal_field_label, format_money
from desktop_crm.ui.cards.new_deal_dialog import NewDealDialog, open_new_deal
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label

DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_DEAL_KINDS = ("deal", "deal_contact", "stage", "pipeline")


class RecordDealsModel(QAbstractTableModel):
    """Columns: title, stage (or Won / Lost), value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deals: list[DealCard] = []
        self._stages: dict[str, str] = {}

    def set_deals(self, deals: Sequence[DealCard], stage_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._deals, self._stages = list(deals), dict(stage_names)
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._deals)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = ("title", "stage_id", "value")
        return deal_field_label(names[section]) if 0 <= section < len(names) else None

    def _stage_text(self, deal: DealCard) -> str:
        if deal.status == "won":
            return self.tr("Won")
        if deal.status == "lost":
            return self.tr("Lost")
        return name_label(self._stages.get(deal.stage_id, ""))

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._deals):
            return None
        deal = self._deals[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return deal.title
            if column == 1:
                return self._stage_text(deal)
            return format_money(deal.value, deal.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == DEAL_ID_ROLE:
            return deal.id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecordDealsBox(QGroupBox):
    """ "Deals" on a contact's or company's card; it refreshes itself on every deal change."""

    def __init__(
        self, ctx: UiContext, record_type: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.record_id = record_id
        self.new_dialog: NewDealDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Deals"))
        self.model = RecordDealsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("record_deals")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        self.new_button = QPushButton(self.tr("New deal…"), self)
        self.new_button.setObjectName("new_deal_button")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addLayout(row)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.open_new_deal)
        self.view.activated.connect(self._on_view_activated)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    def reload(self) -> None:
        deals = self.ctx.crm.deals.for_record(self.record_type, self.record_id)
        stages = {
            stage.id: stage.name
            for pipeline in self.ctx.crm.pipelines.pipelines()
            for stage in pipeline.stages
        }
        self.model.set_deals(deals, stages)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_editable(self, editable: bool) -> None:
        self.new_button.setEnabled(editable)

    def open_new_deal(self) -> NewDealDialog:
        """The new-deal dialog linked to this contact or company (not blocking)."""
        company = self.record_id if self.record_type == "company" else None
        contact = self.record_id if self.record_type == "contact" else None
        self.new_dialog = open_new_deal(self.ctx, self, company_id=company, contact_id=contact)
        return self.new_dialog

    def _on_view_activated(self, index: QModelIndex) -> None:
        deal_id = index.siblingAtColumn(0).data(DEAL_ID_ROLE)
        if deal_id:
            self.ctx.open_record("deal", str(deal_id))

    def _on_ctx_changed(self, change: Change) -> None:
        if any(change.touches(kind) for kind in _DEAL_KINDS) or (
            (self.record_type, self.record_id) in change.entities
        ):
            self.reload()
