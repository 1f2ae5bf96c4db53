"""Finding the header row among the first rows, and turning it into clean column names."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time

from desktop_crm.services.importing.reader_types import Cell, CellError, fail

_INVISIBLE = str.maketrans("", "", "\ufeff\u200b\u2060\u00ad")
_MAX_LABEL = 80


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: Cell) -> str:
    """A cell as the text a header shows; blank and error cells give ""."""
    if cell is None or isinstance(cell, CellError):
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, datetime | date | time):
        return cell.isoformat()
    return " ".join(str(cell).translate(_INVISIBLE).split())


def header_names(row: Sequence[Cell]) -> list[str]:
    """Clean, unique, non-empty names, one per cell of the header row.

    Whitespace (newlines included) is collapsed; a blank cell is named "Column N" (N is its
    1-based position); a repeated name gets " (2)", " (3)"… — which is what the cells of a merged
    header cell become, since the reader fills a merged range with its value.
    """
    names: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(row):
        base = cell_text(cell) or f"Column {index + 1}"
        name, copy = base, 2
        while name.casefold() in seen:
            name = f"{base} ({copy})"
            copy += 1
        seen.add(name.casefold())
        names.append(name)
    return names


def detect_header(rows: Sequence[Sequence[Cell]]) -> int:
    """Index of the header row: the first row that looks like column names.

    Blank rows and title rows (a lone "Customers 2025", or one value spread over a merged
    range) are skipped; a row of names fills at least 40% of the table's width with short
    labels (no e-mail addresses, numbers or dates). Falls back to the first non-blank row.
    """
    filled = [(index, [c for c in row if not is_blank(c)]) for index, row in enumerate(rows)]
    filled = [(index, values) for index, values in filled if values]
    if not filled:
        return 0
    width = max(len(values) for _, values in filled)
    needed = 1 if width == 1 else max(2, math.ceil(width * 0.4))
    for index, values in filled:
        if len(values) < needed:
            continue
        labels = sum(1 for value in values if _label_like(value))
        distinct = len({cell_text(value).casefold() for value in values})
        if labels >= 0.8 * len(values) and (distinct > 1 or width == 1):
            return index
    return filled[0][0]


def require_data(rows: Sequence[Sequence[Cell]], header_row: int) -> None:
    """Raise ``empty`` or ``header_only`` when the previewed rows hold nothing to import."""
    if all(all(is_blank(c) for c in row) for row in rows):
        fail("empty", "The file holds no data")
    after = rows[header_row + 1 :]
    if all(all(is_blank(c) for c in row) for row in after):
        fail(
            "header_only",
            "The file holds only a header row, no records to import",
            row=header_row + 1,
        )


def _label_like(value: Cell) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    if len(text) > _MAX_LABEL or "@" in text:
        return False
    digits = sum(1 for char in text if char.isdigit())
    return digits * 2 < len(text)
