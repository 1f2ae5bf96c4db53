"""The repeat part of the task editor: none / daily / weekly on chosen days / monthly / yearly,
every N, until a date, and a plain-language summary ("Every 2 weeks on Monday and Thursday")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.recurrence import (
    MAX_INTERVAL,
    Freq,
    RepeatRule,
    anchored,
    format_rule,
    parse_rule,
)
from desktop_crm.ui import dates
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.tasks.fields import DateField

FREQ_LABELS: tuple[tuple[str, str], ...] = (  # ("" = does not repeat, NOOP label)
    ("", QT_TRANSLATE_NOOP("RepeatEditor", "Does not repeat")),
    (Freq.DAILY.value, QT_TRANSLATE_NOOP("RepeatEditor", "Daily")),
    (Freq.WEEKLY.value, QT_TRANSLATE_NOOP("RepeatEditor", "Weekly")),
    (Freq.MONTHLY.value, QT_TRANSLATE_NOOP("RepeatEditor", "Monthly")),
    (Freq.YEARLY.value, QT_TRANSLATE_NOOP("RepeatEditor", "Yearly")),
)


class _Plural:
    """lupdate marks only ``self.tr(text, "", n)`` as plural and names its context after the
    innermost class: this one is the ``RepeatEditor`` context's."""

    class RepeatEditor(QObject):
        def days(self, n: int) -> str:
            return self.tr("Every %Ln days", "", n)

        def weeks(self, n: int) -> str:
            return self.tr("Every %Ln weeks on {days}", "", n)

        def months(self, n: int) -> str:
            return self.tr("Every %Ln months", "", n)

        def years(self, n: int) -> str:
            return self.tr("Every %Ln years", "", n)


def freq_label(text: str) -> str:
    return QCoreApplication.translate("RepeatEditor", text)


def describe_rule(rule: RepeatRule, first_due: date | None = None) -> str:
    """ "Every 2 weeks on Monday and Thursday, until 31/12/2027" in the user's language."""
    n = rule.interval
    if rule.freq is Freq.DAILY:
        text = (
            QCoreApplication.translate("RepeatEditor", "Every day")
            if n == 1
            else _Plural.RepeatEditor().days(n)
        )
    elif rule.freq is Freq.WEEKLY:
        names = [dates.weekday_name(d + 1, short=False) for d in sorted(set(rule.weekdays))]
        days = QLocale().createSeparatedList(names)
        text = (
            QCoreApplication.translate("RepeatEditor", "Every week on {days}")
            if n == 1
            else _Plural.RepeatEditor().weeks(n)
        ).format(days=days)
    elif rule.freq is Freq.MONTHLY:
        text = _monthly(rule, first_due)
    else:
        text = (
            QCoreApplication.translate("RepeatEditor", "Every year")
            if n == 1
            else _Plural.RepeatEditor().years(n)
        )
        if first_due is not None and _gregorian_days():
            text = QCoreApplication.translate("RepeatEditor", "{every} on {day}").format(
                every=text, day=dates.format_day_month(first_due)
            )
    if rule.until is not None:
        text = QCoreApplication.translate("RepeatEditor", "{rule}, until {date}").format(
            rule=text, date=dates.format_date(rule.until)
        )
    return text


def _monthly(rule: RepeatRule, first_due: date | None) -> str:
    n = rule.interval
    text = (
        QCoreApplication.translate("RepeatEditor", "Every month")
        if n == 1
        else _Plural.RepeatEditor().months(n)
    )
    day = rule.month_day or (first_due.day if first_due else None)
    if day is not None and _gregorian_days():
        # the day of a Gregorian month: a Jalali or Hijri user would not recognise it
        text = QCoreApplication.translate("RepeatEditor", "{every} on day {day}").format(
            every=text, day=QLocale().toString(day)
        )
    return text


def _gregorian_days() -> bool:
    return dates.system() in (dates.CalendarSystem.GREGORIAN, dates.CalendarSystem.THAI_BUDDHIST)


class RepeatEditor(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: RepeatRule | None = None
        self._loaded_due: date | None = None
        self.first_due: date | None = None  # the task's due day, to anchor and describe
        self._build_ui()
        self._connect_signals()
        self._update()

    def _build_ui(self) -> None:
        self.freq_combo = QComboBox(self)
        for value, label in FREQ_LABELS:
            self.freq_combo.addItem(freq_label(label), value)
        self.every_label = QLabel(self.tr("every"), self)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, MAX_INTERVAL)
        self.unit_label = QLabel(self)
        self.day_boxes: dict[int, QCheckBox] = {}
        days_row = QGridLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        first = dates.first_day_of_week().value - 1  # 0 = Monday
        for column in range(7):
            weekday = (first + column) % 7
            box = QCheckBox(dates.weekday_name(weekday + 1, short=True), self)
            box.setToolTip(dates.weekday_name(weekday + 1, short=False))
            self.day_boxes[weekday] = box
            days_row.addWidget(box, 0, column)
        self.days_widget = QWidget(self)
        self.days_widget.setLayout(days_row)
        self.until_check = QCheckBox(self.tr("until"), self)
        self.until_field = DateField("repeat_rule", self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("repeat_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setEnabled(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.freq_combo)
        top.addWidget(self.every_label)
        top.addWidget(self.interval_spin)
        top.addWidget(self.unit_label)
        top.addStretch(1)
        until = QHBoxLayout()
        until.setContentsMargins(0, 0, 0, 0)
        until.addWidget(self.until_check)
        until.addWidget(self.until_field, 1)
        self.until_row = QWidget(self)
        self.until_row.setLayout(until)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.days_widget)
        layout.addWidget(self.until_row)
        layout.addWidget(self.summary_label)

    def _connect_signals(self) -> None:
        self.freq_combo.currentIndexChanged.connect(self._on_freq_combo_changed)
        self.interval_spin.valueChanged.connect(lambda _v: self._update())
        for box in self.day_boxes.values():
            box.toggled.connect(lambda _on: self._update())
        self.until_check.toggled.connect(lambda _on: self._update())
        self.until_field.sig_changed.connect(self._on_until_changed)

    # ----- values ------------------------------------------------------------------------
    def set_rule(self, text: str | None, first_due: date | None = None) -> None:
        """Show a stored rule (``FREQ=WEEKLY;BYDAY=MO,TH``); None = does not repeat."""
        rule = parse_rule(text) if text else None
        self._loaded, self._loaded_due, self.first_due = rule, first_due, first_due
        self.freq_combo.blockSignals(True)
        self.freq_combo.setCurrentIndex(self.freq_combo.findData(rule.freq.value if rule else ""))
        self.freq_combo.blockSignals(False)
        self.interval_spin.setValue(rule.interval if rule else 1)
        for weekday, box in self.day_boxes.items():
            box.setChecked(rule is not None and weekday in rule.weekdays)
        self.until_check.setChecked(rule is not None and rule.until is not None)
        self.until_field.set_value(rule.until if rule else None)
        self._update()

    def set_first_due(self, first_due: date | None) -> None:
        self.first_due = first_due
        self._update()

    def freq(self) -> Freq | None:
        value = self.freq_combo.currentData()
        return Freq(value) if value else None

    def rule(self) -> RepeatRule | None:
        """The rule as edited, anchored on the due day; ValidationError (``repeat_rule``) for
        one that cannot repeat (a weekly rule with no day, an impossible until date)."""
        freq = self.freq()
        if freq is None:
            return None
        until = self.until_field.value() if self.until_check.isChecked() else None
        weekdays = tuple(sorted(d for d, box in self.day_boxes.items() if box.isChecked()))
        rule = RepeatRule(
            freq,
            self.interval_spin.value(),
            weekdays if freq is Freq.WEEKLY else (),
            until=until,
        )
        loaded = self._loaded
        if loaded is not None and loaded.freq is freq and self.first_due == self._loaded_due:
            # the stored anchor stays (a monthly rule on the 31st seen on a 30 November)
            rule = replace(rule, month_day=loaded.month_day, month=loaded.month)
        return anchored(rule, self.first_due) if self.first_due else rule

    def rule_text(self) -> str | None:
        rule = self.rule()
        return format_rule(rule) if rule else None

    # ----- handlers ----------------------------------------------------------------------
    def _on_freq_combo_changed(self, _index: int) -> None:
        if self.freq() is Freq.WEEKLY and not any(b.isChecked() for b in self.day_boxes.values()):
            day = self.first_due or date.today()
            self.day_boxes[day.weekday()].setChecked(True)
        self._update()

    def _on_until_changed(self) -> None:
        if self.until_field.line.text().strip():
            self.until_check.setChecked(True)
        self._update()

    def _update(self) -> None:
        freq = self.freq()
        repeating = freq is not None
        for widget in (self.every_label, self.interval_spin, self.unit_label, self.until_row):
            widget.setVisible(repeating)
        self.days_widget.setVisible(freq is Freq.WEEKLY)
        self.until_field.setEnabled(self.until_check.isChecked())
        self.unit_label.setText(self._unit(freq))
        self.summary_label.setVisible(repeating)
        if repeating:
            try:
                rule = self.rule()
            except ValidationError:
                rule = None
            self.summary_label.setText(describe_rule(rule, self.first_due) if rule else "")
        self.sig_changed.emit()

    def _unit(self, freq: Freq | None) -> str:
        n = self.interval_spin.value()
        if freq is Freq.DAILY:
            return self.tr("day") if n == 1 else self.tr("days", "", n)
        if freq is Freq.WEEKLY:
            return self.tr("week") if n == 1 else self.tr("weeks", "", n)
        if freq is Freq.MONTHLY:
            return self.tr("month") if n == 1 else self.tr("months", "", n)
        if freq is Freq.YEARLY:
            return self.tr("year") if n == 1 else self.tr("years", "", n)
        return ""
