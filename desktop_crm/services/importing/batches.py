"""The import history and "Undo import" of a whole batch, at any size, in one transaction.

Undo reads the batch's own rows (``import_records``), never the change log:
- every record the batch created (contacts, companies, deals, tags, tag links, stage entries,
  custom fields …) is soft-deleted with one ``UPDATE … WHERE id IN (SELECT …)`` per kind — still
  restorable from the deleted records, like any delete;
- every field the batch changed in an existing record is put back to its value before the
  import, **unless it was changed since**: such a field keeps its newer value (nothing the user
  entered after the import is lost) and is counted in ``ImportUndo.kept``;
- it is logged as one changeset (``kind="undo"``, reverting the import's), and the batch is
  marked undone (a second undo is refused with ConflictError ``already_undone``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.errors import ConflictError, NotFoundError
from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE, FieldSpec, Kind, decode, encode
from desktop_crm.domain.tasks import TASK_SPECS
from desktop_crm.services.importing.bulk import BATCH_ROWS, BatchWriter, table, table_of
from desktop_crm.services.importing.plan import ImportBatchInfo, ImportUndo
from desktop_crm.services.importing.reader_types import CancelledFn, ImportCancelled, ProgressFn
from desktop_crm.services.writer import Context, sort_key
from desktop_crm.store.bulk_index import BulkIndex, bulk_indexing
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import ChangesetRecord, ImportBatchRecord, UserRecord
from desktop_crm.store.models_import import ImportedRecord

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

# links and parts shown on their parent's timeline: (parent record type, parent column)
_PARENT = {
    "contact_tag": ("contact", "contact_id"),
    "company_tag": ("company", "company_id"),
    "deal_tag": ("deal", "deal_id"),
    "deal_contact": ("deal", "deal_id"),
    "stage_change": ("deal", "deal_id"),
}
_LISTS = ("emails", "phones")
_SEARCHED = ("contact", "company")
CHANGE_IDS = 5000


def import_history(crm: Crm, limit: int = 200) -> list[ImportBatchInfo]:
    """Import batches, newest first."""
    b, cs, u = ImportBatchRecord, ChangesetRecord, UserRecord
    with read_connection(crm.ctx.engine) as conn:
        rows = conn.execute(
            sa.select(b.id, b.file_name, b.record_type, b.created_at, b.counts, b.undone_at, u.name)
            .outerjoin(cs, cs.id == b.changeset_id)
            .outerjoin(u, u.id == cs.user_id)
            .where(b.deleted_at.is_(None))
            .order_by(b.created_at.desc(), b.id.desc())
            .limit(limit)
        ).all()
    return [ImportBatchInfo(r[0], r[1], r[2], r[3], dict(r[4] or {}), r[5], r[6]) for r in rows]


def undo_import(
    crm: Crm,
    batch_id: str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportUndo:
    """Revert a whole import batch (see the module docstring)."""
    return undo_import_in(crm.ctx, batch_id, progress=progress, cancelled=cancelled)


def batch_of_changeset(ctx: Context, changeset_id: str) -> str | None:
    """The import batch an import's changeset wrote (None when it is not an import)."""
    with ctx.session() as s:
        found: str | None = s.execute(
            sa.select(ImportBatchRecord.id).where(ImportBatchRecord.changeset_id == changeset_id)
        ).scalar()
        return found


def undo_import_in(
    ctx: Context,
    batch_id: str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportUndo:
    """``undo_import`` on a service context (the undo stack has no ``Crm``)."""
    with ctx.session() as s:
        batch = s.get(ImportBatchRecord, batch_id)
        if batch is None or batch.deleted_at is not None:
            raise NotFoundError("import_batch", batch_id)
        record_type, reverts = batch.record_type, batch.changeset_id
    description = f"undo import {record_type}"
    with ctx.write(description, kind="undo") as w:
        w.reverts_id = reverts
        conn = w.session.connection()
        undone = conn.execute(
            sa.select(ImportBatchRecord.undone_at).where(ImportBatchRecord.id == batch_id)
        ).scalar()
        if undone is not None:
            raise ConflictError("This import was undone already", code="already_undone")
        writer = BatchWriter(conn, ctx.clock, w.changeset_id, w.now, ctx.user_id)
        with bulk_indexing(conn) as index:
            undo = _Undo(conn, writer, batch_id, progress, cancelled, index)
            removed = undo.remove_created()
            restored, kept = undo.restore_updated()
            writer.flush()
        batches = table(ImportBatchRecord)
        counts = dict(
            conn.execute(sa.select(batches.c.counts).where(batches.c.id == batch_id)).scalar() or {}
        )
        counts["undo"] = {"removed": removed, "restored": restored, "kept": kept}
        conn.execute(
            sa.update(batches)
            .where(batches.c.id == batch_id)
            .values(undone_at=w.now, updated_at=w.now, counts=counts)
        )
        entities = {(kind, "") for kind in undo.kinds} | {(record_type, "")}
        entities.update(undo.ids[:CHANGE_IDS])
        changeset_id = w.changeset_id
    return ImportUndo(changeset_id, description, frozenset(entities), None, removed, restored, kept)


class _Undo:
    def __init__(
        self,
        conn: Connection,
        writer: BatchWriter,
        batch_id: str,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
        index: BulkIndex,
    ) -> None:
        self.conn = conn
        self.index = index
        self.writer = writer
        self.batch_id = batch_id
        self.progress = progress
        self.cancelled = cancelled
        self.kinds: set[str] = set()
        self.ids: list[tuple[str, str]] = []
        ir = ImportedRecord
        self.total = int(
            conn.execute(sa.select(sa.func.count()).where(ir.batch_id == batch_id)).scalar() or 0
        )
        self.done = 0

    def _step(self, count: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)

    # ----- created records -----------------------------------------------------------------
    def remove_created(self) -> int:
        ir = ImportedRecord
        entities = (
            self.conn.execute(
                sa.select(ir.entity)
                .where(ir.batch_id == self.batch_id, ir.action == "create")
                .group_by(ir.entity)
            )
            .scalars()
            .all()
        )
        return sum(self._remove(entity) for entity in entities)

    def _remove(self, entity: str) -> int:
        ir = ImportedRecord
        table = table_of(entity)
        created = (
            sa.select(ir.entity_id)
            .where(ir.batch_id == self.batch_id, ir.entity == entity, ir.action == "create")
            .scalar_subquery()
        )
        parent = _PARENT.get(entity)
        columns = [table.c.id] + ([table.c[parent[1]]] if parent else [])
        live = self.conn.execute(
            sa.select(*columns).where(table.c.id.in_(created), table.c.deleted_at.is_(None))
        ).all()
        if not live:
            return 0
        self.kinds.add(parent[0] if parent else entity)
        self.conn.execute(
            sa.update(table)
            .where(table.c.id.in_(created), table.c.deleted_at.is_(None))
            .values(deleted_at=self.writer.now, updated_at=self.writer.now)
        )
        if entity in _SEARCHED:  # out of the search index, in one statement per table
            self.index.refresh_where(
                entity,
                "SELECT entity_id FROM import_records WHERE batch_id = ? AND entity = ?"
                " AND action = 'create'",
                (self.batch_id, entity),
            )
        now_text = encode(self.writer.now)
        for start in range(0, len(live), BATCH_ROWS):
            part = live[start : start + BATCH_ROWS]
            records = [(parent[0], r[1]) if parent else (entity, r[0]) for r in part]
            self.writer.log_same(
                entity,
                "deleted_at",
                None,
                now_text,
                [(r[0], record) for r, record in zip(part, records, strict=True)],
            )
            self._step(len(part))
            if not parent:
                self.ids.extend(records[: max(0, CHANGE_IDS - len(self.ids))])
        return len(live)

    # ----- updated records -----------------------------------------------------------------
    def restore_updated(self) -> tuple[int, int]:
        restored = kept = 0
        for entity, chunk in self._updated_chunks():
            done, left = self._restore(entity, chunk)
            restored += done
            kept += left
            self._step(len(chunk))
        return restored, kept

    def _updated_chunks(
        self,
    ) -> Iterator[tuple[str, dict[str, tuple[dict[str, Any], dict[str, Any]]]]]:
        """Per entity, chunks of record id -> (field -> value before the batch, field -> value
        the batch left), folded over the batch's rows of each record in order."""
        ir = ImportedRecord
        rows = self.conn.execute(
            sa.select(ir.entity, ir.entity_id, ir.old_values, ir.new_values)
            .where(ir.batch_id == self.batch_id, ir.action == "update")
            .order_by(ir.entity, ir.entity_id, ir.seq)
        )
        entity_now: str | None = None
        chunk: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for entity, entity_id, old_text, new_text in rows:
            if entity != entity_now and chunk:
                assert entity_now is not None
                yield entity_now, chunk
                chunk = {}
            entity_now = entity
            before, after = chunk.setdefault(entity_id, ({}, {}))
            for name, value in json.loads(old_text or "{}").items():
                before.setdefault(name, value)
            after.update(json.loads(new_text or "{}"))
            if len(chunk) >= BATCH_ROWS:
                yield entity, chunk
                chunk = {}
        if chunk and entity_now is not None:
            yield entity_now, chunk

    def _restore(
        self, entity: str, chunk: dict[str, tuple[dict[str, Any], dict[str, Any]]]
    ) -> tuple[int, int]:
        table = table_of(entity)
        current = {
            row["id"]: dict(row)
            for row in self.conn.execute(
                sa.select(table).where(table.c.id.in_(list(chunk)))
            ).mappings()
        }
        restored = kept = 0
        updates: list[tuple[str, dict[str, Any]]] = []
        for record_id, (before, after) in chunk.items():
            row = current.get(record_id)
            if row is None:
                continue
            columns: dict[str, Any] = {}
            custom = dict(row.get("custom") or {})
            for name, old_text in before.items():
                now_text = encode(_read(row, name))
                if not _same(now_text, after.get(name)):
                    kept += 1
                    continue
                value = _decode(entity, name, old_text)
                self.writer.add_log(
                    entity, record_id, (entity, record_id), "set", name, now_text, old_text
                )
                restored += 1
                if name.startswith(CUSTOM_PREFIX):
                    key = name[len(CUSTOM_PREFIX) :]
                    if value is None:
                        custom.pop(key, None)
                    else:
                        custom[key] = value
                    columns["custom"] = custom
                else:
                    if name in _LISTS:  # emails/phones: one per line; none is NULL
                        value = "\n".join(value) if value else None
                    columns[name] = value
                    row[name] = columns[name]
            if columns:
                _derive(entity, row, columns)
                columns["updated_at"] = self.writer.now
                updates.append((record_id, columns))
                if len(self.ids) < CHANGE_IDS:
                    self.ids.append((entity, record_id))
        if updates:
            self.kinds.add(entity)
            self.writer.update(entity, updates)
            if entity in _SEARCHED:
                self.index.refresh_later(entity, [record_id for record_id, _ in updates])
        self.writer.flush()
        return restored, kept


def _read(row: dict[str, Any], name: str) -> Any:
    if name.startswith(CUSTOM_PREFIX):
        return (row.get("custom") or {}).get(name[len(CUSTOM_PREFIX) :])
    value = row.get(name)
    if name in _LISTS:
        return tuple(value.split("\n")) if value else ()
    return value


def _same(current: str, logged: str | None) -> bool:
    if current == logged:
        return True
    return json.loads(current) == (json.loads(logged) if logged else None)


def _decode(entity: str, name: str, text: str | None) -> Any:
    """A logged value back into what the column (or the custom JSON) holds."""
    if text is None:
        return None
    if name.startswith(CUSTOM_PREFIX):
        return json.loads(text)
    specs = TASK_SPECS if entity == "task" else FIELDS_BY_TYPE.get(entity, {})
    spec = specs.get(name) or FieldSpec(name, Kind.TEXT)
    if spec.kind is Kind.INT:
        return json.loads(text)
    return decode(spec, text)


def _derive(entity: str, row: dict[str, Any], columns: dict[str, Any]) -> None:
    if entity == "contact" and {"first_name", "last_name", "emails"} & columns.keys():
        emails = (row.get("emails") or "").split("\n")
        columns["sort_name"] = sort_key(row.get("last_name"), row.get("first_name")) or sort_key(
            emails[0]
        )
    elif entity == "company" and "name" in columns:
        columns["sort_name"] = sort_key(row.get("name"))


__all__ = ["import_history", "undo_import"]
