"""Settings ▸ Calendar: calendar system, week start and working hours go to the preferences file,
the automatic task rules to the database (undoable); bad working hours are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.services.preferences import Preferences
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.settings.calendar_settings import CalendarSettings


@pytest.fixture(autouse=True)
def _gregorian_again() -> Iterator[None]:
    yield
    dates.configure()  # the calendar is global: leave it as other tests expect it


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def prefs_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def make(qtbot: QtBot, ui: UiContext, prefs_path: Path) -> CalendarSettings:
    widget = CalendarSettings(ui, prefs_path)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_defaults_and_choices(qtbot: QtBot, ui: UiContext, prefs_path: Path) -> None:
    widget = make(qtbot, ui, prefs_path)
    systems = [widget.system_combo.itemText(i) for i in range(widget.system_combo.count())]
    assert systems == ["Gregorian", "Persian (Jalali)", "Islamic civil", "Thai Buddhist era"]
    days = [widget.week_combo.itemText(i) for i in range(widget.week_combo.count())]
    locale_day = QLocale().dayName(QLocale().firstDayOfWeek().value)
    assert days[0] == f"Locale default ({locale_day})"
    assert days[1:] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert widget.system_combo.currentData() == "gregorian"
    assert widget.week_combo.currentData() == 0
    assert (widget.work_start_combo.currentData(), widget.work_end_combo.currentData()) == (9, 18)
    assert (widget.birthday_spin.value(), widget.stale_spin.value()) == (7, 60)
    assert not widget.apply_button.isEnabled()  # nothing to apply yet
    widget.stale_spin.setValue(0)
    assert widget.stale_spin.text() == "Off"
    assert widget.apply_button.isEnabled()


def test_round_trip(qtbot: QtBot, ui: UiContext, crm: Crm, prefs_path: Path) -> None:
    widget = make(qtbot, ui, prefs_path)
    choose(widget.system_combo, "jalali")
    choose(widget.week_combo, 6)  # Saturday
    choose(widget.work_start_combo, 8)
    choose(widget.work_end_combo, 17)
    widget.birthday_spin.setValue(3)
    widget.stale_spin.setValue(0)  # off
    with qtbot.waitSignal(widget.sig_calendar_changed):
        qtbot.mouseClick(widget.apply_button, Qt.MouseButton.LeftButton)

    saved = json.loads(prefs_path.read_text(encoding="utf-8"))
    assert (saved["calendar"], saved["week_start"]) == ("jalali", 6)
    assert (saved["work_start_hour"], saved["work_end_hour"]) == (8, 17)
    rules = crm.task_rules.settings()
    assert (rules.birthday_days_ahead, rules.stale_days) == (3, 0)
    assert dates.system() is dates.CalendarSystem.JALALI
    assert dates.first_day_of_week() == Qt.DayOfWeek.Saturday
    assert widget.status_label.text() == "Saved."
    assert not widget.apply_button.isEnabled()

    again = make(qtbot, ui, prefs_path)  # a fresh section shows what was saved
    assert again.system_combo.currentData() == "jalali"
    assert again.week_combo.currentData() == 6
    assert (again.work_start_combo.currentData(), again.work_end_combo.currentData()) == (8, 17)
    assert (again.birthday_spin.value(), again.stale_spin.value()) == (3, 0)

    ui.undo()  # the rules were one undoable step; the open sections follow
    rules = crm.task_rules.settings()
    assert (rules.birthday_days_ahead, rules.stale_days) == (7, 60)
    assert (again.birthday_spin.value(), again.stale_spin.value()) == (7, 60)
    assert Preferences.load(prefs_path).calendar == "jalali"  # this machine's, not undone


def test_rules_alone_do_not_redraw_the_calendar(
    qtbot: QtBot, ui: UiContext, crm: Crm, prefs_path: Path
) -> None:
    widget = make(qtbot, ui, prefs_path)
    widget.birthday_spin.setValue(14)
    with qtbot.assertNotEmitted(widget.sig_calendar_changed):
        assert widget.apply()
    assert crm.task_rules.settings().birthday_days_ahead == 14
    assert crm.undo.undo_text() is not None
    before = crm.undo.undo_text()
    assert widget.apply()  # nothing changed: no new undo step
    assert crm.undo.undo_text() == before


def test_working_day_must_end_after_it_starts(
    qtbot: QtBot, ui: UiContext, crm: Crm, prefs_path: Path
) -> None:
    widget = make(qtbot, ui, prefs_path)
    choose(widget.system_combo, "thai_buddhist")
    widget.birthday_spin.setValue(2)
    choose(widget.work_start_combo, 18)
    choose(widget.work_end_combo, 9)
    assert widget.error_label.isVisible()
    assert widget.error_label.text() == "The working day must end after it starts."
    assert not widget.apply_button.isEnabled()
    with qtbot.assertNotEmitted(widget.sig_calendar_changed):
        assert not widget.apply()
    assert not prefs_path.exists()  # nothing half-saved
    assert crm.task_rules.settings().birthday_days_ahead == 7
    assert dates.system() is dates.CalendarSystem.GREGORIAN
    choose(widget.work_start_combo, 10)
    choose(widget.work_end_combo, 10)
    assert widget.problem() is not None  # equal is not "after"
    choose(widget.work_end_combo, 11)
    assert not widget.error_label.isVisible() and widget.apply_button.isEnabled()
    assert widget.apply()
    assert dates.system() is dates.CalendarSystem.THAI_BUDDHIST


def test_revert_drops_what_was_not_applied(qtbot: QtBot, ui: UiContext, prefs_path: Path) -> None:
    Preferences(calendar="islamic_civil", work_start_hour=7).save(prefs_path)
    widget = make(qtbot, ui, prefs_path)
    assert widget.system_combo.currentData() == "islamic_civil"
    assert widget.work_start_combo.currentData() == 7
    choose(widget.system_combo, "gregorian")
    widget.stale_spin.setValue(30)
    assert widget.revert_button.isEnabled()
    widget.revert_button.click()
    assert widget.system_combo.currentData() == "islamic_civil"
    assert widget.stale_spin.value() == 60
    assert not widget.apply_button.isEnabled()
