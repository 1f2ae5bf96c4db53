"""``export contacts|companies|deals FILE.csv --delimiter comma|semicolon|tab``, run as
``main(argv)`` against a temporary data folder; without the option a comma, as scripts expect."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_crm.cli.main import main, parse
from desktop_crm.services.crm import open_crm


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    crm = open_crm(folder / "crm.db", backup_dir=folder / "backups")
    try:
        crm.contacts.create({"first_name": "Ann", "job_title": "Direttore; vendite"})
        crm.contacts.create({"first_name": "Луиза", "city": "Москва, Россия"})
        crm.companies.create({"name": "Acme", "annual_revenue": "1250000.5", "currency": "EUR"})
    finally:
        crm.close()
    return folder


def read(path: Path, delimiter: str) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = csv.reader(handle, delimiter=delimiter)
    return [header, *sorted(rows)]


def first_line(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]


@pytest.mark.parametrize(
    ("option", "delimiter"),
    [
        ([], ","),
        (["--delimiter", "comma"], ","),
        (["--delimiter", "semicolon"], ";"),
        (["--delimiter", "tab"], "\t"),
    ],
)
def test_export_writes_the_chosen_delimiter(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: list[str],
    delimiter: str,
) -> None:
    target = tmp_path / "contacts.csv"
    assert main(["--data-dir", str(data), "export", "contacts", str(target), *option]) == 0
    assert capsys.readouterr().out.strip() == f"Exported 2 contacts to {target}"
    assert first_line(target).startswith(delimiter.join(["First name", "Last name", "Emails"]))
    table = read(target, delimiter)
    header = table[0]
    assert [
        (row[0], row[header.index("Job title")], row[header.index("City")]) for row in table[1:]
    ] == [
        ("Ann", "Direttore; vendite", ""),
        ("Луиза", "", "Москва, Россия"),
    ]
    companies = tmp_path / "companies.csv"
    argv = ["--data-dir", str(data), "export", "companies", str(companies), *option]
    assert main(argv) == 0
    header, acme = read(companies, delimiter)
    assert acme[header.index("Annual revenue")] == "1250000.5"  # machine-readable numbers


def test_the_option_comes_anywhere_and_defaults_to_none() -> None:
    ns = parse(["export", "--delimiter", "tab", "deals", "d.csv"])
    assert (ns.what, ns.file, ns.delimiter) == ("deals", "d.csv", "tab")
    assert parse(["export", "deals", "d.csv"]).delimiter is None


def test_refusals_say_why_and_write_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse(["export", "contacts", "c.csv", "--delimiter", "pipe"])
    assert exited.value.code == 2
    assert "invalid choice: 'pipe'" in capsys.readouterr().err
    book = tmp_path / "contacts.xlsx"
    argv = ["--data-dir", str(data), "export", "contacts", str(book), "--delimiter", "semicolon"]
    assert main(argv) == 2
    assert "--delimiter is for .csv files, not .xlsx" in capsys.readouterr().err
    assert not book.exists()
    tasks = tmp_path / "tasks.ics"
    argv = ["--data-dir", str(data), "export", "--tasks", str(tasks), "--delimiter", "tab"]
    assert main(argv) == 2
    assert "--delimiter is for a .csv FILE" in capsys.readouterr().err
    assert not tasks.exists()
