"""Settings → Custom fields: the custom fields of contacts and of companies; add and remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change, CustomFieldDef
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import choice_text
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.rows_model import ITEM_ROLE, RowsModel

FIELD_ROLE = ITEM_ROLE
_Index = QModelIndex | QPersistentModelIndex
_CHOICE_TYPES = {CustomFieldType.CHOICE.value, CustomFieldType.MULTI_CHOICE.value}
RECORD_TYPES: tuple[tuple[str, Any], ...] = (  # (record type, NOOP label)
    ("contact", QT_TRANSLATE_NOOP("CustomFields", "Contacts")),
    ("company", QT_TRANSLATE_NOOP("CustomFields", "Companies")),
    ("deal", QT_TRANSLATE_NOOP("CustomFields", "Deals")),
)


class CustomFieldsModel(RowsModel):
    """Columns: label, type, options."""

    def set_fields(self, fields: list[CustomFieldDef]) -> None:
        self.set_rows(fields)

    def field(self, row: int) -> CustomFieldDef:
        return self.row_item(row)

    @override
    def titles(self) -> tuple[str, ...]:
        return (self.tr("Label"), self.tr("Type"), self.tr("Options"))

    @override
    def cell(self, item: CustomFieldDef, column: int) -> Any:
        return (item.label, choice_text(item.field_type), ", ".join(item.options))[column]


class AddCustomFieldDialog(QDialog):
    """Label, type and (for choice types) one option per line."""

    def __init__(self, ctx: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.change: Change | None = None
        self._build_ui()
        self._connect_signals()
        self._on_type_combo_changed()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New custom field"))
        self.label_edit = QLineEdit(self)
        self.label_edit.setMaxLength(100)
        self.type_combo = QComboBox(self)
        for field_type in CustomFieldType:
            self.type_combo.addItem(choice_text(field_type.value), field_type.value)
        self.options_edit = QPlainTextEdit(self)
        self.options_edit.setPlaceholderText(self.tr("One option per line"))
        self.options_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Options"), self.options_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_type_combo_changed(self) -> None:
        self.options_edit.setEnabled(self.type_combo.currentData() in _CHOICE_TYPES)

    def _on_buttons_accepted(self) -> None:
        label = self.label_edit.text()
        field_type = str(self.type_combo.currentData())
        options: tuple[str, ...] = ()
        if field_type in _CHOICE_TYPES:
            options = tuple(self.options_edit.toPlainText().splitlines())
        catalog = self.ctx.crm.catalog
        self.change = self.ctx.apply(
            lambda: catalog.add_custom_field(self.record_type, label, field_type, options),
            self,
            on_error=self._on_add_failed,
        )
        if self.change is not None:
            self.accept()

    def _on_add_failed(self, exc: CrmError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()


class CustomFieldsPanel(QWidget):
    """Pick contacts or companies, see their custom fields, add or remove one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.add_dialog: AddCustomFieldDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.type_combo = QComboBox(self)
        for record_type, label in RECORD_TYPES:
            self.type_combo.addItem(
                QCoreApplication.translate("CustomFields", str(label)), record_type
            )
        self.model = CustomFieldsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add field…"), self)
        self.remove_button = QPushButton(self.tr("Remove field"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Custom fields of"), self))
        top.addWidget(self.type_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Custom fields appear on every card of that type. Removing a field hides it; "
                "the values stay and come back with Undo."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def _connect_signals(self) -> None:
        self.type_combo.currentIndexChanged.connect(self.reload)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    def record_type(self) -> str:
        return str(self.type_combo.currentData())

    def set_record_type(self, record_type: str) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(record_type))

    def reload(self) -> None:
        self.model.set_fields(self.ctx.crm.catalog.custom_fields(self.record_type()))
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self._update_buttons()

    def selected(self) -> CustomFieldDef | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.field(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def open_add_dialog(self) -> AddCustomFieldDialog:
        """Open the "new custom field" dialog (window-modal, not blocking)."""
        dialog = AddCustomFieldDialog(self.ctx, self.record_type(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_remove_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            catalog = self.ctx.crm.catalog
            self.ctx.apply(lambda: catalog.remove_custom_field(chosen.id), self)

    def _on_ctx_changed(self, change: Change) -> None:
        if change.touches("custom_field"):
            self.reload()
