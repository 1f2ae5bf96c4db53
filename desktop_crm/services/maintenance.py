"""Integrity checks, backups and restore of the database file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.records import BackupInfo, CheckReport
from desktop_crm.services.writer import Context
from desktop_crm.store import backup, migrate
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import CompanyRecord, ContactRecord


class MaintenanceService:
    def __init__(self, ctx: Context, db_path: Path | None, backup_dir: Path | None) -> None:
        self.ctx = ctx
        self.db_path = db_path
        self.backup_dir = backup_dir

    def check(self) -> CheckReport:
        """Full integrity check: pages, references, schema version and the search index."""
        problems: list[str] = []
        counts: dict[str, int] = {}
        revision = None
        try:
            with read_connection(self.ctx.engine) as conn:
                revision = migrate.current_revision(conn)
                if revision != migrate.head_revision():
                    problems.append(f"schema is at {revision}, expected {migrate.head_revision()}")
                if conn.dialect.name == "sqlite":
                    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                    if rows != ["ok"]:
                        problems += [f"integrity: {r}" for r in rows[:20]]
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    problems += [
                        f"broken reference in {r[0]} row {r[1]} -> {r[2]}" for r in bad[:20]
                    ]
                for name, model in (("contacts", ContactRecord), ("companies", CompanyRecord)):
                    counts[name] = conn.execute(
                        sa.select(sa.func.count())
                        .select_from(model)
                        .where(model.deleted_at.is_(None))
                    ).scalar_one()
                if conn.dialect.name == "sqlite":
                    indexed = conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar_one()
                    if indexed != counts["contacts"] + counts["companies"]:
                        problems.append(
                            f"search index has {indexed} entries for "
                            f"{counts['contacts'] + counts['companies']} records"
                        )
        except sa.exc.DatabaseError as exc:
            problems.append(f"cannot read the database: {exc.orig}")
        return CheckReport(
            not problems,
            tuple(problems),
            str(self.db_path or self.ctx.engine.url),
            revision,
            counts,
        )

    def backup(self, target: Path | None = None, reason: str = "manual") -> BackupInfo:
        if self.db_path is None:
            raise StorageError(
                "Backups of a server database are made on the server", code="no_file"
            )
        if target is not None:
            backup.copy_database(self.db_path, target)
            return BackupInfo(str(target), _mtime(target), target.stat().st_size, reason)
        assert self.backup_dir is not None
        return backup.make_backup(self.db_path, self.backup_dir, reason)

    def backups(self) -> list[BackupInfo]:
        return backup.list_backups(self.backup_dir) if self.backup_dir else []


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def backups_in(backup_dir: Path) -> list[BackupInfo]:
    """Automatic backups in ``backup_dir``, newest first (usable without opening the database)."""
    return backup.list_backups(backup_dir)


def restore_backup(db_path: Path, backup_file: Path, backup_dir: Path) -> None:
    """Replace the database file with a verified backup. Call with the database closed.

    The current file is kept first: as a backup when it is sound, renamed ``*.damaged`` when not.
    """
    backup.restore(backup_file, db_path, backup_dir)
