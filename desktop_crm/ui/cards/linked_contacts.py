"""The contacts of a company, with their role, as a small table on the company card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from desktop_crm.domain.records import LinkedContact
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.labels import field_label

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "company_role", "email", "phone")


class LinkedContactsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: tuple[LinkedContact, ...] = ()

    def set_contacts(self, contacts: tuple[LinkedContact, ...]) -> None:
        if contacts == self._contacts:
            return
        self.beginResetModel()
        self._contacts = contacts
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return field_label(COLUMNS[section])
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (contact.name, contact.role, contact.email, isolate(contact.phone or ""))
            return values[index.column()] or ""
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LinkedContactsView(QTableView):
    """Double-click (or Enter) on a row asks to open that contact: ``sig_open(contact id)``."""

    sig_open = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts_model = LinkedContactsModel(self)
        self.setModel(self.contacts_model)
        self.setObjectName("linked_contacts")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumHeight(140)
        self.activated.connect(self._on_self_activated)

    def _on_self_activated(self, index: QModelIndex) -> None:
        contact_id = index.siblingAtColumn(0).data(CONTACT_ID_ROLE)
        if contact_id:
            self.sig_open.emit(str(contact_id))

    def set_contacts(self, contacts: tuple[LinkedContact, ...]) -> None:
        self.contacts_model.set_contacts(contacts)
        self.resizeColumnsToContents()
