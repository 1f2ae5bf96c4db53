"""The Export dialog: formats, columns, the selection, a real file written in the background,
progress, Cancel that leaves no file, and a right-to-left layout."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import vobject
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import ListQuery
from desktop_crm.services import exporting
from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.exporting import source
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.exporting import ExportDialog

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    """CSV defaults to a comma in an English locale (a decimal-comma locale gets semicolons)."""
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    made = {}
    for key, values in {
        "ann": {"first_name": "Ann", "last_name": "Lee", "emails": "ann@x.example"},
        "hack": {"first_name": '=HYPERLINK("http://evil")', "phones": "+1 555 0100"},
        "sara": {"first_name": "سارا", "last_name": "رضایی", "city": "تهران"},
    }.items():
        created = crm.contacts.create(values).created_id
        assert created is not None
        made[key] = created
    return made


class PathAnswer:
    """Stands in for QFileDialog.getSaveFileName: records the question, answers ``path``."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: Any, caption: str, suggested: str, file_filter: str) -> str:
        self.asked.append((caption, suggested, file_filter))
        return self.path


def open_dialog(qtbot: QtBot, ctx: UiContext, record_type: str, **kwargs: Any) -> ExportDialog:
    dialog = ExportDialog(ctx, record_type, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))


def export(qtbot: QtBot, dialog: ExportDialog, answer: PathAnswer) -> tuple[str, int]:
    dialog.ask_path = answer
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path, rows = blocker.args  # type: ignore[misc]
    return str(path), int(rows)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def checked(dialog: ExportDialog) -> list[str]:
    return dialog.chosen_columns()


def test_exports_the_visible_columns_to_csv(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    query = ListQuery(sort="name", descending=True)
    dialog = open_dialog(
        qtbot, ctx, "contact", query=query, columns=["name", "email", "phone", "company"]
    )
    assert dialog.windowTitle() == "Export contacts"
    assert [dialog.format_combo.itemData(n) for n in range(dialog.format_combo.count())] == [
        "csv",
        "xlsx",
        "vcf",
    ]
    assert checked(dialog) == ["name", "emails", "phones", "company"]  # list keys understood
    assert dialog.columns_list.item(0).text() == "Name"
    assert not dialog.selection_check.isVisible()
    answer = PathAnswer(tmp_path / "mine")  # no extension typed: .csv is added
    path, rows = export(qtbot, dialog, answer)
    assert (path, rows) == (str(tmp_path / "mine.csv"), 3)
    caption, suggested, file_filter = answer.asked[0]
    assert caption == "Export contacts" and suggested.endswith(".csv") and "*.csv" in file_filter
    table = read_csv(tmp_path / "mine.csv")
    assert table[0] == ["Name", "Emails", "Phones", "Company"]
    assert [r[0].removeprefix("'") for r in table[1:]] == [
        r.display_name for r in ctx.crm.contact_list.page(query, 0, 10)
    ]
    hack = next(r for r in table[1:] if "HYPERLINK" in r[0])
    assert hack[0].startswith("'=") and hack[2] == "'+1 555 0100"
    assert "3 contacts" in dialog.status_label.text()
    assert "mine.csv" in dialog.status_label.text()
    assert not dialog.progress_bar.isVisible() and dialog.export_button.isEnabled()


def test_only_the_selected_rows_to_excel(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    ids = [people["sara"], people["hack"]]
    dialog = open_dialog(qtbot, ctx, "contact", ids=ids)
    assert dialog.selection_check.isVisible() and dialog.selection_check.isChecked()
    assert "2" in dialog.selection_check.text()
    assert "id" not in checked(dialog) and "first_name" in checked(dialog)  # every field
    choose_format(dialog, "xlsx")
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    for number in range(dialog.columns_list.count()):
        item = dialog.columns_list.item(number)
        if item.data(Qt.ItemDataRole.UserRole + 1) in ("id", "first_name", "city"):
            item.setCheckState(Qt.CheckState.Checked)
    path, rows = export(qtbot, dialog, PathAnswer(tmp_path / "picked.xlsx"))
    assert rows == 2
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None and sheet.title == "Contacts"
    values = list(sheet.iter_rows(values_only=True))
    assert values == [
        ("First name", "City", "ID"),  # in the list's order (drag to reorder)
        ("سارا", "تهران", people["sara"]),
        ('=HYPERLINK("http://evil")', None, people["hack"]),
    ]
    assert sheet["A3"].data_type == "s"  # text, not a formula
    book.close()
    # unticked: the whole list
    dialog.selection_check.setChecked(False)
    _path, rows = export(qtbot, dialog, PathAnswer(tmp_path / "all.xlsx"))
    assert rows == 3


def test_vcard_for_contacts_only(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, "contact")
    choose_format(dialog, "vcf")
    assert not dialog.columns_box.isEnabled()  # a vCard has its own fields
    path, rows = export(qtbot, dialog, PathAnswer(tmp_path / "book.vcf"))
    assert rows == 3
    cards = list(vobject.readComponents(Path(path).read_text(encoding="utf-8")))
    assert {c.fn.value for c in cards} >= {"Ann Lee", "سارا رضایی"}
    companies = open_dialog(qtbot, ctx, "company")
    assert companies.format_combo.findData("vcf") == -1
    assert companies.windowTitle() == "Export companies"


def test_deals_export(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    ctx.crm.deals.create({"title": "Big one", "value": "1200", "currency": "EUR"})
    dialog = open_dialog(qtbot, ctx, "deal", columns=["title", "stage", "value", "days"])
    assert checked(dialog) == ["title", "stage", "value", "days_in_stage"]
    path, rows = export(qtbot, dialog, PathAnswer(tmp_path / "deals.csv"))
    assert rows == 1
    assert read_csv(Path(path)) == [
        ["Title", "Stage", "Value", "Currency", "Days in stage"],
        ["Big one", "Lead in", "1200", "EUR", "0"],
    ]


def test_no_column_no_file_dialog(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, "contact")
    answer = PathAnswer(tmp_path / "x.csv")
    dialog.ask_path = answer
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert answer.asked == [] and dialog.status_label.text() == "Choose at least one column."
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    dialog.ask_path = PathAnswer("")  # the file dialog was cancelled
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running() and not list(tmp_path.glob("*.csv"))


@pytest.fixture
def gated(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Exports pause after their first page until Cancel is pressed (or the gate opens)."""
    real = exporting.export_records
    gate = threading.Event()

    def paused(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> int:
        def hold(done: int, total: int) -> None:
            progress(done, total)
            if done:
                while not cancelled() and not gate.wait(0.01):
                    pass

        return real(*args, progress=hold, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(exporting, "export_records", paused)
    monkeypatch.setattr(source, "PAGE_SIZE", 20)
    yield gate
    gate.set()


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: QtBot, ctx: UiContext, gated: threading.Event, tmp_path: Path
) -> None:
    load_demo(ctx.crm)
    dialog = open_dialog(qtbot, ctx, "contact")
    target = tmp_path / "out" / "big.xlsx"
    target.parent.mkdir()
    dialog.ask_path = PathAnswer(target)
    choose_format(dialog, "xlsx")
    with qtbot.waitSignal(
        dialog.sig_progress, timeout=WAIT_MS, check_params_cb=lambda done, _total: done == 20
    ):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_bar.value() == 20
    assert dialog.is_running() and dialog.progress_bar.isVisible()
    assert dialog.progress_bar.maximum() == 300
    assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # Cancel
    assert dialog.isVisible()  # cancelling the export does not close the dialog
    assert dialog.status_label.text() == "Export cancelled; no file was written."
    assert list(target.parent.iterdir()) == []
    assert dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_failure_is_shown(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, "contact")
    dialog.ask_path = PathAnswer(tmp_path / "no" / "such" / "folder.csv")
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "folder.csv" in dialog.status_label.text()
    assert dialog.status_label.styleSheet()  # shown as an error
    assert dialog.export_button.isEnabled()


def test_right_to_left_render(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, people: dict[str, str], tmp_path: Path
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_dialog(qtbot, ctx, "contact", ids=[people["sara"]])
        assert dialog.isRightToLeft()
        combo, check = dialog.format_combo.geometry(), dialog.selection_check.geometry()
        assert combo.right() > dialog.width() // 2  # fields hug the right edge
        assert check.right() > dialog.width() // 2
        assert dialog.grab().save(str(tmp_path / "export_rtl.png"))
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
