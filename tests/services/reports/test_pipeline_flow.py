"""Funnel, time in stage, sales cycle and velocity on the hand-worked fixture.

March 2026 unless said otherwise; every event is at 10:00 UTC so day counts are whole.
History of the "Sales" pipeline deals (L = Lead in, Q = Qualified, C = Contacted, W/X = won/lost):
Anna  D1 L 02-20 Q 03-02 C 03-05 W 03-10 · D2 L 03-01 Q 03-04 W 03-20 · D3 L 03-03 X 03-13 ·
      D4 L 03-10 Q 03-12 (open) · D16 L 03-02 X 03-05 · D5 Feb only · D14 deleted
Boris D6 L 03-02 Q 03-06 C 03-09 W 03-25 · D7 L 03-05 Q 03-08 W 03-18 · D8 L 03-07 Q 03-09
      X 03-19 · D9 L 03-20 (open) · D10 L 01-10 Q 01-20 C 02-01 (open) · D15 L 03-27 W 03-28
Carl  D11 L 03-01 W 03-15 · D12 L 03-10 (open)
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_crm.domain.reports import ChartKind, Note, ReportData, ReportFilter
from desktop_crm.services.crm import Crm
from tests.services.reports import fixture
from tests.services.reports.fixture import EMPTY_RANGE, MARCH, TODAY, Fixture

FLOW_REPORTS = ("funnel", "stage_time", "sales_cycle", "velocity")
CARL_DELETED = Note(
    "deleted_owner", "Deleted salesperson(s) still counted: Carl", {"names": ["Carl"]}
)
SALES_ONLY = Note(
    "one_pipeline",
    "Stages of the pipeline Sales; choose a pipeline to see another",
    {"pipeline": "Sales"},
)


@pytest.fixture
def fx(crm: Crm) -> Fixture:
    return fixture.build(crm)


def run(crm: Crm, name: str, flt: ReportFilter = MARCH) -> ReportData:
    return crm.reports.run(name, flt, today=TODAY)


def approx(row: tuple[object, ...] | None) -> tuple[object, ...]:
    assert row is not None
    return tuple(pytest.approx(v) if isinstance(v, float) else v for v in row)


def test_funnel_counts_every_stage_up_to_the_furthest_reached(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "funnel")
    assert [c.title for c in report.columns] == [
        "Salesperson",
        "Lead in",
        "Qualified",
        "Contacted",
        "Won",
        "Lead in → Qualified",
        "Qualified → Contacted",
        "Contacted → Won",
        "Overall conversion",
    ]
    # furthest stage entered in March — Anna: D1 W, D2 W (skipped C), D3 L (then lost), D4 Q,
    # D16 L → L 5, Q 3, C 2, W 2; 3/5 = 60 %, 2/3 = 66.7 %, 2/2 = 100 %, overall 2/5 = 40 %
    assert [approx(r) for r in report.rows] == [
        approx(("Anna", 5, 3, 2, 2, 60.0, 200 / 3, 100.0, 40.0)),
        # D6 W, D7 W (skipped C), D8 Q (then lost), D9 L, D15 W (skipped Q and C); D10 moved
        # before March → L 5, Q 4, C 3, W 3; 80 %, 75 %, 100 %, overall 60 %
        approx(("Boris", 5, 4, 3, 3, 80.0, 75.0, 100.0, 60.0)),
        # D11 W (skipped Q and C), D12 L → L 2, Q 1, C 1, W 1
        approx(("Carl", 2, 1, 1, 1, 50.0, 100.0, 100.0, 50.0)),
    ]
    # team: L 12, Q 8, C 6, W 6 → 8/12 = 66.7 %, 6/8 = 75 %, 6/6 = 100 %, 6/12 = 50 %
    assert approx(report.totals) == approx(("Team", 12, 8, 6, 6, 200 / 3, 75.0, 100.0, 50.0))
    assert report.notes == (SALES_ONLY, CARL_DELETED)  # no pipeline chosen, two exist
    chart = report.chart
    assert chart is not None and chart.kind == ChartKind.FUNNEL
    assert chart.categories == ("Lead in", "Qualified", "Contacted", "Won")
    assert [(s.key, s.values) for s in chart.series] == [
        ("team", (12, 8, 6, 6)),
        (fx.users["anna"], (5, 3, 2, 2)),
        (fx.users["boris"], (5, 4, 3, 3)),
        (fx.users["carl"], (2, 1, 1, 1)),
    ]


def test_funnel_of_a_chosen_pipeline_and_salesperson(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(MARCH.start, MARCH.end, pipeline_id=fx.sales, owner_id=fx.users["boris"])
    report = run(crm, "funnel", flt)
    assert report.rows == (("Boris", 5, 4, 3, 3, 80.0, 75.0, 100.0, 60.0),)
    assert report.totals is None and report.notes == ()
    other = run(crm, "funnel", ReportFilter(MARCH.start, MARCH.end, pipeline_id=fx.other))
    assert other.rows == ()  # D13 entered "Start" on 1 February
    assert [n.code for n in other.notes] == ["no_data"]


def test_funnel_ignores_an_undone_move(crm: Crm, fx: Fixture) -> None:
    created = crm.deals.create({"title": "Fresh", "owner_id": fx.users["anna"]})
    assert created.created_id is not None
    change = crm.deals.move(created.created_id, fx.stages["Q"])
    crm.undo.push(change)
    crm.undo.undo()  # the stage change into Qualified is soft-deleted
    today = datetime.now(UTC).date()
    report = run(crm, "funnel", ReportFilter(today, today, pipeline_id=fx.sales))
    assert report.rows == (("Anna", 1, 0, 0, 0, 0.0, None, None, 0.0),)  # Lead in only


def test_stage_time(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "stage_time")
    assert [c.title for c in report.columns] == [
        "Salesperson",
        "Lead in",
        "Qualified",
        "Contacted",
    ]
    assert [approx(r) for r in report.rows] == [
        # stays that ended in March — Lead in: D1 02-20→03-02 10 d, D2 3, D3 10, D4 2, D16 3
        # → 28/5 = 5.6; Qualified: D1 3, D2 03-04→03-20 16 → 9.5; Contacted: D1 5
        approx(("Anna", 5.6, 9.5, 5.0)),
        # Lead in: D6 4, D7 3, D8 2, D15 1 → 2.5; Qualified: D6 3, D7 10, D8 10 → 23/3;
        # Contacted: D6 03-09→03-25 16 (D10's stays ended before March; D9 is still in L)
        approx(("Boris", 2.5, 23 / 3, 16.0)),
        approx(("Carl", 14.0, None, None)),  # D11 03-01→03-15; D12 still in Lead in
    ]
    # Lead in 52 days / 10 stays = 5.2; Qualified 42 / 5 = 8.4; Contacted 21 / 2 = 10.5
    assert approx(report.totals) == approx(("Team", 5.2, 8.4, 10.5))
    assert report.notes == (SALES_ONLY, CARL_DELETED)
    chart = report.chart
    assert chart is not None and chart.categories == ("Lead in", "Qualified", "Contacted")
    assert chart.series[0].values == pytest.approx((5.2, 8.4, 10.5))


def test_stage_time_over_the_whole_history(crm: Crm, fx: Fixture) -> None:
    # 2026 holds every stage change: the history is read in one pass (no per-deal lookup)
    report = run(crm, "stage_time", ReportFilter(date(2026, 1, 1), date(2026, 12, 31)))
    assert [approx(r) for r in report.rows] == [
        approx(("Anna", 7.0, 9.5, 5.0)),  # Lead in: March's 28 days + D5 02-01→02-15 14 → 42/6
        # Lead in: 10 + D10 01-10→01-20 10 → 20/5; Qualified: 23 + D10 01-20→02-01 12 → 35/4
        approx(("Boris", 4.0, 8.75, 16.0)),
        approx(("Carl", 14.0, None, None)),
    ]
    assert approx(report.totals) == approx(("Team", 76 / 12, 9.0, 10.5))  # 76 d / 12 stays …


def test_sales_cycle(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "sales_cycle")
    assert [approx(r) for r in report.rows] == [
        approx(("Anna", 2, 18.5)),  # D1 02-20→03-10 18 days, D2 03-01→03-20 19 → 37/2
        approx(("Boris", 3, 37 / 3)),  # D6 23, D7 13, D15 1 → 37/3 = 12.3
        approx(("Carl", 1, 14.0)),  # D11 03-01→03-15
    ]
    assert approx(report.totals) == approx(("Team", 6, 88 / 6))  # 37 + 37 + 14 = 88 → 14.7
    assert report.notes == (CARL_DELETED,)


def test_velocity(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "velocity")
    assert [approx(r) for r in report.rows] == [
        # open at the end of March: D4, D13; win rate 2/4; size 600; cycle 18.5
        # → 2 × 0.5 × 600 / 18.5 = 32.43 a day
        approx(("Anna", 2, 50.0, Decimal("600.00"), 18.5, Decimal("32.43"))),
        # open: D9, D10; 3/4; size 250 (D7 only); cycle 37/3 → 2 × 0.75 × 250 × 3/37 = 30.41
        approx(("Boris", 2, 75.0, Decimal("250.00"), 37 / 3, Decimal("30.41"))),
        # open: D12; 1/1; 900; 14 → 900 / 14 = 64.29
        approx(("Carl", 1, 100.0, Decimal("900.00"), 14.0, Decimal("64.29"))),
    ]
    # 5 open × 6/9 × 587.50 ÷ 88/6 = 5875/44 = 133.52
    assert approx(report.totals) == approx(
        ("Team", 5, 200 / 3, Decimal("587.50"), 88 / 6, Decimal("133.52"))
    )
    assert [n.code for n in report.notes] == ["missing_rate", "without_value", "deleted_owner"]
    assert report.chart is not None
    assert report.chart.series[0].values == (32.43, 30.41, 64.29)


def test_velocity_counts_deals_open_at_the_end_of_the_range(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(MARCH.start, MARCH.start)  # 1 March only
    report = run(crm, "velocity", flt)
    # open at the end of 1 March: Anna D1 (won later, on 03-10), D2 (created 03-01), D13;
    # Boris D10; Carl D11 (won later, on 03-15). Nothing closed that day: no rate, size, cycle.
    assert report.rows == (
        ("Anna", 3, None, None, None, None),
        ("Boris", 1, None, None, None, None),
        ("Carl", 1, None, None, None, None),
    )
    assert report.totals == ("Team", 5, None, None, None, None)


@pytest.mark.parametrize("name", FLOW_REPORTS)
def test_a_range_without_data_says_so(crm: Crm, fx: Fixture, name: str) -> None:
    report = run(crm, name, EMPTY_RANGE)
    assert report.rows == () and report.totals is None and report.chart is None
    assert report.notes[0] == Note("no_data", "No data in this range")
    assert report.definition


@pytest.mark.parametrize("name", FLOW_REPORTS)
def test_every_statement_compiles_for_postgresql(crm: Crm, fx: Fixture, name: str) -> None:
    for sql in fixture.postgresql_sql(crm, name, MARCH):
        assert "julianday" not in sql and "strftime" not in sql, sql
