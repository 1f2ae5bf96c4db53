"""The reminder of a task: none, at the due time, N minutes / hours / days before, or on a set
date and time (which the service refuses when it falls after the due time)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.tasks import from_local_wall, local_wall
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.tasks.fields import DateField, TimeField

NONE, AT_DUE, MINUTES, HOURS, DAYS, ON = "none", "at", "minutes", "hours", "days", "on"
MODES: tuple[tuple[str, str], ...] = (
    (NONE, QT_TRANSLATE_NOOP("ReminderEditor", "No reminder")),
    (AT_DUE, QT_TRANSLATE_NOOP("ReminderEditor", "At the due time")),
    (MINUTES, QT_TRANSLATE_NOOP("ReminderEditor", "Minutes before")),
    (HOURS, QT_TRANSLATE_NOOP("ReminderEditor", "Hours before")),
    (DAYS, QT_TRANSLATE_NOOP("ReminderEditor", "Days before")),
    (ON, QT_TRANSLATE_NOOP("ReminderEditor", "On a date…")),
)
UNIT_MINUTES = {MINUTES: 1, HOURS: 60, DAYS: 24 * 60}


def mode_label(text: str) -> str:
    return QCoreApplication.translate("ReminderEditor", text)


class ReminderEditor(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self._update()

    def _build_ui(self) -> None:
        self.mode_combo = QComboBox(self)
        for mode, label in MODES:
            self.mode_combo.addItem(mode_label(label), mode)
        self.amount_spin = QSpinBox(self)
        self.amount_spin.setRange(1, 999)
        self.amount_spin.setValue(15)
        self.on_date = DateField("reminder_minutes", self)
        self.on_time = TimeField("reminder_minutes", self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode_combo)
        row.addWidget(self.amount_spin)
        row.addWidget(self.on_date, 1)
        row.addWidget(self.on_time)
        row.addStretch(0)

    def _connect_signals(self) -> None:
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.amount_spin.valueChanged.connect(lambda _v: self.sig_changed.emit())
        self.on_date.sig_changed.connect(self.sig_changed)
        self.on_time.sig_changed.connect(self.sig_changed)

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def set_value(self, minutes: int | None, due_ref: datetime | None) -> None:
        """Show ``minutes`` before the due time (``due_ref``: when the reminder counts from)."""
        if minutes is None:
            self.set_mode(NONE)
        elif minutes == 0:
            self.set_mode(AT_DUE)
        elif minutes < 0 and due_ref is not None:
            self.set_on(local_wall(due_ref - timedelta(minutes=minutes)))
        else:
            for mode in (DAYS, HOURS, MINUTES):
                if minutes % UNIT_MINUTES[mode] == 0 and minutes // UNIT_MINUTES[mode] <= 999:
                    self.set_mode(mode)
                    self.amount_spin.setValue(minutes // UNIT_MINUTES[mode])
                    break
        self._update()

    def set_on(self, wall: datetime) -> None:
        self.set_mode(ON)
        self.on_date.set_value(wall.date())
        self.on_time.set_value(time(wall.hour, wall.minute))

    def value(self, due_ref: datetime | None) -> int | None:
        """Minutes before ``due_ref`` (aware), None for no reminder; raises ValidationError on
        ``reminder_minutes`` for a date that is not one or a time after the due time."""
        mode = self.mode()
        if mode == NONE:
            return None
        if mode == AT_DUE:
            return 0
        if mode in UNIT_MINUTES:
            return self.amount_spin.value() * UNIT_MINUTES[mode]
        day = self.on_date.value()
        if day is None:
            raise ValidationError("reminder_minutes", "Choose a date", code="required")
        if due_ref is None:
            raise ValidationError("reminder_minutes", "Needs a due date", code="needs_due")
        remind = from_local_wall(datetime.combine(day, self.on_time.value()))
        minutes = round((due_ref - remind).total_seconds() / 60)
        if minutes < 0:
            raise ValidationError(
                "reminder_minutes", "The reminder is after the due time", code="reminder_after_due"
            )
        return minutes

    def _update(self) -> None:
        mode = self.mode()
        self.amount_spin.setVisible(mode in UNIT_MINUTES)
        self.on_date.setVisible(mode == ON)
        self.on_time.setVisible(mode == ON)
        self.sig_changed.emit()
