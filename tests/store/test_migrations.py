"""Migrations: no drift from the models, newer files refused untouched, backup before upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop_crm.domain.errors import StorageError
from desktop_crm.services.crm import open_crm
from desktop_crm.store import backup, migrate
from desktop_crm.store.engine import create_file, make_engine, sqlite_url
from desktop_crm.store.models import Base


def _fresh_engine(path: Path) -> sa.Engine:
    create_file(path)
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, path, None)
    return engine


def _drift(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": migrate.include_name,
                "target_metadata": Base.metadata,
            },
        )
        return list(compare_metadata(context, Base.metadata))


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()
    return [(r[0], r[1], r[2] or "") for r in rows]


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_fresh_database_matches_the_models(tmp_path: Path) -> None:
    engine = _fresh_engine(tmp_path / "crm.db")
    try:
        assert _drift(engine) == []
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        names = set(migrate.table_names(engine))
        assert set(Base.metadata.tables) <= names
        assert {"search_docs", "search_tri", "search_words"} <= names
    finally:
        engine.dispose()


def test_the_drift_check_sees_a_difference(tmp_path: Path) -> None:
    """The comparison above is not vacuous: a column the models lack is reported."""
    engine = _fresh_engine(tmp_path / "crm.db")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE contacts ADD COLUMN nickname VARCHAR(50)")
        assert any("nickname" in repr(d) for d in _drift(engine))
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    engine = _fresh_engine(path)
    first = _schema(path)
    cfg = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        left = {name for _t, name, _s in _schema(path)}
        assert left <= {"alembic_version", "sqlite_autoindex_alembic_version_1", "sqlite_sequence"}
        result = migrate.upgrade(engine, path, tmp_path / "backups")
        assert result.from_revision is None
        assert result.backup_path is None  # an empty, unversioned file: nothing to keep
        assert _schema(path) == first
        assert _drift(engine) == []
    finally:
        engine.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    crm = open_crm(path, backup_dir=tmp_path / "backups")
    crm.contacts.create({"first_name": "Ann"})
    crm.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns

    with pytest.raises(StorageError) as info:
        open_crm(path, backup_dir=tmp_path / "backups")

    assert info.value.code == "too_new"
    assert info.value.params["revision"] == "9999_from_the_future"
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert backup.list_backups(tmp_path / "backups") == []
    assert _revision(path) == "9999_from_the_future"


NEXT_REVISION = '''"""Test-only second revision: adds a table."""

import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


def _ship_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The real migrations plus one more revision, as a newer version of the app would ship."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(
        NEXT_REVISION.format(head=migrate.head_revision())
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    return "0002_test"


def test_backup_is_taken_before_an_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, backups = tmp_path / "crm.db", tmp_path / "backups"
    crm = open_crm(path, backup_dir=backups)
    old_head = migrate.head_revision()
    contact = crm.contacts.create({"first_name": "Before", "last_name": "Upgrade"}).created_id
    crm.close()
    assert backup.list_backups(backups) == []  # a new file needs no backup

    revision = _ship_next_revision(tmp_path, monkeypatch)
    crm = open_crm(path, backup_dir=backups)
    try:
        assert crm.maintenance.check().schema_revision == revision
        assert crm.contacts.get(contact).values["first_name"] == "Before"
    finally:
        crm.close()

    found = backup.list_backups(backups)
    assert [b.reason for b in found] == ["before-upgrade"]
    copy = Path(found[0].path)
    assert backup.quick_check(copy) == []
    assert copy.stat().st_mode & 0o777 == 0o600
    assert _revision(copy) == old_head
    conn = sqlite3.connect(copy)
    try:
        names = conn.execute("SELECT first_name FROM contacts WHERE id = ?", (contact,)).fetchall()
    finally:
        conn.close()
    assert names == [("Before",)]
    assert "upgrade_probe" not in {n for _t, n, _s in _schema(copy)}
    assert "upgrade_probe" in {n for _t, n, _s in _schema(path)}
