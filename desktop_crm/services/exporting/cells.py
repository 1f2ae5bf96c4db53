"""Cell values as a spreadsheet user expects them, and never a formula a spreadsheet would run.

- CSV: every text cell beginning with ``= + - @`` tab, CR or LF gets a leading single quote
  (OWASP "CSV injection"); numbers are written with a dot, dates as ISO ``YYYY-MM-DD``,
  timestamps in local time ``YYYY-MM-DD HH:MM:SS``.
- .xlsx: real numbers, dates and booleans; text cells are written as strings explicitly
  (openpyxl would turn a string beginning with ``=`` into a live formula).
Lists (emails, phones, tags) are joined with ", ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_crm.services.exporting.columns import ColumnKind

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
LIST_SEPARATOR = ", "
# control characters an .xlsx file cannot hold (openpyxl refuses them)
_ILLEGAL_XML = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as it is: a quote before a leading formula character."""
    return "'" + text if text.startswith(FORMULA_START) else text


def local_time(moment: datetime) -> datetime:
    """A stored (UTC) timestamp as naive local time to the second: what the user saw."""
    aware = moment.astimezone() if moment.tzinfo else moment
    return aware.replace(tzinfo=None, microsecond=0)


def number_text(value: Decimal | int | float) -> str:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    return str(value)


def plain(kind: ColumnKind, value: Any) -> Any:
    """The export value of a cell: None, str, int, Decimal, bool, date or naive datetime."""
    if value is None or value == ():
        return None
    if kind is ColumnKind.LIST or isinstance(value, tuple | list):
        items = value if isinstance(value, tuple | list) else (value,)
        return LIST_SEPARATOR.join(str(v) for v in items if v not in (None, "")) or None
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, bool | int | Decimal | date | str):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return str(value)


def csv_cell(value: Any) -> str:
    """A plain value as CSV text (text cells neutralised)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | Decimal):
        return number_text(value)
    return neutralise(str(value))


def csv_row(kinds: Sequence[ColumnKind], keys: Sequence[str], row: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for kind, key in zip(kinds, keys, strict=True):
        value = row.get(key)
        if value is None:
            out.append("")
        elif type(value) is str:  # the common case, without the general conversion
            out.append(neutralise(value))
        else:
            out.append(csv_cell(plain(kind, value)))
    return out


def xlsx_text(value: str) -> str:
    return _ILLEGAL_XML.sub("", value)


MONEY_FORMAT = "#,##0.00"
INT_FORMAT = "0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
