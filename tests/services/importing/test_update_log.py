"""What an import stores for its matched rows (written in bulk, as tuples with the values every
row shares inside the statement): one ``set`` log row per changed field whose old and new JSON
are what the same edit made by hand logs, the import's record of the old values, timestamps as
the ORM writes them; a record matched twice is changed once per row; undo puts it back."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import undo_import
from desktop_crm.services.importing.engine import run_import
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.store.models import TaskRecord

BEFORE: dict[str, Any] = {
    "first_name": "Marco",
    "last_name": "Rossi",
    "phones": ("+39 333 123 4567",),
    "city": "Roma",
    "notes": 'He said "ciao"\nand left',
}
HEADER = ["Email", "Phone", "City", "Job", "Birthday", "Level", "Notes"]
TARGETS = ("emails", "phones", "city", "job_title", "birthday", None, "notes")


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _sets(crm: Crm, record_id: str, changeset_id: str) -> list[tuple[Any, ...]]:
    with crm.ctx.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.exec_driver_sql(
                "SELECT field, old_value, new_value, entity, record_type, record_id, op, at,"
                " hlc, node_id, user_id FROM field_changes WHERE entity_id = ?"
                " AND changeset_id = ? ORDER BY id",
                (record_id, changeset_id),
            ).all()
        ]


def _text(crm: Crm, sql: str, *params: Any) -> Any:
    with crm.ctx.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).scalar()


def test_matched_rows_log_each_field_as_the_same_edit_by_hand(crm: Crm, tmp_path: Path) -> None:
    crm.catalog.add_custom_field("contact", "Level", "text")
    key = crm.catalog.custom_fields("contact")[0].key
    targets = tuple(f"custom.{key}" if t is None else t for t in TARGETS)
    marco = crm.contacts.create({**BEFORE, "emails": ("marco@example.it",)}).created_id
    twin = crm.contacts.create({**BEFORE, "emails": ("twin@example.it",)}).created_id
    assert marco is not None and twin is not None
    row = ["MARCO@example.it", "0039 02 1234 5678", "Milano", "Capo ufficio", "03/04/1980"]
    path = _csv(tmp_path / "m.csv", [HEADER, [*row, "Oro «1»", "Nota: ‘sì’ \\ ok"]])
    plan = ImportPlan(
        "contact",
        path,
        targets,
        match_by="email",
        on_match="overwrite",
        default_region="IT",
        date_order="dmy",
    )

    result = run_import(crm, plan)

    assert (result.counts.updated, result.counts.new) == (1, 0)
    values = crm.contacts.get(marco).values
    assert values["phones"] == ("+390212345678", "+39 333 123 4567")  # the file's first
    assert values["birthday"] == date(1980, 4, 3)
    changeset = result.change.changeset_id
    imported = _sets(crm, marco, changeset)
    fields = ("phones", "city", "job_title", "birthday", f"custom.{key}", "notes")
    assert [r[0] for r in imported] == list(fields)
    # the same values set by hand on an identical record: the same old and new JSON
    by_hand = crm.contacts.update_many(
        twin, {name: crm.contacts.get(marco).values.get(name) for name in fields[:4]}
    )
    custom = crm.contacts.update(twin, f"custom.{key}", "Oro «1»")
    notes = crm.contacts.update(twin, "notes", "Nota: ‘sì’ \\ ok")
    manual = [
        *_sets(crm, twin, by_hand.changeset_id),
        *_sets(crm, twin, custom.changeset_id),
        *_sets(crm, twin, notes.changeset_id),
    ]
    assert {r[:3] for r in imported} == {r[:3] for r in manual}
    assert imported[1][1:3] == ('"Roma"', '"Milano"')
    assert imported[3][1:3] == ("null", '"1980-04-03"')
    now = _text(crm, "SELECT created_at FROM changesets WHERE id = ?", changeset)
    node, user = manual[0][9], manual[0][10]
    assert {r[3:8] + r[9:] for r in imported} == {
        ("contact", "contact", marco, "set", now, node, user)
    }
    assert _text(crm, "SELECT updated_at FROM contacts WHERE id = ?", marco) == now
    stamps = [r[8] for r in imported]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    old_values = _text(
        crm,
        "SELECT old_values FROM import_records WHERE entity_id = ? AND action = 'update'",
        marco,
    )
    assert json.loads(old_values) == {r[0]: r[1] for r in imported}

    undo_import(crm, result.batch_id)
    restored = crm.contacts.get(marco)
    assert {name: restored.values.get(name) for name in BEFORE} == BEFORE
    assert restored.custom == {} and restored.values["birthday"] is None


def test_a_record_matched_by_two_rows_is_filled_by_each(crm: Crm, tmp_path: Path) -> None:
    marco = crm.contacts.create({**BEFORE, "city": None, "emails": ("m@example.it",)}).created_id
    assert marco is not None
    rows = [
        HEADER[:4],
        ["m@example.it", "", "Milano", ""],
        ["m@example.it", "+39 333 123 4567", "Torino", "Capo"],
        ["new@example.it", "", "Bari", ""],
        ["new@example.it", "", "Lecce", "Capa"],
    ]
    path = _csv(tmp_path / "f.csv", rows)
    plan = ImportPlan("contact", path, TARGETS[:4], match_by="email", on_match="fill")

    result = run_import(crm, plan)

    assert (result.counts.new, result.counts.updated) == (1, 3)
    changeset = result.change.changeset_id
    assert [r[:3] for r in _sets(crm, marco, changeset)] == [
        ("city", "null", '"Milano"'),
        ("job_title", "null", '"Capo"'),
    ]
    created_id = _text(crm, "SELECT id FROM contacts WHERE emails = 'new@example.it'")
    created = crm.contacts.get(created_id).values
    assert (created["city"], created["job_title"]) == ("Bari", "Capa")
    with crm.ctx.engine.connect() as conn:
        tracked = conn.exec_driver_sql(
            "SELECT entity_id, action, new_values FROM import_records ORDER BY seq"
        ).all()
    assert [(r[0], r[1]) for r in tracked] == [
        (created_id, "create"),
        (marco, "update"),
        (marco, "update"),
    ]
    assert [json.loads(r[2]) for r in tracked[1:]] == [
        {"city": '"Milano"'},
        {"job_title": '"Capo"'},
    ]
    assert crm.finder.search("new@example", 5).total == 1
    assert crm.finder.search("Rossi", 5).total == 1 and crm.maintenance.check().ok


def test_bulk_written_date_times_are_stored_as_the_orm_stores_them(
    crm: Crm, tmp_path: Path
) -> None:
    """A time on the hour (no microseconds) is stored with them, as SQLAlchemy writes it: as
    text, "15:30:00" sorts before the "15:30:00.000000" a query compares it with."""
    path = _csv(tmp_path / "t.csv", [["Task", "Due"], ["Call back", "24/11/2026 15:30"]])
    run_import(crm, ImportPlan("task", path, ("title", "due_at"), date_order="dmy"))
    due = datetime(2026, 11, 24, 15, 30).astimezone(UTC)
    with crm.ctx.session() as s:
        found = s.execute(sa.select(TaskRecord.title).where(TaskRecord.due_at >= due)).all()
    assert [r[0] for r in found] == ["Call back"]
    text = _text(crm, "SELECT due_at FROM tasks")
    assert text == due.replace(tzinfo=None).isoformat(" ", "microseconds")
