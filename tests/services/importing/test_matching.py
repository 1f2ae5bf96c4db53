"""Matching rows against existing records: by email (case, spaces), by phone (formats, +39 and
0039), by name + company; and what a match does: skip, fill empty fields, overwrite."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.engine import analyze, run_import
from desktop_crm.services.importing.matching import email_keys, fold, name_key, phone_keys
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.services.importing.updates import diff
from desktop_crm.store.models import CompanyRecord, ContactRecord


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def live_contacts(crm: Crm) -> list[Any]:
    c = ContactRecord
    with crm.ctx.session() as s:
        return list(
            s.execute(
                sa.select(c.id, c.first_name, c.last_name, c.emails, c.phones, c.job_title, c.city)
                .where(c.deleted_at.is_(None))
                .order_by(c.created_at)
            ).all()
        )


@pytest.fixture
def marco(crm: Crm) -> str:
    change = crm.contacts.create(
        {
            "first_name": "Marco",
            "last_name": "Rossi",
            "emails": ("Marco.Rossi@Example.it",),
            "phones": ("+39 333 123 4567",),
            "job_title": "CEO",
        }
    )
    assert change.created_id is not None
    return change.created_id


def test_keys_fold_case_spaces_and_phone_formats() -> None:
    assert email_keys([" Marco.Rossi@EXAMPLE.it ", "Marco <marco.rossi@example.it>"]) == [
        "marco.rossi@example.it",
        "marco.rossi@example.it",
    ]
    forms = [
        "+39 333 123 4567",
        "0039 333 1234567",
        "333-123-4567",
        "(333) 123 45 67",
        "+393331234567",
    ]
    assert set(phone_keys(forms, "IT")) == {"+393331234567"}
    assert fold("  Ali\u200cرضا  كريمي ") == fold("Aliرضا کریمی")
    assert name_key("Marco", "Rossi", "ACME  spa") == name_key("marco", " ROSSI", "acme spa")
    assert fold("۱۲۳") == "123"


def test_match_by_email_ignores_case_and_spaces(crm: Crm, marco: str, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [["Email", "Job title", "City"], ["  marco.rossi@EXAMPLE.IT ", "CTO", "Milano"]],
    )
    result = run_import(
        crm,
        ImportPlan(
            "contact", path, ("emails", "job_title", "city"), match_by="email", on_match="fill"
        ),
    )
    assert (result.counts.new, result.counts.updated) == (0, 1)
    [row] = live_contacts(crm)
    assert row.id == marco and row.job_title == "CEO" and row.city == "Milano"  # filled only
    assert row.emails == "Marco.Rossi@Example.it"  # the same address is not added twice


@pytest.mark.parametrize("phone", ["0039 333 1234567", "333-123-4567", "+39 (333) 123 45 67"])
def test_match_by_phone_in_any_format(crm: Crm, marco: str, tmp_path: Path, phone: str) -> None:
    path = write_csv(tmp_path / "m.csv", [["Phone", "City"], [phone, "Roma"]])
    preview = analyze(
        crm,
        ImportPlan(
            "contact",
            path,
            ("phones", "city"),
            match_by="phone",
            on_match="fill",
            default_region="IT",
        ),
    )
    assert (preview.counts.new, preview.counts.updated) == (0, 1)
    assert preview.rows[0].record_id == marco and preview.rows[0].values == {"city": "Roma"}


def test_match_by_name_and_company(crm: Crm, tmp_path: Path) -> None:
    acme = crm.companies.create({"name": "ACME"}).created_id
    other = crm.companies.create({"name": "Other"}).created_id
    crm.contacts.create({"first_name": "Anna", "last_name": "Verdi", "company_id": acme})
    crm.contacts.create({"first_name": "Anna", "last_name": "Verdi", "company_id": other})
    path = write_csv(
        tmp_path / "n.csv",
        [
            ["Name", "Company", "City"],
            ["anna  VERDI", "acme", "Torino"],
            ["Anna Verdi", "New", "X"],
        ],
    )
    result = run_import(
        crm,
        ImportPlan(
            "contact", path, ("full_name", "company", "city"), match_by="name", on_match="fill"
        ),
    )
    assert (result.counts.new, result.counts.updated) == (1, 1)
    rows = {(r.city, r.id) for r in live_contacts(crm)}
    assert ("Torino", next(i for c, i in rows if c == "Torino")) in rows
    with crm.ctx.session() as s:
        linked = s.execute(
            sa.select(CompanyRecord.name)
            .join(ContactRecord, ContactRecord.company_id == CompanyRecord.id)
            .where(ContactRecord.city == "Torino")
        ).scalar_one()
    assert linked == "ACME"


def test_skip_fill_and_overwrite(crm: Crm, marco: str, tmp_path: Path) -> None:
    rows = [
        ["Email", "Job title", "City", "Phone"],
        ["marco.rossi@example.it", "CTO", "Milano", "+39 02 1234567"],
    ]
    path = write_csv(tmp_path / "m.csv", rows)
    targets = ("emails", "job_title", "city", "phones")

    def run(on_match: str) -> Any:
        return run_import(
            crm,
            ImportPlan(
                "contact", path, targets, match_by="email", on_match=on_match, default_region="IT"
            ),
        )

    assert run("skip").counts.skipped == 1
    assert live_contacts(crm)[0].city is None
    assert run("fill").counts.updated == 1
    [row] = live_contacts(crm)
    assert (row.job_title, row.city) == ("CEO", "Milano")
    assert row.phones == "+39 333 123 4567\n+39021234567"  # merged, the record's first
    assert run("overwrite").counts.updated == 1
    [row] = live_contacts(crm)
    assert (row.job_title, row.city) == ("CTO", "Milano")
    assert row.phones.split("\n")[0] == "+39021234567"  # the file's first, none lost
    assert len(row.phones.split("\n")) == 2
    assert run("overwrite").counts.unchanged == 1  # nothing left to change


def test_reimport_with_matching_makes_no_duplicates(crm: Crm, tmp_path: Path) -> None:
    rows = [["Name", "Email", "Phone"]] + [
        [f"Person {i}", f"p{i}@example.com", f"+39 333 000 {i:04d}"] for i in range(30)
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    for by in ("email", "phone", "name"):
        result = run_import(
            crm,
            ImportPlan(
                "contact", path, ("full_name", "emails", "phones"), match_by=by, on_match="fill"
            ),
        )
        assert result.counts.new == (30 if by == "email" else 0), by
        assert len(live_contacts(crm)) == 30


def test_rows_repeated_in_the_file_make_one_record(crm: Crm, tmp_path: Path) -> None:
    rows = [
        ["Email", "Name", "City"],
        ["a@example.com", "A One", ""],
        ["A@example.com ", "", "Bari"],
    ]
    path = write_csv(tmp_path / "d.csv", rows)
    result = run_import(
        crm,
        ImportPlan(
            "contact", path, ("emails", "full_name", "city"), match_by="email", on_match="fill"
        ),
    )
    assert (result.counts.new, result.counts.duplicates, result.counts.updated) == (1, 1, 1)
    [row] = live_contacts(crm)
    assert (row.first_name, row.city) == ("A", "Bari")


def test_companies_match_by_name_and_email(crm: Crm, tmp_path: Path) -> None:
    crm.companies.create({"name": "ACME S.p.A.", "email": "info@acme.it"})
    path = write_csv(
        tmp_path / "c.csv",
        [["Name", "Email", "City"], ["acme s.p.a.", "", "Roma"], ["Other", "", ""]],
    )
    result = run_import(
        crm,
        ImportPlan("company", path, ("name", "email", "city"), match_by="name", on_match="fill"),
    )
    assert (result.counts.new, result.counts.updated) == (1, 1)
    path = write_csv(tmp_path / "e.csv", [["Name", "Email"], ["Renamed", "INFO@acme.it"]])
    result = run_import(
        crm, ImportPlan("company", path, ("name", "email"), match_by="email", on_match="overwrite")
    )
    assert result.counts.updated == 1
    assert crm.finder.search("Renamed", 5).total == 1
    assert crm.finder.search("S.p.A.", 5).total == 0  # the old name is out of the index


def test_diff_rules() -> None:
    keys = {"emails": str.casefold, "phones": str}
    current = {"city": "Roma", "job_title": None, "emails": ("A@x.it",), "size": 3}
    incoming = {"city": "Milano", "job_title": "CEO", "emails": ("a@x.it", "b@x.it"), "size": 3}
    assert diff(current, incoming, False, keys) == {
        "job_title": "CEO",
        "emails": ("A@x.it", "b@x.it"),
    }
    assert diff(current, incoming, True, keys) == {
        "city": "Milano",
        "job_title": "CEO",
        "emails": ("A@x.it", "b@x.it"),
    }
    incoming["emails"] = ("b@x.it", "a@x.it")  # the file's first, the record's spelling kept
    assert diff(current, incoming, True, keys)["emails"] == ("b@x.it", "A@x.it")
