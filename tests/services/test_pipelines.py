"""Pipelines and stages (add, rename, reorder, delete with where the deals go), stage rules,
the base currency, rates and lost reasons — each change one undoable step."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.records import PipelineInfo
from desktop_crm.services.crm import Crm


def _names(pipeline: PipelineInfo) -> list[str]:
    return [s.name for s in pipeline.stages]


def _positions(pipeline: PipelineInfo) -> list[int]:
    return [s.position for s in pipeline.stages]


@pytest.fixture
def sales(crm: Crm) -> PipelineInfo:
    return crm.pipelines.pipelines()[0]


def _deal(crm: Crm, title: str, **values: Any) -> str:
    created = crm.deals.create({"title": title, **values}).created_id
    assert created is not None
    return created


def test_a_new_database_has_the_sales_pipeline(crm: Crm, sales: PipelineInfo) -> None:
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales"]
    assert _names(sales) == [
        "Lead in",
        "Qualified",
        "Contacted",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert [s.kind for s in sales.stages][-2:] == ["won", "lost"]
    assert [s.probability for s in sales.open_stages] == [10, 25, 40, 60, 80]
    assert all(s.required_fields == () and s.on_enter == () for s in sales.stages)


def test_add_rename_and_delete_pipelines(crm: Crm, sales: PipelineInfo) -> None:
    change = crm.pipelines.add_pipeline("  Partners ")
    assert change.description == "create pipeline"
    partners = crm.pipelines.pipeline(str(change.created_id))
    assert partners.name == "Partners" and len(partners.stages) == 7
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales", "Partners"]
    crm.pipelines.rename_pipeline(partners.id, "Resellers")
    assert crm.pipelines.pipeline(partners.id).name == "Resellers"
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.rename_pipeline(partners.id, " ")
    assert caught.value.code == "required"
    crm.pipelines.delete_pipeline(partners.id)
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales"]
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_pipeline(sales.id, None)
    assert caught.value.code == "last_pipeline"


def test_deleting_a_pipeline_with_deals_needs_a_target(crm: Crm, sales: PipelineInfo) -> None:
    partners = crm.pipelines.pipeline(str(crm.pipelines.add_pipeline("Partners").created_id))
    open_id = _deal(crm, "Open", pipeline_id=partners.id)
    won_id = _deal(crm, "Won", pipeline_id=partners.id)
    crm.deals.mark_won(won_id)
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_pipeline(partners.id)
    assert (caught.value.field, caught.value.code) == ("move_deals_to_stage", "stage_has_deals")
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_pipeline(partners.id, partners.open_stages[1].id)
    assert caught.value.code == "same_pipeline"
    change = crm.pipelines.delete_pipeline(partners.id, sales.open_stages[1].id)
    assert crm.deals.get(open_id).stage.id == sales.open_stages[1].id
    won = crm.deals.get(won_id)
    assert (won.pipeline.id, won.stage.kind, won.values["status"]) == (sales.id, "won", "won")
    assert crm.deals.board(sales.id).won_count == 1
    crm.undo.push(change)
    crm.undo.undo()
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales", "Partners"]
    assert crm.deals.get(open_id).stage.id == partners.open_stages[0].id


def test_add_stage_goes_before_won_and_lost(crm: Crm, sales: PipelineInfo) -> None:
    change = crm.pipelines.add_stage(sales.id, "Contract", probability=90, rotting_days=14)
    assert change.description == "create stage"
    pipeline = crm.pipelines.pipeline(sales.id)
    assert _names(pipeline)[-3:] == ["Contract", "Won", "Lost"]
    assert _positions(pipeline) == list(range(8))
    contract = pipeline.open_stages[-1]
    assert (contract.probability, contract.rotting_days, contract.kind) == (90, 14, "open")
    assert [c.stage.name for c in crm.deals.board(sales.id).columns][-1] == "Contract"
    crm.undo.push(change)
    crm.undo.undo()
    assert _names(crm.pipelines.pipeline(sales.id)) == _names(sales)
    assert _positions(crm.pipelines.pipeline(sales.id)) == _positions(sales)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "", "required"),
        ("probability", 101, "percent"),
        ("probability", -5, "int"),
        ("rotting_days", 0, "range"),
        ("rotting_days", "often", "number"),
        ("required_fields", ["value", "shoe_size"], "choice"),
        ("required_fields", ["stage_id"], "choice"),
        ("on_enter", [{"action": "send_email"}], "choice"),
        ("on_enter", [{"action": "create_task", "title": ""}], "required"),
        ("on_enter", [{"action": "create_task", "title": "T", "kind": "party"}], "choice"),
        ("on_enter", [{"action": "create_task", "title": "T", "due_in_days": -1}], "int"),
        ("on_enter", [{"action": "set_probability", "value": 120}], "percent"),
        ("on_enter", ["create_task"], "type"),
        ("kind", "won", "unknown_field"),
    ],
)
def test_update_stage_refuses_bad_values(
    crm: Crm, sales: PipelineInfo, field: str, value: Any, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.update_stage(sales.stages[0].id, field, value)
    assert caught.value.code == code
    assert crm.pipelines.pipeline(sales.id) == sales


def test_update_stage_rules_and_settings(crm: Crm, sales: PipelineInfo) -> None:
    stage_id = sales.open_stages[3].id
    crm.pipelines.update_stage(stage_id, "name", "Offer")
    crm.pipelines.update_stage(stage_id, "probability", "65")
    crm.pipelines.update_stage(stage_id, "rotting_days", 10)
    crm.pipelines.update_stage(stage_id, "required_fields", ["value", "expected_close", "value"])
    change = crm.pipelines.update_stage(
        stage_id,
        "on_enter",
        [{"action": "create_task", "title": " Send the offer ", "due_in_days": "2"}],
    )
    assert change.description == "edit stage.on_enter"
    stage = crm.pipelines.pipeline(sales.id).open_stages[3]
    assert (stage.name, stage.probability, stage.rotting_days) == ("Offer", 65, 10)
    assert stage.required_fields == ("value", "expected_close")
    assert stage.on_enter == (
        {"action": "create_task", "title": "Send the offer", "due_in_days": 2, "kind": "follow_up"},
    )
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.pipelines.pipeline(sales.id).open_stages[3].on_enter == ()


def test_reorder_stages(crm: Crm, sales: PipelineInfo) -> None:
    ids = [s.id for s in sales.open_stages]
    wanted = [ids[2], ids[0], ids[1], ids[4], ids[3]]
    change = crm.pipelines.reorder_stages(sales.id, wanted)
    assert change.description == "reorder stage"
    pipeline = crm.pipelines.pipeline(sales.id)
    assert [s.id for s in pipeline.open_stages] == wanted
    assert _names(pipeline)[-2:] == ["Won", "Lost"] and _positions(pipeline) == list(range(7))
    assert [c.stage.id for c in crm.deals.board(sales.id).columns] == wanted
    for bad in (ids[:4], [*ids, ids[0]], [*ids[:4], sales.stages[5].id]):
        with pytest.raises(ValidationError) as caught:
            crm.pipelines.reorder_stages(sales.id, bad)
        assert caught.value.code == "stage_order"
    crm.undo.push(change)
    crm.undo.undo()
    assert [s.id for s in crm.pipelines.pipeline(sales.id).open_stages] == ids


def test_delete_stage_moves_its_deals_or_refuses(crm: Crm, sales: PipelineInfo) -> None:
    lead_in, qualified, contacted = sales.open_stages[:3]
    deal_id = _deal(crm, "Deal")
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_stage(lead_in.id)
    assert (caught.value.field, caught.value.code) == ("move_deals_to", "stage_has_deals")
    assert caught.value.params["count"] == 1
    other = crm.pipelines.pipeline(str(crm.pipelines.add_pipeline("Other").created_id))
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_stage(lead_in.id, other.open_stages[0].id)
    assert caught.value.code == "other_pipeline"
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_stage(lead_in.id, sales.stages[5].id)
    assert caught.value.code == "closed_stage"
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_stage(sales.stages[5].id)
    assert caught.value.code == "closed_stage"
    change = crm.pipelines.delete_stage(lead_in.id, contacted.id)
    assert change.description == "delete stage"
    pipeline = crm.pipelines.pipeline(sales.id)
    assert pipeline.open_stages[0].id == qualified.id and _positions(pipeline) == list(range(6))
    deal = crm.deals.get(deal_id)
    assert deal.stage.id == contacted.id
    assert [h[2] for h in deal.history] == ["Lead in", "Contacted"]
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.pipelines.pipeline(sales.id) == sales
    assert crm.deals.get(deal_id).stage.id == lead_in.id
    crm.pipelines.delete_stage(qualified.id)  # no deals: no target needed
    with pytest.raises(NotFoundError):
        crm.pipelines.delete_stage(qualified.id)


def test_the_last_open_stage_stays(crm: Crm, sales: PipelineInfo) -> None:
    for stage in sales.open_stages[1:]:
        crm.pipelines.delete_stage(stage.id)
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_stage(sales.open_stages[0].id)
    assert caught.value.code == "last_stage"


# ----- currency, rates, lost reasons ---------------------------------------------------------
def test_base_currency_and_rates(crm: Crm) -> None:
    assert crm.pipelines.base_currency() == "EUR"
    assert crm.pipelines.rates() == {}
    crm.pipelines.set_rate("usd", Decimal("0.92"))
    crm.pipelines.set_rate("GBP", "1.17")
    assert crm.pipelines.rates() == {"USD": Decimal("0.92"), "GBP": Decimal("1.17")}
    change = crm.pipelines.set_rate("USD", Decimal("0.95"))
    assert change.description == "edit currency_rate"
    assert crm.pipelines.rates()["USD"] == Decimal("0.95")
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.pipelines.rates()["USD"] == Decimal("0.92")
    crm.pipelines.set_rate("GBP", None)
    assert crm.pipelines.rates() == {"USD": Decimal("0.92")}
    for currency, rate, code in (
        ("EUR", Decimal(1), "base_currency"),
        ("USD", Decimal(0), "positive"),
        ("USD", Decimal(-1), "negative"),
        ("DOLLAR", Decimal(1), "currency"),
    ):
        with pytest.raises(ValidationError) as caught:
            crm.pipelines.set_rate(currency, rate)
        assert caught.value.code == code
    crm.pipelines.set_base_currency("chf")
    assert crm.pipelines.base_currency() == "CHF"
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.set_base_currency("Swiss")
    assert caught.value.code == "currency"
    assert crm.deals.get(_deal(crm, "In francs")).values["currency"] == "CHF"


def test_lost_reasons(crm: Crm) -> None:
    assert crm.pipelines.lost_reasons() == [
        "Price",
        "Competitor",
        "No budget",
        "No decision",
        "Timing",
        "Other",
    ]
    crm.pipelines.set_lost_reasons([" Price ", "Went silent", "", "Price"])
    assert crm.pipelines.lost_reasons() == ["Price", "Went silent"]
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.set_lost_reasons(["  "])
    assert caught.value.code == "required"


def test_settings_changes_are_undoable(crm: Crm) -> None:
    change = crm.pipelines.set_base_currency("USD")
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.pipelines.base_currency() == "EUR"
    crm.undo.push(crm.pipelines.set_lost_reasons(["A"]))
    crm.undo.undo()
    assert crm.pipelines.lost_reasons()[0] == "Price"


def test_deleted_things_are_not_found(crm: Crm, sales: PipelineInfo) -> None:
    other = crm.pipelines.pipeline(str(crm.pipelines.add_pipeline("Other").created_id))
    _deal(crm, "Deal", pipeline_id=other.id)
    won = next(s for s in sales.stages if s.kind == "won")
    with pytest.raises(ValidationError) as caught:
        crm.pipelines.delete_pipeline(other.id, won.id)
    assert caught.value.code == "closed_stage"
    crm.pipelines.delete_pipeline(other.id, sales.open_stages[0].id)
    for call in (
        lambda: crm.pipelines.rename_pipeline(other.id, "X"),
        lambda: crm.pipelines.add_stage(other.id, "X"),
        lambda: crm.pipelines.update_stage(other.stages[0].id, "name", "X"),
        lambda: crm.deals.board(other.id),
        lambda: crm.deals.create({"title": "T", "pipeline_id": other.id}),
    ):
        with pytest.raises(NotFoundError):
            call()
