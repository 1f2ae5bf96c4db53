"""Verified, rotating backups of the SQLite file, and restore.

A backup is taken in one step with ``sqlite3.Connection.backup`` (a stepped backup never
finishes while a writer commits every few ms), then opened and checked with ``quick_check``
before it counts. Files are created 0600. The newest ``KEEP`` backups are kept.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.records import BackupInfo
from desktop_crm.store.engine import translate_operational_error

KEEP = 20
_NAME = re.compile(r"^crm-(\d{8}-\d{6}-\d{6})-([a-z0-9_-]+)\.db$")


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds in the file at ``path`` (empty when sound).

    Raises StorageError (``read_only``, ``locked`` …) when the file cannot be read at all."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        # locked, read-only (a WAL file in a read-only folder), cannot open: not damage
        raise translate_operational_error(exc) from exc
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


SQLITE_HEADER = b"SQLite format 3\x00"


def structure_check(path: Path) -> list[str]:
    """A check in milliseconds whatever the file's size: the header, the schema readable, and
    the first and last pages of the contacts table readable. ``quick_check`` reads every page."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [str(exc)]
    if header != SQLITE_HEADER:
        return ["file is not a database"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in ("contacts", "companies"):
            if table in tables:
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT 1").fetchall()
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1").fetchall()
    except sqlite3.OperationalError as exc:
        raise translate_operational_error(exc) from exc
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return []


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database in one step into ``target`` (created 0600), then verify it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)  # pages=-1: the whole file in one step, under one read lock
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        problems = quick_check(tmp)
        if problems:
            raise StorageError(f"The copy failed its check: {problems[0]}", code="backup_failed")
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise StorageError(f"Backup failed: {exc}", code="backup_failed") from exc
    finally:
        tmp.unlink(missing_ok=True)


def make_backup(db_path: Path, backup_dir: Path, reason: str, keep: int = KEEP) -> BackupInfo:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^a-z0-9_-]+", "-", reason.lower()).strip("-") or "manual"
    target = backup_dir / f"crm-{stamp}-{safe_reason}.db"
    copy_database(db_path, target)
    rotate(backup_dir, keep)
    return _info(target)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [_info(p) for p in backup_dir.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def rotate(backup_dir: Path, keep: int) -> None:
    for old in list_backups(backup_dir)[keep:]:
        Path(old.path).unlink(missing_ok=True)


def restore(backup: Path, db_path: Path, backup_dir: Path) -> None:
    """Replace the database with a verified backup; the current file is kept as a backup first
    (when it can still be read)."""
    problems = quick_check(backup)
    if problems:
        raise StorageError(f"The backup is damaged: {problems[0]}", code="backup_damaged")
    if db_path.exists() and not quick_check(db_path):
        make_backup(db_path, backup_dir, "before-restore")
    elif db_path.exists():
        damaged = db_path.with_name(db_path.name + ".damaged")
        os.replace(db_path, damaged)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    copy_database(backup, db_path)


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    if match:
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        reason = match.group(2)
    else:
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        reason = "manual"
    return BackupInfo(str(path), created, path.stat().st_size, reason)
