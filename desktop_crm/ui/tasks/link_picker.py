"""Linking a task to a contact, company or deal: search as you type (the global search), the
linked name shown, clearing allowed; a deal is chosen among the linked record's deals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.ui.context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_LIMIT = 20


class RecordPicker(QLineEdit):
    """A contact or company: type part of a name, pick from the suggestions.

    ``value()`` is the linked id (None when cleared); text typed but not picked raises
    ValidationError on ``<record_type>_id``, unless exactly one record matches it."""

    sig_picked = Signal(object)  # id or None

    def __init__(self, ui: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.record_type = record_type
        self.field = f"{record_type}_id"
        self.record_id: str | None = None
        self.record_name = ""
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setClearButtonEnabled(True)
        if self.record_type == "contact":
            self.setPlaceholderText(self.tr("Search contacts…"))
        else:
            self.setPlaceholderText(self.tr("Search companies…"))
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._on_text_edited)
        activated = self.completer_.activated[QModelIndex]  # type: ignore[index]
        activated.connect(self._on_completer_activated)

    # ----- values ------------------------------------------------------------------------
    def set_value(self, record_id: str | None, name: str | None = None) -> None:
        self.record_id = record_id
        self.record_name = name or ""
        self.setText(self.record_name)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        if self.record_id is not None and text == self.record_name:
            return self.record_id
        hits = self.search(text)
        if len(hits) == 1:
            return hits[0][0]
        if self.record_type == "contact":
            message = self.tr("Choose a contact from the suggestions.")
        else:
            message = self.tr("Choose a company from the suggestions.")
        raise ValidationError(self.field, message, code="pick", value=text)

    def search(self, text: str) -> list[tuple[str, str, str]]:
        """(id, name, detail) of the records of this type matching ``text``."""
        try:
            result = self.ui.crm.finder.search(text, SEARCH_LIMIT)
        except CrmError:
            return []
        return [
            (h.id, h.title, h.subtitle) for h in result.hits if h.record_type == self.record_type
        ]

    def pick(self, record_id: str, name: str) -> None:
        self.set_value(record_id, name)
        self.sig_picked.emit(record_id)

    # ----- handlers ----------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        if not text.strip():
            if self.record_id is not None:
                self.record_id, self.record_name = None, ""
                self.sig_picked.emit(None)
            self.suggestions.clear()
            return
        self.suggestions.clear()
        for record_id, name, detail in self.search(text):
            item = QStandardItem(f"{name} — {detail}" if detail else name)
            item.setData(record_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer_.complete()
        elif (popup := self.completer_.popup()) is not None:
            popup.hide()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        record_id, name = index.data(ID_ROLE), index.data(NAME_ROLE)
        if record_id:
            self.pick(str(record_id), str(name))


class DealPicker(QComboBox):
    """No deal, the linked deal, or one of the deals of the linked contact or company."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.field = "deal_id"
        self._current: tuple[str, str] | None = None
        self.refill(None, None)

    def set_value(self, deal_id: str | None, title: str | None = None) -> None:
        self._current = (deal_id, title or "") if deal_id else None
        self._select(deal_id)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def refill(self, contact_id: str | None, company_id: str | None) -> None:
        """The deals of the linked contact and company (keeping the chosen one)."""
        chosen = self.value() if self.count() else (self._current[0] if self._current else None)
        deals: dict[str, str] = {}
        if self._current:
            deals[self._current[0]] = self._current[1]
        for record_type, record_id in (("contact", contact_id), ("company", company_id)):
            if record_id:
                try:
                    cards = self.ui.crm.deals.for_record(record_type, record_id)
                except CrmError:
                    cards = []
                deals.update({c.id: c.title for c in cards})
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(no deal)"), None)
        for deal_id, title in deals.items():
            self.addItem(title or self.tr("(no title)"), deal_id)
        self.blockSignals(False)
        self._select(chosen)

    def _select(self, deal_id: str | None) -> None:
        index = self.findData(deal_id) if deal_id else 0
        if index < 0 and deal_id and self._current:
            self.addItem(self._current[1], deal_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
