"""Reports as plain data: what a report was asked for, its table, its chart and its caveats.

The services compute a ``ReportData`` with SQL aggregates; the UI and the command line turn it
into a window, a PNG/PDF/xlsx file or a printout. Titles and column titles here are English
keys; the UI translates them (the command line prints them as they are).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class ValueKind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    MONEY = "money"  # in ReportData.currency (the base currency)
    PERCENT = "percent"  # 0–100
    DAYS = "days"
    DATE = "date"


class ChartKind(StrEnum):
    BAR = "bar"
    BARH = "barh"
    STACKED_BAR = "stacked_bar"
    LINE = "line"
    FUNNEL = "funnel"
    PIE = "pie"
    PROGRESS = "progress"  # goals: horizontal bars of actual against target


@dataclass(frozen=True)
class ReportFilter:
    start: date  # first day included
    end: date  # last day included
    pipeline_id: str | None = None  # None: every pipeline
    owner_id: str | None = None  # None: the whole team (and each salesperson compared)
    period: Period = Period.MONTH  # for reports over time


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English; the UI translates it
    kind: ValueKind = ValueKind.TEXT


@dataclass(frozen=True)
class Series:
    key: str  # e.g. a user id, "team", "value"
    name: str  # shown in the legend (a salesperson's name, or an English key)
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    categories: tuple[str, ...]  # x axis (stages, periods, sources, names …)
    series: tuple[Series, ...]
    value_kind: ValueKind = ValueKind.INT
    targets: tuple[float | None, ...] = ()  # PROGRESS: one target per category


@dataclass(frozen=True)
class Note:
    """A caveat the report must show next to its numbers, e.g. ``no_data``,
    ``missing_rate`` (params: currencies), ``without_value`` (params: count),
    ``without_close_date`` (params: count), ``deleted_owner`` (params: names),
    ``empty_range``, ``one_pipeline`` (params: pipeline — a per-stage report over one pipeline),
    ``without_customer`` (params: count — won deals with no company or contact).
    The UI translates the code; ``text`` is English for the CLI."""

    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportData:
    name: str
    title: str
    filter: ReportFilter
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    chart: Chart | None
    currency: str  # the base currency money columns are in
    totals: tuple[Any, ...] | None = None  # the team total row, same columns
    notes: tuple[Note, ...] = ()
    definition: str = ""  # how the metric is computed, in plain English (shown as help)

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class ReportInfo:
    name: str
    title: str  # English; the UI translates it
    description: str
    needs_period: bool = False  # the report is over time (day / week / month)


@dataclass(frozen=True)
class Kpi:
    """A dashboard tile: one number, maybe against a goal, and what it is made of."""

    key: str  # open_pipeline, weighted_forecast, won_month, new_leads_month, overdue_tasks,
    #           activities_week, stale_deals
    title: str  # English; the UI translates it
    value: float
    kind: ValueKind
    target: float | None = None  # from a goal for the period, when there is one
    count: int | None = None  # e.g. won this month: count next to the value
    drill: Drill | None = None
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Drill:
    """The records behind a number: their type and ids (the UI lists and opens them)."""

    record_type: str  # deal | contact | task | activity
    ids: tuple[str, ...]


__all__ = [
    "Chart",
    "ChartKind",
    "Column",
    "Drill",
    "Kpi",
    "Note",
    "Period",
    "ReportData",
    "ReportFilter",
    "ReportInfo",
    "Series",
    "ValueKind",
]
