"""Undo and redo, built on the change log.

Reverting a changeset writes a new changeset that puts every field back (a create is reverted by
a soft delete). Redo is the revert of the revert. Before anything is written, each field must
still hold the value the changeset left there; if another window or user changed it since, the
revert is refused with a ConflictError and nothing changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.errors import ConflictError, CrmError
from desktop_crm.domain.fields import encode
from desktop_crm.domain.records import Change, HistoryEntry
from desktop_crm.services.writer import Context, read_field
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import ChangesetRecord, FieldChangeRecord, UserRecord


class HistoryService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def kind_of(self, changeset_id: str) -> str | None:
        with self.ctx.session() as session:
            cs = session.get(ChangesetRecord, changeset_id)
            return cs.kind if cs is not None else None

    def undo_import_changeset(self, changeset_id: str) -> Change:
        """Undo the import batch that ``changeset_id`` wrote (bulk, see importing.batches)."""
        from desktop_crm.services.importing.batches import batch_of_changeset, undo_import_in

        batch_id = batch_of_changeset(self.ctx, changeset_id)
        if batch_id is None:
            raise CrmError("Nothing to undo", code="nothing_to_undo")
        return undo_import_in(self.ctx, batch_id)

    def revert(self, changeset_id: str, *, kind: str = "undo") -> Change:
        with self.ctx.session() as session:
            cs = session.get(ChangesetRecord, changeset_id)
            if cs is None:
                raise CrmError("Nothing to undo", code="nothing_to_undo")
            description = cs.description
        with self.ctx.write(description, kind=kind) as w:
            w.reverts_id = changeset_id
            rows = (
                w.session.execute(
                    sa.select(FieldChangeRecord)
                    .where(FieldChangeRecord.changeset_id == changeset_id)
                    .order_by(FieldChangeRecord.id.desc())
                )
                .scalars()
                .all()
            )
            for row in rows:
                obj = w.get(row.entity, row.entity_id)
                record = (row.record_type, row.record_id)
                if row.op == "create":
                    if obj.deleted_at is not None:
                        raise ConflictError(f"{row.entity} {row.entity_id} is already deleted")
                    w.set(row.entity, row.entity_id, "deleted_at", w.now, record=record)
                    continue
                current = encode(read_field(row.entity, obj, row.field))
                if not _same(current, row.new_value):
                    raise ConflictError(
                        f"{row.field} of {row.entity} was changed since; cannot {kind}",
                        field=row.field,
                    )
                old = _decode_for(row.entity, obj, row.field, row.old_value)
                w.set(row.entity, row.entity_id, row.field, old, record=record)
            return_change = w
        return return_change.change()

    def recent(self, limit: int = 50) -> list[HistoryEntry]:
        cs, user = ChangesetRecord, UserRecord
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(
                sa.select(cs.id, cs.description, cs.created_at, user.name)
                .outerjoin(user, user.id == cs.user_id)
                .order_by(cs.created_at.desc())
                .limit(limit)
            ).all()
        return [HistoryEntry(r[0], r[1], r[2], r[3]) for r in rows]


def _same(current_json: str, logged_json: str | None) -> bool:
    return json.loads(current_json) == (json.loads(logged_json) if logged_json else None)


def _decode_for(entity: str, obj: Any, name: str, text: str | None) -> Any:
    """Turn a logged JSON value back into what the column holds."""
    from desktop_crm.domain.fields import FIELDS_BY_TYPE, FieldSpec, Kind, decode

    if text is None:
        return None
    if name.startswith("custom."):
        return json.loads(text)
    spec = FIELDS_BY_TYPE.get(entity, {}).get(name)
    if spec is None:
        column_type = type(getattr(type(obj), name).type).__name__
        kind = {
            "UtcDateTime": Kind.DATETIME,
            "DateTime": Kind.DATETIME,
            "Date": Kind.DATE,
            "Money": Kind.MONEY,
            "Integer": Kind.INT,
            "Boolean": Kind.BOOL,
        }.get(column_type, Kind.TEXT)
        if name == "deleted_at":
            kind = Kind.DATETIME
        spec = FieldSpec(name, kind)
    if spec.kind in (Kind.INT,):
        return json.loads(text)
    return decode(spec, text)


@dataclass
class UndoStack:
    """The session's undo and redo stacks of changeset ids (across every view)."""

    history: HistoryService
    done: list[tuple[str, str]] = field(default_factory=list)  # (changeset id, description)
    undone: list[tuple[str, str]] = field(default_factory=list)

    def push(self, change: Change) -> None:
        if change.changeset_id:
            self.done.append((change.changeset_id, change.description))
            self.undone.clear()

    def can_undo(self) -> bool:
        return bool(self.done)

    def can_redo(self) -> bool:
        return bool(self.undone)

    def undo_text(self) -> str | None:
        return self.done[-1][1] if self.done else None

    def redo_text(self) -> str | None:
        return self.undone[-1][1] if self.undone else None

    def undo(self) -> Change:
        if not self.done:
            raise CrmError("Nothing to undo", code="nothing_to_undo")
        changeset_id, description = self.done[-1]
        if self.history.kind_of(changeset_id) == "import":
            # a whole import batch: undone in bulk, and not redone (import the file again)
            change = self.history.undo_import_changeset(changeset_id)
            self.done.pop()
            self.undone.clear()
            return change
        change = self.history.revert(changeset_id, kind="undo")
        self.done.pop()
        self.undone.append((change.changeset_id, description))
        return change

    def redo(self) -> Change:
        if not self.undone:
            raise CrmError("Nothing to redo", code="nothing_to_redo")
        changeset_id, description = self.undone[-1]
        change = self.history.revert(changeset_id, kind="redo")
        self.undone.pop()
        self.done.append((change.changeset_id, description))
        return change
