"""A deal's line items: name, quantity, unit price and line total, edited in the table.

``DealItemsModel.setData`` hands the edit to a save callback (the panel's, which runs
``crm.deals.update_item`` through ``ctx.apply``: one undoable step); the card reloads the items
from the service afterwards, so the table always shows what is stored. When a deal has items
its value is their sum, kept in step by the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import Kind
from desktop_crm.domain.records import Change
from desktop_crm.ui.cards.deal_text import (
    deal_error_text,
    deal_field_label,
    format_money,
    to_decimal,
)
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import format_number
from desktop_crm.ui.context import UiContext

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "quantity", "unit_price", "total")
Item = tuple[str, str, Decimal, Decimal]  # (item id, name, quantity, unit price)
SaveItem = Callable[[str, str, Any], bool]  # (item id, field, value) -> saved


class DealItemsModel(QAbstractTableModel):
    """Columns: name, quantity, unit price (editable), line total (quantity × unit price)."""

    def __init__(self, save: SaveItem | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._items: list[Item] = []
        self._currency = ""
        self._editable = True

    def set_items(self, items: Sequence[Item], currency: str, editable: bool = True) -> None:
        """Show stored items; the same items in the same order are updated in place (an open
        editor survives), anything else resets the model."""
        rows = list(items)
        same_rows = [r[0] for r in rows] == [r[0] for r in self._items]
        if same_rows and currency == self._currency and editable == self._editable:
            if rows != self._items:
                self._items = rows
                last = self.index(len(rows) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._items, self._currency, self._editable = rows, currency, editable
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self._items[row][0]

    def total(self) -> Decimal:
        return sum((qty * price for _i, _n, qty, price in self._items), Decimal(0))

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        if COLUMNS[section] == "total":
            return self.tr("Line total")
        if COLUMNS[section] == "name":
            return self.tr("Product or service")
        return deal_field_label(COLUMNS[section])

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, name, quantity, price = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "name":
                return name
            if column == "quantity":
                return format_number(quantity, Kind.NUMBER)
            if column == "unit_price":
                return format_number(price, Kind.MONEY)
            return format_money(quantity * price, self._currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return name
        if role == ITEM_ID_ROLE:
            return item_id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and self._save is not None and COLUMNS[index.column()] != "total":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable or self._save is None:
            return False
        column = COLUMNS[index.column()]
        if str(value) == str(self.data(index, Qt.ItemDataRole.EditRole)):
            return False  # nothing typed
        new: Any = str(value) if column == "name" else to_decimal(str(value))
        return self._save(self._items[index.row()][0], column, new)


class DealItemsPanel(QWidget):
    """The items table, a line to add an item (name, quantity, unit price) and Remove."""

    def __init__(self, ctx: UiContext, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = DealItemsModel(self._save_item, self)
        self.view = QTableView(self)
        self.view.setObjectName("deal_items")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(120)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Product or service"))
        self.name_edit.setMaxLength(600)
        self.quantity_edit = QLineEdit(format_number(1), self)
        self.quantity_edit.setPlaceholderText(deal_field_label("quantity"))
        self.quantity_edit.setMaximumWidth(90)
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(deal_field_label("unit_price"))
        self.price_edit.setMaximumWidth(130)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        self.total_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        add_row = QHBoxLayout()
        for widget in (self.name_edit, self.quantity_edit, self.price_edit, self.add_button):
            add_row.addWidget(widget, 1 if widget is self.name_edit else 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.price_edit.returnPressed.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_items(self, items: Sequence[Item], currency: str, editable: bool) -> None:
        self.model.set_items(items, currency, editable)
        self.total_label.setText(
            self.tr("Total: {amount}").format(amount=format_money(self.model.total(), currency))
        )
        self.total_label.setVisible(bool(items))
        for widget in (self.name_edit, self.quantity_edit, self.price_edit, self.add_button):
            widget.setEnabled(editable)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected_item(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        editable = self.add_button.isEnabled()
        self.remove_button.setEnabled(editable and self.selected_item() is not None)

    def show_error(self, exc: CrmError) -> None:
        self.error_label.setText(deal_error_text(exc))
        self.error_label.show()

    def _apply(self, action: Callable[[], Change]) -> Change | None:
        change = self.ctx.apply(action, self, on_error=self.show_error)
        if change is not None:
            self.error_label.hide()
        return change

    def _save_item(self, item_id: str, field: str, value: Any) -> bool:
        deals = self.ctx.crm.deals
        return self._apply(lambda: deals.update_item(item_id, field, value)) is not None

    def _on_add_clicked(self) -> None:
        name = self.name_edit.text()
        quantity = to_decimal(self.quantity_edit.text())
        price = to_decimal(self.price_edit.text() or "0")
        deals = self.ctx.crm.deals
        if self._apply(lambda: deals.add_item(self.deal_id, name, quantity, price)) is not None:
            self.name_edit.clear()
            self.price_edit.clear()
            self.quantity_edit.setText(format_number(1))
            self.name_edit.setFocus()

    def _on_remove_clicked(self) -> None:
        item_id = self.selected_item()
        if item_id is not None:
            deals = self.ctx.crm.deals
            self._apply(lambda: deals.remove_item(item_id))
