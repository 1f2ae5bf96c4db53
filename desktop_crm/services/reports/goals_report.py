"""Goals: each target of a salesperson or the team whose period overlaps the range, with the
actual value, the progress and the pace (see ``services/goals.py`` for the definitions)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_crm.domain.enums import GoalMetric
from desktop_crm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    Note,
    ReportData,
    ReportFilter,
    Series,
    ValueKind,
)
from desktop_crm.services.goals import (
    BEHIND,
    DONE,
    ON_TRACK,
    GoalProgress,
    goal_actuals,
    load_goals,
    progress_of,
)
from desktop_crm.services.reports import common
from desktop_crm.services.reports.common import TEAM
from desktop_crm.services.reports.registry import ReportContext, report

NAME = "goals"
TITLE = "Goals"
EXPECTED_KEY = "expected"  # figures.EXPECTED_KEY: the pace marker of a PROGRESS chart
METRIC_TITLES: dict[GoalMetric, str] = {
    GoalMetric.NEW_LEADS: "New leads",
    GoalMetric.DEALS_WON_COUNT: "Deals won",
    GoalMetric.DEALS_WON_VALUE: "Deals won (value)",
    GoalMetric.ACTIVITIES: "Activities",
}
CHART_LIMIT = 12  # a progress chart of 20 goals took 375 ms to draw (target 300)
PACE_TITLES = {ON_TRACK: "On track", BEHIND: "Behind", DONE: "Done"}
DEFINITION = (
    "Goals whose period overlaps the range (a salesperson's own when one is chosen). Actual = "
    "over the goal's whole period (both days included, UTC days): new leads = contacts created, "
    "owned by the salesperson; deals won = deals won (closed) and owned by the salesperson, by "
    "count or by value in the base currency (deals in a currency without a rate left out of the "
    "value); activities = activities logged by the salesperson. A team goal counts everyone. "
    "Progress = actual ÷ target. Expected by now = target × the share of the period's days "
    "before today. Pace: done when actual ≥ target, on track when actual ≥ expected by now, "
    "else behind."
)
COLUMNS = (
    common.OWNER_COLUMN,
    Column("metric", "Goal", ValueKind.TEXT),
    Column("period_start", "From", ValueKind.DATE),
    Column("period_end", "To", ValueKind.DATE),
    Column("target", "Target", ValueKind.NUMBER),
    Column("actual", "Actual", ValueKind.NUMBER),
    Column("expected", "Expected by now", ValueKind.NUMBER),
    Column("progress", "Progress", ValueKind.PERCENT),
    Column("pace", "Pace", ValueKind.TEXT),
)


def goal_progress(
    session: Session, flt: ReportFilter, context: ReportContext
) -> list[GoalProgress]:
    """Progress of the goals of the filter: team goals and every salesperson's, or one
    salesperson's own; the team first, then by name, period and metric."""
    goals = load_goals(session, start=flt.start, end=flt.end)
    if flt.owner_id is not None:
        goals = [g for g in goals if g.user_id == flt.owner_id]
    goals.sort(
        key=lambda g: (
            g.user_id is not None,
            (g.user_name or "").casefold(),
            g.user_id or "",
            g.period_start,
            g.metric.value,
        )
    )
    found = goal_actuals(session, goals, pipeline_id=flt.pipeline_id)
    return [progress_of(g, *found[g.id], today=context.today) for g in goals]


def owner_name(progress: GoalProgress) -> str:
    return (
        TEAM if progress.goal.user_id is None else progress.goal.user_name or progress.goal.user_id
    )


def _row(p: GoalProgress) -> tuple[Any, ...]:
    return (
        owner_name(p),
        METRIC_TITLES[p.goal.metric],
        p.goal.period_start,
        p.goal.period_end,
        p.target,
        p.actual,
        common.money(p.expected_by_now),
        p.fraction * 100,
        PACE_TITLES[p.pace],
    )


def _label(row: tuple[Any, ...], flt: ReportFilter) -> str:
    """ "Anna · Activities", with the goal's period when it is not the range's."""
    label = f"{row[0]} · {row[1]}"
    if (row[2], row[3]) != (flt.start, flt.end):
        label += f" ({row[2]:%Y-%m-%d} – {row[3]:%Y-%m-%d})"
    return label


def chart_goals(progress: list[GoalProgress], flt: ReportFilter, today: date) -> list[int]:
    """Which goals the chart draws (indexes into ``progress``): those running on the day the
    range stands at (today, or the range's end when it is over), else the nearest to it; at most
    ``CHART_LIMIT``. A year of monthly goals per salesperson is a table, not a chart."""
    day = min(today, flt.end)
    distance = [_days_from(p.goal.period_start, p.goal.period_end, day) for p in progress]
    nearest = min(distance, default=0)
    return [i for i, d in enumerate(distance) if d == nearest][:CHART_LIMIT]


def _days_from(start: date, end: date, day: date) -> int:
    """Days from ``day`` to the period (0 within it)."""
    return max((start - day).days, (day - end).days, 0)


def _chart(
    progress: list[GoalProgress], rows: tuple[tuple[Any, ...], ...], flt: ReportFilter
) -> Chart:
    return Chart(
        ChartKind.PROGRESS,
        tuple(_label(r, flt) for r in rows),
        (
            Series("actual", "Actual", tuple(float(p.actual) for p in progress)),
            Series(
                EXPECTED_KEY, "Expected by now", tuple(float(p.expected_by_now) for p in progress)
            ),
        ),
        ValueKind.NUMBER,
        targets=tuple(float(p.target) for p in progress),
    )


@report(NAME, TITLE, "Targets per salesperson or team, with progress and pace")
def goals(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    progress = goal_progress(session, flt, context)
    rows = tuple(_row(p) for p in progress)
    drawn = chart_goals(progress, flt, context.today)
    chart = _chart([progress[i] for i in drawn], tuple(rows[i] for i in drawn), flt)
    missing = sorted({c for p in progress for c in p.missing_currencies})
    notes = [common.missing_rate_note(missing, rates.base)] if missing else []
    if len(drawn) < len(rows):
        notes.append(
            Note(
                "chart_partial",
                f"The chart shows {len(drawn)} of the {len(rows)} goals (those of "
                f"{min(context.today, flt.end).isoformat()} or the latest); the table has all",
                {"shown": len(drawn), "total": len(rows)},
            )
        )
    return common.build_report(
        NAME,
        TITLE,
        flt,
        COLUMNS,
        rows,
        chart=chart,
        currency=rates.base,
        definition=DEFINITION,
        notes=notes,
        people=people,
        owners=[p.goal.user_id for p in progress],
    )


__all__ = ["DEFINITION", "METRIC_TITLES", "PACE_TITLES", "chart_goals", "goal_progress", "goals"]
