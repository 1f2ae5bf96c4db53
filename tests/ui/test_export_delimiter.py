"""The Export dialog's CSV separator: Comma / Semicolon / Tab, only for CSV, starting on what
Excel expects in the UI locale (a semicolon where the decimal point is a comma), remembered once
chosen, written into a real file, laid out right to left too."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.exporting import ExportDialog
from desktop_crm.ui.exporting.delimiter import (
    SETTINGS,
    SETTINGS_KEY,
    DelimiterCombo,
    locale_delimiter,
)

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def restore_locale() -> Iterator[None]:
    old = QLocale()
    yield
    QLocale.setDefault(old)
    QThreadPool.globalInstance().waitForDone()  # no export still writes


def use_locale(name: str) -> None:
    QLocale.setDefault(QLocale(name))


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    for values in (
        {"first_name": "Ann", "last_name": "Lee", "job_title": "Direttore; vendite"},
        {"first_name": "سارا", "last_name": "رضایی", "city": "تهران, ایران"},
        {"first_name": "Луиза", "last_name": "Иванова", "job_title": "=SUM(A1)"},
    ):
        crm.contacts.create(values)
    return UiContext(crm)


def open_dialog(qtbot: QtBot, ctx: UiContext, record_type: str = "contact") -> ExportDialog:
    dialog = ExportDialog(ctx, record_type, columns=["first_name", "last_name", "job_title"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))


def separator_label(dialog: ExportDialog) -> QWidget:
    label = dialog.form.labelForField(dialog.delimiter_combo)
    assert label is not None
    return label


def export(qtbot: QtBot, dialog: ExportDialog, path: Path) -> Path:
    def answer(*_args: Any) -> str:
        return str(path)

    dialog.ask_path = answer
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    return Path(blocker.args[0])


def read(path: Path, delimiter: str) -> list[list[str]]:
    """The header, then the rows sorted (the list's order is the locale's collation)."""
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 that Excel recognises
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = csv.reader(handle, delimiter=delimiter)
    return [header, *sorted(rows)]


EXPECTED = [
    ["First name", "Last name", "Job title"],
    *sorted(
        [
            ["Ann", "Lee", "Direttore; vendite"],
            ["سارا", "رضایی", ""],
            ["Луиза", "Иванова", "'=SUM(A1)"],  # neutralised
        ]
    ),
]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("it_IT", "semicolon"),
        ("ru_RU", "semicolon"),
        ("it", "semicolon"),  # what the app sets for the Italian UI
        ("en_US", "comma"),
        ("th_TH", "comma"),
        ("fa_IR", "comma"),  # Persian's decimal point is ٫, not a comma
    ],
)
def test_the_default_follows_the_ui_locale(
    qtbot: QtBot, ctx: UiContext, locale: str, expected: str
) -> None:
    use_locale(locale)
    assert locale_delimiter() == expected
    dialog = open_dialog(qtbot, ctx)
    assert dialog.delimiter_combo.delimiter_name() == expected
    assert QSettings(*SETTINGS).value(SETTINGS_KEY) is None  # a default is not a choice


def test_an_italian_owner_gets_semicolons_by_default(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    use_locale("it_IT")
    dialog = open_dialog(qtbot, ctx)
    assert dialog.delimiter_combo.currentText() == "Semicolon (;)"
    assert dialog.delimiter_combo.isVisible() and separator_label(dialog).isVisible()
    assert separator_label(dialog).property("text") == "Separator:"
    path = export(qtbot, dialog, tmp_path / "contatti.csv")
    assert path.read_bytes().decode("utf-8-sig").startswith("First name;Last name;Job title\r\n")
    assert read(path, ";") == EXPECTED


def test_the_separator_is_only_for_csv(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    use_locale("it_IT")
    dialog = open_dialog(qtbot, ctx)
    for fmt, shown in (("xlsx", False), ("vcf", False), ("csv", True), ("xlsx", False)):
        choose_format(dialog, fmt)
        assert dialog.form.isRowVisible(dialog.delimiter_combo) is shown
        assert dialog.delimiter_combo.isVisible() is shown
        assert separator_label(dialog).isVisible() is shown
    path = export(qtbot, dialog, tmp_path / "book.xlsx")  # a workbook whatever the separator
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    header, *rows = sheet.iter_rows(values_only=True)
    assert header == ("First name", "Last name", "Job title")
    assert sorted(rows, key=str) == sorted(
        [
            ("Ann", "Lee", "Direttore; vendite"),
            ("سارا", "رضایی", None),
            ("Луиза", "Иванова", "=SUM(A1)"),  # a text cell in a workbook: no quote needed
        ],
        key=str,
    )
    book.close()


def test_the_choice_is_remembered(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    use_locale("it_IT")
    dialog = open_dialog(qtbot, ctx)
    combo = dialog.delimiter_combo
    combo.setFocus()
    with qtbot.waitSignal(combo.activated, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user picks the next one: Tab
    assert combo.delimiter_name() == "tab" and combo.delimiter() == "\t"
    assert QSettings(*SETTINGS).value(SETTINGS_KEY) == "tab"
    path = export(qtbot, dialog, tmp_path / "tabs.csv")
    assert path.read_bytes().decode("utf-8-sig").startswith("First name\tLast name\tJob title")
    assert read(path, "\t") == EXPECTED
    dialog.close()

    again = open_dialog(qtbot, ctx)  # the user's choice beats the locale's default
    assert again.delimiter_combo.delimiter_name() == "tab"
    use_locale("en_US")
    assert DelimiterCombo().delimiter_name() == "tab"
    with qtbot.waitSignal(again.delimiter_combo.activated, timeout=WAIT_MS):
        again.delimiter_combo.setFocus()
        qtbot.keyClick(again.delimiter_combo, Qt.Key.Key_Home)  # back to Comma
    path = export(qtbot, again, tmp_path / "commas.csv")
    assert read(path, ",") == EXPECTED
    assert DelimiterCombo().delimiter_name() == "comma"


def test_a_stale_setting_falls_back_to_the_locale(qtbot: QtBot, ctx: UiContext) -> None:
    QSettings(*SETTINGS).setValue(SETTINGS_KEY, "pipe")  # from some other version
    use_locale("ru_RU")
    assert open_dialog(qtbot, ctx).delimiter_combo.delimiter_name() == "semicolon"


def test_right_to_left_and_rendered(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, tmp_path: Path
) -> None:
    use_locale("it_IT")
    ltr = open_dialog(qtbot, ctx)
    label, combo = separator_label(ltr).geometry(), ltr.delimiter_combo.geometry()
    assert label.right() < combo.left()
    assert ltr.grab().save(str(tmp_path / "export_delimiter_ltr.png"))
    use_locale("fa_IR")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_dialog(qtbot, ctx)
        assert dialog.isRightToLeft()
        assert dialog.delimiter_combo.delimiter_name() == "comma"
        label, combo = separator_label(dialog).geometry(), dialog.delimiter_combo.geometry()
        assert label.left() > combo.right()  # the label on the right, the field to its left
        assert combo.right() > dialog.width() // 2
        assert dialog.delimiter_combo.isRightToLeft()
        assert dialog.grab().save(str(tmp_path / "export_delimiter_rtl.png"))
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
