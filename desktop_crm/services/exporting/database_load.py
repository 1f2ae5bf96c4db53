"""Reading a whole-database export back (see ``database.py``): checks, then one transaction.

Every problem of the file becomes an ImportFileError naming the table file, line and column;
the rows are streamed line by line (a long line or a zip bomb is refused, never read whole).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from desktop_crm.domain.clock import parse_stamp
from desktop_crm.domain.errors import CrmError, ImportFileError
from desktop_crm.services.exporting.files import Cancelled, Progress, check_cancelled
from desktop_crm.store import migrate, search
from desktop_crm.store.engine import translate_operational_error
from desktop_crm.store.models import Base, ChangesetRecord, FieldChangeRecord
from desktop_crm.store.types import Money, UtcDateTime

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

FORMAT = "desktop_crm-database"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
BATCH = 1000
MAX_MANIFEST = 4 * 1024 * 1024
MAX_LINE = 32 * 1024 * 1024  # one row; a contact is a few hundred bytes
MAX_RATIO = 1000  # uncompressed / compressed size of a member: beyond it, a zip bomb
#: what a first start creates (replaced by the import); any other row means "not empty"
SEEDED = frozenset(
    {"users", "lifecycle_stages", "pipelines", "stages", "settings", "changesets", "field_changes"}
)
SETUP_DESCRIPTION = "setup"


def _bad(message: str, code: str = "bad_file", **params: Any) -> ImportFileError:
    return ImportFileError(message, code=code, **params)


# ----- the manifest ------------------------------------------------------------------------
def manifest_of(archive: zipfile.ZipFile) -> dict[str, Any]:
    """The checked manifest: format, schema revision and ``tables`` [{name, file, rows}]."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise _bad("Not a desktop_crm database export: no manifest.json") from None
    if info.file_size > MAX_MANIFEST:
        raise _bad("The manifest is too large")
    try:
        manifest = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(f"The manifest is not valid JSON: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad("Not a desktop_crm database export")
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise _bad("The manifest has no format version")
    if version > FORMAT_VERSION:
        raise CrmError(
            f"The file was written by a newer version of desktop_crm (format {version})",
            code="too_new",
            revision=str(version),
        )
    tables = manifest.get("tables")
    if not isinstance(tables, list) or not all(_entry_ok(t) for t in tables):
        raise _bad("The manifest's table list is damaged")
    return manifest


def _entry_ok(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("name"), str)
        and isinstance(entry.get("file"), str)
        and isinstance(entry.get("rows"), int)
        and isinstance(entry.get("columns"), list)
        and all(isinstance(c, str) for c in entry["columns"])
    )


def check_schema(revision: Any) -> None:
    """Refuse a file from a schema this app does not know (a newer version wrote it)."""
    if not isinstance(revision, str) or not revision:
        raise _bad("The manifest has no schema version")
    script = ScriptDirectory.from_config(migrate.alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise CrmError(
            f"The file was written by a newer version of desktop_crm (schema {revision}); "
            "update the app to import it",
            code="too_new",
            revision=revision,
        )


def _checked_entries(
    archive: zipfile.ZipFile, manifest: dict[str, Any], tables: dict[str, sa.Table]
) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for entry in manifest["tables"]:
        table = tables.get(entry["name"])
        if table is None:
            raise _bad(f"Unknown table {entry['name']!r}", code="unknown_table")
        unknown = [c for c in entry["columns"] if c not in table.c]
        if unknown:
            raise _bad(
                f"Unknown column {unknown[0]!r} in {entry['name']}",
                code="unknown_column",
                column=unknown[0],
                table=entry["name"],
            )
        try:
            info = archive.getinfo(entry["file"])
        except KeyError:
            raise _bad(f"{entry['file']} is missing", code="incomplete") from None
        ratio = info.file_size / info.compress_size if info.compress_size else 0
        if info.file_size > 10_000_000 and ratio > MAX_RATIO:
            raise _bad(f"{entry['file']} expands too much (a zip bomb?)", code="zip_bomb")
        entries[entry["name"]] = entry
    return entries


# ----- loading -----------------------------------------------------------------------------
def load_database(
    crm: Crm,
    archive: zipfile.ZipFile,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    manifest = manifest_of(archive)
    check_schema(manifest.get("schema"))
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    entries = _checked_entries(archive, manifest, tables)
    total = sum(e["rows"] for e in entries.values())
    check_cancelled(cancelled)
    if progress is not None:
        progress(0, total)
    done = 0
    try:
        with crm.ctx.engine.begin() as conn:
            if not is_empty(conn):
                raise CrmError(
                    "The database already has data; a database export is imported into an "
                    "empty one only",
                    code="not_empty",
                )
            search.uninstall(conn)  # re-indexed once at the end: far faster than row triggers
            _clear(conn)
            for table in Base.metadata.sorted_tables:
                entry = entries.get(table.name)
                if entry is None:
                    continue
                rows = 0
                for batch in _batches(archive, entry, table):
                    check_cancelled(cancelled)
                    conn.execute(sa.insert(table), batch)
                    rows += len(batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, max(total, done))
                if rows != entry["rows"] - _skipped(table, entry):
                    raise _bad(
                        f"{entry['file']} has {rows} rows, the manifest says {entry['rows']}",
                        code="incomplete",
                        table=table.name,
                    )
            check_cancelled(cancelled)
            _check_clock(conn)
            search.install(conn)
            _reset_sequences(conn)
    except sa_exc.IntegrityError as exc:
        raise _bad(f"The file's data is inconsistent: {exc.orig}", code="bad_data") from exc
    except sa_exc.OperationalError as exc:
        raise translate_operational_error(exc) from exc
    except sa_exc.StatementError as exc:
        raise _bad(f"The file's data cannot be stored: {exc.orig}", code="bad_data") from exc
    return done


def _check_clock(conn: Connection) -> None:
    """The newest change's clock stamp must read: the session's clock moves past it."""
    latest = conn.execute(sa.select(sa.func.max(FieldChangeRecord.hlc))).scalar()
    if latest is None:
        return
    try:
        parse_stamp(str(latest))
    except ValueError:
        raise _bad(f"A change has a broken clock stamp: {latest!r}", code="bad_data") from None


def _skipped(table: sa.Table, entry: dict[str, Any]) -> int:
    """Rows of the file deliberately not loaded: this installation's own node id."""
    return entry.get("skipped", 0) if table.name == "settings" else 0


def is_empty(conn: Connection) -> bool:
    """Nothing but what a first start creates (the owner, stages, a pipeline, settings)."""
    for table in Base.metadata.sorted_tables:
        if table.name in SEEDED:
            continue
        if conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            return False
    cs = ChangesetRecord
    other = conn.execute(
        sa.select(cs.id).where(cs.description != SETUP_DESCRIPTION).limit(1)
    ).first()
    return other is None


def _clear(conn: Connection) -> None:
    """Remove what the first start created (children first); keep the node id."""
    for table in reversed(Base.metadata.sorted_tables):
        stmt = sa.delete(table)
        if table.name == "settings":
            stmt = stmt.where(table.c.key != "node_id")
        conn.execute(stmt)


def _batches(
    archive: zipfile.ZipFile, entry: dict[str, Any], table: sa.Table
) -> Iterator[list[dict[str, Any]]]:
    columns: list[str] = entry["columns"]
    decoders = {name: _decoder(table.c[name]) for name in columns}
    batch: list[dict[str, Any]] = []
    skipped = 0
    with archive.open(entry["file"]) as raw:
        line_no = 0
        while True:
            line = raw.readline(MAX_LINE + 1)
            if not line:
                break
            line_no += 1
            if len(line) > MAX_LINE:
                raise _bad(f"{entry['file']} line {line_no} is too long", row=line_no)
            if not line.strip():
                continue
            row = _row(entry["file"], line_no, line, decoders)
            if table.name == "settings" and row.get("key") == "node_id":
                skipped += 1
                continue
            batch.append(row)
            if len(batch) >= BATCH:
                yield batch
                batch = []
    entry["skipped"] = skipped
    if batch:
        yield batch


def _row(
    name: str, line_no: int, line: bytes, decoders: dict[str, Callable[[Any], Any]]
) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        message = f"{name} line {line_no} is not valid JSON"
        raise _bad(message, code="bad_row", row=line_no) from None
    if not isinstance(obj, dict):
        raise _bad(f"{name} line {line_no} is not a row", code="bad_row", row=line_no)
    extra = [k for k in obj if k not in decoders]
    if extra:
        raise _bad(
            f"{name} line {line_no}: unknown column {extra[0]!r}",
            code="unknown_column",
            row=line_no,
            column=extra[0],
        )
    row: dict[str, Any] = {}
    for column, decode in decoders.items():
        try:
            row[column] = decode(obj.get(column))
        except (ValueError, TypeError, ArithmeticError) as exc:
            message = f"{name} line {line_no}, {column}: {exc}"
            raise _bad(message, code="bad_row", row=line_no, column=column) from None
    return row


# ----- value decoders (the inverse of database._jsonable, checked) ---------------------------
def _decoder(column: sa.Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UtcDateTime | sa.DateTime):
        return _nullable(_datetime)
    if isinstance(kind, sa.Date):
        return _nullable(_date)
    if isinstance(kind, Money):
        return _nullable(_decimal)
    if isinstance(kind, sa.Boolean):
        return _nullable(_typed(bool))
    if isinstance(kind, sa.Integer):
        return _nullable(_integer)
    if isinstance(kind, sa.Float):
        return _nullable(_float)
    if isinstance(kind, sa.JSON):
        return _same
    if isinstance(kind, sa.String):
        return _nullable(_typed(str))
    return _same


def _same(value: Any) -> Any:
    return value


def _nullable(decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def run(value: Any) -> Any:
        return None if value is None else decode(value)

    return run


def _typed(kind: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
        return value

    return check


def _datetime(value: Any) -> datetime:
    moment = datetime.fromisoformat(_typed(str)(value))
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)  # stored as naive UTC either way


def _date(value: Any) -> date:
    return date.fromisoformat(_typed(str)(value))


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError("expected an amount")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a whole number")
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    return float(value)


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: integer keys were inserted explicitly; move their sequences past them."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and isinstance(keys[0].type, sa.Integer):
            conn.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence(:t, :c), "
                    f"coalesce((SELECT max({keys[0].name}) FROM {table.name}), 0) + 1, false)"
                ),
                {"t": table.name, "c": keys[0].name},
            )
