"""What every report query needs: the filter as SQL, money in the base currency, periods,
salespeople's names (deleted ones too), per-salesperson rows with a team total, and notes.

The API (stable; other report modules build on it):

- Filter: ``range_bounds(flt)`` (UTC datetimes, end excluded), ``in_range(column, flt)`` for a
  timestamp column, ``in_date_range(column, flt)`` for a date column, ``deal_scope(flt)`` (live
  deals of the filter's pipeline and owner), ``owner_scope(column, flt)``.
- Money: ``load_money(session)`` -> ``MoneyRates``; ``rates.base_value(value, currency)`` is an
  SQL expression of the value in the base currency (NULL when the value is NULL or its currency
  has no rate, so SUM/AVG leave it out); ``value_notes(session, rates, where)`` gives the
  ``missing_rate`` / ``without_value`` notes of the deals matching ``where``; ``money(x)`` rounds
  a float from SQL to a Decimal in cents.
- Periods: ``period_start(column, period)`` is an SQL text 'YYYY-MM-DD' of the first day of the
  period (ISO week: Monday) compiled per dialect; ``period_keys(flt)`` lists every period of the
  range (for charts with no gaps); ``parse_period`` turns a key into a date.
- Days: ``days_between(later, earlier)`` -> SQL float of days, per dialect;
  ``materialized(session, cte)`` asks for a CTE to be computed once.
- People: ``load_people(session)`` -> ``People`` (names of every user, deleted ones too).
- Tables: ``owner_table(...)`` builds per-salesperson rows and the team total from additive
  parts; ``owner_chart`` one bar per row; ``period_table(...)`` rows by period and
  salesperson with a stacked chart;
  ``build_report(...)`` adds ``no_data`` / ``deleted_owner`` notes and returns ReportData.

Conventions: money cells are ``Decimal`` in the base currency (cents), percents ``float`` 0–100,
days ``float``, counts ``int``; a value that cannot be computed (division by zero) is ``None``.
Days are UTC days: a range's first day starts at 00:00 UTC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import CTE

from desktop_crm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    Note,
    Period,
    ReportData,
    ReportFilter,
    Series,
    ValueKind,
)
from desktop_crm.services import deal_settings
from desktop_crm.store.models import DealRecord, UserRecord
from desktop_crm.store.types import MONEY_SCALE

TEAM = "Team"  # the name of the totals row / team series (English; the UI translates it)
TOTAL = "Total"  # the totals row of a table by category (source, reason …)
UNASSIGNED = "Unassigned"  # deals without an owner (English; the UI translates it)
OWNER_COLUMN = Column("owner", "Salesperson", ValueKind.TEXT)
CENT = Decimal("0.01")

# ----- the filter as SQL ---------------------------------------------------------------------


def range_bounds(flt: ReportFilter) -> tuple[datetime, datetime]:
    """[first instant, first instant after the range) in UTC: both days included."""
    start = datetime.combine(flt.start, time(), tzinfo=UTC)
    return start, datetime.combine(flt.end + timedelta(days=1), time(), tzinfo=UTC)


def in_range(column: Any, flt: ReportFilter) -> ColumnElement[bool]:
    """A timestamp column falls on a day of the range (index-friendly: two comparisons)."""
    start, end = range_bounds(flt)
    return sa.and_(column >= start, column < end)


def in_date_range(column: Any, flt: ReportFilter) -> ColumnElement[bool]:
    """A date column falls on a day of the range."""
    return sa.and_(column >= flt.start, column <= flt.end)


def owner_scope(column: Any, flt: ReportFilter) -> list[ColumnElement[bool]]:
    """``column == owner`` when the filter names a salesperson, else nothing."""
    return [] if flt.owner_id is None else [column == flt.owner_id]


def deal_scope(flt: ReportFilter, deal: Any = DealRecord) -> list[ColumnElement[bool]]:
    """Live deals of the filter's pipeline and owner (a deleted salesperson's deals included)."""
    where: list[ColumnElement[bool]] = [deal.deleted_at.is_(None)]
    if flt.pipeline_id is not None:
        where.append(deal.pipeline_id == flt.pipeline_id)
    return where + owner_scope(deal.owner_id, flt)


# ----- money ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoneyRates:
    """The base currency and the rates (units of base per unit) known when the report runs."""

    base: str
    rates: Mapping[str, Decimal]

    @property
    def known(self) -> tuple[str, ...]:
        return (self.base, *sorted(c for c in self.rates if c != self.base))

    def base_value(self, value: Any, currency: Any) -> ColumnElement[float]:
        """``value`` (a Money column) in the base currency as an SQL float; NULL when the value
        is NULL or the currency has no rate. Money is stored in 1/10,000 units: scaled here."""
        factors = {c: float(self.rates[c]) / float(MONEY_SCALE) for c in self.known[1:]}
        factors[self.base] = 1.0 / float(MONEY_SCALE)
        factor = sa.case(
            *((currency == c, sa.literal(f, sa.Float)) for c, f in factors.items()),
            else_=sa.null(),
        )
        scaled: ColumnElement[float] = sa.type_coerce(value, sa.Float) * factor
        return scaled


def load_money(session: Session) -> MoneyRates:
    return MoneyRates(deal_settings.base_currency(session), deal_settings.rates(session))


def money(amount: float | Decimal | None) -> Decimal | None:
    """An amount from SQL as a Decimal in cents (None stays None)."""
    if amount is None:
        return None
    return Decimal(repr(float(amount))).quantize(CENT)


def value_gaps(
    session: Session, rates: MoneyRates, where: Sequence[ColumnElement[bool]]
) -> tuple[list[str], int]:
    """(currencies without a rate, number of deals without a value) among the deals matching
    ``where`` (conditions on ``DealRecord`` only)."""
    d = DealRecord
    no_value = sa.func.sum(sa.case((d.value.is_(None), 1), else_=0))
    rows = session.execute(
        sa.select(d.currency, no_value, sa.func.count())
        .where(*where, sa.or_(d.value.is_(None), d.currency.not_in(rates.known)))
        .group_by(d.currency)
    ).all()
    missing = sorted(
        str(cur) for cur, blank, count in rows if cur not in rates.known and count > blank
    )
    return missing, int(sum(blank for _cur, blank, _count in rows))


def value_notes(
    session: Session, rates: MoneyRates, where: Sequence[ColumnElement[bool]]
) -> list[Note]:
    """``missing_rate`` and ``without_value`` notes for the deals matching ``where``."""
    missing, blank = value_gaps(session, rates, where)
    notes = []
    if missing:
        notes.append(missing_rate_note(missing, rates.base))
    if blank:
        notes.append(
            Note(
                "without_value",
                f"{blank} deal(s) without a value are left out of the amounts",
                {"count": blank},
            )
        )
    return notes


def missing_rate_note(currencies: Sequence[str], base: str) -> Note:
    names = ", ".join(currencies)
    return Note(
        "missing_rate",
        f"Deals in {names} have no rate to {base} and are left out of the amounts",
        {"currencies": list(currencies), "base": base},
    )


# ----- SQL helpers ---------------------------------------------------------------------------


def materialized(session: Session, cte: CTE) -> CTE:
    """``cte`` computed once (``AS MATERIALIZED``) where the database knows the hint (SQLite
    3.35+, PostgreSQL 12+); on an older SQLite the query runs as it is, only slower."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        return cte
    return cte.prefix_with("MATERIALIZED")


# ----- periods and days (compiled per dialect) -----------------------------------------------


class _PeriodStart(FunctionElement[str]):
    type = sa.String()
    inherit_cache = True
    sqlite_modifiers: tuple[str, ...] = ()
    sqlite_format = "%Y-%m-%d"
    pg_unit = "day"


class _DayStart(_PeriodStart):
    name = "day_start"
    inherit_cache = True


class _WeekStart(_PeriodStart):
    name = "week_start"
    inherit_cache = True
    sqlite_modifiers = ("weekday 0", "-6 days")  # the Sunday on/after, back to its Monday
    pg_unit = "week"  # ISO weeks start on Monday


class _MonthStart(_PeriodStart):
    name = "month_start"
    inherit_cache = True
    sqlite_format = "%Y-%m-01"
    pg_unit = "month"


_PERIOD_CLASSES: dict[Period, type[_PeriodStart]] = {
    Period.DAY: _DayStart,
    Period.WEEK: _WeekStart,
    Period.MONTH: _MonthStart,
}


@compiles(_PeriodStart)
def _period_start_default(element: _PeriodStart, compiler: SQLCompiler, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    modifiers = "".join(f", '{m}'" for m in element.sqlite_modifiers)
    # whole seconds only: SQLite rounds '23:59:59.999999' up to the next day
    return f"strftime('{element.sqlite_format}', substr({arg}, 1, 19){modifiers})"


@compiles(_PeriodStart, "postgresql")
def _period_start_pg(element: _PeriodStart, compiler: SQLCompiler, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"to_char(date_trunc('{element.pg_unit}', {arg}), 'YYYY-MM-DD')"


def period_start(column: Any, period: Period) -> ColumnElement[str]:
    """SQL text 'YYYY-MM-DD': the first day of the period (day, ISO week from Monday, month)
    of a timestamp or date column. Group by its label, not by a second copy."""
    return _PERIOD_CLASSES[Period(period)](column)


def first_day(day: date, period: Period) -> date:
    if period == Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period == Period.MONTH:
        return day.replace(day=1)
    return day


def period_keys(flt: ReportFilter, period: Period | None = None) -> list[str]:
    """Every period of the range (its first day, 'YYYY-MM-DD'), in order, gaps included."""
    period = Period(period or flt.period)
    keys, day = [], first_day(flt.start, period)
    while day <= flt.end:
        keys.append(day.isoformat())
        if period == Period.MONTH:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            day += timedelta(days=7 if period == Period.WEEK else 1)
    return keys


def parse_period(key: str) -> date:
    return date.fromisoformat(key)


class _DaysBetween(FunctionElement[float]):
    type = sa.Float()
    name = "days_between"
    inherit_cache = True


@compiles(_DaysBetween)
def _days_default(element: _DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(julianday({later}) - julianday({earlier}))"


@compiles(_DaysBetween, "postgresql")
def _days_pg(element: _DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"


def days_between(later: Any, earlier: Any) -> ColumnElement[float]:
    """SQL float: days from ``earlier`` to ``later`` (timestamps; fractions kept)."""
    return _DaysBetween(later, earlier)


# ----- people --------------------------------------------------------------------------------


@dataclass(frozen=True)
class People:
    """Every user's name, deleted ones too (their deals still count, under their name)."""

    names: Mapping[str, str]
    deleted: frozenset[str]

    def name(self, user_id: str | None) -> str:
        if user_id is None:
            return UNASSIGNED
        return self.names.get(user_id, user_id)

    def sort_key(self, user_id: str | None) -> tuple[bool, str, str]:
        """By name (case-folded), the unassigned last."""
        return (user_id is None, self.name(user_id).casefold(), user_id or "")

    def deleted_note(self, user_ids: Iterable[str | None]) -> Note | None:
        names = sorted({self.name(u) for u in user_ids if u in self.deleted}, key=str.casefold)
        if not names:
            return None
        return Note(
            "deleted_owner",
            f"Deleted salesperson(s) still counted: {', '.join(names)}",
            {"names": names},
        )


def load_people(session: Session) -> People:
    u = UserRecord
    rows = session.execute(sa.select(u.id, u.name, u.deleted_at)).all()
    return People(
        {r.id: r.name for r in rows}, frozenset(r.id for r in rows if r.deleted_at is not None)
    )


# ----- tables --------------------------------------------------------------------------------

Parts = Sequence[int | float | None]  # additive figures: counts and sums


def add_parts(parts: Iterable[Parts]) -> tuple[int | float | None, ...]:
    """Element-wise sums (None counts as nothing; all None stays None)."""
    total: list[int | float | None] = []
    for row in parts:
        if not total:
            total = [None] * len(row)
        for i, value in enumerate(row):
            if value is not None:
                total[i] = value if total[i] is None else total[i] + value  # type: ignore[operator]
    return tuple(total)


@dataclass(frozen=True)
class OwnerTable:
    rows: tuple[tuple[Any, ...], ...]
    totals: tuple[Any, ...] | None
    owners: tuple[str | None, ...]  # the owner of each row, in order


def owner_table(
    flt: ReportFilter,
    people: People,
    parts: Mapping[str | None, Parts],
    make_row: Callable[[str, Parts], tuple[Any, ...]],
    team_parts: Parts | None = None,
) -> OwnerTable:
    """One row per salesperson (sorted by name) from their additive ``parts``, and when the
    report is for the whole team a totals row made from the element-wise sum of the parts (or
    ``team_parts`` when a figure is not additive, e.g. distinct customers)."""
    owners = tuple(sorted(parts, key=people.sort_key))
    rows = tuple(make_row(people.name(o), parts[o]) for o in owners)
    totals = None
    if flt.owner_id is None and owners:
        totals = make_row(TEAM, team_parts if team_parts is not None else add_parts(parts.values()))
    return OwnerTable(rows, totals, owners)


def owner_chart(
    table: OwnerTable,
    key: str,
    name: str,
    column: int,
    value_kind: ValueKind,
    kind: ChartKind = ChartKind.BAR,
) -> Chart:
    """One bar per salesperson row of ``table``: its cell ``column`` (the totals row is not
    drawn). ``key``/``name`` name the single series."""
    values = tuple(None if r[column] is None else float(r[column]) for r in table.rows)
    categories = tuple(str(r[0]) for r in table.rows)
    return Chart(kind, categories, (Series(key, name, values),), value_kind)


@dataclass(frozen=True)
class PeriodTable:
    rows: tuple[tuple[Any, ...], ...]  # (period first day: date, salesperson, *cells)
    totals: tuple[Any, ...] | None  # (None, TEAM, *cells of the summed figures)
    owners: tuple[str | None, ...]  # the salespeople found, by name
    chart: Chart  # categories: every period key of the range; one series per salesperson


def period_table(
    flt: ReportFilter,
    people: People,
    found: Iterable[Sequence[Any]],
    make_cells: Callable[[Parts], tuple[Any, ...]],
    chart_figure: int,
    value_kind: ValueKind,
    period: Period | None = None,
) -> PeriodTable:
    """Rows by period and salesperson from SQL rows ``(period key, owner id, *figures)`` whose
    figures are additive (counts, sums); the totals row (team reports) sums them. The chart
    stacks figure ``chart_figure`` of each salesperson over every period of the range (0 where
    nothing was found); a single salesperson gets plain bars."""
    found = sorted(found, key=lambda r: (r[0], people.sort_key(r[1])))
    rows = tuple((parse_period(r[0]), people.name(r[1]), *make_cells(tuple(r[2:]))) for r in found)
    owners = tuple(sorted({r[1] for r in found}, key=people.sort_key))
    totals = None
    if flt.owner_id is None and found:
        totals = (None, TEAM, *make_cells(add_parts(tuple(r[2:]) for r in found)))
    keys = period_keys(flt, period)
    cells = {(r[0], r[1]): float(r[2 + chart_figure] or 0) for r in found}
    series = tuple(
        Series(o or "", people.name(o), tuple(cells.get((k, o), 0.0) for k in keys)) for o in owners
    )
    kind = ChartKind.STACKED_BAR if len(owners) > 1 else ChartKind.BAR
    return PeriodTable(rows, totals, owners, Chart(kind, tuple(keys), series, value_kind))


def ratio(part: float | None, whole: float | None, scale: float = 1.0) -> float | None:
    """``part / whole * scale``; None when the whole is 0 or unknown."""
    if part is None or not whole:
        return None
    return float(part) / float(whole) * scale


def no_data_note() -> Note:
    return Note("no_data", "No data in this range")


def build_report(
    name: str,
    title: str,
    flt: ReportFilter,
    columns: Sequence[Column],
    rows: Sequence[tuple[Any, ...]],
    *,
    chart: Chart | None,
    currency: str,
    definition: str,
    totals: tuple[Any, ...] | None = None,
    notes: Iterable[Note | None] = (),
    people: People | None = None,
    owners: Iterable[str | None] = (),
) -> ReportData:
    """ReportData with ``no_data`` when there are no rows (then no chart and no totals) and
    ``deleted_owner`` when a row belongs to a deleted salesperson."""
    kept: list[Note | None] = list(notes)
    if people is not None:
        kept.append(people.deleted_note(owners))
    if not rows:
        kept = [no_data_note(), *(n for n in kept if n is not None and n.code != "no_data")]
    return ReportData(
        name=name,
        title=title,
        filter=flt,
        columns=tuple(columns),
        rows=tuple(rows),
        chart=chart if rows else None,
        currency=currency,
        totals=totals if rows else None,
        notes=tuple(n for n in kept if n is not None),
        definition=definition,
    )


__all__ = [
    "CENT",
    "OWNER_COLUMN",
    "TEAM",
    "TOTAL",
    "UNASSIGNED",
    "MoneyRates",
    "OwnerTable",
    "People",
    "PeriodTable",
    "add_parts",
    "build_report",
    "days_between",
    "deal_scope",
    "first_day",
    "in_date_range",
    "in_range",
    "load_money",
    "load_people",
    "materialized",
    "missing_rate_note",
    "money",
    "no_data_note",
    "owner_chart",
    "owner_scope",
    "owner_table",
    "parse_period",
    "period_keys",
    "period_start",
    "period_table",
    "range_bounds",
    "ratio",
    "value_gaps",
    "value_notes",
]
