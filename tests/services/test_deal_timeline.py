"""A deal's timeline speaks of stages by name, and of its line items and contacts."""

from __future__ import annotations

from decimal import Decimal

from desktop_crm.services.crm import Crm


def test_deal_timeline_names_stages_items_and_contacts(crm: Crm) -> None:
    pipeline = crm.pipelines.pipelines()[0]
    first, second = pipeline.stages[0], pipeline.stages[1]
    deal = crm.deals.create({"title": "Fiber for Tehran office", "value": Decimal(100)}).created_id
    assert deal is not None
    contact = crm.contacts.create({"first_name": "Zahra", "last_name": "Ahmadi"}).created_id
    assert contact is not None
    crm.deals.move(deal, second.id)
    crm.deals.add_item(deal, "Router", Decimal(2), Decimal(50))
    crm.deals.add_contact(deal, contact, "Buyer")

    entries = crm.activities.timeline("deal", deal)
    changes = [(e.kind, e.field, e.old_value, e.new_value) for e in entries]
    assert ("change", "stage", first.name, second.name) in changes
    assert ("change", "deal_items", None, "Router") in changes
    assert ("change", "deal_contacts", None, "Zahra Ahmadi (Buyer)") in changes
    assert [e.kind for e in entries].count("created") == 1  # the deal's own creation only
    hidden = {"stage_entered_at", "position", "pipeline_id", "stage_id"}
    assert not hidden & {e.field for e in entries}
