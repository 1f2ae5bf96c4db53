"""The SQLite engine: PRAGMAs, file modes, concurrent writers, locks and read-only files."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.store import engine as engine_module
from desktop_crm.store.engine import read_connection, translate_operational_error
from tests.store import _workers

SPAWN = multiprocessing.get_context("spawn")


def _pragma(crm: Crm, name: str) -> object:
    with crm.ctx.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_pragmas_in_effect(crm: Crm) -> None:
    assert _pragma(crm, "journal_mode") == "wal"
    assert _pragma(crm, "foreign_keys") == 1
    assert _pragma(crm, "synchronous") == 2  # FULL
    assert _pragma(crm, "busy_timeout") == int(engine_module.BUSY_TIMEOUT_S * 1000)
    with read_connection(crm.ctx.engine) as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(crm: Crm) -> None:
    with pytest.raises(sa.exc.IntegrityError), crm.ctx.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO contact_tags (id, contact_id, tag_id, created_at, updated_at)"
            " VALUES ('x', 'no-contact', 'no-tag', '2024-01-01', '2024-01-01')"
        )


def test_database_files_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0)  # even a permissive umask gives 0600
    try:
        crm = open_crm(tmp_path / "crm.db", backup_dir=tmp_path / "backups")
    finally:
        os.umask(old_umask)
    try:
        crm.contacts.create({"first_name": "Ann"})
        for name in ("crm.db", "crm.db-wal", "crm.db-shm"):
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
    finally:
        crm.close()


def test_concurrent_processes_lose_no_update(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    crm = open_crm(path)
    contact = crm.contacts.create({"first_name": "Counter", "job_title": "0"}).created_id
    crm.close()
    workers, times = 3, 100
    assert contact is not None
    barrier, results = SPAWN.Barrier(workers), SPAWN.Queue()
    procs = [
        SPAWN.Process(target=_workers.increment, args=(str(path), contact, times, barrier, results))
        for _ in range(workers)
    ]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0

    assert [errors for _d, _c, errors in outcomes] == [[]] * workers
    assert [done for done, _c, _e in outcomes] == [times] * workers
    crm = open_crm(path)
    try:
        assert crm.contacts.get(contact).values["job_title"] == str(workers * times)
        with read_connection(crm.ctx.engine) as conn:
            written = conn.exec_driver_sql(
                "SELECT new_value FROM field_changes WHERE entity_id = ? AND field = 'job_title'",
                (contact,),
            ).scalars()
            values = sorted(int(v.strip('"')) for v in written)
        assert values == list(range(1, workers * times + 1))  # each step exactly once
    finally:
        crm.close()


@pytest.fixture
def writer_holding_lock(crm: Crm) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock (an open BEGIN IMMEDIATE with a pending write)."""
    assert crm.db_path is not None
    other = sqlite3.connect(crm.db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE contacts SET first_name = 'Uncommitted'")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_reads_do_not_wait_for_the_write_lock(crm: Crm) -> None:
    contact = crm.contacts.create({"first_name": "Ann", "emails": "ann@example.com"}).created_id
    assert contact is not None
    assert crm.db_path is not None
    other = sqlite3.connect(crm.db_path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE contacts SET first_name = 'Uncommitted'")
        started = time.monotonic()
        with read_connection(crm.ctx.engine) as conn:
            assert conn.exec_driver_sql("SELECT first_name FROM contacts").scalar() == "Ann"
        assert crm.contact_list.count(ListQuery()) == 1
        assert crm.contacts.get(contact).values["first_name"] == "Ann"
        assert [h.id for h in crm.finder.search("ann").hits] == [contact]
        # far below the 10 s busy timeout a blocked reader would wait
        assert time.monotonic() - started < 2.0
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_locked_database_raises_locked_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)
    crm = open_crm(tmp_path / "crm.db")
    other = sqlite3.connect(tmp_path / "crm.db", isolation_level=None, timeout=0)
    try:
        contact = crm.contacts.create({"first_name": "Ann"}).created_id
        assert contact is not None
        assert _pragma(crm, "busy_timeout") == 200
        other.execute("BEGIN EXCLUSIVE")
        for call in (
            lambda: crm.contacts.update(contact, "first_name", "Bob"),
            lambda: crm.contacts.create({"first_name": "Cy"}),
            lambda: crm.contacts.add_tag(contact, "vip"),
        ):
            with pytest.raises(StorageError) as info:
                call()
            assert info.value.code == "locked"
        with pytest.raises(StorageError) as opening:
            open_crm(tmp_path / "crm.db")
        assert opening.value.code == "locked"
        other.execute("ROLLBACK")
        detail = crm.contacts.get(contact)
        assert (detail.values["first_name"], detail.tags) == ("Ann", ())
        assert crm.contact_list.count(ListQuery()) == 1
        crm.contacts.update(contact, "first_name", "Bob")  # works again once released
        assert crm.contacts.get(contact).values["first_name"] == "Bob"
    finally:
        other.close()
        crm.close()


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A folder the ``nobody`` user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="crm-ro-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def _read_only_probe(folder: Path, folder_mode: int) -> tuple[dict[str, object], str, bytes]:
    path = folder / "crm.db"
    crm = open_crm(path)
    contact = crm.contacts.create({"first_name": "Ann"}).created_id
    assert contact is not None
    crm.close()
    before = path.read_bytes()
    path.chmod(0o444)
    folder.chmod(folder_mode)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=SPAWN) as pool:
            outcome = pool.submit(_workers.try_read_only, str(path), contact).result(timeout=120)
    finally:
        folder.chmod(0o777)
        path.chmod(0o600)
    return outcome, contact, before


def test_read_only_file_refuses_changes(public_dir: Path) -> None:
    outcome, contact, before = _read_only_probe(public_dir, 0o777)
    assert outcome == {
        "open": "ok",
        "name": "Ann",
        "count": 1,
        "update": "read_only",
        "create": "read_only",
        "delete": "read_only",
    }
    crm = open_crm(public_dir / "crm.db")
    try:
        assert crm.contacts.get(contact).values["first_name"] == "Ann"
        assert crm.contact_list.count(ListQuery()) == 1
    finally:
        crm.close()
    assert (public_dir / "crm.db").read_bytes() == before


def test_read_only_file_in_read_only_folder_is_not_called_damaged(public_dir: Path) -> None:
    outcome, _contact, before = _read_only_probe(public_dir, 0o555)
    assert outcome == {"open": "read_only"}
    assert (public_dir / "crm.db").read_bytes() == before


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("database is locked", "locked"),
        ("database table is locked", "locked"),
        ("attempt to write a readonly database", "read_only"),
        ("database or disk is full", "disk_full"),
        ("database disk image is malformed", "damaged"),
        ("file is not a database", "damaged"),
        ("unable to open database file", "cannot_open"),
        ("no such table: nothing", "database"),
    ],
)
def test_driver_errors_get_codes(message: str, code: str) -> None:
    assert translate_operational_error(sqlite3.OperationalError(message)).code == code
