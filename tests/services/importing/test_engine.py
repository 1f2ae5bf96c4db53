"""The import engine on real files written here and a real database: new records, errors per
row, companies by name, full names, custom fields, the preview, error rows, cancel, the log."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import Workbook, load_workbook

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import import_history
from desktop_crm.services.importing.engine import analyze, run_import, write_error_rows
from desktop_crm.services.importing.plan import ImportPlan, NewCustomField
from desktop_crm.services.importing.reader_types import ImportCancelled
from desktop_crm.store.bulk_index import BULK_TRIGGERS, triggers_present
from desktop_crm.store.models import (
    ChangesetRecord,
    CompanyRecord,
    ContactRecord,
    CustomFieldRecord,
    FieldChangeRecord,
)

HEADER = ["First name", "Last name", "Email", "Phone", "Company", "Birthday"]
TARGETS = ("first_name", "last_name", "emails", "phones", "company", "birthday")


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contacts"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def plan(path: Path, targets: tuple[str | None, ...] = TARGETS, **options: Any) -> ImportPlan:
    options.setdefault("default_region", "IT")
    options.setdefault("date_order", "dmy")
    return ImportPlan("contact", path, targets, **options)


def contacts(crm: Crm) -> list[Any]:
    c = ContactRecord
    with crm.ctx.session() as s:
        return list(
            s.execute(
                sa.select(c.first_name, c.last_name, c.emails, c.phones, c.company_id, c.birthday)
                .where(c.deleted_at.is_(None))
                .order_by(c.last_name)
            ).all()
        )


def count(crm: Crm, model: Any) -> int:
    with crm.ctx.session() as s:
        return int(
            s.execute(
                sa.select(sa.func.count()).select_from(model).where(model.deleted_at.is_(None))
            ).scalar_one()
        )


ROWS = [
    HEADER,
    ["Marco", "Rossi", "Marco.Rossi@Example.IT", "333 123 4567", "ACME S.p.A.", "23/11/1980"],
    ["Мария", "Иванова", "maria@example.ru", "+7 912 345 67 89", "Рога и копыта", "01.02.1975"],
    ["سارا", "احمدی", "sara@example.ir", "+98 912 345 6789", "", "1360/05/12"],
    ["สมชาย", "ใจดี", "somchai@example.co.th", "+66 81 234 5678", "ACME S.p.A.", ""],
]


def test_new_contacts_from_csv_are_saved_normalised_and_logged(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", ROWS)
    result = run_import(crm, plan(path))
    assert result.counts.new == 4 and result.counts.errors == 0
    assert result.counts.companies_created == 2  # ACME once, Рога и копыта once
    saved = {r.last_name: r for r in contacts(crm)}
    assert saved["Rossi"].emails == "Marco.Rossi@example.it"
    assert saved["Rossi"].phones == "+393331234567"
    assert saved["Rossi"].birthday == date(1980, 11, 23)
    assert saved["احمدی"].birthday == date(1981, 8, 3)  # Jalali 1360/05/12
    assert saved["Rossi"].company_id == saved["ใจดี"].company_id
    assert saved["احمدی"].company_id is None
    with crm.ctx.session() as s:
        changeset = s.get(ChangesetRecord, result.change.changeset_id)
        assert changeset is not None and changeset.kind == "import"
        fc = FieldChangeRecord
        creates = s.execute(
            sa.select(fc.entity, fc.new_value).where(
                fc.changeset_id == changeset.id, fc.op == "create"
            )
        ).all()
    assert sorted(e for e, _ in creates) == ["company"] * 2 + ["contact"] * 4
    logged = [json.loads(v) for e, v in creates if e == "contact"]
    assert {"first_name": "Marco", "last_name": "Rossi"}.items() <= next(
        v for v in logged if v.get("last_name") == "Rossi"
    ).items()
    assert ["Marco.Rossi@example.it"] in [v.get("emails") for v in logged]
    [batch] = import_history(crm)
    assert batch.file_name == "people.csv" and batch.counts["new"] == 4 and batch.can_undo


def test_timeline_shows_the_import_and_search_finds_every_script(crm: Crm, tmp_path: Path) -> None:
    run_import(crm, plan(write_csv(tmp_path / "people.csv", ROWS)))
    for text in ("Rossi", "Иванова", "احمدی", "ใจดี", "Копыта", "333 123"):
        assert crm.finder.search(text, 10).total >= 1, text
    hit = crm.finder.search("Иванова", 10).hits[0]
    kinds = [e.kind for e in crm.activities.timeline("contact", hit.id)]
    assert kinds == ["created"]


def test_bad_rows_are_reported_with_row_and_column_and_good_rows_import(
    crm: Crm, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        ["Anna", "Verdi", "anna@example.it", "", "", "01/01/1990"],
        ["Bad", "Email", "not-an-email", "", "", ""],
        ["Bad", "Date", "date@example.it", "", "", "31/02/2026"],
        ["Too", "Many", "many@example.it", "", "", "", "extra", "cells"],
        ["", "", "", "", "Only a company", ""],
        ["Luca", "Neri", "luca@example.it", "", "", ""],
    ]
    path = write_csv(tmp_path / "messy.csv", rows)
    preview = analyze(crm, plan(path))
    assert preview.counts.new == 2 and preview.counts.errors == 4
    found = {(e.row_number, e.column_name, e.code) for e in preview.errors}
    assert found == {
        (3, "Email", "not_an_email"),
        (4, "Birthday", "impossible_date"),
        (5, None, "too_many_cells"),
        (6, "First name", "contact_needs_name"),
    }
    error = next(e for e in preview.errors if e.code == "impossible_date")
    assert error.value == "31/02/2026" and "31/02/2026" in error.message
    result = run_import(crm, plan(path))
    assert result.counts.new == 2 and result.error_total == 4
    assert sorted(r.last_name for r in contacts(crm)) == ["Neri", "Verdi"]


def test_excel_error_cells_and_typed_cells(crm: Crm, tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Name", "Email", "Phone", "Birthday"],
        ["Marco Rossi", "marco@example.it", 3331234567, date(1980, 11, 23)],
        ["Anna Verdi", "#N/A", "", ""],
        ["Ludwig van Beethoven", "lvb@example.de", "+49 30 1234567", 29000],
    ]
    path = write_xlsx(tmp_path / "book.xlsx", rows)
    result = run_import(
        crm, plan(path, ("full_name", "emails", "phones", "birthday"), sheet="Contacts")
    )
    assert result.counts.new == 2 and result.counts.errors == 1
    [error] = result.errors
    assert (error.row_number, error.column_name, error.code) == (3, "Email", "cell_error")
    saved = {r.last_name: r for r in contacts(crm)}
    assert saved["Rossi"].first_name == "Marco" and saved["Rossi"].phones == "+393331234567"
    assert saved["Rossi"].birthday == date(1980, 11, 23)
    assert saved["van Beethoven"].first_name == "Ludwig"
    assert saved["van Beethoven"].birthday == date(1979, 5, 25)  # Excel serial 29000


def test_company_column_links_existing_companies_and_creates_each_new_one_once(
    crm: Crm, tmp_path: Path
) -> None:
    existing = crm.companies.create({"name": "Acme  S.p.A."}).created_id
    rows = [["Name", "Company"]] + [
        [f"Person {i}", name]
        for i, name in enumerate(["acme s.p.a.", "Nuova Srl", "NUOVA SRL ", "Nuova Srl"])
    ]
    path = write_csv(tmp_path / "c.csv", rows)
    result = run_import(crm, plan(path, ("full_name", "company")))
    assert result.counts.companies_created == 1
    with crm.ctx.session() as s:
        companies = s.execute(
            sa.select(CompanyRecord.name).where(CompanyRecord.deleted_at.is_(None))
        ).scalars()
        assert sorted(companies) == ["Acme  S.p.A.", "Nuova Srl"]
    linked = [r.company_id for r in contacts(crm)]
    assert linked.count(existing) == 1 and len(set(linked)) == 2


def test_new_custom_field_is_created_in_the_same_batch(crm: Crm, tmp_path: Path) -> None:
    rows = [["Name", "Shoe size", "Member since"], ["Marco Rossi", "42", "01/02/2020"]]
    path = write_csv(tmp_path / "c.csv", rows)
    new = (NewCustomField(1, "Shoe size", "number"), NewCustomField(2, "Member since", "date"))
    result = run_import(crm, plan(path, ("full_name", None, None), new_custom_fields=new))
    assert result.counts.new == 1
    fields = {f.label: f for f in crm.catalog.custom_fields("contact")}
    assert fields["Shoe size"].field_type == "number"
    detail = crm.contacts.get(crm.finder.search("Rossi", 1).hits[0].id)
    assert detail.custom == {
        fields["Shoe size"].key: "42",
        fields["Member since"].key: "2020-02-01",
    }


def test_existing_custom_field_and_choices(crm: Crm, tmp_path: Path) -> None:
    crm.catalog.add_custom_field("contact", "Tier", "choice", ("Gold", "Silver"))
    key = crm.catalog.custom_fields("contact")[0].key
    rows = [["Name", "Tier", "Status"], ["A B", "gold", "Active"], ["C D", "Bronze", "nope"]]
    path = write_csv(tmp_path / "c.csv", rows)
    result = run_import(crm, plan(path, ("full_name", f"custom.{key}", "customer_status")))
    assert result.counts.new == 1
    assert {(e.column_name, e.code) for e in result.errors} == {
        ("Tier", "choice"),
        ("Status", "choice"),
    }
    detail = crm.contacts.get(crm.finder.search("B", 5).hits[0].id)
    assert detail.custom == {key: "Gold"} and detail.values["customer_status"] == "active"


def test_preview_writes_nothing_and_shows_the_first_rows(crm: Crm, tmp_path: Path) -> None:
    rows = [HEADER] + [[f"N{i}", f"S{i}", f"p{i}@example.it", "", "", ""] for i in range(80)]
    path = write_csv(tmp_path / "many.csv", rows)
    preview = analyze(crm, plan(path))
    assert preview.counts.new == 80 and len(preview.rows) == 50
    assert preview.rows[0].row_number == 2 and preview.rows[0].action == "new"
    assert preview.rows[0].values["emails"] == ("p0@example.it",)
    assert preview.column_names == tuple(HEADER)
    assert count(crm, ContactRecord) == 0 and import_history(crm) == []


def test_ambiguous_dates_are_flagged_for_the_user(crm: Crm, tmp_path: Path) -> None:
    rows = [["Name", "Birthday"], ["A B", "03/04/1980"], ["C D", "05/06/1990"]]
    path = write_csv(tmp_path / "d.csv", rows)
    preview = analyze(crm, ImportPlan("contact", path, ("full_name", "birthday")))
    [warning] = preview.date_warnings
    assert warning.column_name == "Birthday" and warning.samples[0] == "03/04/1980"
    assert {e.code for e in preview.errors} == {"ambiguous_date"}
    confirmed = analyze(
        crm, ImportPlan("contact", path, ("full_name", "birthday"), date_order="mdy")
    )
    assert confirmed.counts.errors == 0 and confirmed.rows[0].values["birthday"] == date(1980, 3, 4)


def test_error_rows_are_written_to_csv_and_xlsx(crm: Crm, tmp_path: Path) -> None:
    rows = [HEADER, ["Ok", "Row", "ok@example.it", "", "", ""], ["=cmd", "X", "bad", "", "", ""]]
    preview = analyze(crm, plan(write_csv(tmp_path / "e.csv", rows)))
    assert write_error_rows(preview, tmp_path / "errors.csv") == 1
    with (tmp_path / "errors.csv").open(encoding="utf-8-sig", newline="") as stream:
        written = list(csv.reader(stream))
    assert written[0] == [*HEADER, "Error"]
    assert written[1][:3] == ["'=cmd", "X", "bad"] and "Email" in written[1][-1]
    assert write_error_rows(preview, tmp_path / "errors.xlsx") == 1
    sheet = load_workbook(tmp_path / "errors.xlsx").active
    assert sheet is not None
    assert sheet["A2"].value == "=cmd" and sheet["A2"].data_type == "s"


def test_cancel_leaves_nothing_and_the_triggers_in_place(crm: Crm, tmp_path: Path) -> None:
    rows = [HEADER] + [
        [f"N{i}", f"S{i}", f"c{i}@example.it", "", f"Co {i % 7}", ""] for i in range(5000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        run_import(crm, plan(path), cancelled=cancelled)
    assert count(crm, ContactRecord) == 0 and count(crm, CompanyRecord) == 0
    assert import_history(crm) == []
    with crm.ctx.engine.connect() as conn:
        assert triggers_present(conn) == set(BULK_TRIGGERS)
        assert conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar() == 0
    crm.contacts.create({"first_name": "Typed", "last_name": "Later"})
    assert crm.finder.search("Later", 5).total == 1  # the triggers still index


def test_a_large_file_in_many_chunks_with_repeated_rows(crm: Crm, tmp_path: Path) -> None:
    rows = [HEADER] + [
        [f"N{i}", f"S{i}", f"p{i % 4000}@example.it", "", "", ""] for i in range(6000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    result = run_import(crm, plan(path, match_by="email", on_match="fill"))
    assert result.counts.new == 4000 and result.counts.duplicates == 2000
    assert result.counts.updated + result.counts.unchanged == 2000
    assert count(crm, ContactRecord) == 4000
    report = crm.maintenance.check()
    assert report.ok, report.problems
    assert crm.finder.search("p3999@example.it", 5).total == 1


def test_nothing_imported_writes_nothing(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, ["", "", "nope", "", "", ""]])
    result = run_import(crm, plan(path))
    assert result.batch_id == "" and result.counts.errors == 1
    assert import_history(crm) == []


def test_a_plan_that_cannot_work_is_refused(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, ["A", "B", "a@b.it", "", "", ""]])
    with pytest.raises(ValidationError) as caught:
        run_import(crm, plan(path, ("first_name", "first_name", None, None, None, None)))
    assert caught.value.code == "mapped_twice"
    with pytest.raises(ValidationError):
        run_import(crm, plan(path, ("company_id", None, None, None, None, None)))
    with pytest.raises(ValidationError):
        run_import(crm, plan(path, match_by="email", on_match="merge"))
    with pytest.raises(ValidationError):
        run_import(crm, plan(path, (None,) * 6))
    with crm.ctx.session() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(CustomFieldRecord)).scalar() == 0


def test_runner_hands_a_background_failure_back_and_keeps_order() -> None:
    from desktop_crm.services.importing.bulk import Runner

    done: list[str] = []
    with Runner(threaded=True) as runner:
        runner.background(lambda: done.append("index"))
        runner.submit(lambda: done.append("insert"))  # waits for the background job first
        assert done == ["index", "insert"]

        def fail() -> None:
            raise RuntimeError("disk full")

        runner.background(fail)
        with pytest.raises(RuntimeError, match="disk full"):
            runner.wait()
        runner.submit(lambda: done.append("after"))
    assert done == ["index", "insert", "after"]
