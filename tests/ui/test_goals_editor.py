"""Goals: the list with progress and pace, add / edit / delete (each one undoable), and the
form's validation messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.crm import Crm
from desktop_crm.services.goals import GoalService
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reports.goals import GoalsDialog, goal_service
from desktop_crm.ui.reports.goals_editor import GoalEditDialog
from desktop_crm.ui.reports.goals_model import FRACTION_ROLE, PACE, PERIOD, PROGRESS, TARGET, WHO

TODAY = datetime.now(UTC).date()


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def goals(crm: Crm) -> GoalService:
    return goal_service(crm)


@pytest.fixture
def mina(crm: Crm) -> str:
    made = crm.catalog.add_user("Mina Karimi").created_id
    assert made
    return made


def open_dialog(qtbot: QtBot, ui: UiContext) -> GoalsDialog:
    dialog = GoalsDialog(ui, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(dialog: GoalsDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_list_shows_progress_and_pace(
    qtbot: QtBot,
    crm: Crm,
    ui: UiContext,
    goals: GoalService,
    mina: str,
    qtmodeltester: ModelTester,
) -> None:
    for name in ("Ann", "Bob", "Cy"):
        crm.contacts.create({"first_name": name})
    # just started: nothing expected yet -> on track; reached -> done; half over at 0 -> behind
    goals.create("new_leads", 5, TODAY, TODAY + timedelta(days=9))
    goals.create("new_leads", 2, TODAY, TODAY + timedelta(days=9), mina)
    goals.create("activities", 100, TODAY - timedelta(days=10), TODAY + timedelta(days=9))
    goals.create("deals_won_value", 5000, TODAY - timedelta(days=60), TODAY - timedelta(days=31))
    dialog = open_dialog(qtbot, ui)
    qtmodeltester.check(dialog.model)
    rows = {
        (dialog.model.index(r, 0).data(), dialog.model.index(r, WHO).data()): r
        for r in range(dialog.model.rowCount())
    }
    assert set(rows) == {
        ("New leads", "Team"),
        ("New leads", "Mina Karimi"),
        ("Activities", "Team"),
    }
    team_leads, mina_leads, acts = (
        rows[("New leads", "Team")],
        rows[("New leads", "Mina Karimi")],
        rows[("Activities", "Team")],
    )
    model = dialog.model
    assert model.index(team_leads, PROGRESS).data() == "3 / 5"
    assert model.index(team_leads, PACE).data() == "On track"
    assert model.index(team_leads, PROGRESS).data(FRACTION_ROLE) == pytest.approx(0.6)
    assert model.index(mina_leads, PROGRESS).data() == "0 / 2"  # the contacts are the owner's
    assert model.index(acts, PROGRESS).data() == "0 / 100"
    assert model.index(acts, PACE).data() == "Behind"
    assert model.index(acts, TARGET).data() == "100"
    start = TODAY - timedelta(days=10)
    assert model.index(acts, PERIOD).data().startswith(f"{start.month}/{start.day}/")
    dialog.past_check.setChecked(True)  # the goal that ended a month ago too
    assert "Deals won (value)" in cells(dialog, 0)
    assert "€5,000" in cells(dialog, TARGET)  # money in the base currency
    grabbed = dialog.view.viewport().grab()  # the painted progress bars
    assert not grabbed.isNull()


def test_reached_goal_is_done(qtbot: QtBot, crm: Crm, ui: UiContext, goals: GoalService) -> None:
    crm.contacts.create({"first_name": "Ann"})
    goals.create("new_leads", 1, TODAY - timedelta(days=3), TODAY + timedelta(days=3))
    dialog = open_dialog(qtbot, ui)
    assert cells(dialog, PACE) == ["Done"]


def fill(editor: GoalEditDialog, metric: str, target: str, start: date, end: date) -> None:
    editor.metric_combo.setCurrentIndex(editor.metric_combo.findData(metric))
    editor.target_edit.setText(target)
    editor.start_field.set_value(start)
    editor.end_field.set_value(end)


def test_add_edit_delete_each_undoable(
    qtbot: QtBot, ui: UiContext, goals: GoalService, mina: str
) -> None:
    dialog = open_dialog(qtbot, ui)
    assert dialog.model.rowCount() == 0
    editor = dialog.add_goal()
    first = TODAY.replace(day=1)
    assert editor.start_field.value() == first  # this month by default
    fill(editor, "deals_won_count", "12", first, first + timedelta(days=27))
    editor.who_combo.setCurrentIndex(editor.who_combo.findData(mina))
    assert editor.save()
    assert cells(dialog, 0) == ["Deals won (count)"]
    assert cells(dialog, TARGET) == ["12"] and cells(dialog, WHO) == ["Mina Karimi"]
    assert dialog.selected_goal() is not None  # the new goal is selected
    ui.undo()
    assert dialog.model.rowCount() == 0
    ui.redo()
    assert cells(dialog, TARGET) == ["12"]

    dialog.select_goal(dialog.goals()[0].id)
    editor = dialog.edit_selected()
    assert editor is not None and editor.target_edit.text() == "12"
    editor.target_edit.setText("20")
    assert editor.save()
    assert cells(dialog, TARGET) == ["20"]
    ui.undo()
    assert cells(dialog, TARGET) == ["12"]

    goal_id = dialog.goals()[0].id
    dialog.select_goal(goal_id)
    assert dialog.delete_selected() is not None
    assert dialog.model.rowCount() == 0 and goals.list() == []
    ui.undo()
    assert [g.id for g in dialog.goals()] == [goal_id]


def test_moving_a_period_later_keeps_it_valid(
    qtbot: QtBot, ui: UiContext, goals: GoalService
) -> None:
    start = TODAY
    goals.create("activities", 30, start, start + timedelta(days=6))
    dialog = open_dialog(qtbot, ui)
    dialog.select_goal(dialog.goals()[0].id)
    editor = dialog.edit_selected()
    assert editor is not None
    later = start + timedelta(days=30)
    editor.start_field.set_value(later)
    editor.end_field.set_value(later + timedelta(days=6))
    assert editor.save(), editor.errors()
    goal = goals.list()[0]
    assert (goal.period_start, goal.period_end) == (later, later + timedelta(days=6))


@pytest.mark.parametrize(
    ("metric", "target", "days", "field", "message"),
    [
        ("new_leads", "0", 5, "target", "The target must be more than 0."),
        ("deals_won_value", "-50", 5, "target", "The target must be more than 0."),
        ("activities", "2.5", 5, "target", "This target is a whole number."),
        ("new_leads", "abc", 5, "target", "Enter a number."),
        ("new_leads", "10", -3, "period_end", "The period ends before it starts."),
    ],
)
def test_validation_messages(
    qtbot: QtBot,
    ui: UiContext,
    goals: GoalService,
    metric: str,
    target: str,
    days: int,
    field: str,
    message: str,
) -> None:
    dialog = open_dialog(qtbot, ui)
    editor = dialog.add_goal()
    fill(editor, metric, target, TODAY, TODAY + timedelta(days=days))
    assert not editor.save()
    assert editor.errors() == {field: message}
    assert editor.isVisible() and goals.list() == []
    editor.close()


def test_service_errors_land_under_their_field(
    qtbot: QtBot, ui: UiContext, goals: GoalService
) -> None:
    editor = GoalEditDialog(ui, goals, today=TODAY)
    qtbot.addWidget(editor)
    with pytest.raises(ValidationError) as raised:
        goals.create("new_leads", Decimal(0), TODAY, TODAY)
    editor.show_service_error(raised.value)
    assert editor.errors() == {"target": "The target must be more than 0."}


def test_double_click_edits(qtbot: QtBot, ui: UiContext, goals: GoalService) -> None:
    goals.create("new_leads", 7, TODAY, TODAY + timedelta(days=6))
    dialog = open_dialog(qtbot, ui)
    qtbot.waitExposed(dialog)
    rect = dialog.view.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.editor is not None and dialog.editor.target_edit.text() == "7"
    dialog.editor.close()
