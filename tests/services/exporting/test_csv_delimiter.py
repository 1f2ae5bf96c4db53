"""CSV with a comma, a semicolon (Excel where the decimal separator is a comma) or a tab: the same
cells in every one, UTF-8 with a BOM, formulas neutralised, numbers machine-readable, and our own
importer reading each back into a fresh database with the same data."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.exporting import (
    CSV_DELIMITERS,
    check_delimiter,
    export_records,
    run_export_command,
)
from desktop_crm.services.importing.command import plan_for_cli
from desktop_crm.services.importing.engine import run_import

DELIMITERS = [",", ";", "\t"]
FORMULAS = ("=SUM(A1)", "+39 02 555", "-2+3", "@cmd", "\tindent", "\rreturn")
COLUMNS = ["first_name", "last_name", "job_title", "address", "notes", "city"]


def read(path: Path, delimiter: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Persian, Thai, Russian
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def _id(value: str | None) -> str:
    assert value is not None
    return value


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    acme = _id(crm.companies.create({"name": "Acme S.p.A."}).created_id)
    rows: dict[str, dict[str, Any]] = {
        "ann": {
            "first_name": "Ann",
            "last_name": "Lee",
            "emails": "ann@acme.example, ann.lee@home.example",
            "phones": "+39 02 1234 5678",
            "company_id": acme,
            "city": "Milano",
            "birthday": "1984-02-29",
            "job_title": "Direttore; vendite",  # the semicolon itself
            "address": "Via Roma 1, Milano",  # the comma
            "notes": 'riga 1\nriga 2\tfine "ciao"',  # line break, tab, quotes
        },
        "sara": {"first_name": "سارا", "last_name": "رضایی", "city": "تهران"},
        "somchai": {"first_name": "สมชาย", "last_name": "ใจดี", "city": "กรุงเทพฯ"},
        "luisa": {"first_name": "Луиза", "last_name": "Иванова", "city": "Москва"},
    }
    made = {key: _id(crm.contacts.create(values).created_id) for key, values in rows.items()}
    crm.contacts.add_tag(made["ann"], "VIP")
    crm.contacts.add_tag(made["luisa"], "VIP")
    return made


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_every_delimiter_holds_the_same_cells(
    crm: Crm, people: dict[str, str], tmp_path: Path, delimiter: str
) -> None:
    reference = tmp_path / "reference.csv"
    export_records(crm, "contact", reference)  # the default: a comma, as before
    target = tmp_path / "out.csv"
    assert export_records(crm, "contact", target, delimiter=delimiter) == 4
    table = read(target, delimiter)
    assert table == read(reference, ",")
    assert len({len(row) for row in table}) == 1  # no cell split or merged
    ann = next(row for row in table if row[0] == "Ann")
    header = table[0]
    assert ann[header.index("Job title")] == "Direttore; vendite"
    assert ann[header.index("Address")] == "Via Roma 1, Milano"
    assert ann[header.index("Notes")] == 'riga 1\nriga 2\tfine "ciao"'
    assert ann[header.index("Phones")] == "'+39 02 1234 5678"  # begins with +: neutralised
    assert {row[header.index("City")] for row in table[1:]} == {
        "Milano",
        "تهران",
        "กรุงเทพฯ",
        "Москва",
    }
    first_line = target.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first_line.startswith(delimiter.join(["First name", "Last name", "Emails"]))


def test_semicolon_quotes_only_what_needs_it(
    crm: Crm, people: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "it.csv"
    export_records(crm, "contact", target, ids=[people["ann"]], columns=COLUMNS, delimiter=";")
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("First name;Last name;Job title;Address;Notes;City\r\n")
    row = text.split("\r\n", 1)[1]
    assert row.startswith('Ann;Lee;"Direttore; vendite";Via Roma 1, Milano;"riga 1\nriga 2')
    assert row.endswith(";Milano\r\n")
    tab = tmp_path / "tab.csv"
    export_records(crm, "contact", tab, ids=[people["ann"]], columns=COLUMNS, delimiter="\t")
    row = tab.read_bytes().decode("utf-8-sig").split("\r\n", 1)[1]
    assert row.startswith("Ann\tLee\tDirettore; vendite\tVia Roma 1, Milano\t")
    assert '\t"riga 1\nriga 2\tfine ""ciao"""\t' in row  # the tab inside is quoted


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_formula_cells_are_neutralised_with_every_delimiter(
    crm: Crm, tmp_path: Path, delimiter: str
) -> None:
    stored = [text for text in FORMULAS if text == text.strip()]  # a card strips tab and CR
    made = {
        text: _id(crm.contacts.create({"first_name": "X", "job_title": text}).created_id)
        for text in stored
    }
    titles = {"id": "=cmd|' /C calc'!A0", "first_name": "\tindent", "job_title": "\rreturn"}
    target = tmp_path / "hostile.csv"
    columns = ["id", "first_name", "job_title"]
    export_records(crm, "contact", target, columns=columns, titles=titles, delimiter=delimiter)
    table = read(target, delimiter)
    assert table[0] == ["'=cmd|' /C calc'!A0", "'\tindent", "'\rreturn"]  # headers too
    by_id = {row[0]: row[2] for row in table[1:]}
    assert {text: by_id[contact_id] for text, contact_id in made.items()} == {
        text: "'" + text for text in stored
    }
    assert len(made) == 4


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_numbers_and_dates_stay_machine_readable(crm: Crm, tmp_path: Path, delimiter: str) -> None:
    crm.companies.create(
        {"name": "Acme", "annual_revenue": "1250000.5", "currency": "EUR", "size": 40}
    )
    crm.companies.create({"name": "Bolt", "annual_revenue": "0.25", "currency": "EUR"})
    target = tmp_path / "companies.csv"
    export_records(
        crm,
        "company",
        target,
        columns=["name", "size", "annual_revenue", "created_at"],
        delimiter=delimiter,
        query=ListQuery(sort="name"),
    )
    table = read(target, delimiter)
    assert table[0] == ["Name", "Employees", "Annual revenue", "Currency", "Created"]
    assert [row[:4] for row in table[1:]] == [
        ["Acme", "40", "1250000.5", "EUR"],  # a dot, no thousands separator, whatever the locale
        ["Bolt", "", "0.25", "EUR"],
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row[4]) for row in table[1:])


def test_delimiter_names_and_refusals(crm: Crm, people: dict[str, str], tmp_path: Path) -> None:
    assert CSV_DELIMITERS == {"comma": ",", "semicolon": ";", "tab": "\t"}
    assert [check_delimiter(name) for name in CSV_DELIMITERS] == [",", ";", "\t"]
    named = tmp_path / "named.csv"
    export_records(crm, "contact", named, columns=COLUMNS, delimiter="semicolon")
    assert named.read_bytes().decode("utf-8-sig").startswith("First name;Last name;")
    for bad in ("|", "", ",,", "colon"):
        with pytest.raises(ValidationError) as caught:
            export_records(crm, "contact", tmp_path / "bad.csv", delimiter=bad)
        assert caught.value.code == "choice" and caught.value.field == "delimiter"
    assert not (tmp_path / "bad.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_a_workbook_has_no_delimiter(crm: Crm, people: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    assert export_records(crm, "contact", target, columns=COLUMNS, delimiter=";") == 4
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet is not None
    assert next(sheet.iter_rows(values_only=True)) == (
        "First name",
        "Last name",
        "Job title",
        "Address",
        "Notes",
        "City",
    )
    book.close()


def test_the_export_command_takes_a_delimiter(
    crm: Crm, people: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "c.csv"
    line = run_export_command(crm, "contacts", target, delimiter="semicolon")
    assert line == f"Exported 4 contacts to {target}"
    assert read(target, ";")[0][:3] == ["First name", "Last name", "Emails"]
    run_export_command(crm, "contacts", target, delimiter="tab")
    assert read(target, "\t")[0][:3] == ["First name", "Last name", "Emails"]
    run_export_command(crm, "contacts", target)  # no delimiter: a comma, as scripts expect
    assert read(target, ",")[0][:3] == ["First name", "Last name", "Emails"]
    with pytest.raises(ValidationError) as caught:
        run_export_command(crm, "contacts", tmp_path / "c.xlsx", delimiter="semicolon")
    assert caught.value.code == "csv_only"
    assert not (tmp_path / "c.xlsx").exists()
    with pytest.raises(ValidationError) as caught:
        run_export_command(crm, "contacts", target, delimiter="pipe")
    assert caught.value.code == "choice"


# ----- our own importer reads every delimiter back -------------------------------------------
def _phone(text: str) -> str:
    """The importer stores phones in E.164 (``+390212345678``), a card keeps them as typed."""
    return "+" + re.sub(r"\D", "", text)


def snapshot(crm: Crm) -> list[dict[str, Any]]:
    """What the user sees of every contact, without ids and timestamps."""
    out = []
    for row in crm.contact_list.page(ListQuery(sort="first_name"), 0, 100):
        detail = crm.contacts.get(row.id)
        values = {
            key: value
            for key, value in detail.values.items()
            if not key.endswith("_id") and value not in (None, "", (), False)
        }
        values["phones"] = tuple(_phone(p) for p in values.get("phones", ()))
        values["company"] = detail.company_name
        values["owner"] = detail.owner_name
        values["tags"] = sorted(tag.name for tag in detail.tags)
        values["custom"] = detail.custom
        out.append(values)
    return out


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["comma", "semicolon", "tab"])
def test_our_importer_reads_the_export_back(
    crm: Crm, people: dict[str, str], tmp_path: Path, delimiter: str
) -> None:
    crm.catalog.add_custom_field("contact", "Score", "number")
    crm.contacts.update(people["sara"], "custom.score", "7.5")
    target = tmp_path / "contacts.csv"
    export_records(crm, "contact", target, delimiter=delimiter)
    plan = plan_for_cli(target, "contact", region="IT")  # encoding, delimiter, mapping guessed
    assert plan.delimiter == delimiter
    # a custom field is mapped by the user in the wizard (the guess leaves it out)
    score = plan.column_names.index("Score")
    targets = tuple("custom.score" if n == score else t for n, t in enumerate(plan.targets))
    plan = replace(plan, targets=targets)
    other = open_crm(tmp_path / "fresh.db", backup_dir=tmp_path / "fresh-backups")
    try:
        other.catalog.add_custom_field("contact", "Score", "number")
        result = run_import(other, plan)
        assert result.errors == () and result.counts.new == 4
        assert result.counts.companies_created == 1
        assert snapshot(other) == snapshot(crm)
    finally:
        other.close()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_neutralised_text_comes_back_without_its_quote(
    crm: Crm, tmp_path: Path, delimiter: str
) -> None:
    crm.contacts.create({"first_name": "Луиза", "job_title": "=SUM(A1)", "notes": "-2+3"})
    target = tmp_path / "contacts.csv"
    export_records(crm, "contact", target, delimiter=delimiter)
    other = open_crm(tmp_path / "fresh.db", backup_dir=tmp_path / "fresh-backups")
    try:
        run_import(other, plan_for_cli(target, "contact", region="IT"))
        assert snapshot(other) == snapshot(crm)
    finally:
        other.close()
