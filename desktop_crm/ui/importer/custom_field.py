""" "New custom field…" for an unmapped column: a label and a type, created with the import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.importing.dates import parse_date
from desktop_crm.services.importing.numbers import parse_number
from desktop_crm.services.importing.values import ValueProblem
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.labels import choice_label

#: custom field types a column can become here (choices need their options: Settings)
FIELD_TYPES = ("text", "long_text", "number", "money", "date", "checkbox", "email", "phone", "url")
_MAX_LABEL = 80


def guess_field_type(samples: Sequence[str]) -> str:
    """``date`` or ``number`` when every sample reads so, else ``text``."""
    if not samples:
        return "text"
    if all(_reads_as_date(s) for s in samples):
        return "date"
    if all(_reads_as_number(s) for s in samples):
        return "number"
    return "long_text" if any(len(s) > 120 for s in samples) else "text"


def _reads_as_date(text: str) -> bool:
    for order in ("dmy", "mdy"):
        try:
            parse_date(text, order=order)
        except (ValueProblem, ValueError):
            continue
        return True
    return False


def _reads_as_number(text: str) -> bool:
    try:
        parse_number(text)
    except (ValueProblem, ValueError):
        return False
    return True


class CustomFieldDialog(QDialog):
    """Asks for the new field's label (the column's name proposed) and type."""

    def __init__(
        self,
        column_name: str,
        samples: Sequence[str],
        taken: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._taken = {label.casefold() for label in taken}
        self._build_ui(column_name, samples)
        self._connect_signals()
        self._on_label_edited()

    def _build_ui(self, column_name: str, samples: Sequence[str]) -> None:
        self.setWindowTitle(self.tr("New custom field"))
        self.label_edit = QLineEdit(column_name[:_MAX_LABEL], self)
        self.label_edit.setMaxLength(_MAX_LABEL)
        self.label_edit.setAccessibleName(self.tr("Field name"))
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Field type"))
        for field_type in FIELD_TYPES:
            self.type_combo.addItem(choice_label(field_type), field_type)
        self.type_combo.setCurrentIndex(self.type_combo.findData(guess_field_type(samples)))
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        hint = QLabel(
            self.tr("The field is created for every record of this type when the import runs."),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.label_edit)
        form.addRow(self.tr("Type:"), self.type_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _connect_signals(self) -> None:
        self.label_edit.textChanged.connect(self._on_label_edited)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def label(self) -> str:
        return " ".join(self.label_edit.text().split())

    def field_type(self) -> str:
        return str(self.type_combo.currentData())

    def set_field_type(self, field_type: str) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(field_type))

    def problem(self) -> str:
        label = self.label()
        if not label:
            return self.tr("Give the field a name.")
        if label.casefold() in self._taken:
            return self.tr("A field with this name exists already.")
        return ""

    def _on_label_edited(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
