"""The deal card lists the deal's tasks, such as the one a stage rule creates on entering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import TaskBrief
from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.deal_card import DealCardWidget
from desktop_crm.ui.cards.task_list import TaskListModel
from desktop_crm.ui.context import UiContext


def test_task_created_by_a_stage_rule_shows_on_the_deal_card(crm: Crm, qtbot: QtBot) -> None:
    pipeline = crm.pipelines.pipelines()[0]
    proposal = pipeline.open_stages[3]
    rule = [
        {
            "action": "create_task",
            "title": "Send the proposal",
            "due_in_days": 2,
            "kind": "send_document",
        }
    ]
    crm.pipelines.update_stage(proposal.id, "on_enter", rule)
    deal = crm.deals.create({"title": "Looms for Prato", "value": Decimal(900)}).created_id
    assert deal is not None
    ctx = UiContext(crm)
    card = DealCardWidget(ctx, deal)
    qtbot.addWidget(card)
    assert card.task_model.rowCount() == 0

    ctx.apply(lambda: crm.deals.move(deal, proposal.id))
    card.load()
    assert card.task_model.rowCount() == 1
    text = card.task_model.index(0, 0).data()
    assert "Send the proposal" in text
    assert "Owner" in text  # assigned to the deal's owner

    ctx.undo()  # the move and its task go together
    card.load()
    assert card.task_model.rowCount() == 0


def test_task_list_marks_overdue_and_done(qtmodeltester: ModelTester) -> None:
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    model = TaskListModel()
    model.set_tasks(
        (
            TaskBrief("1", "Call back", "call", now - timedelta(days=1), False, "Anna"),
            TaskBrief("2", "Send contract", "send_document", now + timedelta(days=1), False, None),
            TaskBrief("3", "Meet", "meeting", now - timedelta(days=5), True, None),
        ),
        now=now,
    )
    qtmodeltester.check(model)
    texts = [model.index(r, 0).data() for r in range(3)]
    assert "overdue" in texts[0]
    assert "overdue" not in texts[1]
    assert texts[2].startswith("✓") and "overdue" not in texts[2]
