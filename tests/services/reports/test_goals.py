"""Goals: the service (create, edit, delete, undo), pace with a fixed today, and the goals report
on the hand-worked fixture (fixture_people.py). March 2026 has 31 days; today is 03-18, so 17
whole days of March are behind us: expected by now = target × 17/31."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_crm.domain.enums import GoalMetric
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.reports import ChartKind, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.services.goals import Goal, GoalService, expected_by, pace_of
from tests.services.reports.fixture_people import TODAY, People, build, postgresql_statements

D = date.fromisoformat
MARCH = ReportFilter(D("2026-03-01"), D("2026-03-31"))


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def _goal(target: str, start: str = "2026-03-01", end: str = "2026-03-31") -> Goal:
    return Goal("g", GoalMetric.ACTIVITIES, Decimal(target), D(start), D(end), None)


# ----- pace ------------------------------------------------------------------------------------
def test_expected_by_counts_the_whole_days_before_today() -> None:
    goal = _goal("31")
    assert expected_by(goal, D("2026-02-20")) == 0  # before the period: nothing yet
    assert expected_by(goal, D("2026-03-01")) == 0  # its first day: no whole day behind
    assert expected_by(goal, D("2026-03-18")) == 17  # 31 × 17/31
    assert expected_by(goal, D("2026-03-31")) == 30  # 31 × 30/31
    assert expected_by(goal, D("2026-04-01")) == 31  # over: all of it
    assert expected_by(_goal("10"), D("2026-03-18")) == Decimal(10) * 17 / 31


def test_pace() -> None:
    goal = _goal("31")  # 17 expected on 03-18
    assert pace_of(goal, Decimal(16), D("2026-03-18")) == "behind"
    assert pace_of(goal, Decimal(17), D("2026-03-18")) == "on_track"  # actual ≥ expected
    assert pace_of(goal, Decimal(31), D("2026-03-18")) == "done"  # actual ≥ target
    assert pace_of(goal, Decimal(0), D("2026-03-01")) == "on_track"  # nothing expected yet
    assert pace_of(goal, Decimal(30), D("2026-04-02")) == "behind"  # over and missed


# ----- progress --------------------------------------------------------------------------------
def test_progress_of_the_goals_running_today(crm: Crm, fx: People) -> None:
    found = {p.goal.id: p for p in GoalService(crm.ctx).progress(TODAY)}
    assert set(found) == fx.of("G1", "G2", "G3", "G4", "G5", "G6")  # G7 (February) is over
    g1 = found[fx.ids["G1"]]
    # team value: D5 4000 + D6 600 USD × 0.5 = 300 → 4300 (D9 is GBP: no rate; D7 is February;
    # D10 deleted); expected 10000 × 17/31 = 5483.87; 4300 < 5483.87: behind
    assert g1.actual == Decimal("4300.00")
    assert g1.expected_by_now.quantize(Decimal("0.01")) == Decimal("5483.87")
    assert (g1.pace, g1.fraction, g1.missing_currencies) == ("behind", 0.43, ("GBP",))
    g2 = found[fx.ids["G2"]]
    # Anna's value: D5 4000; expected 5000 × 17/31 = 2741.94: on track; 4000 ÷ 5000
    assert (g2.actual, g2.pace, g2.fraction, g2.missing_currencies) == (4000, "on_track", 0.8, ())
    g3 = found[fx.ids["G3"]]
    # new leads: C5 03-04, C6 03-11, C7 03-16 (C8 deleted) = 3; expected 5 × 17/31 = 2.74
    assert (g3.actual, g3.pace, g3.fraction) == (3, "on_track", 0.6)
    g4 = found[fx.ids["G4"]]
    # Bruno's March activities: A4, A5, A6 = 3; expected 10 × 17/31 = 5.48: behind
    assert (g4.actual, g4.pace, g4.fraction) == (3, "behind", 0.3)
    g5 = found[fx.ids["G5"]]
    # Anna this week: A7 (03-18) = 1; 2 of 7 days behind: expected 3 × 2/7 = 0.86: on track
    assert (g5.actual, g5.pace) == (1, "on_track")
    assert g5.expected_by_now == Decimal(3) * 2 / 7
    g6 = found[fx.ids["G6"]]
    # Bruno's deals won: D6, D9 = 2 (a count: GBP does not matter) ≥ 1: done, 200 %
    assert (g6.actual, g6.pace, g6.fraction) == (2, "done", 2.0)


def test_progress_of_a_salesperson(crm: Crm, fx: People) -> None:
    found = GoalService(crm.ctx).progress(TODAY, user_id=fx.users["anna"])
    # hers (G2, G5) and the team's (G1, G3)
    assert {p.goal.id for p in found} == fx.of("G1", "G2", "G3", "G5")


def test_a_finished_goal(crm: Crm, fx: People) -> None:
    service = GoalService(crm.ctx)
    february = service.list(start=D("2026-02-01"), end=D("2026-02-28"))
    assert [g.id for g in february] == [fx.ids["G7"]]
    (p,) = service.progress(TODAY, goals=february)
    # February's activities: A9 (02-27) = 1 of 20; the period is over: 20 expected
    assert (p.actual, p.expected_by_now, p.pace, p.fraction) == (1, 20, "behind", 0.05)


# ----- the service -----------------------------------------------------------------------------
def test_create_list_update_delete_and_undo(crm: Crm) -> None:
    service = GoalService(crm.ctx)
    anna = crm.catalog.add_user("Anna").created_id
    change = service.create("deals_won_count", "4", "2026-04-01", date(2026, 4, 30), anna)
    goal_id = change.created_id
    assert goal_id is not None and change.touches("goal")
    crm.undo.push(change)
    goal = service.get(goal_id)
    assert (goal.metric, goal.target, goal.period_start, goal.user_name) == (
        GoalMetric.DEALS_WON_COUNT, Decimal(4), D("2026-04-01"), "Anna",
    )  # fmt: skip
    crm.undo.push(service.update(goal_id, "target", Decimal("6")))
    crm.undo.push(service.update(goal_id, "metric", "deals_won_value"))
    crm.undo.push(service.update(goal_id, "user_id", None))
    goal = service.get(goal_id)
    assert (goal.metric, goal.target, goal.user_id) == (GoalMetric.DEALS_WON_VALUE, 6, None)
    crm.undo.undo()  # back to Anna's
    crm.undo.undo()  # back to a count
    assert service.get(goal_id).metric is GoalMetric.DEALS_WON_COUNT
    assert service.get(goal_id).user_id == anna
    crm.undo.undo()  # back to 4
    assert service.get(goal_id).target == 4
    crm.undo.redo()
    assert service.get(goal_id).target == 6
    crm.undo.push(service.delete([goal_id]))
    assert service.list() == []
    with pytest.raises(NotFoundError):
        service.get(goal_id)
    crm.undo.undo()
    assert [g.id for g in service.list()] == [goal_id]


def test_undo_a_period_edit(crm: Crm) -> None:
    service = GoalService(crm.ctx)
    goal_id = service.create("activities", 10, D("2026-04-01"), D("2026-04-30")).created_id
    assert goal_id is not None
    crm.undo.push(service.update(goal_id, "period_end", D("2026-05-31")))
    crm.undo.undo()
    assert service.get(goal_id).period_end == D("2026-04-30")


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        (("sales", 5, "2026-04-01", "2026-04-30"), "metric", "choice"),
        (("activities", 0, "2026-04-01", "2026-04-30"), "target", "positive"),
        (("activities", "2.5", "2026-04-01", "2026-04-30"), "target", "whole_number"),
        (("activities", "many", "2026-04-01", "2026-04-30"), "target", "number"),
        (("activities", 5, "2026-04-30", "2026-04-01"), "period_end", "end_before_start"),
        (("activities", 5, None, "2026-04-01"), "period_start", "required"),
    ],
)
def test_invalid_goals(crm: Crm, values: tuple[object, ...], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        GoalService(crm.ctx).create(*values)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)
    assert GoalService(crm.ctx).list() == []


def test_invalid_edits(crm: Crm) -> None:
    service = GoalService(crm.ctx)
    goal_id = service.create("deals_won_value", "2500.50", "2026-04-01", "2026-04-30").created_id
    assert goal_id is not None
    with pytest.raises(ValidationError) as caught:  # 2500.50 is not a count
        service.update(goal_id, "metric", "deals_won_count")
    assert caught.value.code == "whole_number"
    with pytest.raises(ValidationError) as caught:
        service.update(goal_id, "user_id", "nobody")
    assert caught.value.code == "no_such_ref"
    with pytest.raises(ValidationError) as caught:
        service.update(goal_id, "deleted_at", None)
    assert caught.value.code == "unknown_field"
    with pytest.raises(NotFoundError):
        service.update("missing", "target", 3)
    assert service.get(goal_id).metric is GoalMetric.DEALS_WON_VALUE  # nothing changed


# ----- the report ------------------------------------------------------------------------------
def test_goals_report(crm: Crm, fx: People) -> None:
    data = crm.reports.run("goals", MARCH, today=TODAY)
    # the team's first, then by name; each salesperson's by period, then metric (see above for
    # the actual and expected values; expected rounded to cents)
    assert data.rows == (
        ("Team", "Deals won (value)", D("2026-03-01"), D("2026-03-31"), 10000, 4300,
         Decimal("5483.87"), 43.0, "Behind"),
        ("Team", "New leads", D("2026-03-01"), D("2026-03-31"), 5, 3, Decimal("2.74"), 60.0,
         "On track"),
        ("Anna", "Deals won (value)", D("2026-03-01"), D("2026-03-31"), 5000, 4000,
         Decimal("2741.94"), 80.0, "On track"),
        ("Anna", "Activities", D("2026-03-16"), D("2026-03-22"), 3, 1, Decimal("0.86"),
         pytest.approx(100 / 3), "On track"),
        ("Bruno", "Activities", D("2026-03-01"), D("2026-03-31"), 10, 3, Decimal("5.48"), 30.0,
         "Behind"),
        ("Bruno", "Deals won", D("2026-03-01"), D("2026-03-31"), 1, 2, Decimal("0.55"), 200.0,
         "Done"),
    )  # fmt: skip
    assert data.totals is None  # goals do not add up
    chart = data.chart
    assert chart is not None and chart.kind is ChartKind.PROGRESS
    # the goal's period is named when it is not the range's
    assert chart.categories[:4] == (
        "Team · Deals won (value)",
        "Team · New leads",
        "Anna · Deals won (value)",
        "Anna · Activities (2026-03-16 – 2026-03-22)",
    )
    assert chart.series[0].values == (4300, 3, 4000, 1, 3, 2)
    assert chart.series[1].key == "expected"
    assert chart.targets == (10000, 5, 5000, 3, 10, 1)
    # D9 (GBP) is left out of the team's value
    assert [(n.code, n.params["currencies"]) for n in data.notes] == [("missing_rate", ["GBP"])]


def test_the_chart_draws_the_goals_of_the_day(crm: Crm, fx: People) -> None:
    flt = ReportFilter(D("2026-02-01"), D("2026-03-31"))
    data = crm.reports.run("goals", flt, today=TODAY)
    assert len(data.rows) == 7  # G1–G7
    chart = data.chart
    assert chart is not None
    # those running on 03-18: all but February's G7
    assert len(chart.categories) == len(chart.targets) == 6
    assert "Team · Activities (2026-02-01 – 2026-02-28)" not in chart.categories
    partial = [n for n in data.notes if n.code == "chart_partial"]
    assert [n.params for n in partial] == [{"shown": 6, "total": 7}]
    # a range that is over stands at its last day: February's goal
    past = crm.reports.run("goals", ReportFilter(D("2026-01-01"), D("2026-02-28")), today=TODAY)
    assert past.chart is not None and past.chart.targets == (20,)
    assert [n.code for n in past.notes] == []


def test_goals_report_of_one_salesperson(crm: Crm, fx: People) -> None:
    flt = ReportFilter(D("2026-03-01"), D("2026-03-31"), owner_id=fx.users["anna"])
    data = crm.reports.run("goals", flt, today=TODAY)
    assert [(r[0], r[1]) for r in data.rows] == [
        ("Anna", "Deals won (value)"),
        ("Anna", "Activities"),
    ]
    assert data.notes == ()  # Anna's only won deal is in EUR


def test_goals_report_without_goals(crm: Crm, fx: People) -> None:
    data = crm.reports.run("goals", ReportFilter(D("2025-01-01"), D("2025-12-31")), today=TODAY)
    assert data.rows == () and data.chart is None
    assert [n.code for n in data.notes] == ["no_data"]


def test_statements_compile_for_postgresql(crm: Crm, fx: People) -> None:
    sql = postgresql_statements(lambda: crm.reports.run("goals", MARCH, today=TODAY))
    daily = [s for s in sql if "GROUP BY" in s]
    # one per metric (4) and the currencies left out of deals won by value
    assert len(daily) == 5
    assert all("to_char(date_trunc('day'" in s for s in daily)
