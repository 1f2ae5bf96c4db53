"""The Reports screen on a real database (the demo data set): choosing a report and filters runs
it off the GUI thread, the chart and the table show it, Export… writes real files, Print… prints
(to a PDF file here), and in Persian the page and the chart read from right to left."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import load_demo
from desktop_crm.ui import dates, i18n
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reports.filters import quick_range
from desktop_crm.ui.reports.page import ReportsPage
from desktop_crm.ui.reports.texts import tr_text

TODAY = date(2026, 6, 15)
ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dates.configure("gregorian")
    yield
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # no run outlives its database
    dates.configure("gregorian")


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    load_demo(crm, today=TODAY)
    return UiContext(crm)


def open_page(qtbot: QtBot, ui: UiContext, name: str = "funnel") -> ReportsPage:
    page = ReportsPage(ui, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.show()  # the first report of the list runs when the page is first shown
    if page.current_info() is not None and page.current_info().name != name:  # type: ignore[union-attr]
        with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
            page.select_report(name)
    return page


def test_the_page_lists_every_report_and_shows_the_chosen_one(
    qtbot: QtBot, ui: UiContext, qtmodeltester: object
) -> None:
    page = open_page(qtbot, ui, "funnel")
    names = {page.list_model.info(r).name for r in range(page.list_model.rowCount())}
    assert names == {info.name for info in ui.crm.reports.catalogue()}
    assert "funnel" in names

    result = page.result
    assert result is not None and result.data.name == "funnel"
    assert page.chart_view.canvas is not None
    assert page.chart_view.figure() is result.figure
    assert page.title_label.text() == "Funnel and conversion"
    model = page.table_model
    assert model.rowCount() == len(result.data.rows) + 1  # and the team's totals
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Team"
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    percent_columns = [c for c, col in enumerate(result.data.columns) if col.kind == "percent"]
    assert percent_columns and model.index(last, percent_columns[0]).data().endswith("%")
    assert page.definition_label.text().startswith("How it is computed: ")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.list_model)  # type: ignore[attr-defined]


def test_filters_run_the_report_again(qtbot: QtBot, ui: UiContext) -> None:
    page = open_page(qtbot, ui, "funnel")
    assert page.filters.period_combo.isHidden()  # the funnel is not over time
    user = next(u for u in ui.crm.catalog.users() if u.name == "Silvia Caruso")

    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.filters.owner_combo.setCurrentIndex(page.filters.owner_combo.findData(user.id))
    assert page.result is not None and page.result.data.filter.owner_id == user.id

    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.filters.range_combo.setCurrentIndex(page.filters.range_combo.findData("last_month"))
        page.filters.range_combo.activated.emit(page.filters.range_combo.currentIndex())
    shown = page.result.data.filter
    assert (shown.start, shown.end) == (date(2026, 5, 1), date(2026, 5, 31))
    assert (shown.start, shown.end) == quick_range("last_month", TODAY)

    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.select_report("won_deals")
    assert page.filters.period_combo.isVisibleTo(page)  # deals won per period
    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.filters.period_combo.setCurrentIndex(page.filters.period_combo.findData("week"))
    assert page.result.data.filter.period == "week"


def test_a_run_is_off_the_gui_thread_with_a_busy_bar(qtbot: QtBot, ui: UiContext) -> None:
    page = open_page(qtbot, ui, "funnel")
    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        page.select_report("lost_reasons")
        assert page.is_busy()  # still running: the event loop is free meanwhile
    assert not page.is_busy()
    assert page.result is not None and page.result.data.name == "lost_reasons"


def test_a_range_that_ends_before_it_starts_is_refused_plainly(qtbot: QtBot, ui: UiContext) -> None:
    page = open_page(qtbot, ui, "funnel")
    page.filters.start_field.set_value(date(2026, 6, 1))
    page.filters.end_field.set_value(date(2026, 5, 1))
    with qtbot.waitSignal(page.sig_failed, timeout=WAIT_MS) as failed:
        page.run_report()
    assert failed.args == ["The end is before the start."]
    assert page.status_label.text() == "The end is before the start."


def test_a_change_to_the_data_runs_the_report_again(qtbot: QtBot, ui: UiContext) -> None:
    page = open_page(qtbot, ui, "funnel")
    first = page.result
    with qtbot.waitSignal(page.sig_report_shown, timeout=WAIT_MS):
        ui.apply(lambda: ui.crm.contacts.create({"first_name": "Nova"}))
    assert page.result is not first


@pytest.mark.parametrize("suffix", [".png", ".pdf", ".xlsx"])
def test_export_writes_the_file_chosen(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, suffix: str
) -> None:
    page = open_page(qtbot, ui, "funnel")
    asked: list[str] = []

    def ask_path(_parent: QWidget, _caption: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / f"funnel{suffix}")

    page.ask_path = ask_path
    with qtbot.waitSignal(page.sig_exported, timeout=WAIT_MS) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("funnel_2026-06-01_2026-06-30.pdf")
    path = Path(exported.args[0])
    assert path == tmp_path / f"funnel{suffix}"
    head = path.read_bytes()[:8]
    expected = {".png": b"\x89PNG", ".pdf": b"%PDF-", ".xlsx": b"PK\x03\x04"}[suffix]
    assert head.startswith(expected)
    if suffix == ".xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path).active
        assert sheet["A1"].value == "Funnel and conversion"
        assert len(sheet._images) == 1


def test_print_paints_the_report_onto_the_printer(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, ui, "funnel")
    target = tmp_path / "printed.pdf"

    def ask_printer(printer: QPrinter, _parent: QWidget) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    page.ask_printer = ask_printer
    with qtbot.waitSignal(page.sig_printed, timeout=WAIT_MS):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    content = target.read_bytes()
    assert content.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", content)) >= 1
    assert b"/Image" in content  # the chart


def test_in_persian_the_page_and_the_chart_read_right_to_left(
    qtbot: QtBot, ui: UiContext, qapp: QApplication
) -> None:
    i18n.install(qapp, "fa")
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    dates.configure("jalali")
    try:
        page = open_page(qtbot, ui, "funnel")
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.title_label.text() == QCoreApplication.translate(
            "ReportTexts", "Funnel and conversion"
        )
        assert page.title_label.text() == tr_text("Funnel and conversion")
        ax = page.result.figure.axes[0]  # type: ignore[union-attr]
        assert ax.yaxis.get_ticks_position() == "right"
        assert ax.xaxis_inverted()
        cell = page.table_model.index(0, 1).data()
        assert re.fullmatch(r"[۰-۹٬]+", cell), cell  # Persian digits
        start = page.filters.start_field.line.text()
        assert start.startswith("۱۴۰۵/"), start  # Khordad 1405 in the Jalali calendar
    finally:
        i18n.install(qapp, "en")


def test_matplotlib_waits_for_the_first_report() -> None:
    script = (
        "import sys\n"
        "import desktop_crm.ui.reports.page\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported with the page'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
