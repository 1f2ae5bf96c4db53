"""The plain data the file readers hand out, and the one way they fail.

Shared by every reader module; :mod:`.readers` re-exports all of it, so import from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from desktop_crm.domain.errors import CrmError, ImportFileError


@dataclass(frozen=True)
class CellError:
    """An Excel error cell, e.g. ``#N/A`` or ``#DIV/0!``, kept apart from text that says so."""

    code: str

    def __str__(self) -> str:
        return self.code


# A blank cell is "" in every format (never None); None is left for callers that pad rows.
Cell = str | int | float | bool | date | datetime | time | CellError | None

ProgressFn = Callable[[int, int], None]
"""``progress(done, total)``: bytes for text files (CSV, vCard), rows for spreadsheets."""
CancelledFn = Callable[[], bool]

KINDS = ("csv", "xlsx", "xls", "ods", "vcf")


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row as read from the file, before any mapping or parsing of values."""

    number: int
    """1-based row number as the user sees it (spreadsheet row, CSV record, vCard ordinal)."""
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class FileInfo:
    """What :func:`~.readers.inspect` found out about a file, enough to drive the wizard."""

    path: Path
    kind: str
    """One of :data:`KINDS`; decided by the content where the extension lies."""
    sheets: tuple[str, ...]
    """Worksheet names in workbook order; ``()`` for csv and vcf."""
    encoding: str | None
    """Detected or given text encoding (csv and vcf), a name from :data:`~.readers.ENCODINGS`."""
    encoding_confident: bool
    """False: the guess could well be wrong; the UI shows the encoding picker prominently."""
    delimiter: str | None
    """csv only: one of ``, ; \\t |``."""
    size: int
    """File size in bytes."""


class ImportCancelled(CrmError):
    """The user pressed Cancel; raised by a reader at its next check of ``cancelled()``."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("The import was cancelled")


def fail(
    code: str,
    message: str,
    *,
    row: int | None = None,
    column: str | None = None,
    cause: BaseException | None = None,
    **params: Any,
) -> NoReturn:
    """Raise :class:`ImportFileError` with a machine ``code`` the UI translates."""
    error = ImportFileError(message, row=row, column=column, code=code, **params)
    if cause is not None:
        raise error from cause
    raise error


def column_letter(index: int) -> str:
    """0-based column index to a spreadsheet letter: 0 -> "A", 27 -> "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
