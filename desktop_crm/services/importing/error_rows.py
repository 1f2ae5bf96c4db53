"""The rows a preview found errors in, written to a file to fix and import again: the cells as
they were read, then an "Error" column saying what is wrong (column and reason).

CSV is written as UTF-8 with a BOM (Excel opens it right in every language) and its text cells
neutralised (a leading ``= + - @`` gets a quote, so a spreadsheet never runs it); .xlsx cells
are written as text explicitly (openpyxl would turn ``=…`` into a live formula).
"""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_crm.services.exporting.cells import neutralise, xlsx_text
from desktop_crm.services.importing.convert import shown_text
from desktop_crm.services.importing.plan import ImportPreview


def write_error_rows(preview: ImportPreview, path: str | Path) -> int:
    """Write the rows with errors (cells as read, then an "Error" column) to ``path`` (.csv
    or .xlsx by its suffix); returns how many rows were written (at most MAX_ERRORS_KEPT)."""
    target = Path(path)
    width = max([len(preview.column_names), *(len(r.cells) for r in preview.error_rows)])
    header = [
        *preview.column_names,
        *(f"Column {i + 1}" for i in range(len(preview.column_names), width)),
        "Error",
    ]
    rows = [
        [
            *(shown_text(c) if c is not None else "" for c in r.cells),
            *([""] * (width - len(r.cells))),
            r.message,
        ]
        for r in preview.error_rows
    ]
    if target.suffix.lower() == ".xlsx":
        _write_xlsx(target, header, rows)
    else:
        with target.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([neutralise(h) for h in header])
            writer.writerows([neutralise(c) for c in row] for row in rows)
    return len(rows)


def _write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Errors")

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=xlsx_text(value))
        cell.data_type = "s"  # never a formula, whatever the text begins with
        return cell

    sheet.append([text(h) for h in header])
    for row in rows:
        sheet.append([text(c) for c in row])
    book.save(path)


__all__ = ["write_error_rows"]
