"""Drill-down: the records behind a dashboard number, listed and opened with a double-click.

The list is a table model over the ids of the ``Drill``; rows are read a page at a time as the
view scrolls (``canFetchMore`` / ``fetchMore``), so the 40,000 deals behind "open pipeline"
cost no more to show than the first screenful. A deal or contact opens in its card
(``ui.open_record``), a task in the task editor, an activity in the record it was logged on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
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

from desktop_crm.domain.reports import Drill
from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reports.dashboard_rows import DrillRow, column_titles, fetcher_for

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100


class DrillModel(QAbstractTableModel):
    """The rows of a ``Drill``, fetched a page at a time."""

    def __init__(
        self, crm: Crm, drill: Drill, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._crm = crm
        self._drill = drill
        self._fetch = fetcher_for(drill.record_type)
        self._titles = column_titles(drill.record_type)
        self._page_size = page_size
        self._next = 0  # index in drill.ids of the next id to read
        self._rows: list[DrillRow] = []

    @property
    def drill(self) -> Drill:
        return self._drill

    def row_item(self, row: int) -> DrillRow:
        return self._rows[row]

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @override
    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._next < len(self._drill.ids)

    @override
    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        page = self._drill.ids[self._next : self._next + self._page_size]
        self._next += len(page)
        rows = self._fetch(self._crm, page)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = item.cells
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == ROW_ROLE:
            return item
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DrillDialog(QDialog):
    """A non-modal list of the records behind one tile."""

    def __init__(
        self, ui: UiContext, title: str, drill: Drill, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = DrillModel(ui.crm, drill, self)
        self.model.fetchMore(QModelIndex())  # the first page now; the rest as the view scrolls
        self._build_ui(title, len(drill.ids))
        self._connect_signals()

    def _build_ui(self, title: str, count: int) -> None:
        self.setWindowTitle(title)
        text = self.tr("1 record") if count == 1 else self.tr("%Ln records", None, count)
        self.heading = QLabel(text, self)
        self.heading.setObjectName("drill_heading")
        self.view = QTableView(self)
        self.view.setObjectName("drill_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(150)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 440)

    def _connect_signals(self) -> None:
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_args: self.open_button.setEnabled(self.selected_row() is not None)
        )
        self.open_button.clicked.connect(self.open_selected)
        self.buttons.rejected.connect(self.close)

    def selected_row(self) -> DrillRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_item(rows[0].row()) if rows else None

    def rows(self) -> Sequence[DrillRow]:
        return [self.model.row_item(r) for r in range(self.model.rowCount())]

    def open_row(self, row: DrillRow) -> None:
        if row.open_type == "task":
            from desktop_crm.ui.tasks.task_dialog import open_task_dialog

            open_task_dialog(self.ui, task_id=row.open_id, parent=self.parentWidget() or self)
            return
        if row.open_type in ("deal", "contact", "company"):
            self.ui.open_record(row.open_type, row.open_id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.model.row_item(index.row()))


__all__ = ["PAGE_SIZE", "ROW_ROLE", "DrillDialog", "DrillModel"]
