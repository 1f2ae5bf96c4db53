"""open_crm: creating, reopening, and refusing files it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import open_crm


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_new_file_is_created_migrated_and_seeded(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "crm.db"
    crm = open_crm(path, backup_dir=tmp_path / "backups")
    try:
        assert crm.location == str(path)
        assert crm.is_empty()
        assert crm.warnings == []
        (owner,) = crm.catalog.users()
        assert (owner.name, owner.role, owner.id) == ("Owner", "admin", crm.ctx.user_id)
        assert len(crm.catalog.lifecycle_stages()) == 8
        report = crm.maintenance.check()
        assert report.ok, report.problems
        assert report.counts == {"contacts": 0, "companies": 0}
    finally:
        crm.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_reopening_seeds_nothing_twice_and_keeps_the_node(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    first = open_crm(path)
    node, user = first.ctx.clock.node_id, first.ctx.user_id
    first.contacts.create({"first_name": "Ann"})
    first.close()
    for _ in range(2):
        again = open_crm(path)
        try:
            assert (again.ctx.clock.node_id, again.ctx.user_id) == (node, user)
            assert again.contact_list.count(ListQuery()) == 1
        finally:
            again.close()
    assert _count(path, "SELECT count(*) FROM users") == 1
    assert _count(path, "SELECT count(*) FROM pipelines") == 1
    assert _count(path, "SELECT count(*) FROM stages") == 7
    assert _count(path, "SELECT count(*) FROM lifecycle_stages") == 8


def test_empty_file_is_set_up(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    path.touch(mode=0o600)
    crm = open_crm(path)
    try:
        assert crm.maintenance.check().ok
    finally:
        crm.close()


def test_garbage_file_is_refused_as_damaged_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError) as info:
        open_crm(path, backup_dir=tmp_path / "backups")
    assert info.value.code == "damaged"
    assert info.value.params["path"] == str(path)
    assert info.value.params["details"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db"]


def test_damaged_pages_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    crm = open_crm(path)
    for i in range(200):
        crm.contacts.create({"first_name": f"Person {i}", "notes": "n" * 400})
    crm.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 12] = b"\xff" * (4096 * 9)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as info:
        open_crm(path)
    assert info.value.code == "damaged"


def test_a_path_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        open_crm(blocker / "crm.db")
    assert info.value.code == "cannot_open"


def test_cloud_folder_is_warned_about(tmp_path: Path) -> None:
    crm = open_crm(tmp_path / "Dropbox" / "crm.db")
    try:
        assert crm.warnings == ["cloud"]
    finally:
        crm.close()


def test_needs_a_path_or_url() -> None:
    with pytest.raises(ValueError):
        open_crm()


def test_url_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "by-url.db"
    crm = open_crm(url=f"sqlite:///{path}")
    try:
        crm.contacts.create({"first_name": "Ann"})
        assert crm.db_path is None
        assert "by-url.db" in crm.location
        with pytest.raises(StorageError) as info:
            crm.maintenance.backup()
        assert info.value.code == "no_file"
    finally:
        crm.close()
    assert _count(path, "SELECT count(*) FROM contacts") == 1
