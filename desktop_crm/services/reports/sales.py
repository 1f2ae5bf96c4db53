"""Sales reports: win rate, deal size, average check, deals won per period, leads and revenue by
source, the weighted forecast and lost reasons.

Every figure is an SQL aggregate (see ``common`` for the filter, money and period helpers).
A deal is *closed in the range* when its ``closed_at`` falls on a day of the range and its status
is won or lost; it belongs to its current owner. Money is in the base currency; deals without a
value, or in a currency without a rate, are counted but left out of the amounts (with a note).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

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
from desktop_crm.services.reports import common
from desktop_crm.services.reports.common import OWNER_COLUMN, MoneyRates, money, ratio
from desktop_crm.services.reports.registry import ReportContext, report
from desktop_crm.store.models import (
    ContactRecord,
    DealContactRecord,
    DealRecord,
    StageRecord,
)

WON, LOST, OPEN = "won", "lost", "open"
NO_SOURCE = "No source"  # English; the UI translates it
NO_REASON = "No reason"  # English; the UI translates it


def closed_where(flt: ReportFilter, *statuses: str) -> list[ColumnElement[bool]]:
    """Live deals of the filter closed (with one of ``statuses``) on a day of the range."""
    d = DealRecord
    return [
        *common.deal_scope(flt),
        d.status.in_(statuses or (WON, LOST)),
        common.in_range(d.closed_at, flt),
    ]


class Closed(NamedTuple):
    """Additive figures of one salesperson's deals closed in the range."""

    won: int
    lost: int
    valued: int  # won deals with a value in the base currency
    value: float | None  # their sum, in the base currency
    days: float | None  # sum of created → won days of the won deals


def closed_stats(
    session: Session, flt: ReportFilter, rates: MoneyRates
) -> dict[str | None, Closed]:
    """Per owner: won, lost, won with a value, won value and the sum of their sales cycles."""
    d = DealRecord
    is_won = d.status == WON
    won_base = sa.case((is_won, rates.base_value(d.value, d.currency)))
    rows = session.execute(
        sa.select(
            d.owner_id,
            sa.func.sum(sa.case((is_won, 1), else_=0)),
            sa.func.sum(sa.case((d.status == LOST, 1), else_=0)),
            sa.func.count(won_base),
            sa.func.sum(won_base),
            sa.func.sum(sa.case((is_won, common.days_between(d.closed_at, d.created_at)))),
        )
        .where(*closed_where(flt))
        .group_by(d.owner_id)
    ).all()
    return {r[0]: Closed(int(r[1]), int(r[2]), int(r[3]), r[4], r[5]) for r in rows}


# ----- win rate, deal size ---------------------------------------------------------------------

WIN_RATE = (
    "Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost) on a day "
    "of the range, per salesperson (the deal's owner) and for the team. Open deals do not count."
)


@report("win_rate", "Win rate", "Deals won out of the deals closed in the range")
def win_rate(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    stats = closed_stats(session, flt, rates)
    table = common.owner_table(
        flt,
        people,
        stats,
        lambda n, p: (n, p[0], p[1], ratio(p[0], (p[0] or 0) + (p[1] or 0), 100)),
    )
    columns = (
        OWNER_COLUMN,
        Column("won", "Won", ValueKind.INT),
        Column("lost", "Lost", ValueKind.INT),
        Column("win_rate", "Win rate", ValueKind.PERCENT),
    )
    chart = common.owner_chart(table, "win_rate", "Win rate", 3, ValueKind.PERCENT)
    return common.build_report(
        "win_rate",
        "Win rate",
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=rates.base,
        definition=WIN_RATE,
        totals=table.totals,
        people=people,
        owners=table.owners,
    )


DEAL_SIZE = (
    "Average deal size = the sum of the values of the deals won in the range, in the base "
    "currency, ÷ the number of those deals that have a value. Won deals without a value, or in a "
    "currency without a rate, are counted in 'Won' but left out of the value and the average."
)


@report("deal_size", "Average deal size", "Average value of the deals won in the range")
def deal_size(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    stats = closed_stats(session, flt, rates)
    won = {owner: c for owner, c in stats.items() if c.won}
    table = common.owner_table(
        flt, people, won, lambda n, p: (n, p[0], p[2], money(p[3]), money(ratio(p[3], p[2])))
    )
    columns = (
        OWNER_COLUMN,
        Column("won", "Won", ValueKind.INT),
        Column("valued", "Won with a value", ValueKind.INT),
        Column("value", "Won value", ValueKind.MONEY),
        Column("average", "Average deal size", ValueKind.MONEY),
    )
    chart = common.owner_chart(table, "average", "Average deal size", 4, ValueKind.MONEY)
    notes = common.value_notes(session, rates, closed_where(flt, WON))
    return common.build_report(
        "deal_size",
        "Average deal size",
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=rates.base,
        definition=DEAL_SIZE,
        totals=table.totals,
        notes=notes,
        people=people,
        owners=table.owners,
    )


# ----- average check ---------------------------------------------------------------------------

AVERAGE_CHECK = (
    "Average check = revenue of the deals won in the range (base currency) ÷ the number of "
    "distinct customers who bought them. The customer of a deal is its company, else its first "
    "linked contact. Won deals without a value, in a currency without a rate or without a "
    "customer are left out of both. The team total counts a customer who bought from two "
    "salespeople once."
)


def _customer() -> ColumnElement[Any]:
    """The customer of a deal: its company, else its first linked contact."""
    d, dc = DealRecord, DealContactRecord
    first_contact = (
        sa.select(sa.func.min(dc.contact_id))
        .where(dc.deal_id == d.id, dc.deleted_at.is_(None))
        .scalar_subquery()
    )
    return sa.func.coalesce(d.company_id, first_contact)


@report("average_check", "Average check", "Won revenue per customer who bought in the range")
def average_check(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    d = DealRecord
    where = closed_where(flt, WON)
    won = common.materialized(  # the customer subquery runs once per deal
        session,
        sa.select(
            d.owner_id.label("owner_id"),
            rates.base_value(d.value, d.currency).label("base"),
            _customer().label("customer"),
        )
        .where(*where)
        .cte("won"),
    )
    counted = sa.and_(won.c.base.is_not(None), won.c.customer.is_not(None))
    uncounted = sa.and_(won.c.base.is_not(None), won.c.customer.is_(None))
    figures = (
        sa.func.sum(sa.case((counted, won.c.base))),
        sa.func.count(sa.distinct(sa.case((counted, won.c.customer)))),
        sa.func.sum(sa.case((uncounted, 1), else_=0)),
    )
    by_owner = {
        r[0]: (r[1], int(r[2]), int(r[3]))
        for r in session.execute(sa.select(won.c.owner_id, *figures).group_by(won.c.owner_id))
    }
    team = session.execute(sa.select(*figures)).one()
    table = common.owner_table(
        flt,
        people,
        by_owner,
        lambda n, p: (n, money(p[0]), p[1], money(ratio(p[0], p[1]))),
        team_parts=(team[0], int(team[1] or 0), int(team[2] or 0)),
    )
    columns = (
        OWNER_COLUMN,
        Column("revenue", "Won revenue", ValueKind.MONEY),
        Column("customers", "Customers", ValueKind.INT),
        Column("average", "Average check", ValueKind.MONEY),
    )
    notes = common.value_notes(session, rates, where)
    without = sum(p[2] for p in by_owner.values())
    if without:
        notes.append(
            Note(
                "without_customer",
                f"{without} won deal(s) without a company or contact are left out",
                {"count": without},
            )
        )
    chart = common.owner_chart(table, "average", "Average check", 3, ValueKind.MONEY)
    return common.build_report(
        "average_check",
        "Average check",
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=rates.base,
        definition=AVERAGE_CHECK,
        totals=table.totals,
        notes=notes,
        people=people,
        owners=table.owners,
    )


# ----- deals won per period ----------------------------------------------------------------------

WON_DEALS = (
    "Deals won: the number and the value (base currency) of the deals won on each day, week "
    "(Monday to Sunday) or month of the range, per salesperson. Won deals without a value or in "
    "a currency without a rate are counted but left out of the value."
)


@report(
    "won_deals",
    "Deals won",
    "Deals won by count and value per salesperson per period",
    needs_period=True,
)
def won_deals(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    d = DealRecord
    period = common.period_start(d.closed_at, flt.period).label("period")
    base = rates.base_value(d.value, d.currency)
    where = closed_where(flt, WON)
    found = session.execute(
        sa.select(period, d.owner_id, sa.func.count(), sa.func.sum(base))
        .where(*where)
        .group_by(period, d.owner_id)
    ).all()
    table = common.period_table(
        flt, people, found, lambda p: (int(p[0] or 0), money(p[1])), 1, ValueKind.MONEY
    )
    columns = (
        Column("period", "Period", ValueKind.DATE),
        OWNER_COLUMN,
        Column("won", "Won", ValueKind.INT),
        Column("value", "Won value", ValueKind.MONEY),
    )
    notes = common.value_notes(session, rates, where)
    return common.build_report(
        "won_deals",
        "Deals won",
        flt,
        columns,
        table.rows,
        chart=table.chart,
        currency=rates.base,
        definition=WON_DEALS,
        totals=table.totals,
        notes=notes,
        people=people,
        owners=table.owners,
    )


# ----- by source ---------------------------------------------------------------------------------

BY_SOURCE = (
    "Leads = contacts created in the range, by their source (owner filter: the contact's owner). "
    "Converted = those of them linked to a won deal (won at any time, in the pipeline filter). "
    "Won deals and revenue = deals won in the range by the deal's own source, in the base "
    "currency (deals without a value or without a rate are counted but left out of revenue)."
)


def _lead_counts(session: Session, flt: ReportFilter) -> dict[str | None, tuple[int, int]]:
    ct, dc, d = ContactRecord, DealContactRecord, DealRecord
    won_contacts = (  # one set, probed by each lead (not a subquery per lead)
        sa.select(dc.contact_id)
        .join(d, d.id == dc.deal_id)
        .where(dc.deleted_at.is_(None), d.status == WON)
        .where(*common.deal_scope(ReportFilter(flt.start, flt.end, flt.pipeline_id)))
    )
    won_deal = ct.id.in_(won_contacts)
    rows = session.execute(
        sa.select(ct.source, sa.func.count(), sa.func.sum(sa.case((won_deal, 1), else_=0)))
        .where(ct.deleted_at.is_(None), common.in_range(ct.created_at, flt))
        .where(*common.owner_scope(ct.owner_id, flt))
        .group_by(ct.source)
    ).all()
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


@report("by_source", "Leads and revenue by source", "Leads, conversion and won revenue by source")
def by_source(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates = common.load_money(session)
    d = DealRecord
    leads = _lead_counts(session, flt)
    where = closed_where(flt, WON)
    won = {
        r[0]: (int(r[1]), r[2])
        for r in session.execute(
            sa.select(d.source, sa.func.count(), sa.func.sum(rates.base_value(d.value, d.currency)))
            .where(*where)
            .group_by(d.source)
        )
    }
    sources = sorted(set(leads) | set(won), key=lambda s: (s is None, (s or "").casefold()))
    parts = [(*leads.get(s, (0, 0)), *won.get(s, (0, None))) for s in sources]

    def row(name: str, p: common.Parts) -> tuple[Any, ...]:
        return (name, p[0], p[1], ratio(p[1], p[0], 100), p[2], money(p[3]))

    rows = tuple(row(s or NO_SOURCE, p) for s, p in zip(sources, parts, strict=True))
    columns = (
        Column("source", "Source", ValueKind.TEXT),
        Column("leads", "Leads", ValueKind.INT),
        Column("converted", "Converted", ValueKind.INT),
        Column("conversion", "Conversion", ValueKind.PERCENT),
        Column("won", "Won deals", ValueKind.INT),
        Column("revenue", "Won revenue", ValueKind.MONEY),
    )
    chart = Chart(
        ChartKind.BAR,
        tuple(r[0] for r in rows),
        (
            Series("leads", "Leads", tuple(float(r[1]) for r in rows)),
            Series("converted", "Converted", tuple(float(r[2]) for r in rows)),
        ),
        ValueKind.INT,
    )
    return common.build_report(
        "by_source",
        "Leads and revenue by source",
        flt,
        columns,
        rows,
        chart=chart,
        currency=rates.base,
        definition=BY_SOURCE,
        totals=row(common.TOTAL, common.add_parts(parts)) if parts else None,
        notes=common.value_notes(session, rates, where),
    )


# ----- forecast, lost reasons ------------------------------------------------------------------

FORECAST = (
    "Weighted forecast = Σ value × probability of the open deals whose expected close date falls "
    "in the range, by month of that date and salesperson; the probability is the deal's own, else "
    "its stage's. Values are in the base currency. Open deals without an expected close date are "
    "not in any month: they are counted in a note."
)


@report("forecast", "Weighted forecast", "Open deals by expected close month, weighted")
def forecast(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    d, s = DealRecord, StageRecord
    base = rates.base_value(d.value, d.currency)
    weighted = base * sa.func.coalesce(d.probability, s.probability) / 100.0
    month = common.period_start(d.expected_close, Period.MONTH).label("month")
    open_deals = [*common.deal_scope(flt), d.status == OPEN]
    where = [*open_deals, common.in_date_range(d.expected_close, flt)]
    found = session.execute(
        sa.select(month, d.owner_id, sa.func.count(), sa.func.sum(base), sa.func.sum(weighted))
        .join(s, s.id == d.stage_id)
        .where(*where)
        .group_by(month, d.owner_id)
    ).all()
    table = common.period_table(
        flt,
        people,
        found,
        lambda p: (int(p[0] or 0), money(p[1]), money(p[2])),
        2,
        ValueKind.MONEY,
        Period.MONTH,
    )
    notes = common.value_notes(session, rates, where)
    undated = session.execute(
        sa.select(sa.func.count()).where(*open_deals, d.expected_close.is_(None))
    ).scalar_one()
    if undated:
        notes.append(
            Note(
                "without_close_date",
                f"{undated} open deal(s) without an expected close date are not in the forecast",
                {"count": int(undated)},
            )
        )
    columns = (
        Column("month", "Month", ValueKind.DATE),
        OWNER_COLUMN,
        Column("deals", "Open deals", ValueKind.INT),
        Column("value", "Value", ValueKind.MONEY),
        Column("weighted", "Weighted value", ValueKind.MONEY),
    )
    return common.build_report(
        "forecast",
        "Weighted forecast",
        flt,
        columns,
        table.rows,
        chart=table.chart,
        currency=rates.base,
        definition=FORECAST,
        totals=table.totals,
        notes=notes,
        people=people,
        owners=table.owners,
    )


LOST_REASONS = (
    "Lost reasons: the deals lost in the range by the reason given, with their number, their "
    "value in the base currency and their share of the lost deals (by number)."
)


@report("lost_reasons", "Lost reasons", "Deals lost in the range by reason")
def lost_reasons(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates = common.load_money(session)
    d = DealRecord
    where = closed_where(flt, LOST)
    base = rates.base_value(d.value, d.currency)
    found = sorted(
        session.execute(
            sa.select(d.lost_reason, sa.func.count(), sa.func.sum(base))
            .where(*where)
            .group_by(d.lost_reason)
        ).all(),
        key=lambda r: (-r[1], -(r[2] or 0), r[0] is None, (r[0] or "").casefold()),
    )
    total = sum(int(r[1]) for r in found)
    rows = tuple(
        (r[0] or NO_REASON, int(r[1]), money(r[2]), ratio(r[1], total, 100)) for r in found
    )
    value = common.add_parts((r[2],) for r in found)
    columns = (
        Column("reason", "Lost reason", ValueKind.TEXT),
        Column("lost", "Lost deals", ValueKind.INT),
        Column("value", "Lost value", ValueKind.MONEY),
        Column("share", "Share", ValueKind.PERCENT),
    )
    chart = Chart(
        ChartKind.PIE,
        tuple(r[0] for r in rows),
        (Series("lost", "Lost deals", tuple(float(r[1]) for r in rows)),),
        ValueKind.INT,
    )
    return common.build_report(
        "lost_reasons",
        "Lost reasons",
        flt,
        columns,
        rows,
        chart=chart,
        currency=rates.base,
        definition=LOST_REASONS,
        totals=(common.TOTAL, total, money(value[0] if value else None), 100.0 if total else None),
        notes=common.value_notes(session, rates, where),
    )
