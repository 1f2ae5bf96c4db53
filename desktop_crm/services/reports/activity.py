"""Activities per salesperson per day / week / month, and the tasks they completed.

Two grouped queries (activities pivoted by kind, tasks done) merged per (period, salesperson);
the table and the stacked chart come from ``common.period_table``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from desktop_crm.domain.enums import ActivityKind
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
from desktop_crm.services.reports.common import OWNER_COLUMN
from desktop_crm.services.reports.registry import ReportContext, report
from desktop_crm.store.models import ActivityRecord, TaskRecord

NAME = "activities"
TITLE = "Activities"
KINDS: tuple[ActivityKind, ...] = tuple(ActivityKind)
KIND_TITLES: dict[ActivityKind, str] = {
    ActivityKind.CALL: "Calls",
    ActivityKind.EMAIL: "Emails",
    ActivityKind.MEETING: "Meetings",
    ActivityKind.DEMO: "Demos",
    ActivityKind.NOTE: "Notes",
    ActivityKind.MESSAGE: "Messages",
}
TOTAL_INDEX = len(KINDS)  # the figure "all activities" among each row's figures
DEFINITION = (
    "Activities = calls, emails, meetings, demos, notes and messages logged (and not deleted) "
    "whose time falls in the range, counted per salesperson who logged them and per period "
    "(days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) marked done whose "
    "completion time falls in the range, per assignee. A deleted salesperson's work still "
    "counts, under their name. The pipeline filter does not apply: activities and tasks are not "
    "tied to a pipeline."
)


def activity_where(flt: ReportFilter) -> list[ColumnElement[bool]]:
    """Live activities of the filter's range and salesperson."""
    a = ActivityRecord
    return [
        a.deleted_at.is_(None),
        common.in_range(a.occurred_at, flt),
        *common.owner_scope(a.user_id, flt),
    ]


def tasks_done_where(flt: ReportFilter) -> list[ColumnElement[bool]]:
    """Live tasks completed in the filter's range by its salesperson."""
    t = TaskRecord
    return [
        t.deleted_at.is_(None),
        t.done.is_(True),
        common.in_range(t.done_at, flt),
        *common.owner_scope(t.assignee_id, flt),
    ]


def kind_counts() -> list[Any]:
    """One SQL count per activity kind, in ``KINDS`` order, then the count of all."""
    a = ActivityRecord
    counts: list[Any] = [sa.func.count().filter(a.kind == k.value) for k in KINDS]
    return [*counts, sa.func.count()]


def activity_rows(session: Session, flt: ReportFilter) -> list[tuple[Any, ...]]:
    """``(period key, salesperson, *counts by kind, all, tasks done)`` per period and
    salesperson with anything to show.

    SQL groups by day (a plain date of each row: measured on 500,000 activities, bucketing
    every row into its week in SQL cost a third more); the days are rolled up into weeks or
    months here, over at most a few thousand (day, salesperson) rows."""
    a, t = ActivityRecord, TaskRecord
    width = len(KINDS) + 2
    found: dict[tuple[str, str | None], list[int]] = {}

    def add(day: str, who: str | None, figures: Sequence[int], at: int = 0) -> None:
        key = common.first_day(date.fromisoformat(day), flt.period).isoformat()
        mine = found.setdefault((key, who), [0] * width)
        for i, n in enumerate(figures):
            mine[at + i] += int(n)

    day = common.period_start(a.occurred_at, Period.DAY).label("day")
    for row in session.execute(
        sa.select(day, a.user_id, *kind_counts())
        .where(*activity_where(flt))
        .group_by(day, a.user_id)
    ):
        add(row[0], row[1], row[2:])
    done = common.period_start(t.done_at, Period.DAY).label("day")
    for row in session.execute(
        sa.select(done, t.assignee_id, sa.func.count())
        .where(*tasks_done_where(flt))
        .group_by(done, t.assignee_id)
    ):
        add(row[0], row[1], row[2:], at=width - 1)
    return [(key, who, *figures) for (key, who), figures in found.items()]


def by_kind_chart(flt: ReportFilter, found: Sequence[tuple[Any, ...]]) -> Chart:
    """One salesperson's activities stacked by kind over every period of the range."""
    keys = common.period_keys(flt)
    index = {key: n for n, key in enumerate(keys)}
    values = [[0.0] * len(keys) for _ in KINDS]
    for row in found:
        for k in range(len(KINDS)):
            values[k][index[row[0]]] += float(row[2 + k])
    series = tuple(
        Series(kind.value, KIND_TITLES[kind], tuple(v))
        for kind, v in zip(KINDS, values, strict=True)
        if any(v)
    )
    return Chart(ChartKind.STACKED_BAR, tuple(keys), series, ValueKind.INT)


@report(
    NAME,
    TITLE,
    "Calls, emails, meetings and other activities per salesperson per period, and tasks done",
    needs_period=True,
)
def activities(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    people = common.load_people(session)
    found = activity_rows(session, flt)
    table = common.period_table(flt, people, found, tuple, TOTAL_INDEX, ValueKind.INT)
    columns = (
        Column("period", "Period", ValueKind.DATE),
        OWNER_COLUMN,
        *(Column(k.value, KIND_TITLES[k], ValueKind.INT) for k in KINDS),
        Column("activities", "Activities", ValueKind.INT),
        Column("tasks_done", "Tasks done", ValueKind.INT),
    )
    # the team: each salesperson's activities stacked; one salesperson: theirs stacked by kind
    chart = table.chart if flt.owner_id is None else by_kind_chart(flt, found)
    notes: list[Note] = []
    if flt.pipeline_id is not None:
        notes.append(
            Note(
                "pipeline_not_applied",
                "Activities and tasks are not tied to a pipeline: the pipeline filter is not used",
            )
        )
    return common.build_report(
        NAME,
        TITLE,
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=common.load_money(session).base,
        definition=DEFINITION,
        totals=table.totals,
        notes=notes,
        people=people,
        owners=table.owners,
    )


__all__ = ["DEFINITION", "KINDS", "KIND_TITLES", "activities", "activity_rows", "activity_where"]
