"""Settings ▸ Calendar: the calendar system, the first day of the week, working hours (this
machine's preferences, JSON) and the automatic tasks (birthday reminders, customers not
contacted for a while), which the database keeps for everyone sharing it.

Apply saves both: the preferences file, then the task rules as one undoable step; a changed
calendar is configured in ``ui.dates`` at once and announced with ``sig_calendar_changed`` so
that open views redraw.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.services.preferences import Preferences
from desktop_crm.services.task_rules import SETTINGS_KEY, TaskRuleSettings
from desktop_crm.ui import dates
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import leading_alignment
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text

MAX_RULE_DAYS = 365
_CALENDAR_FIELDS = ("calendar", "week_start", "work_start_hour", "work_end_hour")


class CalendarSettings(QWidget):
    sig_calendar_changed = Signal()  # the calendar system, week start or working hours changed
    sig_applied = Signal()

    def __init__(self, ui: UiContext, prefs_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.prefs_path = prefs_path
        self._build_ui()
        self._connect_signals()
        self.reload()

    # ----- building --------------------------------------------------------------------
    def _build_ui(self) -> None:
        calendar = self._build_calendar_group()
        rules = self._build_rules_group()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("calendar_settings_error")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(leading_alignment(self.layoutDirection()))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.status_label = QLabel(self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(calendar)
        layout.addWidget(rules)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _build_calendar_group(self) -> QGroupBox:
        calendar = QGroupBox(self.tr("Calendar"), self)
        self.system_combo = QComboBox(calendar)
        self.system_combo.setObjectName("calendar_system")
        for system in dates.CalendarSystem:
            self.system_combo.addItem(dates.system_label(system), system.value)
        self.week_combo = QComboBox(calendar)
        self.week_combo.setObjectName("week_start")
        locale_day = dates.weekday_name(QLocale().firstDayOfWeek(), short=False)
        self.week_combo.addItem(self.tr("Locale default ({day})").format(day=locale_day), 0)
        for day in range(1, 8):
            self.week_combo.addItem(dates.weekday_name(day, short=False), day)
        self.work_start_combo = self._hour_combo(calendar, "work_start")
        self.work_end_combo = self._hour_combo(calendar, "work_end")
        hours = QHBoxLayout()
        hours.addWidget(self.work_start_combo)
        hours.addWidget(QLabel(self.tr("to"), calendar))
        hours.addWidget(self.work_end_combo)
        hours.addStretch(1)
        form = QFormLayout(calendar)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Calendar system"), self.system_combo)
        form.addRow(self.tr("First day of the week"), self.week_combo)
        form.addRow(self.tr("Working hours"), hours)
        return calendar

    def _build_rules_group(self) -> QGroupBox:
        rules = QGroupBox(self.tr("Automatic tasks"), self)
        self.birthday_spin = self._days_spin(rules, "birthday_days")
        self.stale_spin = self._days_spin(rules, "stale_days")
        rules_form = QFormLayout(rules)
        rules_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rules_form.addRow(self.tr("Birthday reminders, days ahead"), self.birthday_spin)
        rules_form.addRow(
            self.tr("Remind me about customers not contacted for (days)"), self.stale_spin
        )
        note = QLabel(self.tr("0 turns a rule off. Shared by everyone using this database."))
        note.setWordWrap(True)
        note.setAlignment(leading_alignment(self.layoutDirection()))
        rules_form.addRow(note)
        return rules

    def _hour_combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        for hour in range(24):
            combo.addItem(dates.format_time(time(hour)), hour)
        return combo

    def _days_spin(self, parent: QWidget, name: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(0, MAX_RULE_DAYS)
        spin.setSpecialValueText(self.tr("Off"))
        return spin

    def _connect_signals(self) -> None:
        for combo in (self.system_combo, self.week_combo, self.work_start_combo):
            combo.currentIndexChanged.connect(self._update_state)
        self.work_end_combo.currentIndexChanged.connect(self._update_state)
        self.birthday_spin.valueChanged.connect(self._update_state)
        self.stale_spin.valueChanged.connect(self._update_state)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.reload)
        self.ui.sig_changed.connect(self._on_ui_changed)

    # ----- values ----------------------------------------------------------------------
    def preferences(self) -> Preferences:
        """The preferences as saved (what ``apply`` wrote last)."""
        return Preferences.load(self.prefs_path)

    def reload(self) -> None:
        """Show the saved values, dropping what was not applied."""
        prefs = self.preferences()
        _select(self.system_combo, prefs.calendar or dates.system().value)
        _select(self.week_combo, prefs.week_start if 0 <= prefs.week_start <= 7 else 0)
        _select(self.work_start_combo, prefs.work_start_hour)
        _select(self.work_end_combo, prefs.work_end_hour)
        self._load_rules()
        self.status_label.clear()

    def _load_rules(self) -> None:
        rules = self._saved_rules()
        self.birthday_spin.setValue(rules.birthday_days_ahead)
        self.stale_spin.setValue(rules.stale_days)
        self._update_state()

    def _saved_rules(self) -> TaskRuleSettings:
        try:
            return self.ui.crm.task_rules.settings()
        except CrmError:
            return TaskRuleSettings()

    def _edited_preferences(self) -> Preferences:
        saved = self.preferences()
        calendar = str(self.system_combo.currentData())
        if not saved.calendar and calendar == dates.default_system().value:
            calendar = ""  # still the language's usual calendar: keep following the language
        return dataclasses.replace(
            saved,
            calendar=calendar,
            week_start=int(self.week_combo.currentData()),
            work_start_hour=int(self.work_start_combo.currentData()),
            work_end_hour=int(self.work_end_combo.currentData()),
        )

    def _edited_rules(self) -> TaskRuleSettings:
        return dataclasses.replace(
            self._saved_rules(),
            birthday_days_ahead=self.birthday_spin.value(),
            stale_days=self.stale_spin.value(),
        )

    def problem(self) -> str | None:
        """What keeps the values from being applied (translated), or None."""
        if self.work_end_combo.currentData() <= self.work_start_combo.currentData():
            return self.tr("The working day must end after it starts.")
        return None

    def is_modified(self) -> bool:
        return (
            self._edited_preferences() != self.preferences()
            or self._edited_rules() != self._saved_rules()
        )

    # ----- applying --------------------------------------------------------------------
    def apply(self) -> bool:
        """Save what changed; False (with the reason shown) when nothing could be saved."""
        problem = self.problem()
        if problem is not None:
            self._show_error(problem)
            return False
        rules, saved_rules = self._edited_rules(), self._saved_rules()
        if rules != saved_rules:
            service = self.ui.crm.task_rules
            change = self.ui.apply(
                lambda: service.save_settings(rules),
                self,
                on_error=lambda exc: self._show_error(error_text(exc)),
            )
            if change is None:
                return False
        prefs, saved = self._edited_preferences(), self.preferences()
        calendar_changed = any(
            getattr(prefs, name) != getattr(saved, name) for name in _CALENDAR_FIELDS
        )
        if prefs != saved:
            try:
                prefs.save(self.prefs_path)
            except OSError as exc:
                self._show_error(
                    self.tr("The preferences could not be saved: {error}").format(
                        error=exc.strerror or str(exc)
                    )
                )
                return False
        dates.configure(prefs.calendar, prefs.week_start)
        self.error_label.hide()
        self.status_label.setText(self.tr("Saved."))
        self._update_state()
        if calendar_changed:
            self.sig_calendar_changed.emit()
        self.sig_applied.emit()
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.status_label.clear()

    # ----- handlers --------------------------------------------------------------------
    def _update_state(self) -> None:
        problem = self.problem()
        if problem is None:
            self.error_label.hide()
        else:
            self._show_error(problem)
        modified = self.is_modified()
        self.apply_button.setEnabled(problem is None and modified)
        self.revert_button.setEnabled(modified)
        if modified:
            self.status_label.clear()

    def _on_ui_changed(self, change: Change) -> None:
        if ("setting", SETTINGS_KEY) in change.entities:
            self._load_rules()  # saved here, or undone: show what the database holds


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
