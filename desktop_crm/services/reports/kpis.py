"""The dashboard's tiles: a few numbers, each with the records behind it (a ``Drill``).

Definitions (``today`` is the user's date; a month and a week are UTC days like the reports;
``owner_id`` None is the whole team, else that salesperson's records):

- ``open_pipeline``: the sum of the values of the open deals, in the base currency (count: the
  open deals). Deals without a value, or in a currency without a rate, are counted, not summed.
- ``weighted_forecast``: Σ value × probability (the deal's own, else its stage's) of those deals.
- ``won_month``: deals won this calendar month (closed_at in it), their value in the base
  currency and their count; against the goal for exactly this month (deals won by value, else
  by count: then the tile shows the count).
- ``new_leads_month``: contacts created this month (by owner); against the new-leads goal for
  exactly this month.
- ``overdue_tasks``: open tasks due before now (all-day ones: before today), by assignee — the
  same rule as "My tasks". ``now`` is the current time when ``today`` is today (within a day of
  the UTC date), else the end of ``today`` (a past or future date, as in tests).
- ``activities_week``: activities of this week (Monday to Sunday), by who logged them; against
  the activities goal for exactly this week.
- ``stale_deals``: open deals in a stage with a rotting age, in that stage for longer than it
  (since ``stage_entered_at``, else since creation) — as the pipeline board marks them.

A team tile takes the team's goal (a goal without a salesperson) as its target. Drills list at
most ``DRILL_LIMIT`` ids (the largest deals first, the newest records first).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from desktop_crm.domain.enums import DealStatus, GoalMetric
from desktop_crm.domain.reports import Drill, Kpi, Note, Period, ReportFilter, ValueKind
from desktop_crm.domain.tasks import Bucket
from desktop_crm.services import task_queries
from desktop_crm.services.reports import common
from desktop_crm.services.reports.common import MoneyRates
from desktop_crm.services.reports.registry import ReportContext
from desktop_crm.store.models import (
    ActivityRecord,
    ContactRecord,
    DealRecord,
    GoalRecord,
    StageRecord,
)
from desktop_crm.store.types import utcnow

DRILL_LIMIT = 1000
KPI_TITLES = {
    "open_pipeline": "Open pipeline",
    "weighted_forecast": "Weighted forecast",
    "won_month": "Won this month",
    "new_leads_month": "New leads this month",
    "overdue_tasks": "Overdue tasks",
    "activities_week": "Activities this week",
    "stale_deals": "Stale deals",
}


def compute_kpis(session: Session, context: ReportContext, owner_id: str | None) -> list[Kpi]:
    rates = common.load_money(session)
    now = _now(context.today)
    month = _range(context.today, Period.MONTH, owner_id)
    week = _range(context.today, Period.WEEK, owner_id)
    return [
        *_pipeline(session, rates, owner_id),
        _won(session, rates, month),
        _new_leads(session, month),
        _overdue(session, now, context.today, owner_id),
        _activities(session, week),
        _stale(session, now, owner_id),
    ]


def _now(today: date) -> datetime:
    current = utcnow()
    if abs((today - current.date()).days) <= 1:  # today's local date may be UTC's ± 1
        return current
    return datetime.combine(today + timedelta(days=1), time(), tzinfo=UTC)


def _range(today: date, period: Period, owner_id: str | None) -> ReportFilter:
    """The month or week of ``today`` as a filter."""
    start = common.first_day(today, period)
    if period == Period.MONTH:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    else:
        end = start + timedelta(days=6)
    return ReportFilter(start, end, owner_id=owner_id, period=period)


def _ids(session: Session, stmt: Any) -> tuple[str, ...]:
    return tuple(session.execute(stmt.limit(DRILL_LIMIT)).scalars())


def _pipeline(session: Session, rates: MoneyRates, owner_id: str | None) -> list[Kpi]:
    d, s = DealRecord, StageRecord
    where = open_deals(owner_id)
    base = rates.base_value(d.value, d.currency)
    weighted = base * sa.func.coalesce(d.probability, s.probability) / 100.0
    count, value, forecast = session.execute(
        sa.select(sa.func.count(), sa.func.sum(base), sa.func.sum(weighted))
        .join(s, s.id == d.stage_id)
        .where(*where)
    ).one()
    drill = Drill("deal", _ids(session, sa.select(d.id).where(*where).order_by(*_largest(base))))
    notes = tuple(common.value_notes(session, rates, where))
    return [
        Kpi(
            "open_pipeline",
            KPI_TITLES["open_pipeline"],
            float(value or 0),
            ValueKind.MONEY,
            count=int(count),
            drill=drill,
            notes=notes,
        ),
        Kpi(
            "weighted_forecast",
            KPI_TITLES["weighted_forecast"],
            float(forecast or 0),
            ValueKind.MONEY,
            count=int(count),
            drill=drill,
            notes=notes,
        ),
    ]


def open_deals(owner_id: str | None) -> list[ColumnElement[bool]]:
    """Live open deals (of the salesperson, when given)."""
    d = DealRecord
    where = [d.deleted_at.is_(None), d.status == DealStatus.OPEN.value]
    return where if owner_id is None else [*where, d.owner_id == owner_id]


def _largest(base: ColumnElement[float]) -> tuple[Any, ...]:
    return (base.is_(None), base.desc(), DealRecord.id)


def _won(session: Session, rates: MoneyRates, month: ReportFilter) -> Kpi:
    d = DealRecord
    where = [
        *common.deal_scope(month),
        d.status == DealStatus.WON.value,
        common.in_range(d.closed_at, month),
    ]
    base = rates.base_value(d.value, d.currency)
    count, value = session.execute(
        sa.select(sa.func.count(), sa.func.sum(base)).where(*where)
    ).one()
    drill = Drill("deal", _ids(session, sa.select(d.id).where(*where).order_by(*_largest(base))))
    notes = tuple(common.value_notes(session, rates, where))
    by_value = goal_target(session, GoalMetric.DEALS_WON_VALUE, month)
    by_count = goal_target(session, GoalMetric.DEALS_WON_COUNT, month) if by_value is None else None
    shown, kind, target = float(value or 0), ValueKind.MONEY, by_value
    if by_count is not None:  # only a goal by count: the tile shows the count against it
        shown, kind, target = float(count), ValueKind.INT, by_count
    return Kpi("won_month", KPI_TITLES["won_month"], shown, kind, target, int(count), drill, notes)


def _new_leads(session: Session, month: ReportFilter) -> Kpi:
    c = ContactRecord
    where = [
        c.deleted_at.is_(None),
        common.in_range(c.created_at, month),
        *common.owner_scope(c.owner_id, month),
    ]
    count = session.execute(sa.select(sa.func.count()).select_from(c).where(*where)).scalar_one()
    ids = _ids(session, sa.select(c.id).where(*where).order_by(c.created_at.desc(), c.id))
    return Kpi(
        "new_leads_month",
        KPI_TITLES["new_leads_month"],
        float(count),
        ValueKind.INT,
        goal_target(session, GoalMetric.NEW_LEADS, month),
        int(count),
        Drill("contact", ids),
    )


def _overdue(session: Session, now: datetime, today: date, owner_id: str | None) -> Kpi:
    count = task_queries.counts(session, now, today, owner_id)[Bucket.OVERDUE]
    items = task_queries.bucket(session, Bucket.OVERDUE, now, today, owner_id, DRILL_LIMIT)
    return Kpi(
        "overdue_tasks",
        KPI_TITLES["overdue_tasks"],
        float(count),
        ValueKind.INT,
        count=count,
        drill=Drill("task", tuple(item.id for item in items)),
    )


def _activities(session: Session, week: ReportFilter) -> Kpi:
    a = ActivityRecord
    where = [
        a.deleted_at.is_(None),
        common.in_range(a.occurred_at, week),
        *common.owner_scope(a.user_id, week),
    ]
    count = session.execute(sa.select(sa.func.count()).select_from(a).where(*where)).scalar_one()
    ids = _ids(session, sa.select(a.id).where(*where).order_by(a.occurred_at.desc(), a.id))
    return Kpi(
        "activities_week",
        KPI_TITLES["activities_week"],
        float(count),
        ValueKind.INT,
        goal_target(session, GoalMetric.ACTIVITIES, week),
        int(count),
        Drill("activity", ids),
    )


def stale_where(session: Session, now: datetime, owner_id: str | None) -> list[Any]:
    """Open live deals in a stage with a rotting age that have been there longer than it."""
    d, s = DealRecord, StageRecord
    rotting = session.execute(
        sa.select(s.id, s.rotting_days).where(s.deleted_at.is_(None), s.rotting_days > 0)
    ).all()
    since = sa.func.coalesce(d.stage_entered_at, d.created_at)
    late = [sa.and_(d.stage_id == sid, since < now - timedelta(days=days)) for sid, days in rotting]
    return [*open_deals(owner_id), sa.or_(sa.false(), *late)]


def _stale(session: Session, now: datetime, owner_id: str | None) -> Kpi:
    d = DealRecord
    where = stale_where(session, now, owner_id)
    count = session.execute(sa.select(sa.func.count()).select_from(d).where(*where)).scalar_one()
    since = sa.func.coalesce(d.stage_entered_at, d.created_at)
    ids = _ids(session, sa.select(d.id).where(*where).order_by(since, d.id))
    return Kpi(
        "stale_deals",
        KPI_TITLES["stale_deals"],
        float(count),
        ValueKind.INT,
        count=int(count),
        drill=Drill("deal", ids),
    )


def goal_target(session: Session, metric: GoalMetric, period: ReportFilter) -> float | None:
    """The target of the live goal for exactly this period, of the filter's salesperson (or
    the team's); the most recently created when there are several."""
    g = GoalRecord
    who = g.user_id.is_(None) if period.owner_id is None else g.user_id == period.owner_id
    target = session.execute(
        sa.select(g.target)
        .where(
            g.deleted_at.is_(None),
            g.metric == metric.value,
            g.period_start == period.start,
            g.period_end == period.end,
            who,
        )
        .order_by(g.created_at.desc(), g.id.desc())
        .limit(1)
    ).scalar()
    return None if target is None else float(target)


def notes_of(kpis: Sequence[Kpi]) -> list[Note]:
    """Every distinct note of the tiles (for a dashboard footer)."""
    seen: dict[str, Note] = {}
    for kpi in kpis:
        for note in kpi.notes:
            seen.setdefault(note.text, note)
    return list(seen.values())


__all__ = [
    "DRILL_LIMIT",
    "KPI_TITLES",
    "compute_kpis",
    "goal_target",
    "notes_of",
    "open_deals",
    "stale_where",
]
