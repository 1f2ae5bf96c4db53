""".xlsx (written by openpyxl) and .ods (built by hand) read through calamine: typed cells."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.importing import limits, readers
from desktop_crm.services.importing.readers import CellError, ImportCancelled, RawRow


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    """Rewrite one part of a zip in place (openpyxl cannot write cached formula values)."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info.filename, change(data) if info.filename == member else data)


def customers_workbook(path: Path) -> Path:
    """A messy real-life sheet: title row, blank row, merged header, formulas, an error cell."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Customers"
    sheet["A1"] = "Customers 2025"
    sheet.append([])
    sheet.append(["Name", "Phone", None, "Born", "Last call", "Orders", "Total", "Check", "VIP"])
    sheet.merge_cells("B3:C3")
    sheet.append(
        [
            "Niccolò Rossi",
            "+39 333 1234567",
            "02 1234567",
            date(1980, 5, 12),
            datetime(2025, 3, 1, 14, 30),
            3,
            1234.5,
            "=G4*2",
            True,
        ]
    )
    sheet.append(
        ["Олег Петров", 79161234567, None, date(1975, 1, 31), None, 0, 99.99, "=1/0", False]
    )
    sheet.append([None] * 9)
    sheet.append(["مریم احمدی", "+98 912 123 4567", None, None, time(9, 15), 12, 0.5, None, None])
    sheet["H7"] = "#N/A"
    sheet["H7"].data_type = "e"
    sheet.append(["สมชาย ใจดี", "+66 81 234 5678"])
    other = book.create_sheet("Companies")
    other.append(["Company", "City"])
    other.append(["Acme S.p.A.", "Milano"])
    hidden = book.create_sheet("Lookup")
    hidden.sheet_state = "hidden"
    book.save(path)

    def cached_values(xml: bytes) -> bytes:  # what Excel stores: the formula and its result
        xml = xml.replace(b"<f>G4*2</f><v />", b"<f>G4*2</f><v>2469</v>")
        return xml.replace(
            b'<c r="H5"><f>1/0</f><v /></c>', b'<c r="H5" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        )

    rewrite_member(path, "xl/worksheets/sheet1.xml", cached_values)
    return path


def test_inspect_lists_the_visible_sheets(tmp_path: Path) -> None:
    path = customers_workbook(tmp_path / "customers.xlsx")

    info = readers.inspect(path)

    assert (info.kind, info.sheets, info.encoding, info.delimiter) == (
        "xlsx",
        ("Customers", "Companies"),
        None,
        None,
    )
    assert info.size == path.stat().st_size


def test_preview_header_and_rows_come_back_typed(tmp_path: Path) -> None:
    path = customers_workbook(tmp_path / "customers.xlsx")

    rows = readers.preview(path)
    header = readers.detect_header(rows)
    data = list(readers.iter_rows(path, header_row=header))

    assert rows[0][0] == "Customers 2025" and not any(rows[1])
    assert header == 2
    assert readers.header_names(rows[header]) == [
        "Name",
        "Phone",
        "Phone (2)",
        "Born",
        "Last call",
        "Orders",
        "Total",
        "Check",
        "VIP",
    ]
    assert [row.number for row in data] == [4, 5, 7, 8]  # row 6 is blank
    assert data[0].cells == (
        "Niccolò Rossi",
        "+39 333 1234567",
        "02 1234567",
        date(1980, 5, 12),
        datetime(2025, 3, 1, 14, 30),
        3,
        1234.5,
        2469,
        True,
    )
    assert data[1].cells == (
        "Олег Петров",
        79161234567,
        "",
        date(1975, 1, 31),
        "",
        0,
        99.99,
        CellError("#DIV/0!"),
        False,
    )
    assert data[2].cells[4] == time(9, 15)
    assert data[2].cells[7] == CellError("#N/A") and str(data[2].cells[7]) == "#N/A"
    assert data[3].cells[:2] == ("สมชาย ใจดี", "+66 81 234 5678")
    assert all(type(c) is int for c in (data[0].cells[5], data[1].cells[1], data[0].cells[7]))


def test_sheet_is_chosen_by_name(tmp_path: Path) -> None:
    path = customers_workbook(tmp_path / "customers.xlsx")

    assert readers.preview(path, sheet="Companies") == [
        ["Company", "City"],
        ["Acme S.p.A.", "Milano"],
    ]
    assert list(readers.iter_rows(path, sheet="Companies")) == [
        RawRow(2, ("Acme S.p.A.", "Milano"))
    ]
    with pytest.raises(ImportFileError) as caught:
        readers.preview(path, sheet="Nope")
    assert caught.value.code == "sheet_not_found"


def test_merged_cells_take_the_value_of_their_top_left_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["C2"] = "Contacts of 2025"
    sheet.merge_cells("C2:E2")  # a title spread over the table
    sheet.append([None, None, "Company", "Name", "Email"])
    sheet.append([None, None, "Acme", "Anna", "anna@acme.it"])
    sheet.append([None, None, None, "Bruno", "bruno@acme.it"])
    sheet.merge_cells("C4:C5")  # one company for two people
    path = tmp_path / "merged.xlsx"
    book.save(path)

    rows = readers.preview(path)
    header = readers.detect_header(rows)

    assert rows[1] == ["Contacts of 2025"] * 3  # data starts at column C: columns are relative
    assert header == 2
    assert list(readers.iter_rows(path, header_row=header)) == [
        RawRow(4, ("Acme", "Anna", "anna@acme.it")),
        RawRow(5, ("Acme", "Bruno", "bruno@acme.it")),
    ]


def test_progress_counts_rows_and_cancel_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "ROW_CHECK_EVERY", 10)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["n"])
    for i in range(100):
        sheet.append([i])
    path = tmp_path / "n.xlsx"
    book.save(path)
    calls: list[tuple[int, int]] = []

    rows = list(readers.iter_rows(path, progress=lambda d, t: calls.append((d, t))))

    assert [r.cells[0] for r in rows] == list(range(100))
    assert calls[0] == (0, 101) and calls[-1] == (101, 101)
    with pytest.raises(ImportCancelled):
        list(readers.iter_rows(path, cancelled=lambda: True))


def test_a_workbook_with_no_rows_has_nothing_to_read(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)

    assert readers.preview(path) == []
    assert list(readers.iter_rows(path)) == []
    with pytest.raises(ImportFileError) as caught:
        readers.require_data(readers.preview(path), 0)
    assert caught.value.code == "empty"


def _cell(value: str, kind: str = "string", extra: str = "") -> str:
    attrs = f'office:value-type="{kind}" {extra}'
    return f"<table:table-cell {attrs}><text:p>{value}</text:p></table:table-cell>"


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>\n"


# LibreOffice writes cells without whitespace between their elements (calamine would keep it)
ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content'
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\n'
    '<office:body><office:spreadsheet><table:table table:name="Clienti">\n'
    + _row(_cell("Clienti 2025"))
    + _row(_cell("Nome"), _cell("Nato"), _cell("Ordini"), _cell("Totale"))
    + _row(
        _cell("Niccolò"),
        _cell("12/05/1980", "date", 'office:date-value="1980-05-12"'),
        _cell("3", "float", 'office:value="3"'),
        _cell("4,5", "float", 'office:value="4.5" table:formula="of:=[.C3]*1.5"'),
    )
    + '</table:table><table:table table:name="Altro">'
    + _row(_cell("x"))
    + "</table:table></office:spreadsheet></office:body></office:document-content>"
)


def write_ods(path: Path, content: str = ODS_CONTENT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_ods_reads_typed_cells(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "clienti.ods")

    info = readers.inspect(path)
    rows = readers.preview(path)
    header = readers.detect_header(rows)

    assert (info.kind, info.sheets) == ("ods", ("Clienti", "Altro"))
    assert header == 1 and readers.header_names(rows[1]) == ["Nome", "Nato", "Ordini", "Totale"]
    assert list(readers.iter_rows(path, header_row=header)) == [
        RawRow(3, ("Niccolò", date(1980, 5, 12), 3, 4.5))
    ]


def test_the_content_decides_when_the_extension_lies(tmp_path: Path) -> None:
    xlsx_as_xls = customers_workbook(tmp_path / "customers.xls")
    ods_as_xlsx = write_ods(tmp_path / "clienti.xlsx")
    csv_as_xls = tmp_path / "export.xls"
    csv_as_xls.write_text("name\tcity\nAnna\tRoma\n", encoding="utf-8")

    assert readers.inspect(xlsx_as_xls).kind == "xlsx"
    assert readers.preview(xlsx_as_xls)[2][0] == "Name"
    assert readers.inspect(ods_as_xlsx).kind == "ods"
    assert next(readers.iter_rows(ods_as_xlsx, header_row=1)).cells[0] == "Niccolò"
    assert readers.inspect(csv_as_xls).kind == "csv"
    assert list(readers.iter_rows(csv_as_xls)) == [RawRow(2, ("Anna", "Roma"))]
