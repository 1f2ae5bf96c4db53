"""A record's timeline names the file an import came from: on the record the import created, on
the fields it filled in a matched record, on the parts it added (tags, a deal's company), and on
what its undo put back; what the user did by hand names no file."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import Workbook

from desktop_crm.domain.records import TimelineEntry
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import undo_import
from desktop_crm.services.importing.engine import run_import
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.store.models import CompanyRecord, ContactRecord, DealRecord

HEADER = ["First name", "Last name", "Email", "City", "Company", "Tags"]
TARGETS = ("first_name", "last_name", "emails", "city", "company", "tags")


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def contact_id(crm: Crm, email: str) -> str:
    with crm.ctx.session() as s:
        found = s.execute(
            sa.select(ContactRecord.id).where(ContactRecord.emails.contains(email))
        ).scalar_one()
    return str(found)


def one(entries: list[TimelineEntry], kind: str, field: str | None = None) -> TimelineEntry:
    [entry] = [e for e in entries if e.kind == kind and (field is None or e.field == field)]
    return entry


def test_a_created_record_names_the_file(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "contacts.csv",
        [HEADER, ["Marco", "Rossi", "marco@example.it", "Roma", "ACME", "fiera"]],
    )
    result = run_import(crm, ImportPlan("contact", path, TARGETS))
    assert result.counts.new == 1
    marco = contact_id(crm, "marco@example.it")
    entries = crm.activities.timeline("contact", marco)
    created = one(entries, "created")
    assert created.import_file == "contacts.csv" and created.import_undo is False
    # the tag the import added says where it came from too
    tag = one(entries, "tag_added")
    assert tag.new_value == "fiera" and tag.import_file == "contacts.csv"
    # the company the import created for the contact: its own timeline names the file
    with crm.ctx.session() as s:
        company = s.execute(sa.select(CompanyRecord.id)).scalar_one()
    company_created = one(crm.activities.timeline("company", company), "created")
    assert company_created.import_file == "contacts.csv"


def test_a_matched_record_names_the_file_on_the_fields_it_filled(crm: Crm, tmp_path: Path) -> None:
    anna = crm.contacts.create(
        {"first_name": "Anna", "last_name": "Bianchi", "emails": ("anna@example.it",)}
    ).created_id
    assert anna is not None
    crm.contacts.update(anna, "job_title", "Buyer")  # by hand, before the import
    path = write_xlsx(
        tmp_path / "contacts.xlsx",
        [HEADER, ["Anna", "Bianchi", "anna@example.it", "Milano", "", ""]],
    )
    fill = ImportPlan("contact", path, TARGETS, match_by="email", on_match="fill")
    result = run_import(crm, fill)
    assert result.counts.updated == 1
    crm.contacts.update(anna, "city", "Torino")  # by hand, after the import
    entries = crm.activities.timeline("contact", anna)
    city = [e for e in entries if e.kind == "change" and e.field == "city"]
    assert [(e.new_value, e.import_file) for e in city] == [
        ("Torino", None),
        ("Milano", "contacts.xlsx"),
    ]
    assert one(entries, "change", "job_title").import_file is None
    assert one(entries, "created").import_file is None  # created by hand, not by the import
    assert not any(e.import_undo for e in entries)


def test_the_name_the_user_gave_the_file_is_shown(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "export-3.csv", [HEADER, ["Lia", "Neri", "lia@example.it"]])
    run_import(crm, ImportPlan("contact", path, TARGETS[:3], file_name="مشتریان.csv"))
    created = one(crm.activities.timeline("contact", contact_id(crm, "lia@example.it")), "created")
    assert created.import_file == "مشتریان.csv"


def test_an_undone_import_names_the_file_on_what_it_put_back(crm: Crm, tmp_path: Path) -> None:
    anna = crm.contacts.create(
        {"first_name": "Anna", "last_name": "Bianchi", "emails": ("anna@example.it",)}
    ).created_id
    assert anna is not None
    path = write_csv(
        tmp_path / "contacts.csv",
        [
            HEADER,
            ["Anna", "Bianchi", "anna@example.it", "Milano", "", ""],
            ["Bruno", "Verdi", "bruno@example.it", "Napoli", "", ""],
        ],
    )
    fill = ImportPlan("contact", path, TARGETS, match_by="email", on_match="fill")
    result = run_import(crm, fill)
    bruno = contact_id(crm, "bruno@example.it")
    undo_import(crm, result.batch_id)
    # the matched record survives: its city went back, and the timeline says why
    city = [e for e in crm.activities.timeline("contact", anna) if e.field == "city"]
    assert [(e.old_value, e.new_value, e.import_file, e.import_undo) for e in city] == [
        ("Milano", None, "contacts.csv", True),
        (None, "Milano", "contacts.csv", False),
    ]
    # the record the import created was removed by the undo (still restorable)
    entries = crm.activities.timeline("contact", bruno)
    deleted = one(entries, "deleted")
    assert (deleted.import_file, deleted.import_undo) == ("contacts.csv", True)
    assert (one(entries, "created").import_file, one(entries, "created").import_undo) == (
        "contacts.csv",
        False,
    )


def test_undo_and_redo_of_a_hand_edit_name_no_file(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "contacts.csv", [HEADER, ["Lia", "Neri", "lia@example.it"]])
    run_import(crm, ImportPlan("contact", path, TARGETS[:3]))
    lia = contact_id(crm, "lia@example.it")
    crm.undo.push(crm.contacts.update(lia, "city", "Bari"))
    crm.undo.undo()
    crm.undo.redo()
    entries = crm.activities.timeline("contact", lia)
    city = [e for e in entries if e.field == "city"]
    assert len(city) == 3 and all(e.import_file is None for e in city)
    assert one(entries, "created").import_file == "contacts.csv"


def test_a_deal_import_names_the_file(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "deals.csv", [["Title", "Value", "Stage"], ["Fornitura", "1200", "Proposal"]]
    )
    run_import(crm, ImportPlan("deal", path, ("title", "value", "stage")))
    with crm.ctx.session() as s:
        deal = s.execute(sa.select(DealRecord.id)).scalar_one()
    entries = crm.activities.timeline("deal", deal)
    created = [e for e in entries if e.kind == "created"]
    assert created and all(e.import_file == "deals.csv" for e in created)


def test_the_file_name_comes_with_the_change_log_query(crm: Crm, tmp_path: Path) -> None:
    """One statement reads the change log and the import batches together, whatever the number
    of imports on the record (no query per entry or per batch)."""
    path = write_csv(tmp_path / "contacts.csv", [HEADER, ["Lia", "Neri", "lia@example.it"]])
    run_import(crm, ImportPlan("contact", path, TARGETS[:3]))
    lia = contact_id(crm, "lia@example.it")
    for number in range(3):
        again = write_csv(
            tmp_path / f"again-{number}.csv",
            [HEADER, ["Lia", "Neri", "lia@example.it", f"City {number}"]],
        )
        plan = ImportPlan("contact", again, TARGETS[:4], match_by="email", on_match="overwrite")
        run_import(crm, plan)
    statements: list[str] = []

    def remember(*args: Any) -> None:
        statements.append(str(args[2]))

    sa.event.listen(crm.ctx.engine, "before_cursor_execute", remember)
    try:
        entries = crm.activities.timeline("contact", lia)
    finally:
        sa.event.remove(crm.ctx.engine, "before_cursor_execute", remember)
    assert [e.import_file for e in entries if e.field == "city"] == [
        "again-2.csv",
        "again-1.csv",
        "again-0.csv",
    ]
    reading_batches = [q for q in statements if "import_batches" in q]
    assert len(reading_batches) == 1 and "field_changes" in reading_batches[0]


@pytest.mark.parametrize("kind", ["import", "undo"])
def test_an_entry_without_a_batch_names_no_file(crm: Crm, kind: str) -> None:
    """A changeset of kind import (or an undo) with no batch row behind it: no file, no error."""
    with crm.ctx.write("by hand", kind=kind) as w:
        w.create("contact", {"first_name": "Eva"})
        created = w.change()
    assert created.created_id is not None
    [entry] = crm.activities.timeline("contact", created.created_id)
    assert entry.kind == "created" and entry.import_file is None
