"""Contacts and companies: create, edit field by field, tag, soft delete and restore.

Every public method that changes data is one transaction and returns a ``Change`` whose
``description`` is a key the UI translates: ``"<verb> <record type>[.<field>]"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import (
    CUSTOM_PREFIX,
    FIELDS_BY_TYPE,
    FieldSpec,
    Kind,
    custom_spec,
    validate,
)
from desktop_crm.domain.records import Change, LinkedContact, RecordDetail, Tag
from desktop_crm.services.writer import _MISSING, Context, Writer, from_column, read_field
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    ENTITY_MODELS,
    CompanyRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    CustomFieldRecord,
    TagRecord,
    UserRecord,
)

_TAG_LINK: dict[str, tuple[Any, str, str]] = {
    "contact": (ContactTagRecord, "contact_tag", "contact_id"),
    "company": (CompanyTagRecord, "company_tag", "company_id"),
}


class RecordService:
    """Shared behaviour of contacts and companies; ``record_type`` picks which."""

    def __init__(self, ctx: Context, record_type: str) -> None:
        self.ctx = ctx
        self.record_type = record_type
        self.model = ENTITY_MODELS[record_type]
        self.fields = FIELDS_BY_TYPE[record_type]

    # ----- field specs -------------------------------------------------------------------
    def spec(self, name: str, conn: Any = None) -> FieldSpec:
        if name in self.fields:
            return self.fields[name]
        if name.startswith(CUSTOM_PREFIX):
            key = name[len(CUSTOM_PREFIX) :]
            with read_connection(self.ctx.engine) as c:
                row = c.execute(
                    sa.select(CustomFieldRecord.field_type, CustomFieldRecord.options).where(
                        CustomFieldRecord.record_type == self.record_type,
                        CustomFieldRecord.key == key,
                        CustomFieldRecord.deleted_at.is_(None),
                    )
                ).first()
            if row is not None:
                return custom_spec(key, CustomFieldType(row[0]), tuple(row[1] or ()))
        raise ValidationError(name, f"Unknown field {name!r}", code="unknown_field")

    # ----- changes -----------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        # a required field left out is as missing as one left empty (company name)
        missing = {f.name: None for f in self.fields.values() if f.required}
        clean = {name: validate(self.spec(name), v) for name, v in {**missing, **values}.items()}
        custom = {k: v for k, v in clean.items() if k.startswith(CUSTOM_PREFIX)}
        plain = {k: v for k, v in clean.items() if not k.startswith(CUSTOM_PREFIX)}
        with self.ctx.write(f"create {self.record_type}") as w:
            self._check_refs(w, plain)
            self._check_whole(plain)
            if self.ctx.user_id and "owner_id" not in plain:
                plain["owner_id"] = self.ctx.user_id
            obj = w.create(
                self.record_type, {k: v for k, v in plain.items() if v not in (None, ())}
            )
            for name, value in custom.items():
                w.set(self.record_type, obj.id, name, value)
        return w.change()

    def update(self, record_id: str, name: str, value: Any, expected: Any = _MISSING) -> Change:
        clean = validate(self.spec(name), value)
        with self.ctx.write(f"edit {self.record_type}.{name}") as w:
            obj = self._live(w, record_id)
            self._check_refs(w, {name: clean})
            after = {f: read_field(self.record_type, obj, f) for f in self.fields}
            after[name] = clean
            self._check_whole(after)
            w.set(self.record_type, record_id, name, clean, expected=expected)
        return w.change()

    def update_many(self, record_id: str, values: Mapping[str, Any]) -> Change:
        clean = {name: validate(self.spec(name), v) for name, v in values.items()}
        with self.ctx.write(f"edit {self.record_type}") as w:
            obj = self._live(w, record_id)
            self._check_refs(w, clean)
            after = {f: read_field(self.record_type, obj, f) for f in self.fields}
            after.update(clean)
            self._check_whole(after)
            for name, value in clean.items():
                w.set(self.record_type, record_id, name, value)
        return w.change()

    def delete(self, record_ids: Iterable[str]) -> Change:
        with self.ctx.write(f"delete {self.record_type}") as w:
            for record_id in record_ids:
                self._live(w, record_id)
                w.set(self.record_type, record_id, "deleted_at", w.now)
        return w.change()

    def restore(self, record_ids: Iterable[str]) -> Change:
        with self.ctx.write(f"restore {self.record_type}") as w:
            for record_id in record_ids:
                w.get(self.record_type, record_id)
                w.set(self.record_type, record_id, "deleted_at", None)
        return w.change()

    def add_tag(self, record_id: str, name: str) -> Change:
        tag_name = validate(FieldSpec("tag", Kind.TEXT, max_length=100, required=True), name)
        link_model, link_entity, link_col = _TAG_LINK[self.record_type]
        with self.ctx.write(f"tag {self.record_type}") as w:
            self._live(w, record_id)
            tag_id = _tag_id(w, tag_name)
            link = (
                w.session.execute(
                    sa.select(link_model).where(
                        getattr(link_model, link_col) == record_id, link_model.tag_id == tag_id
                    )
                )
                .scalars()
                .first()
            )
            record = (self.record_type, record_id)
            if link is None:
                w.create(link_entity, {link_col: record_id, "tag_id": tag_id}, record=record)
            elif link.deleted_at is not None:
                w.set(link_entity, link.id, "deleted_at", None, record=record)
        return w.change()

    def remove_tag(self, record_id: str, tag_id: str) -> Change:
        link_model, link_entity, link_col = _TAG_LINK[self.record_type]
        with self.ctx.write(f"untag {self.record_type}") as w:
            links = (
                w.session.execute(
                    sa.select(link_model).where(
                        getattr(link_model, link_col) == record_id,
                        link_model.tag_id == tag_id,
                        link_model.deleted_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
            for link in links:
                w.set(
                    link_entity, link.id, "deleted_at", w.now, record=(self.record_type, record_id)
                )
        return w.change()

    # ----- reads -------------------------------------------------------------------------
    def get(self, record_id: str) -> RecordDetail:
        with self.ctx.session() as s:
            obj = s.get(self.model, record_id)
            if obj is None:
                raise NotFoundError(self.record_type, record_id)
            values = {name: read_field(self.record_type, obj, name) for name in self.fields}
            owner = s.get(UserRecord, obj.owner_id) if obj.owner_id else None
            company_name = None
            contacts: tuple[LinkedContact, ...] = ()
            if self.record_type == "contact" and obj.company_id:
                company = s.get(CompanyRecord, obj.company_id)
                company_name = company.name if company else None
            if self.record_type == "company":
                contacts = _company_contacts(s, record_id)
            return RecordDetail(
                record_type=self.record_type,
                id=record_id,
                values=values,
                custom=dict(obj.custom or {}),
                tags=tuple(_tags_of(s, self.record_type, record_id)),
                created_at=obj.created_at,
                updated_at=obj.updated_at,
                deleted_at=obj.deleted_at,
                company_name=company_name,
                owner_name=owner.name if owner else None,
                contacts=contacts,
            )

    # ----- rules -------------------------------------------------------------------------
    def _live(self, w: Writer, record_id: str) -> Any:
        obj = w.get(self.record_type, record_id)
        if obj.deleted_at is not None:
            raise NotFoundError(self.record_type, record_id)
        return obj

    def _check_refs(self, w: Writer, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            spec = self.fields.get(name)
            if spec is None or spec.kind is not Kind.REF or value is None:
                continue
            target = w.session.get(ENTITY_MODELS[spec.ref], value)
            if target is None or target.deleted_at is not None:
                raise ValidationError(name, f"No such {spec.ref}: {value}", code="no_such_ref")

    def _check_whole(self, values: Mapping[str, Any]) -> None:
        if self.record_type == "contact" and not any(
            values.get(f) for f in ("first_name", "last_name", "emails")
        ):
            raise ValidationError(
                "first_name",
                "A contact needs a first name, a last name or an email",
                code="contact_needs_name",
            )


def _tag_id(w: Writer, name: str) -> str:
    # compared in Python: SQLite's lower() folds ASCII only ("Важный" and "важный" are one tag)
    wanted = name.casefold()
    same = [
        t for t in w.session.execute(sa.select(TagRecord)).scalars() if t.name.casefold() == wanted
    ]
    existing = next((t for t in same if t.deleted_at is None), same[0] if same else None)
    if existing is None:
        return str(w.create("tag", {"name": name}).id)
    if existing.deleted_at is not None:
        w.set("tag", existing.id, "deleted_at", None)
    return existing.id


def _tags_of(s: Any, record_type: str, record_id: str) -> list[Tag]:
    link_model, _entity, link_col = _TAG_LINK[record_type]
    rows = s.execute(
        sa.select(TagRecord.id, TagRecord.name, TagRecord.color)
        .join(link_model, link_model.tag_id == TagRecord.id)
        .where(getattr(link_model, link_col) == record_id, link_model.deleted_at.is_(None))
        .order_by(TagRecord.name)
    ).all()
    return [Tag(r[0], r[1], r[2]) for r in rows]


def _company_contacts(s: Any, company_id: str) -> tuple[LinkedContact, ...]:
    c = ContactRecord
    rows = s.execute(
        sa.select(c.id, c.first_name, c.last_name, c.company_role, c.emails, c.phones)
        .where(c.company_id == company_id, c.deleted_at.is_(None))
        .order_by(c.sort_name)
        .limit(500)
    ).all()
    out = []
    for r in rows:
        emails = from_column("contact", "emails", r[4])
        phones = from_column("contact", "phones", r[5])
        name = " ".join(p for p in (r[1], r[2]) if p) or (emails[0] if emails else "")
        out.append(
            LinkedContact(
                r[0], name, r[3], emails[0] if emails else None, phones[0] if phones else None
            )
        )
    return tuple(out)
