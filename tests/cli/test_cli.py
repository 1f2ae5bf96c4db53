"""The command line, run as ``main(argv)`` against a temporary data folder."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli.main import main, parse
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import open_crm

ROOT = Path(__file__).resolve().parents[2]


def _make_db(data: Path, *names: str) -> Path:
    """A database in ``data`` with one contact per name; returns the file."""
    crm = open_crm(data / "crm.db", backup_dir=data / "backups")
    try:
        for name in names:
            crm.contacts.create({"first_name": name})
    finally:
        crm.close()
    return data / "crm.db"


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT first_name FROM contacts WHERE deleted_at IS NULL ORDER BY first_name"
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _quick_check(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()


def test_check_passes_on_a_fresh_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "check"]) == 0  # no file yet: nothing to check
    assert not (tmp_path / "crm.db").exists()
    _make_db(tmp_path, "Ada", "Луиза")
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "crm.db") in out
    assert "Contacts:  2" in out
    assert "ok" in out


def test_check_reports_a_damaged_file_and_its_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _make_db(tmp_path, "Ada")
    crm = open_crm(db, backup_dir=tmp_path / "backups")
    saved = crm.maintenance.backup(reason="daily")
    crm.close()
    db.write_bytes(b"this is not a database, just garbage bytes " * 200)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert f"the database file {db} is damaged" in captured.err
    assert "not a database" in captured.err
    assert saved.path in captured.err  # the backups to restore from
    assert "restore" in captured.err
    # the damaged file was left as it was
    assert db.read_bytes().startswith(b"this is not a database")


def test_damaged_file_without_backups_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "crm.db").write_bytes(b"\x00garbage" * 1000)
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "No automatic backups" in err
    # other commands refuse it too, with the same explanation, and exit 2
    assert main(["--data-dir", str(tmp_path), "backup", str(tmp_path / "x.db")]) == 2
    assert "damaged" in capsys.readouterr().err


def test_backup_writes_a_verified_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _make_db(tmp_path / "data", "Ada", "Grace", "สมชาย")
    target = tmp_path / "out" / "copy.db"
    assert main(["--data-dir", str(tmp_path / "data"), "backup", str(target)]) == 0
    out = capsys.readouterr().out
    assert str(target) in out and "verified" in out
    assert _quick_check(target) == ["ok"]
    assert _names(target) == _names(db) == sorted(["Ada", "Grace", "สมชาย"])
    # an existing file is not overwritten unless asked
    assert main(["--data-dir", str(tmp_path / "data"), "backup", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "data"), "backup", "--force", str(target)]) == 0
    # the database itself is never a backup target
    assert main(["--data-dir", str(tmp_path / "data"), "backup", "--force", str(db)]) == 2
    assert _names(db) == sorted(["Ada", "Grace", "สมชาย"])


def test_demo_flag_and_command_load_the_demo_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "--demo", "demo"]) == 0
    assert "300 contacts" in capsys.readouterr().out
    crm = open_crm(tmp_path / "crm.db", backup_dir=tmp_path / "backups")
    try:
        assert crm.contact_list.count(ListQuery()) == 300
    finally:
        crm.close()
    # a second load is refused: the database is not empty
    assert main(["--data-dir", str(tmp_path), "demo"]) == 2
    assert "already has contacts" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "--demo", "check"]) == 0
    assert "Contacts:  300" in capsys.readouterr().out


def test_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    db = _make_db(data, "Ada")
    copy = tmp_path / "ada.db"
    assert main(["--data-dir", str(data), "backup", str(copy)]) == 0
    _make_db(data, "Grace")  # a change made after the backup
    assert _names(db) == ["Ada", "Grace"]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert _names(db) == ["Ada"]
    # the file it replaced was kept as an automatic backup, listed by `backups`
    assert main(["--data-dir", str(data), "backups"]) == 0
    listed = capsys.readouterr().out
    assert "before-restore" in listed
    kept = Path(listed.split()[-1])
    assert str(kept) in out
    assert _names(kept) == ["Ada", "Grace"]
    assert main(["--data-dir", str(data), "check"]) == 0


def test_restore_over_a_damaged_file_keeps_it_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    db = _make_db(data, "Ada")
    copy = tmp_path / "ada.db"
    assert main(["--data-dir", str(data), "backup", str(copy)]) == 0
    db.write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    assert ".damaged" in capsys.readouterr().out
    assert _names(db) == ["Ada"]
    assert (data / "crm.db.damaged").read_bytes().startswith(b"garbage")


def test_expected_failures_are_one_line_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_db(tmp_path, "Ada")
    assert main(["--data-dir", str(tmp_path), "restore", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desktop_crm: No backup file") and err.count("\n") == 1
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(tmp_path), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "backup is damaged" in err and "Traceback" not in err
    assert _names(tmp_path / "crm.db") == ["Ada"]
    url = "sqlite:///" + str(tmp_path / "crm.db")
    assert main(["--data-dir", str(tmp_path), "--database-url", url, "backups"]) == 2


def test_backups_lists_nothing_on_a_new_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "backups"]) == 0
    assert "No automatic backups" in capsys.readouterr().out


def test_without_a_command_the_window_is_the_app_layers_business(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ns = parse(["--lang", "fa", "--demo"])
    assert ns.command is None and ns.lang == "fa" and ns.demo and ns.data_dir is None
    assert main([]) == 2
    monkeypatch.setenv("DESKTOP_CRM_DATA_DIR", str(tmp_path))
    _make_db(tmp_path, "Ada")
    assert main(["check"]) == 0  # the folder comes from the environment


def test_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop_crm.cli.main import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'check']); "
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt'; "
        "sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
