"""In-place editors of one field each, picked by the field's kind.

An editor shows a stored value (``set_value``), emits ``sig_committed(value)`` when the user
commits a different one (Enter, focus out, a pick in a list, a click), and shows an error
message under itself when the card reports that the value was refused; it keeps the user's
text until it is fixed, saved or reverted with Escape.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from typing_extensions import override

from desktop_crm.domain.fields import FieldSpec, Kind
from desktop_crm.ui import dates
from desktop_crm.ui.cards.formatting import (
    as_date,
    date_format,
    format_date,
    format_datetime,
    format_number,
    parse_date,
    parse_number,
)

ERROR_STYLE = "color: #c62828;"


class FieldEditor(QWidget):
    """Base: an input widget with an error line under it."""

    sig_committed = Signal(object)

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._shown: Any = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._build_input(layout)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)

    # Each concrete editor (line, date, long text, check, choices, company) supplies these three.
    def _build_input(self, layout: QVBoxLayout) -> None:
        """Add the input widget(s) to ``layout``."""
        raise NotImplementedError(type(self).__name__)

    def _connect_signals(self) -> None:
        """Commit the value (``sig_committed``) when the user finishes editing."""
        raise NotImplementedError(type(self).__name__)

    # ----- what the card uses --------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        """Show a stored value (drops unsaved input and any error)."""
        self._shown = value
        self.clear_error()
        self._show(value)

    def keep_input(self, value: Any) -> None:
        """The stored value changed but the user is typing: remember it, keep their text."""
        self._shown = value

    def value_shown(self) -> Any:
        return self._shown

    def is_dirty(self) -> bool:
        """The input differs from the stored value (unsaved text)."""
        return False

    def has_input_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)

    def revert(self) -> None:
        self.set_value(self._shown)

    def _show(self, value: Any) -> None:
        """Put a stored value into the input widget(s)."""
        raise NotImplementedError(type(self).__name__)


class LineFieldEditor(FieldEditor):
    """A line of text: text, email, phone, URL, lists (comma-separated) and numbers."""

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaxLength(max(self.spec.max_length * 2, 50_000))
        self.line_edit.installEventFilter(self)
        layout.addWidget(self.line_edit)

    def _connect_signals(self) -> None:
        self.line_edit.editingFinished.connect(self._on_line_edit_finished)

    def to_text(self, value: Any) -> str:
        kind = self.spec.kind
        if value is None:
            return ""
        if kind in (Kind.EMAILS, Kind.PHONES, Kind.LIST):
            return ", ".join(str(v) for v in value)
        if kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
            return format_number(value, kind)
        if kind is Kind.DATETIME:
            return format_datetime(value)
        return str(value)

    def from_text(self, text: str) -> Any:
        if self.spec.kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
            return parse_number(text)
        return text

    @override
    def is_dirty(self) -> bool:
        return self.line_edit.text() != self.to_text(self._shown)

    @override
    def set_editable(self, editable: bool) -> None:
        self.line_edit.setReadOnly(not editable)

    def _show(self, value: Any) -> None:
        self.line_edit.setText(self.to_text(value))
        self.line_edit.setCursorPosition(0)

    def _on_line_edit_finished(self) -> None:
        if self.line_edit.isReadOnly():
            return
        if not self.is_dirty():
            self.clear_error()
            return
        self.sig_committed.emit(self.from_text(self.line_edit.text()))

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


class DateFieldEditor(LineFieldEditor):
    """A date typed in the locale's short format (or ISO), or picked on a calendar; may be empty."""

    def _build_input(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self._placeholder())
        self.line_edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.calendar_button.setText("…")
        else:
            self.calendar_button.setIcon(icon)
        self.calendar_button.setToolTip(self.tr("Pick a date"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setCalendar(dates.qcalendar())
        self.calendar.setFirstDayOfWeek(dates.first_day_of_week())
        self.calendar.setGridVisible(False)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.calendar_button.setMenu(menu)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        layout.addLayout(row)

    @override
    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.calendar.clicked.connect(self._on_calendar_clicked)

    def _placeholder(self) -> str:
        return date_format().replace("yyyy", "YYYY").replace("dd", "DD").replace("d", "D")

    @override
    def to_text(self, value: Any) -> str:
        return format_date(value)

    @override
    def from_text(self, text: str) -> Any:
        return parse_date(text)

    @override
    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.calendar_button.setEnabled(editable)

    def _on_menu_about_to_show(self) -> None:
        parsed = parse_date(self.line_edit.text())
        day = parsed if not isinstance(parsed, str) else as_date(self._shown)
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.calendar_button.menu().hide()
        self.line_edit.setText(format_date(day.toPython()))
        self._on_line_edit_finished()


class LongTextEditor(FieldEditor):
    """Several lines (address, notes); saved when the editor loses focus."""

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        lines = 5 if self.spec.name == "notes" else 3
        height = self.text_edit.fontMetrics().lineSpacing() * lines + 12
        self.text_edit.setFixedHeight(height)
        self.text_edit.installEventFilter(self)
        layout.addWidget(self.text_edit)

    def _connect_signals(self) -> None:
        pass

    @override
    def is_dirty(self) -> bool:
        return self.text_edit.toPlainText() != (self._shown or "")

    @override
    def set_editable(self, editable: bool) -> None:
        self.text_edit.setReadOnly(not editable)

    def _show(self, value: Any) -> None:
        self.text_edit.setPlainText(str(value or ""))

    def commit(self) -> None:
        if self.text_edit.isReadOnly():
            return
        if not self.is_dirty():
            self.clear_error()
            return
        self.sig_committed.emit(self.text_edit.toPlainText())

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)


class CheckFieldEditor(FieldEditor):
    """Yes / no (opt-outs, checkbox custom fields); saved on click."""

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.check_box = QCheckBox(self)
        layout.addWidget(self.check_box)

    def _connect_signals(self) -> None:
        self.check_box.clicked.connect(self._on_check_box_clicked)

    def _show(self, value: Any) -> None:
        self.check_box.setChecked(bool(value))

    def _on_check_box_clicked(self, checked: bool) -> None:
        if checked != bool(self._shown):
            self.sig_committed.emit(checked)


class MultiChoiceEditor(FieldEditor):
    """Several of a custom field's options, ticked in a menu."""

    def _build_input(self, layout: QVBoxLayout) -> None:
        self.button = QToolButton(self)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.menu = QMenu(self.button)
        for option in self.spec.choices:
            action = self.menu.addAction(option)
            action.setCheckable(True)
            action.setData(option)
        self.button.setMenu(self.menu)
        layout.addWidget(self.button)

    def _connect_signals(self) -> None:
        self.menu.triggered.connect(self._on_menu_triggered)

    def chosen(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.menu.actions() if a.isChecked())

    def _show(self, value: Any) -> None:
        chosen = set(value or ())
        for action in self.menu.actions():
            action.setChecked(action.data() in chosen)
        self.button.setText(", ".join(self.chosen()) or self.tr("(none)"))

    def _on_menu_triggered(self) -> None:
        chosen = self.chosen()
        self.button.setText(", ".join(chosen) or self.tr("(none)"))
        if chosen != tuple(self._shown or ()):
            self.sig_committed.emit(chosen)
