"""Cells as readers hand them over, the problem a cell can have, and the plain-text helpers.

A cell is what a reader yields for one spreadsheet or CSV field: text, a number, a boolean, a
date/datetime/time, ``None`` for an empty cell, or an error cell (any object with a ``code``
attribute such as ``"#N/A"``). Parsers raise :class:`ValueProblem` with a machine code and
parameters; the import engine adds the row and column and the UI turns it into a message.

Emails live here too (``normalize_email`` / ``email_key``): they are plain text rules with no
library behind them, unlike phone numbers (``phones.py``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, Protocol

from desktop_crm.domain.fields import normalize_digits

__all__ = [
    "AMBIGUOUS_DATE",
    "CELL_ERROR",
    "IMPOSSIBLE_DATE",
    "NOT_AN_EMAIL",
    "NOT_A_BOOL",
    "NOT_A_DATE",
    "NOT_A_NUMBER",
    "NOT_A_PHONE",
    "Cell",
    "ErrorCell",
    "ValueProblem",
    "cell_error_code",
    "cell_text",
    "email_key",
    "is_blank",
    "normalize_digits",
    "normalize_email",
    "normalize_emails",
    "parse_bool",
    "raise_if_error",
    "split_multi",
    "word_set",
]

NOT_A_DATE: Final = "not_a_date"
IMPOSSIBLE_DATE: Final = "impossible_date"
AMBIGUOUS_DATE: Final = "ambiguous_date"
NOT_A_NUMBER: Final = "not_a_number"
NOT_A_PHONE: Final = "not_a_phone"
NOT_AN_EMAIL: Final = "not_an_email"
NOT_A_BOOL: Final = "not_a_bool"
CELL_ERROR: Final = "cell_error"


class ErrorCell(Protocol):
    """A spreadsheet error cell (``#N/A``, ``#DIV/0!`` …) as a reader represents it."""

    @property
    def code(self) -> str: ...


Cell = str | int | float | bool | Decimal | date | datetime | time | ErrorCell | None


class ValueProblem(ValueError):
    """A cell that cannot become the wanted value. ``code`` is machine-readable, ``params`` too.

    Codes: not_a_date, impossible_date, ambiguous_date, not_a_number, not_a_phone,
    not_an_email, not_a_bool, cell_error. ``params`` always has ``value`` (the cell as text).
    """

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(f"{code}: {self.params.get('value', '')!r}")


def cell_error_code(cell: object) -> str | None:
    """The error code of an error cell (``"#N/A"``), or None for an ordinary value."""
    if cell is None or type(cell) in _PLAIN_TYPES:
        return None
    code = getattr(cell, "code", None)
    return str(code) if code is not None else None


_PLAIN_TYPES: Final = frozenset({str, int, float, bool, Decimal, date, datetime, time})


def raise_if_error(cell: object) -> None:
    """Raise ``cell_error`` when ``cell`` is a spreadsheet error cell."""
    code = cell_error_code(cell)
    if code is not None:
        raise ValueProblem(CELL_ERROR, {"value": code, "error": code})


_SPACES: Final = re.compile(r"\s+")
_LETTERS: Final = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": "", "\u200f": ""}
)


@lru_cache(maxsize=65_536)  # company, city, owner names repeat row after row
def fold(text: str | None) -> str:
    """Text as compared for matching: NFKC, digits ASCII, case folded, spaces collapsed."""
    if not text:
        return ""
    value = unicodedata.normalize("NFKC", normalize_digits(text)).casefold().translate(_LETTERS)
    return _SPACES.sub(" ", value).strip()


def is_blank(cell: object) -> bool:
    """None, or text that is only white space."""
    return cell is None or (type(cell) is str and not cell.strip())


_QUOTED_START: Final = frozenset("=+-@\t\r\n")


def unquoted(text: str) -> str:
    """Stripped ``text`` without the quote a spreadsheet (or our own export) puts before a
    leading ``= + - @``, tab or line break so that the cell is not read as a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in _QUOTED_START:
        return text[1:].strip()
    return text


def cell_text(cell: object) -> str:
    """A cell as the text a text field stores (stripped; ``""`` for blank).

    Whole floats lose their ``.0`` (Excel stores 3331234567 as a float); dates become ISO text;
    booleans ``"true"``/``"false"``; error cells raise ``cell_error``.
    """
    if type(cell) is str:
        text = cell.strip()
        return unquoted(text) if text[:1] == "'" else text
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e16:
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if isinstance(cell, date | time):
        return cell.isoformat()
    raise_if_error(cell)
    return str(cell).strip()


_SPLIT_RE: Final = re.compile(r"\s*(?:[;,\n\r|]+|:::)\s*")


def split_multi(text: str) -> list[str]:
    """Several values in one cell (``"a@x.it; b@y.it"``): split on ``; , |``, newlines and
    ``:::`` (how Google Contacts joins the values of one field)."""
    return [part for part in _SPLIT_RE.split(text.strip()) if part]


# --- booleans -------------------------------------------------------------------------------


def word_set(text: str) -> frozenset[str]:
    """A word table written as one string: ``word_set("yes si да")``."""
    return frozenset(text.split())


_TRUE_WORDS: Final = word_set("1 true yes y x ✓ ✔ si sì vero да д истина بله آری اره ok ใช่ จริง")
_FALSE_WORDS: Final = word_set("0 false no n falso нет н ложь خیر نه ไม่ ไม่ใช่ เท็จ -")


def parse_bool(cell: Cell) -> bool:
    """Yes/no in English, Italian, Russian, Persian and Thai, 1/0, x/✓, and boolean cells."""
    if type(cell) is bool:
        return cell
    if type(cell) in (int, float) and cell in (0, 1):
        return bool(cell)
    raise_if_error(cell)
    word = normalize_digits(cell_text(cell)).casefold().rstrip(".")
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ValueProblem(NOT_A_BOOL, {"value": cell_text(cell)})


# --- emails ---------------------------------------------------------------------------------

# local@domain: no spaces, one @, a dotted domain of letters/digits/hyphens (any script: IDN)
_EMAIL_RE: Final = re.compile(
    r"^(?P<local>[^@\s\"(),:;<>\[\\\]]+)@(?P<domain>(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}"
    r"|(?:[^\W_](?:[\w-]*[^\W_])?\.)+xn--[a-z0-9-]+)$"
)
_ANGLE_RE: Final = re.compile(r"<([^<>]+)>")


@lru_cache(maxsize=65_536)
def _email_parts(text: str) -> tuple[str, str] | None:
    value = unicodedata.normalize("NFC", text.strip().strip("\u200e\u200f\u200c\ufeff"))
    if "<" in value:  # "Marco Rossi <marco@example.it>"
        found = _ANGLE_RE.search(value)
        value = found.group(1).strip() if found else value
    if value[:7].casefold() == "mailto:":
        value = value[7:].split("?", 1)[0].strip()
    value = value.rstrip(".,;").strip()
    found = _EMAIL_RE.match(value)
    if found is None or ".." in value or found.group("local").startswith("."):
        return None
    if found.group("local").endswith(".") or len(value) > 254:
        return None
    return found.group("local"), found.group("domain").lower()


def normalize_email(cell: Cell) -> str:
    """The address to store: trimmed, ``mailto:`` and ``Name <…>`` removed, domain lower-cased.

    The local part keeps its case (some servers care); invalid text raises ``not_an_email``.
    """
    raise_if_error(cell)
    text = cell_text(cell)
    parts = _email_parts(text)
    if parts is None:
        raise ValueProblem(NOT_AN_EMAIL, {"value": text})
    return f"{parts[0]}@{parts[1]}"


def email_key(cell: Cell) -> str:
    """The matching key of an address: ``normalize_email`` folded to lower case."""
    return normalize_email(cell).casefold()


def normalize_emails(cell: Cell) -> tuple[str, ...]:
    """Every address in a cell that may hold several (``a@x.it; b@y.it``), without repeats."""
    found: dict[str, str] = {}
    for part in split_multi(cell_text(cell)):
        address = normalize_email(part)
        found.setdefault(address.casefold(), address)
    return tuple(found.values())
