"""The "Recently deleted" dialog: deleted contacts and companies, restored in one click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Change, DeletedRecord
from desktop_crm.ui.cards.formatting import format_datetime
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import record_type_label
from desktop_crm.ui.rows_model import ITEM_ROLE, RowsModel

RECORD_ROLE = ITEM_ROLE
_Index = QModelIndex | QPersistentModelIndex


class DeletedModel(RowsModel):
    """Columns: type, name, deleted when."""

    def set_records(self, records: list[DeletedRecord]) -> None:
        self.set_rows(records)

    def record(self, row: int) -> DeletedRecord:
        return self.row_item(row)

    @override
    def titles(self) -> tuple[str, ...]:
        return (self.tr("Type"), self.tr("Name"), self.tr("Deleted"))

    @override
    def cell(self, item: DeletedRecord, column: int) -> Any:
        if column == 0:
            return record_type_label(item.record_type)
        if column == 1:
            return item.title or self.tr("(no name)")
        return format_datetime(item.deleted_at)


class DeletedDialog(QDialog):
    """Select deleted records, then Restore (one change per record type) or Open one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Recently deleted"))
        self.model = DeletedModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nothing was deleted recently."), self)
        self.empty_label.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.restore_button, role)
        self.buttons.addButton(self.open_button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted contacts and companies can be restored."), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._on_open_clicked)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    def reload(self) -> None:
        self.model.set_records(self.ctx.crm.finder.recently_deleted())
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(2)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected(self) -> list[DeletedRecord]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len(chosen) == 1)

    def _on_ctx_changed(self, change: Change) -> None:
        if change.touches("contact") or change.touches("company"):
            self.reload()

    def _on_restore_clicked(self) -> None:
        chosen = self.selected()
        for record_type in ("contact", "company"):
            ids = [r.id for r in chosen if r.record_type == record_type]
            if not ids:
                continue
            self._restore(record_type, ids)

    def _restore(self, record_type: str, ids: list[str]) -> None:
        service = self.ctx.crm.contacts if record_type == "contact" else self.ctx.crm.companies
        self.ctx.apply(lambda: service.restore(ids), self)

    def _on_open_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.ctx.open_record(chosen[0].record_type, chosen[0].id)
            self.accept()
