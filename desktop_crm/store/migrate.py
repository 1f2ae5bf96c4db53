"""Open a database at the current schema: check it, back it up, upgrade it in one transaction.

Order (DESIGN.md, data safety): take the write lock, ``quick_check``, a verified backup, every
migration step inside that one transaction, ``foreign_key_check``, commit. A file written by a
newer version of the app is refused with a clear message and left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from desktop_crm.domain.errors import StorageError
from desktop_crm.store import backup

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: str | None


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """What Alembic compares: everything but the FTS5 search tables (made by raw DDL)."""
    return not (type_ == "table" and str(name).startswith("search_"))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path | None, backup_dir: Path | None) -> MigrationResult:
    """Bring the database to the newest schema (SQLite: ``db_path`` is the file to back up)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with engine.connect() as probe:
        current = current_revision(probe)
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and _unknown(script, current):
        raise StorageError(
            "This database was written by a newer version of desktop_crm "
            f"(schema {current}); update the app to open it. The file was not changed.",
            code="too_new",
            revision=current,
        )
    backup_path = None
    cfg = alembic_config()
    with engine.begin() as conn:  # BEGIN IMMEDIATE: nobody writes while we upgrade
        if conn.dialect.name == "sqlite":
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").all()]
            if problems != ["ok"]:
                raise StorageError(f"The database is damaged: {problems[0]}", code="damaged")
            if current is not None and db_path is not None and backup_dir is not None:
                backup_path = backup.make_backup(db_path, backup_dir, "before-upgrade").path
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if bad:
                raise StorageError(
                    f"The upgrade left {len(bad)} broken references; nothing was changed.",
                    code="upgrade_failed",
                )
    return MigrationResult(current, head, backup_path)


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises its own errors for unknown revisions
        return True


def table_names(engine: Engine) -> list[str]:
    return sa.inspect(engine).get_table_names()
