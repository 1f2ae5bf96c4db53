"""The contacts list and the companies list: filters, sortable columns, a column chooser.

One ``RecordTableModel`` feeds a ``QTableView``; filters and sort orders become a ``ListQuery``
that the list service runs in SQL, so the view stays instant with a million contacts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
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
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change, ListQuery
from desktop_crm.ui.contacts.columns import COLUMNS_BY_TYPE
from desktop_crm.ui.contacts.table_model import RECORD_ID_ROLE, RecordTableModel
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import field_label, name_label
from desktop_crm.ui.messages import error_text

SETTINGS = ("desktop_crm", "desktop_crm")
_WATCHED = {"contact": ("contact", "company", "user"), "company": ("company", "contact", "user")}
# field -> label of the fields a new record is asked for
_NEW_FIELDS = {
    "contact": (
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("emails", "email"),
        ("phones", "phone"),
    ),
    "company": (("name", "name"),),
}


class FilterCombo(QComboBox):
    """A filter with an "All …" first entry; says when its list is about to open."""

    sig_popup_requested = Signal()

    def __init__(self, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        # as wide as its longest entry ("All owners" is longer in Russian or Thai)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(10)

    def refill(self, all_text: str, items: list[tuple[str, str]]) -> bool:
        """Replace the entries, keeping the choice; False when the chosen entry is gone."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(all_text, None)
        for text, value in items:
            self.addItem(text, value)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        return found >= 0

    @override
    def showPopup(self) -> None:
        self.sig_popup_requested.emit()
        super().showPopup()


class RecordTable(QTableView):
    """The list's table. Typing does not jump to a matching row: Qt's type-ahead would read
    row after row of a million-row list looking for it."""

    @override
    def keyboardSearch(self, search: str) -> None:
        return


class NewRecordDialog(QDialog):
    """Asks for the few fields a new record needs; stays open, saying why, when refused."""

    def __init__(
        self,
        record_type: str,
        submit: Callable[[dict[str, str]], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.edits: dict[str, QLineEdit] = {}
        self._build_ui(record_type)
        self._connect_signals()

    def _build_ui(self, record_type: str) -> None:
        is_contact = record_type == "contact"
        self.setWindowTitle(self.tr("New contact") if is_contact else self.tr("New company"))
        form = QFormLayout()
        for name, label in _NEW_FIELDS[record_type]:
            edit = QLineEdit(self)
            self.edits[name] = edit
            form.addRow(field_label(label), edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, str]:
        return {name: e.text().strip() for name, e in self.edits.items() if e.text().strip()}

    @override
    def accept(self) -> None:
        problem = self._submit(self.values())
        if problem is None:
            super().accept()
            return
        self.error_label.setText(problem)
        self.error_label.show()


class RecordListView(QWidget):
    """The list of ``record_type`` ("contact" or "company") records."""

    def __init__(self, ctx: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        crm = ctx.crm
        is_contact = record_type == "contact"
        self._service = crm.contacts if is_contact else crm.companies
        lister = crm.contact_list if is_contact else crm.company_list
        self.model = RecordTableModel(lister, COLUMNS_BY_TYPE[record_type], self)
        self.model.watch(ctx, _WATCHED[record_type])
        self.new_dialog: NewRecordDialog | None = None
        self.column_actions: dict[str, QAction] = {}
        self._shown_query = self.model.query
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._build_ui()
        self._connect_signals()
        self.fill_filters()
        self._restore_header()
        self._on_model_reset()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.owner_combo = FilterCombo(self.tr("Owner"), self)
        self.stage_combo = FilterCombo(self.tr("Lifecycle stage"), self)
        self.stage_combo.setVisible(self.record_type == "contact")
        self.tag_combo = FilterCombo(self.tr("Tag"), self)
        self.source_combo = FilterCombo(self.tr("Source"), self)
        self.count_label = QLabel(self)
        is_contact = self.record_type == "contact"
        self.new_button = QPushButton(
            self.tr("New contact…") if is_contact else self.tr("New company…"), self
        )
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr(
                "Export the list as it is filtered (or the selected rows) to CSV, Excel or vCard"
            )
        )
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"), self)
        self.duplicates_dialog: QWidget | None = None
        self.columns_menu = QMenu(self)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setMenu(self.columns_menu)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for number, column in enumerate(self.model.columns):
            action = self.columns_menu.addAction(column.title())
            action.setCheckable(True)
            action.setData(number)
            self.column_actions[column.key] = action

        top = QHBoxLayout()
        for widget in (self.owner_combo, self.stage_combo, self.tag_combo, self.source_combo):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_table(), 1)

    def _build_table(self) -> RecordTable:
        table = self.table = RecordTable(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = self.header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
            header.setSectionHidden(number, not column.visible)
        header.setSortIndicator(self.model.column_of("name"), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        self.delete_action = QAction(self.tr("Delete"), table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(self.delete_action)
        return table

    def _connect_signals(self) -> None:
        for combo in (self.owner_combo, self.stage_combo, self.tag_combo, self.source_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.source_combo.sig_popup_requested.connect(self._on_source_popup_requested)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.duplicates_button.clicked.connect(self._on_duplicates_clicked)
        self.delete_action.triggered.connect(self._on_delete_clicked)
        self.columns_menu.aboutToShow.connect(self._sync_column_actions)
        self.columns_menu.triggered.connect(self._on_columns_menu_triggered)
        self.header.customContextMenuRequested.connect(self._on_header_context_menu)
        self.header.sectionResized.connect(self._save_timer.start)
        self.header.sectionMoved.connect(self._save_timer.start)
        self.header.sortIndicatorChanged.connect(self._save_timer.start)
        self._save_timer.timeout.connect(self.save_header)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._on_model_reset)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    # ----- filters -----------------------------------------------------------------------
    def fill_filters(self) -> None:
        """(Re)load the filter choices, keeping what is chosen where it still exists."""
        catalog = self.ctx.crm.catalog
        kept = self.owner_combo.refill(
            self.tr("All owners"), [(u.name, u.id) for u in catalog.users()]
        )
        kept &= self.tag_combo.refill(self.tr("All tags"), [(t.name, t.id) for t in catalog.tags()])
        if self.record_type == "contact":
            stages = [(name_label(s), s) for s in catalog.lifecycle_stages()]
            kept &= self.stage_combo.refill(self.tr("All stages"), stages)
        if not (self._fill_sources() and kept):
            self._on_filter_changed()

    def _fill_sources(self) -> bool:
        sources = [(name_label(s), s) for s in self.ctx.crm.catalog.sources()]
        return self.source_combo.refill(self.tr("All sources"), sources)

    def _on_source_popup_requested(self) -> None:
        if not self._fill_sources():
            self._on_filter_changed()

    def query(self) -> ListQuery:
        return replace(
            self.model.query,
            owner_id=self.owner_combo.currentData(),
            lifecycle_stage=self.stage_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            source=self.source_combo.currentData(),
        )

    def _on_filter_changed(self) -> None:
        self.model.set_query(self.query())

    # ----- records -----------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for rid in (self.model.record_id(row) for row in rows) if rid]

    def _on_table_activated(self, index: QModelIndex) -> None:
        record_id = index.data(RECORD_ID_ROLE)
        if record_id:
            self.ctx.open_record(self.record_type, str(record_id))

    def _on_delete_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.apply(lambda: self._service.delete(ids), self)

    def visible_column_keys(self) -> list[str]:
        """The shown columns' keys in the order the user arranged them."""
        order = sorted(range(self.header.count()), key=self.header.visualIndex)
        return [self.model.columns[n].key for n in order if not self.header.isSectionHidden(n)]

    def _on_export_clicked(self) -> None:
        from desktop_crm.ui.exporting.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(
            self.ctx,
            self.record_type,
            query=self.query(),
            ids=self.selected_ids() or None,
            columns=self.visible_column_keys(),
            parent=self,
        )
        self.export_dialog.open()

    def _on_duplicates_clicked(self) -> None:
        from desktop_crm.ui.duplicates.dialog import DuplicatesDialog

        if not isinstance(self.duplicates_dialog, DuplicatesDialog):
            self.duplicates_dialog = DuplicatesDialog(self.ctx, self.record_type, self)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.page.start_search()

    def _on_new_clicked(self) -> None:
        if self.new_dialog is not None:
            self.new_dialog.deleteLater()
        self.new_dialog = NewRecordDialog(self.record_type, self._create, self)
        self.new_dialog.open()

    def _create(self, values: dict[str, str]) -> str | None:
        """Create from the dialog's values and open the new record; the refusal as text."""
        problems: list[str] = []

        def refused(exc: CrmError) -> None:
            problems.append(error_text(exc))

        change = self.ctx.apply(lambda: self._service.create(values), self, on_error=refused)
        if change is None:
            return problems[0] if problems else ""
        if change.created_id:
            self.ctx.open_record(self.record_type, change.created_id)
        return None

    def _on_ctx_changed(self, change: Change) -> None:
        if any(change.touches(kind) for kind in ("tag", "user", "lifecycle_stage")):
            self.fill_filters()

    def _on_model_reset(self) -> None:
        if self.model.query != self._shown_query:  # a new order or filter starts at the top
            self._shown_query = self.model.query
            self.table.scrollToTop()
        count = self.model.rowCount()
        if self.record_type == "contact":
            text = self.tr("1 contact") if count == 1 else self.tr("%Ln contacts", "", count)
        else:
            text = self.tr("1 company") if count == 1 else self.tr("%Ln companies", "", count)
        self.count_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.table.selectionModel().hasSelection()
        self.delete_button.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    # ----- columns -----------------------------------------------------------------------
    def _sync_column_actions(self) -> None:
        shown = [n for n in range(self.header.count()) if not self.header.isSectionHidden(n)]
        for action in self.column_actions.values():
            number = int(action.data())
            action.setChecked(number in shown)
            action.setEnabled(shown != [number])  # the last visible column stays

    def _on_columns_menu_triggered(self, action: QAction) -> None:
        number = int(action.data())
        self.header.setSectionHidden(number, not action.isChecked())
        if action.isChecked() and self.header.sectionSize(number) == 0:
            self.header.resizeSection(number, self.model.columns[number].width)
        self._sync_column_actions()
        self.save_header()

    def _on_header_context_menu(self, pos: QPoint) -> None:
        self.columns_menu.popup(self.header.mapToGlobal(pos))

    def _column_keys(self) -> str:
        return ",".join(column.key for column in self.model.columns)

    def _restore_header(self) -> None:
        """Restore the saved header unless it was saved for other columns (another version)."""
        settings = QSettings(*SETTINGS)
        group = f"{self.record_type}_list"
        state: Any = settings.value(f"{group}/header")
        same_columns = settings.value(f"{group}/columns") == self._column_keys()
        if same_columns and isinstance(state, QByteArray | bytes):
            self.header.restoreState(QByteArray(state))
        if all(self.header.isSectionHidden(n) for n in range(self.header.count())):
            self.header.setSectionHidden(self.model.column_of("name"), False)
        self._save_timer.stop()

    def save_header(self) -> None:
        """Remember column order, widths, visibility and sort order."""
        self._save_timer.stop()
        settings = QSettings(*SETTINGS)
        group = f"{self.record_type}_list"
        settings.setValue(f"{group}/header", self.header.saveState())
        settings.setValue(f"{group}/columns", self._column_keys())

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.set_live(True)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self.save_header()
        self.model.set_live(False)
        super().hideEvent(event)
