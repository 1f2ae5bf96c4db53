"""The filters above a report: the range (typed or picked in the user's calendar, or a quick
range), the pipeline, the salesperson (the whole team or one person) and, for reports over
time, the period. ``sig_changed`` fires when the filter changes to a valid one.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_crm.domain.records import PipelineInfo, User
from desktop_crm.domain.reports import Period, ReportFilter
from desktop_crm.ui import dates
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.tasks.fields import DateField

_CTX = "ReportFilters"
TYPING_PAUSE_MS = 400

QUICK_RANGES: tuple[tuple[str, str], ...] = (
    ("this_month", QT_TRANSLATE_NOOP("ReportFilters", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("ReportFilters", "Last month")),
    ("this_quarter", QT_TRANSLATE_NOOP("ReportFilters", "This quarter")),
    ("this_year", QT_TRANSLATE_NOOP("ReportFilters", "This year")),
    ("last_12_months", QT_TRANSLATE_NOOP("ReportFilters", "Last 12 months")),
    ("custom", QT_TRANSLATE_NOOP("ReportFilters", "Custom range")),
)
PERIODS: tuple[tuple[Period, str], ...] = (
    (Period.DAY, QT_TRANSLATE_NOOP("ReportFilters", "Per day")),
    (Period.WEEK, QT_TRANSLATE_NOOP("ReportFilters", "Per week")),
    (Period.MONTH, QT_TRANSLATE_NOOP("ReportFilters", "Per month")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def quick_range(key: str, today: date) -> tuple[date, date]:
    """The first and last day of a quick range, in the user's calendar system."""
    month = dates.month_start(today)
    year, month_number, _ = dates.parts(today)
    if key == "last_month":
        start = dates.add_months(month, -1)
        return start, month - timedelta(days=1)
    if key == "this_quarter":
        start = dates.add_months(month, -((month_number - 1) % 3))
        return start, dates.add_months(start, 3) - timedelta(days=1)
    if key == "this_year":
        start = dates.add_months(month, -(month_number - 1))
        return start, dates.add_months(start, dates.months_in_year(year)) - timedelta(days=1)
    if key == "last_12_months":
        return dates.add_months(month, -11), dates.add_months(month, 1) - timedelta(days=1)
    return month, dates.add_months(month, 1) - timedelta(days=1)


class FilterBar(QWidget):
    sig_changed = Signal(object)  # ReportFilter

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._quiet = False
        self._build_ui()
        self._connect_signals()
        self.apply_quick_range("this_month")

    def _build_ui(self) -> None:
        self.range_combo = QComboBox(self)
        for key, label in QUICK_RANGES:
            self.range_combo.addItem(_t(label), key)
        self.start_field = DateField("start", self)
        self.end_field = DateField("end", self)
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.addItem(self.tr("All pipelines"), None)
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("Whole team"), None)
        self.period_combo = QComboBox(self)
        for period, label in PERIODS:
            self.period_combo.addItem(_t(label), period.value)
        self.period_combo.setCurrentIndex(len(PERIODS) - 1)
        self.period_combo.setVisible(False)
        self.typing_timer = QTimer(self)  # a typed date re-runs the report once typing pauses
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_PAUSE_MS)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.range_combo)
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.start_field)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.end_field)
        row.addSpacing(12)
        row.addWidget(self.pipeline_combo)
        row.addWidget(self.owner_combo)
        row.addWidget(self.period_combo)
        row.addStretch(1)

    def _connect_signals(self) -> None:
        self.range_combo.activated.connect(self._on_range_combo_activated)
        self.start_field.sig_changed.connect(self._on_date_changed)
        self.end_field.sig_changed.connect(self._on_date_changed)
        self.pipeline_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.owner_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.period_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.typing_timer.timeout.connect(self._emit)

    # ----- choices -------------------------------------------------------------------------
    def set_choices(self, pipelines: list[PipelineInfo], users: list[User]) -> None:
        """Fill the pipeline and salesperson lists (keeping what is chosen when still there)."""
        self._quiet = True
        try:
            self._refill(self.pipeline_combo, [(p.id, p.name) for p in pipelines])
            self._refill(self.owner_combo, [(u.id, u.name) for u in users])
        finally:
            self._quiet = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def set_needs_period(self, needs: bool) -> None:
        self.period_combo.setVisible(needs)

    def apply_quick_range(self, key: str) -> None:
        start, end = quick_range(key, self.today)
        self._quiet = True
        try:
            self.range_combo.setCurrentIndex(self.range_combo.findData(key))
            self.start_field.set_value(start)
            self.end_field.set_value(end)
        finally:
            self._quiet = False
        self._emit()

    # ----- the filter ----------------------------------------------------------------------
    def current_filter(self) -> ReportFilter | None:
        """The filter shown, or None while a date is not (yet) a date."""
        start, end = self.start_field.value_or_none(), self.end_field.value_or_none()
        if start is None or end is None:
            return None
        return ReportFilter(
            start,
            end,
            pipeline_id=self.pipeline_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            period=Period(self.period_combo.currentData()),
        )

    def _emit(self) -> None:
        if self._quiet:
            return
        flt = self.current_filter()
        if flt is not None:
            self.sig_changed.emit(flt)

    def _on_range_combo_activated(self, index: int) -> None:
        key = self.range_combo.itemData(index)
        if key != "custom":
            self.apply_quick_range(key)

    def _on_date_changed(self) -> None:
        if self._quiet:
            return
        self.range_combo.setCurrentIndex(self.range_combo.findData("custom"))
        self.typing_timer.start()

    def _on_combo_changed(self, _index: int) -> None:
        self._emit()


__all__ = ["PERIODS", "QUICK_RANGES", "FilterBar", "quick_range"]
