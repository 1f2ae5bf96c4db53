"""The whole database as one file another install imports back to the same data.

The file is a zip: ``manifest.json`` (format, app and schema version, each table with its row
count) and one JSON-lines file per table (``tables/<name>.jsonl``, one object per row, keyed by
column). Every table of the store is in it: records, links, the change log, custom field
definitions, pipelines, users and the settings (all but the installation's node id, which
identifies the machine, not the data). The search index is rebuilt on import.

Import goes into an EMPTY database only (what a first start creates is replaced), in one
transaction with bulk Core inserts in foreign-key order: a broken file changes nothing.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm import __version__
from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.exporting.database_load import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    load_database,
)
from desktop_crm.services.exporting.files import (
    Cancelled,
    Progress,
    atomic_output,
    check_cancelled,
)
from desktop_crm.store import migrate
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import Base

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

BATCH = 1000
#: rows that belong to the installation, not to the data
LOCAL_ROWS: dict[str, tuple[str, tuple[str, ...]]] = {"settings": ("key", ("node_id",))}


def exported_tables() -> list[sa.Table]:
    """Every table of the store, parents before children (the search index is derived)."""
    return list(Base.metadata.sorted_tables)


def _local_filter(table: sa.Table) -> list[Any]:
    rule = LOCAL_ROWS.get(table.name)
    if rule is None:
        return []
    column, values = rule
    return [table.c[column].not_in(values)]


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot export a {type(value).__name__}")


def _encode(row: dict[str, Any]) -> bytes:
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_jsonable)
    return text.encode("utf-8") + b"\n"


def export_database(
    crm: Crm,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write every table to one .zip file at ``path``; returns the number of rows written.

    One read transaction: the file is a consistent snapshot even while the app keeps writing.
    """
    target = Path(path)
    tables = exported_tables()
    written = 0
    with read_connection(crm.ctx.engine) as conn, atomic_output(target) as temp:
        counts = {t.name: _count(conn, t) for t in tables}
        total = sum(counts.values())
        if progress is not None:
            progress(0, total)
        entries: list[dict[str, Any]] = []
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for table in tables:
                check_cancelled(cancelled)
                name = f"tables/{table.name}.jsonl"
                rows = 0
                with archive.open(name, "w", force_zip64=True) as member:
                    for batch in _table_batches(conn, table):
                        check_cancelled(cancelled)
                        member.write(b"".join(_encode(row) for row in batch))
                        rows += len(batch)
                        written += len(batch)
                        if progress is not None:
                            progress(written, max(total, written))
                columns = list(table.c.keys())
                entries.append({"name": table.name, "file": name, "rows": rows, "columns": columns})
            archive.writestr(MANIFEST, json.dumps(_manifest(conn, entries), indent=2))
        check_cancelled(cancelled)
    return written


def _manifest(conn: Connection, entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": "desktop_crm",
        "app_version": __version__,
        "schema": migrate.current_revision(conn),
        "dialect": conn.dialect.name,
        "exported_at": datetime.now(UTC).isoformat(),
        "tables": entries,
    }


def _count(conn: Connection, table: sa.Table) -> int:
    stmt = sa.select(sa.func.count()).select_from(table).where(*_local_filter(table))
    return int(conn.execute(stmt).scalar_one())


def _table_batches(conn: Connection, table: sa.Table) -> Iterator[list[dict[str, Any]]]:
    stmt = sa.select(table).where(*_local_filter(table)).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=BATCH).execute(stmt)
    for part in result.partitions():
        yield [dict(row._mapping) for row in part]


def import_database(
    crm: Crm,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Load a file written by ``export_database`` into this (empty) database; returns the rows.

    Raises CrmError ``not_empty`` (the database has data), ``too_new`` (a newer schema),
    ImportFileError (not such a file, damaged or incomplete), OperationCancelled. Nothing is
    changed unless everything loads.
    """
    source = Path(path)
    with _reading(source), zipfile.ZipFile(source) as archive:
        rows = load_database(crm, archive, progress, cancelled)
    _after_import(crm)
    return rows


def _after_import(crm: Crm) -> None:
    """The session continues as the imported data's administrator, its clock past every
    imported change, with nothing to undo from before."""
    from desktop_crm.store.models import FieldChangeRecord, UserRecord

    u = UserRecord
    with read_connection(crm.ctx.engine) as conn:
        user = conn.execute(
            sa.select(u.id)
            .where(u.deleted_at.is_(None))
            .order_by((u.role != "admin"), u.active.is_(False), u.created_at, u.id)
            .limit(1)
        ).scalar()
        latest = conn.execute(sa.select(sa.func.max(FieldChangeRecord.hlc))).scalar()
    crm.ctx.user_id = user
    if latest:
        crm.ctx.clock.observe(latest)  # checked before the import was committed
    crm.undo.done.clear()
    crm.undo.undone.clear()


def read_manifest(path: str | Path) -> dict[str, Any]:
    """The manifest of a database export (for a "what is in this file" preview)."""
    from desktop_crm.services.exporting.database_load import manifest_of

    source = Path(path)
    with _reading(source), zipfile.ZipFile(source) as archive:
        return manifest_of(archive)


@contextmanager
def _reading(source: Path) -> Iterator[None]:
    """A damaged or unreadable file as ImportFileError (``bad_file`` / ``cannot_read``)."""
    try:
        yield
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise ImportFileError(
            f"{source.name} is not a database export (or it is damaged): {exc}",
            code="bad_file",
            path=str(source),
        ) from exc
    except OSError as exc:
        raise ImportFileError(
            f"Cannot read {source}: {exc.strerror or exc}", code="cannot_read", path=str(source)
        ) from exc


__all__ = ["export_database", "import_database", "read_manifest"]
