"""Numbers with either decimal separator, grouped thousands, currency, local digits."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.services.importing.numbers import guess_decimal_separator, parse_number
from desktop_crm.services.importing.values import Cell, ValueProblem


@dataclass(frozen=True)
class ErrorCell:
    code: str


@pytest.mark.parametrize(
    ("cell", "hint", "number"),
    [
        ("1.234,56", None, "1234.56"),
        ("1,234.56", None, "1234.56"),
        ("1 234,56", None, "1234.56"),
        ("1\u00a0234,56", None, "1234.56"),
        ("1\u202f234,56", None, "1234.56"),
        ("1'234.56", None, "1234.56"),
        ("1.234.567", None, "1234567"),
        ("1,234,567.89", None, "1234567.89"),
        ("۱۲۳٬۴۵۶", None, "123456"),
        ("۱۲۳٬۴۵۶٫۷۸", None, "123456.78"),
        ("٣٫٥", None, "3.5"),
        ("๑,๒๓๔.๕", None, "1234.5"),
        ("€ 1.200", None, "1200"),
        ("1.200 €", None, "1200"),
        ("1.200,50 EUR", None, "1200.50"),
        ("USD 5", None, "5"),
        ("US$5", None, "5"),
        ("1 200 руб.", None, "1200"),
        ("1 200 ₽", None, "1200"),
        ("฿1,200", None, "1200"),
        ("1,200 บาท", None, "1200"),
        ("۱۲۰۰ ریال", None, "1200"),
        ("-5", None, "-5"),
        ("+5", None, "5"),
        ("5-", None, "-5"),
        ("−7,5", None, "-7.5"),
        ("(5)", None, "-5"),
        ("(€ 1.200,00)", None, "-1200.00"),
        ("-€5", None, "-5"),
        ("EUR -5", None, "-5"),
        ("12%", None, "12"),
        ("۱۲٪", None, "12"),
        ("0,5", None, "0.5"),
        ("0,123", None, "0.123"),
        (".5", None, "0.5"),
        ("12345,678", None, "12345.678"),
        ("3.33E+09", None, "3330000000"),
        ("1,234", None, "1234"),
        ("1.234", None, "1234"),
        ("1,234", ",", "1.234"),
        ("1.234", ".", "1.234"),
        ("1.234", ",", "1234"),
        ("1.5", ",", "1.5"),
        ("1.234,5", ".", "1234.5"),  # both separators say it whatever the hint
        (42, None, "42"),
        (0.1, None, "0.1"),
        (Decimal("2.50"), None, "2.50"),
        ("007", None, "7"),
    ],
)
def test_parse_number(cell: Cell, hint: str | None, number: str) -> None:
    assert parse_number(cell, decimal_hint=hint) == Decimal(number)


@pytest.mark.parametrize(
    "cell",
    ["", "abc", "abc 12", "12 pcs", "Q3 2026", "5 - 10", "1.23.456", "1,2,3", "12 34",
     "1 234.567,8", "1.234,567.8", "--5", "(-5)", "1e5000", "12..5", "1,", "N/A",
     float("nan"), float("inf"), True, None, "1" * 41],
)  # fmt: skip
def test_not_a_number(cell: Cell) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_number(cell)
    assert caught.value.code == "not_a_number"


def test_error_cell() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_number(ErrorCell("#VALUE!"))
    assert caught.value.code == "cell_error"


@pytest.mark.parametrize(
    ("samples", "separator"),
    [
        (["1.234,56", "12"], ","),
        (["1,234.56"], "."),
        (["1,5", "2,25"], ","),
        (["1.234.567"], ","),
        (["1,234,567"], "."),
        (["1,234", "5.678"], None),  # thousands or decimals: nothing says
        (["۱۲٫۵"], "."),
        (["0,123"], ","),
        ([1.5, 2, None, "abc"], None),
        (["1.234,5", "1.5", "2.5", "3.5"], "."),  # the majority wins
    ],
)
def test_guess_decimal_separator(samples: list[Cell], separator: str | None) -> None:
    assert guess_decimal_separator(samples) == separator


# thousands separator, decimal separator, digits
_STYLES = [
    (",", ".", "0123456789"),  # English, Thai
    (".", ",", "0123456789"),  # Italian
    (" ", ",", "0123456789"),  # Russian
    ("\u00a0", ",", "0123456789"),
    ("\u202f", ",", "0123456789"),
    ("'", ".", "0123456789"),  # Swiss
    ("٬", "٫", "۰۱۲۳۴۵۶۷۸۹"),  # Persian
    ("٬", "٫", "٠١٢٣٤٥٦٧٨٩"),  # Arabic-Indic
    (",", ".", "๐๑๒๓๔๕๖๗๘๙"),  # Thai digits
]


def _format(number: Decimal, style: tuple[str, str, str], grouped: bool) -> str:
    thousands, decimal, digits = style
    text = format(abs(number), ",f" if grouped else "f")
    text = text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)
    text = text.translate(str.maketrans("0123456789", digits))
    return f"-{text}" if number < 0 else text


@given(
    st.decimals(
        min_value=Decimal("-999999999999"),
        max_value=Decimal("999999999999"),
        places=4,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.sampled_from(_STYLES),
    st.booleans(),
)
def test_a_number_in_each_locale_style_reads_back(
    number: Decimal, style: tuple[str, str, str], grouped: bool
) -> None:
    text = _format(number, style, grouped)
    decimal_hint = {"٫": "."}.get(style[1], style[1])
    assert parse_number(text, decimal_hint=decimal_hint) == number


@given(
    st.lists(
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from(_STYLES[:6]),
)
def test_the_guessed_separator_is_never_the_wrong_one(
    numbers: list[Decimal], style: tuple[str, str, str]
) -> None:
    column = [_format(n, style, grouped=True) for n in numbers]
    guess = guess_decimal_separator(column)
    assert guess in (style[1], None)
    assert [parse_number(text, decimal_hint=guess or style[1]) for text in column] == numbers
