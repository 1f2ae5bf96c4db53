"""Finding the header row and naming its columns."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.services.importing.readers import Cell, CellError, detect_header, header_names


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Name", "Email"], ["Anna", "a@b.it"]], 0),
        ([[], ["", ""], ["Name", "Email", "Phone"], ["Anna", "a@b.it", "123"]], 2),
        ([["Customers 2025", "", ""], ["Name", "Email", "Phone"], ["Anna", "a@b.it", "1"]], 1),
        # a title spread over a merged range, then an export date, then the header
        (
            [
                ["Clienti 2025", "Clienti 2025", "Clienti 2025", "Clienti 2025"],
                ["Esportato il", date(2025, 1, 2)],
                ["Nome", "Cognome", "Email", "Telefono"],
                ["Mario", "Rossi", "m@r.it", "+39 333"],
            ],
            2,
        ),
        # a header naming only some columns still beats the data under it
        ([["Имя", "", "Email", "", "Город"], ["Иван", "Петров", "i@p.ru", "+7", "Москва"]], 0),
        # no header at all: data rows (emails, numbers) are never taken for one
        ([["Anna", "a@b.it", "123"], ["Bea", "b@c.it", "456"]], 0),
        ([["", ""], ["Anna", "a@b.it", "333 1234567"], ["Name", "Email", "Phone"]], 2),
        ([["email"], ["a@b.it"]], 0),
        ([], 0),
        ([[""], [None]], 0),
    ],
)
def test_detect_header(rows: list[list[Cell]], expected: int) -> None:
    assert detect_header(rows) == expected


def test_header_names_are_clean_unique_and_never_empty() -> None:
    row: list[Cell] = [
        " Name ",
        "Phone",
        "Phone",  # the second cell of a merged "Phone" header
        None,
        "E-mail\naddress",
        "\ufeffCity",
        "",
        "phone",
        2025,
        date(2025, 1, 2),
        CellError("#REF!"),
        "Column 4",
    ]

    assert header_names(row) == [
        "Name",
        "Phone",
        "Phone (2)",
        "Column 4",
        "E-mail address",
        "City",
        "Column 7",
        "phone (3)",
        "2025",
        "2025-01-02",
        "Column 11",
        "Column 4 (2)",
    ]


@given(st.lists(st.one_of(st.none(), st.text(max_size=8), st.integers()), max_size=30))
def test_header_names_always_unique_one_per_cell(row: list[Cell]) -> None:
    names = header_names(row)

    assert len(names) == len(row)
    assert len({name.casefold() for name in names}) == len(names)
    assert all(name and name == " ".join(name.split()) for name in names)
