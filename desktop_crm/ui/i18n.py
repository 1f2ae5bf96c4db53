"""Language: load the compiled translations and set the layout direction (Persian is RTL)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("en", "fa", "it", "ru", "th")
RTL_LANGUAGES = {"fa", "ar", "he", "ur"}

_installed: list[QTranslator] = []  # what the last install() put on the application


def available_languages() -> list[str]:
    return ["en", *sorted(p.stem.split("_")[-1] for p in I18N_DIR.glob("desktop_crm_*.qm"))]


def install(app: QApplication, language: str | None) -> str:
    """Install translators for ``language`` (default: the system's) and return the code used.

    The translators of a previous call are removed first, so ``install(app, "en")`` goes back to
    English, left to right.
    """
    uninstall(app)
    code = (language or QLocale.system().name().split("_")[0] or "en").lower()
    if code not in LANGUAGES:
        code = "en"
    locale = (
        QLocale(code)
        if code != "en"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"desktop_crm_{code}.qm")):
            translators.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_dir):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    return code


def installed_translators() -> list[QTranslator]:
    """The translators the last ``install()`` put on the application."""
    return list(_installed)


def uninstall(app: QApplication) -> None:
    """Remove the translators ``install()`` put on ``app``."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
