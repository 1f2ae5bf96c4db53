"""The rules of one stage: default probability, rotting age, the deal fields it requires and
what happens when a deal enters it (create a task for the owner, set the probability).

Each change is saved at once as one ``crm.pipelines.update_stage`` (one undoable step); a
refusal is shown under the rules and the stored value comes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import StageInfo
from desktop_crm.ui.cards.deal_text import deal_error_text, deal_field_label
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.settings.stage_models import RequiredFieldsModel

_MAX_DAYS = 3650


class StageRulesEditor(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stage: StageInfo | None = None
        self._build_ui()
        self._connect_signals()
        self.set_stage(None)

    def _build_ui(self) -> None:
        self.probability_spin = QSpinBox(self)
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(" %")
        self.rotting_spin = QSpinBox(self)
        self.rotting_spin.setRange(0, _MAX_DAYS)
        self.rotting_spin.setSpecialValueText(self.tr("never"))
        self.rotting_spin.setToolTip(self.tr("A deal longer than this in the stage is stale"))
        self.required_model = RequiredFieldsModel(self._save_required, self)
        self.required_view = QListView(self)
        self.required_view.setObjectName("required_fields")
        self.required_view.setModel(self.required_model)
        self.required_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.required_view.setMinimumHeight(120)
        self.task_check = QCheckBox(self.tr("Create a task for the owner"), self)
        self.task_title_edit = QLineEdit(self)
        self.task_title_edit.setPlaceholderText(self.tr("e.g. Send the proposal"))
        self.task_days_spin = QSpinBox(self)
        self.task_days_spin.setRange(0, _MAX_DAYS)
        self.task_days_spin.setPrefix(self.tr("due in "))
        self.task_days_spin.setSuffix(self.tr(" days"))
        self.set_probability_check = QCheckBox(self.tr("Set the probability to"), self)
        self.set_probability_spin = QSpinBox(self)
        self.set_probability_spin.setRange(0, 100)
        self.set_probability_spin.setSuffix(" %")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Default probability"), self.probability_spin)
        form.addRow(deal_field_label("rotting_days"), self.rotting_spin)
        form.addRow(self.tr("Required before entering"), self.required_view)
        task_row = QHBoxLayout()
        task_row.addWidget(self.task_title_edit, 1)
        task_row.addWidget(self.task_days_spin)
        probability_row = QHBoxLayout()
        probability_row.addWidget(self.set_probability_check)
        probability_row.addWidget(self.set_probability_spin)
        probability_row.addStretch(1)
        on_enter = QVBoxLayout()
        on_enter.addWidget(self.task_check)
        on_enter.addLayout(task_row)
        on_enter.addLayout(probability_row)
        form.addRow(self.tr("When a deal enters"), on_enter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.probability_spin.editingFinished.connect(self._on_probability_spin_finished)
        self.rotting_spin.editingFinished.connect(self._on_rotting_spin_finished)
        self.task_check.clicked.connect(self._on_task_check_clicked)
        self.task_title_edit.editingFinished.connect(self._on_action_input_finished)
        self.task_days_spin.editingFinished.connect(self._on_action_input_finished)
        self.set_probability_check.clicked.connect(self._save_actions)
        self.set_probability_spin.editingFinished.connect(self._on_action_input_finished)

    # ----- showing -----------------------------------------------------------------------
    def set_stage(self, stage: StageInfo | None) -> None:
        """Show a stage's rules (None: nothing chosen, everything disabled)."""
        self.stage = stage
        self.error_label.hide()
        name = name_label(stage.name) if stage else ""
        self.setTitle(self.tr("Rules of “{stage}”").format(stage=name) if stage else "")
        for widget in self._inputs():
            widget.setEnabled(stage is not None)
        self.required_model.set_required(stage.required_fields if stage else (), stage is not None)
        if stage is None:
            return
        task = _first(stage, "create_task")
        setter = _first(stage, "set_probability")
        with (
            QSignalBlocker(self.probability_spin),
            QSignalBlocker(self.rotting_spin),
            QSignalBlocker(self.task_check),
            QSignalBlocker(self.set_probability_check),
        ):
            self.probability_spin.setValue(stage.probability)
            self.rotting_spin.setValue(stage.rotting_days or 0)
            self.task_check.setChecked(task is not None)
            self.task_title_edit.setText(str(task.get("title") or "") if task else "")
            self.task_days_spin.setValue(int((task or {}).get("due_in_days") or 0))
            self.set_probability_check.setChecked(setter is not None)
            self.set_probability_spin.setValue(int((setter or {}).get("value") or 0))
        self._update_action_inputs()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self.probability_spin,
            self.rotting_spin,
            self.required_view,
            self.task_check,
            self.task_title_edit,
            self.task_days_spin,
            self.set_probability_check,
            self.set_probability_spin,
        )

    def _update_action_inputs(self) -> None:
        live = self.stage is not None
        self.task_title_edit.setEnabled(live and self.task_check.isChecked())
        self.task_days_spin.setEnabled(live and self.task_check.isChecked())
        self.set_probability_spin.setEnabled(live and self.set_probability_check.isChecked())

    # ----- saving ------------------------------------------------------------------------
    def _save(self, field: str, value: Any) -> bool:
        stage = self.stage
        if stage is None:
            return False
        pipelines = self.ctx.crm.pipelines
        change = self.ctx.apply(
            lambda: pipelines.update_stage(stage.id, field, value), self, self._on_save_failed
        )
        if change is not None:
            self.error_label.hide()
        return change is not None

    def _on_save_failed(self, exc: CrmError) -> None:
        self.error_label.setText(deal_error_text(exc))
        self.error_label.show()

    def _on_probability_spin_finished(self) -> None:
        if self.stage and self.probability_spin.value() != self.stage.probability:
            self._save("probability", self.probability_spin.value())

    def _on_rotting_spin_finished(self) -> None:
        days = self.rotting_spin.value() or None
        if self.stage and days != self.stage.rotting_days:
            self._save("rotting_days", days)

    def _save_required(self, names: list[str]) -> bool:
        return self._save("required_fields", names)

    def on_enter_actions(self) -> list[dict[str, Any]]:
        """The on-enter actions as the inputs show them (other actions of the stage kept)."""
        kept = [dict(a) for a in (self.stage.on_enter if self.stage else ())]
        kept = [a for a in kept if a.get("action") not in ("create_task", "set_probability")]
        out: list[dict[str, Any]] = []
        if self.task_check.isChecked():
            task = _first(self.stage, "create_task") if self.stage else None
            out.append(
                {
                    **(task or {}),
                    "action": "create_task",
                    "title": self.task_title_edit.text().strip() or None,
                    "due_in_days": self.task_days_spin.value(),
                }
            )
        if self.set_probability_check.isChecked():
            out.append({"action": "set_probability", "value": self.set_probability_spin.value()})
        return out + kept

    def _on_action_input_finished(self) -> None:
        if self.stage is not None and self.on_enter_actions() != _normal(self.stage.on_enter):
            self._save_actions()

    def _on_task_check_clicked(self, checked: bool) -> None:
        """A task needs a title: ticking the box first asks for it (saved when typed)."""
        if checked and not self.task_title_edit.text().strip():
            self._update_action_inputs()
            self.task_title_edit.setFocus()
            return
        self._save_actions()

    def _save_actions(self) -> None:
        self._update_action_inputs()
        if self.stage is not None and not self._save("on_enter", self.on_enter_actions()):
            self.set_stage(self.stage)


def _first(stage: StageInfo | None, action: str) -> dict[str, Any] | None:
    found = [a for a in (stage.on_enter if stage else ()) if a.get("action") == action]
    return dict(found[0]) if found else None


def _normal(actions: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    ordered = [a for a in actions if a.get("action") == "create_task"][:1]
    ordered += [a for a in actions if a.get("action") == "set_probability"][:1]
    rest = [a for a in actions if a.get("action") not in ("create_task", "set_probability")]
    return [dict(a) for a in ordered + rest]
