"""When the weekly digest is offered: on the first start of each week (the user's week).

The week is named by the ISO week of its first day (``2026-W47``), stored in QSettings
``dashboard/digest_week``; the digest is offered while the stored week is not this one.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_crm.ui import dates

SETTINGS_KEY = "dashboard/digest_week"
SettingsLike = QSettings | str | Path | None


def _settings(where: SettingsLike) -> QSettings:
    if isinstance(where, QSettings):
        return where
    if where is None:
        return QSettings("desktop_crm", "desktop_crm")
    return QSettings(str(where), QSettings.Format.IniFormat)


def week_key(today: date) -> str:
    """The ISO week of the first day of ``today``'s week (by the user's first day of week)."""
    year, week, _day = dates.week_start(today).isocalendar()
    return f"{year}-W{week:02d}"


def digest_week_start(today: date) -> date:
    """The week the digest shown this week is about: the last complete week."""
    return dates.week_start(today) - timedelta(days=7)


def should_show_digest(where: SettingsLike, today: date) -> bool:
    """True on the first start of a week: the digest was not shown yet this week.

    ``where``: a QSettings, the path of an INI file, or None for the app's settings."""
    return str(_settings(where).value(SETTINGS_KEY) or "") != week_key(today)


def mark_digest_shown(where: SettingsLike, today: date) -> None:
    settings = _settings(where)
    settings.setValue(SETTINGS_KEY, week_key(today))
    settings.sync()


__all__ = [
    "SETTINGS_KEY",
    "digest_week_start",
    "mark_digest_shown",
    "should_show_digest",
    "week_key",
]
