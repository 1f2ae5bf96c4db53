"""Lists to CSV and .xlsx: the rows the list shows, the chosen columns, values a spreadsheet
reads right, cells that never run as formulas, cancel and failure leaving no file behind."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.exporting import (
    OperationCancelled,
    default_columns,
    export_columns,
    export_records,
    source,
    tables,
)

INJECTIONS = ('=HYPERLINK("http://evil.example","click")', "+1 555", "@SUM(A1)", "-2+3")


@dataclass
class Data:
    ids: dict[str, str]
    zahra: str
    acme: str


def _id(value: str | None) -> str:
    assert value is not None
    return value


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def data(crm: Crm) -> Data:
    crm.catalog.add_user("Zahra", role="salesperson")
    zahra = next(u.id for u in crm.catalog.users() if u.name == "Zahra")
    crm.catalog.add_custom_field("contact", "Member since", "date")
    crm.catalog.add_custom_field("contact", "Score", "number")
    acme = _id(
        crm.companies.create(
            {"name": "Acme GmbH", "annual_revenue": "1250000.5", "currency": "EUR", "size": 40}
        ).created_id
    )
    rows: dict[str, dict[str, Any]] = {
        "ann": {
            "first_name": "Ann",
            "last_name": "Lee",
            "emails": "ann@acme.example, ann.lee@home.example",
            "phones": "+49 30 1234, 0171 555",
            "company_id": acme,
            "birthday": "1984-02-29",
            "custom.member_since": "2020-05-01",
            "custom.score": "7.5",
            "no_email": True,
        },
        "bob": {"first_name": "Bob", "last_name": "Zed", "owner_id": zahra, "source": "Referral"},
        "sara": {"first_name": "سارا", "last_name": "رضایی", "city": "تهران"},
        "somchai": {"first_name": "สมชาย", "last_name": "ใจดี", "owner_id": zahra},
    }
    ids = {key: _id(crm.contacts.create(values).created_id) for key, values in rows.items()}
    crm.contacts.add_tag(ids["ann"], "VIP")
    crm.contacts.add_tag(ids["ann"], "Newsletter")
    crm.contacts.add_tag(ids["bob"], "VIP")
    return Data(ids, zahra, acme)


# ----- rows and columns --------------------------------------------------------------------
def test_csv_has_every_field_by_default_with_names_lists_and_dates(
    crm: Crm, data: Data, tmp_path: Path
) -> None:
    target = tmp_path / "contacts.csv"
    assert export_records(crm, "contact", target) == 4
    rows = read_csv(target)
    assert rows[0][:4] == ["First name", "Last name", "Emails", "Phones"]
    assert "Member since" in rows[0] and "Score" in rows[0] and "ID" not in rows[0]
    assert len(rows[0]) == len(default_columns(crm, "contact"))
    ann = next(r for r in as_dicts(rows) if r["First name"] == "Ann")
    assert ann["Emails"] == "ann@acme.example, ann.lee@home.example"
    assert ann["Phones"] == "'+49 30 1234, 0171 555"  # begins with +: neutralised
    assert ann["Company"] == "Acme GmbH"
    assert ann["Owner"] == "Owner"  # a name, not an id
    assert ann["Birthday"] == "1984-02-29"
    assert ann["Tags"] == "Newsletter, VIP"
    assert ann["Member since"] == "2020-05-01"
    assert ann["Score"] == "7.5"
    assert ann["No email"] == "TRUE" and ann["No calls"] == "FALSE"
    datetime.strptime(ann["Created"], "%Y-%m-%d %H:%M:%S")  # local time, to the second
    names = {r["First name"] for r in as_dicts(rows)}
    assert names == {"Ann", "Bob", "سارا", "สมชาย"}
    assert no_leftovers(tmp_path) == []


def test_rows_follow_the_lists_filter_and_order(crm: Crm, tmp_path: Path) -> None:
    load_demo(crm)
    vip = next(t.id for t in crm.catalog.tags() if t.name == "VIP")
    seller = crm.catalog.users()[1].id
    for query in (
        ListQuery(sort="last_name", descending=True),
        ListQuery(tag_id=vip, sort="company"),
        ListQuery(owner_id=seller, sort="owner"),
        ListQuery(lifecycle_stage="Lead", sort="email", descending=True),
    ):
        target = tmp_path / "list.csv"
        count = export_records(crm, "contact", target, query=query, columns=["id", "name"])
        shown = [row.id for row in crm.contact_list.page(query, 0, 10_000)]
        assert [r[0] for r in read_csv(target)[1:]] == shown
        assert count == len(shown) == crm.contact_list.count(query)
    query = ListQuery(sort="annual_revenue", descending=True)
    export_records(crm, "company", tmp_path / "companies.csv", query=query, columns=["id"])
    shown = [row.id for row in crm.company_list.page(query, 0, 10_000)]
    assert [r[0] for r in read_csv(tmp_path / "companies.csv")[1:]] == shown


def test_a_selection_is_exactly_the_given_ids_in_order(
    crm: Crm, data: Data, tmp_path: Path
) -> None:
    crm.contacts.delete([data.ids["bob"]])
    wanted = [data.ids["somchai"], data.ids["bob"], data.ids["ann"], "no-such-id"]
    target = tmp_path / "selected.csv"
    assert export_records(crm, "contact", target, ids=wanted, columns=["id", "first_name"]) == 2
    assert read_csv(target)[1:] == [[data.ids["somchai"], "สมชาย"], [data.ids["ann"], "Ann"]]


def test_chosen_columns_list_keys_and_translated_titles(
    crm: Crm, data: Data, tmp_path: Path
) -> None:
    target = tmp_path / "chosen.csv"
    export_records(
        crm,
        "contact",
        target,
        ids=[data.ids["ann"]],
        columns=["name", "email", "phone", "company", "owner"],  # the list view's keys
        titles={"name": "نام", "email": "ایمیل"},
    )
    rows = read_csv(target)
    assert rows[0] == ["نام", "ایمیل", "Phones", "Company", "Owner"]
    assert rows[1][:2] == ["Ann Lee", "ann@acme.example, ann.lee@home.example"]
    with pytest.raises(ValidationError) as caught:
        export_records(crm, "contact", tmp_path / "x.csv", columns=["first_name", "salary"])
    assert caught.value.code == "unknown_field" and caught.value.params["value"] == "salary"
    assert not (tmp_path / "x.csv").exists()


def test_export_columns_include_custom_fields(crm: Crm, data: Data) -> None:
    keys = [c.key for c in export_columns(crm, "contact")]
    assert keys[-2:] == ["custom.member_since", "custom.score"]
    assert {"id", "tags", "owner", "company"} <= set(keys)
    with pytest.raises(ValidationError):
        export_columns(crm, "activity")


# ----- spreadsheets never run a cell -------------------------------------------------------
@pytest.fixture
def hostile(crm: Crm) -> dict[str, str]:
    made = {}
    for text in INJECTIONS:
        values: dict[str, Any] = {"first_name": text, "job_title": text}
        if text == "+1 555":
            values["phones"] = text
        made[text] = _id(crm.contacts.create(values).created_id)
    return made


def test_csv_neutralises_formula_cells(crm: Crm, hostile: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "hostile.csv"
    export_records(crm, "contact", target, columns=["id", "first_name", "job_title", "phones"])
    by_id = {r[0]: r for r in read_csv(target)[1:]}
    for text, contact_id in hostile.items():
        _id_cell, first, job, phones = by_id[contact_id]
        assert first == job == "'" + text
        assert phones == ("'+1 555" if text == "+1 555" else "")


def test_xlsx_writes_formula_like_text_as_text(
    crm: Crm, hostile: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "hostile.xlsx"
    export_records(crm, "contact", target, columns=["id", "first_name", "job_title"])
    book = openpyxl.load_workbook(target)
    sheet = book["Contacts"]
    by_id = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    for text, contact_id in hostile.items():
        for cell in by_id[contact_id][1:]:
            assert cell.data_type == "s", (text, cell.data_type)
            assert cell.value == text  # as typed, inert
    xml = _sheet_xml(target)
    assert "<f>" not in xml  # not a single formula in the file
    book.close()


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


# ----- .xlsx values ------------------------------------------------------------------------
def test_xlsx_has_real_dates_numbers_and_booleans(crm: Crm, data: Data, tmp_path: Path) -> None:
    target = tmp_path / "contacts.xlsx"
    assert export_records(crm, "contact", target) == 4
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    ann = next(
        dict(zip(header, (c.value for c in row), strict=True))
        for row in sheet.iter_rows(min_row=2)
        if row[0].value == "Ann"
    )
    assert ann["Birthday"] == datetime(1984, 2, 29)  # a date cell (openpyxl reads datetime)
    assert ann["Member since"] == datetime(2020, 5, 1)
    assert ann["Score"] == 7.5
    assert ann["No email"] is True
    assert ann["Phones"] == "+49 30 1234, 0171 555"  # text cells need no quote in .xlsx
    assert isinstance(ann["Created"], datetime)
    book.close()
    export_records(crm, "company", tmp_path / "companies.xlsx", columns=["name", "annual_revenue"])
    book = openpyxl.load_workbook(tmp_path / "companies.xlsx")
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    # money is a number, followed by its currency even when the currency was not chosen
    assert rows == [("Name", "Annual revenue", "Currency"), ("Acme GmbH", 1250000.5, "EUR")]
    book.close()


def test_xlsx_continues_on_a_new_sheet_past_the_row_limit(
    crm: Crm, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    load_demo(crm)
    monkeypatch.setattr(tables, "XLSX_MAX_ROWS", 121)  # 120 rows and a header a sheet
    monkeypatch.setattr(source, "PAGE_SIZE", 50)
    target = tmp_path / "many.xlsx"
    assert export_records(crm, "contact", target, columns=["id"]) == 300
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Contacts", "Contacts (2)", "Contacts (3)"]
    ids = []
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0] == ("ID",)
        ids += [r[0] for r in rows[1:]]
    book.close()
    assert ids == [row.id for row in crm.contact_list.page(ListQuery(), 0, 1000)]


def test_deals_with_pipeline_stage_contacts_and_money(crm: Crm, data: Data, tmp_path: Path) -> None:
    deal = _id(
        crm.deals.create(
            {
                "title": "=cmd|' /C calc'!A0",
                "value": "15000",
                "currency": "USD",
                "company_id": data.acme,
                "contact_ids": [data.ids["ann"], data.ids["sara"]],
                "expected_close": "2027-03-31",
            }
        ).created_id
    )
    crm.deals.add_tag(deal, "Big")
    target = tmp_path / "deals.xlsx"
    assert export_records(crm, "deal", target) == 1
    book = openpyxl.load_workbook(target)
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    got = dict(zip(rows[0], rows[1], strict=True))
    assert got["Title"] == "=cmd|' /C calc'!A0"
    assert got["Value"] == 15000 and got["Currency"] == "USD"
    assert got["Pipeline"] == "Sales" and got["Stage"] == "Lead in" and got["Status"] == "open"
    assert got["Company"] == "Acme GmbH"
    assert got["Contacts"] == "Ann Lee, سارا رضایی"
    assert got["Expected close"] == datetime(2027, 3, 31)
    assert got["Tags"] == "Big" and got["Days in stage"] == 0
    assert got["Probability"] == crm.deals.get(deal).stage.probability
    book.close()
    export_records(crm, "deal", tmp_path / "deals.csv", columns=["title", "value"])
    assert read_csv(tmp_path / "deals.csv") == [
        ["Title", "Value", "Currency"],
        ["'=cmd|' /C calc'!A0", "15000", "USD"],
    ]


# ----- formats, progress, cancel, failure --------------------------------------------------
def test_unsupported_formats_are_refused(crm: Crm, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for record_type, name in (("company", "x.vcf"), ("contact", "x.txt"), ("deal", "x")):
        with pytest.raises(ValidationError) as caught:
            export_records(crm, record_type, out / name)
        assert caught.value.code == "unsupported_format"
    assert list(out.iterdir()) == []


def test_progress_is_reported_page_by_page(
    crm: Crm, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    load_demo(crm)
    monkeypatch.setattr(source, "PAGE_SIZE", 70)
    seen: list[tuple[int, int]] = []
    export_records(crm, "contact", tmp_path / "c.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 300), (70, 300), (140, 300), (210, 300), (280, 300), (300, 300)]


@pytest.mark.parametrize("name", ["c.csv", "c.xlsx", "c.vcf"])
def test_cancel_leaves_the_old_file_and_no_partial_one(
    crm: Crm, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    load_demo(crm)
    monkeypatch.setattr(source, "PAGE_SIZE", 50)
    target = tmp_path / name
    target.write_text("what was there before")
    pages: list[int] = []

    def progress(done: int, _total: int) -> None:
        pages.append(done)

    temp_files = len(ALL_TEMP_FILES)  # openpyxl's own, for the sheets of .xlsx
    with pytest.raises(OperationCancelled):
        export_records(crm, "contact", target, progress=progress, cancelled=lambda: len(pages) >= 3)
    assert pages == [0, 50, 100]  # it stopped at once
    assert target.read_text() == "what was there before"
    assert no_leftovers(tmp_path) == []
    assert len(ALL_TEMP_FILES) == temp_files


def test_a_failure_mid_way_leaves_no_file(crm: Crm, tmp_path: Path) -> None:
    load_demo(crm)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "c.csv"

    def crash(done: int, _total: int) -> None:
        if done:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        export_records(crm, "contact", target, progress=crash)
    assert list(out.iterdir()) == []


def test_an_unwritable_place_is_a_clear_error(crm: Crm, data: Data, tmp_path: Path) -> None:
    with pytest.raises(CrmError) as caught:
        export_records(crm, "contact", tmp_path / "missing" / "c.csv")
    assert caught.value.code == "cannot_write"
    assert caught.value.params["path"] == str(tmp_path / "missing" / "c.csv")
    with pytest.raises(CrmError) as caught:
        export_records(crm, "contact", tmp_path)
    assert caught.value.code in ("cannot_write", "unsupported_format")


def test_csv_numbers_and_dates_stay_machine_readable(crm: Crm, data: Data, tmp_path: Path) -> None:
    export_records(
        crm, "company", tmp_path / "c.csv", columns=["name", "annual_revenue", "size", "created_at"]
    )
    rows = as_dicts(read_csv(tmp_path / "c.csv"))
    assert rows[0]["Annual revenue"] == "1250000.5"
    assert Decimal(rows[0]["Annual revenue"]) == Decimal("1250000.5")
    assert rows[0]["Employees"] == "40"
    assert datetime.strptime(rows[0]["Created"], "%Y-%m-%d %H:%M:%S").date() <= date.today()
