"""Goals: a target (new leads, deals won by count or value, activities) for a period, for one
salesperson or the whole team, and how far along it is.

Every method that changes data is one transaction and returns the ``Change`` (described
``"<verb> goal[.field]"``), so it is undoable like any other edit.

Definitions (the actual value of each metric over a goal's period, both days included, in UTC
days like the reports; ``user_id`` None counts the whole team):

- ``new_leads``: live contacts created in the period (owned by the salesperson);
- ``deals_won_count`` / ``deals_won_value``: live deals won (status won) with ``closed_at`` in
  the period (owned by the salesperson); the value in the base currency, deals in a currency
  without a rate left out of the sum and named (``missing_currencies``);
- ``activities``: live activities that occurred in the period (logged by the salesperson).

Pace: ``expected_by_now = target × elapsed share of the period``, where the elapsed share counts
the whole days of the period before ``today`` (on its first day nothing is expected yet; from the
day after its end, all of it). A goal is ``done`` when actual ≥ target, ``on_track`` when
actual ≥ expected_by_now, else ``behind``.
"""

from __future__ import annotations

import builtins
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.enums import DealStatus, GoalMetric
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, validate
from desktop_crm.domain.records import Change
from desktop_crm.domain.reports import Period, ReportFilter
from desktop_crm.services.reports.common import (
    MoneyRates,
    deal_scope,
    in_range,
    load_money,
    money,
    period_start,
)
from desktop_crm.services.writer import Context, Writer
from desktop_crm.store.models import (
    ActivityRecord,
    ContactRecord,
    DealRecord,
    GoalRecord,
    UserRecord,
)

ON_TRACK = "on_track"
BEHIND = "behind"
DONE = "done"
GOAL_FIELDS = ("metric", "target", "period_start", "period_end", "user_id")
COUNT_METRICS = frozenset({GoalMetric.NEW_LEADS, GoalMetric.DEALS_WON_COUNT, GoalMetric.ACTIVITIES})
_TARGET = FieldSpec("target", Kind.MONEY, required=True)
_DATE_SPECS = {
    "period_start": FieldSpec("period_start", Kind.DATE, required=True),
    "period_end": FieldSpec("period_end", Kind.DATE, required=True),
}


@dataclass(frozen=True)
class Goal:
    id: str
    metric: GoalMetric
    target: Decimal  # a count for count metrics, money in the base currency for deals_won_value
    period_start: date  # first day included
    period_end: date  # last day included
    user_id: str | None  # None: the whole team
    user_name: str | None = None
    user_deleted: bool = False

    def covers(self, day: date) -> bool:
        return self.period_start <= day <= self.period_end


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    actual: Decimal
    target: Decimal
    expected_by_now: Decimal
    pace: str  # on_track | behind | done
    fraction: float  # actual ÷ target (more than 1 when exceeded)
    missing_currencies: tuple[str, ...] = ()  # deals_won_value: currencies left out (no rate)


def expected_by(goal: Goal, today: date) -> Decimal:
    """The part of the target due by ``today``: target × (whole days of the period before
    today ÷ days of the period)."""
    days = (goal.period_end - goal.period_start).days + 1
    elapsed = min(max((today - goal.period_start).days, 0), days)
    return goal.target * elapsed / days


def pace_of(goal: Goal, actual: Decimal, today: date) -> str:
    if actual >= goal.target:
        return DONE
    return ON_TRACK if actual >= expected_by(goal, today) else BEHIND


def progress_of(
    goal: Goal, actual: Decimal, missing: Sequence[str] = (), *, today: date
) -> GoalProgress:
    return GoalProgress(
        goal=goal,
        actual=actual,
        target=goal.target,
        expected_by_now=expected_by(goal, today),
        pace=pace_of(goal, actual, today),
        fraction=float(actual / goal.target) if goal.target else 0.0,
        missing_currencies=tuple(missing),
    )


class GoalService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- reading -----------------------------------------------------------------------
    def list(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        user_id: str | None = None,
        team_only: bool = False,
    ) -> list[Goal]:
        """Live goals whose period overlaps [start, end] (every goal when not given), the
        latest periods first. ``user_id`` keeps that salesperson's goals (and the team's)."""
        with self.ctx.session() as s:
            return load_goals(s, start=start, end=end, user_id=user_id, team_only=team_only)

    def get(self, goal_id: str) -> Goal:
        with self.ctx.session() as s:
            found = load_goals(s, ids=[goal_id])
        if not found:
            raise NotFoundError("goal", goal_id)
        return found[0]

    def progress(
        self, today: date, *, user_id: str | None = None, goals: Iterable[Goal] | None = None
    ) -> builtins.list[GoalProgress]:
        """Progress of ``goals`` (default: the live goals whose period includes ``today``)."""
        with self.ctx.session() as s:
            chosen = (
                list(goals)
                if goals is not None
                else load_goals(s, start=today, end=today, user_id=user_id)
            )
            found = goal_actuals(s, chosen)
        return [progress_of(g, *found[g.id], today=today) for g in chosen]

    # ----- changes -----------------------------------------------------------------------
    def create(
        self,
        metric: str,
        target: Any,
        period_start: Any,
        period_end: Any,
        user_id: str | None = None,
    ) -> Change:
        values = clean_goal(
            {
                "metric": metric,
                "target": target,
                "period_start": period_start,
                "period_end": period_end,
                "user_id": user_id,
            }
        )
        with self.ctx.write("create goal") as w:
            _check_user(w, values["user_id"])
            w.create("goal", values)
        return w.change()

    def update(self, goal_id: str, field: str, value: Any) -> Change:
        if field not in GOAL_FIELDS:
            raise ValidationError(field, f"Not a goal field: {field!r}", code="unknown_field")
        with self.ctx.write(f"edit goal.{field}") as w:
            goal = _live(w, goal_id)
            current = {name: getattr(goal, name) for name in GOAL_FIELDS}
            values = clean_goal({**current, field: value})
            if field == "user_id":
                _check_user(w, values["user_id"])
            for name in GOAL_FIELDS:  # checked together; only what changed is logged
                w.set("goal", goal_id, name, values[name])
        return w.change()

    def delete(self, goal_ids: Iterable[str]) -> Change:
        with self.ctx.write("delete goal") as w:
            for goal_id in goal_ids:
                _live(w, goal_id)
                w.set("goal", goal_id, "deleted_at", w.now)
        return w.change()


def clean_goal(values: dict[str, Any]) -> dict[str, Any]:
    """Validated goal values: a known metric, a target above 0 (whole for counts), a period
    that ends on or after its start."""
    try:
        metric = GoalMetric(values["metric"])
    except ValueError:
        raise ValidationError(
            "metric", f"Unknown goal metric {values['metric']!r}", code="choice"
        ) from None
    target = validate(_TARGET, values["target"])
    if target <= 0:
        raise ValidationError("target", "A target is more than 0", code="positive")
    if metric in COUNT_METRICS and target != target.to_integral_value():
        raise ValidationError("target", "This target is a whole number", code="whole_number")
    start = validate(_DATE_SPECS["period_start"], values["period_start"])
    end = validate(_DATE_SPECS["period_end"], values["period_end"])
    if end < start:
        raise ValidationError(
            "period_end", "The period ends before it starts", code="end_before_start"
        )
    return {
        "metric": metric.value,
        "target": target,
        "period_start": start,
        "period_end": end,
        "user_id": values.get("user_id") or None,
    }


def load_goals(
    s: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    user_id: str | None = None,
    team_only: bool = False,
    ids: Sequence[str] | None = None,
) -> list[Goal]:
    g, u = GoalRecord, UserRecord
    stmt = (
        sa.select(g.id, g.metric, g.target, g.period_start, g.period_end, g.user_id, u.name)
        .add_columns(u.deleted_at.is_not(None))
        .outerjoin(u, u.id == g.user_id)
        .where(g.deleted_at.is_(None))
    )
    if ids is not None:
        stmt = stmt.where(g.id.in_(ids))
    if start is not None:
        stmt = stmt.where(g.period_end >= start)
    if end is not None:
        stmt = stmt.where(g.period_start <= end)
    if team_only:
        stmt = stmt.where(g.user_id.is_(None))
    elif user_id is not None:
        stmt = stmt.where(sa.or_(g.user_id == user_id, g.user_id.is_(None)))
    order = (g.period_start.desc(), g.user_id.is_not(None), u.name, g.metric, g.id)
    return [
        Goal(r[0], GoalMetric(r[1]), r[2], r[3], r[4], r[5], r[6], bool(r[7]))
        for r in s.execute(stmt.order_by(*order))
    ]


# ----- actual values ---------------------------------------------------------------------------
Actual = tuple[Decimal, tuple[str, ...]]  # the value, currencies left out (no rate)


def goal_actuals(
    s: Session, goals: Sequence[Goal], *, until: date | None = None, pipeline_id: str | None = None
) -> dict[str, Actual]:
    """The actual value of each goal over its period (cut at ``until`` when given: a digest of
    a past week counts nothing after it). One grouped query per metric over the union of the
    periods (per salesperson and UTC day), summed per goal here: a few thousand small rows
    instead of one scan per goal."""
    found: dict[str, Actual] = {}
    by_metric: dict[GoalMetric, list[Goal]] = {}
    for goal in goals:
        by_metric.setdefault(goal.metric, []).append(goal)
    rates = load_money(s) if GoalMetric.DEALS_WON_VALUE in by_metric else None
    for metric, chosen in by_metric.items():
        first = min(g.period_start for g in chosen)
        last = max(g.period_end for g in chosen)
        if until is not None:
            last = min(last, until)
        if last < first:
            found.update({g.id: (Decimal(0), ()) for g in chosen})
            continue
        flt = ReportFilter(first, last, pipeline_id=pipeline_id)
        daily, gaps = _daily(s, metric, flt, rates)
        sums = _RunningSums(daily)
        for goal in chosen:
            end = goal.period_end if until is None else min(goal.period_end, until)
            start_key, end_key = goal.period_start.isoformat(), end.isoformat()
            missing = {
                currency
                for user, day, currency in gaps
                if start_key <= day <= end_key and goal.user_id in (None, user)
            }
            total = sums.between(goal.user_id, start_key, end_key)
            found[goal.id] = (total, tuple(sorted(missing)))
    return found


class _RunningSums:
    """Per salesperson, the running total of a daily figure: the sum over any days in two
    binary searches (hundreds of goals over a year of days stay cheap)."""

    def __init__(self, daily: Daily) -> None:
        rows: dict[str | None, list[tuple[str, Decimal]]] = {}
        for (user, day), value in daily.items():
            rows.setdefault(user, []).append((day, value))
        self.days: dict[str | None, list[str]] = {}
        self.totals: dict[str | None, list[Decimal]] = {}
        for user, items in rows.items():
            items.sort()
            self.days[user] = [day for day, _value in items]
            running, total = [Decimal(0)], Decimal(0)
            for _day, value in items:
                total += value
                running.append(total)
            self.totals[user] = running

    def between(self, user_id: str | None, first: str, last: str) -> Decimal:
        """The sum from day ``first`` to day ``last`` (included) of one salesperson, or of
        everyone when ``user_id`` is None."""
        users = list(self.days) if user_id is None else [user_id] if user_id in self.days else []
        total = Decimal(0)
        for user in users:
            days, running = self.days[user], self.totals[user]
            total += running[bisect_right(days, last)] - running[bisect_left(days, first)]
        return total


Daily = dict[tuple[str | None, str], Decimal]  # (salesperson, 'YYYY-MM-DD') -> value


def _daily(
    s: Session, metric: GoalMetric, flt: ReportFilter, rates: MoneyRates | None
) -> tuple[Daily, list[tuple[str | None, str, str]]]:
    """A metric per salesperson and day over the filter's range, and for money the
    (salesperson, day, currency) of deals left out for want of a rate."""
    user, moment, where = metric_source(metric)
    day = period_start(moment, Period.DAY).label("day")
    value: Any = sa.func.count()
    if metric is GoalMetric.DEALS_WON_VALUE:
        assert rates is not None
        value = sa.func.sum(rates.base_value(DealRecord.value, DealRecord.currency))
    scope = [*where, in_range(moment, flt)]
    if metric in (GoalMetric.DEALS_WON_COUNT, GoalMetric.DEALS_WON_VALUE):
        scope += deal_scope(flt)
    rows = s.execute(sa.select(user, day, value).where(*scope).group_by(user, day)).all()
    daily: Daily = {}
    for who, key, amount in rows:
        if amount is None:
            continue
        daily[(who, key)] = (
            money(amount) or Decimal(0) if metric is GoalMetric.DEALS_WON_VALUE else Decimal(amount)
        )
    gaps: list[tuple[str | None, str, str]] = []
    if metric is GoalMetric.DEALS_WON_VALUE:
        assert rates is not None
        d = DealRecord
        gaps = [
            (r[0], r[1], r[2])
            for r in s.execute(
                sa.select(user, day, d.currency)
                .where(*scope, d.value.is_not(None), d.currency.not_in(rates.known))
                .group_by(user, day, d.currency)
            )
        ]
    return daily, gaps


def metric_source(metric: GoalMetric | str) -> tuple[Any, Any, list[Any]]:
    """(the salesperson column, the timestamp column, the conditions) that define a metric:
    new leads are live contacts by owner and creation time; deals won are won deals by owner and
    closing time; activities are live activities by who logged them and when they happened."""
    metric = GoalMetric(metric)
    if metric is GoalMetric.NEW_LEADS:
        c = ContactRecord
        return c.owner_id, c.created_at, [c.deleted_at.is_(None)]
    if metric is GoalMetric.ACTIVITIES:
        a = ActivityRecord
        return a.user_id, a.occurred_at, [a.deleted_at.is_(None)]
    d = DealRecord
    return d.owner_id, d.closed_at, [d.deleted_at.is_(None), d.status == DealStatus.WON.value]


def _live(w: Writer, goal_id: str) -> GoalRecord:
    goal = w.session.get(GoalRecord, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise NotFoundError("goal", goal_id)
    return goal


def _check_user(w: Writer, user_id: str | None) -> None:
    if user_id is None:
        return
    user = w.session.get(UserRecord, user_id)
    if user is None or user.deleted_at is not None:
        raise ValidationError("user_id", f"No such user: {user_id}", code="no_such_ref")


__all__ = [
    "BEHIND",
    "DONE",
    "ON_TRACK",
    "Goal",
    "GoalProgress",
    "GoalService",
    "clean_goal",
    "expected_by",
    "goal_actuals",
    "load_goals",
    "metric_source",
    "pace_of",
    "progress_of",
]
