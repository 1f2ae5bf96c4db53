"""Editors that pick from a list (owner, lifecycle stage, company, source…) and ``make_editor``,
which chooses the editor for a field: by its name for the fields with a list of their own, else
by its kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.domain.enums import DEFAULT_SOURCES
from desktop_crm.domain.fields import FieldSpec, Kind
from desktop_crm.ui.cards.editors import (
    CheckFieldEditor,
    DateFieldEditor,
    FieldEditor,
    LineFieldEditor,
    LongTextEditor,
    MultiChoiceEditor,
)
from desktop_crm.ui.cards.formatting import EMPTY, choice_text, is_custom
from desktop_crm.ui.labels import name_label

Items = list[tuple[str, Any]]  # (text shown, value stored)

# Languages by their own name: the same text in every user's language.
LANGUAGES = ("English", "فارسی", "Italiano", "Русский", "ไทย", "Deutsch", "Français", "Español")
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "IRR", "RUB", "THB", "AED", "TRY", "CNY", "JPY")


class ComboFieldEditor(FieldEditor):
    """One of a fixed list, or nothing ("—"); saved as soon as another item is picked."""

    def __init__(
        self, spec: FieldSpec, items: Sequence[tuple[str, Any]], parent: QWidget | None = None
    ) -> None:
        self._items: Items = list(items)
        super().__init__(spec, parent)

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        layout.addWidget(self.combo)
        self._fill()

    def _connect_signals(self) -> None:
        self.combo.currentIndexChanged.connect(self._on_combo_index_changed)

    def set_options(self, items: Sequence[tuple[str, Any]]) -> None:
        if list(items) != self._items:
            self._items = list(items)
            self._fill()
            self._show(self._shown)

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(EMPTY, None)
            for text, value in self._items:
                self.combo.addItem(text, value)

    def _index_of(self, value: Any) -> int:
        return next((i for i in range(self.combo.count()) if self.combo.itemData(i) == value), -1)

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            index = self._index_of(value)
            if index < 0:
                self.combo.addItem(str(value), value)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)

    @override
    def is_dirty(self) -> bool:
        return bool(self.combo.currentData() != self._shown)

    def _on_combo_index_changed(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value != self._shown:
            self.sig_committed.emit(value)


class EditableComboEditor(FieldEditor):
    """A list to pick from or free text (source, language, currency); Enter or focus out saves."""

    def __init__(
        self, spec: FieldSpec, items: Sequence[tuple[str, Any]], parent: QWidget | None = None
    ) -> None:
        self._items: Items = list(items)
        super().__init__(spec, parent)

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo has one
        self._line: QLineEdit = line
        line.installEventFilter(self)
        layout.addWidget(self.combo)
        self._fill()
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _connect_signals(self) -> None:
        self._line.editingFinished.connect(self._on_line_edit_finished)
        self.combo.activated.connect(self._on_combo_activated)

    @property
    def line_edit(self) -> QLineEdit:
        return self._line

    def set_options(self, items: Sequence[tuple[str, Any]]) -> None:
        if list(items) != self._items and not self.is_dirty():
            self._items = list(items)
            self._fill()
            self._show(self._shown)

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for text, value in self._items:
                self.combo.addItem(text, value)

    def to_text(self, value: Any) -> str:
        if value is None:
            return ""
        return next((text for text, v in self._items if v == value), str(value))

    def from_text(self, text: str) -> Any:
        wanted = text.strip().casefold()
        for label, value in self._items:
            if label.casefold() == wanted or str(value).casefold() == wanted:
                return value
        return text.strip()

    @override
    def is_dirty(self) -> bool:
        return self.combo.currentText() != self.to_text(self._shown)

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            index = next((i for i, (_t, v) in enumerate(self._items) if v == value), -1)
            self.combo.setCurrentIndex(index)
            self.combo.setEditText(self.to_text(value))

    @override
    def set_editable(self, editable: bool) -> None:
        self.combo.setEnabled(editable)

    def _on_combo_activated(self, _index: int) -> None:
        self._on_line_edit_finished()

    def _on_line_edit_finished(self) -> None:
        if not self.is_dirty():
            self.clear_error()
            return
        value = self.from_text(self.combo.currentText())
        if value == self._shown:
            self.set_value(self._shown)
            return
        self.sig_committed.emit(value)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and (self.is_dirty() or self.error_text())
        ):
            self.revert()
            return True
        return super().eventFilter(watched, event)


class CompanyEditor(EditableComboEditor):
    """The contact's company, typed with completion over the companies' names."""

    def __init__(
        self,
        spec: FieldSpec,
        lookup: Callable[[str], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        self._lookup = lookup
        self._known: dict[str, str] = {}
        super().__init__(spec, [], parent)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(self._completer)
        self._line.textEdited.connect(self._on_line_edit_text_edited)
        self._line.setPlaceholderText(self.tr("Type a company name"))
        self._offer(self._lookup(""))

    def remember(self, company_id: str, name: str) -> None:
        self._known[company_id] = name

    def _offer(self, found: list[tuple[str, str]]) -> None:
        self._known.update(found)
        names = list(dict.fromkeys(name for _id, name in found))
        self._names.setStringList(names)
        items = [(name, company_id) for company_id, name in found]
        if items != self._items and not self.is_dirty():
            self._items = items
            self._fill()
            self._show(self._shown)

    def _on_line_edit_text_edited(self, text: str) -> None:
        found = self._lookup(text)
        self._known.update(found)
        self._names.setStringList(list(dict.fromkeys(name for _id, name in found)))

    @override
    def to_text(self, value: Any) -> str:
        return self._known.get(value, "") if value else ""

    @override
    def from_text(self, text: str) -> Any:
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for company_id, name in [*self._known.items(), *self._lookup(text.strip())]:
            if name.casefold() == wanted:
                return company_id
        return _NoSuchCompany(text.strip())

    @override
    def _on_line_edit_finished(self) -> None:
        if self.is_dirty() and isinstance(self.from_text(self.combo.currentText()), _NoSuchCompany):
            self.show_error(
                self.tr("No company is named “{name}”. Pick one from the list.").format(
                    name=self.combo.currentText().strip()
                )
            )
            return
        super()._on_line_edit_finished()


@dataclass(frozen=True)
class _NoSuchCompany:
    name: str


@dataclass
class EditorChoices:
    """The lists that editors offer, read from the catalog when the card loads."""

    users: list[tuple[str, str]] = field(default_factory=list)  # (name, id)
    stages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    companies: Callable[[str], list[tuple[str, str]]] = lambda _text: []


def option_items(spec: FieldSpec, choices: EditorChoices) -> Items | None:
    """The items of a list editor for ``spec`` (None when the field has no list)."""
    name = spec.name
    if name == "owner_id":
        return [(name_label(label), user_id) for label, user_id in choices.users]
    if name == "lifecycle_stage":
        return [(name_label(s), s) for s in choices.stages]
    if name == "source":
        return [(name_label(s), s) for s in dict.fromkeys([*DEFAULT_SOURCES, *choices.sources])]
    if name == "language":
        return [(lang, lang) for lang in LANGUAGES]
    if name == "currency":
        return [(code, code) for code in CURRENCIES]
    if spec.kind is Kind.CHOICE:
        custom = is_custom(spec)
        return [(option if custom else choice_text(option), option) for option in spec.choices]
    return None


def make_editor(
    spec: FieldSpec, choices: EditorChoices, parent: QWidget | None = None
) -> FieldEditor:
    items = option_items(spec, choices)
    if spec.name == "company_id":
        return CompanyEditor(spec, choices.companies, parent)
    if spec.name in ("source", "language", "currency"):
        return EditableComboEditor(spec, items or [], parent)
    if items is not None:
        return ComboFieldEditor(spec, items, parent)
    editors: dict[Kind, type[FieldEditor]] = {
        Kind.BOOL: CheckFieldEditor,
        Kind.DATE: DateFieldEditor,
        Kind.LONG_TEXT: LongTextEditor,
        Kind.MULTI_CHOICE: MultiChoiceEditor,
    }
    return editors.get(spec.kind, LineFieldEditor)(spec, parent)
