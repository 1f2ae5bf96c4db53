"""The dashboard's KPI tiles: one light frame per tile (about seven), never one per record.

A tile shows a ``Kpi`` (domain/reports.py): its translated title, the number in the user's
locale (money in the base currency), the count or the goal next to it with a thin progress
bar, and its caveats (a currency without a rate …) as a small warning. Clicking it (or Enter /
Space when it has the focus) emits ``sig_clicked(key)``: the dashboard then lists the records
behind the number. Which tiles are shown, and in which order, is kept in QSettings
``dashboard/tiles``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.domain.reports import Kpi, Note, ValueKind
from desktop_crm.ui.cards.formatting import isolate, leading_alignment
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.money import format_money

_CTX = "DashboardTiles"
SETTINGS_KEY = "dashboard/tiles"
NOTE_STYLE = "color: #a05a00;"
TILE_STYLE = (
    "QFrame#kpi_tile { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
    "QFrame#kpi_tile:focus { border: 2px solid palette(highlight); }"
)

#: tile key -> title (the tiles the dashboard knows, in their default order)
TILE_TITLES: dict[str, str] = {
    "open_pipeline": QT_TRANSLATE_NOOP("DashboardTiles", "Open pipeline"),
    "weighted_forecast": QT_TRANSLATE_NOOP("DashboardTiles", "Weighted forecast"),
    "won_month": QT_TRANSLATE_NOOP("DashboardTiles", "Won this month"),
    "new_leads_month": QT_TRANSLATE_NOOP("DashboardTiles", "New leads this month"),
    "overdue_tasks": QT_TRANSLATE_NOOP("DashboardTiles", "Overdue tasks"),
    "activities_week": QT_TRANSLATE_NOOP("DashboardTiles", "Activities this week"),
    "stale_deals": QT_TRANSLATE_NOOP("DashboardTiles", "Stale deals"),
}
DEFAULT_TILES: tuple[str, ...] = tuple(TILE_TITLES)

#: what each tile means (its tooltip)
TILE_HELP: dict[str, str] = {
    "open_pipeline": QT_TRANSLATE_NOOP(
        "DashboardTiles", "The value of every open deal, in the base currency."
    ),
    "weighted_forecast": QT_TRANSLATE_NOOP(
        "DashboardTiles", "Open deals' value times their probability, in the base currency."
    ),
    "won_month": QT_TRANSLATE_NOOP(
        "DashboardTiles", "Deals won since the first day of this month, against the goal."
    ),
    "new_leads_month": QT_TRANSLATE_NOOP(
        "DashboardTiles", "Contacts created since the first day of this month, against the goal."
    ),
    "overdue_tasks": QT_TRANSLATE_NOOP("DashboardTiles", "Open tasks whose due time has passed."),
    "activities_week": QT_TRANSLATE_NOOP(
        "DashboardTiles", "Calls, emails, meetings and other activities logged this week."
    ),
    "stale_deals": QT_TRANSLATE_NOOP(
        "DashboardTiles", "Open deals that stayed in their stage longer than the stage allows."
    ),
}


def tile_title(key: str, fallback: str = "") -> str:
    text = TILE_TITLES.get(key)
    return QCoreApplication.translate(_CTX, text) if text else (fallback or key)


def tile_help(key: str) -> str:
    text = TILE_HELP.get(key)
    return QCoreApplication.translate(_CTX, text) if text else ""


class _Plural:
    """lupdate marks only ``self.tr(text, "", n)`` as plural and names its context after the
    innermost class: this one is the ``DashboardTiles`` context's."""

    class DashboardTiles(QObject):
        def days(self, n: int) -> str:
            return self.tr("%Ln day(s)", "", n)

        def without_value(self, n: int) -> str:
            return self.tr("%Ln deals without a value", "", n)

        def without_close_date(self, n: int) -> str:
            return self.tr("%Ln deals without a close date", "", n)


# ----- numbers ---------------------------------------------------------------------------
def format_value(value: float | Decimal | None, kind: ValueKind, currency: str) -> str:
    """A KPI's number in the user's locale: money with the base currency's symbol, counts as
    whole numbers, percentages with the locale's percent sign."""
    if value is None:
        return "—"
    locale = QLocale()
    if kind is ValueKind.MONEY:
        return format_money(Decimal(str(value)), currency, whole=True)
    if kind is ValueKind.PERCENT:
        return f"{locale.toString(float(value), 'f', 0)}{locale.percent()}"
    if kind is ValueKind.DAYS:
        return _Plural.DashboardTiles().days(round(float(value)))
    if kind is ValueKind.NUMBER:
        return str(locale.toString(float(value), "f", 1))
    return str(locale.toString(round(float(value))))


def progress_percent(value: float, target: float | None, *, cap: bool = True) -> int | None:
    """How far ``value`` is towards ``target`` in percent (capped at 100 for a bar), None
    without a usable target."""
    if target is None or target <= 0:
        return None
    percent = max(0, round(100 * float(value) / float(target)))
    return min(100, percent) if cap else percent


# ----- notes -----------------------------------------------------------------------------
def _names(values: object) -> str:
    if isinstance(values, (list, tuple)):
        return QLocale().createSeparatedList([str(v) for v in values])
    return str(values or "")


def note_text(note: Note) -> str:
    """A caveat in the user's language (its English text when the code is unknown)."""
    params = note.params
    if note.code == "missing_rate":
        return QCoreApplication.translate(
            "DashboardTiles", "No exchange rate for {currencies}: those deals are left out."
        ).format(currencies=_names(params.get("currencies")))
    count = int(params.get("count", 0) or 0)
    if note.code == "without_value":
        if count == 1:
            return QCoreApplication.translate("DashboardTiles", "1 deal without a value")
        return _Plural.DashboardTiles().without_value(count)
    if note.code == "without_close_date":
        if count == 1:
            return QCoreApplication.translate("DashboardTiles", "1 deal without a close date")
        return _Plural.DashboardTiles().without_close_date(count)
    if note.code == "deleted_owner":
        return QCoreApplication.translate(
            "DashboardTiles", "Includes deals of deleted salespeople: {names}"
        ).format(names=_names(params.get("names")))
    if note.code == "no_data":
        return QCoreApplication.translate("DashboardTiles", "No data yet")
    if note.code == "empty_range":
        return QCoreApplication.translate("DashboardTiles", "The date range is empty")
    return note.text


# ----- which tiles, in which order -----------------------------------------------------
def _stored_list(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key)
    if value is None:
        return []
    if isinstance(value, str):  # an INI file hands back a one-item list as a string
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


def load_tile_layout(
    settings: QSettings, known: Sequence[str] = DEFAULT_TILES
) -> list[tuple[str, bool]]:
    """Every known tile as (key, shown), in the user's order; tiles the stored order does not
    mention (new in this version) come last, shown."""
    stored = _stored_list(settings, SETTINGS_KEY)
    result: list[tuple[str, bool]] = []
    for entry in stored:
        key, shown = (entry[1:], False) if entry.startswith("-") else (entry, True)
        if key in known and all(key != k for k, _s in result):
            result.append((key, shown))
    result.extend((key, True) for key in known if all(key != k for k, _s in result))
    return result


def save_tile_layout(settings: QSettings, layout: Sequence[tuple[str, bool]]) -> None:
    """Stored as the keys in order, hidden ones prefixed with ``-``."""
    settings.setValue(SETTINGS_KEY, [key if shown else f"-{key}" for key, shown in layout])
    settings.sync()


# ----- the tile --------------------------------------------------------------------------
class KpiTile(QFrame):
    """One KPI; ``sig_clicked(key)`` when clicked or activated with the keyboard."""

    sig_clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.kpi: Kpi | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setObjectName("kpi_tile")
        self.setStyleSheet(TILE_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(200)
        self.title_label = QLabel(tile_title(self.key), self)
        self.title_label.setObjectName("tile_title")
        self.title_label.setStyleSheet("color: palette(dark);")
        self.value_label = QLabel("…", self)
        self.value_label.setObjectName("tile_value")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("tile_detail")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("tile_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("tile_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        for widget in (self.title_label, self.value_label, self.detail_label):
            layout.addWidget(widget)
        layout.addWidget(self.progress)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self.setToolTip(tile_help(self.key))
        self.set_kpi(None)

    def set_kpi(self, kpi: Kpi | None, currency: str = "") -> None:
        """Show ``kpi`` (None: still loading)."""
        self.kpi = kpi
        if kpi is None:
            self.value_label.setText("…")
            self.detail_label.hide()
            self.progress.hide()
            self.note_label.hide()
            return
        self.title_label.setText(tile_title(kpi.key, kpi.title))
        self.value_label.setText(format_value(kpi.value, kpi.kind, currency))
        detail = self._detail_text(kpi, currency)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        percent = progress_percent(kpi.value, kpi.target)
        self.progress.setVisible(percent is not None)
        self.progress.setValue(percent or 0)
        notes = [note_text(n) for n in kpi.notes]
        self.note_label.setText("\n".join(f"⚠ {text}" for text in notes))
        self.note_label.setVisible(bool(notes))
        edge = leading_alignment(self.layoutDirection())  # whatever script the text is in
        for label in (self.title_label, self.value_label, self.detail_label, self.note_label):
            label.setAlignment(edge | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"{self.title_label.text()}: {self.value_label.text()}")

    def _detail_text(self, kpi: Kpi, currency: str) -> str:
        """The count under a sum ("3 deals") and the goal ("Goal: €40,000 (46%)"), a line each
        (no separators between numbers: a "·" reads as a Persian zero)."""
        lines: list[str] = []
        if kpi.count is not None and kpi.kind is not ValueKind.INT:  # a sum over some deals
            if kpi.count == 1:
                lines.append(self.tr("1 deal"))
            else:
                lines.append(self.tr("%Ln deals", None, kpi.count))
        if kpi.target is not None:
            goal = isolate(format_value(kpi.target, kpi.kind, currency))
            percent = progress_percent(kpi.value, kpi.target, cap=False)
            if percent is None:
                lines.append(self.tr("Goal: {goal}").format(goal=goal))
            else:
                shown = isolate(f"{QLocale().toString(percent)}{QLocale().percent()}")
                lines.append(self.tr("Goal: {goal} ({percent})").format(goal=goal, percent=shown))
        return "\n".join(lines)

    # ----- interaction -----------------------------------------------------------------
    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.sig_clicked.emit(self.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_clicked.emit(self.key)
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = [
    "DEFAULT_TILES",
    "SETTINGS_KEY",
    "TILE_TITLES",
    "KpiTile",
    "format_value",
    "load_tile_layout",
    "note_text",
    "progress_percent",
    "save_tile_layout",
    "tile_title",
]
