"""The shared report helpers: periods and days per dialect, money in the base currency, people,
per-salesperson tables and the notes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from desktop_crm.domain.reports import Column, Note, Period, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.services.reports import common
from desktop_crm.store.models import DealRecord
from tests.services.reports import fixture
from tests.services.reports.fixture import MARCH, Fixture


def scalar(crm: Crm, expression: sa.ColumnElement[Any]) -> object:
    with crm.ctx.session() as s:
        return s.execute(sa.select(expression)).scalar()


@pytest.mark.parametrize(
    ("stamp", "period", "start"),
    [
        ("2026-03-01 10:00:00.000000", Period.DAY, "2026-03-01"),
        ("2026-03-01 10:00:00.000000", Period.WEEK, "2026-02-23"),  # a Sunday: ISO week of Mon 23
        ("2026-03-02 00:00:00.000000", Period.WEEK, "2026-03-02"),  # a Monday: its own week
        ("2026-03-08 23:59:59.999999", Period.WEEK, "2026-03-02"),  # Sunday night: same week
        ("2026-12-31 23:00:00.000000", Period.MONTH, "2026-12-01"),
        ("2026-02-28", Period.MONTH, "2026-02-01"),  # a date column's text
    ],
)
def test_period_start_on_sqlite(crm: Crm, stamp: str, period: Period, start: str) -> None:
    assert scalar(crm, common.period_start(sa.literal(stamp), period)) == start


def test_period_start_on_postgresql_truncates_with_the_same_text_form() -> None:
    expected = {
        Period.DAY: "to_char(date_trunc('day', deals.closed_at), 'YYYY-MM-DD')",
        Period.WEEK: "to_char(date_trunc('week', deals.closed_at), 'YYYY-MM-DD')",
        Period.MONTH: "to_char(date_trunc('month', deals.closed_at), 'YYYY-MM-DD')",
    }
    for period, sql in expected.items():
        compiled = common.period_start(DealRecord.closed_at, period).compile(
            dialect=postgresql.dialect()
        )
        assert str(compiled) == sql


def test_period_keys_cover_the_range_without_gaps() -> None:
    flt = ReportFilter(date(2026, 1, 30), date(2026, 3, 2))
    assert common.period_keys(flt) == ["2026-01-01", "2026-02-01", "2026-03-01"]
    assert common.period_keys(flt, Period.WEEK)[:2] == ["2026-01-26", "2026-02-02"]
    assert common.period_keys(flt, Period.WEEK)[-1] == "2026-03-02"  # Monday 2 March
    assert len(common.period_keys(flt, Period.DAY)) == 32  # 2 + 28 + 2 days
    assert common.parse_period("2026-02-02") == date(2026, 2, 2)


def test_days_between(crm: Crm) -> None:
    later, earlier = sa.literal("2026-03-02 22:00:00.000000"), sa.literal("2026-03-01 10:00:00")
    assert scalar(crm, common.days_between(later, earlier)) == pytest.approx(1.5)
    sql = str(
        common.days_between(DealRecord.closed_at, DealRecord.created_at).compile(
            dialect=postgresql.dialect()
        )
    )
    assert sql == "(EXTRACT(EPOCH FROM (deals.closed_at - deals.created_at)) / 86400.0)"


def test_range_bounds_include_both_days() -> None:
    start, end = common.range_bounds(ReportFilter(date(2026, 3, 1), date(2026, 3, 31)))
    assert start == datetime(2026, 3, 1, tzinfo=UTC)
    assert end == datetime(2026, 4, 1, tzinfo=UTC)


def test_base_value_converts_in_sql_and_leaves_out_missing_rates(crm: Crm) -> None:
    fx = fixture.build(crm)
    d = DealRecord
    with crm.ctx.session() as s:
        rates = common.load_money(s)
        assert rates.base == "EUR" and rates.rates == {"USD": Decimal("0.5")}
        found = s.execute(
            sa.select(d.title, rates.base_value(d.value, d.currency)).where(
                d.id.in_([fx.deals[k] for k in ("D1", "D2", "D6", "D15")])
            )
        ).all()
        rows = {title: value for title, value in found}
        # D1 1000 EUR; D2 400 USD × 0.5; D6 GBP has no rate; D15 has no value
        assert rows == {"D1": 1000.0, "D2": 200.0, "D6": None, "D15": None}
        won_in_march = [*common.deal_scope(MARCH), d.status == "won"]
        won_in_march.append(common.in_range(d.closed_at, MARCH))
        assert common.value_gaps(s, rates, won_in_march) == (["GBP"], 1)  # D6; D15
        assert common.value_notes(s, rates, won_in_march) == [
            Note(
                "missing_rate",
                "Deals in GBP have no rate to EUR and are left out of the amounts",
                {"currencies": ["GBP"], "base": "EUR"},
            ),
            Note(
                "without_value",
                "1 deal(s) without a value are left out of the amounts",
                {"count": 1},
            ),
        ]


def test_money_rounds_to_cents() -> None:
    assert common.money(1 / 3) == Decimal("0.33")
    assert common.money(1200.0) == Decimal("1200.00")
    assert common.money(None) is None


def test_people_include_deleted_salespeople(crm: Crm) -> None:
    fx: Fixture = fixture.build(crm)
    with crm.ctx.session() as s:
        people = common.load_people(s)
    carl, anna = fx.users["carl"], fx.users["anna"]
    assert people.name(carl) == "Carl" and people.name(None) == "Unassigned"
    assert sorted([None, carl, anna], key=people.sort_key) == [anna, carl, None]
    assert people.deleted_note([anna]) is None
    note = people.deleted_note([anna, carl])
    assert note is not None and note.params == {"names": ["Carl"]}


def test_owner_table_sums_parts_for_the_team() -> None:
    people = common.People({"a": "Anna", "b": "boris"}, frozenset())
    parts = {"b": (1, 2.0), None: (3, None), "a": (4, 5.0)}

    def row(name: str, p: common.Parts) -> tuple[object, ...]:
        return (name, p[0], common.ratio(p[1], p[0]))

    table = common.owner_table(MARCH, people, parts, row)
    assert table.rows == (("Anna", 4, 1.25), ("boris", 1, 2.0), ("Unassigned", 3, None))
    assert table.totals == ("Team", 8, 7.0 / 8)
    assert table.owners == ("a", "b", None)
    assert common.owner_table(MARCH, people, parts, row, team_parts=(2, 1.0)).totals == (
        "Team",
        2,
        0.5,
    )
    one = ReportFilter(MARCH.start, MARCH.end, owner_id="a")
    assert common.owner_table(one, people, {"a": (4, 5.0)}, row).totals is None


def test_build_report_says_no_data_and_drops_chart_and_totals() -> None:
    people = common.People({"c": "Carl"}, frozenset({"c"}))
    report = common.build_report(
        "x",
        "X",
        MARCH,
        (Column("owner", "Salesperson"),),
        (),
        chart=None,
        currency="EUR",
        definition="d",
        totals=("Team",),
        notes=[None],
        people=people,
    )
    assert report.rows == () and report.totals is None and report.empty
    assert report.notes == (Note("no_data", "No data in this range"),)
    full = common.build_report(
        "x",
        "X",
        MARCH,
        (Column("owner", "Salesperson"),),
        (("Carl",),),
        chart=None,
        currency="EUR",
        definition="d",
        people=people,
        owners=["c"],
    )
    assert [n.code for n in full.notes] == ["deleted_owner"]
