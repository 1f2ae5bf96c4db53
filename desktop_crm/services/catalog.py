"""Lookups and configuration: users, tags, lifecycle stages, sources and custom fields."""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa

from desktop_crm.domain.enums import CustomFieldType, Role
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, validate
from desktop_crm.domain.ids import new_id
from desktop_crm.domain.records import Change, CustomFieldDef, Tag, User
from desktop_crm.services.writer import Context
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    CompanyRecord,
    ContactRecord,
    CustomFieldRecord,
    LifecycleStageRecord,
    TagRecord,
    UserRecord,
)

_LABEL = FieldSpec("label", Kind.TEXT, max_length=100, required=True)
_NAME = FieldSpec("name", Kind.TEXT, max_length=200, required=True)


class CatalogService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- users -------------------------------------------------------------------------
    def users(self, include_inactive: bool = False) -> list[User]:
        u = UserRecord
        stmt = sa.select(u.id, u.name, u.email, u.role, u.active).where(u.deleted_at.is_(None))
        if not include_inactive:
            stmt = stmt.where(u.active.is_(True))
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(stmt.order_by(u.name)).all()
        return [User(*r) for r in rows]

    def add_user(self, name: str, role: str = Role.SALESPERSON, email: str | None = None) -> Change:
        clean = validate(_NAME, name)
        try:
            role = Role(role).value
        except ValueError:
            raise ValidationError("role", f"Unknown role {role!r}") from None
        with self.ctx.write("create user") as w:
            w.create("user", {"name": clean, "role": role, "email": email, "active": True})
        return w.change()

    # ----- tags, stages, sources ---------------------------------------------------------
    def tags(self) -> list[Tag]:
        t = TagRecord
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(
                sa.select(t.id, t.name, t.color).where(t.deleted_at.is_(None)).order_by(t.name)
            ).all()
        return [Tag(*r) for r in rows]

    def lifecycle_stages(self) -> list[str]:
        s = LifecycleStageRecord
        with read_connection(self.ctx.engine) as conn:
            return list(
                conn.execute(
                    sa.select(s.name).where(s.deleted_at.is_(None)).order_by(s.position)
                ).scalars()
            )

    def sources(self) -> list[str]:
        """Sources in use on contacts and companies (what the filter offers)."""
        with read_connection(self.ctx.engine) as conn:
            found = set(
                conn.execute(
                    sa.select(ContactRecord.source)
                    .where(ContactRecord.source.is_not(None))
                    .group_by(ContactRecord.source)
                ).scalars()
            )
            found |= set(
                conn.execute(
                    sa.select(CompanyRecord.source)
                    .where(CompanyRecord.source.is_not(None))
                    .group_by(CompanyRecord.source)
                ).scalars()
            )
        return sorted(s for s in found if s)

    def companies_named(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """(id, name) of companies whose name starts with or contains ``text``, for pickers."""
        co = CompanyRecord
        # sort_name is the casefolded name: case-insensitive in every script (SQLite's LIKE
        # folds ASCII only); autoescape: a typed % or _ is not a wildcard
        needle = text.strip().casefold()
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(
                sa.select(co.id, co.name)
                .where(co.deleted_at.is_(None), co.sort_name.contains(needle, autoescape=True))
                .order_by(co.sort_name)
                .limit(limit)
            ).all()
        return [(r[0], r[1]) for r in rows]

    # ----- custom fields -----------------------------------------------------------------
    def custom_fields(self, record_type: str) -> list[CustomFieldDef]:
        cf = CustomFieldRecord
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(
                sa.select(
                    cf.id, cf.record_type, cf.key, cf.label, cf.field_type, cf.options, cf.position
                )
                .where(cf.record_type == record_type, cf.deleted_at.is_(None))
                .order_by(cf.position, cf.label)
            ).all()
        return [CustomFieldDef(r[0], r[1], r[2], r[3], r[4], tuple(r[5] or ()), r[6]) for r in rows]

    def add_custom_field(
        self, record_type: str, label: str, field_type: str, options: tuple[str, ...] = ()
    ) -> Change:
        if record_type not in ("contact", "company", "deal"):
            raise ValidationError("record_type", f"Unknown record type {record_type!r}")
        clean = validate(_LABEL, label)
        try:
            kind = CustomFieldType(field_type)
        except ValueError:
            raise ValidationError("field_type", f"Unknown field type {field_type!r}") from None
        opts = tuple(dict.fromkeys(o.strip() for o in options if o.strip()))
        if kind in (CustomFieldType.CHOICE, CustomFieldType.MULTI_CHOICE) and not opts:
            raise ValidationError(
                "options", "A choice field needs at least one option", code="no_options"
            )
        existing = self.custom_fields(record_type)
        if any(f.label.casefold() == clean.casefold() for f in existing):
            raise ValidationError("label", f"A field named {clean!r} exists", code="duplicate")
        keys = {f.key for f in existing}
        key = _slug(clean)
        while key in keys:
            key = f"{key}_{new_id()[-4:]}"
        with self.ctx.write("create custom_field") as w:
            w.create(
                "custom_field",
                {
                    "record_type": record_type,
                    "key": key,
                    "label": clean,
                    "field_type": kind.value,
                    "options": list(opts),
                    "position": len(existing),
                },
            )
        return w.change()

    def remove_custom_field(self, field_id: str) -> Change:
        """Hide a custom field; values stay on the records and come back with undo."""
        with self.ctx.write("delete custom_field") as w:
            w.get("custom_field", field_id)
            w.set("custom_field", field_id, "deleted_at", w.now)
        return w.change()


def _slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40]
    return slug or "field_" + new_id()[-8:]
