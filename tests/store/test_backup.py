"""Backups: verified one-step copies, 0600, rotation, restore that keeps the current file first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.maintenance import backups_in, restore_backup
from desktop_crm.store import backup


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT first_name FROM contacts WHERE deleted_at IS NULL ORDER BY first_name"
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (the header stays valid)."""
    data = bytearray(path.read_bytes())
    assert len(data) > 40_000
    data[8192:40_000] = b"\xa5" * (40_000 - 8192)
    path.write_bytes(bytes(data))


def test_copy_of_a_live_database_holds_committed_data(crm: Crm, tmp_path: Path) -> None:
    crm.contacts.create({"first_name": "Ann"})
    crm.contacts.create({"first_name": "Bob"})
    assert crm.db_path is not None
    assert Path(str(crm.db_path) + "-wal").stat().st_size > 0  # data still in the WAL
    target = tmp_path / "copies" / "copy.db"

    backup.copy_database(crm.db_path, target)

    assert backup.quick_check(target) == []
    assert target.stat().st_mode & 0o777 == 0o600
    assert _names(target) == ["Ann", "Bob"]
    conn = sqlite3.connect(target)
    try:  # a single self-contained file
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not list(target.parent.glob("*.part"))


def test_quick_check_finds_damage(crm: Crm, tmp_path: Path) -> None:
    for i in range(300):
        crm.contacts.create({"first_name": f"Person {i}", "notes": "x" * 300})
    assert crm.db_path is not None
    copy = tmp_path / "copy.db"
    backup.copy_database(crm.db_path, copy)
    assert backup.quick_check(copy) == []
    _damage(copy)
    assert backup.quick_check(copy) != []
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 500)
    assert backup.quick_check(garbage) != []


def test_copy_of_a_damaged_file_fails_and_leaves_nothing(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00garbage" * 1000)
    target = tmp_path / "out" / "copy.db"
    with pytest.raises(StorageError) as info:
        backup.copy_database(garbage, target)
    assert info.value.code == "backup_failed"
    assert list(target.parent.iterdir()) == []


def test_backups_rotate_newest_first(crm: Crm, tmp_path: Path) -> None:
    assert crm.db_path is not None
    folder = tmp_path / "rotating"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    made = [backup.make_backup(crm.db_path, folder, f"Reason {i}!", keep=3) for i in range(5)]

    found = backup.list_backups(folder)
    assert [b.path for b in found] == [b.path for b in reversed(made[2:])]
    assert [b.reason for b in found] == ["reason-4", "reason-3", "reason-2"]
    assert all(not Path(b.path).exists() for b in made[:2])
    assert all(b.size == Path(b.path).stat().st_size > 0 for b in found)
    assert (folder / "notes.txt").exists()
    assert backups_in(folder) == found
    assert backup.list_backups(tmp_path / "missing") == []


def test_maintenance_backup(crm: Crm, tmp_path: Path) -> None:
    crm.contacts.create({"first_name": "Ann"})
    made = crm.maintenance.backup()
    assert [b.path for b in crm.maintenance.backups()] == [made.path]
    assert made.reason == "manual"
    assert Path(made.path).parent == tmp_path / "backups"
    assert Path(made.path).stat().st_mode & 0o777 == 0o600
    chosen = crm.maintenance.backup(tmp_path / "elsewhere" / "mine.db")
    assert _names(Path(chosen.path)) == ["Ann"]
    assert backup.quick_check(Path(chosen.path)) == []


def test_restore_keeps_the_current_file_first(tmp_path: Path) -> None:
    path, folder = tmp_path / "crm.db", tmp_path / "backups"
    crm = open_crm(path, backup_dir=folder)
    crm.contacts.create({"first_name": "Ann"})
    saved = crm.maintenance.backup()
    crm.contacts.create({"first_name": "Bob"})
    crm.close()

    restore_backup(path, Path(saved.path), folder)

    assert _names(path) == ["Ann"]
    assert path.stat().st_mode & 0o777 == 0o600
    kept = [b for b in backups_in(folder) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert _names(Path(kept[0].path)) == ["Ann", "Bob"]
    crm = open_crm(path, backup_dir=folder)
    try:
        assert crm.contact_list.count(ListQuery()) == 1
        assert [h.title for h in crm.finder.search("ann").hits] == ["Ann"]
        assert crm.maintenance.check().ok
        crm.contacts.create({"first_name": "Cy"})  # the restored file is writable
    finally:
        crm.close()


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    path, folder = tmp_path / "crm.db", tmp_path / "backups"
    crm = open_crm(path, backup_dir=folder)
    crm.contacts.create({"first_name": "Ann"})
    crm.close()
    before = path.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError) as info:
        restore_backup(path, bad, folder)
    assert info.value.code == "backup_damaged"
    assert path.read_bytes() == before
    assert backups_in(folder) == []


def test_restore_over_a_damaged_file_keeps_it_aside(tmp_path: Path) -> None:
    path, folder = tmp_path / "crm.db", tmp_path / "backups"
    crm = open_crm(path, backup_dir=folder)
    crm.contacts.create({"first_name": "Ann"})
    saved = crm.maintenance.backup()
    crm.close()
    path.write_bytes(b"garbage" * 1000)
    restore_backup(path, Path(saved.path), folder)
    assert _names(path) == ["Ann"]
    assert (tmp_path / "crm.db.damaged").read_bytes() == b"garbage" * 1000
