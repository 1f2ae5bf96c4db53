"""The dashboard (the home screen): KPI tiles, a few charts, the weekly digest banner.

Opening it costs the GUI thread almost nothing: the tiles' numbers (``crm.reports.kpis``) are
computed in a ``QRunnable``, and only once they are shown are the charts' reports run and their
figures built, also off the GUI thread (matplotlib is imported then, not at start-up). The
owner switch shows the team, me, or any salesperson; a data change reloads (debounced). A tile
opens the records behind its number; "Customize…" chooses and orders the tiles.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.enums import Role
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.domain.reports import Kpi, ReportData
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.reports.dashboard_charts import (
    CHARTS,
    ChartPanel,
    ChartResult,
    compute_charts,
    warm_up_charts,
)
from desktop_crm.ui.reports.dashboard_drill import DrillDialog
from desktop_crm.ui.reports.dashboard_jobs import Job, JobSignals, alive
from desktop_crm.ui.reports.digest_week import (
    digest_week_start,
    mark_digest_shown,
    should_show_digest,
)
from desktop_crm.ui.reports.texts import number_format, report_labels
from desktop_crm.ui.reports.tiles import (
    DEFAULT_TILES,
    KpiTile,
    load_tile_layout,
    save_tile_layout,
    tile_title,
)
from desktop_crm.ui.reports.tiles_customize import CustomizeTilesDialog
from desktop_crm.ui.reports.tiles_grid import TileGrid

TEAM = "team"
ME = "me"
OWNER_KEY = "dashboard/owner"
KPIS, CHARTS_JOB = "kpis", "charts"  # what a background job computes
RELOAD_DELAY_MS = 400
FIGURE_SIZE = (6.0, 3.4)  # inches: two charts side by side in a 1280-pixel window
BANNER_STYLE = (
    "QFrame#digest_banner { background: #fff6db; border: 1px solid #e0c97a; border-radius: 4px; }"
)


class DashboardPage(QWidget):
    sig_tiles_loaded = Signal()
    sig_charts_loaded = Signal()
    sig_load_failed = Signal(str)  # the tiles could not be computed (the message shown)

    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        charts: bool = True,
    ) -> None:
        super().__init__(parent)
        self.timings: dict[str, float] = {}
        self._started = time.perf_counter()
        self.ui = ui
        self._today = today or date.today
        self._charts_enabled = charts
        self.settings = QSettings("desktop_crm", "desktop_crm")
        self.currency = ""
        self.kpis: dict[str, Kpi] = {}
        self.tiles: dict[str, KpiTile] = {}
        self._drill_dialog: DrillDialog | None = None  # deleted when closed: see the properties
        self._digest_dialog: QDialog | None = None
        self._generation = 0
        self._jobs: dict[tuple[int, str], JobSignals] = {}
        self._dirty = True
        self._shown_once = False
        self._build_ui()
        self._connect_signals()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("dashboard")
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("dashboard_owner")
        self._fill_owners()
        self.digest_button = QPushButton(self.tr("Weekly digest…"), self)
        self.goals_button = QPushButton(self.tr("Goals…"), self)
        self.customize_button = QPushButton(self.tr("Customize…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.owner_combo)
        bar.addStretch(1)
        for button in (self.digest_button, self.goals_button, self.customize_button):
            bar.addWidget(button)
        self.banner = self._build_banner()
        for key in DEFAULT_TILES:
            self.tiles[key] = KpiTile(key, self)
        self.grid = TileGrid(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dashboard_error")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.charts = ChartPanel(self)
        self.charts.setVisible(self._charts_enabled)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(12)
        column.addLayout(bar)
        column.addWidget(self.banner)
        column.addWidget(self.grid)
        column.addWidget(self.error_label)
        column.addWidget(self.charts, 1)
        column.addStretch()  # takes the room when the charts are off
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.apply_tile_layout(load_tile_layout(self.settings))

    def _build_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("digest_banner")
        banner.setStyleSheet(BANNER_STYLE)
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.banner_label = QLabel(self.tr("This week's digest is ready."), banner)
        self.banner_open = QPushButton(self.tr("Open the digest"), banner)
        self.banner_close = QToolButton(banner)
        self.banner_close.setText("×")
        self.banner_close.setToolTip(self.tr("Hide"))
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.banner_label)
        row.addStretch(1)
        row.addWidget(self.banner_open)
        row.addWidget(self.banner_close)
        banner.hide()
        return banner

    def _connect_signals(self) -> None:
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.ui.sig_changed.connect(self._on_ui_changed)
        self.charts.sig_drawn.connect(self._on_charts_drawn)
        self.owner_combo.currentIndexChanged.connect(self._on_owner_combo_changed)
        self.customize_button.clicked.connect(self.customize)
        self.goals_button.clicked.connect(self.open_goals)
        self.digest_button.clicked.connect(self.open_digest)
        self.banner_open.clicked.connect(self.open_digest)
        self.banner_close.clicked.connect(self.banner.hide)
        for tile in self.tiles.values():
            tile.sig_clicked.connect(self._on_tile_clicked)

    def _fill_owners(self) -> None:
        me = self.ui.crm.ctx.user_id
        users = self.ui.crm.catalog.users()
        stored = str(self.settings.value(OWNER_KEY) or "")
        blocker = self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Team"), TEAM)
        self.owner_combo.addItem(self.tr("Me"), ME)
        for user in sorted(users, key=lambda u: u.name.casefold()):
            if user.id != me:
                self.owner_combo.addItem(user.name, user.id)
        my_role = next((u.role for u in users if u.id == me), None)
        default = ME if my_role == Role.SALESPERSON else TEAM
        index = self.owner_combo.findData(stored or default)
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.owner_combo.blockSignals(blocker)

    # ----- state -------------------------------------------------------------------------
    def today(self) -> date:
        return self._today()

    def owner_id(self) -> str | None:
        """The salesperson shown (None: the whole team)."""
        data = self.owner_combo.currentData()
        if data == ME:
            return self.ui.crm.ctx.user_id
        return None if data in (TEAM, None) else str(data)

    def set_owner(self, key: str) -> None:
        """Show ``key``: ``"team"``, ``"me"`` or a user id."""
        index = self.owner_combo.findData(key)
        if index >= 0:
            self.owner_combo.setCurrentIndex(index)

    def tile_layout(self) -> list[tuple[str, bool]]:
        return load_tile_layout(self.settings)

    def shown_tiles(self) -> list[str]:
        return [tile.key for tile in self.grid.tiles() if isinstance(tile, KpiTile)]

    def apply_tile_layout(self, layout: Sequence[tuple[str, bool]]) -> None:
        self.grid.set_tiles([self.tiles[key] for key, shown in layout if shown])

    # ----- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Recompute the tiles (then the charts) off the GUI thread."""
        self._reload_timer.stop()
        self._dirty = False
        self._generation += 1
        generation = self._generation
        crm, today, owner = self.ui.crm, self.today(), self.owner_id()

        def job() -> tuple[list[Kpi], str]:
            return crm.reports.kpis(today=today, owner_id=owner), crm.pipelines.base_currency()

        self._start(generation, KPIS, job)

    def _start(self, generation: int, kind: str, job: Callable[[], Any]) -> None:
        runnable = Job(job, (generation, kind))
        signals = runnable.signals
        signals.sig_done.connect(self._on_job_done)  # bound: not called once the page is gone
        signals.sig_failed.connect(self._on_job_failed)
        self._jobs[(generation, kind)] = signals  # kept alive until the job reports
        runnable.start()

    def _on_job_done(self, tag: tuple[int, str], result: Any) -> None:
        self._jobs.pop(tag, None)
        generation, kind = tag
        if generation != self._generation:
            return  # an answer to an older question (the owner or the data changed since)
        if kind == KPIS:
            self._on_kpis_done(generation, result)
        else:
            self._on_charts_done(result)

    def is_loading(self) -> bool:
        return bool(self._jobs)

    def _on_kpis_done(self, generation: int, result: tuple[list[Kpi], str]) -> None:
        kpis, self.currency = result
        self.kpis = {kpi.key: kpi for kpi in kpis}
        for key, tile in self.tiles.items():
            kpi = self.kpis.get(key)
            if kpi is not None:
                tile.set_kpi(kpi, self.currency)
        self.error_label.hide()
        self.timings.setdefault("tiles_shown", time.perf_counter() - self._started)
        self.sig_tiles_loaded.emit()
        if self._charts_enabled:
            self._load_charts(generation)

    def _load_charts(self, generation: int) -> None:
        self.charts.set_loading()
        crm, today, owner = self.ui.crm, self.today(), self.owner_id()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        build = self._figure_builder(rtl)
        self._start(
            generation, CHARTS_JOB, lambda: compute_charts(crm, CHARTS, today, owner, build)
        )

    def _figure_builder(self, rtl: bool) -> Callable[[ReportData], Any]:
        """Builds a chart's figure off the GUI thread: translated texts, the locale's numbers."""

        def build(data: ReportData) -> Any:
            from desktop_crm.services.reports.figures import build_figure

            return build_figure(
                data,
                labels=report_labels(data),
                rtl=rtl,
                number_format=number_format,
                size=FIGURE_SIZE,
            )

        return build

    def _on_charts_done(self, results: list[ChartResult]) -> None:
        self.charts.set_results(results)
        self.timings.setdefault("charts_built", time.perf_counter() - self._started)
        self.sig_charts_loaded.emit()

    def _on_charts_drawn(self) -> None:
        self.timings.setdefault("charts_drawn", time.perf_counter() - self._started)

    def _on_job_failed(self, tag: tuple[int, str], exc: Exception) -> None:
        self._jobs.pop(tag, None)
        if tag[0] != self._generation:
            return
        text = error_text(exc) if isinstance(exc, CrmError) else str(exc)
        if tag[1] == CHARTS_JOB:
            self.charts.set_error(
                self.tr("The charts could not be drawn: {error}").format(error=text)
            )
            return
        self.error_label.setText(
            self.tr("The dashboard could not be computed: {error}").format(error=text)
        )
        self.error_label.show()
        self.sig_load_failed.emit(text)

    # ----- events ------------------------------------------------------------------------
    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._charts_enabled:  # matplotlib loads on another core while the tiles compute
                Job(warm_up_charts).start()
            self._offer_digest()
        if self._dirty:
            self.reload()

    def _offer_digest(self) -> None:
        today = self.today()
        if should_show_digest(self.settings, today):
            self.banner.show()
            mark_digest_shown(self.settings, today)

    def _on_ui_changed(self, change: Change) -> None:
        if any(kind == "user" for kind, _id in change.entities):
            self._fill_owners()
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._dirty = True

    def _on_owner_combo_changed(self, _index: int) -> None:
        self.settings.setValue(OWNER_KEY, self.owner_combo.currentData())
        for tile in self.tiles.values():
            tile.set_kpi(None)
        self.reload()

    def _on_tile_clicked(self, key: str) -> None:
        self.drill(key)

    # ----- actions -----------------------------------------------------------------------
    def drill(self, key: str) -> DrillDialog | None:
        """List the records behind tile ``key`` (None while its number is not known)."""
        kpi = self.kpis.get(key)
        if kpi is None or kpi.drill is None:
            return None
        if self.drill_dialog is not None:
            self.drill_dialog.close()  # one list at a time
        dialog = DrillDialog(self.ui, tile_title(key, kpi.title), kpi.drill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._drill_dialog = dialog
        dialog.show()
        return dialog

    @property
    def drill_dialog(self) -> DrillDialog | None:
        """The open drill-down list (None once closed)."""
        return self._drill_dialog if alive(self._drill_dialog) else None

    @property
    def digest_dialog(self) -> QDialog | None:
        return self._digest_dialog if alive(self._digest_dialog) else None

    def customize(self) -> None:
        dialog = CustomizeTilesDialog(self.tile_layout(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_tile_layout(dialog.tile_layout())
        dialog.deleteLater()

    def set_tile_layout(self, layout: Sequence[tuple[str, bool]]) -> None:
        save_tile_layout(self.settings, layout)
        self.apply_tile_layout(layout)

    def open_goals(self) -> QDialog:
        from desktop_crm.ui.reports.goals import GoalsDialog

        dialog = GoalsDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_digest(self) -> QDialog:
        from desktop_crm.ui.reports.digest import DigestDialog

        self.banner.hide()
        dialog = DigestDialog(self.ui, digest_week_start(self.today()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._digest_dialog = dialog
        dialog.show()
        return dialog


__all__ = ["DashboardPage"]
