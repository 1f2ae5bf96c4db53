"""Settings of money and losing: the base currency, exchange rates to it, and the reasons a deal
can be lost for. Each change is one service call through ``ctx.apply`` (one undoable step)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import Kind
from desktop_crm.domain.records import Change
from desktop_crm.ui.cards.choice_editors import CURRENCIES
from desktop_crm.ui.cards.deal_text import deal_error_text, to_decimal
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import format_number
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label

_Index = QModelIndex | QPersistentModelIndex
SaveRate = Callable[[str, Any], bool]
SaveReasons = Callable[[list[str]], bool]


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _currency_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(CURRENCIES))
    return combo


class RatesModel(QAbstractTableModel):
    """Columns: currency, rate (units of the base currency per unit; editable)."""

    def __init__(self, save: SaveRate | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._rates: list[tuple[str, Decimal]] = []
        self._base = ""

    def set_rates(self, rates: dict[str, Decimal], base: str) -> None:
        self.beginResetModel()
        self._rates, self._base = sorted(rates.items()), base
        self.endResetModel()

    def currency(self, row: int) -> str:
        return self._rates[row][0]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rates)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Currency"), self.tr("Value of 1 unit in {base}").format(base=self._base))
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rates):
            return None
        currency, rate = self._rates[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return currency if index.column() == 0 else format_number(rate, Kind.NUMBER)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and self._save is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 1:
            return False
        if self._save is None or str(value) == self.data(index, role):
            return False
        return self._save(self._rates[index.row()][0], to_decimal(str(value)))


class ReasonsModel(QAbstractListModel):
    """The lost reasons in order; one edited in place saves the whole list."""

    def __init__(self, save: SaveReasons | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._reasons: list[str] = []

    def set_reasons(self, reasons: Sequence[str]) -> None:
        self.beginResetModel()
        self._reasons = list(reasons)
        self.endResetModel()

    def reasons(self) -> list[str]:
        return list(self._reasons)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reasons)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reasons):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return name_label(self._reasons[index.row()])
        if role == Qt.ItemDataRole.EditRole:
            return self._reasons[index.row()]
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._save else flags

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._save is None:
            return False
        reasons = list(self._reasons)
        if reasons[index.row()] == str(value):
            return False
        reasons[index.row()] = str(value)
        return self._save(reasons)


class CurrencyPanel(QWidget):
    """Base currency and rates (left), lost reasons (right)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        money = QGroupBox(self.tr("Currencies"), self)
        self.base_combo = _currency_combo(money)
        self.rates_model = RatesModel(self._save_rate, self)
        self.rates_view = QTableView(money)
        self.rates_view.setObjectName("currency_rates")
        self.rates_view.setModel(self.rates_model)
        self.rates_view.verticalHeader().hide()
        self.rates_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rate_currency_combo = _currency_combo(money)
        self.rate_edit = QLineEdit(money)
        self.rate_edit.setPlaceholderText(self.tr("Rate"))
        self.set_rate_button = QPushButton(self.tr("Set rate"), money)
        self.remove_rate_button = QPushButton(self.tr("Remove rate"), money)
        self.money_error = _error_label(money)
        form = QFormLayout()
        form.addRow(self.tr("Base currency"), self.base_combo)
        rate_row = QHBoxLayout()
        for widget in (self.rate_currency_combo, self.rate_edit, self.set_rate_button):
            rate_row.addWidget(widget)
        rate_row.addWidget(self.remove_rate_button)
        money_column = QVBoxLayout(money)
        money_column.addLayout(form)
        money_column.addWidget(self.rates_view, 1)
        money_column.addLayout(rate_row)
        money_column.addWidget(self.money_error)
        reasons = QGroupBox(self.tr("Lost reasons"), self)
        self.reasons_model = ReasonsModel(self._save_reasons, self)
        self.reasons_view = QListView(reasons)
        self.reasons_view.setObjectName("lost_reasons")
        self.reasons_view.setModel(self.reasons_model)
        self.reason_edit = QLineEdit(reasons)
        self.reason_edit.setPlaceholderText(self.tr("A new reason"))
        self.add_reason_button = QPushButton(self.tr("Add"), reasons)
        self.remove_reason_button = QPushButton(self.tr("Remove"), reasons)
        self.reasons_error = _error_label(reasons)
        reason_row = QHBoxLayout()
        for widget in (self.reason_edit, self.add_reason_button, self.remove_reason_button):
            reason_row.addWidget(widget, 1 if widget is self.reason_edit else 0)
        reasons_column = QVBoxLayout(reasons)
        reasons_column.addWidget(self.reasons_view, 1)
        reasons_column.addLayout(reason_row)
        reasons_column.addWidget(self.reasons_error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(money, 1)
        layout.addWidget(reasons, 1)

    def _connect_signals(self) -> None:
        self.base_combo.activated.connect(self._on_base_combo_chosen)
        line = self.base_combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._on_base_combo_chosen)
        self.set_rate_button.clicked.connect(self._on_set_rate_clicked)
        self.rate_edit.returnPressed.connect(self._on_set_rate_clicked)
        self.remove_rate_button.clicked.connect(self._on_remove_rate_clicked)
        self.add_reason_button.clicked.connect(self._on_add_reason_clicked)
        self.reason_edit.returnPressed.connect(self._on_add_reason_clicked)
        self.remove_reason_button.clicked.connect(self._on_remove_reason_clicked)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    def _on_ctx_changed(self, change: Change) -> None:
        if (
            change.touches("currency_rate")
            or change.touches("setting")
            or ("setting." in change.description)
        ):
            self.reload()

    def reload(self) -> None:
        pipelines = self.ctx.crm.pipelines
        base = pipelines.base_currency()
        if not self.base_combo.hasFocus():
            self.base_combo.setCurrentText(base)
        self.rates_model.set_rates(pipelines.rates(), base)
        self.rates_view.resizeColumnToContents(0)
        self.reasons_model.set_reasons(pipelines.lost_reasons())

    def _apply(self, action: Callable[[], Change], error: QLabel) -> bool:
        def failed(exc: CrmError) -> None:
            error.setText(deal_error_text(exc))
            error.show()

        change = self.ctx.apply(action, self, on_error=failed)
        if change is not None:
            error.hide()
        return change is not None

    def _on_base_combo_chosen(self) -> None:
        code = self.base_combo.currentText().strip()
        pipelines = self.ctx.crm.pipelines
        if code != pipelines.base_currency():
            self._apply(lambda: pipelines.set_base_currency(code), self.money_error)

    def _save_rate(self, currency: str, rate: Any) -> bool:
        pipelines = self.ctx.crm.pipelines
        return self._apply(lambda: pipelines.set_rate(currency, rate), self.money_error)

    def _on_set_rate_clicked(self) -> None:
        currency = self.rate_currency_combo.currentText().strip().upper()
        if self._save_rate(currency, to_decimal(self.rate_edit.text())):
            self.rate_edit.clear()

    def _on_remove_rate_clicked(self) -> None:
        rows = self.rates_view.selectionModel().selectedRows()
        if rows:
            self._save_rate(self.rates_model.currency(rows[0].row()), None)

    def _save_reasons(self, reasons: list[str]) -> bool:
        pipelines = self.ctx.crm.pipelines
        return self._apply(lambda: pipelines.set_lost_reasons(reasons), self.reasons_error)

    def _on_add_reason_clicked(self) -> None:
        text = self.reason_edit.text().strip()
        if text and self._save_reasons([*self.reasons_model.reasons(), text]):
            self.reason_edit.clear()

    def _on_remove_reason_clicked(self) -> None:
        index = self.reasons_view.currentIndex()
        if index.isValid():
            reasons = self.reasons_model.reasons()
            del reasons[index.row()]
            self._save_reasons(reasons)
