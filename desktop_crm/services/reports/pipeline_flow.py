"""Pipeline flow reports from the stage history: the funnel with conversion from each stage to
the next, the average time in each stage, the sales cycle and the sales velocity.

``stage_changes`` holds every move of a deal, its first stage included (``from_stage_id`` NULL at
creation); a change undone is soft-deleted and left out. The funnel and time in stage are drawn
for one pipeline: the filter's, else the first pipeline (a note names it when there are several).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

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
from desktop_crm.services.reports import common
from desktop_crm.services.reports.common import OWNER_COLUMN, money, ratio
from desktop_crm.services.reports.registry import ReportContext, report
from desktop_crm.services.reports.sales import closed_stats, closed_where
from desktop_crm.store.models import DealRecord, PipelineRecord, StageChangeRecord, StageRecord


@dataclass(frozen=True)
class Flow:
    """The pipeline a funnel is drawn for and its stages in order (open ones, then won)."""

    pipeline_id: str | None
    stage_ids: tuple[str, ...]  # open stages by position, then the won stage (if any)
    stage_names: tuple[str, ...]
    open_count: int  # how many of them are open stages
    note: Note | None  # which pipeline, when the filter chose none and there are several

    @property
    def open_ids(self) -> tuple[str, ...]:
        return self.stage_ids[: self.open_count]


def load_flow(session: Session, flt: ReportFilter) -> Flow:
    p, s = PipelineRecord, StageRecord
    live = session.execute(
        sa.select(p.id, p.name).where(p.deleted_at.is_(None)).order_by(p.position, p.id)
    ).all()
    chosen = [r for r in live if r.id == flt.pipeline_id] if flt.pipeline_id else live[:1]
    if not chosen:
        return Flow(flt.pipeline_id, (), (), 0, None)
    note = None
    if flt.pipeline_id is None and len(live) > 1:
        note = Note(
            "one_pipeline",
            f"Stages of the pipeline {chosen[0].name}; choose a pipeline to see another",
            {"pipeline": chosen[0].name},
        )
    stages = session.execute(
        sa.select(s.id, s.name, s.kind)
        .where(s.pipeline_id == chosen[0].id, s.deleted_at.is_(None), s.kind != "lost")
        .order_by(s.kind == "won", s.position, s.id)
    ).all()
    opened = [r for r in stages if r.kind == "open"]
    kept = opened + [r for r in stages if r.kind == "won"][:1]
    return Flow(
        chosen[0].id,
        tuple(r.id for r in kept),
        tuple(r.name for r in kept),
        len(opened),
        note,
    )


def _stage_scope(flt: ReportFilter) -> list[Any]:
    """Live deals of the owner filter (the pipeline is the stages')."""
    return common.deal_scope(ReportFilter(flt.start, flt.end, None, flt.owner_id))


def _series(table: common.OwnerTable, values: Any) -> tuple[Series, ...]:
    """The team (team reports) then each salesperson: ``values(row)`` over the categories."""
    rows = ([(common.TEAM, table.totals)] if table.totals is not None else []) + [
        (row[0], row) for row in table.rows
    ]
    keys = (["team"] if table.totals is not None else []) + [o or "" for o in table.owners]
    return tuple(
        Series(key, str(name), tuple(values(row)))
        for key, (name, row) in zip(keys, rows, strict=True)
    )


# ----- funnel ------------------------------------------------------------------------------------

FUNNEL = (
    "Funnel: for each stage of the pipeline, the deals that reached it in the range — a deal "
    "counts for every stage up to the furthest one it entered on a day of the range, so a deal "
    "that skipped a stage, or passed it before the range, counts as having passed it; Won counts "
    "the deals won in the range; moving to Lost is no progress. Conversion from a stage to the "
    "next = deals that reached the next ÷ deals that reached it; overall = Won ÷ first stage."
)


@report("funnel", "Funnel and conversion", "Deals that reached each stage, and conversion")
def funnel(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    people, flow = common.load_people(session), load_flow(session, flt)
    sc, d = StageChangeRecord, DealRecord
    n = len(flow.stage_ids)
    found: list[Any] = []
    if n:
        index = sa.case(
            {stage_id: i for i, stage_id in enumerate(flow.stage_ids)}, value=sc.to_stage_id
        )
        furthest = (
            sa.select(sc.deal_id.label("deal_id"), sa.func.max(index).label("furthest"))
            .where(sc.deleted_at.is_(None), common.in_range(sc.changed_at, flt))
            .where(sc.to_stage_id.in_(flow.stage_ids))
            .group_by(sc.deal_id)
            .subquery()
        )
        found = list(
            session.execute(
                sa.select(d.owner_id, furthest.c.furthest, sa.func.count())
                .join(d, d.id == furthest.c.deal_id)
                .where(*_stage_scope(flt))
                .group_by(d.owner_id, furthest.c.furthest)
            )
        )
    parts: dict[str | None, list[int]] = {}
    for owner, top, count in found:  # a few rows: (owner, index of the furthest stage)
        reached = parts.setdefault(owner, [0] * n)
        for i in range(int(top) + 1):
            reached[i] += int(count)

    def row(name: str, p: common.Parts) -> tuple[Any, ...]:
        steps = tuple(ratio(p[i + 1], p[i], 100) for i in range(n - 1))
        return (name, *p, *steps, ratio(p[-1], p[0], 100) if n else None)

    table = common.owner_table(flt, people, parts, row)
    ids, names = flow.stage_ids, flow.stage_names
    columns = (
        OWNER_COLUMN,
        *(Column(f"reached:{i}", name, ValueKind.INT) for i, name in zip(ids, names, strict=True)),
        *(
            Column(f"conversion:{ids[i]}", f"{names[i]} → {names[i + 1]}", ValueKind.PERCENT)
            for i in range(n - 1)
        ),
        Column("overall", "Overall conversion", ValueKind.PERCENT),
    )
    chart = Chart(
        ChartKind.FUNNEL,
        flow.stage_names,
        _series(table, lambda r: (float(v) for v in r[1 : n + 1])),
        ValueKind.INT,
    )
    return common.build_report(
        "funnel",
        "Funnel and conversion",
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=common.load_money(session).base,
        definition=FUNNEL,
        totals=table.totals,
        notes=[flow.note],
        people=people,
        owners=table.owners,
    )


# ----- time in stage -----------------------------------------------------------------------------

STAGE_TIME = (
    "Average time in stage = the mean length, in days, of the stays in each open stage that "
    "ended (the deal moved on, was won or lost) on a day of the range; a stay runs from the "
    "stage change into the stage to the next change of that deal. Stays still going on are not "
    "counted: their length is not known yet."
)


def _only_moved(session: Session, flt: ReportFilter, moved: Any) -> list[Any]:
    """Limit the history read to the deals in ``moved``, unless the report is for the team and
    the range holds every stage change (then reading all of it in order is faster than looking
    each deal up)."""
    sc = StageChangeRecord
    first, last = session.execute(
        sa.select(sa.func.min(sc.changed_at), sa.func.max(sc.changed_at))
    ).one()
    start, end = common.range_bounds(flt)
    if first is not None and start <= first and last < end and flt.owner_id is None:
        return []
    return [sc.deal_id.in_(moved)]


@report("stage_time", "Time in stage", "Average days deals spend in each stage")
def stage_time(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    people, flow = common.load_people(session), load_flow(session, flt)
    sc, d = StageChangeRecord, DealRecord
    open_ids = flow.open_ids
    left = [sc.deleted_at.is_(None), common.in_range(sc.changed_at, flt)]
    left.append(sc.from_stage_id.in_(open_ids))
    moved = sa.select(sc.deal_id).where(*left)
    if flt.owner_id is not None:  # read only that salesperson's deals' history
        moved = moved.join(d, d.id == sc.deal_id).where(*_stage_scope(flt))
    stays = (
        sa.select(
            sc.deal_id,
            sc.from_stage_id,
            sc.changed_at,
            sa.func.lag(sc.changed_at)
            .over(partition_by=sc.deal_id, order_by=sc.changed_at)
            .label("entered"),
        )
        .where(sc.deleted_at.is_(None), *_only_moved(session, flt, moved))
        .subquery()
    )
    days = common.days_between(stays.c.changed_at, stays.c.entered)
    found = session.execute(
        sa.select(d.owner_id, stays.c.from_stage_id, sa.func.sum(days), sa.func.count(days))
        .join(d, d.id == stays.c.deal_id)
        .where(common.in_range(stays.c.changed_at, flt), stays.c.from_stage_id.in_(open_ids))
        .where(*_stage_scope(flt))
        .group_by(d.owner_id, stays.c.from_stage_id)
    ).all()
    index = {stage_id: i for i, stage_id in enumerate(open_ids)}
    parts: dict[str | None, list[float | int | None]] = {}
    for owner, stage_id, total, count in found:
        if stage_id in index and count:
            cells = parts.setdefault(owner, [None] * (2 * len(open_ids)))
            cells[2 * index[stage_id]], cells[2 * index[stage_id] + 1] = total, count

    def row(name: str, p: common.Parts) -> tuple[Any, ...]:
        return (name, *(ratio(p[2 * i], p[2 * i + 1]) for i in range(len(open_ids))))

    table = common.owner_table(flt, people, parts, row)
    names = flow.stage_names[: flow.open_count]
    columns = (
        OWNER_COLUMN,
        *(Column(f"days:{i}", n, ValueKind.DAYS) for i, n in zip(open_ids, names, strict=True)),
    )
    chart = Chart(ChartKind.BAR, names, _series(table, lambda r: r[1:]), ValueKind.DAYS)
    return common.build_report(
        "stage_time",
        "Time in stage",
        flt,
        columns,
        table.rows,
        chart=chart,
        currency=common.load_money(session).base,
        definition=STAGE_TIME,
        totals=table.totals,
        notes=[flow.note],
        people=people,
        owners=table.owners,
    )


# ----- sales cycle, velocity -----------------------------------------------------------------

SALES_CYCLE = (
    "Sales cycle = the mean number of days from a deal's creation to its win, over the deals won "
    "on a day of the range, per salesperson and for the team."
)


@report("sales_cycle", "Sales cycle", "Average days from creation to won")
def sales_cycle(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    won = {o: (c.won, c.days) for o, c in closed_stats(session, flt, rates).items() if c.won}
    table = common.owner_table(flt, people, won, lambda n, p: (n, p[0], ratio(p[1], p[0])))
    columns = (
        OWNER_COLUMN,
        Column("won", "Won", ValueKind.INT),
        Column("days", "Average sales cycle", ValueKind.DAYS),
    )
    return common.build_report(
        "sales_cycle",
        "Sales cycle",
        flt,
        columns,
        table.rows,
        chart=common.owner_chart(table, "days", "Average sales cycle", 2, ValueKind.DAYS),
        currency=rates.base,
        definition=SALES_CYCLE,
        totals=table.totals,
        people=people,
        owners=table.owners,
    )


VELOCITY = (
    "Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in the "
    "base currency per day. Open deals: created before the end of the range and not closed by "
    "then. Win rate, average deal size (won deals with a value in the base currency) and sales "
    "cycle (days from creation to win): over the deals closed in the range. Left empty when a "
    "part is unknown or the cycle is 0 days."
)


def _open_at_end(session: Session, flt: ReportFilter) -> dict[str | None, int]:
    d = DealRecord
    _start, end = common.range_bounds(flt)
    rows = session.execute(
        sa.select(d.owner_id, sa.func.count())
        .where(*common.deal_scope(flt), d.created_at < end)
        .where(sa.or_(d.status == "open", d.closed_at >= end))
        .group_by(d.owner_id)
    ).all()
    return {r[0]: int(r[1]) for r in rows}


def _velocity_row(name: str, p: common.Parts) -> tuple[Any, ...]:
    opened, won, lost, valued, value, days = p
    win = ratio(won, (won or 0) + (lost or 0))
    size, cycle = ratio(value, valued), ratio(days, won)
    velocity = None
    if opened is not None and win is not None and size is not None and cycle:
        velocity = opened * win * size / cycle
    pct = None if win is None else win * 100
    return (name, opened or 0, pct, money(size), cycle, money(velocity))


@report("velocity", "Sales velocity", "Money per day the pipeline brings in")
def velocity(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    rates, people = common.load_money(session), common.load_people(session)
    opened, closed = _open_at_end(session, flt), closed_stats(session, flt, rates)
    parts = {
        o: (opened.get(o, 0), *(closed[o][:5] if o in closed else (0, 0, 0, None, None)))
        for o in set(opened) | set(closed)
    }
    table = common.owner_table(flt, people, parts, _velocity_row)
    columns = (
        OWNER_COLUMN,
        Column("open", "Open deals", ValueKind.INT),
        Column("win_rate", "Win rate", ValueKind.PERCENT),
        Column("deal_size", "Average deal size", ValueKind.MONEY),
        Column("cycle", "Average sales cycle", ValueKind.DAYS),
        Column("velocity", "Sales velocity per day", ValueKind.MONEY),
    )
    return common.build_report(
        "velocity",
        "Sales velocity",
        flt,
        columns,
        table.rows,
        chart=common.owner_chart(table, "velocity", "Sales velocity", 5, ValueKind.MONEY),
        currency=rates.base,
        definition=VELOCITY,
        totals=table.totals,
        notes=common.value_notes(session, rates, closed_where(flt, "won")),
        people=people,
        owners=table.owners,
    )
