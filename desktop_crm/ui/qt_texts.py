"""Qt's own texts that we translate ourselves: the standard dialog buttons.

Qt names the buttons of ``QDialogButtonBox``/``QMessageBox`` through
``QCoreApplication.translate("QPlatformTheme", ...)`` and ships catalogs for Persian, Italian
and Russian (``qtbase_*.qm``, installed by ``i18n.install`` after ours, so they win), but none
for Thai. Listing the texts here puts them in our ``.ts`` files, so Thai buttons come out Thai
and the texts Qt's catalogs lack ("Don't Save", "Close without Saving") are translated too.
The source texts are Qt's, mnemonics included: they must match ``QPlatformTheme`` exactly.
Nothing needs to import this module: lupdate reads it, Qt looks the texts up itself.
"""

from __future__ import annotations

from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

STANDARD_BUTTONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
)

__all__ = ["STANDARD_BUTTONS"]
