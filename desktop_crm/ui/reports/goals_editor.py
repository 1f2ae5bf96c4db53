"""Add or edit one goal: metric, target, period (in the user's calendar) and who it is for.

The form checks what it can before asking the service (a target above 0, whole for counts; a
period that ends on or after its start) and shows each problem under its field; the service's
own ``ValidationError`` lands under the field it names. Saving is one undoable change
(``ui.apply``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

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

from desktop_crm.domain.enums import GoalMetric
from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.records import Change
from desktop_crm.services.goals import COUNT_METRICS, Goal, GoalService
from desktop_crm.ui import dates
from desktop_crm.ui.cards.formatting import format_number, parse_number
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.reports.goals_model import METRIC_LABELS, metric_label
from desktop_crm.ui.tasks.fields import ERROR_STYLE, DateField, FieldBox

TEAM = ""


class GoalEditDialog(QDialog):
    """``goal`` None: a new goal (this month, the team, by default)."""

    def __init__(
        self,
        ui: UiContext,
        service: GoalService,
        goal: Goal | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.service = service
        self.goal = goal
        self.change: Change | None = None
        self._today = today or date.today()
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New goal") if self.goal is None else self.tr("Edit goal"))
        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("goal_metric")
        for metric in METRIC_LABELS:
            self.metric_combo.addItem(metric_label(metric), str(metric))
        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("goal_target")
        self.start_field = DateField("period_start", self)
        self.end_field = DateField("period_end", self)
        self.who_combo = QComboBox(self)
        self.who_combo.setObjectName("goal_who")
        self.who_combo.addItem(self.tr("Team"), TEAM)
        for user in sorted(self.ui.crm.catalog.users(), key=lambda u: u.name.casefold()):
            self.who_combo.addItem(user.name, user.id)
        self.boxes = {
            "metric": FieldBox(self.metric_combo, self),
            "target": FieldBox(self.target_edit, self),
            "period_start": FieldBox(self.start_field, self),
            "period_end": FieldBox(self.end_field, self),
            "user_id": FieldBox(self.who_combo, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Metric"), self.boxes["metric"])
        form.addRow(self.tr("Target"), self.boxes["target"])
        form.addRow(self.tr("From"), self.boxes["period_start"])
        form.addRow(self.tr("To"), self.boxes["period_end"])
        form.addRow(self.tr("For"), self.boxes["user_id"])
        self.general_error = QLabel(self)
        self.general_error.setObjectName("goal_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        goal = self.goal
        if goal is None:
            start = dates.month_start(self._today)
            self.start_field.set_value(start)
            self.end_field.set_value(dates.add_months(start, 1) - timedelta(days=1))
            self.metric_combo.setCurrentIndex(
                self.metric_combo.findData(str(GoalMetric.DEALS_WON_VALUE))
            )
            return
        self.metric_combo.setCurrentIndex(self.metric_combo.findData(str(goal.metric)))
        kind_text = format_number(goal.target)
        self.target_edit.setText(kind_text)
        self.start_field.set_value(goal.period_start)
        self.end_field.set_value(goal.period_end)
        index = self.who_combo.findData(goal.user_id or TEAM)
        if index < 0 and goal.user_id:  # a deleted salesperson's goal
            self.who_combo.addItem(goal.user_name or goal.user_id, goal.user_id)
            index = self.who_combo.count() - 1
        self.who_combo.setCurrentIndex(max(index, 0))

    # ----- values and checks ---------------------------------------------------------
    def values(self) -> dict[str, Any] | None:
        """The form's values, or None after showing what is wrong."""
        for box in self.boxes.values():
            box.clear_error()
        self.general_error.hide()
        metric = str(self.metric_combo.currentData())
        values: dict[str, Any] = {"metric": metric, "user_id": self.who_combo.currentData() or None}
        values["target"] = self._target(metric)
        for name, field in (("period_start", self.start_field), ("period_end", self.end_field)):
            try:
                values[name] = field.value()
            except ValidationError as exc:
                self.boxes[name].show_error(error_text(exc))
                values[name] = None
                continue
            if values[name] is None:
                self.boxes[name].show_error(self.tr("Enter a date."))
        start, end = values["period_start"], values["period_end"]
        if start is not None and end is not None and end < start:
            self.boxes["period_end"].show_error(self.tr("The period ends before it starts."))
        if any(box.error() for box in self.boxes.values()):
            return None
        return values

    def _target(self, metric: str) -> Decimal | None:
        box = self.boxes["target"]
        try:
            target = Decimal(parse_number(self.target_edit.text()))
        except InvalidOperation:
            box.show_error(self.tr("Enter a number."))
            return None
        if target <= 0:
            box.show_error(self.tr("The target must be more than 0."))
        elif metric in COUNT_METRICS and target != target.to_integral_value():
            box.show_error(self.tr("This target is a whole number."))
        return target

    def show_service_error(self, exc: CrmError) -> None:
        text = error_text(exc)
        if exc.code == "positive":
            text = self.tr("The target must be more than 0.")
        elif exc.code == "whole_number":
            text = self.tr("This target is a whole number.")
        elif exc.code == "end_before_start":
            text = self.tr("The period ends before it starts.")
        box = self.boxes.get(exc.field) if isinstance(exc, ValidationError) else None
        if box is not None:
            box.show_error(text)
        else:
            self.general_error.setText(text)
            self.general_error.show()

    def errors(self) -> dict[str, str]:
        """Field -> the message shown under it (``general`` for the rest)."""
        found = {name: box.error() for name, box in self.boxes.items() if box.error()}
        if not self.general_error.isHidden():
            found["general"] = self.general_error.text()
        return found

    # ----- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        values = self.values()
        if values is None:
            return False
        for action in self._actions(values):
            self.change = self.ui.apply(action, self, on_error=self.show_service_error)
            if self.change is None:
                return False
        self.accept()
        return True

    def _actions(self, values: dict[str, Any]) -> list[Callable[[], Change]]:
        """The service calls that save the form: one change (no call when nothing changed)."""
        service, goal = self.service, self.goal
        if goal is None:
            return [
                lambda: service.create(
                    values["metric"],
                    values["target"],
                    values["period_start"],
                    values["period_end"],
                    values["user_id"],
                )
            ]
        current = {
            "metric": str(goal.metric),
            "target": goal.target,
            "period_start": goal.period_start,
            "period_end": goal.period_end,
            "user_id": goal.user_id,
        }
        changed = {k: v for k, v in values.items() if v != current[k]}
        update_many = getattr(service, "update_many", None)
        if len(changed) > 1 and update_many is not None:
            return [lambda: update_many(goal.id, changed)]
        # one field at a time (a period moved later: its end first, so it never ends early)
        order = sorted(changed, key=lambda k: (k == "period_start") == _moves_later(values, goal))
        return [_update(service, goal.id, field, changed[field]) for field in order]


def _update(service: GoalService, goal_id: str, field: str, value: Any) -> Callable[[], Change]:
    return lambda: service.update(goal_id, field, value)


def _moves_later(values: dict[str, Any], goal: Goal) -> bool:
    start = values.get("period_start")
    return isinstance(start, date) and start > goal.period_start


__all__ = ["GoalEditDialog"]
