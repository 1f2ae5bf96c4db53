"""Large files: a structural check at open, the full check in the background after the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import check_file, open_crm
from desktop_crm.ui.shell.integrity import IntegrityCheck


def _database_with_damage_in_the_middle(tmp_path: Path) -> Path:
    db = tmp_path / "crm.db"
    crm = open_crm(db, backup_dir=tmp_path / "backups")
    for i in range(400):
        crm.contacts.create({"first_name": f"Person {i}", "notes": "x" * 500})
    crm.close()
    data = bytearray(db.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page  # one page of garbage deep in the file
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return db


def test_structure_check_passes_but_full_check_finds_the_damage(tmp_path: Path) -> None:
    db = _database_with_damage_in_the_middle(tmp_path)
    assert check_file(db, deep=False) == []
    assert check_file(db, deep=True) != []


def test_structure_check_refuses_a_file_that_is_no_database(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    db.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    assert check_file(db, deep=False) == ["file is not a database"]


def test_open_crm_leaves_the_full_check_pending_when_told(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    open_crm(db).close()
    crm = open_crm(db, deep_check=False)
    assert crm.deep_check_pending
    crm.close()
    crm = open_crm(db)  # small file: checked fully at open
    assert not crm.deep_check_pending
    crm.close()


def test_background_check_reports_problems(tmp_path: Path, qtbot: QtBot) -> None:
    db = _database_with_damage_in_the_middle(tmp_path)
    checker = IntegrityCheck(db)
    with qtbot.waitSignal(checker.sig_finished, timeout=10_000) as blocker:
        checker.start()
    assert blocker.args is not None and blocker.args[0]


def test_background_check_of_a_sound_file_is_quiet(tmp_path: Path, qtbot: QtBot) -> None:
    db = tmp_path / "crm.db"
    open_crm(db).close()
    checker = IntegrityCheck(db)
    with qtbot.waitSignal(checker.sig_finished, timeout=10_000) as blocker:
        checker.start()
    assert blocker.args == [[]]
