"""Numbers as spreadsheets in many locales write them: ``1.234,56``, ``1 234,56``, ``۱۲۳٬۴۵۶``.

``parse_number`` returns a ``Decimal`` or raises ``ValueProblem`` (not_a_number, cell_error).

Rules:
- Persian/Arabic-Indic and Thai digits count as digits; ``٬`` is a thousands separator and ``٫``
  a decimal separator; spaces (plain, no-break, narrow no-break, thin) and apostrophes between
  digits group thousands (``1 234,56``, ``1'234.56``).
- With both ``.`` and ``,`` the last one is the decimal separator. One separator used several
  times groups thousands. A single separator followed by other than three digits is decimal.
- ``1,234`` / ``1.234`` (one separator, three digits after, one to three before, not ``0``) is
  read as thousands unless ``decimal_hint`` (the column's style, from
  ``guess_decimal_separator``) names that separator as the decimal one: so ``1.234`` is 1234 with
  no hint or a ``","`` hint, and 1.234 with a ``"."`` hint.
- Thousands groups must have three digits (``1.23.456`` is not a number); Indian lakh grouping is
  not read.
- Signs: ``-5``, ``+5``, ``5-``, ``−5`` (minus sign) and accounting ``(5)`` are negative/positive
  as written.
- Currency symbols and codes around the number are dropped: ``€ 1.200``, ``1.200 €``,
  ``USD 5``, ``US$5``, ``1 200 руб.``, ``฿1,200``, ``۱۲۰۰ ریال``.
- ``12%`` is 12 (the sign is dropped, the figure kept as written): the CRM stores percentages as
  whole numbers 0–100 (a deal's probability).
- Scientific notation as Excel writes it in CSV (``3.33E+09``) is read.
Number cells (int, float, Decimal) are taken as they are (floats through their shortest repr, so
0.1 stays 0.1); NaN and infinities are not numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from desktop_crm.services.importing.values import (
    NOT_A_NUMBER,
    Cell,
    ValueProblem,
    raise_if_error,
    word_set,
)

__all__ = ["guess_decimal_separator", "parse_number"]

_TABLE: Final = str.maketrans(
    {
        **{src: str(i % 10) for i, src in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙")},
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": " ",  # Arabic thousands separator
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "'": " ",
        "\u2019": " ",
        "\u2212": "-",
        "\u2013": "-",
        "\u066a": "%",
        "\u200e": "",
        "\u200f": "",
        "\u061c": "",
        "\u200c": "",
    }
)
_SHAPE_RE: Final = re.compile(
    r"(?P<pre>[^\d+\-]*?)\s*(?P<sign>[+\-]?)\s*(?P<pre2>[^\d+\-.,]*?)\s*"
    r"(?P<body>(?:\d|[.,]\d)(?:[\d., ]*[\d.,])?)"
    r"\s*(?P<post>(?:[^\d.,+\-\s][^\d+\-]*)?)\s*(?P<tsign>-?)\s*(?P<post2>[^\d+\-]*)"
)
_PLAIN_RE: Final = re.compile(r"-?(?:\d|[.,]\d)[\d.,]*")
_EXPONENT_RE: Final = re.compile(r"[+\-]?\d+(?:[.,]\d+)?[eE][+\-]?\d{1,3}")
_ISO_CODE_RE: Final = re.compile(r"[A-Z]{3}")
_CURRENCY_WORDS: Final = word_set(
    "euro euros eur dollar dollars usd rub руб руб. р р. рубль рублей рубля ₽ бат "
    "ریال تومان تومن ت ر بات บาท บ. rs kr zł lei tl lira lire sfr fr"
)
_MAX_DIGITS: Final = 40


def parse_number(cell: Cell, *, decimal_hint: str | None = None) -> Decimal:
    """The number a cell holds, read by the rules in the module docstring."""
    kind = type(cell)
    if kind is str:
        text: str = cell  # type: ignore[assignment]
        if text.isascii() and text.isdigit() and len(text) <= _MAX_DIGITS:
            return Decimal(text)
        return _parse_text(text, decimal_hint)
    if kind is int:
        return Decimal(cell)  # type: ignore[arg-type]
    if kind is float or kind is Decimal:
        number = Decimal(repr(cell)) if kind is float else cell
        if not number.is_finite():  # type: ignore[union-attr]
            raise ValueProblem(NOT_A_NUMBER, {"value": str(cell)})
        return number  # type: ignore[return-value]
    raise_if_error(cell)
    raise ValueProblem(NOT_A_NUMBER, {"value": "" if cell is None else str(cell)})


def guess_decimal_separator(samples: Iterable[Cell]) -> str | None:
    """``"."`` or ``","``: the decimal separator the text samples of a column use, if they say.

    Evidence: both separators in one value (the last is decimal), one separator repeated
    (it groups thousands, so the other is decimal), one separator followed by other than three
    digits (decimal). ``1,234``-like samples say nothing. None when nothing (or a tie) says.
    """
    votes = {".": 0, ",": 0}
    for cell in samples:
        if type(cell) is not str:
            continue
        shape = _SHAPE_RE.fullmatch(cell.translate(_TABLE).strip())
        if shape is None:
            continue
        body = shape.group("body").replace(" ", "")
        dots, commas = body.count("."), body.count(",")
        if dots and commas:
            votes["." if body.rfind(".") > body.rfind(",") else ","] += 2
        elif dots + commas > 1:
            votes["," if dots else "."] += 1
        elif dots + commas == 1:
            sep = "." if dots else ","
            head, tail = body.split(sep)
            if len(tail) != 3 or not head or head == "0":
                votes[sep] += 1
    if votes["."] == votes[","]:
        return None
    return "." if votes["."] > votes[","] else ","


def _parse_text(text: str, decimal_hint: str | None) -> Decimal:
    value = text.translate(_TABLE).strip()
    negative = value.startswith("(") and value.endswith(")")
    if negative:
        value = value[1:-1].strip()
    if _PLAIN_RE.fullmatch(value):  # the common case: digits and separators, maybe a minus
        minus = value.startswith("-")
        if minus and negative:
            raise ValueProblem(NOT_A_NUMBER, {"value": text})
        digits = _plain_digits(text, value[1:] if minus else value, decimal_hint)
        return _finish(text, Decimal(digits), negative or minus)
    if _EXPONENT_RE.fullmatch(value):
        return _finish(text, Decimal(value.replace(",", ".")), negative)
    shape = _SHAPE_RE.fullmatch(value)
    if shape is None or not _affixes_ok(shape.group("pre", "pre2", "post", "post2")):
        raise ValueProblem(NOT_A_NUMBER, {"value": text})
    signs = shape.group("sign") + shape.group("tsign")
    if len(signs) > 1 or (negative and signs):
        raise ValueProblem(NOT_A_NUMBER, {"value": text})
    digits = _plain_digits(text, shape.group("body"), decimal_hint)
    return _finish(text, Decimal(digits), negative or signs == "-")


def _finish(text: str, number: Decimal, negative: bool) -> Decimal:
    if not number.is_finite() or len(number.as_tuple().digits) > _MAX_DIGITS:
        raise ValueProblem(NOT_A_NUMBER, {"value": text})
    return -number if negative else number


def _affixes_ok(affixes: tuple[str, ...]) -> bool:
    """Only currency symbols/codes/words and a percent sign may stand around a number."""
    return all(_affix_ok(affix.strip().strip("%").strip()) for affix in affixes)


def _affix_ok(word: str) -> bool:
    if not word or word.casefold() in _CURRENCY_WORDS or _ISO_CODE_RE.fullmatch(word):
        return True
    others = [ch for ch in word if unicodedata.category(ch) != "Sc"]
    return len(others) < len(word) and len(others) <= 2 and all(ch.isalpha() for ch in others)


def _plain_digits(text: str, body: str, hint: str | None) -> str:
    """``body`` (digits and ``. , space``) as ``Decimal`` input: ``1.234,5`` → ``1234.5``."""
    separators = _separators(body, hint)
    if separators is None:
        raise ValueProblem(NOT_A_NUMBER, {"value": text})
    thousands, decimal = separators
    whole, fraction = body, ""
    if decimal:
        whole, _, fraction = body.partition(decimal)
        if not fraction.isdigit():
            raise ValueProblem(NOT_A_NUMBER, {"value": text})
    if thousands:
        groups = whole.split(thousands)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise ValueProblem(NOT_A_NUMBER, {"value": text})
        whole = "".join(groups)
    if whole and not whole.isdigit():
        raise ValueProblem(NOT_A_NUMBER, {"value": text})
    return f"{whole or '0'}.{fraction}" if fraction else whole


def _separators(body: str, hint: str | None) -> tuple[str, str] | None:
    """(thousands separator, decimal separator) of ``body``, ``""`` for none; None if invalid."""
    marks = {ch for ch in body if not ch.isdigit()}
    if " " in marks:
        marks.discard(" ")
        if len(marks) > 1:
            return None
        return " ", marks.pop() if marks else ""
    if len(marks) == 2:
        last_dot = body.rfind(".") > body.rfind(",")
        return (",", ".") if last_dot else (".", ",")
    if not marks:
        return "", ""
    sep = marks.pop()
    if body.count(sep) > 1:
        return sep, ""
    head, tail = body.split(sep)
    groups_thousands = len(tail) == 3 and 1 <= len(head) <= 3 and head != "0"
    if groups_thousands and hint != sep:
        return sep, ""
    return "", sep
