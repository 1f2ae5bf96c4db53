"""The whole database to one file and back: every table equal row by row, search working, and
every bad file refused with nothing changed."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import CrmError, ImportFileError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.exporting import (
    OperationCancelled,
    database_load,
    export_database,
    import_database,
    read_manifest,
)
from desktop_crm.store import migrate
from desktop_crm.store.models import Base, FieldChangeRecord, SettingRecord


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Crm]:
    """A second, newly created database (what another install starts with)."""
    other = open_crm(tmp_path / "other" / "crm.db", backup_dir=tmp_path / "other" / "backups")
    yield other
    other.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crm]:
    """The demo data set with a custom field value, a tombstone and a setting (built once)."""
    folder = tmp_path_factory.mktemp("source")
    crm = open_crm(folder / "crm.db", backup_dir=folder / "backups")
    load_demo(crm)
    crm.catalog.add_custom_field("contact", "Shoe size", "number")
    first = crm.contact_list.page(ListQuery(), 0, 1)[0].id
    crm.contacts.update(first, "custom.shoe_size", "43")
    crm.contacts.delete([crm.contact_list.page(ListQuery(), 0, 2)[1].id])  # a tombstone too
    crm.pipelines.set_base_currency("USD")
    yield crm
    crm.close()


@pytest.fixture(scope="module")
def exported(source: Crm, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "export.crmdb.zip"
    assert export_database(source, target) > 1000
    return target


def table_rows(crm: Crm, table: sa.Table) -> list[tuple[Any, ...]]:
    with crm.ctx.engine.connect() as conn:
        stmt = sa.select(table).order_by(*table.primary_key.columns)
        if table.name == "settings":
            stmt = stmt.where(table.c.key != "node_id")
        return [tuple(row) for row in conn.execute(stmt)]


def node_id(crm: Crm) -> str:
    with crm.ctx.engine.connect() as conn:
        return str(
            conn.execute(
                sa.select(SettingRecord.value).where(SettingRecord.key == "node_id")
            ).scalar_one()
        )


def test_every_table_comes_back_row_by_row(source: Crm, fresh: Crm, exported: Path) -> None:
    own_node = node_id(fresh)
    seen: list[tuple[int, int]] = []
    rows = import_database(fresh, exported, progress=lambda d, t: seen.append((d, t)))
    compared = 0
    for table in Base.metadata.sorted_tables:
        mine, theirs = table_rows(source, table), table_rows(fresh, table)
        assert mine == theirs, table.name
        compared += len(mine)
    assert compared == rows
    assert seen[-1] == (rows, rows)
    assert node_id(fresh) == own_node != node_id(source)  # the machine's identity stays its own
    assert fresh.maintenance.check().ok
    assert fresh.pipelines.base_currency() == "USD"


def test_search_lists_and_edits_work_on_the_imported_copy(
    source: Crm, fresh: Crm, exported: Path
) -> None:
    crm = source
    import_database(fresh, exported)
    for term in ("Rossi", "رضا", "สม", "Иван", "gmail"):
        found, expected = fresh.finder.search(term, 1000), crm.finder.search(term, 1000)
        assert expected.total > 0, term
        assert (set(found.hits), found.total) == (set(expected.hits), expected.total), term
    assert fresh.contact_list.count(ListQuery()) == crm.contact_list.count(ListQuery())
    assert fresh.ctx.user_id == crm.ctx.user_id  # carries on as the data's administrator
    first = fresh.contact_list.page(ListQuery(), 0, 1)[0].id
    change = fresh.contacts.update(first, "city", "Lisbon")
    assert fresh.contacts.get(first).values["city"] == "Lisbon"
    with fresh.ctx.engine.connect() as conn:
        stamps = conn.execute(
            sa.select(FieldChangeRecord.hlc).order_by(FieldChangeRecord.id)
        ).scalars()
        newest = max(stamps, key=lambda s: s.split("-", 2)[:2])
    assert newest.endswith(fresh.ctx.clock.node_id)  # our edit is the latest change
    fresh.undo.push(change)
    fresh.undo.undo()
    assert fresh.contacts.get(first).values["city"] != "Lisbon"


def test_the_manifest_names_app_schema_and_tables(exported: Path) -> None:
    manifest = read_manifest(exported)
    assert manifest["format"] == "desktop_crm-database"
    assert manifest["app"] == "desktop_crm" and manifest["app_version"]
    assert manifest["schema"] == migrate.head_revision()
    names = [t["name"] for t in manifest["tables"]]
    assert names == [t.name for t in Base.metadata.sorted_tables]
    assert {"changesets", "field_changes", "custom_fields", "pipelines", "users"} <= set(names)
    with zipfile.ZipFile(exported) as archive:
        settings = archive.read("tables/settings.jsonl").decode()
    assert "node_id" not in settings and "USD" in settings


def test_a_database_with_data_is_refused(crm: Crm, exported: Path) -> None:
    crm.companies.create({"name": "Acme"})
    before = {t.name: table_rows(crm, t) for t in Base.metadata.sorted_tables}
    with pytest.raises(CrmError) as caught:
        import_database(crm, exported)
    assert caught.value.code == "not_empty"
    assert {t.name: table_rows(crm, t) for t in Base.metadata.sorted_tables} == before


def test_a_new_user_is_enough_to_count_as_data(fresh: Crm, exported: Path) -> None:
    fresh.catalog.add_user("Zahra")
    with pytest.raises(CrmError) as caught:
        import_database(fresh, exported)
    assert caught.value.code == "not_empty"


def rewrite(source: Path, target: Path, change: dict[str, Any]) -> Path:
    """A copy of an export with members replaced (bytes) or the manifest edited (dict)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in change:
                replacement = change[info.filename]
                if replacement is None:
                    continue
                data = replacement(data) if callable(replacement) else replacement
            new.writestr(info.filename, data)
    return target


def _manifest_with(**fields: Any) -> Any:
    def edit(data: bytes) -> bytes:
        manifest = json.loads(data)
        manifest.update(fields)
        return json.dumps(manifest).encode()

    return edit


def test_a_file_from_a_newer_schema_is_refused(fresh: Crm, exported: Path, tmp_path: Path) -> None:
    newer = rewrite(
        exported, tmp_path / "newer.zip", {"manifest.json": _manifest_with(schema="9999")}
    )
    with pytest.raises(CrmError) as caught:
        import_database(fresh, newer)
    assert caught.value.code == "too_new"
    newer = rewrite(
        exported, tmp_path / "newer2.zip", {"manifest.json": _manifest_with(format_version=2)}
    )
    with pytest.raises(CrmError) as caught:
        import_database(fresh, newer)
    assert caught.value.code == "too_new"


def _contacts_line(data: bytes) -> bytes:
    lines = data.split(b"\n")
    row = json.loads(lines[3])
    row["birthday"] = "31/02/2026"
    lines[3] = json.dumps(row).encode()
    return b"\n".join(lines)


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("not a zip", "bad_file"),
        ("truncated", "bad_file"),
        ("no manifest", "bad_file"),
        ("manifest not json", "bad_file"),
        ("broken json line", "bad_row"),
        ("bad date", "bad_row"),
        ("missing rows", "incomplete"),
        ("missing table file", "incomplete"),
        ("unknown column", "unknown_column"),
        ("dangling reference", "bad_data"),
        ("corrupted bytes", "bad_file"),
        ("broken clock stamp", "bad_data"),
    ],
)
def test_broken_files_change_nothing(
    fresh: Crm, exported: Path, tmp_path: Path, case: str, code: str
) -> None:
    bad = tmp_path / "bad.zip"
    contacts = "tables/contacts.jsonl"
    if case == "not a zip":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    elif case == "truncated":
        bad.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    elif case == "no manifest":
        rewrite(exported, bad, {"manifest.json": None})
    elif case == "manifest not json":
        rewrite(exported, bad, {"manifest.json": b"{not json"})
    elif case == "broken json line":
        rewrite(exported, bad, {contacts: lambda d: d.replace(b"}\n", b"\n", 5)})
    elif case == "bad date":
        rewrite(exported, bad, {contacts: _contacts_line})
    elif case == "missing rows":
        rewrite(exported, bad, {contacts: lambda d: b"\n".join(d.split(b"\n")[10:])})
    elif case == "missing table file":
        rewrite(exported, bad, {"tables/deals.jsonl": None})
    elif case == "unknown column":
        rewrite(exported, bad, {contacts: lambda d: d.replace(b'"city"', b'"town"', 1)})
    elif case == "dangling reference":
        rewrite(exported, bad, {"tables/companies.jsonl": b""})
        # keep the manifest's count honest so that the reference is what fails
        rewrite(bad, tmp_path / "bad2.zip", {"manifest.json": _zero_companies})
        bad = tmp_path / "bad2.zip"
    elif case == "corrupted bytes":
        data = bytearray(exported.read_bytes())
        with zipfile.ZipFile(exported) as archive:
            start = archive.getinfo(contacts).header_offset + 200
        data[start : start + 16] = bytes(16)
        bad.write_bytes(bytes(data))
    elif case == "broken clock stamp":
        changes = "tables/field_changes.jsonl"
        rewrite(exported, bad, {changes: lambda d: d.replace(b'"hlc":"', b'"hlc":"x', 1)})
    before = {t.name: table_rows(fresh, t) for t in Base.metadata.sorted_tables}
    with pytest.raises(ImportFileError) as caught:
        import_database(fresh, bad)
    assert caught.value.code == code, caught.value.message
    after = {t.name: table_rows(fresh, t) for t in Base.metadata.sorted_tables}
    assert after == before
    assert fresh.maintenance.check().ok  # the search index is still there
    if code == "bad_row":
        assert caught.value.row is not None
    assert import_database(fresh, exported) > 1000  # and the good file still goes in


def _zero_companies(data: bytes) -> bytes:
    manifest = json.loads(data)
    for entry in manifest["tables"]:
        if entry["name"] == "companies":
            entry["rows"] = 0
    return json.dumps(manifest).encode()


def test_cancel_rolls_everything_back(
    fresh: Crm, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_load, "BATCH", 100)
    calls: list[int] = []
    with pytest.raises(OperationCancelled):
        import_database(
            fresh,
            exported,
            progress=lambda d, _t: calls.append(d),
            cancelled=lambda: len(calls) > 5,
        )
    assert fresh.contact_list.count(ListQuery()) == 0
    assert fresh.maintenance.check().ok
    assert import_database(fresh, exported) > 1000


def test_export_cancel_leaves_no_file(crm: Crm, tmp_path: Path) -> None:
    load_demo(crm)
    target = tmp_path / "out" / "db.zip"
    target.parent.mkdir()
    with pytest.raises(OperationCancelled):
        export_database(crm, target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []
