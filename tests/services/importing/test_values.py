"""Cells as text, several values per cell, yes/no, and email addresses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.services.importing.values import (
    Cell,
    ValueProblem,
    cell_error_code,
    cell_text,
    email_key,
    is_blank,
    normalize_email,
    normalize_emails,
    parse_bool,
    split_multi,
)


@dataclass(frozen=True)
class ErrorCell:
    """What a spreadsheet reader hands over for ``#N/A`` and friends."""

    code: str


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("  Marco  ", "Marco"),
        (None, ""),
        (3331234567.0, "3331234567"),
        (12.5, "12.5"),
        (42, "42"),
        (True, "true"),
        (Decimal("1.50"), "1.50"),
        (date(2026, 11, 23), "2026-11-23"),
        (datetime(2026, 11, 23, 10, 30), "2026-11-23T10:30:00"),
        (time(9, 15), "09:15:00"),
    ],
)
def test_cell_text(cell: Cell, text: str) -> None:
    assert cell_text(cell) == text


def test_error_cells_raise_cell_error_with_their_code() -> None:
    assert cell_error_code(ErrorCell("#N/A")) == "#N/A"
    assert cell_error_code("#N/A") is None  # text that says so is text
    for parse in (cell_text, normalize_email, parse_bool):
        with pytest.raises(ValueProblem) as caught:
            parse(ErrorCell("#DIV/0!"))
        assert caught.value.code == "cell_error"
        assert caught.value.params["error"] == "#DIV/0!"


def test_value_problem_is_a_value_error_with_code_and_params() -> None:
    problem = ValueProblem("not_a_date", {"value": "x"})
    assert isinstance(problem, ValueError)
    assert (problem.code, problem.params) == ("not_a_date", {"value": "x"})


@pytest.mark.parametrize(
    ("cell", "blank"), [(None, True), ("", True), ("  \t", True), ("x", False), (0, False)]
)
def test_is_blank(cell: Cell, blank: bool) -> None:
    assert is_blank(cell) is blank


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("a@x.it; b@y.it", ["a@x.it", "b@y.it"]),
        ("a@x.it, b@y.it,,", ["a@x.it", "b@y.it"]),
        ("333 1234567\n06 1234567", ["333 1234567", "06 1234567"]),
        ("* myContacts ::: Friends", ["* myContacts", "Friends"]),
        ("one | two", ["one", "two"]),
        ("", []),
    ],
)
def test_split_multi(text: str, parts: list[str]) -> None:
    assert split_multi(text) == parts


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        (True, True),
        (0, False),
        (1.0, True),
        ("Yes", True),
        ("sì", True),
        ("Да", True),
        ("بله", True),
        ("ใช่", True),
        ("x", True),
        ("No", False),
        ("нет", False),
        ("خیر", False),
        ("ไม่", False),
        ("FALSE", False),
        ("۱", True),
    ],
)
def test_parse_bool(cell: Cell, value: bool) -> None:
    assert parse_bool(cell) is value


def test_parse_bool_refuses_other_words() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_bool("maybe")
    assert caught.value.code == "not_a_bool"


@pytest.mark.parametrize(
    ("text", "stored", "key"),
    [
        ("Marco.Rossi@Example.IT", "Marco.Rossi@example.it", "marco.rossi@example.it"),
        ("  anna@studio.it  ", "anna@studio.it", "anna@studio.it"),
        ("mailto:Info@Azienda.IT", "Info@azienda.it", "info@azienda.it"),
        ("MAILTO:a@b.it?subject=hi", "a@b.it", "a@b.it"),
        ("Marco Rossi <marco@rossi.it>", "marco@rossi.it", "marco@rossi.it"),
        ("ivan.petrov+crm@mail.ru", "ivan.petrov+crm@mail.ru", "ivan.petrov+crm@mail.ru"),
        ("info@пример.рф", "info@пример.рф", "info@пример.рф"),
        ("\u200finfo@shop.ir\u200e", "info@shop.ir", "info@shop.ir"),
        ("a@b.co.th.", "a@b.co.th", "a@b.co.th"),
    ],
)
def test_emails(text: str, stored: str, key: str) -> None:
    assert normalize_email(text) == stored
    assert email_key(text) == key


@pytest.mark.parametrize(
    "text",
    ["", "marco", "a@b", "a@@b.it", "a b@c.it", "@b.it", "a@.it", "a..b@c.it", "a@b..it",
     ".a@b.it", "a.@b.it", "a@-b.it", "a@b.i", "a@b.123"],
)  # fmt: skip
def test_invalid_emails_raise_not_an_email(text: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        normalize_email(text)
    assert caught.value.code == "not_an_email"
    assert caught.value.params["value"] == text.strip()


def test_several_emails_in_one_cell_without_repeats() -> None:
    assert normalize_emails("A@x.it; b@Y.it, a@X.IT") == ("A@x.it", "b@y.it")
    with pytest.raises(ValueProblem):
        normalize_emails("a@x.it; not an email")


_LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_+-", min_size=1)
_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


@given(_LOCAL, st.lists(_LABEL, min_size=1, max_size=3), st.sampled_from(["it", "ru", "ir", "th"]))
def test_email_key_ignores_case_and_decoration(local: str, labels: list[str], tld: str) -> None:
    address = f"{local}@{'.'.join(labels)}.{tld}"
    variants = [address.upper(), f" mailto:{address} ", f"Someone <{address.title()}>"]
    assert {email_key(v) for v in variants} == {address.lower()}


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("'=SUM(A1)", "=SUM(A1)"),  # the quote our export (and Excel) puts before a formula
        ("  '+39 333 1234567 ", "+39 333 1234567"),
        ("'-2+3", "-2+3"),
        ("'@mention", "@mention"),
        ("'plain", "'plain"),  # a quote before anything else is the user's
        ("'", "'"),
        ("It's", "It's"),
    ],
)
def test_the_quote_before_a_formula_character_is_dropped(cell: str, text: str) -> None:
    assert cell_text(cell) == text
