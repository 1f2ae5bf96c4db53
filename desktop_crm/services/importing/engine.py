"""The import engine: rows of a file into contacts, companies, deals or tasks. Qt-free.

- ``analyze(crm, plan)``: reads the whole file (streamed), converts and validates every row,
  matches it against the database and says what an import would do: counts, the first rows as
  they will be saved, every error with its row and column, and the date columns whose order the
  user must confirm. Nothing is written.
- ``run_import(crm, plan)``: the same pass, writing: ONE transaction (``BEGIN IMMEDIATE``), bulk
  Core inserts and updates a chunk at a time, one changeset in the change log (a ``create`` row
  per new record, a ``set`` row per changed field), the batch in ``import_batches`` and what it
  did in ``import_records`` (for "Undo import"), the search index built at the end in one set
  statement per table, inside the same transaction (``store.bulk_index``). A verified backup of
  the file is taken first. Cancel (``cancelled()`` true) or any failure rolls everything back:
  nothing half-imported.
- ``write_error_rows(preview, path)``: the rows with errors, as read plus an "Error" column, to
  CSV or .xlsx, to fix and import again.

A bad row never stops the file: it becomes a :class:`RowError` and the other rows go on.
An unknown owner or deal stage does not reject its row: the row is imported without that owner
(the importing user's) or in the pipeline's first stage, with a warning (``counts.warnings``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.ids import new_id
from desktop_crm.domain.records import Change
from desktop_crm.services.importing.apply import Applier, Decided, shown
from desktop_crm.services.importing.bulk import BatchWriter, IdPool, Runner, table
from desktop_crm.services.importing.convert import Converted
from desktop_crm.services.importing.error_rows import write_error_rows
from desktop_crm.services.importing.job import Job, prepare
from desktop_crm.services.importing.matching import row_keys
from desktop_crm.services.importing.plan import (
    MAX_ERRORS_KEPT,
    PREVIEW_ROWS,
    ErrorRow,
    ImportCounts,
    ImportPlan,
    ImportPreview,
    ImportResult,
    PreviewRow,
    RowError,
)
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    ImportCancelled,
    ProgressFn,
    RawRow,
)
from desktop_crm.store.bulk_index import bulk_indexing
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import ImportBatchRecord
from desktop_crm.store.types import utcnow

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

THREADED = False  # the search index is built once at the end: no worker to overlap with
CHUNK_ROWS = 2000  # rows decided, then written together
# SQLite page cache while importing (index pages stay in memory); bigger is a little faster
# (200 MB: -15% index time at 100k rows) but counts towards the 500 MB peak of a 1M-row file
CACHE_KIB = 128 * 1024
CHANGE_IDS = 5000  # at most this many record ids in the import's Change (views refresh by type)


@dataclass
class Outcome:
    """What one pass over the file found (shared by the preview and the import)."""

    rows: int = 0
    skipped: int = 0
    duplicates: int = 0
    error_rows: int = 0
    error_total: int = 0
    errors: list[RowError] = field(default_factory=list)
    warned_rows: int = 0
    warnings: list[RowError] = field(default_factory=list)
    bad_rows: list[ErrorRow] = field(default_factory=list)
    preview: list[PreviewRow] = field(default_factory=list)
    bound: int | None = None  # row number of the PREVIEW_ROWS-th data row
    updated_ids: list[str] = field(default_factory=list)
    collect: bool = True  # keep the first rows as they will be saved (the preview)

    def wants(self, number: int) -> bool:
        return self.collect and (self.bound is None or number <= self.bound)

    def show(self, row: PreviewRow) -> None:
        if self.wants(row.row_number):
            self.preview.append(row)

    def warn(self, warnings: list[RowError]) -> None:
        self.warned_rows += 1
        room = MAX_ERRORS_KEPT - len(self.warnings)
        if room > 0:
            self.warnings.extend(warnings[:room])

    def fail(self, raw: RawRow, errors: list[RowError]) -> None:
        self.error_rows += 1
        self.error_total += len(errors)
        room = MAX_ERRORS_KEPT - len(self.errors)
        if room > 0:
            self.errors.extend(errors[:room])
        if len(self.bad_rows) < MAX_ERRORS_KEPT:
            message = "; ".join(_described(e) for e in errors)
            self.bad_rows.append(ErrorRow(raw.number, raw.cells, message))
        self.show(PreviewRow(raw.number, "error", {"errors": tuple(errors)}))


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector less often while rows pass: an import allocates millions of
    short-lived objects, each full collection walks the whole heap (the match index alone is
    ~100,000 keys per 100,000 contacts), and the rows make no cycles to speak of. Measured:
    ~1.5 s of CPU on a 100,000-row import. Collection stays on (bounded memory), the first
    generation's threshold goes from 700 allocations to 50,000 and back after."""
    saved = gc.get_threshold()
    gc.set_threshold(max(saved[0], 50_000), *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _described(error: RowError) -> str:
    return f"{error.column_name}: {error.message}" if error.column_name else error.message


def _pass(job: Job, applier: Applier, out: Outcome, cancelled: CancelledFn | None) -> None:
    """Read, convert, decide and apply every row, a chunk at a time."""
    with _fewer_collections():
        _rows(job, applier, out, cancelled)


def _rows(job: Job, applier: Applier, out: Outcome, cancelled: CancelledFn | None) -> None:
    index = job.index
    record_type, skip = job.plan.record_type, job.plan.on_match == "skip"
    new: list[Decided] = []
    matched: list[Decided] = []
    ids = IdPool()
    for raw, row in job.results():
        out.rows += 1
        if out.rows == PREVIEW_ROWS:
            out.bound = raw.number
        if type(row) is list:
            out.fail(raw, row)
            continue
        assert isinstance(row, Converted)
        keys = row_keys(record_type, row.values, row.company, index) if index.match_by else []
        hit = index.lookup(keys) if keys else None
        if hit is None:
            problem = applier.check_new(row)
            if problem is not None:
                out.fail(raw, [problem])
                continue
            if row.warnings:
                out.warn(row.warnings)
            record_id = ids.next()
            if keys:
                index.add_created(keys, record_id)
            new.append(Decided(row, record_id))
        else:
            record_id, created = hit
            out.duplicates += created
            if skip:
                out.skipped += 1
                if out.wants(raw.number):
                    out.show(PreviewRow(raw.number, "skip", shown(row), record_id))
                continue
            if row.warnings:
                out.warn(row.warnings)
            matched.append(Decided(row, record_id, True, created))
            if len(out.updated_ids) < CHANGE_IDS and not created:
                out.updated_ids.append(record_id)
        if len(new) + len(matched) >= CHUNK_ROWS:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            applier.apply(new, matched)
            new, matched = [], []
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    applier.apply(new, matched)
    applier.runner.wait()


def _counts(out: Outcome, applier: Applier) -> ImportCounts:
    created = applier.linker.created
    return ImportCounts(
        rows=out.rows,
        new=applier.new,
        updated=applier.updated,
        unchanged=applier.unchanged,
        skipped=out.skipped,
        errors=out.error_rows,
        duplicates=out.duplicates,
        companies_created=created.get("company", 0),
        contacts_created=created.get("contact", 0),
        tags_created=created.get("tag", 0),
        warnings=out.warned_rows,
    )


# ----- the preview ------------------------------------------------------------------------------


def analyze(
    crm: Crm,
    plan: ImportPlan,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    parallel: bool | None = None,
) -> ImportPreview:
    """What importing ``plan`` would do; nothing is written. Raises ImportFileError (the file
    cannot be read), ValidationError (the plan cannot work), ImportCancelled.

    ``parallel``: read and convert rows in a worker process (None: when the file is large)."""
    out = Outcome()
    with read_connection(crm.ctx.engine) as conn:
        job = prepare(conn, plan, progress, cancelled, parallel)
        try:
            applier = Applier(job, conn, None, utcnow(), crm.ctx.user_id, out)
            _pass(job, applier, out, cancelled)
        finally:
            job.close()
    rows = sorted(out.preview, key=lambda r: r.row_number)[:PREVIEW_ROWS]
    return ImportPreview(
        plan=job.plan,
        column_names=job.names,
        counts=_counts(out, applier),
        rows=tuple(rows),
        errors=tuple(out.errors),
        error_rows=tuple(out.bad_rows),
        error_total=out.error_total,
        date_warnings=tuple(job.sampled.warnings),
        date_order=job.sampled.date_order,
        warnings=tuple(out.warnings),
    )


# ----- the import -------------------------------------------------------------------------------


class _NothingImported(Exception):
    """Raised inside the transaction to roll it back when no row could be imported."""


def run_import(
    crm: Crm,
    plan: ImportPlan,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    backup: bool = True,
    parallel: bool | None = None,
) -> ImportResult:
    """Import ``plan`` in one transaction; see the module docstring. When no row could be
    imported nothing is written and ``batch_id`` is empty. ``parallel``: as for ``analyze``."""
    started = time.perf_counter()
    backup_path = None
    if backup and crm.db_path is not None and crm.backup_dir is not None:
        backup_path = crm.maintenance.backup(reason="import").path
    ctx = crm.ctx
    out = Outcome(collect=False)
    description = f"import {_kind(plan.record_type)}"
    counts = ImportCounts()
    try:
        with ctx.write(description, kind="import") as w:
            conn = w.session.connection()
            with (
                _big_cache(conn),
                closing(prepare(conn, plan, progress, cancelled, parallel)) as job,
            ):
                batch_id = new_id()
                _add_batch(conn, batch_id, job.plan, w.changeset_id, w.now)
                _create_custom_fields(conn, ctx, w.changeset_id, w.now, batch_id, job)
                with bulk_indexing(conn) as index, Runner(threaded=THREADED) as runner:
                    writer = BatchWriter(
                        conn, ctx.clock, w.changeset_id, w.now, ctx.user_id, batch_id, runner
                    )
                    applier = Applier(job, conn, writer, w.now, ctx.user_id, out, index, runner)
                    _pass(job, applier, out, cancelled)
                counts = _counts(out, applier)
                if counts.imported == 0:
                    raise _NothingImported()
                created = dict(writer.created)
                for entity, count in applier.updater.created().items():
                    created[entity] = created.get(entity, 0) + count
                _finish_batch(conn, batch_id, counts, created)
            change = _change(w.changeset_id, description, job, writer, out)
    except _NothingImported:
        return ImportResult(
            "",
            counts,
            tuple(out.errors),
            out.error_total,
            Change("", description),
            backup_path,
            time.perf_counter() - started,
            tuple(out.warnings),
        )
    return ImportResult(
        batch_id,
        counts,
        tuple(out.errors),
        out.error_total,
        change,
        backup_path,
        time.perf_counter() - started,
        tuple(out.warnings),
    )


def _kind(record_type: str) -> str:
    aliases = {"contacts": "contact", "companies": "company", "deals": "deal", "tasks": "task"}
    return aliases.get(record_type, record_type)


class _big_cache:
    """A larger SQLite page cache while importing (restored after): index pages stay cached."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.saved: int | None = None

    def __enter__(self) -> None:
        if self.conn.dialect.name == "sqlite":
            self.saved = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
            if self.saved > -CACHE_KIB:
                self.conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={self.saved}")


def _add_batch(
    conn: Connection, batch_id: str, plan: ImportPlan, changeset_id: str, now: Any
) -> None:
    conn.execute(
        sa.insert(table(ImportBatchRecord)).values(
            id=batch_id,
            file_name=plan.display_name,
            record_type=plan.record_type,
            changeset_id=changeset_id,
            counts={},
            created_at=now,
            updated_at=now,
        )
    )


def _finish_batch(
    conn: Connection, batch_id: str, counts: ImportCounts, created: dict[str, int]
) -> None:
    batches = table(ImportBatchRecord)
    conn.execute(
        sa.update(batches)
        .where(batches.c.id == batch_id)
        .values(counts={**counts.as_dict(), "created": dict(created)})
    )


def _create_custom_fields(
    conn: Connection, ctx: Any, changeset_id: str, now: Any, batch_id: str, job: Job
) -> None:
    if not job.custom.new:
        return
    writer = BatchWriter(conn, ctx.clock, changeset_id, now, ctx.user_id, batch_id)
    start = len(job.custom.labels) - len(job.custom.new)
    rows = [
        {
            "id": new_id(),
            "record_type": job.plan.record_type,
            "key": key,
            "label": item.label,
            "field_type": item.field_type,
            "options": list(item.options),
            "position": start + i,
            "created_at": writer.now,
            "updated_at": writer.now,
        }
        for i, (item, key) in enumerate(job.custom.new)
    ]
    logged = [
        {k: r[k] for k in ("record_type", "key", "label", "field_type", "options", "position")}
        for r in rows
    ]
    writer.insert("custom_field", rows, logged)
    writer.flush()


def _change(
    changeset_id: str, description: str, job: Job, writer: BatchWriter, out: Outcome
) -> Change:
    """The views refresh by record type (``(type, "")``) and by the records updated."""
    entities = {(entity, "") for entity in writer.created}
    entities.add((job.plan.record_type, ""))
    entities.update((job.plan.record_type, i) for i in out.updated_ids)
    return Change(changeset_id, description, frozenset(entities))


__all__ = ["CHUNK_ROWS", "analyze", "run_import", "write_error_rows"]
