"""Exporting a report: real PNG, PDF and .xlsx files that their readers open, with the numbers
as numbers, the totals, notes and definition, the chart inside; written whole or not at all."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    Note,
    Period,
    ReportData,
    ReportFilter,
    Series,
    ValueKind,
)
from desktop_crm.services.reports.export import export_report

RANGE = ReportFilter(date(2026, 1, 1), date(2026, 3, 31), period=Period.MONTH)
DATA = ReportData(
    "won_deals",
    "Deals won",
    RANGE,
    (
        Column("owner", "Salesperson"),
        Column("won", "Won", ValueKind.INT),
        Column("value", "Won value", ValueKind.MONEY),
        Column("rate", "Win rate", ValueKind.PERCENT),
        Column("days", "Average sales cycle", ValueKind.DAYS),
        Column("first", "First win", ValueKind.DATE),
    ),
    (
        ("Ana", 3, 1500.5, 60.0, 12.5, "2026-01-15"),
        ("=cmd|' /C calc'!A0", 1, 200, 25.0, None, date(2026, 2, 3)),
    ),
    Chart(
        ChartKind.BAR,
        ("Ana", "=cmd|' /C calc'!A0"),
        (Series("won", "Won", (3, 1)),),
        ValueKind.INT,
    ),
    "EUR",
    totals=(None, 4, 1700.5, 50.0, 12.5, None),
    notes=(Note("missing_rate", "Deals in GBP have no rate", {"currencies": ["GBP"]}),),
    definition="Deals won = deals moved to a Won stage in the range.",
)


def test_png_is_a_png_of_the_chart(tmp_path: Path) -> None:
    path = export_report(DATA, tmp_path / "won.png")

    content = path.read_bytes()
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(content))
    assert image.width > 800 and image.height > 400
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_pdf_has_the_chart_page_and_the_table_page(tmp_path: Path) -> None:
    path = export_report(DATA, tmp_path / "won.PDF", labels={"Deals won": "Affari vinti"})

    content = path.read_bytes()
    assert content.startswith(b"%PDF-")
    assert content.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type /Page\b", content)) == 2
    assert b"Affari vinti" in content  # the translated title (document info)


def test_a_long_table_goes_on_as_many_pages_as_it_needs(tmp_path: Path) -> None:
    rows = tuple((f"Person {i}", i, i * 10.0, 50.0, 3.0, None) for i in range(45))
    data = ReportData("x", "Many", RANGE, DATA.columns, rows, DATA.chart, "EUR", totals=DATA.totals)
    content = export_report(data, tmp_path / "many.pdf").read_bytes()
    assert len(re.findall(rb"/Type /Page\b", content)) == 1 + 3  # 46 rows, 20 a page


def test_xlsx_holds_real_numbers_totals_notes_definition_and_the_chart(tmp_path: Path) -> None:
    labels = {"Salesperson": "Venditore", "Total": "Totale", "Deals in GBP have no rate": "GBP?"}
    path = export_report(DATA, tmp_path / "won.xlsx", labels=labels)

    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Deals won"
    header = [c.value for c in sheet[4]]
    assert header == [
        "Venditore",
        "Won",
        "Won value (EUR)",
        "Win rate",
        "Average sales cycle",
        "First win",
    ]
    ana = [c.value for c in sheet[5]]
    assert ana[:5] == ["Ana", 3, 1500.5, 0.6, 12.5]
    assert ana[5].date() == date(2026, 1, 15)
    assert sheet["C5"].number_format == "#,##0.00"
    assert sheet["D5"].number_format == "0.0%"
    assert sheet["F5"].number_format == "yyyy-mm-dd"
    assert sheet["A6"].value == "=cmd|' /C calc'!A0" and sheet["A6"].data_type == "s"
    totals = [c.value for c in sheet[7]]
    assert totals[:5] == ["Totale", 4, 1700.5, 0.5, 12.5]
    assert all(sheet.cell(row=7, column=c).font.b for c in range(1, 7))
    column_a = [c.value for c in sheet["A"]]
    assert "GBP?" in column_a
    assert DATA.definition in column_a
    assert len(sheet._images) == 1  # the chart as a picture
    assert not sheet.sheet_view.rightToLeft


def test_right_to_left_xlsx_sheet(tmp_path: Path) -> None:
    path = export_report(DATA, tmp_path / "won.xlsx", rtl=True, labels={"Deals won": "معاملات"})
    sheet = openpyxl.load_workbook(path).active
    assert sheet.sheet_view.rightToLeft
    assert sheet.title == "معاملات"


def test_an_empty_report_exports_too(tmp_path: Path) -> None:
    empty = ReportData("x", "Nothing", RANGE, DATA.columns, (), None, "EUR")
    for suffix in (".png", ".pdf", ".xlsx"):
        assert export_report(empty, tmp_path / f"empty{suffix}").stat().st_size > 0


def test_another_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        export_report(DATA, tmp_path / "won.docx")
    assert raised.value.code == "report_format"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "won.pdf"
    target.write_bytes(b"old")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(CrmError) as raised:
        export_report(DATA, folder)
    assert raised.value.code == "cannot_write"

    # a failure while writing (here: a chart kind no drawing knows) keeps the old content
    broken_chart = Chart("bogus", ("a",), (Series("n", "N", (1,)),))  # type: ignore[arg-type]
    broken = ReportData("x", "T", RANGE, DATA.columns, DATA.rows, broken_chart, "EUR")
    with pytest.raises(KeyError):
        export_report(broken, target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.pdf", "won.pdf"]
