"""Undo import: created records removed (companies and tags too), updated fields restored unless
changed since, one changeset, the batch marked undone, at the size of several chunks."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import ConflictError, NotFoundError
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import import_history, undo_import
from desktop_crm.services.importing.engine import run_import
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.store.models import (
    ChangesetRecord,
    CompanyRecord,
    ContactRecord,
    ContactTagRecord,
    FieldChangeRecord,
    TagRecord,
)


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def live(crm: Crm, model: Any) -> int:
    with crm.ctx.session() as s:
        return int(
            s.execute(
                sa.select(sa.func.count()).select_from(model).where(model.deleted_at.is_(None))
            ).scalar_one()
        )


def test_undo_removes_created_records_and_restores_updated_fields(crm: Crm, tmp_path: Path) -> None:
    marco = crm.contacts.create(
        {
            "first_name": "Marco",
            "last_name": "Rossi",
            "emails": ("marco@example.it",),
            "city": "Roma",
        }
    ).created_id
    assert marco is not None
    rows = [
        ["Email", "Name", "City", "Company", "Tags"],
        ["MARCO@example.it", "", "Milano", "ACME", "vip"],
        ["new@example.it", "Nuova Persona", "Bari", "ACME", "vip; lead"],
    ]
    path = write_csv(tmp_path / "u.csv", rows)
    plan = ImportPlan(
        "contact",
        path,
        ("emails", "full_name", "city", "company", "tags"),
        match_by="email",
        on_match="overwrite",
    )
    result = run_import(crm, plan)
    assert (result.counts.new, result.counts.updated, result.counts.companies_created) == (1, 1, 1)
    assert crm.contacts.get(marco).values["city"] == "Milano"
    assert live(crm, CompanyRecord) == 1 and live(crm, TagRecord) == 2
    assert crm.finder.search("Persona", 5).total == 1

    undone = undo_import(crm, result.batch_id)

    assert (undone.removed, undone.restored, undone.kept) == (
        1 + 1 + 2 + 3,  # contact, company, tags, tag links
        2,  # city and company of Marco
        0,
    )
    detail = crm.contacts.get(marco)
    assert detail.values["city"] == "Roma" and detail.values["company_id"] is None
    assert detail.deleted_at is None and detail.tags == ()
    assert live(crm, ContactRecord) == 1 and live(crm, CompanyRecord) == 0
    assert live(crm, TagRecord) == 0 and live(crm, ContactTagRecord) == 0
    assert crm.finder.search("Persona", 5).total == 0
    assert crm.finder.search("Rossi", 5).total == 1
    [batch] = import_history(crm)
    assert batch.undone_at is not None and not batch.can_undo
    assert batch.counts["undo"] == {"removed": 7, "restored": 2, "kept": 0}
    with crm.ctx.session() as s:
        changeset = s.get(ChangesetRecord, undone.changeset_id)
        assert changeset is not None and changeset.kind == "undo"
        assert changeset.reverts_id == result.change.changeset_id
    with pytest.raises(ConflictError):
        undo_import(crm, result.batch_id)


def test_fields_changed_since_the_import_are_kept(crm: Crm, tmp_path: Path) -> None:
    marco = crm.contacts.create(
        {"first_name": "Marco", "emails": ("marco@example.it",), "city": "Roma"}
    ).created_id
    assert marco is not None
    path = write_csv(
        tmp_path / "u.csv", [["Email", "City", "Job"], ["marco@example.it", "Milano", "CEO"]]
    )
    result = run_import(
        crm,
        ImportPlan(
            "contact", path, ("emails", "city", "job_title"), match_by="email", on_match="overwrite"
        ),
    )
    crm.contacts.update(marco, "city", "Napoli")  # the user changes it after the import
    undone = undo_import(crm, result.batch_id)
    assert (undone.restored, undone.kept) == (1, 1)
    detail = crm.contacts.get(marco)
    assert detail.values["city"] == "Napoli" and detail.values["job_title"] is None


def test_undo_is_one_changeset_that_the_timeline_shows(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", [["Name"], ["Anna Verdi"], ["Luca Neri"]])
    result = run_import(crm, ImportPlan("contact", path, ("full_name",)))
    contact = crm.finder.search("Verdi", 5).hits[0].id
    undone = undo_import(crm, result.batch_id)
    with crm.ctx.session() as s:
        fc = FieldChangeRecord
        rows = s.execute(
            sa.select(fc.entity_id, fc.field).where(fc.changeset_id == undone.changeset_id)
        ).all()
    assert sorted(f for _, f in rows) == ["deleted_at", "deleted_at"]
    kinds = [e.kind for e in crm.activities.timeline("contact", contact)]
    assert kinds == ["deleted", "created"]
    assert undone.touches("contact")


def test_undo_of_deals_removes_their_stage_history_and_new_companies(
    crm: Crm, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            ["Title", "Value", "Stage", "Company", "Contact"],
            ["Big deal", "1.500,50", "Proposal", "ACME", "Anna Verdi"],
            ["Small deal", "300", "", "", ""],
        ],
    )
    plan = ImportPlan(
        "deal", path, ("title", "value", "stage", "company", "contact"), decimal_separator=","
    )
    result = run_import(crm, plan)
    assert result.counts.new == 2 and result.counts.errors == 0, result.errors
    assert (result.counts.companies_created, result.counts.contacts_created) == (1, 1)
    undo_import(crm, result.batch_id)
    assert live(crm, CompanyRecord) == 0 and live(crm, ContactRecord) == 0
    with crm.ctx.session() as s:
        from desktop_crm.store.models import DealContactRecord, DealRecord, StageChangeRecord

        for model in (DealRecord, StageChangeRecord, DealContactRecord):
            assert (
                s.execute(
                    sa.select(sa.func.count()).select_from(model).where(model.deleted_at.is_(None))
                ).scalar()
                == 0
            ), model


def test_undo_of_an_import_of_several_chunks(crm: Crm, tmp_path: Path) -> None:
    existing = [
        crm.contacts.create({"first_name": f"E{i}", "emails": (f"e{i}@x.it",)}).created_id
        for i in range(5)
    ]
    rows = (
        [["Email", "City"]]
        + [[f"e{i}@x.it", "Roma"] for i in range(5)]
        + [[f"n{i}@x.it", "Bari"] for i in range(4500)]
    )
    path = write_csv(tmp_path / "big.csv", rows)
    result = run_import(
        crm, ImportPlan("contact", path, ("emails", "city"), match_by="email", on_match="fill")
    )
    assert (result.counts.new, result.counts.updated) == (4500, 5)
    progress: list[tuple[int, int]] = []
    undone = undo_import(crm, result.batch_id, progress=lambda d, t: progress.append((d, t)))
    assert (undone.removed, undone.restored) == (4500, 5)
    assert live(crm, ContactRecord) == 5
    assert all(crm.contacts.get(i).values["city"] is None for i in existing if i)
    assert progress and progress[-1][0] <= progress[-1][1]
    report = crm.maintenance.check()
    assert report.ok, report.problems


def test_unknown_batch(crm: Crm) -> None:
    with pytest.raises(NotFoundError):
        undo_import(crm, "no-such-batch")


def test_edit_undo_of_an_import_undoes_the_batch_in_bulk(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "e.csv",
        [["Email", "Name"], ["a@example.it", "Anna Bianchi"], ["b@example.it", "Bruno Verdi"]],
    )
    result = run_import(crm, ImportPlan("contact", path, ("emails", "full_name")))
    crm.undo.push(result.change)
    assert crm.undo.undo_text() == result.change.description
    crm.undo.undo()
    assert live(crm, ContactRecord) == 0
    [batch] = import_history(crm)
    assert batch.undone_at is not None  # marked undone: the history offers no second undo
    assert not crm.undo.can_undo() and not crm.undo.can_redo()
