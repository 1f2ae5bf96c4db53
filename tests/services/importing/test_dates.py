"""Dates in every form a spreadsheet from Italy, Russia, Iran or Thailand holds them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import jdatetime
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.services.importing.dates import (
    DateOrder,
    guess_date_order,
    is_empty_date,
    parse_date,
)
from desktop_crm.services.importing.values import Cell, ValueProblem

NOV_23 = date(2026, 11, 23)


@dataclass(frozen=True)
class ErrorCell:
    code: str


@pytest.mark.parametrize(
    "cell",
    [
        "23/11/2026",
        "23.11.2026",
        "23-11-2026",
        "23.11.2026.",
        "23.11.2026 г.",
        "2026.11.23",
        "2026-11-23",
        "2026/11/23",
        "11/23/2026",
        "23/11/26",
        "20261123",
        " 23/11/2026 ",
        "23/11/2026 14:30",
        "23/11/2026, 2:30 PM",
        "2026-11-23T10:00:00Z",
        "2026-11-23 10:00:00+03:30",
        "23 Nov 2026",
        "23 November 2026",
        "Nov 23, 2026",
        "November 23rd, 2026",
        "Mon, 23 Nov 2026",
        "23-Nov-2026",
        "2026 Nov 23",
        "23 novembre 2026",
        "lunedì 23 novembre 2026",
        "23 ноября 2026 г.",
        "23 Ноябрь 2026",
        "23 нояб. 2026",
        "۲۳/۱۱/۲۰۲۶",
        "٢٣/١١/٢٠٢٦",
        "๒๓/๑๑/๒๐๒๖",
        "1405/09/02",
        "۱۴۰۵/۰۹/۰۲",
        "1405-9-2",
        "۲ آذر ۱۴۰۵",
        "٢ آذر ١٤٠٥",
        "23 نوامبر 2026",
        "23/11/2569",
        "2569-11-23",
        "23 พฤศจิกายน 2569",
        "23 พ.ย. 2569",
        "๒๓ พ.ย. ๒๕๖๙",
        "วันที่ 23 พฤศจิกายน พ.ศ. 2569",
        NOV_23,
        datetime(2026, 11, 23, 23, 59),
        46349,
        46349.75,
        Decimal(46349),
        "46349",
        20261123,
    ],
)
def test_forms_of_23_november_2026(cell: Cell) -> None:
    assert parse_date(cell) == NOV_23


@pytest.mark.parametrize(
    ("serial", "day"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45000, date(2023, 3, 15)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_excel_serials_with_the_1900_leap_bug(serial: int, day: date) -> None:
    assert parse_date(serial) == day


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("31/02/2026", "impossible_date"),
        ("29/02/2025", "impossible_date"),
        ("2026-13-01", "impossible_date"),
        ("00/10/2026", "impossible_date"),
        ("32/10/2026", "impossible_date"),
        ("1405/12/30", "impossible_date"),  # 1405 is not a Jalali leap year
        ("1405/13/01", "impossible_date"),
        ("31 Feb 2026", "impossible_date"),
        (60, "impossible_date"),  # Excel's 29 February 1900
        ("05/06/2026", "ambiguous_date"),
        ("tomorrow", "not_a_date"),
        ("", "not_a_date"),
        (None, "not_a_date"),
        ("23 Foo 2026", "not_a_date"),
        ("Nov 2026", "not_a_date"),
        ("1.5", "not_a_date"),
        (True, "not_a_date"),
        (time(10, 0), "not_a_date"),
        (0, "not_a_date"),
        (-5, "not_a_date"),
        (float("nan"), "not_a_date"),
        (ErrorCell("#N/A"), "cell_error"),
    ],
)
def test_problems(cell: Cell, code: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_date(cell)
    assert caught.value.code == code


def test_a_problem_repeats_the_same_way() -> None:
    """Results are cached per text: the second failure is a fresh, equal problem."""
    problems = []
    for _ in range(2):
        with pytest.raises(ValueProblem) as caught:
            parse_date("31/02/2026")
        problems.append(caught.value)
    assert problems[0] is not problems[1]
    assert problems[0].params == problems[1].params == {"value": "31/02/2026"}


@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("05/06/2026", "dmy", date(2026, 6, 5)),
        ("05/06/2026", "mdy", date(2026, 5, 6)),
        ("2026/06/05", "dmy", date(2026, 6, 5)),  # a year first is year first
        ("26/06/05", "ymd", date(2026, 6, 5)),
        ("23/11/2026", "mdy", None),  # the user said month first: month 23 is impossible
    ],
)
def test_order_of_the_column(text: str, order: DateOrder, day: date | None) -> None:
    if day is None:
        with pytest.raises(ValueProblem, match="impossible_date"):
            parse_date(text, order=order)
    else:
        assert parse_date(text, order=order) == day


@pytest.mark.parametrize(
    ("cell", "empty"),
    [("0/0/00", True), ("0000-00-00 00:00:00", True), (" 00.00.0000 ", True), ("", False),
     ("01/01/2000", False), (0, False), (None, False)],
)  # fmt: skip
def test_placeholders_for_no_date(cell: Cell, empty: bool) -> None:
    """Outlook writes 0/0/00 for a contact with no birthday; the engine leaves such cells empty."""
    assert is_empty_date(cell) is empty


def test_jalali_switch() -> None:
    assert parse_date("05/09/02", order="ymd", jalali=True) == date(2026, 11, 23)
    assert parse_date("1700/01/01", jalali=True) == date(1700, 1, 1)  # Gregorian years stay
    assert parse_date("1405/09/02", jalali=False) == date(1405, 9, 2)


@pytest.mark.parametrize(
    ("samples", "guess"),
    [
        (["23/11/2026", "01/02/2026"], ("dmy", False)),
        (["11/23/2026", "01/02/2026"], ("mdy", False)),
        (["01/02/2026", "03/04/2026"], (None, True)),
        (["05/05/2026"], (None, False)),  # reads the same both ways
        (["23/11/2026", "11/23/2026", "24/11/2026"], ("dmy", True)),
        (["2026-11-23", "2026-01-02"], ("ymd", False)),
        (["2026-11-23", "01/02/2026"], (None, True)),
        ([date(2026, 1, 2), 45000, None, ""], (None, False)),
        (["۲۳/۱۱/۱۴۰۵", "۰۱/۰۲/۱۴۰۵"], ("dmy", False)),
    ],
)
def test_guess_date_order(samples: list[Cell], guess: tuple[DateOrder | None, bool]) -> None:
    assert guess_date_order(samples) == guess


_DATES = st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31))
_SEPARATORS = st.sampled_from(["/", ".", "-"])


def _written(day: date, order: DateOrder, sep: str) -> str:
    parts = {"dmy": (day.day, day.month, day.year), "mdy": (day.month, day.day, day.year)}
    if order == "ymd":
        return f"{day.year}{sep}{day.month:02d}{sep}{day.day:02d}"
    return sep.join(f"{p:02d}" for p in parts[order])


@given(_DATES.filter(lambda d: d.day > 12), st.sampled_from(["dmy", "mdy", "ymd"]), _SEPARATORS)
def test_an_unambiguous_date_reads_back_in_every_order(
    day: date, order: DateOrder, sep: str
) -> None:
    assert parse_date(_written(day, order, sep)) == day


@given(_DATES, st.sampled_from(["dmy", "mdy", "ymd"]), _SEPARATORS)
def test_any_date_reads_back_with_its_column_order(day: date, order: DateOrder, sep: str) -> None:
    assert parse_date(_written(day, order, sep), order=order) == day


@given(st.dates(min_value=date(1922, 3, 21), max_value=date(2120, 3, 19)), _SEPARATORS)
def test_jalali_round_trip(day: date, sep: str) -> None:
    jalali = jdatetime.date.fromgregorian(date=day)
    text = f"{jalali.year}{sep}{jalali.month:02d}{sep}{jalali.day:02d}"
    persian = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert parse_date(text) == parse_date(persian) == day
    assert parse_date(f"{jalali.day}/{jalali.month}/{jalali.year}", order="dmy") == day


@given(_DATES)
def test_thai_buddhist_years(day: date) -> None:
    assert parse_date(f"{day.day}/{day.month}/{day.year + 543}", order="dmy") == day


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_excel_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == parse_date(float(serial) + 0.5) == day
    assert day - timedelta(days=1) == parse_date(serial - 1)
