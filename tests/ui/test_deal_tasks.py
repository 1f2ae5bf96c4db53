"""The deal card lists the deal's tasks, such as the one a stage rule creates on entering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import TaskBrief
from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.deal_card import DealCardWidget
from desktop_crm.ui.cards.quick_actions import PLAN_TASK, open_plan_task, quick_label
from desktop_crm.ui.cards.task_list import CardTasksBox, TaskListModel
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.complete import LogTaskDialog


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
    assert texts[2].startswith("Meet") and "overdue" not in texts[2]
    checks = [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)]
    assert checks == [Qt.CheckState.Unchecked, Qt.CheckState.Unchecked, Qt.CheckState.Checked]


# ----- the tasks box of a card: tick, double-click, plan ------------------------------------
@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


def brief(crm: Crm, task_id: str) -> TaskBrief:
    task = crm.tasks.get(task_id)
    return TaskBrief(task.id, task.title, task.kind, task.due_at, task.done, task.assignee_name)


def test_plan_task_creates_a_task_linked_to_the_deal(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    deal = crm.deals.create({"title": "Looms for Prato"}).created_id
    assert deal
    box = CardTasksBox(ui, "deal", deal)
    qtbot.addWidget(box)
    qtbot.mouseClick(box.plan_button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.deal_picker.currentText() == "Looms for Prato"
    dialog.title_edit.setText("Send the proposal")
    dialog.save()
    assert dialog.change is not None and dialog.change.created_id
    task = crm.tasks.get(dialog.change.created_id)
    assert (task.title, task.deal_id, task.deal_title) == (
        "Send the proposal", deal, "Looms for Prato",
    )  # fmt: skip
    assert crm.deals.get(deal).tasks[0].title == "Send the proposal"
    box.set_editable(False)
    assert not box.plan_button.isEnabled()


def test_plan_a_task_quick_action_links_the_contact(crm: Crm, ui: UiContext, qtbot: QtBot) -> None:
    marco = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    assert marco
    dialog = open_plan_task(ui, "contact", marco)
    qtbot.addWidget(dialog)
    assert quick_label(PLAN_TASK) == "Plan a task"
    assert dialog.contact_picker.text() == "Marco Rossi"
    dialog.title_edit.setText("Birthday wishes")
    dialog.save()
    assert dialog.change is not None and dialog.change.created_id
    assert crm.tasks.get(dialog.change.created_id).contact_id == marco


def test_ticking_and_double_clicking_a_task_on_the_card(
    crm: Crm, ui: UiContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    deal = crm.deals.create({"title": "Looms"}).created_id
    assert deal
    task = crm.tasks.create({"title": "Call back", "kind": "call", "deal_id": deal}).created_id
    assert task
    box = CardTasksBox(ui, "deal", deal)
    qtbot.addWidget(box)
    box.show()
    box.set_tasks((brief(crm, task),))
    qtmodeltester.check(box.model)
    index = box.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(ui.sig_changed):
        box.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert crm.tasks.get(task).done
    log = box.findChild(LogTaskDialog)
    assert log is not None and log.isVisible()  # a call on a deal: log it on the timeline?
    log.reject()
    box.set_tasks((brief(crm, task),))
    assert box.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    box.model.setData(
        box.model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert not crm.tasks.get(task).done
    rect = box.view.visualRect(box.model.index(0, 0))
    qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.dialog is not None and box.dialog.task_id == task
    qtbot.addWidget(box.dialog)
