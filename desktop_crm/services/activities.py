"""Activities (calls, meetings, emails, notes…) and each record's timeline."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.enums import ActivityKind
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import FIELDS_BY_TYPE, FieldSpec, Kind, decode, validate
from desktop_crm.domain.records import Change, TimelineEntry
from desktop_crm.services.writer import Context, Writer
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    ActivityRecord,
    ChangesetRecord,
    CompanyRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    DealTagRecord,
    FieldChangeRecord,
    ImportBatchRecord,
    StageRecord,
    TagRecord,
    UserRecord,
)
from desktop_crm.store.types import utcnow

_CONTACTING = {
    ActivityKind.CALL,
    ActivityKind.EMAIL,
    ActivityKind.MEETING,
    ActivityKind.DEMO,
    ActivityKind.MESSAGE,
}
_SUBJECT = FieldSpec("subject", Kind.TEXT, max_length=500)
_BODY = FieldSpec("body", Kind.LONG_TEXT, max_length=10_000)
_OUTCOME = FieldSpec("outcome", Kind.TEXT)
_OCCURRED = FieldSpec("occurred_at", Kind.DATETIME)
_HIDDEN_FIELDS = {
    "last_contacted_at",
    "updated_at",
    "sort_name",
    "stage_entered_at",
    "position",
    "pipeline_id",
    "closed_at",
}


class ActivityService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def log(
        self,
        kind: str,
        *,
        subject: str | None = None,
        body: str | None = None,
        occurred_at: datetime | None = None,
        duration_minutes: int | None = None,
        outcome: str | None = None,
        contact_id: str | None = None,
        company_id: str | None = None,
        deal_id: str | None = None,
    ) -> Change:
        try:
            activity_kind = ActivityKind(kind)
        except ValueError:
            raise ValidationError("kind", f"Unknown activity kind {kind!r}") from None
        if not (contact_id or company_id or deal_id):
            raise ValidationError("contact_id", "An activity belongs to a contact, company or deal")
        if duration_minutes is not None and not 0 <= duration_minutes <= 24 * 60:
            raise ValidationError(
                "duration_minutes", "Duration must be 0 to 1440 minutes", code="range"
            )
        # a naive time (QDateTime.toPython()) is UTC, as everywhere in the store
        when = validate(_OCCURRED, occurred_at) or utcnow()
        values: dict[str, Any] = {
            "kind": activity_kind.value,
            "subject": validate(_SUBJECT, subject),
            "body": validate(_BODY, body),
            "outcome": validate(_OUTCOME, outcome),
            "occurred_at": when,
            "duration_minutes": duration_minutes,
            "contact_id": contact_id,
            "company_id": company_id,
            "deal_id": deal_id,
            "user_id": self.ctx.user_id,
        }
        record = (
            ("contact", contact_id)
            if contact_id
            else (("company", company_id) if company_id else ("deal", str(deal_id)))
        )
        with self.ctx.write(f"log activity.{activity_kind.value}") as w:
            if contact_id:
                contact = w.get("contact", contact_id)
                if contact.deleted_at is not None:
                    raise ValidationError("contact_id", "The contact was deleted", code="deleted")
                if company_id is None and contact.company_id:
                    values["company_id"] = contact.company_id
                last = contact.last_contacted_at
                if activity_kind in _CONTACTING and (last is None or when > last):
                    w.set("contact", contact_id, "last_contacted_at", when)
            _check_live(w, company=company_id, deal=deal_id)
            w.create("activity", {k: v for k, v in values.items() if v is not None}, record=record)
        return w.change()

    def delete(self, activity_id: str) -> Change:
        with self.ctx.write("delete activity") as w:
            act = w.get("activity", activity_id)
            record = ("contact", act.contact_id) if act.contact_id else ("company", act.company_id)
            w.set("activity", activity_id, "deleted_at", w.now, record=record)
        return w.change()

    def timeline(self, record_type: str, record_id: str, limit: int = 300) -> list[TimelineEntry]:
        """Activities and recorded changes of a record, newest first."""
        a, user = ActivityRecord, UserRecord
        if record_type == "company":
            contact_ids = sa.select(ContactRecord.id).where(ContactRecord.company_id == record_id)
            act_where = sa.or_(a.company_id == record_id, a.contact_id.in_(contact_ids))
        else:
            act_where = getattr(a, f"{record_type}_id") == record_id
        with read_connection(self.ctx.engine) as conn:
            # the history of records merged into this one is part of its timeline
            ids = [record_id]
            if record_type in ("contact", "company"):
                from desktop_crm.services.merge import merged_ids

                ids += merged_ids(conn, record_type, record_id)
            acts = conn.execute(
                sa.select(
                    a.id,
                    a.occurred_at,
                    a.kind,
                    a.subject,
                    a.body,
                    a.duration_minutes,
                    a.outcome,
                    user.name,
                )
                .outerjoin(user, user.id == a.user_id)
                .where(act_where, a.deleted_at.is_(None))
                .order_by(a.occurred_at.desc())
                .limit(limit)
            ).all()
            changes = _change_rows(conn, ids, limit)
            link_tags = _link_tags(conn, record_type, record_id)
            names = _names(conn, changes)
            if len(ids) > 1:
                names.update(_record_names(conn, record_type, ids[1:]))
        entries = [
            TimelineEntry(
                at=r[1],
                kind="activity",
                user_name=r[7],
                activity_kind=r[2],
                subject=r[3],
                body=r[4],
                duration_minutes=r[5],
                outcome=r[6],
                activity_id=r[0],
            )
            for r in acts
        ]
        for at, entity, op, name, old, new, user_name, entity_id, cs_kind, file in changes:
            merged_in = entity == record_type and entity_id != record_id
            if merged_in and op == "create":
                continue  # the merged record's own creation: its merge says it
            tag = link_tags.get(entity_id)
            entry = _change_entry(at, entity, op, name, old, new, user_name, tag, names)
            if merged_in and name == "deleted_at" and entry is not None:
                entry = TimelineEntry(at, "merged", user_name, new_value=names.get(entity_id))
            if op == "create" and entity != record_type and not entity.endswith("_tag"):
                entry = _part_entry(entity, new, at, user_name, names)
            if entry is not None and file is not None:
                entry = replace(entry, import_file=file, import_undo=cs_kind != "import")
            if entry is not None:
                entries.append(entry)
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries[:limit]


def _change_rows(conn: Any, ids: list[str], limit: int) -> Any:
    """The newest change-log rows of the records ``ids``: (at, entity, op, field, old, new,
    user name, entity id, changeset kind, imported file name or None)."""
    fc, user, cs = FieldChangeRecord, UserRecord, ChangesetRecord
    # an import's changes, and those of its undo (a changeset reverting the import's), name the
    # file; import batches are few and have no index on changeset_id: one materialized pass
    # that SQLite indexes on the fly, rather than a scan of the table for every change row
    batch = (
        sa.select(ImportBatchRecord.changeset_id, ImportBatchRecord.file_name)
        .cte("batch")
        .prefix_with("MATERIALIZED")
    )
    return conn.execute(
        sa.select(
            fc.at,
            fc.entity,
            fc.op,
            fc.field,
            fc.old_value,
            fc.new_value,
            user.name,
            fc.entity_id,
            cs.kind,
            batch.c.file_name,
        )
        .outerjoin(user, user.id == fc.user_id)
        .outerjoin(cs, cs.id == fc.changeset_id)
        .outerjoin(
            batch,
            batch.c.changeset_id == sa.case((cs.kind == "import", cs.id), else_=cs.reverts_id),
        )
        .where(fc.record_id.in_(ids), fc.entity != "activity")
        .order_by(fc.at.desc(), fc.id.desc())
        .limit(limit)
    ).all()


def _check_live(w: Writer, **refs: str | None) -> None:
    """The company or deal an activity is logged on exists and is not deleted."""
    for entity, ref in refs.items():
        if ref is not None and w.get(entity, ref).deleted_at is not None:
            raise ValidationError(f"{entity}_id", f"The {entity} was deleted", code="deleted")


def _link_tags(conn: Any, record_type: str, record_id: str) -> dict[str, str]:
    """Tag link id -> tag name for the record's tag links (live or removed)."""
    if record_type == "contact":
        rows = conn.execute(
            sa.select(ContactTagRecord.id, TagRecord.name)
            .join(TagRecord, TagRecord.id == ContactTagRecord.tag_id)
            .where(ContactTagRecord.contact_id == record_id)
        ).all()
    elif record_type == "deal":
        rows = conn.execute(
            sa.select(DealTagRecord.id, TagRecord.name)
            .join(TagRecord, TagRecord.id == DealTagRecord.tag_id)
            .where(DealTagRecord.deal_id == record_id)
        ).all()
    elif record_type == "company":
        rows = conn.execute(
            sa.select(CompanyTagRecord.id, TagRecord.name)
            .join(TagRecord, TagRecord.id == CompanyTagRecord.tag_id)
            .where(CompanyTagRecord.company_id == record_id)
        ).all()
    else:
        rows = []
    return {r[0]: r[1] for r in rows}


def _change_entry(
    at: datetime,
    entity: str,
    op: str,
    name: str,
    old: str | None,
    new: str | None,
    user_name: str | None,
    tag: str | None,
    names: dict[str, str] | None = None,
) -> TimelineEntry | None:
    if entity.endswith("_tag"):
        removed = op == "set" and new not in (None, "null")
        kind = "tag_removed" if removed else "tag_added"
        return TimelineEntry(at, kind, user_name, new_value=tag)
    if op == "create":
        return TimelineEntry(at, "created", user_name)
    if name == "deleted_at":
        return TimelineEntry(at, "deleted" if new and new != "null" else "restored", user_name)
    if name in _HIDDEN_FIELDS:
        return None
    if name == "stage_id":  # a move between stages, by stage name
        old_name = (names or {}).get(json.loads(old) if old else "")
        new_name = (names or {}).get(json.loads(new) if new else "")
        return TimelineEntry(
            at, "change", user_name, field="stage", old_value=old_name, new_value=new_name
        )
    spec = FIELDS_BY_TYPE.get(entity, {}).get(name) or FieldSpec(name, Kind.TEXT)
    try:
        old_v, new_v = decode(spec, old), decode(spec, new)
    except (ValueError, TypeError):
        old_v, new_v = old, new
    return TimelineEntry(at, "change", user_name, field=name, old_value=old_v, new_value=new_v)


def _record_names(conn: Any, record_type: str, ids: list[str]) -> dict[str, str]:
    if record_type == "company":
        rows = conn.execute(
            sa.select(CompanyRecord.id, CompanyRecord.name).where(CompanyRecord.id.in_(ids))
        ).all()
        return {r[0]: r[1] for r in rows}
    c = ContactRecord
    rows = conn.execute(sa.select(c.id, c.first_name, c.last_name).where(c.id.in_(ids))).all()
    return {r[0]: " ".join(p for p in (r[1], r[2]) if p) for r in rows}


def _names(conn: Any, changes: Any) -> dict[str, str]:
    """Names of the stages and contacts that the changes refer to (one query each)."""
    stage_ids: set[str] = set()
    contact_ids: set[str] = set()
    for _at, entity, op, name, old, new, _user, _eid, _kind, _file in changes:
        if name == "stage_id":
            stage_ids.update(json.loads(v) for v in (old, new) if v and v != "null")
        if op == "create" and entity == "deal_contact" and new:
            contact_ids.add(json.loads(new).get("contact_id", ""))
    out: dict[str, str] = {}
    if stage_ids:
        rows = conn.execute(
            sa.select(StageRecord.id, StageRecord.name).where(StageRecord.id.in_(stage_ids))
        ).all()
        out.update({r[0]: r[1] for r in rows})
    if contact_ids:
        c = ContactRecord
        rows = conn.execute(
            sa.select(c.id, c.first_name, c.last_name).where(c.id.in_(contact_ids))
        ).all()
        out.update({r[0]: " ".join(p for p in (r[1], r[2]) if p) for r in rows})
    return out


def _part_entry(
    entity: str, new: str | None, at: datetime, user_name: str | None, names: dict[str, str]
) -> TimelineEntry | None:
    """A part added to a record (a deal's line item or contact): shown as a change of that list;
    other records created alongside (stage history rows, automatic tasks) are not shown here."""
    values = json.loads(new) if new else {}
    if entity == "deal_item":
        return TimelineEntry(
            at,
            "change",
            user_name,
            field="deal_items",
            old_value=None,
            new_value=values.get("name"),
        )
    if entity == "deal_contact":
        who = names.get(values.get("contact_id", ""), "")
        role = values.get("role")
        return TimelineEntry(
            at,
            "change",
            user_name,
            field="deal_contacts",
            old_value=None,
            new_value=f"{who} ({role})" if role else who,
        )
    return None
