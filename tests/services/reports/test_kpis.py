"""The dashboard's tiles on the hand-worked fixture (fixture_people.py); today is 2026-03-18, so
"now" is the end of that day (2026-03-19 00:00 UTC), this month March, this week 03-16 … 03-22."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from desktop_crm.domain.reports import Kpi, ValueKind
from desktop_crm.services.crm import Crm
from desktop_crm.services.goals import GoalService
from desktop_crm.services.reports import kpis as kpis_module
from tests.services.reports.fixture_people import TODAY, People, build, postgresql_statements


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def _tiles(crm: Crm, owner_id: str | None = None, today: date = TODAY) -> dict[str, Kpi]:
    return {k.key: k for k in crm.reports.kpis(today=today, owner_id=owner_id)}


def _ids(kpi: Kpi) -> set[str]:
    assert kpi.drill is not None
    return set(kpi.drill.ids)


def test_team_tiles(crm: Crm, fx: People) -> None:
    tiles = _tiles(crm)
    assert list(tiles) == [
        "open_pipeline", "weighted_forecast", "won_month", "new_leads_month", "overdue_tasks",
        "activities_week", "stale_deals",
    ]  # fmt: skip
    pipeline = tiles["open_pipeline"]
    # open: D1 1000 + D2 2000 USD × 0.5 = 1000 + D11 1500 = 3500 EUR; D3 (GBP, no rate) and
    # D4 (no value) are counted but not summed: 5 deals
    assert (pipeline.value, pipeline.kind, pipeline.count) == (3500, ValueKind.MONEY, 5)
    assert _ids(pipeline) == fx.of("D1", "D2", "D3", "D4", "D11")
    assert [
        (n.code, n.params.get("currencies"), n.params.get("count")) for n in pipeline.notes
    ] == [
        ("missing_rate", ["GBP"], None),
        ("without_value", None, 1),
    ]
    forecast = tiles["weighted_forecast"]
    # D1 1000 × 10 % (Lead in) + D2 1000 × 50 % (its own) + D11 1500 × 40 % (Contacted)
    # = 100 + 500 + 600 = 1200
    assert (forecast.value, forecast.count) == (1200, 5)
    won = tiles["won_month"]
    # March: D5 4000 + D6 600 USD = 300 → 4300; D9 (GBP) counted: 3 deals; D10 is deleted;
    # against the team's G1: 10000
    assert (won.value, won.kind, won.count, won.target) == (4300, ValueKind.MONEY, 3, 10000)
    assert _ids(won) == fx.of("D5", "D6", "D9")
    assert [n.code for n in won.notes] == ["missing_rate"]
    leads = tiles["new_leads_month"]
    # C5 03-04, C6 03-11, C7 03-16 (C8 deleted); against G3: 5
    assert (leads.value, leads.count, leads.target) == (3, 3, 5)
    assert _ids(leads) == fx.of("C5", "C6", "C7")
    overdue = tiles["overdue_tasks"]
    # T3 due 03-12 (T4 03-25 and T5 03-19 are not due yet; T6 deleted; T1 T2 done)
    assert (overdue.value, overdue.count, _ids(overdue)) == (1, 1, fx.of("T3"))
    week = tiles["activities_week"]
    # A5 03-16, A6 03-17, A7 03-18; no team goal for this week
    assert (week.value, week.count, week.target) == (3, 3, None)
    assert _ids(week) == fx.of("A5", "A6", "A7")
    stale = tiles["stale_deals"]
    # D1 in Lead in (7 days) since 03-02: 17 days; D2 in Proposal (10 days) since 03-12: 7 days
    assert (stale.value, stale.count, _ids(stale)) == (1, 1, fx.of("D1"))


def test_a_salespersons_tiles(crm: Crm, fx: People) -> None:
    tiles = _tiles(crm, fx.users["anna"])
    assert (tiles["open_pipeline"].value, tiles["open_pipeline"].count) == (2000, 2)  # D1, D2
    assert tiles["open_pipeline"].notes == ()  # both in EUR/USD with a value
    assert tiles["weighted_forecast"].value == 600  # 100 + 500
    won = tiles["won_month"]
    assert (won.value, won.count, won.target) == (4000, 1, 5000)  # D5; her goal G2
    leads = tiles["new_leads_month"]
    assert (leads.value, leads.target) == (2, None)  # C5, C7; the team's G3 is not hers
    assert tiles["overdue_tasks"].value == 1  # T3
    week = tiles["activities_week"]
    assert (week.value, week.target) == (1, 3)  # A7; her weekly goal G5
    assert _ids(tiles["stale_deals"]) == fx.of("D1")


def test_a_count_goal_shows_the_count(crm: Crm, fx: People) -> None:
    won = _tiles(crm, fx.users["bruno"])["won_month"]
    # Bruno has a goal by count only (G6: 1): the tile shows D6 + D9 = 2 deals against it
    assert (won.value, won.kind, won.count, won.target) == (2, ValueKind.INT, 2, 1)


def test_only_a_goal_for_exactly_the_month_is_a_target(crm: Crm, fx: People) -> None:
    GoalService(crm.ctx).delete([fx.ids["G1"]])
    GoalService(crm.ctx).create("deals_won_value", 30000, date(2026, 1, 1), date(2026, 3, 31))
    assert _tiles(crm)["won_month"].target is None  # a quarter's goal is not this month's


def test_drills_are_capped_largest_first(
    crm: Crm, fx: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kpis_module, "DRILL_LIMIT", 2)
    pipeline = _tiles(crm)["open_pipeline"]
    assert pipeline.count == 5  # the count is all of them
    # D11 1500, then D1 and D2 at 1000 each (D1 was created first: the smaller id)
    assert pipeline.drill is not None and pipeline.drill.ids == (fx.ids["D11"], fx.ids["D1"])


def test_stale_deals_agree_with_the_board(crm: Crm, fx: People) -> None:
    for today in (date(2026, 3, 9), TODAY, date(2026, 3, 25)):
        end_of_day = datetime.combine(today + timedelta(days=1), time(), tzinfo=UTC)
        board = crm.deals.board(crm.pipelines.pipelines()[0].id, now=end_of_day)
        marked = {card.id for column in board.columns for card in column.deals if card.stale}
        assert _ids(_tiles(crm, today=today)["stale_deals"]) == marked
    # on 03-25 (now 03-26): D1 (24 days in Lead in) and D2 (14 days in Proposal)
    assert marked == fx.of("D1", "D2")


def test_an_empty_database(crm: Crm) -> None:
    tiles = _tiles(crm)
    assert all(t.value == 0 and t.target is None for t in tiles.values())
    assert all(t.drill is not None and t.drill.ids == () for t in tiles.values())


def test_statements_compile_for_postgresql(crm: Crm, fx: People) -> None:
    sql = postgresql_statements(lambda: crm.reports.kpis(today=TODAY))
    assert len(sql) >= 15
    assert any("coalesce(deals.probability, stages.probability)" in s for s in sql)
