"""The fields of a deal card: the stage picker and one in-place editor per deal field (the value
and its currency side by side), then the custom fields of deals.

``DealFields`` only shows values and reports edits (``sig_committed(name, value)``); the card
saves them and hands refusals back with ``show_error``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE, FieldSpec, custom_spec
from desktop_crm.domain.records import CustomFieldDef, DealDetail
from desktop_crm.ui.cards.choice_editors import (
    ComboFieldEditor,
    CompanyEditor,
    EditableComboEditor,
    EditorChoices,
    make_editor,
    option_items,
)
from desktop_crm.ui.cards.deal_stage import StageField
from desktop_crm.ui.cards.deal_text import deal_field_label
from desktop_crm.ui.cards.editors import FieldEditor, LineFieldEditor
from desktop_crm.ui.cards.formatting import format_number

EDITABLE = (
    "title",
    "value",
    "currency",
    "probability",
    "expected_close",
    "owner_id",
    "company_id",
    "source",
    "notes",
)


class DealFields(QWidget):
    sig_committed = Signal(str, object)  # field name, value

    def __init__(self, choices: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.editors: dict[str, FieldEditor] = {}
        self.custom_defs: list[CustomFieldDef] = []
        self.custom_specs: dict[str, FieldSpec] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        details = QGroupBox(self.tr("Details"), self)
        self.form = QFormLayout(details)
        self.stage_field = StageField(details)
        self.form.addRow(deal_field_label("stage_id"), self.stage_field)
        specs = FIELDS_BY_TYPE["deal"]
        for name in EDITABLE:
            if name == "value":
                self.form.addRow(deal_field_label("value"), self._value_pair(specs, details))
            elif name != "currency":
                editor = self._make(specs[name], details)
                self.form.addRow(deal_field_label(name), editor)
        self.custom_box = QGroupBox(self.tr("Custom fields"), self)
        custom_column = QVBoxLayout(self.custom_box)
        self.custom_hint = QLabel(self.tr("No custom fields yet. Add them in Settings."))
        self.custom_hint.setEnabled(False)
        self.custom_form = QFormLayout()
        custom_column.addWidget(self.custom_hint)
        custom_column.addLayout(self.custom_form)
        column.addWidget(details)
        column.addWidget(self.custom_box)

    def _value_pair(self, specs: dict[str, FieldSpec], parent: QWidget) -> QWidget:
        pair = QWidget(parent)
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._make(specs["value"], pair), 3)
        currency = self._make(specs["currency"], pair)
        currency.setAccessibleName(deal_field_label("currency"))
        currency.setToolTip(deal_field_label("currency"))
        line.addWidget(currency, 1)
        return pair

    def _make(self, spec: FieldSpec, parent: QWidget) -> FieldEditor:
        editor = make_editor(spec, self.choices, parent)
        editor.setObjectName(f"editor_{spec.name}")
        editor.sig_committed.connect(partial(self.sig_committed.emit, spec.name))
        self.editors[spec.name] = editor
        return editor

    # ----- what the card calls -----------------------------------------------------------
    def line_editor(self, name: str) -> LineFieldEditor:
        editor = self.editors[name]
        assert isinstance(editor, LineFieldEditor)
        return editor

    def refresh_options(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, ComboFieldEditor | EditableComboEditor) and not isinstance(
                editor, CompanyEditor
            ):
                editor.set_options(option_items(editor.spec, self.choices) or [])

    def set_custom_fields(self, defs: list[CustomFieldDef]) -> None:
        if defs == self.custom_defs:
            return
        self.custom_defs = defs
        for name in [n for n in self.editors if n.startswith(CUSTOM_PREFIX)]:
            del self.editors[name]
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self.custom_specs = {}
        for definition in defs:
            spec = custom_spec(
                definition.key, CustomFieldType(definition.field_type), definition.options
            )
            self.custom_specs[spec.name] = spec
            editor = self._make(spec, self.custom_box)
            self.custom_form.addRow(definition.label, editor)
        self.custom_hint.setVisible(not defs)

    def custom_labels(self) -> dict[str, str]:
        return {f"{CUSTOM_PREFIX}{d.key}": d.label for d in self.custom_defs}

    def show_deal(self, deal: DealDetail, saving: str | None, editable: bool) -> None:
        """Show the stored values; an editor the user is typing in keeps its text."""
        for name, editor in self.editors.items():
            value = stored_value(deal, name)
            if isinstance(editor, CompanyEditor) and value:
                editor.remember(value, deal.company_name or "")
            typing = editor.is_dirty() and (editor.has_input_focus() or bool(editor.error_text()))
            if typing and name != saving:
                editor.keep_input(value)
            else:
                editor.set_value(value)
            editor.set_editable(editable)
        value = self.editors["value"]
        value.set_editable(editable and not deal.items)
        value.setToolTip(self.tr("The sum of the line items") if deal.items else "")
        default = format_number(deal.stage.probability)
        self.line_editor("probability").line_edit.setPlaceholderText(
            self.tr("{percent} (the stage's default)").format(percent=default)
        )
        self.stage_field.set_stages(deal.pipeline.stages, deal.stage, editable)

    def show_error(self, name: str, text: str) -> bool:
        """Show a refusal under the field's editor; False when the field has none here."""
        editor = self.editors.get(name)
        if editor is None:
            return False
        editor.show_error(text)
        return True


def stored_value(deal: DealDetail, name: str) -> Any:
    if name.startswith(CUSTOM_PREFIX):
        if name in deal.values:
            return deal.values[name]
        custom = deal.values.get("custom") or {}
        return custom.get(name[len(CUSTOM_PREFIX) :])
    return deal.values.get(name)
