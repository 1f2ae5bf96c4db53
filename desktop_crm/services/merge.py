"""Merging two or more contacts (or companies) into one, as one undoable changeset.

``merge_records(crm, "contact", keep_id, other_ids, choices)``:

1. a verified backup first (``backup_before_merge``: at most one per ``BACKUP_INTERVAL``, see
   there why);
2. in one write transaction (``ctx.write("merge contact", kind="merge")``):
   - the kept record gets each field's merged value (``merge_values``: the user's choice, else
     its own value, else the first non-empty one of the others; emails and phones combined);
   - every link of the others moves to it (``merge_links``): activities, tasks, service
     requests, deal links (no deal linked twice), tags, campaign memberships; for companies
     also their contacts and deals;
   - the others are soft-deleted; their deletion is logged on the *kept* record's timeline
     (``record=(type, keep_id)``), which is how ``merged_ids`` finds them later.

Undo is the generic revert of that changeset (``history.py``): every field of every row goes
back, nothing is left behind (no row is created by a merge, only changed).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

import sqlalchemy as sa

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import FIELDS_BY_TYPE, Kind, validate
from desktop_crm.domain.records import BackupInfo, Change
from desktop_crm.services.merge_links import move_links
from desktop_crm.services.merge_values import COMBINED, default_value, field_names
from desktop_crm.services.writer import Writer, read_field
from desktop_crm.store.models import ENTITY_MODELS, FieldChangeRecord

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

__all__ = [
    "BACKUP_INTERVAL",
    "backup_before_merge",
    "merge_records",
    "merged_ids",
]

#: a merge backs the database up unless a merge backup was made this recently
BACKUP_INTERVAL: Final = timedelta(minutes=10)
_MERGEABLE: Final = ("contact", "company")


def merge_records(
    crm: Crm,
    record_type: str,
    keep_id: str,
    other_ids: Sequence[str],
    choices: Mapping[str, Any] | None = None,
    *,
    region: str | None = "IT",
    backup: bool = True,
) -> Change:
    """Merge ``other_ids`` into ``keep_id``; ``choices``: field name → the value to keep.

    Raises ValidationError (``merge_needs_two``, a chosen value that is not valid, a contact
    left without any name or email) or NotFoundError (a record missing or deleted) before
    anything is written.
    """
    if record_type not in _MERGEABLE:
        raise ValidationError("record_type", f"Cannot merge {record_type!r}")
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise ValidationError("other_ids", "Choose two or more records", code="merge_needs_two")
    service = crm.contacts if record_type == "contact" else crm.companies
    chosen = {name: validate(service.spec(name), value) for name, value in (choices or {}).items()}
    if backup:
        backup_before_merge(crm)
    with crm.ctx.write(f"merge {record_type}", kind="merge") as w:
        keep = _live(w, record_type, keep_id)
        rest = [_live(w, record_type, i) for i in others]
        values = merged_values(record_type, [keep, *rest], chosen, region)
        _check(w, record_type, values, chosen)
        for name, value in values.items():
            w.set(record_type, keep_id, name, value)
        move_links(w, record_type, keep_id, others)
        for other in others:
            w.set(record_type, other, "deleted_at", w.now, record=(record_type, keep_id))
    return w.change()


def merged_values(
    record_type: str, objs: Sequence[Any], chosen: Mapping[str, Any], region: str | None
) -> dict[str, Any]:
    """Every field's value after the merge; ``objs``: the kept record first."""
    names = field_names(record_type, [o.custom or {} for o in objs])
    out: dict[str, Any] = {}
    for name in names:
        if name in chosen:
            out[name] = chosen[name]
            continue
        values = [read_field(record_type, o, name) for o in objs]
        out[name] = default_value(record_type, name, values, region)
    for kind, list_name in COMBINED:
        if kind == record_type and list_name not in chosen:
            spec = FIELDS_BY_TYPE[record_type][list_name]
            out[list_name] = validate(spec, out[list_name])
    return out


def _live(w: Writer, record_type: str, record_id: str) -> Any:
    obj = w.get(record_type, record_id)
    if obj.deleted_at is not None:
        raise NotFoundError(record_type, record_id)
    return obj


def _check(
    w: Writer, record_type: str, values: Mapping[str, Any], chosen: Mapping[str, Any]
) -> None:
    """A chosen link points at a live record; a contact keeps a name or an email."""
    for name in chosen:
        spec = FIELDS_BY_TYPE[record_type].get(name)
        value = values.get(name)
        if spec is None or spec.kind is not Kind.REF or value is None:
            continue
        target = w.session.get(ENTITY_MODELS[spec.ref], value)
        if target is None or target.deleted_at is not None:
            raise ValidationError(name, f"No such {spec.ref}: {value}", code="no_such_ref")
    if record_type == "contact" and not any(
        values.get(f) for f in ("first_name", "last_name", "emails")
    ):
        raise ValidationError(
            "first_name",
            "A contact needs a first name, a last name or an email",
            code="contact_needs_name",
        )


# ----- the merged records' history ------------------------------------------------------------
def merged_ids(conn: Any, record_type: str, record_id: str) -> list[str]:
    """The records merged into ``record_id`` (and into those, and so on) and not since undone or
    restored: whose latest deletion is logged on ``record_id``'s timeline by a merge."""
    fc = FieldChangeRecord
    found: list[str] = []
    queue = [record_id]
    seen = {record_id}
    while queue:
        into = queue.pop(0)
        candidates = conn.execute(
            sa.select(fc.entity_id)
            .where(
                fc.record_id == into,
                fc.entity == record_type,
                fc.entity_id != into,
                fc.field == "deleted_at",
            )
            .distinct()
        ).scalars()
        for candidate in list(candidates):
            if candidate in seen:
                continue
            latest = conn.execute(
                sa.select(fc.record_id, fc.new_value)
                .where(
                    fc.entity == record_type,
                    fc.entity_id == candidate,
                    fc.field == "deleted_at",
                )
                .order_by(fc.id.desc())
                .limit(1)
            ).first()
            if latest is not None and latest[0] == into and _is_set(latest[1]):
                seen.add(candidate)
                found.append(candidate)
                queue.append(candidate)
    return found


def _is_set(logged: str | None) -> bool:
    return logged is not None and json.loads(logged) is not None


# ----- the backup ------------------------------------------------------------------------------
def backup_before_merge(
    crm: Crm, *, now: datetime | None = None, interval: timedelta = BACKUP_INTERVAL
) -> BackupInfo | None:
    """A verified backup (reason ``merge``) unless one was made within ``interval``.

    Why not one per merge: backups rotate (the newest 20 are kept), so a session of merging
    twenty groups would push the backups taken before the last import and schema upgrade out;
    and each costs a full copy plus ``quick_check`` (40 ms for the demo database, seconds for a
    1 GB file). Every merge is undoable; the backup is the way back from a *series* of merges,
    and one from the start of the series serves it. Returns None when skipped or when the
    database is a server's (backed up there).
    """
    maintenance = crm.maintenance
    if maintenance.db_path is None or maintenance.backup_dir is None:
        return None
    moment = now or datetime.now(UTC)
    for info in maintenance.backups():
        if info.reason == "merge" and timedelta(0) <= moment - info.created_at < interval:
            return None
    return maintenance.backup(reason="merge")
