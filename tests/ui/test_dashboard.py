"""The dashboard: tiles with the right numbers (worked out by hand on a small book), drill-down
to the records behind a number, choosing and ordering tiles (remembered), the owner switch,
reload on a data change, charts loaded after the tiles off the GUI thread, the digest banner."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.reports import Drill, Kpi, Note, ValueKind
from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reports.dashboard import DashboardPage
from desktop_crm.ui.reports.dashboard_drill import DrillDialog, DrillModel
from desktop_crm.ui.reports.tiles import (
    DEFAULT_TILES,
    KpiTile,
    format_value,
    load_tile_layout,
    note_text,
    save_tile_layout,
)
from desktop_crm.ui.reports.tiles_customize import CustomizeTilesDialog
from desktop_crm.ui.reports.tiles_grid import TileGrid
from desktop_crm.ui.tasks.task_dialog import TaskDialog

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture(autouse=True)
def native_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings(org, app) uses the native format: keep it out of the user's config too."""
    folder = tmp_path_factory.mktemp("native_settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)
    QThreadPool.globalInstance().waitForDone()  # no job still reads the database


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


def plain(text: str) -> str:
    """``text`` without its bidi isolates."""
    return text.replace("\u2068", "").replace("\u2069", "")


def app_settings() -> QSettings:
    return QSettings("desktop_crm", "desktop_crm")


# ----- tiles -------------------------------------------------------------------------------
def test_tile_shows_money_count_goal_and_notes(qtbot: QtBot) -> None:
    tile = KpiTile("won_month")
    qtbot.addWidget(tile)
    kpi = Kpi(
        "won_month",
        "Won this month",
        12500.4,
        ValueKind.MONEY,
        target=50000,
        count=3,
        notes=(Note("missing_rate", "x", {"currencies": ["IRR", "RUB"]}),),
    )
    tile.set_kpi(kpi, "EUR")
    assert tile.title_label.text() == "Won this month"
    assert tile.value_label.text() == "€12,500"
    assert plain(tile.detail_label.text()) == "3 deals\nGoal: €50,000 (25%)"
    assert not tile.progress.isHidden() and tile.progress.value() == 25
    assert tile.note_label.text() == "⚠ No exchange rate for IRR and RUB: those deals are left out."
    tile.set_kpi(Kpi("won_month", "Won", 120000, ValueKind.MONEY, target=50000, count=9), "EUR")
    assert plain(tile.detail_label.text()) == "9 deals\nGoal: €50,000 (240%)"  # past the goal
    assert tile.progress.value() == 100
    tile.set_kpi(Kpi("overdue_tasks", "Overdue", 4, ValueKind.INT), "EUR")
    assert tile.value_label.text() == "4"
    assert tile.detail_label.isHidden() and tile.progress.isHidden() and tile.note_label.isHidden()


def test_tile_click_and_keyboard_emit_its_key(qtbot: QtBot) -> None:
    tile = KpiTile("stale_deals")
    qtbot.addWidget(tile)
    tile.show()
    with qtbot.waitSignal(tile.sig_clicked) as blocker:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert blocker.args == ["stale_deals"]
    with qtbot.waitSignal(tile.sig_clicked):
        qtbot.keyClick(tile, Qt.Key.Key_Space)


def test_values_follow_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    assert format_value(1234, ValueKind.INT, "EUR") == "۱٬۲۳۴"
    assert "۱٬۲۳۴" in format_value(1234, ValueKind.MONEY, "EUR")
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    assert format_value(1234567, ValueKind.MONEY, "EUR") == "1.234.567\u00a0€"
    assert note_text(Note("without_value", "x", {"count": 2})) == "2 deals without a value"
    assert note_text(Note("mystery", "Plain English")) == "Plain English"


def test_grid_wraps_tiles_and_mirrors_right_to_left(qtbot: QtBot) -> None:
    grid = TileGrid(min_width=200)
    qtbot.addWidget(grid)
    tiles = [KpiTile(key) for key in DEFAULT_TILES]
    grid.set_tiles(tiles)
    grid.setLayoutDirection(RTL)
    grid.resize(900, 300)
    grid.show()
    qtbot.waitExposed(grid)
    assert grid.columns() == 4
    first, second = tiles[0].geometry(), tiles[1].geometry()
    assert first.x() > second.x() and first.y() == second.y()  # the first tile at the right
    assert tiles[4].geometry().y() > first.y()  # the fifth wraps to the next row
    grid.resize(450, 600)
    qtbot.waitUntil(lambda: grid.columns() == 2)


# ----- which tiles, in which order ---------------------------------------------------------
def test_tile_layout_is_stored_and_new_tiles_come_last() -> None:
    settings = app_settings()
    assert load_tile_layout(settings) == [(k, True) for k in DEFAULT_TILES]
    save_tile_layout(settings, [("stale_deals", True), ("open_pipeline", False)])
    layout = load_tile_layout(app_settings())
    assert layout[:2] == [("stale_deals", True), ("open_pipeline", False)]
    rest = [k for k in DEFAULT_TILES if k not in ("stale_deals", "open_pipeline")]
    assert layout[2:] == [(k, True) for k in rest]  # the others after, shown
    assert {k for k, _s in layout} == set(DEFAULT_TILES)
    save_tile_layout(settings, [("overdue_tasks", True)])  # a one-item list survives the INI
    assert load_tile_layout(app_settings())[0] == ("overdue_tasks", True)


def test_customize_dialog_hides_and_reorders(qtbot: QtBot) -> None:
    dialog = CustomizeTilesDialog([(k, True) for k in DEFAULT_TILES])
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(6)  # stale deals
    dialog.move_current(-1)
    dialog.move_current(-1)
    assert dialog.list.currentRow() == 4 and dialog.up_button.isEnabled()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # open pipeline
    layout = dialog.tile_layout()
    assert layout[0] == ("open_pipeline", False)
    assert [k for k, _s in layout][4] == "stale_deals"
    dialog.reset_button.click()
    assert dialog.tile_layout() == [(k, True) for k in DEFAULT_TILES]


# ----- drill-down ----------------------------------------------------------------------------
def test_drill_lists_records_and_opens_them(qtbot: QtBot, crm: Crm, ui: UiContext) -> None:
    big = crm.deals.create({"title": "Big order", "value": Decimal(1200)}).created_id
    small = crm.deals.create({"title": "Small order", "value": Decimal(80)}).created_id
    gone = crm.deals.create({"title": "Gone"}).created_id
    assert big and small and gone
    crm.deals.delete([gone])
    dialog = DrillDialog(ui, "Open pipeline", Drill("deal", (big, gone, small)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [r.cells[0] for r in dialog.rows()] == ["Big order", "Small order"]
    assert dialog.rows()[0].cells[2] == "€1,200"
    assert dialog.heading.text() == "3 records"
    rect = dialog.view.visualRect(dialog.model.index(1, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_row() is not None and dialog.open_button.isEnabled()
    with qtbot.waitSignal(ui.sig_open_record) as opened:
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["deal", small]


def test_drill_opens_a_task_in_its_editor(qtbot: QtBot, crm: Crm, ui: UiContext) -> None:
    due = datetime.now(UTC) - timedelta(days=2)
    task = crm.tasks.create({"title": "Call back Marco", "due_at": due}).created_id
    assert task
    dialog = DrillDialog(ui, "Overdue tasks", Drill("task", (task,)))
    qtbot.addWidget(dialog)
    assert dialog.rows()[0].cells[0] == "Call back Marco"
    dialog.view.selectRow(0)
    dialog.open_button.click()
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, TaskDialog)]
    assert editors and editors[-1].isVisible()
    for editor in editors:
        editor.close()


def test_drill_model_fetches_pages(qtbot: QtBot, crm: Crm, qtmodeltester: ModelTester) -> None:
    ids = []
    for n in range(5):
        made = crm.contacts.create({"first_name": f"Lead {n}", "source": "Referral"}).created_id
        assert made
        ids.append(made)
    model = DrillModel(crm, Drill("contact", tuple(ids)), page_size=2)
    assert model.rowCount() == 0 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 2
    model.fetch_all()
    assert model.rowCount() == 5
    assert model.index(4, 0).data() == "Lead 4" and model.index(4, 2).data() == "Referral"
    qtmodeltester.check(model)


# ----- the page ------------------------------------------------------------------------------
def test_dashboard_module_does_not_import_matplotlib() -> None:
    code = (
        "import sys; import desktop_crm.ui.reports.dashboard; "
        "sys.exit(1 if 'matplotlib' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def show_page(
    qtbot: QtBot, ui: UiContext, *, today: Callable[[], date] | None = None, charts: bool = True
) -> DashboardPage:
    page = DashboardPage(ui, today=today, charts=charts)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.sig_tiles_loaded, timeout=20000):
        page.show()
    return page


def test_digest_banner_on_the_first_start_of_the_week(qtbot: QtBot, ui: UiContext) -> None:
    monday = date(2026, 11, 23)
    page = show_page(qtbot, ui, today=lambda: monday, charts=False)
    assert page.banner.isVisible()
    again = show_page(qtbot, ui, today=lambda: monday + timedelta(days=3), charts=False)
    assert not again.banner.isVisible()
    later = show_page(qtbot, ui, today=lambda: monday + timedelta(days=7), charts=False)
    assert later.banner.isVisible()


def test_customize_persists_into_a_new_page(qtbot: QtBot, ui: UiContext) -> None:
    page = show_page(qtbot, ui, charts=False)
    assert page.shown_tiles() == list(DEFAULT_TILES)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomizeTilesDialog)
        dialog.list.setCurrentRow(4)  # overdue tasks to the top
        for _ in range(4):
            dialog.move_current(-1)
        dialog.list.item(6).setCheckState(Qt.CheckState.Unchecked)  # stale deals hidden
        dialog.accept()

    QTimer.singleShot(0, choose)
    page.customize()
    expected = ["overdue_tasks", *[k for k in DEFAULT_TILES[:-1] if k != "overdue_tasks"]]
    assert page.shown_tiles() == expected
    assert not page.tiles["stale_deals"].isVisible()
    fresh = show_page(qtbot, ui, charts=False)
    assert fresh.shown_tiles() == expected


# ----- the numbers of a small book, worked out by hand ---------------------------------------
def utc_today() -> date:
    return datetime.now(UTC).date()


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


@pytest.fixture
def book(crm: Crm) -> dict[str, str]:
    """Open deals: A 1,000 EUR in "Lead in" (10%), B 2,000 USD = 1,800 EUR in "Qualified" (25%,
    Mina's), C 500 RUB (no rate), D without a value; won this month: E 3,000 EUR and F 400 USD
    = 360 EUR. Three new contacts, two overdue tasks (one more done, one due later), four
    activities now. Goals this month: 10,000 EUR won, 5 new leads."""
    from desktop_crm.ui.reports.goals import goal_service

    stages = crm.pipelines.pipelines()[0].open_stages
    crm.pipelines.set_rate("USD", Decimal("0.9"))
    mina = crm.catalog.add_user("Mina Karimi").created_id
    assert mina
    made: dict[str, str] = {"mina": mina}
    for key, values in {
        "A": {"title": "Alpha", "value": Decimal(1000), "stage_id": stages[0].id},
        "B": {"title": "Bravo", "value": Decimal(2000), "currency": "USD", "owner_id": mina},
        "C": {"title": "Charlie", "value": Decimal(500), "currency": "RUB"},
        "D": {"title": "Delta"},
        "E": {"title": "Echo", "value": Decimal(3000)},
        "F": {"title": "Foxtrot", "value": Decimal(400), "currency": "USD"},
    }.items():
        values.setdefault("stage_id", stages[1].id)
        deal = crm.deals.create(values).created_id
        assert deal
        made[key] = deal
    crm.deals.mark_won(made["E"])
    crm.deals.mark_won(made["F"])
    for name in ("Ann", "Bob", "Cy"):
        contact = crm.contacts.create({"first_name": name}).created_id
        assert contact
        made[name] = contact
    now = datetime.now(UTC)
    for key, due in (("T1", -2), ("T2", -1), ("T3", -3), ("T4", 3)):
        task = crm.tasks.create({"title": key, "due_at": now + timedelta(days=due)}).created_id
        assert task
        made[key] = task
    crm.tasks.complete(made["T3"])
    for kind in ("call", "email", "meeting", "call"):
        crm.activities.log(kind, subject=kind, contact_id=made["Ann"], occurred_at=now)
    first, last = month_bounds(utc_today())
    goals = goal_service(crm)
    goals.create("deals_won_value", 10000, first, last)
    goals.create("new_leads", 5, first, last)
    return made


def tile_texts(page: DashboardPage, key: str) -> tuple[str, str, str]:
    tile = page.tiles[key]
    detail = "" if tile.detail_label.isHidden() else plain(tile.detail_label.text())
    note = "" if tile.note_label.isHidden() else tile.note_label.text()
    return tile.value_label.text(), detail, note


def test_tiles_show_the_numbers_of_the_book(
    qtbot: QtBot, ui: UiContext, book: dict[str, str]
) -> None:
    page = show_page(qtbot, ui, today=utc_today, charts=False)
    assert page.owner_id() is None  # the owner (an admin) sees the team
    value, detail, note = tile_texts(page, "open_pipeline")
    assert (value, detail) == ("€2,800", "4 deals")
    assert "RUB" in note and "1 deal without a value" in note
    assert tile_texts(page, "weighted_forecast")[0] == "€550"  # 1,000 × 10% + 1,800 × 25%
    assert tile_texts(page, "won_month")[:2] == ("€3,360", "2 deals\nGoal: €10,000 (34%)")
    assert page.tiles["won_month"].progress.value() == 34
    assert tile_texts(page, "new_leads_month")[:2] == ("3", "Goal: 5 (60%)")
    assert tile_texts(page, "overdue_tasks")[0] == "2"
    assert tile_texts(page, "activities_week")[0] == "4"
    assert tile_texts(page, "stale_deals")[0] == "0"


def test_owner_switch_shows_one_salesperson(
    qtbot: QtBot, ui: UiContext, book: dict[str, str]
) -> None:
    page = show_page(qtbot, ui, today=utc_today, charts=False)
    with qtbot.waitSignal(page.sig_tiles_loaded, timeout=20000):
        page.set_owner(book["mina"])
    assert page.owner_id() == book["mina"]
    assert tile_texts(page, "open_pipeline")[:2] == ("€1,800", "1 deal")
    assert tile_texts(page, "won_month")[0] == "€0"
    assert app_settings().value("dashboard/owner") == book["mina"]
    with qtbot.waitSignal(page.sig_tiles_loaded, timeout=20000):
        page.set_owner("team")
    assert tile_texts(page, "open_pipeline")[0] == "€2,800"


def test_stale_deals_after_the_stage_rots(
    qtbot: QtBot, crm: Crm, ui: UiContext, book: dict[str, str]
) -> None:
    stage = crm.pipelines.pipelines()[0].open_stages[0]
    crm.pipelines.update_stage(stage.id, "rotting_days", 3)
    later = utc_today() + timedelta(days=5)
    page = show_page(qtbot, ui, today=lambda: later, charts=False)
    assert tile_texts(page, "stale_deals")[0] == "1"  # Alpha, in "Lead in" for 5 days
    dialog = page.drill("stale_deals")
    assert dialog is not None
    assert [r.cells[0] for r in dialog.rows()] == ["Alpha"]


def test_tile_click_drills_down_and_opens_a_deal(
    qtbot: QtBot, ui: UiContext, book: dict[str, str]
) -> None:
    page = show_page(qtbot, ui, today=utc_today, charts=False)
    qtbot.mouseClick(page.tiles["open_pipeline"], Qt.MouseButton.LeftButton)
    dialog = page.drill_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Open pipeline"
    assert [r.cells[0] for r in dialog.rows()] == ["Bravo", "Alpha", "Charlie", "Delta"]
    assert dialog.rows()[0].cells[2] == "$2,000"  # in the deal's own currency
    qtbot.waitExposed(dialog)
    rect = dialog.view.visualRect(dialog.model.index(1, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ui.sig_open_record) as opened:
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["deal", book["A"]]
    leads = page.drill("new_leads_month")
    assert leads is not None and dialog is not page.drill_dialog
    assert sorted(r.cells[0] for r in leads.rows()) == ["Ann", "Bob", "Cy"]
    tasks = page.drill("overdue_tasks")
    assert tasks is not None
    assert [r.cells[0] for r in tasks.rows()] == ["T1", "T2"]


def test_a_data_change_reloads_the_tiles(
    qtbot: QtBot, crm: Crm, ui: UiContext, book: dict[str, str]
) -> None:
    page = show_page(qtbot, ui, today=utc_today, charts=False)
    with qtbot.waitSignal(page.sig_tiles_loaded, timeout=20000):
        ui.apply(lambda: crm.deals.create({"title": "Golf", "value": Decimal(700)}))
        ui.apply(lambda: crm.deals.create({"title": "Hotel", "value": Decimal(300)}))
    assert tile_texts(page, "open_pipeline")[:2] == ("€3,800", "6 deals")
    page.hide()
    ui.apply(lambda: crm.deals.delete([book["A"]]))
    assert tile_texts(page, "open_pipeline")[0] == "€3,800"  # hidden: reloads when shown
    with qtbot.waitSignal(page.sig_tiles_loaded, timeout=20000):
        page.show()
    assert tile_texts(page, "open_pipeline")[0] == "€2,800"


def test_charts_come_after_the_tiles(qtbot: QtBot, ui: UiContext, book: dict[str, str]) -> None:
    page = DashboardPage(ui, today=utc_today)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignals([page.sig_tiles_loaded, page.sig_charts_loaded], timeout=60000):
        page.show()
    assert [r.spec.report for r in page.charts.results] == ["forecast", "won_deals"]
    assert len(page.charts.canvases) == 2
    won = page.charts.results[1]
    assert won.data is not None and won.data.filter.end == utc_today()
    assert won.figure.axes  # a chart was drawn, not a "no data" message
    qtbot.waitUntil(lambda: "charts_drawn" in page.timings, timeout=60000)  # both painted
    assert page.timings["tiles_shown"] < page.timings["charts_built"]


def test_banner_opens_last_weeks_digest(qtbot: QtBot, ui: UiContext) -> None:
    monday = date(2026, 11, 23)
    page = show_page(qtbot, ui, today=lambda: monday, charts=False)
    assert page.banner.isVisible()
    page.banner_open.click()
    dialog = page.digest_dialog
    assert dialog is not None and dialog.isVisible()
    # the last whole week, by the locale's first day of the week (Sunday in en_US)
    assert getattr(dialog, "week_start", None) == date(2026, 11, 15)
    assert not page.banner.isVisible()
    dialog.close()
