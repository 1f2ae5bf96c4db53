"""Reading .xlsx/.xls/.ods through python-calamine, typed cells out, every failure typed.

calamine loads one sheet at a time into memory (bounded by :mod:`.limits`); rows are then
converted lazily. Numbers that are whole come back as ``int``; dates as ``date``/``datetime``/
``time``; formula cells as their cached value; .xlsx error cells as :class:`CellError` (recovered
from the sheet XML, since python-calamine blanks them; in .xls/.ods they stay blank). Cells inside
a merged range take the value of its top-left cell.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import python_calamine as calamine

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.importing import limits, sheet_safety
from desktop_crm.services.importing.read_detect import SHEET_EXTENSIONS
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    Cell,
    CellError,
    ImportCancelled,
    ProgressFn,
    RawRow,
    fail,
)

_MAX_EXACT = 2**53


@dataclass
class _Plan:
    """What was checked about a workbook before calamine opened it."""

    path: Path
    kind: str
    sheet_parts: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    worksheets: list[zipfile.ZipInfo] = field(default_factory=list)


@contextmanager
def calamine_errors(sheet: str | None = None) -> Iterator[None]:
    """Turn whatever calamine raises (its own errors, even a Rust panic) into ImportFileError."""
    try:
        yield
    except (ImportFileError, ImportCancelled, KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except calamine.PasswordError as exc:
        fail(
            "password_protected",
            "The workbook is protected by a password; save it without "
            "a password and import it again",
            cause=exc,
        )
    except calamine.WorksheetNotFound as exc:
        fail(
            "sheet_not_found", f"The workbook has no sheet named {sheet!r}", sheet=sheet, cause=exc
        )
    except calamine.ZipError as exc:
        fail("truncated", f"The workbook is damaged or was cut short ({exc})", cause=exc)
    except BaseException as exc:  # XmlError, CalamineError, OSError, pyo3 PanicException…
        fail(
            "damaged",
            f"The workbook cannot be read: it is damaged or not a spreadsheet "
            f"({type(exc).__name__}: {exc})",
            cause=exc,
        )


def prepare(path: Path, kind: str, size: int) -> _Plan:
    """Size, zip and XML checks; verifies every part calamine reads on opening."""
    sheet_safety.check_size(size)
    plan = _Plan(path, kind)
    if kind not in ("xlsx", "ods"):
        return plan
    members = sheet_safety.check_archive(path)
    if kind == "xlsx":
        plan.sheet_parts = sheet_safety.worksheet_members(path, members)
        plan.worksheets = [m for m in members if m.filename.startswith("xl/worksheets/")]
    skipped = {m.filename for m in plan.worksheets}
    sheet_safety.verify_members(
        path,
        [
            m
            for m in members
            if m.filename.lower().endswith((".xml", ".rels")) and m.filename not in skipped
        ],
    )
    return plan


@contextmanager
def _open(plan: _Plan) -> Iterator[calamine.CalamineWorkbook]:
    with calamine_errors():
        if SHEET_EXTENSIONS.get(plan.path.suffix.lower()) == plan.kind:
            workbook = calamine.CalamineWorkbook.from_path(plan.path)
        else:  # content and name disagree: let calamine sniff the content
            with plan.path.open("rb") as stream:
                workbook = calamine.CalamineWorkbook.from_filelike(stream)
    try:
        yield workbook
    finally:
        with calamine_errors():
            workbook.close()


def sheet_names(plan: _Plan) -> tuple[str, ...]:
    with _open(plan) as workbook, calamine_errors():
        metadata = workbook.sheets_metadata
        sheets = [m for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        visible = [m.name for m in sheets if m.visible == calamine.SheetVisibleEnum.Visible]
        return tuple(visible or [m.name for m in sheets])


def sheet_rows(
    plan: _Plan, sheet: str | None, *, progress: ProgressFn | None = None
) -> Iterator[list[Cell]]:
    """Every row of the sheet from row 1, blank rows included (index = row number - 1)."""
    if sheet is None:
        names = sheet_names(plan)
        if not names:
            fail("empty", "The workbook has no sheets")
        sheet = names[0]
    errors = _error_cells(plan, sheet)
    with _open(plan) as workbook, calamine_errors(sheet):
        data = workbook.get_sheet_by_name(sheet)
        start = data.start
        if start is None:
            return
        total = (data.end or start)[0] + 1
        merges = _merges(data.merged_cell_ranges, start[1])
        rows = data.iter_rows()
        fixer = _RowFixer(errors, start[1], merges)
        for index, raw in enumerate(rows):
            if progress is not None and index % limits.ROW_CHECK_EVERY == 0:
                progress(index, total)
            yield fixer.fix(index, raw)
        if progress is not None:
            progress(total, total)


def read_sheet(
    plan: _Plan,
    sheet: str | None,
    *,
    header_row: int = 0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Iterator[RawRow]:
    """The non-blank rows after ``header_row`` as :class:`RawRow`."""
    every = limits.ROW_CHECK_EVERY
    for index, cells in enumerate(sheet_rows(plan, sheet, progress=progress)):
        if cancelled is not None and index % every == 0 and cancelled():
            raise ImportCancelled()
        if index > header_row and (any(cells) or not _blank(cells)):
            yield RawRow(index + 1, tuple(cells))


def _blank(cells: list[Cell]) -> bool:
    return all(cell == "" or cell is None for cell in cells)


def _error_cells(plan: _Plan, sheet: str) -> sheet_safety.ErrorCells:
    """Verify the worksheet's part before calamine loads it; collect its error cells."""
    if plan.kind != "xlsx":
        return {}
    part = plan.sheet_parts.get(sheet)
    if part is not None:
        return sheet_safety.scan_sheet(plan.path, part)
    sheet_safety.verify_members(plan.path, plan.worksheets)
    return {}


def _merges(
    ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None, first_column: int
) -> list[tuple[int, int, int, int]]:
    """Merged ranges as (top, bottom, left, right), columns relative to the sheet's data."""
    result = []
    for (top, left), (bottom, right) in ranges or ():
        left, right = left - first_column, right - first_column
        if right >= 0 and (bottom > top or right > left):
            result.append((top, bottom, max(left, 0), right))
    return sorted(result)


class _RowFixer:
    """Converts calamine's values, puts error cells back and fills merged ranges."""

    def __init__(
        self,
        errors: sheet_safety.ErrorCells,
        first_column: int,
        merges: list[tuple[int, int, int, int]],
    ) -> None:
        self._errors: dict[int, list[tuple[int, CellError]]] = {}
        for (row, column), error in errors.items():
            if column >= first_column:
                self._errors.setdefault(row, []).append((column - first_column, error))
        self._pending = merges
        self._next = 0
        self._active: list[tuple[int, int, int, Cell]] = []

    def fix(self, index: int, raw: list[Any]) -> list[Cell]:
        cells: list[Cell] = [value if type(value) is str else _value(value) for value in raw]
        row_errors = self._errors.get(index)
        if row_errors:
            for column, error in row_errors:
                if column < len(cells):
                    cells[column] = error
        if self._next < len(self._pending) or self._active:
            self._fill_merges(index, cells)
        return cells

    def _fill_merges(self, index: int, cells: list[Cell]) -> None:
        while self._next < len(self._pending) and self._pending[self._next][0] <= index:
            _, bottom, left, right = self._pending[self._next]
            self._next += 1
            value = cells[left] if left < len(cells) else ""
            self._active.append((bottom, left, right, value))
        self._active = [merge for merge in self._active if merge[0] >= index]
        for _, left, right, value in self._active:
            for column in range(left, min(right + 1, len(cells))):
                if cells[column] == "":
                    cells[column] = value


def _value(value: Any) -> Cell:
    kind = type(value)
    if kind is float:
        if value.is_integer() and -_MAX_EXACT < value < _MAX_EXACT:
            return int(value)
        return float(value)
    if kind is timedelta:
        return str(value)
    return value
