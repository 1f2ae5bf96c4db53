"""The weekly digest: what each salesperson and the team did in a week, as plain data.

For the week ``week_start`` … ``week_start + 6`` (UTC days, like the reports): new deals (created
that week, with their value in the base currency), new leads (contacts created), deals won
(closed as won that week: count and value), activities by kind, and the progress of the goals
whose period overlaps the week, counted up to the week's end and paced as of the day after it.
Money left out for want of a rate is named in ``missing_currencies``. ``digest_text`` writes it
as English plain text for the command line and exports; the UI renders its own translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.enums import ActivityKind, DealStatus, GoalMetric
from desktop_crm.domain.reports import ReportFilter
from desktop_crm.services.goals import GoalProgress, goal_actuals, load_goals, progress_of
from desktop_crm.services.reports import common
from desktop_crm.services.reports.activity import KIND_TITLES, KINDS, activity_where, kind_counts
from desktop_crm.services.reports.common import TEAM, MoneyRates
from desktop_crm.services.reports.goals_report import METRIC_TITLES, PACE_TITLES
from desktop_crm.store.models import ActivityRecord, ContactRecord, DealRecord

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DigestPart:
    """One salesperson's week (``user_id`` None and ``name`` "Team": everyone's)."""

    user_id: str | None
    name: str
    new_deals: int = 0
    new_deals_value: Decimal = ZERO  # base currency
    new_leads: int = 0
    won_count: int = 0
    won_value: Decimal = ZERO  # base currency
    activities: tuple[tuple[ActivityKind, int], ...] = ()  # every kind, in ActivityKind order
    goals: tuple[GoalProgress, ...] = ()
    missing_currencies: tuple[str, ...] = ()  # deals in these currencies are not in the values
    deleted: bool = False  # the salesperson was deleted since

    @property
    def activities_total(self) -> int:
        return sum(n for _kind, n in self.activities)

    @property
    def empty(self) -> bool:
        return not (self.new_deals or self.new_leads or self.won_count or self.activities_total)


@dataclass(frozen=True)
class Digest:
    week_start: date  # first day (a Monday when the caller passes one)
    week_end: date  # last day included
    currency: str  # the base currency of the values
    team: DigestPart
    people: tuple[DigestPart, ...] = field(default=())  # per salesperson, by name


def weekly_digest(crm_or_session: Any, week_start: date, user_id: str | None) -> Digest:
    """The digest of the week starting ``week_start``: the team's and, with ``user_id`` None,
    every salesperson's who did something or has a goal; else that salesperson's only."""
    if isinstance(crm_or_session, Session):
        return _digest(crm_or_session, week_start, user_id)
    with crm_or_session.ctx.session() as session:
        return _digest(session, week_start, user_id)


_Figures = dict[str | None, dict[str, Any]]


def _digest(session: Session, week_start: date, user_id: str | None) -> Digest:
    week = ReportFilter(week_start, week_start + timedelta(days=6))
    rates, people = common.load_money(session), common.load_people(session)
    figures: _Figures = {}
    _deal_figures(session, week, rates, figures)
    _lead_figures(session, week, figures)
    _activity_figures(session, week, figures)
    goals = _goal_progress(session, week)
    team = _part(None, TEAM, _sum(figures), [g for g in goals if g.goal.user_id is None])
    owners = set(figures) | {g.goal.user_id for g in goals if g.goal.user_id is not None}
    if user_id is not None:
        owners = {user_id}
    parts = tuple(
        _part(
            o,
            people.name(o),
            figures.get(o, {}),
            [g for g in goals if g.goal.user_id == o and o is not None],
            o in people.deleted,
        )
        for o in sorted(owners, key=people.sort_key)
    )
    return Digest(week.start, week.end, rates.base, team, parts)


def _add(figures: _Figures, owner: str | None, key: str, value: Any) -> None:
    mine = figures.setdefault(owner, {})
    if key == "missing":
        mine[key] = mine.get(key, frozenset()) | value
    elif key == "activities":
        mine[key] = tuple(
            a + b for a, b in zip(mine.get(key, (0,) * len(KINDS)), value, strict=True)
        )
    else:
        mine[key] = mine.get(key, 0) + value


def _sum(figures: _Figures) -> dict[str, Any]:
    team: _Figures = {}
    for mine in figures.values():
        for key, value in mine.items():
            _add(team, None, key, value)
    return team.get(None, {})


def _deal_figures(
    session: Session, week: ReportFilter, rates: MoneyRates, figures: _Figures
) -> None:
    """New deals (created in the week) and deals won in it, per owner, with their values."""
    d = DealRecord
    base = rates.base_value(d.value, d.currency)
    unrated = sa.and_(d.value.is_not(None), d.currency.not_in(rates.known))
    for key, moment, extra in (
        ("new", d.created_at, []),
        ("won", d.closed_at, [d.status == DealStatus.WON.value]),
    ):
        where = [*common.deal_scope(week), common.in_range(moment, week), *extra]
        for owner, count, value in session.execute(
            sa.select(d.owner_id, sa.func.count(), sa.func.sum(base))
            .where(*where)
            .group_by(d.owner_id)
        ):
            _add(figures, owner, f"{key}_count", int(count))
            _add(figures, owner, f"{key}_value", common.money(value) or ZERO)
        for owner, currency in session.execute(
            sa.select(d.owner_id, d.currency)
            .where(*where, unrated)
            .group_by(d.owner_id, d.currency)
        ):
            _add(figures, owner, "missing", frozenset({currency}))


def _lead_figures(session: Session, week: ReportFilter, figures: _Figures) -> None:
    c = ContactRecord
    for owner, count in session.execute(
        sa.select(c.owner_id, sa.func.count())
        .where(c.deleted_at.is_(None), common.in_range(c.created_at, week))
        .group_by(c.owner_id)
    ):
        _add(figures, owner, "leads", int(count))


def _activity_figures(session: Session, week: ReportFilter, figures: _Figures) -> None:
    a = ActivityRecord
    for row in session.execute(
        sa.select(a.user_id, *kind_counts()[: len(KINDS)])
        .where(*activity_where(week))
        .group_by(a.user_id)
    ):
        _add(figures, row[0], "activities", tuple(int(n) for n in row[1:]))


def _goal_progress(session: Session, week: ReportFilter) -> list[GoalProgress]:
    """Goals overlapping the week: counted up to its last day, paced as of the day after."""
    goals = load_goals(session, start=week.start, end=week.end)
    found = goal_actuals(session, goals, until=week.end)
    after = week.end + timedelta(days=1)
    return [progress_of(g, *found[g.id], today=after) for g in goals]


def _part(
    user_id: str | None,
    name: str,
    mine: Mapping[str, Any],
    goals: list[GoalProgress],
    deleted: bool = False,
) -> DigestPart:
    goal_missing = {c for g in goals for c in g.missing_currencies}
    counts = mine.get("activities", (0,) * len(KINDS))
    return DigestPart(
        user_id=user_id,
        name=name,
        new_deals=mine.get("new_count", 0),
        new_deals_value=mine.get("new_value", ZERO),
        new_leads=mine.get("leads", 0),
        won_count=mine.get("won_count", 0),
        won_value=mine.get("won_value", ZERO),
        activities=tuple(zip(KINDS, counts, strict=True)),
        goals=tuple(goals),
        missing_currencies=tuple(sorted(set(mine.get("missing", ())) | goal_missing)),
        deleted=deleted,
    )


# ----- as text ---------------------------------------------------------------------------------


def digest_text(digest: Digest) -> str:
    """The digest as English plain text (numbers with thousands separators, ISO dates)."""
    lines = [
        f"Weekly digest {digest.week_start.isoformat()} – {digest.week_end.isoformat()}"
        f" (amounts in {digest.currency})",
        "",
    ]
    for part in (digest.team, *digest.people):
        lines += _part_lines(part, digest.currency)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _part_lines(part: DigestPart, currency: str) -> list[str]:
    lines = [part.name + (" (deleted)" if part.deleted else "")]
    lines.append(f"  New deals: {part.new_deals} ({_money(part.new_deals_value, currency)})")
    lines.append(f"  New leads: {part.new_leads}")
    lines.append(f"  Deals won: {part.won_count} ({_money(part.won_value, currency)})")
    kinds = ", ".join(f"{KIND_TITLES[k].lower()} {n}" for k, n in part.activities if n)
    lines.append(f"  Activities: {part.activities_total}" + (f" ({kinds})" if kinds else ""))
    if part.goals:
        lines.append("  Goals:")
        lines += [f"    {_goal_line(g, currency)}" for g in part.goals]
    if part.missing_currencies:
        names = ", ".join(part.missing_currencies)
        lines.append(f"  Not in the amounts (no rate to {currency}): deals in {names}")
    return lines


def _goal_line(p: GoalProgress, currency: str) -> str:
    is_money = p.goal.metric is GoalMetric.DEALS_WON_VALUE
    show = (lambda v: _money(v, currency)) if is_money else _count
    period = f"{p.goal.period_start.isoformat()} – {p.goal.period_end.isoformat()}"
    return (
        f"{METRIC_TITLES[p.goal.metric]} {period}: {show(p.actual)} of {show(p.target)}"
        f" ({p.fraction * 100:.0f}%), {PACE_TITLES[p.pace].lower()}"
        f" (expected by the end of the week {show(p.expected_by_now)})"
    )


def _money(value: Decimal, currency: str) -> str:
    return f"{value:,.2f} {currency}"


def _count(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.1f}"


__all__ = ["Digest", "DigestPart", "digest_text", "weekly_digest"]
