"""Small editors of the task dialog: a row with its error under it, a date field that follows
the user's calendar system (typed or picked from a calendar popup), and a time field."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import normalize_digits
from desktop_crm.ui import dates

ERROR_STYLE = "color: #c62828;"


class FieldBox(QWidget):
    """An editor (or a row of them) with its error message underneath."""

    def __init__(self, content: QWidget | QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(content, QLayout):
            layout.addLayout(content)
        else:
            layout.addWidget(content)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


class CalendarPopup(QFrame):
    """A month grid in the user's calendar system with its own header (so that a Thai year
    shows with its Buddhist-era offset)."""

    sig_picked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next month"))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.prev_button.setArrowType(Qt.ArrowType.RightArrow)
            self.next_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.month_label = QLabel(self)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calendar = QCalendarWidget(self)
        self.calendar.setCalendar(dates.qcalendar())
        self.calendar.setFirstDayOfWeek(dates.first_day_of_week())
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        header = QHBoxLayout()
        header.addWidget(self.prev_button)
        header.addWidget(self.month_label, 1)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.calendar)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(self.calendar.showPreviousMonth)
        self.next_button.clicked.connect(self.calendar.showNextMonth)
        self.calendar.currentPageChanged.connect(self._on_calendar_page_changed)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)

    def show_date(self, day: date) -> None:
        self.calendar.setSelectedDate(dates.to_qdate(day))
        self._on_calendar_page_changed(self.calendar.yearShown(), self.calendar.monthShown())

    def _on_calendar_page_changed(self, year: int, month: int) -> None:
        first = dates.qcalendar().dateFromParts(year, month, 1)
        if first.isValid():
            self.month_label.setText(dates.format_month_year(dates.to_date(first)))

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.sig_picked.emit(dates.to_date(day))
        self.hide()


class DateField(QWidget):
    """A date typed in the user's calendar and digits (``1405/9/2``), or picked from a popup.

    ``value()`` raises ValidationError on ``field``: ``impossible_date`` for a day the calendar
    lacks (1404/12/30), ``date`` for text that is no date."""

    sig_changed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.popup: CalendarPopup | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(dates.format_date(date.today()))
        self.line.setClearButtonEnabled(True)
        self.pick_button = QToolButton(self)
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Pick a date"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick_button)

    def _connect_signals(self) -> None:
        self.pick_button.clicked.connect(self.open_popup)
        self.line.editingFinished.connect(self._on_line_editing_finished)
        self.line.textEdited.connect(lambda _text: self.sig_changed.emit())

    def set_value(self, day: date | None) -> None:
        self.line.setText(dates.format_date(day) if day else "")

    def value(self) -> date | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            day = dates.parse_date(text)
        except dates.ImpossibleDate:
            raise ValidationError(
                self.field, "No such day in this calendar", code="impossible_date", value=text
            ) from None
        if day is None:
            raise ValidationError(self.field, "Not a date", code="date", value=text)
        return day

    def value_or_none(self) -> date | None:
        """The date, or None while the text is not one (for live previews)."""
        try:
            return self.value()
        except ValidationError:
            return None

    def open_popup(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.sig_picked.connect(self._on_popup_picked)
        self.popup.show_date(self.value_or_none() or date.today())
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        return self.popup

    def _on_popup_picked(self, day: date) -> None:
        self.set_value(day)
        self.sig_changed.emit()

    def _on_line_editing_finished(self) -> None:
        day = self.value_or_none()
        if day is not None:
            self.set_value(day)  # shown the calendar's way: 1405/9/2, locale digits
        self.sig_changed.emit()


_TIME_TEXT = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(.*?)\s*$")
_AM = {"am", "a.m.", "a.m", "ق.ظ", "ق.ظ.", "ق ظ", "ก่อนเที่ยง"}
_PM = {"pm", "p.m.", "p.m", "ب.ظ", "ب.ظ.", "ب ظ", "หลังเที่ยง"}


def parse_time(text: str) -> time | None:
    """A typed time: 15:05, 3:05 pm, 15.05, ۱۵:۰۵, the locale's AM/PM words; None if not."""
    match = _TIME_TEXT.match(normalize_digits(text))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    marker = match.group(3).casefold()
    locale = QLocale()
    pm = marker in _PM or bool(marker and marker == locale.pmText().casefold())
    am = marker in _AM or bool(marker and marker == locale.amText().casefold())
    if marker and not (am or pm):
        return None
    if (am or pm) and not 1 <= hour <= 12:
        return None
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


class TimeField(QComboBox):
    """A time of day in the locale's format and digits: typed, or chosen every half hour.

    (QTimeEdit reverses its sections under a right-to-left layout: 15:05 shows as 05:15.)"""

    sig_changed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        for minutes in range(0, 24 * 60, 30):
            moment = time(minutes // 60, minutes % 60)
            self.addItem(dates.format_time(moment), moment)
        self.setMinimumContentsLength(8)
        self.set_value(time(9, 0))

    def _connect_signals(self) -> None:
        self.currentTextChanged.connect(lambda _text: self.sig_changed.emit())

    def set_value(self, moment: time) -> None:
        self.blockSignals(True)
        index = self.findData(moment)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(dates.format_time(moment))
        self.blockSignals(False)
        self.sig_changed.emit()

    def value_or_none(self) -> time | None:
        return parse_time(self.currentText())

    def value(self) -> time:
        """The time; ValidationError on ``field`` for text that is not one."""
        moment = self.value_or_none()
        if moment is None:
            raise ValidationError(
                self.field, "Not a time", code="datetime", value=self.currentText()
            )
        return moment


def add_minutes(moment: time, minutes: int) -> time:
    """A time of day ``minutes`` later (around midnight if need be)."""
    total = (moment.hour * 60 + moment.minute + minutes) % (24 * 60)
    return time(total // 60, total % 60)


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def format_length(minutes: int) -> str:
    """ "1 h 30 min" with the locale's digits."""
    hours, rest = divmod(minutes, 60)
    h, m = QLocale().toString(hours), QLocale().toString(rest)
    if hours and rest:
        return QCoreApplication.translate("TaskDialog", "{h} h {m} min").format(h=h, m=m)
    if hours:
        return QCoreApplication.translate("TaskDialog", "{h} h").format(h=h)
    return QCoreApplication.translate("TaskDialog", "{m} min").format(m=m)
