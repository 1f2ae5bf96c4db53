"""The contacts of a deal with their role: a table, "Add contact…" (a search picker) and Remove.

The picker searches with ``crm.finder.search`` as the user types and offers the contacts it
finds (not those already on the deal); Save links the chosen one with the role typed, as one
undoable step (``crm.deals.add_contact``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
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
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change, SearchHit
from desktop_crm.ui.cards.deal_text import deal_error_text, deal_field_label
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import field_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
DealContact = tuple[str, str, str | None]  # (contact id, name, role)
ROLES = (
    QT_TRANSLATE_NOOP("DealContacts", "Decision maker"),
    QT_TRANSLATE_NOOP("DealContacts", "Champion"),
    QT_TRANSLATE_NOOP("DealContacts", "Influencer"),
    QT_TRANSLATE_NOOP("DealContacts", "Economic buyer"),
    QT_TRANSLATE_NOOP("DealContacts", "Technical buyer"),
    QT_TRANSLATE_NOOP("DealContacts", "User"),
)


class DealContactsModel(QAbstractTableModel):
    """Columns: name, role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: tuple[DealContact, ...] = ()

    def set_contacts(self, contacts: Sequence[DealContact]) -> None:
        if tuple(contacts) == self._contacts:
            return
        self.beginResetModel()
        self._contacts = tuple(contacts)
        self.endResetModel()

    def contact_ids(self) -> list[str]:
        return [c[0] for c in self._contacts]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (field_label("name"), deal_field_label("role"))
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact_id, name, contact_role = self._contacts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (name, contact_role or "")[index.column()]
        if role == CONTACT_ID_ROLE:
            return contact_id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ContactHitsModel(QAbstractListModel):
    """Contacts found by the search: name, then company / email / phone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolate(hit.title)} · {isolate(hit.subtitle)}" if hit.subtitle else hit.title
        if role == CONTACT_ID_ROLE:
            return hit.id
        return None


class AddDealContactDialog(QDialog):
    """Search a contact, give the role, Save: links the contact to the deal."""

    def __init__(
        self,
        ctx: UiContext,
        deal_id: str,
        exclude: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.exclude = set(exclude)
        self.change: Change | None = None
        self._build_ui()
        self._connect_signals()
        self._update_save()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a contact to the deal"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, email, phone or company"))
        self.search_edit.setClearButtonEnabled(True)
        self.hits = ContactHitsModel(self)
        self.hits_view = QListView(self)
        self.hits_view.setModel(self.hits)
        self.hits_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItem("")
        for role in ROLES:
            self.role_combo.addItem(QCoreApplication.translate("DealContacts", role))
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.search_edit)
        form.addRow(self.hits_view)
        form.addRow(deal_field_label("role"), self.role_combo)
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
        self.resize(460, 420)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.hits_view.selectionModel().selectionChanged.connect(self._update_save)
        self.hits_view.doubleClicked.connect(self._on_buttons_accepted)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_search_edit_text_changed(self, text: str) -> None:
        found = self.ctx.crm.finder.search(text, 40).hits if text.strip() else ()
        hits = [h for h in found if h.record_type == "contact" and h.id not in self.exclude]
        self.hits.set_hits(hits)
        if hits:
            self.hits_view.setCurrentIndex(self.hits.index(0))
        self._update_save()

    def chosen(self) -> str | None:
        rows = self.hits_view.selectionModel().selectedRows()
        return self.hits.hit(rows[0].row()).id if rows else None

    def role(self) -> str | None:
        return self.role_combo.currentText().strip() or None

    def _update_save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.chosen() is not None)

    def _on_buttons_accepted(self) -> None:
        contact_id, role = self.chosen(), self.role()
        if contact_id is None:
            return
        deals = self.ctx.crm.deals
        self.change = self.ctx.apply(
            lambda: deals.add_contact(self.deal_id, contact_id, role),
            self,
            on_error=self._on_add_failed,
        )
        if self.change is not None:
            self.accept()

    def _on_add_failed(self, exc: CrmError) -> None:
        self.error_label.setText(deal_error_text(exc))
        self.error_label.show()


class DealContactsPanel(QWidget):
    """The deal's contacts; double-click opens one: ``sig_open(contact id)``."""

    sig_open = Signal(str)

    def __init__(self, ctx: UiContext, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.add_dialog: AddDealContactDialog | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = DealContactsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("deal_contacts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add contact…"), self)
        self.remove_button = QPushButton(self.tr("Remove contact"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_contacts(self, contacts: Sequence[DealContact], editable: bool) -> None:
        self.model.set_contacts(contacts)
        self.add_button.setEnabled(editable)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(CONTACT_ID_ROLE)) if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.add_button.isEnabled() and self.selected() is not None)

    def open_add_dialog(self) -> AddDealContactDialog:
        """Open the contact picker (window-modal, not blocking)."""
        dialog = AddDealContactDialog(self.ctx, self.deal_id, self.model.contact_ids(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_remove_clicked(self) -> None:
        contact_id = self.selected()
        if contact_id is None:
            return
        deals = self.ctx.crm.deals
        change = self.ctx.apply(
            lambda: deals.remove_contact(self.deal_id, contact_id),
            self,
            on_error=self._on_remove_failed,
        )
        if change is not None:
            self.error_label.hide()

    def _on_remove_failed(self, exc: CrmError) -> None:
        self.error_label.setText(deal_error_text(exc))
        self.error_label.show()

    def _on_view_activated(self, index: QModelIndex) -> None:
        contact_id = index.siblingAtColumn(0).data(CONTACT_ID_ROLE)
        if contact_id:
            self.sig_open.emit(str(contact_id))
