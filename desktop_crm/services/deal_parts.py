"""What hangs off a deal: its contacts (with a role), line items (which make its value) and tags.

Each change is logged on the deal's timeline (``record=("deal", id)``) and is one changeset.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, validate
from desktop_crm.domain.records import Change
from desktop_crm.services.deal_rules import live_deal
from desktop_crm.services.records import _tag_id
from desktop_crm.services.writer import Context, Writer
from desktop_crm.store.models import (
    ContactRecord,
    DealContactRecord,
    DealItemRecord,
    DealTagRecord,
)

_ROLE = FieldSpec("role", Kind.TEXT, max_length=200)
_TAG = FieldSpec("tag", Kind.TEXT, max_length=100, required=True)
ITEM_FIELDS: dict[str, FieldSpec] = {
    "name": FieldSpec("name", Kind.TEXT, max_length=300, required=True),
    "quantity": FieldSpec("quantity", Kind.MONEY, required=True),
    "unit_price": FieldSpec("unit_price", Kind.MONEY, required=True),
}
MONEY_STEP = Decimal("0.0001")


def has_items(session: Session, deal_id: str) -> bool:
    i = DealItemRecord
    found = session.execute(
        sa.select(i.id).where(i.deal_id == deal_id, i.deleted_at.is_(None)).limit(1)
    ).first()
    return found is not None


def sync_value(w: Writer, deal_id: str) -> None:
    """With line items, the deal's value is Σ quantity × unit price (kept when none are left)."""
    i = DealItemRecord
    rows = w.session.execute(
        sa.select(i.quantity, i.unit_price).where(i.deal_id == deal_id, i.deleted_at.is_(None))
    ).all()
    if rows:
        total = sum((Decimal(q) * Decimal(p) for q, p in rows), Decimal(0))
        w.set("deal", deal_id, "value", total.quantize(MONEY_STEP))


class DealParts:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- contacts ----------------------------------------------------------------------
    def add_contact(self, deal_id: str, contact_id: str, role: str | None = None) -> Change:
        """Link a contact with a role (an existing link gets the new role)."""
        clean = validate(_ROLE, role)
        with self.ctx.write("link deal") as w:
            live_deal(w, deal_id)
            contact = w.session.get(ContactRecord, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError("contact_id", "No such contact", code="no_such_ref")
            record = ("deal", deal_id)
            link = _link(w.session, deal_id, contact_id)
            if link is None:
                values = {"deal_id": deal_id, "contact_id": contact_id, "role": clean}
                w.create("deal_contact", values, record=record)
            else:
                w.set("deal_contact", link.id, "deleted_at", None, record=record)
                w.set("deal_contact", link.id, "role", clean, record=record)
        return w.change()

    def remove_contact(self, deal_id: str, contact_id: str) -> Change:
        with self.ctx.write("unlink deal") as w:
            live_deal(w, deal_id)
            dc = DealContactRecord
            links = w.session.execute(
                sa.select(dc).where(
                    dc.deal_id == deal_id, dc.contact_id == contact_id, dc.deleted_at.is_(None)
                )
            ).scalars()
            for link in list(links):
                w.set("deal_contact", link.id, "deleted_at", w.now, record=("deal", deal_id))
        return w.change()

    # ----- line items --------------------------------------------------------------------
    def add_item(
        self, deal_id: str, name: str, quantity: Any = Decimal(1), unit_price: Any = Decimal(0)
    ) -> Change:
        """A line item (``created_id`` is its id); the deal's value becomes the items' sum."""
        values = {
            "name": validate(ITEM_FIELDS["name"], name),
            "quantity": validate(ITEM_FIELDS["quantity"], quantity),
            "unit_price": validate(ITEM_FIELDS["unit_price"], unit_price),
        }
        with self.ctx.write("edit deal.items") as w:
            live_deal(w, deal_id)
            i = DealItemRecord
            top = w.session.execute(
                sa.select(sa.func.max(i.position)).where(i.deal_id == deal_id)
            ).scalar()
            position = (top if top is not None else -1) + 1
            w.create(
                "deal_item", {**values, "deal_id": deal_id, "position": position}, ("deal", deal_id)
            )
            sync_value(w, deal_id)
        return w.change()

    def update_item(self, item_id: str, field: str, value: Any) -> Change:
        spec = ITEM_FIELDS.get(field)
        if spec is None:
            raise ValidationError(field, f"Not a line item field: {field!r}", code="unknown_field")
        clean = validate(spec, value)
        with self.ctx.write("edit deal.items") as w:
            item = _live_item(w, item_id)
            live_deal(w, item.deal_id)
            w.set("deal_item", item_id, field, clean, record=("deal", item.deal_id))
            sync_value(w, item.deal_id)
        return w.change()

    def remove_item(self, item_id: str) -> Change:
        with self.ctx.write("edit deal.items") as w:
            item = _live_item(w, item_id)
            live_deal(w, item.deal_id)
            w.set("deal_item", item_id, "deleted_at", w.now, record=("deal", item.deal_id))
            sync_value(w, item.deal_id)
        return w.change()

    # ----- tags --------------------------------------------------------------------------
    def add_tag(self, deal_id: str, name: str) -> Change:
        tag_name = validate(_TAG, name)
        with self.ctx.write("tag deal") as w:
            live_deal(w, deal_id)
            tag_id = _tag_id(w, tag_name)
            dt = DealTagRecord
            link = (
                w.session.execute(sa.select(dt).where(dt.deal_id == deal_id, dt.tag_id == tag_id))
                .scalars()
                .first()
            )
            record = ("deal", deal_id)
            if link is None:
                w.create("deal_tag", {"deal_id": deal_id, "tag_id": tag_id}, record=record)
            elif link.deleted_at is not None:
                w.set("deal_tag", link.id, "deleted_at", None, record=record)
        return w.change()

    def remove_tag(self, deal_id: str, tag_id: str) -> Change:
        with self.ctx.write("untag deal") as w:
            dt = DealTagRecord
            links = w.session.execute(
                sa.select(dt).where(
                    dt.deal_id == deal_id, dt.tag_id == tag_id, dt.deleted_at.is_(None)
                )
            ).scalars()
            for link in list(links):
                w.set("deal_tag", link.id, "deleted_at", w.now, record=("deal", deal_id))
        return w.change()


def _link(session: Session, deal_id: str, contact_id: str) -> DealContactRecord | None:
    dc = DealContactRecord
    rows = list(
        session.execute(
            sa.select(dc)
            .where(dc.deal_id == deal_id, dc.contact_id == contact_id)
            .order_by(dc.deleted_at.is_not(None), dc.created_at)
        ).scalars()
    )
    return rows[0] if rows else None


def _live_item(w: Writer, item_id: str) -> DealItemRecord:
    item = w.session.get(DealItemRecord, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFoundError("deal_item", item_id)
    return item
