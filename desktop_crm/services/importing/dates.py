"""Dates as people write them in spreadsheets: day-first, month-first, ISO, Excel serials, Jalali.

``parse_date`` takes one cell and the column's decisions (``order`` from ``guess_date_order``,
confirmed by the user when ambiguous; ``jalali``) and returns a Gregorian ``date`` or raises
``ValueProblem`` (not_a_date, impossible_date, ambiguous_date, cell_error).

Rules, in the order they apply to text:
- Persian, Arabic-Indic and Thai digits count as digits; a time after the date is ignored.
- ``y/m/d`` forms are recognised by a first part of 3–4 digits; otherwise the year is last and
  ``order`` says whether day or month comes first. Without ``order`` a part above 12 decides, and
  a date whose reading depends on the order raises ``ambiguous_date``. Separators: ``/ . -``.
- Years 1300–1499 are Jalali (1405/09/02 → 2026-11-23) unless ``jalali=False``; ``jalali=True``
  makes every year below 1700 Jalali. Years above 2400 are Thai Buddhist era (2569 → 2026).
  Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx (Jalali: 50–99 → 13xx, else 14xx).
- Month names in English, Italian, Russian (any case, genitive too), Persian (Jalali months and
  the Persian names of Gregorian months) and Thai (full and abbreviated): ``23 Nov 2026``,
  ``Nov 23, 2026``, ``23 ноября 2026 г.``, ``۲ آذر ۱۴۰۵``, ``23 พ.ย. 2569``.
- ``20261123`` (eight digits) is year-month-day; a five-digit number is an Excel serial.
Numbers (int/float cells) are Excel serial dates of the 1900 system, its phantom 29 Feb 1900
included (serial 60 raises impossible_date); datetime/date cells are taken as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, Literal

import jdatetime

from desktop_crm.services.importing.values import (
    AMBIGUOUS_DATE,
    IMPOSSIBLE_DATE,
    NOT_A_DATE,
    Cell,
    ValueProblem,
    raise_if_error,
    word_set,
)

__all__ = ["DateOrder", "guess_date_order", "is_empty_date", "parse_date"]

DateOrder = Literal["dmy", "mdy", "ymd"]

_Problem = tuple[str, dict[str, Any]]

_DIGITS: Final = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙\u066b\u060c\u200e\u200f\u00a0\u202f",
    "0123456789" * 3 + ".,  " + "  ",
)
_TIME: Final = (
    r"(?:,?(?:\s+|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC_RE: Final = re.compile(
    r"(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})\.?" + _TIME + r"(?:\s*(?:г\.?|года))?",
    re.IGNORECASE,
)
_COMPACT_RE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL_RE: Final = re.compile(r"\d{5}(?:\.\d+)?")
_CLOCK_RE: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_TOKEN_RE: Final = re.compile(r"\d+|[^\s\d.,/\-:()']+")

_EXCEL_EPOCH: Final = date(1899, 12, 30).toordinal()
_EXCEL_MAX: Final = 2_958_465  # 9999-12-31

_GREGORIAN_MONTHS: Final = (
    "january jan gennaio gen январь января янв ژانویه ژانویهٔ มกราคม",
    "february feb febbraio февраль февраля фев февр فوریه กุมภาพันธ์",
    "march mar marzo март марта مارس มีนาคม",
    "april apr aprile апрель апреля апр آوریل เมษายน",
    "may maggio mag май мая مه می พฤษภาคม",
    "june jun giugno giu июнь июня июн ژوئن มิถุนายน",
    "july jul luglio lug июль июля июл ژوئیه جولای กรกฎาคม",
    "august aug agosto ago август августа авг اوت آگوست สิงหาคม",
    "september sep sept settembre set сентябрь сентября сен сент سپتامبر กันยายน",
    "october oct ottobre ott октябрь октября окт اکتبر ตุลาคม",
    "november nov novembre ноябрь ноября ноя нояб نوامبر พฤศจิกายน",
    "december dec dicembre dic декабрь декабря дек دسامبر ธันวาคม",
)
_JALALI_MONTHS: Final = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد امرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_THAI_ABBREVIATIONS: Final = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# words that may stand next to a date and say nothing about it
_FILLERS: Final = word_set(
    "st nd rd th of the de del di il г года год ام م "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "lun mar mer gio ven sab dom lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье "
    "شنبه یکشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه "
    "วันที่ วัน พศ คศ"
)
_ARABIC_LETTERS: Final = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": ""})


def _month_table() -> dict[str, tuple[int, bool]]:
    table: dict[str, tuple[int, bool]] = {}
    for number, words in enumerate(_GREGORIAN_MONTHS, start=1):
        for word in words.split():
            table[word] = (number, False)
    for number, words in enumerate(_JALALI_MONTHS, start=1):
        for word in words.split():
            table[word] = (number, True)
    return table


_MONTHS: Final = _month_table()
_THAI_ABBR_RE: Final = re.compile("|".join(re.escape(a) for a in _THAI_ABBREVIATIONS))
_THAI_FULL: Final = {
    abbr: _GREGORIAN_MONTHS[index].split()[-1] for index, abbr in enumerate(_THAI_ABBREVIATIONS)
}


def parse_date(cell: Cell, *, order: DateOrder | None = None, jalali: bool | None = None) -> date:
    """The Gregorian date a cell holds, read by the rules in the module docstring."""
    kind = type(cell)
    if kind is str:
        found = _parse_text(cell, order, jalali)  # type: ignore[arg-type]
        if type(found) is date:
            return found
        raise ValueProblem(*found)  # type: ignore[misc]
    if kind is datetime:
        return cell.date()  # type: ignore[union-attr]
    if kind is date:
        return cell  # type: ignore[return-value]
    if kind is int or kind is float or kind is Decimal:
        return _from_number(cell)  # type: ignore[arg-type]
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return date(cell.year, cell.month, cell.day)
    raise_if_error(cell)
    raise ValueProblem(NOT_A_DATE, {"value": "" if cell is None else str(cell)})


_EMPTY_DATES: Final = frozenset({"0/0/00", "0/0/0000", "00/00/0000", "00.00.0000", "0000-00-00"})


def is_empty_date(cell: Cell) -> bool:
    """A placeholder that means "no date": Outlook's ``0/0/00``, MySQL's ``0000-00-00`` …"""
    return type(cell) is str and cell.strip().split(" ")[0] in _EMPTY_DATES


def guess_date_order(samples: Iterable[Cell]) -> tuple[DateOrder | None, bool]:
    """The column's order and whether the user must confirm it.

    A first part above 12 means day-first, a second part above 12 month-first; when both appear
    the more frequent wins but the answer is ambiguous; when every sample reads both ways the
    order is None and ambiguous. Year-first samples alone give ``("ymd", False)``.
    """
    counts = {"dmy": 0, "mdy": 0, "ymd": 0, "either": 0}
    for cell in samples:
        if type(cell) is not str:
            continue
        found = _NUMERIC_RE.fullmatch(cell.strip().translate(_DIGITS))
        if found is None:
            continue
        first, _sep, second, _last = found.groups()
        if len(first) >= 3:
            counts["ymd"] += 1
            continue
        day_first, month_first = _readings(int(first), int(second))
        if day_first and not month_first:
            counts["dmy"] += 1
        elif month_first and not day_first:
            counts["mdy"] += 1
        elif day_first and first != second:
            counts["either"] += 1
    if counts["dmy"] and counts["mdy"]:
        return ("dmy" if counts["dmy"] >= counts["mdy"] else "mdy"), True
    if counts["dmy"]:
        return "dmy", False
    if counts["mdy"]:
        return "mdy", False
    if counts["either"]:
        return None, True
    return ("ymd" if counts["ymd"] else None), False


def _readings(first: int, second: int) -> tuple[bool, bool]:
    """Whether ``first/second`` can be day/month, and whether it can be month/day."""
    return (1 <= second <= 12 and first <= 31), (1 <= first <= 12 and second <= 31)


@lru_cache(maxsize=65_536)
def _parse_text(text: str, order: DateOrder | None, jalali: bool | None) -> date | _Problem:
    value = text.strip().translate(_DIGITS)
    found = _NUMERIC_RE.fullmatch(value)
    if found is not None:
        first, _sep, second, third = found.groups()
        return _from_parts(text, first, second, third, order, jalali)
    found = _COMPACT_RE.fullmatch(value)
    if found is not None:
        year, month, day = found.groups()
        return _build(text, int(year), int(month), int(day), jalali)
    if _SERIAL_RE.fullmatch(value):
        try:
            return _from_number(float(value))
        except ValueProblem as problem:
            return problem.code, {"value": text}
    return _from_words(text, value, jalali)


def _from_parts(
    text: str, first: str, second: str, third: str, order: DateOrder | None, jalali: bool | None
) -> date | _Problem:
    if len(first) >= 3 or (order == "ymd" and len(third) <= 2):
        return _build(text, _year(first, jalali), int(second), int(third), jalali)
    p, q = int(first), int(second)
    if order not in ("dmy", "mdy"):
        day_first, month_first = _readings(p, q)
        if day_first and month_first and p != q:
            return AMBIGUOUS_DATE, {"value": text}
        order = "dmy" if day_first or not month_first else "mdy"
    day, month = (p, q) if order == "dmy" else (q, p)
    return _build(text, _year(third, jalali), month, day, jalali)


def _year(digits: str, jalali: bool | None) -> int:
    year = int(digits)
    if len(digits) > 2:
        return year
    if jalali:
        return year + (1300 if year >= 50 else 1400)
    return year + (2000 if year < 30 else 1900)


def _build(text: str, year: int, month: int, day: int, jalali: bool | None) -> date | _Problem:
    is_jalali = (jalali is None and 1300 <= year <= 1499) or (jalali is True and year < 1700)
    try:
        if is_jalali:
            if not 1 <= month <= 12:
                raise ValueError(month)
            gregorian: date = jdatetime.date(year, month, day).togregorian()
            return gregorian
        if year > 2400:
            year -= 543
        return date(year, month, day)
    except ValueError:
        return IMPOSSIBLE_DATE, {"value": text}


def _from_words(text: str, value: str, jalali: bool | None) -> date | _Problem:
    folded = value.casefold().translate(_ARABIC_LETTERS)
    if any("\u0e00" <= ch <= "\u0e7f" for ch in folded):
        folded = folded.replace("พ.ศ.", " ").replace("ค.ศ.", " ")
        folded = _THAI_ABBR_RE.sub(lambda m: f" {_THAI_FULL[m.group()]} ", folded)
    folded = _CLOCK_RE.sub(" ", folded)
    numbers: list[str] = []
    months: list[tuple[int, bool]] = []
    for token in _TOKEN_RE.findall(folded):
        if token.isdigit():
            numbers.append(token)
        elif token in _MONTHS:
            months.append(_MONTHS[token])
        elif token not in _FILLERS:
            return NOT_A_DATE, {"value": text}
    if len(months) != 1 or len(numbers) != 2:
        return NOT_A_DATE, {"value": text}
    month, is_jalali_month = months[0]
    day_digits, year_digits = numbers if len(numbers[0]) <= 2 else numbers[::-1]
    if is_jalali_month:
        year = _year(year_digits, True)
        if year >= 1700:  # a Jalali month with a Gregorian year is not a date
            return NOT_A_DATE, {"value": text}
        return _build(text, year, month, int(day_digits), True)
    year = _year(year_digits, False)
    return _build(text, year, month, int(day_digits), False if jalali is None else jalali)


def _from_number(number: float | int | Decimal) -> date:
    """An Excel serial date (1900 system); an eight-digit integer is read as yyyymmdd."""
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueProblem(NOT_A_DATE, {"value": str(number)})
    if 19_000_101 <= number <= 99_991_231 and number == int(number):
        found = _build(str(number), *_split_yyyymmdd(int(number)), jalali=False)
        if type(found) is date:
            return found
        raise ValueProblem(*found)  # type: ignore[misc]
    if not 1 <= number <= _EXCEL_MAX + 0.999999:
        raise ValueProblem(NOT_A_DATE, {"value": str(number)})
    serial = int(number)
    if serial == 60:  # Lotus 1-2-3's 29 February 1900, kept by Excel
        raise ValueProblem(IMPOSSIBLE_DATE, {"value": str(number)})
    return date.fromordinal(_EXCEL_EPOCH + serial + (1 if serial < 60 else 0))


def _split_yyyymmdd(number: int) -> tuple[int, int, int]:
    """``20261123`` → ``(2026, 11, 23)``."""
    year, rest = divmod(number, 10_000)
    month, day = divmod(rest, 100)
    return year, month, day
