"""The separator of a CSV export: Comma, Semicolon or Tab.

Excel opens a .csv file by splitting it on the "list separator" of the user's region: a comma
where numbers are written with a decimal point, a semicolon where they are written with a decimal
comma (Italian, Russian, German …). So the choice starts on a semicolon when the UI locale's
decimal point is a comma, else on a comma; once the user picks one, that one is remembered in
QSettings (``export/csv_delimiter``) like the other choices of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.services.exporting import CSV_DELIMITERS

SETTINGS = ("desktop_crm", "desktop_crm")
SETTINGS_KEY = "export/csv_delimiter"


def locale_delimiter(locale: QLocale | None = None) -> str:
    """The name of the separator Excel expects in ``locale`` (default: the UI's locale)."""
    point = (locale if locale is not None else QLocale()).decimalPoint()
    return "semicolon" if point == "," else "comma"


def saved_delimiter() -> str | None:
    """The separator the user chose last (its name), None when never chosen."""
    value = QSettings(*SETTINGS).value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in CSV_DELIMITERS else None


def save_delimiter(name: str) -> None:
    settings = QSettings(*SETTINGS)
    settings.setValue(SETTINGS_KEY, name)
    settings.sync()


class DelimiterCombo(QComboBox):
    """Comma / Semicolon / Tab; starts on the remembered choice, else on the locale's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self.set_delimiter_name(saved_delimiter() or locale_delimiter())

    def _build_ui(self) -> None:
        self.addItem(self.tr("Comma (,)"), "comma")
        self.addItem(self.tr("Semicolon (;)"), "semicolon")
        self.addItem(self.tr("Tab"), "tab")
        self.setAccessibleName(self.tr("Separator"))
        self.setToolTip(
            self.tr(
                "Excel splits a CSV file on a semicolon where numbers have a decimal comma "
                "(Italian, Russian…), on a comma elsewhere."
            )
        )

    def _connect_signals(self) -> None:
        # activated: a choice of the user (not the initial selection made here)
        self.activated.connect(self._on_combo_activated)

    def delimiter_name(self) -> str:
        """``comma``, ``semicolon`` or ``tab``."""
        return str(self.currentData())

    def delimiter(self) -> str:
        """The separator character to write."""
        return CSV_DELIMITERS[self.delimiter_name()]

    def set_delimiter_name(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_combo_activated(self, _index: int) -> None:
        save_delimiter(self.delimiter_name())
