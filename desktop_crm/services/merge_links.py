"""Moving every link of the merged-away records onto the kept one, inside the merge's writer.

Every move is a logged field change (``w.set``), never a new row: undo therefore puts each link
back exactly where it was. A link the kept record already has (the same tag, deal or campaign)
is not doubled: a deal link is retired (soft-deleted), a tag or campaign link stays with the
merged-away record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from desktop_crm.services.writer import Writer
from desktop_crm.store.models import (
    ActivityRecord,
    CampaignMemberRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    DealContactRecord,
    DealRecord,
    ServiceRequestRecord,
    TaskRecord,
)

# (model, entity, column) of the links that simply follow the record, by record type
_FOLLOW: dict[str, tuple[tuple[Any, str, str], ...]] = {
    "contact": (
        (ActivityRecord, "activity", "contact_id"),
        (TaskRecord, "task", "contact_id"),
        (ServiceRequestRecord, "service_request", "contact_id"),
    ),
    "company": (
        (ActivityRecord, "activity", "company_id"),
        (TaskRecord, "task", "company_id"),
        (ServiceRequestRecord, "service_request", "company_id"),
        (ContactRecord, "contact", "company_id"),
        (DealRecord, "deal", "company_id"),
    ),
}


def move_links(w: Writer, record_type: str, keep_id: str, other_ids: Sequence[str]) -> int:
    """Point every link of ``other_ids`` at ``keep_id``; returns how many links changed."""
    moved = 0
    for model, entity, column in _FOLLOW[record_type]:
        moved += _follow(w, model, entity, column, keep_id, other_ids, record_type)
    if record_type == "contact":
        moved += _unique_links(
            w,
            DealContactRecord,
            "deal_contact",
            "contact_id",
            "deal_id",
            keep_id,
            other_ids,
            retire=True,
        )
        moved += _unique_links(
            w, ContactTagRecord, "contact_tag", "contact_id", "tag_id", keep_id, other_ids
        )
        moved += _unique_links(
            w,
            CampaignMemberRecord,
            "campaign_member",
            "contact_id",
            "campaign_id",
            keep_id,
            other_ids,
        )
    else:
        moved += _unique_links(
            w, CompanyTagRecord, "company_tag", "company_id", "tag_id", keep_id, other_ids
        )
    return moved


def _follow(
    w: Writer,
    model: Any,
    entity: str,
    column: str,
    keep_id: str,
    other_ids: Sequence[str],
    record_type: str,
) -> int:
    """Move every row (deleted ones too: restoring one later finds it on the kept record)."""
    # whole rows, so that each ``w.set`` finds its row in the session instead of querying
    rows = w.session.execute(
        sa.select(model).where(getattr(model, column).in_(other_ids)).order_by(model.id)
    ).scalars()
    ids = [row.id for row in rows]
    # activities are part of the record's timeline; the move itself is not an entry there
    record = (record_type, keep_id) if entity == "activity" else None
    for row_id in ids:
        w.set(entity, row_id, column, keep_id, record=record)
    return len(ids)


def _unique_links(
    w: Writer,
    model: Any,
    entity: str,
    column: str,
    target: str,
    keep_id: str,
    other_ids: Sequence[str],
    *,
    retire: bool = False,
) -> int:
    """Move live links whose target the kept record does not have yet; a link it has already
    is retired (``retire``) or left with the merged-away record."""
    owner, linked = getattr(model, column), getattr(model, target)
    have = set(
        w.session.execute(
            sa.select(linked).where(owner == keep_id, model.deleted_at.is_(None))
        ).scalars()
    )
    rows = w.session.execute(
        sa.select(model.id, linked)
        .where(owner.in_(other_ids), model.deleted_at.is_(None))
        .order_by(model.created_at, model.id)
    ).all()
    changed = 0
    for row_id, target_id in rows:
        record = (entity, row_id)  # a link's own entry: not shown as an edit of a timeline
        if target_id not in have:
            w.set(entity, row_id, column, keep_id, record=record)
            have.add(target_id)
            changed += 1
        elif retire:
            w.set(entity, row_id, "deleted_at", w.now, record=record)
            changed += 1
    return changed
