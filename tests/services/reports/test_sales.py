"""Sales reports on the hand-worked fixture (tests/services/reports/fixture.py).

Every expected number is worked out in the comment next to it. March 2026 is the range unless
said otherwise; 1 USD = 0.5 EUR; GBP has no rate; Carl is a deleted salesperson.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.reports import ChartKind, Note, Period, ReportData, ReportFilter
from desktop_crm.services.crm import Crm
from tests.services.reports import fixture
from tests.services.reports.fixture import EMPTY_RANGE, MARCH, TODAY, Fixture

SALES_REPORTS = (
    "win_rate",
    "deal_size",
    "average_check",
    "won_deals",
    "by_source",
    "forecast",
    "lost_reasons",
)
CARL_DELETED = Note(
    "deleted_owner", "Deleted salesperson(s) still counted: Carl", {"names": ["Carl"]}
)
GBP_MISSING = Note(
    "missing_rate",
    "Deals in GBP have no rate to EUR and are left out of the amounts",
    {"currencies": ["GBP"], "base": "EUR"},
)
ONE_WITHOUT_VALUE = Note(
    "without_value", "1 deal(s) without a value are left out of the amounts", {"count": 1}
)
APRIL_TO_JUNE = ReportFilter(date(2026, 4, 1), date(2026, 6, 30))


@pytest.fixture
def fx(crm: Crm) -> Fixture:
    return fixture.build(crm)


def run(crm: Crm, name: str, flt: ReportFilter = MARCH) -> ReportData:
    return crm.reports.run(name, flt, today=TODAY)


def approx_rows(report: ReportData) -> list[tuple[object, ...]]:
    return [tuple(pytest.approx(v) if isinstance(v, float) else v for v in r) for r in report.rows]


def test_win_rate(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "win_rate")
    assert [c.key for c in report.columns] == ["owner", "won", "lost", "win_rate"]
    assert report.rows == (
        ("Anna", 2, 2, 50.0),  # won D1, D2; lost D3, D16 (D5 won in Feb, D14 deleted) → 2/4
        ("Boris", 3, 1, 75.0),  # won D6, D7, D15; lost D8 → 3/4
        ("Carl", 1, 0, 100.0),  # won D11 → 1/1
    )
    assert report.totals == ("Team", 6, 3, pytest.approx(200 / 3))  # 6 of 9 closed → 66.7 %
    assert report.notes == (CARL_DELETED,)
    assert report.chart is not None and report.chart.kind == ChartKind.BAR
    assert report.chart.categories == ("Anna", "Boris", "Carl")
    assert report.chart.series[0].values == (50.0, 75.0, 100.0)
    assert "won ÷ (deals won + deals lost)" in report.definition


def test_win_rate_of_one_salesperson_has_no_team_total(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(MARCH.start, MARCH.end, owner_id=fx.users["boris"])
    report = run(crm, "win_rate", flt)
    assert report.rows == (("Boris", 3, 1, 75.0),)
    assert report.totals is None
    assert report.notes == ()


def test_deal_size_leaves_out_missing_rates_and_values(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "deal_size")
    assert report.rows == (
        # D1 1000 EUR + D2 400 USD × 0.5 = 200 → 1200 over 2 → 600
        ("Anna", 2, 2, Decimal("1200.00"), Decimal("600.00")),
        # D6 is in GBP (no rate), D15 has no value: only D7 250 EUR → 250
        ("Boris", 3, 1, Decimal("250.00"), Decimal("250.00")),
        ("Carl", 1, 1, Decimal("900.00"), Decimal("900.00")),  # D11 900 EUR
    )
    # 1200 + 250 + 900 = 2350 over 4 valued deals → 587.50
    assert report.totals == ("Team", 6, 4, Decimal("2350.00"), Decimal("587.50"))
    assert report.currency == "EUR"
    assert report.notes == (GBP_MISSING, ONE_WITHOUT_VALUE, CARL_DELETED)


def test_average_check_counts_a_customer_once_for_the_team(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "average_check")
    assert report.rows == (
        ("Anna", Decimal("1200.00"), 1, Decimal("1200.00")),  # D1 + D2, both Acme → 1 customer
        ("Boris", Decimal("250.00"), 1, Decimal("250.00")),  # D7 (no company: contact Paul)
        ("Carl", Decimal("900.00"), 1, Decimal("900.00")),  # D11, Acme
    )
    # Acme bought from Anna and Carl: customers {Acme, Paul} = 2 → 2350 / 2 = 1175
    assert report.totals == ("Team", Decimal("2350.00"), 2, Decimal("1175.00"))
    assert report.notes == (GBP_MISSING, ONE_WITHOUT_VALUE, CARL_DELETED)


def test_average_check_notes_a_won_deal_without_customer(crm: Crm, fx: Fixture) -> None:
    deal = crm.deals.create(
        {"title": "Walk-in", "value": Decimal(80), "owner_id": fx.users["anna"]}
    )
    assert deal.created_id is not None
    crm.deals.mark_won(deal.created_id)
    today = datetime.now(UTC).date()  # report days are UTC days
    report = run(crm, "average_check", ReportFilter(today, today))
    assert report.rows == (("Anna", None, 0, None),)  # its 80 EUR belong to no customer
    assert report.notes == (
        Note(
            "without_customer",
            "1 won deal(s) without a company or contact are left out",
            {"count": 1},
        ),
    )


def test_won_deals_by_month(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "won_deals")
    march = date(2026, 3, 1)
    assert report.rows == (
        (march, "Anna", 2, Decimal("1200.00")),
        (march, "Boris", 3, Decimal("250.00")),
        (march, "Carl", 1, Decimal("900.00")),
    )
    assert report.totals == (None, "Team", 6, Decimal("2350.00"))
    assert report.notes == (GBP_MISSING, ONE_WITHOUT_VALUE, CARL_DELETED)
    chart = report.chart
    assert chart is not None and chart.kind == ChartKind.STACKED_BAR
    assert chart.categories == ("2026-03-01",)
    assert [(s.name, s.values) for s in chart.series] == [
        ("Anna", (1200.0,)),
        ("Boris", (250.0,)),
        ("Carl", (900.0,)),
    ]


def test_won_deals_by_week(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(MARCH.start, MARCH.end, period=Period.WEEK)
    report = run(crm, "won_deals", flt)
    assert report.rows == (
        (date(2026, 3, 9), "Anna", 1, Decimal("1000.00")),  # D1 won Tue 03-10
        (date(2026, 3, 9), "Carl", 1, Decimal("900.00")),  # D11 won Sun 03-15: week of Mon 9
        (date(2026, 3, 16), "Anna", 1, Decimal("200.00")),  # D2 03-20: 400 USD → 200
        (date(2026, 3, 16), "Boris", 1, Decimal("250.00")),  # D7 03-18
        (date(2026, 3, 23), "Boris", 2, None),  # D6 (GBP) 03-25, D15 (no value) 03-28
    )
    assert report.totals == (None, "Team", 6, Decimal("2350.00"))
    chart = report.chart
    assert chart is not None
    # Sunday 1 March is in the week of Monday 23 February; the last week starts on 30 March
    assert chart.categories == (
        "2026-02-23",
        "2026-03-02",
        "2026-03-09",
        "2026-03-16",
        "2026-03-23",
        "2026-03-30",
    )
    assert [(s.name, s.values) for s in chart.series] == [
        ("Anna", (0.0, 0.0, 1000.0, 200.0, 0.0, 0.0)),
        ("Boris", (0.0, 0.0, 0.0, 250.0, 0.0, 0.0)),
        ("Carl", (0.0, 0.0, 900.0, 0.0, 0.0, 0.0)),
    ]


def test_by_source(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "by_source")
    assert report.rows == (
        # leads: Paul (linked to won D7); won in March: D6 (GBP), D7 250, D15 (no value)
        ("referral", 1, 1, 100.0, 3, Decimal("250.00")),
        # leads: Quinn (linked to won D2) and Rita; won: D1 1000 + D2 200 + D11 900 = 2100
        ("web", 2, 1, 50.0, 3, Decimal("2100.00")),
        # lead Sam (linked to lost D8); "fair" has no row: Tom came in Feb, Uma is deleted
        ("No source", 1, 0, 0.0, 0, None),
    )
    assert report.totals == ("Total", 4, 2, 50.0, 6, Decimal("2350.00"))  # 2 of 4 leads
    assert report.notes == (GBP_MISSING, ONE_WITHOUT_VALUE)


def test_by_source_of_one_salesperson(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(MARCH.start, MARCH.end, owner_id=fx.users["anna"])
    report = run(crm, "by_source", flt)
    # Anna's leads: Quinn, Rita (web); her won deals: D1, D2 (web) → 1000 + 200
    assert report.rows == (("web", 2, 1, 50.0, 2, Decimal("1200.00")),)
    assert report.notes == ()


def test_forecast(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "forecast", APRIL_TO_JUNE)
    april = date(2026, 4, 1)
    assert report.rows == (
        # D4 2000 × 25 % (Qualified) = 500; D13 1000 × 20 % (Other's Start) = 200
        (april, "Anna", 2, Decimal("3000.00"), Decimal("700.00")),
        # D9 1000 USD → 500 EUR × its own 50 % = 250
        (april, "Boris", 1, Decimal("500.00"), Decimal("250.00")),
        (april, "Carl", 1, None, None),  # D12 is in GBP: no rate
    )
    assert report.totals == (None, "Team", 4, Decimal("3500.00"), Decimal("950.00"))
    without_date = Note(
        "without_close_date",
        "1 open deal(s) without an expected close date are not in the forecast",
        {"count": 1},  # D10
    )
    assert report.notes == (GBP_MISSING, without_date, CARL_DELETED)
    chart = report.chart
    assert chart is not None and chart.categories == ("2026-04-01", "2026-05-01", "2026-06-01")
    assert [s.values for s in chart.series] == [(700.0, 0, 0), (250.0, 0, 0), (0, 0, 0)]


def test_forecast_of_one_pipeline(crm: Crm, fx: Fixture) -> None:
    flt = ReportFilter(APRIL_TO_JUNE.start, APRIL_TO_JUNE.end, pipeline_id=fx.other)
    report = run(crm, "forecast", flt)
    # only D13 lives in "Other": 1000 × 20 %
    assert report.rows == ((date(2026, 4, 1), "Anna", 1, Decimal("1000.00"), Decimal("200.00")),)
    assert report.notes == ()  # D10 (no close date) is in "Sales"
    assert report.chart is not None and report.chart.kind == ChartKind.BAR  # one salesperson


def test_lost_reasons(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "lost_reasons")
    assert approx_rows(report) == [
        ("Price", 2, Decimal("400.00"), pytest.approx(200 / 3)),  # D3 300 + D16 200 USD → 100
        ("Competitor", 1, Decimal("800.00"), pytest.approx(100 / 3)),  # D8
    ]
    assert report.totals == ("Total", 3, Decimal("1200.00"), 100.0)
    assert report.notes == ()
    assert report.chart is not None and report.chart.kind == ChartKind.PIE
    assert report.chart.series[0].values == (2.0, 1.0)


@pytest.mark.parametrize("name", SALES_REPORTS)
def test_a_range_without_data_says_so(crm: Crm, fx: Fixture, name: str) -> None:
    report = run(crm, name, EMPTY_RANGE)
    assert report.rows == ()
    assert report.totals is None and report.chart is None
    codes = [n.code for n in report.notes]
    # D10 (open, no close date) is outside every range: the forecast still mentions it
    assert codes == (["no_data", "without_close_date"] if name == "forecast" else ["no_data"])
    assert report.definition


def test_a_pipeline_without_closed_deals_has_no_data(crm: Crm, fx: Fixture) -> None:
    report = run(crm, "win_rate", ReportFilter(MARCH.start, MARCH.end, pipeline_id=fx.other))
    assert report.rows == () and report.notes[0].code == "no_data"


def test_a_range_that_ends_before_it_starts_is_refused(crm: Crm, fx: Fixture) -> None:
    with pytest.raises(ValidationError) as caught:
        run(crm, "win_rate", ReportFilter(date(2026, 3, 31), date(2026, 3, 1)))
    assert caught.value.code == "end_before_start"


def test_the_catalogue_lists_the_sales_reports(crm: Crm) -> None:
    infos = {info.name: info for info in crm.reports.catalogue()}
    assert set(SALES_REPORTS) <= set(infos)
    assert infos["won_deals"].needs_period and not infos["win_rate"].needs_period


@pytest.mark.parametrize("name", SALES_REPORTS)
def test_every_statement_compiles_for_postgresql(crm: Crm, fx: Fixture, name: str) -> None:
    flt = APRIL_TO_JUNE if name == "forecast" else MARCH
    for sql in fixture.postgresql_sql(
        crm, name, ReportFilter(flt.start, flt.end, period=Period.WEEK)
    ):
        assert "strftime" not in sql and "julianday" not in sql, sql
