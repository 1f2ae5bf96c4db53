"""Export a list, a filter or a selection of contacts, companies or deals to CSV, .xlsx or .vcf.

``export_records`` picks the format from the file's extension, streams the rows a page at a
time (a million contacts never sit in memory: openpyxl's write-only mode, the csv module), reports
progress, stops on cancel, and writes through a temporary file renamed at the end.

CSV is UTF-8 with a BOM, CRLF, separated by a comma, a semicolon (what Excel expects where the
decimal separator is a comma: Italian, Russian …) or a tab. Numbers keep a dot and dates are ISO
whatever the separator: the file stays machine-readable, and our importer reads it back.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.exporting import cells
from desktop_crm.services.exporting.columns import (
    ColumnKind,
    ExportColumn,
    canonical_key,
    check_record_type,
    resolve_columns,
)
from desktop_crm.services.exporting.files import (
    Cancelled,
    Progress,
    atomic_output,
    check_cancelled,
)
from desktop_crm.services.exporting.source import count_rows, iter_pages

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

#: extension -> format; vCard for contacts only
FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".vcf": "vcf"}
SHEET_NAMES = {"contact": "Contacts", "company": "Companies", "deal": "Deals"}
XLSX_MAX_ROWS = 1_048_576
#: the separators of a CSV export, by name (the command line's words)
CSV_DELIMITERS: dict[str, str] = {"comma": ",", "semicolon": ";", "tab": "\t"}


def check_delimiter(delimiter: str) -> str:
    """``delimiter`` when it is one of :data:`CSV_DELIMITERS` (a character or its name)."""
    char = CSV_DELIMITERS.get(delimiter, delimiter)
    if char not in CSV_DELIMITERS.values():
        raise ValidationError(
            "delimiter",
            f"Cannot separate CSV cells with {delimiter!r}: comma, semicolon or tab",
            code="choice",
            value=delimiter,
        )
    return char


def format_of(path: Path, record_type: str) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or (fmt == "vcf" and record_type != "contact"):
        raise ValidationError(
            "path",
            f"Cannot export {record_type} records to {path.suffix or 'a file without extension'}",
            code="unsupported_format",
            value=path.suffix,
        )
    return fmt


def export_records(
    crm: Crm,
    record_type: str,
    path: str | Path,
    *,
    query: ListQuery | None = None,
    ids: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    titles: Mapping[str, str] | None = None,
    sheet_name: str | None = None,
    delimiter: str = ",",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the records to ``path`` (.csv, .xlsx, or .vcf for contacts); returns the row count.

    Rows: exactly ``ids`` when given (a selection, in that order), else the list for ``query``
    (all live records when None). ``columns``: export column keys (``columns.py``; list-view keys
    are accepted), default every field and custom field. ``titles``: headers by key (translated
    by the UI), default English. ``delimiter``: the CSV separator, ``,`` ``;`` or a tab (or
    its name in :data:`CSV_DELIMITERS`); .xlsx and .vcf have none. Raises ValidationError
    (``unsupported_format``, ``unknown_field``, ``choice`` for another delimiter),
    OperationCancelled, CrmError ``cannot_write``.
    """
    check_record_type(record_type)
    separator = check_delimiter(delimiter)
    target = Path(path)
    fmt = format_of(target, record_type)
    if fmt == "vcf":
        from desktop_crm.services.exporting.vcard import write_vcards

        return write_vcards(
            crm, target, query=query, ids=ids, progress=progress, cancelled=cancelled
        )
    chosen = resolve_columns(crm, record_type, columns)
    named = {canonical_key(record_type, k): v for k, v in (titles or {}).items()}
    headers = [named.get(col.key) or col.title for col in chosen]
    total = count_rows(crm, record_type, query, ids)
    check_cancelled(cancelled)
    with atomic_output(target) as temp:
        sink: _Sink = (
            _CsvSink(temp, chosen, separator)
            if fmt == "csv"
            else _XlsxSink(temp, chosen, sheet_name or SHEET_NAMES[record_type])
        )
        done = 0
        try:
            sink.header(headers)
            if progress is not None:
                progress(0, total)
            for page in iter_pages(crm, record_type, chosen, query=query, ids=ids):
                check_cancelled(cancelled)
                sink.rows(page)
                done += len(page)
                if progress is not None:
                    progress(done, max(total, done))
            check_cancelled(cancelled)
        except BaseException:
            sink.abort()
            raise
        sink.close()
    return done


class _Sink(Protocol):
    def header(self, titles: Sequence[str]) -> None: ...
    def rows(self, rows: Sequence[dict[str, Any]]) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class _CsvSink:
    """UTF-8 with a BOM (Excel then reads every script right), CRLF, cells separated by
    ``delimiter`` and quoted when they hold it, a quote or a line break."""

    def __init__(self, path: Path, columns: Sequence[ExportColumn], delimiter: str = ",") -> None:
        self._handle = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle, dialect="excel", delimiter=delimiter)
        self._keys = [col.key for col in columns]
        self._kinds = [col.kind for col in columns]

    def header(self, titles: Sequence[str]) -> None:
        self._writer.writerow([cells.neutralise(t) for t in titles])

    def rows(self, rows: Sequence[dict[str, Any]]) -> None:
        kinds, keys = self._kinds, self._keys
        self._writer.writerows(cells.csv_row(kinds, keys, row) for row in rows)

    def close(self) -> None:
        self._handle.close()

    def abort(self) -> None:
        self._handle.close()


class _XlsxSink:
    """openpyxl in write-only mode: rows go straight to a temporary file, never all in memory.
    Past Excel's 1,048,576 rows a sheet, the rows go on in a second sheet (with the header)."""

    def __init__(
        self,
        path: Path,
        columns: Sequence[ExportColumn],
        sheet_name: str,
        rows_per_sheet: int | None = None,
    ) -> None:
        from openpyxl import Workbook

        self._path = path
        self._book = Workbook(write_only=True)
        self._name = _sheet_title(sheet_name)
        self._columns = columns
        self._keys = [col.key for col in columns]
        self._kinds = [col.kind for col in columns]
        self._rows_per_sheet = rows_per_sheet or XLSX_MAX_ROWS - 1  # a row for the header
        self._titles: Sequence[str] = ()
        self._sheets: list[Any] = []
        self._in_sheet = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        from openpyxl.utils import get_column_letter

        number = len(self._sheets) + 1
        name = self._name if number == 1 else f"{self._name[:25]} ({number})"
        self._sheet = self._book.create_sheet(name)
        self._sheets.append(self._sheet)
        self._sheet.freeze_panes = "A2"
        for column, col in enumerate(self._columns, start=1):
            width = 22 if col.kind in (ColumnKind.TEXT, ColumnKind.LIST) else 14
            self._sheet.column_dimensions[get_column_letter(column)].width = width
        self._in_sheet = 0
        if self._titles:
            self.header(self._titles)

    def header(self, titles: Sequence[str]) -> None:
        from openpyxl.styles import Font

        self._titles = titles
        bold = Font(bold=True)
        row = []
        for title in titles:
            cell = self._text_cell(title)
            cell.font = bold
            row.append(cell)
        self._sheet.append(row)

    def _text_cell(self, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self._sheet, value=cells.xlsx_text(text))
        cell.data_type = "s"  # never a formula, whatever the text begins with
        return cell

    def _cell(self, kind: ColumnKind, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        value = cells.plain(kind, value)
        if value is None:
            return None
        if isinstance(value, str):
            return self._text_cell(value)
        cell = WriteOnlyCell(self._sheet, value=value)
        if kind is ColumnKind.MONEY:
            cell.number_format = cells.MONEY_FORMAT
        elif isinstance(value, bool):
            pass
        elif isinstance(value, datetime):
            cell.number_format = cells.DATETIME_FORMAT
        elif isinstance(value, date):
            cell.number_format = cells.DATE_FORMAT
        return cell

    def rows(self, rows: Sequence[dict[str, Any]]) -> None:
        pairs = list(zip(self._kinds, self._keys, strict=True))
        for row in rows:
            if self._in_sheet >= self._rows_per_sheet:
                self._new_sheet()
            self._sheet.append([self._cell(kind, row.get(key)) for kind, key in pairs])
            self._in_sheet += 1

    def close(self) -> None:
        self._book.save(self._path)

    def abort(self) -> None:
        """End the sheets' XML streams and drop their temporary files (not at exit)."""
        for sheet in self._sheets:
            with contextlib.suppress(Exception):  # openpyxl's own errors; nothing to keep
                sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                with contextlib.suppress(OSError, ValueError):
                    writer.cleanup()


def _sheet_title(name: str) -> str:
    """A valid sheet name: no ``[]:*?/\\``, at most 31 characters."""
    cleaned = "".join(ch for ch in name if ch not in "[]:*?/\\").strip("'") or "Sheet"
    return cleaned[:31]
