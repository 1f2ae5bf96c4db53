"""Deals: create and validation, the board and its currency totals, moves with stage rules,
won/lost/reopen, line items, rotting, filters, and undo of every change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.domain.records import DealFilter, PipelineInfo, StageInfo
from desktop_crm.services.crm import Crm
from desktop_crm.store.models import TaskRecord


def _changesets(crm: Crm) -> int:
    with crm.ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM changesets").scalar_one())


def _tasks(crm: Crm, deal_id: str) -> list[Any]:
    with crm.ctx.engine.connect() as conn:
        return list(
            conn.execute(
                sa.select(TaskRecord).where(
                    TaskRecord.deal_id == deal_id, TaskRecord.deleted_at.is_(None)
                )
            )
        )


def _new(crm: Crm, title: str = "Deal", **values: Any) -> str:
    created = crm.deals.create({"title": title, **values}).created_id
    assert created is not None
    return created


def _order(crm: Crm, pipeline: PipelineInfo, stage: StageInfo) -> list[str]:
    board = crm.deals.board(pipeline.id)
    column = next(c for c in board.columns if c.stage.id == stage.id)
    return [card.title for card in column.deals]


@pytest.fixture
def sales(crm: Crm) -> PipelineInfo:
    return crm.pipelines.pipelines()[0]


@pytest.fixture
def stages(sales: PipelineInfo) -> tuple[StageInfo, ...]:
    return sales.open_stages


# ----- create and validation -------------------------------------------------------------
def test_create_uses_the_first_pipeline_and_stage_and_records_the_entry(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    change = crm.deals.create({"title": "  Website redesign ", "value": "1200.50"})
    assert change.description == "create deal"
    deal = crm.deals.get(str(change.created_id))
    assert deal.title == "Website redesign"
    assert deal.values["value"] == Decimal("1200.50")
    assert deal.values["currency"] == "EUR"  # the base currency
    assert deal.values["status"] == "open"
    assert deal.stage.id == stages[0].id and deal.pipeline.id == sales.id
    assert deal.owner_name == "Owner"
    assert [(h[1], h[2]) for h in deal.history] == [(None, "Lead in")]
    board = crm.deals.board(sales.id)
    assert [c.title for c in board.columns[0].deals] == ["Website redesign"]
    assert board.columns[0].deals[0].probability == stages[0].probability


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({}, "title", "required"),
        ({"title": "   "}, "title", "required"),
        ({"title": "x" * 301}, "title", "too_long"),
        ({"title": "T", "value": "-5"}, "value", "negative"),
        ({"title": "T", "value": "lots"}, "value", "number"),
        ({"title": "T", "probability": 101}, "probability", "percent"),
        ({"title": "T", "probability": -1}, "probability", "int"),
        ({"title": "T", "currency": "EURO"}, "currency", "currency"),
        ({"title": "T", "currency": "E1"}, "currency", "currency"),
        ({"title": "T", "currency": "€"}, "currency", "currency"),
        ({"title": "T", "expected_close": "soon"}, "expected_close", "date"),
        ({"title": "T", "owner_id": "nobody"}, "owner_id", "no_such_ref"),
        ({"title": "T", "status": "won"}, "status", "use_move"),
        ({"title": "T", "nickname": "x"}, "nickname", "unknown_field"),
    ],
)
def test_create_refuses_bad_input_and_saves_nothing(
    crm: Crm, sales: PipelineInfo, values: dict[str, Any], field: str, code: str
) -> None:
    before = _changesets(crm)
    with pytest.raises(ValidationError) as caught:
        crm.deals.create(values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _changesets(crm) == before
    assert all(c.count == 0 for c in crm.deals.board(sales.id).columns)


def test_currency_is_upper_cased_and_probability_kept(crm: Crm) -> None:
    deal = crm.deals.get(_new(crm, currency=" usd ", probability="35"))
    assert deal.values["currency"] == "USD"
    assert deal.values["probability"] == 35


def test_create_in_a_chosen_stage_with_contacts_takes_their_company(
    crm: Crm, stages: tuple[StageInfo, ...]
) -> None:
    acme = str(crm.companies.create({"name": "Acme"}).created_id)
    ann = str(crm.contacts.create({"first_name": "Ann", "company_id": acme}).created_id)
    bob = str(crm.contacts.create({"first_name": "Bob"}).created_id)
    deal_id = _new(crm, stage_id=stages[2].id, contact_id=ann, contact_ids=[bob, ann])
    deal = crm.deals.get(deal_id)
    assert deal.stage.name == "Contacted"
    assert deal.values["company_id"] == acme and deal.company_name == "Acme"
    assert [(c[0], c[1]) for c in deal.contacts] == [(ann, "Ann"), (bob, "Bob")]
    assert [c.id for c in crm.deals.for_record("contact", bob)] == [deal_id]
    assert [c.company_name for c in crm.deals.for_record("company", acme)] == ["Acme"]


def test_create_in_a_won_stage_or_another_pipeline_is_refused(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    won = next(s for s in sales.stages if s.kind == "won")
    with pytest.raises(ValidationError) as caught:
        _new(crm, stage_id=won.id)
    assert caught.value.code == "closed_stage"
    other = str(crm.pipelines.add_pipeline("Partners").created_id)
    with pytest.raises(ValidationError) as caught:
        _new(crm, pipeline_id=other, stage_id=stages[0].id)
    assert caught.value.code == "other_pipeline"


def test_update_checks_and_conflicts(crm: Crm) -> None:
    deal_id = _new(crm, value="10")
    crm.deals.update(deal_id, "value", "20", expected=Decimal("10"))
    with pytest.raises(ConflictError):
        crm.deals.update(deal_id, "value", "30", expected=Decimal("10"))
    with pytest.raises(ValidationError) as caught:
        crm.deals.update(deal_id, "stage_id", "x")
    assert caught.value.code == "use_move"
    with pytest.raises(ValidationError) as caught:
        crm.deals.update(deal_id, "probability", 150)
    assert caught.value.code == "percent"
    assert crm.deals.get(deal_id).values["value"] == Decimal("20")


# ----- board and totals --------------------------------------------------------------------
def test_board_totals_in_the_base_currency_with_rates_and_a_missing_rate(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    crm.pipelines.set_rate("USD", Decimal("0.5"))
    _new(crm, "Euro deal", value="100")  # stage probability 10 %
    _new(crm, "Dollar deal", value="300", currency="USD", probability=50)
    _new(crm, "Pound deal", value="1000", currency="GBP")
    _new(crm, "No value")
    column = crm.deals.board(sales.id).columns[0]
    assert column.count == 4
    assert column.total == Decimal("250.00")  # 100 + 300 × 0.5; GBP left out
    assert column.weighted == Decimal("85.00")  # 100 × 10 % + 150 × 50 %
    assert column.missing_rates == ("GBP",)
    crm.pipelines.set_rate("GBP", Decimal("1.25"))
    column = crm.deals.board(sales.id).columns[0]
    assert (column.total, column.missing_rates) == (Decimal("1500.00"), ())
    crm.pipelines.set_base_currency("USD")
    board = crm.deals.board(sales.id)
    assert board.base_currency == "USD"
    assert board.columns[0].missing_rates == ("EUR",)  # no EUR rate to USD yet


def test_board_has_open_stages_only_and_counts_closed_deals(crm: Crm, sales: PipelineInfo) -> None:
    won, lost, _open = _new(crm, "W"), _new(crm, "L"), _new(crm, "O")
    crm.deals.mark_won(won)
    crm.deals.mark_lost(lost, "Price")
    board = crm.deals.board(sales.id)
    assert [c.stage.name for c in board.columns] == [
        "Lead in",
        "Qualified",
        "Contacted",
        "Proposal",
        "Negotiation",
    ]
    assert [c.title for col in board.columns for c in col.deals] == ["O"]
    assert (board.won_count, board.lost_count) == (1, 1)
    assert [c.id for c in crm.deals.closed(sales.id, "won")] == [won]
    assert [c.id for c in crm.deals.closed(sales.id, "lost")] == [lost]
    with pytest.raises(NotFoundError):
        crm.deals.board("no-such-pipeline")


def test_filters_owner_tag_source_and_text_in_any_script(crm: Crm, sales: PipelineInfo) -> None:
    crm.catalog.add_user("Сергей", "salesperson")
    sergey = next(u.id for u in crm.catalog.users() if u.name == "Сергей")
    a = _new(crm, "Поставка в Москву", source="Referral")
    b = _new(crm, "ระบบบัญชี", owner_id=sergey)
    _new(crm, "Other")
    crm.deals.add_tag(a, "VIP")
    tag = crm.catalog.tags()[0].id

    def titles(flt: DealFilter) -> set[str]:
        return {c.id for col in crm.deals.board(sales.id, flt).columns for c in col.deals}

    assert titles(DealFilter(owner_id=sergey)) == {b}
    assert titles(DealFilter(tag_id=tag)) == {a}
    assert titles(DealFilter(source="Referral")) == {a}
    assert titles(DealFilter(text="МОСКВ")) == {a}
    assert titles(DealFilter(text="บัญชี")) == {b}
    crm.deals.remove_tag(a, tag)
    assert titles(DealFilter(tag_id=tag)) == set()


def test_next_task_is_the_earliest_open_one(crm: Crm, sales: PipelineInfo) -> None:
    deal_id = _new(crm)
    soon = datetime.now(UTC) + timedelta(days=1)
    with crm.ctx.write("create task") as w:
        w.create("task", {"title": "Later", "deal_id": deal_id, "due_at": soon + timedelta(5)})
        w.create("task", {"title": "Done", "deal_id": deal_id, "due_at": soon, "done": True})
        w.create("task", {"title": "Undated", "deal_id": deal_id})
        w.create("task", {"title": "Soon", "deal_id": deal_id, "due_at": soon})
    card = crm.deals.board(sales.id).columns[0].deals[0]
    assert card.next_task == "Soon"
    assert card.next_task_due is not None
    assert abs(card.next_task_due - soon) < timedelta(seconds=1)


def test_rotting_marks_stale_deals_and_counts_days_in_stage(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    crm.pipelines.update_stage(stages[0].id, "rotting_days", 5)
    _new(crm)
    now = datetime.now(UTC)
    fresh = crm.deals.board(sales.id, now=now + timedelta(days=3)).columns[0].deals[0]
    assert (fresh.days_in_stage, fresh.stale) == (3, False)
    rotten = crm.deals.board(sales.id, now=now + timedelta(days=6)).columns[0].deals[0]
    assert (rotten.days_in_stage, rotten.stale) == (6, True)
    crm.pipelines.update_stage(stages[0].id, "rotting_days", None)
    never = crm.deals.board(sales.id, now=now + timedelta(days=60)).columns[0].deals[0]
    assert (never.days_in_stage, never.stale) == (60, False)


# ----- moves -------------------------------------------------------------------------------
def test_move_to_another_stage_records_history_and_is_undone(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    deal_id = _new(crm)
    entered = crm.deals.get(deal_id).values["stage_entered_at"]
    change = crm.deals.move(deal_id, stages[3].id, expected_stage_id=stages[0].id)
    assert change.description == "move deal"
    assert ("deal", deal_id) in change.entities
    deal = crm.deals.get(deal_id)
    assert deal.stage.name == "Proposal"
    assert deal.values["stage_entered_at"] > entered
    assert [(h[1], h[2], h[3]) for h in deal.history] == [
        (None, "Lead in", "Owner"),
        ("Lead in", "Proposal", "Owner"),
    ]
    card = crm.deals.board(sales.id).columns[3].deals[0]
    assert card.probability == 60 and card.days_in_stage == 0
    crm.undo.push(change)
    crm.undo.undo()
    deal = crm.deals.get(deal_id)
    assert deal.stage.name == "Lead in"
    assert deal.values["stage_entered_at"] == entered
    assert len(deal.history) == 1


def test_reorder_within_a_stage_changes_positions_only(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    a, _b, c = _new(crm, "A"), _new(crm, "B"), _new(crm, "C")
    assert _order(crm, sales, stages[0]) == ["A", "B", "C"]
    change = crm.deals.move(c, stages[0].id, before_id=a)
    assert change.description == "reorder deal"
    assert _order(crm, sales, stages[0]) == ["C", "A", "B"]
    crm.undo.push(change)
    crm.undo.undo()
    assert _order(crm, sales, stages[0]) == ["A", "B", "C"]
    crm.undo.redo()
    crm.deals.move(a, stages[0].id)  # None: to the end
    assert _order(crm, sales, stages[0]) == ["C", "B", "A"]
    assert crm.deals.move(a, stages[0].id).changeset_id == ""  # already last: nothing to do
    assert crm.deals.move(a, stages[0].id, before_id=a).changeset_id == ""  # onto itself
    assert len(crm.deals.get(c).history) == 1  # no stage change for a reorder


def test_drop_before_a_card_in_another_stage_and_many_times_in_one_gap(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    target = _new(crm, "T", stage_id=stages[1].id)
    crm.deals.move(_new(crm, "U", stage_id=stages[1].id), stages[1].id)
    moved = _new(crm, "M")
    crm.deals.move(moved, stages[1].id, before_id=target)
    assert _order(crm, sales, stages[1]) == ["M", "T", "U"]
    # 80 drops into the same gap halve it past a float's precision: positions get renumbered
    for i in range(80):
        crm.deals.move(_new(crm, f"N{i}"), stages[1].id, before_id=target)
    order = _order(crm, sales, stages[1])
    assert order == ["M", *(f"N{i}" for i in range(80)), "T", "U"]


def test_refused_moves_change_nothing(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    deal_id = _new(crm)
    other = crm.pipelines.pipeline(str(crm.pipelines.add_pipeline("Partners").created_id))
    won = next(s for s in sales.stages if s.kind == "won")
    before = _changesets(crm)
    with pytest.raises(ValidationError) as caught:
        crm.deals.move(deal_id, other.open_stages[1].id)
    assert (caught.value.field, caught.value.code) == ("stage_id", "other_pipeline")
    with pytest.raises(ValidationError) as caught:
        crm.deals.move(deal_id, won.id)
    assert caught.value.code == "closed_stage"
    with pytest.raises(ConflictError):
        crm.deals.move(deal_id, stages[2].id, expected_stage_id=stages[1].id)
    with pytest.raises(NotFoundError):
        crm.deals.move(deal_id, "no-such-stage")
    assert _changesets(crm) == before
    crm.pipelines.delete_stage(stages[2].id)  # a stage deleted while the card is dragged
    with pytest.raises(NotFoundError):
        crm.deals.move(deal_id, stages[2].id)
    assert crm.deals.get(deal_id).stage.id == stages[0].id


def test_required_fields_block_the_move_and_say_which(
    crm: Crm, stages: tuple[StageInfo, ...]
) -> None:
    proposal = stages[3]
    crm.pipelines.update_stage(proposal.id, "required_fields", ["value", "expected_close"])
    deal_id = _new(crm)
    before = _changesets(crm)
    with pytest.raises(ValidationError) as caught:
        crm.deals.move(deal_id, proposal.id)
    assert caught.value.field == "value"
    assert caught.value.code == "stage_requires"
    assert caught.value.params["stage"] == "Proposal"
    assert caught.value.params["missing"] == ["value", "expected_close"]
    assert _changesets(crm) == before
    assert crm.deals.get(deal_id).stage.id == stages[0].id
    crm.deals.update(deal_id, "value", "500")
    with pytest.raises(ValidationError) as caught:
        crm.deals.move(deal_id, proposal.id)
    assert caught.value.field == "expected_close"
    crm.deals.update(deal_id, "expected_close", date(2030, 1, 31))
    crm.deals.move(deal_id, proposal.id)
    assert crm.deals.get(deal_id).stage.id == proposal.id


def test_on_enter_actions_run_in_the_move_and_are_undone_with_it(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    crm.catalog.add_user("Marta", "salesperson")
    marta = next(u.id for u in crm.catalog.users() if u.name == "Marta")
    rules = [
        {"action": "create_task", "title": "Send the proposal", "due_in_days": 3},
        {"action": "set_probability", "value": 70},
    ]
    crm.pipelines.update_stage(stages[3].id, "on_enter", rules)
    deal_id = _new(crm, owner_id=marta)
    started = datetime.now(UTC)
    change = crm.deals.move(deal_id, stages[3].id)
    assert change.touches("task") and change.touches("stage_change")
    tasks = _tasks(crm, deal_id)
    assert len(tasks) == 1
    task = tasks[0]
    assert (task.title, task.kind, task.assignee_id) == ("Send the proposal", "follow_up", marta)
    assert (
        timedelta(days=3)
        <= task.due_at.replace(tzinfo=UTC) - started
        < timedelta(days=3, minutes=1)
    )
    card = crm.deals.board(sales.id).columns[3].deals[0]
    assert (card.probability, card.next_task) == (70, "Send the proposal")
    crm.undo.push(change)
    crm.undo.undo()
    deal = crm.deals.get(deal_id)
    assert deal.stage.id == stages[0].id
    assert deal.values["probability"] is None
    assert _tasks(crm, deal_id) == []
    crm.undo.redo()
    assert crm.deals.get(deal_id).stage.id == stages[3].id
    assert len(_tasks(crm, deal_id)) == 1


def test_a_reorder_runs_no_stage_rules(crm: Crm, stages: tuple[StageInfo, ...]) -> None:
    crm.pipelines.update_stage(
        stages[0].id, "on_enter", [{"action": "create_task", "title": "Call", "kind": "call"}]
    )
    a, b = _new(crm, "A"), _new(crm, "B")
    assert len(_tasks(crm, a)) == 1  # entering the first stage on create runs its rules
    crm.deals.move(b, stages[0].id, before_id=a)
    assert len(_tasks(crm, b)) == 1


# ----- won, lost, reopen ---------------------------------------------------------------------
def test_won_lost_and_reopen(crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]) -> None:
    deal_id = _new(crm)
    crm.deals.move(deal_id, stages[2].id)
    with pytest.raises(ValidationError) as caught:
        crm.deals.mark_lost(deal_id, "  ")
    assert (caught.value.field, caught.value.code) == ("lost_reason", "required")
    change = crm.deals.mark_lost(deal_id, "Competitor")
    assert change.description == "lose deal"
    deal = crm.deals.get(deal_id)
    assert (deal.values["status"], deal.values["lost_reason"]) == ("lost", "Competitor")
    assert deal.values["closed_at"] is not None and deal.stage.kind == "lost"
    with pytest.raises(ValidationError) as caught:
        crm.deals.move(deal_id, stages[1].id)
    assert caught.value.code == "closed_deal"
    assert crm.deals.reopen(deal_id).description == "reopen deal"
    deal = crm.deals.get(deal_id)
    assert deal.stage.id == stages[2].id  # the last open stage it was in
    assert (deal.values["status"], deal.values["lost_reason"], deal.values["closed_at"]) == (
        "open",
        None,
        None,
    )
    with pytest.raises(ValidationError):
        crm.deals.reopen(deal_id)
    crm.deals.mark_won(deal_id)
    assert crm.deals.closed(sales.id, "won")[0].probability == 100
    crm.deals.reopen(deal_id, stages[4].id)
    assert crm.deals.get(deal_id).stage.id == stages[4].id
    names = [h[2] for h in crm.deals.get(deal_id).history]
    assert names == ["Lead in", "Contacted", "Lost", "Contacted", "Won", "Negotiation"]


def test_won_is_undone_as_one_step(crm: Crm, sales: PipelineInfo) -> None:
    deal_id = _new(crm)
    crm.undo.push(crm.deals.mark_won(deal_id))
    assert crm.deals.board(sales.id).won_count == 1
    crm.undo.undo()
    board = crm.deals.board(sales.id)
    assert board.won_count == 0 and board.columns[0].count == 1
    assert crm.deals.get(deal_id).values["closed_at"] is None


# ----- line items ----------------------------------------------------------------------------
def test_line_items_keep_the_value_in_step(crm: Crm) -> None:
    deal_id = _new(crm, value="999")
    first = crm.deals.add_item(deal_id, "Licence", "3", "100.50").created_id
    assert crm.deals.get(deal_id).values["value"] == Decimal("301.50")
    crm.deals.add_item(deal_id, "Setup", 1, "200")
    assert crm.deals.get(deal_id).values["value"] == Decimal("501.50")
    crm.deals.update_item(str(first), "quantity", "4")
    deal = crm.deals.get(deal_id)
    assert deal.values["value"] == Decimal("602")
    assert [(i[1], i[2], i[3]) for i in deal.items] == [
        ("Licence", Decimal(4), Decimal("100.5")),
        ("Setup", Decimal(1), Decimal(200)),
    ]
    with pytest.raises(ValidationError) as caught:
        crm.deals.update(deal_id, "value", "5")
    assert caught.value.code == "value_from_items"
    with pytest.raises(ValidationError) as caught:
        crm.deals.add_item(deal_id, "Bad", "1", "-3")
    assert caught.value.code == "negative"
    change = crm.deals.remove_item(str(first))
    assert crm.deals.get(deal_id).values["value"] == Decimal("200")
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.deals.get(deal_id).values["value"] == Decimal("602")
    assert len(crm.deals.get(deal_id).items) == 2


# ----- contacts, tags, delete ----------------------------------------------------------------
def test_contacts_with_roles(crm: Crm) -> None:
    deal_id = _new(crm)
    ann = str(crm.contacts.create({"first_name": "Ann"}).created_id)
    assert crm.deals.add_contact(deal_id, ann, "Decision maker").description == "link deal"
    crm.deals.add_contact(deal_id, ann, "Champion")
    assert crm.deals.get(deal_id).contacts == ((ann, "Ann", "Champion"),)
    assert crm.deals.remove_contact(deal_id, ann).description == "unlink deal"
    assert crm.deals.get(deal_id).contacts == ()
    assert crm.deals.for_record("contact", ann) == []
    crm.deals.add_contact(deal_id, ann, None)
    assert crm.deals.get(deal_id).contacts == ((ann, "Ann", None),)


def test_delete_and_restore(crm: Crm, sales: PipelineInfo) -> None:
    deal_id = _new(crm)
    change = crm.deals.delete([deal_id])
    assert change.description == "delete deal"
    assert crm.deals.board(sales.id).columns[0].count == 0
    assert crm.deals.get(deal_id).deleted_at is not None
    with pytest.raises(NotFoundError):
        crm.deals.move(deal_id, sales.open_stages[1].id)
    crm.deals.restore([deal_id])
    assert crm.deals.board(sales.id).columns[0].count == 1


def test_every_change_is_one_undoable_step(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    """Each action is undone by exactly one undo, back to the board it started from."""
    ann = str(crm.contacts.create({"first_name": "Ann"}).created_id)
    deal_id = _new(crm, value="10")
    other = _new(crm, "Other")
    item = str(crm.deals.add_item(deal_id, "Thing", 1, 5).created_id)
    actions = [
        lambda: crm.deals.create({"title": "New"}),
        lambda: crm.deals.update(deal_id, "title", "Renamed"),
        lambda: crm.deals.move(deal_id, stages[1].id),
        lambda: crm.deals.move(other, stages[0].id, before_id=deal_id),
        lambda: crm.deals.mark_won(deal_id),
        lambda: crm.deals.mark_lost(deal_id, "Price"),
        lambda: crm.deals.add_item(deal_id, "More", 2, 3),
        lambda: crm.deals.update_item(item, "unit_price", 7),
        lambda: crm.deals.remove_item(item),
        lambda: crm.deals.add_contact(deal_id, ann, "Buyer"),
        lambda: crm.deals.add_tag(deal_id, "Hot"),
        lambda: crm.deals.delete([deal_id]),
    ]
    for action in actions:
        before = (crm.deals.board(sales.id), crm.deals.get(deal_id))
        change = action()
        assert change.changeset_id, change.description
        crm.undo.push(change)
        crm.undo.undo()
        after = (crm.deals.board(sales.id), crm.deals.get(deal_id))
        assert _comparable(after) == _comparable(before), change.description


def _comparable(state: tuple[Any, Any]) -> Any:
    board, deal = state
    cards = [
        (c.id, c.title, c.value, c.stage_id, c.position) for col in board.columns for c in col.deals
    ]
    return (
        cards,
        board.won_count,
        board.lost_count,
        {k: v for k, v in deal.values.items() if k != "stage_entered_at"},
        deal.items,
        deal.contacts,
        deal.tags,
        deal.deleted_at is None,
        len(deal.history),
    )


def test_custom_fields_on_deals(crm: Crm) -> None:
    crm.catalog.add_custom_field("deal", "Contract type", "choice", ("Yearly", "Monthly"))
    key = crm.catalog.custom_fields("deal")[0].key
    deal_id = _new(crm, **{f"custom.{key}": "Yearly"})
    assert crm.deals.get(deal_id).values[f"custom.{key}"] == "Yearly"
    change = crm.deals.update(deal_id, f"custom.{key}", "Monthly")
    assert change.description == f"edit deal.custom.{key}"
    with pytest.raises(ValidationError) as caught:
        crm.deals.update(deal_id, f"custom.{key}", "Weekly")
    assert caught.value.code == "choice"
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.deals.get(deal_id).values[f"custom.{key}"] == "Yearly"


def test_required_fields_of_the_won_stage_block_winning(crm: Crm, sales: PipelineInfo) -> None:
    won = next(s for s in sales.stages if s.kind == "won")
    crm.pipelines.update_stage(won.id, "required_fields", ["value"])
    deal_id = _new(crm)
    with pytest.raises(ValidationError) as caught:
        crm.deals.mark_won(deal_id)
    assert (caught.value.field, caught.value.code) == ("value", "stage_requires")
    assert crm.deals.get(deal_id).values["status"] == "open"
    crm.deals.update(deal_id, "value", 10)
    crm.deals.mark_won(deal_id)
    assert crm.deals.get(deal_id).values["status"] == "won"


def test_a_move_restarts_the_days_in_stage(
    crm: Crm, sales: PipelineInfo, stages: tuple[StageInfo, ...]
) -> None:
    crm.pipelines.update_stage(stages[0].id, "rotting_days", 1)
    crm.pipelines.update_stage(stages[1].id, "rotting_days", 1)
    deal_id = _new(crm)
    later = datetime.now(UTC) + timedelta(days=2)
    assert crm.deals.board(sales.id, now=later).columns[0].deals[0].stale
    crm.deals.move(deal_id, stages[1].id)
    card = (
        crm.deals.board(sales.id, now=datetime.now(UTC) + timedelta(hours=12)).columns[1].deals[0]
    )
    assert (card.days_in_stage, card.stale) == (0, False)


def test_deals_of_a_company_open_first_and_closed_lists_filter(
    crm: Crm, sales: PipelineInfo
) -> None:
    acme = str(crm.companies.create({"name": "Acme"}).created_id)
    first = _new(crm, "First", company_id=acme)
    _new(crm, "Second", company_id=acme)
    crm.deals.mark_lost(first, "Timing")
    assert [c.title for c in crm.deals.for_record("company", acme)] == ["Second", "First"]
    assert crm.deals.closed(sales.id, "lost", DealFilter(text="acme"))[0].id == first
    assert crm.deals.closed(sales.id, "lost", DealFilter(text="nothing")) == []
    board = crm.deals.board(sales.id, DealFilter(text="first"))
    assert (board.lost_count, sum(c.count for c in board.columns)) == (1, 0)
    with pytest.raises(ValidationError):
        crm.deals.closed(sales.id, "open")


def test_detail_has_tags_owner_and_every_value(crm: Crm) -> None:
    deal_id = _new(crm, value="5", expected_close="2030-02-01", source="Referral", notes="n")
    crm.deals.add_tag(deal_id, "VIP")
    crm.deals.add_tag(deal_id, "vip")  # the same tag, whatever the case
    deal = crm.deals.get(deal_id)
    assert [t.name for t in deal.tags] == ["VIP"]
    assert deal.values["expected_close"] == date(2030, 2, 1)
    assert {"pipeline_id", "stage_id", "status", "lost_reason", "closed_at"} <= set(deal.values)
    assert deal.deleted_at is None and deal.created_at <= datetime.now(UTC)
    with pytest.raises(NotFoundError):
        crm.deals.get("no-such-deal")
