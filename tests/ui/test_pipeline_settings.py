"""Settings → Pipelines: stages added, renamed, reordered (the model's move), their rules,
deletion that asks where the deals go, pipelines, rates and lost reasons — real widgets, real
database."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.settings.pipelines import PipelinesPanel
from desktop_crm.ui.settings.settings_page import SettingsPage


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.tabs.tabText(0) == "Pipelines"
    return page


@pytest.fixture
def panel(page: SettingsPage) -> PipelinesPanel:
    return page.pipelines


def stage_names(crm: Crm, pipeline: int = 0) -> list[str]:
    return [s.name for s in crm.pipelines.pipelines()[pipeline].stages]


def shown_stages(panel: PipelinesPanel) -> list[str]:
    model = panel.stage_model
    return [str(model.index(r).data(Qt.ItemDataRole.EditRole)) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(panel: PipelinesPanel, qtmodeltester: object) -> None:
    for model in (
        panel.pipeline_model,
        panel.stage_model,
        panel.rules.required_model,
        panel.currencies.rates_model,
        panel.currencies.reasons_model,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert shown_stages(panel) == ["Lead in", "Qualified", "Contacted", "Proposal", "Negotiation"]
    assert panel.stage_model.index(1).data() == "Qualified · 25 %"


def test_add_a_stage_goes_before_won_and_lost(
    panel: PipelinesPanel, crm: Crm, ctx: UiContext
) -> None:
    panel.ask_text = lambda _parent, _title, _label: "Demo"
    panel.add_stage_button.click()
    assert stage_names(crm) == [
        "Lead in",
        "Qualified",
        "Contacted",
        "Proposal",
        "Negotiation",
        "Demo",
        "Won",
        "Lost",
    ]
    assert shown_stages(panel)[-1] == "Demo"
    stage = panel.current_stage()
    assert stage is not None and stage.name == "Demo"
    assert panel.rules.title() == "Rules of “Demo”"

    assert panel.stage_model.setData(panel.stage_model.index(5), "Live demo")
    assert stage_names(crm)[5] == "Live demo"
    ctx.undo(panel)
    assert stage_names(crm)[5] == "Demo"


def test_reorder_by_the_models_move_is_saved_and_undone(
    panel: PipelinesPanel, crm: Crm, ctx: UiContext, qtmodeltester: object
) -> None:
    qtmodeltester.check(panel.stage_model)  # type: ignore[attr-defined]
    model = panel.stage_model
    # "Negotiation" (row 4) dropped before "Qualified" (row 1)
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 1)
    expected = ["Lead in", "Negotiation", "Qualified", "Contacted", "Proposal"]
    assert stage_names(crm)[:5] == expected
    assert shown_stages(panel) == expected
    assert stage_names(crm)[5:] == ["Won", "Lost"]
    # "Lead in" (row 0) to the end
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 5)
    assert stage_names(crm)[:5] == ["Negotiation", "Qualified", "Contacted", "Proposal", "Lead in"]
    assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)  # onto itself: nothing

    ctx.undo(panel)
    ctx.undo(panel)
    assert shown_stages(panel) == ["Lead in", "Qualified", "Contacted", "Proposal", "Negotiation"]


def test_required_fields_probability_and_rotting_are_saved(
    panel: PipelinesPanel, crm: Crm, qtbot: QtBot
) -> None:
    proposal = crm.pipelines.pipelines()[0].stages[3]
    panel.select_stage(proposal.id)
    model = panel.rules.required_model
    for name in ("value", "expected_close"):
        index = model.index(model.row_of(name))
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert crm.pipelines.pipelines()[0].stages[3].required_fields == ("value", "expected_close")
    assert model.index(model.row_of("value")).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    index = model.index(model.row_of("value"))
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert crm.pipelines.pipelines()[0].stages[3].required_fields == ("expected_close",)

    spin = panel.rules.probability_spin
    spin.setValue(65)
    spin.editingFinished.emit()
    panel.rules.rotting_spin.setValue(14)
    panel.rules.rotting_spin.editingFinished.emit()
    stage = crm.pipelines.pipelines()[0].stages[3]
    assert (stage.probability, stage.rotting_days) == (65, 14)
    assert panel.stage_model.index(3).data() == "Proposal · 65 %"


def test_on_enter_actions_are_saved(panel: PipelinesPanel, crm: Crm, qtbot: QtBot) -> None:
    proposal = crm.pipelines.pipelines()[0].stages[3]
    panel.select_stage(proposal.id)
    rules = panel.rules
    qtbot.mouseClick(rules.task_check, Qt.MouseButton.LeftButton)
    assert rules.task_title_edit.isEnabled()
    rules.task_title_edit.setText("Send the proposal")
    rules.task_days_spin.setValue(3)
    rules.task_title_edit.editingFinished.emit()
    rules.set_probability_spin.setValue(70)
    qtbot.mouseClick(rules.set_probability_check, Qt.MouseButton.LeftButton)
    actions = crm.pipelines.pipelines()[0].stages[3].on_enter
    assert actions[0]["action"] == "create_task"
    assert (actions[0]["title"], actions[0]["due_in_days"]) == ("Send the proposal", 3)
    assert actions[1] == {"action": "set_probability", "value": 70}

    # the rule runs: a deal entering Proposal gets the task and the probability
    deal = crm.deals.create({"title": "Test"}).created_id
    assert deal
    crm.deals.move(deal, proposal.id)
    assert crm.deals.get(deal).values["probability"] == 70


def test_deleting_a_stage_with_deals_asks_where_they_go(
    panel: PipelinesPanel, crm: Crm, ctx: UiContext
) -> None:
    stages = crm.pipelines.pipelines()[0].stages
    deal = crm.deals.create({"title": "Waiting", "stage_id": stages[2].id}).created_id
    assert deal
    panel.select_stage(stages[2].id)
    asked: list[tuple[str, list[str]]] = []

    def choose(_parent: QWidget, question: str, choices: Sequence[tuple[str, str]]) -> str | None:
        asked.append((question, [label for label, _id in choices]))
        return dict(choices)["Qualified"]

    panel.ask_target = choose
    panel.delete_stage_button.click()
    assert asked == [
        (
            "Deals are in “Contacted”. Move them to:",
            ["Lead in", "Qualified", "Proposal", "Negotiation"],
        )
    ]
    assert "Contacted" not in stage_names(crm)
    assert crm.deals.get(deal).stage.name == "Qualified"
    assert "Contacted" not in shown_stages(panel)

    ctx.undo(panel)
    assert crm.deals.get(deal).stage.name == "Contacted"

    # an empty stage goes without a question; cancelling the question deletes nothing
    panel.ask_target = lambda _p, _q, _c: None
    panel.select_stage(stages[2].id)
    panel.delete_stage_button.click()
    assert "Contacted" in stage_names(crm)
    panel.select_stage(stages[4].id)
    panel.delete_stage_button.click()
    assert "Negotiation" not in stage_names(crm)


def test_pipelines_are_added_renamed_and_deleted_moving_deals(
    panel: PipelinesPanel, crm: Crm
) -> None:
    panel.ask_text = lambda _parent, _title, _label: "Service contracts"
    panel.add_pipeline_button.click()
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales", "Service contracts"]
    assert panel.current_pipeline_id() == crm.pipelines.pipelines()[1].id
    assert shown_stages(panel)[0] == "Lead in"
    second = crm.pipelines.pipelines()[1]
    deal = crm.deals.create({"title": "Yearly care", "pipeline_id": second.id}).created_id
    assert deal
    assert panel.pipeline_model.setData(panel.pipeline_model.index(1), "Service")
    assert crm.pipelines.pipelines()[1].name == "Service"

    panel.ask_target = lambda _p, _q, choices: dict(choices)["Sales › Proposal"]
    panel.delete_pipeline_button.click()
    assert [p.name for p in crm.pipelines.pipelines()] == ["Sales"]
    assert crm.deals.get(deal).stage.name == "Proposal"
    assert panel.pipeline_model.rowCount() == 1


def test_refusals_are_shown_and_nothing_is_saved(panel: PipelinesPanel, crm: Crm) -> None:
    panel.ask_text = lambda _parent, _title, _label: "x" * 300
    panel.add_stage_button.click()
    assert "too long" in panel.error_label.text()
    assert len(stage_names(crm)) == 7


def test_rates_base_currency_and_lost_reasons(
    panel: PipelinesPanel, crm: Crm, ctx: UiContext, qtbot: QtBot, qtmodeltester: object
) -> None:
    money = panel.currencies
    money.rate_currency_combo.setCurrentText("USD")
    qtbot.keyClicks(money.rate_edit, "0.92")
    qtbot.mouseClick(money.set_rate_button, Qt.MouseButton.LeftButton)
    assert crm.pipelines.rates() == {"USD": Decimal("0.92")}
    assert money.rates_model.rowCount() == 1
    qtmodeltester.check(money.rates_model)  # type: ignore[attr-defined]
    assert money.rates_model.setData(money.rates_model.index(0, 1), "0.95")
    assert crm.pipelines.rates() == {"USD": Decimal("0.95")}
    assert not money.rates_model.setData(money.rates_model.index(0, 1), "-2")
    assert money.money_error.isVisible()
    assert crm.pipelines.rates() == {"USD": Decimal("0.95")}

    money.base_combo.setCurrentText("chf")
    money.base_combo.activated.emit(0)
    assert crm.pipelines.base_currency() == "CHF"

    qtbot.keyClicks(money.reason_edit, "Went silent")
    qtbot.keyClick(money.reason_edit, Qt.Key.Key_Return)
    assert crm.pipelines.lost_reasons()[-1] == "Went silent"
    assert money.reasons_model.rowCount() == 7
    money.reasons_view.setCurrentIndex(money.reasons_model.index(0))
    qtbot.mouseClick(money.remove_reason_button, Qt.MouseButton.LeftButton)
    assert "Price" not in crm.pipelines.lost_reasons()
