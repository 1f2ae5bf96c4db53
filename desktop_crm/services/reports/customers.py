"""Customer base growth per month: customers at the start, new ones, churned ones, customers at
the end and the retention rate, per salesperson (the contact's owner) and for the team.

One grouped query gives, per owner, how many customers became one in month X and churned in
month Y (Y empty when still a customer); the months of the range are then walked here over those
few rows. The dates come from the change log (``field_changes``), which records every edit of a
contact's customer status and lifecycle stage with its time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from desktop_crm.domain.enums import CustomerStatus
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
from desktop_crm.services.reports.common import OWNER_COLUMN, TEAM
from desktop_crm.services.reports.registry import ReportContext, report
from desktop_crm.store.models import ContactRecord, FieldChangeRecord

NAME = "customer_growth"
TITLE = "Customer base growth"
CUSTOMER_STAGE = "Customer"  # the lifecycle stage that makes a contact a customer
CUSTOMER_STATUSES = (CustomerStatus.ACTIVE.value, CustomerStatus.PERMANENT.value)
LOST = CustomerStatus.LOST.value
DEFINITION = (
    "A customer is a contact (not deleted) whose customer status is active or permanent, or "
    "whose lifecycle stage is Customer while its status is not lost. A contact became a "
    "customer when its status was first set to active or permanent, or its stage to Customer "
    "(from the change log); a contact that was created as a customer became one when it was "
    "created. A customer churned when its status was last set to lost, if it is still lost "
    "(a prospect marked lost was never a customer and is not counted). "
    "Customers at the start of a month = those who became customers before it and had not "
    "churned by then; at the end = at the start + new − churned. Retention = (customers at the "
    "end − new customers) ÷ customers at the start. Customers belong to the contact's owner. "
    "Only the first time a contact became a customer and its last loss count: a customer who "
    "left and came back counts as never having left."
)
COLUMNS = (
    Column("month", "Month", ValueKind.DATE),
    OWNER_COLUMN,
    Column("start", "Customers at start", ValueKind.INT),
    Column("new", "New customers", ValueKind.INT),
    Column("churned", "Churned", ValueKind.INT),
    Column("end", "Customers at end", ValueKind.INT),
    Column("retention", "Retention", ValueKind.PERCENT),
)


def _json(value: str) -> str:
    """A value as the change log stores it (JSON text)."""
    return json.dumps(value, ensure_ascii=False)


def _log_times() -> Any:
    """Per contact: when it first became a customer and when it was last marked lost, from the
    change log (only edits: the values a contact was created with are not in the log's rows
    per field, so a contact created as a customer has no "became" entry)."""
    f = FieldChangeRecord
    into_status = sa.and_(
        f.field == "customer_status",
        f.new_value.in_([_json(s) for s in CUSTOMER_STATUSES]),
        sa.or_(f.old_value.is_(None), f.old_value.not_in([_json(s) for s in CUSTOMER_STATUSES])),
    )
    into_stage = sa.and_(
        f.field == "lifecycle_stage",
        f.new_value == _json(CUSTOMER_STAGE),
        sa.or_(f.old_value.is_(None), f.old_value != _json(CUSTOMER_STAGE)),
    )
    to_lost = sa.and_(f.field == "customer_status", f.new_value == _json(LOST))
    customer_lost = sa.and_(to_lost, f.old_value.in_([_json(s) for s in CUSTOMER_STATUSES]))
    return (
        sa.select(
            f.entity_id.label("contact_id"),
            sa.func.min(sa.case((sa.or_(into_status, into_stage), f.at))).label("became"),
            sa.func.max(sa.case((to_lost, f.at))).label("lost"),
            sa.func.max(sa.case((customer_lost, 1), else_=0)).label("was_customer"),
        )
        .where(
            f.entity == "contact",
            f.op == "set",
            f.field.in_(("customer_status", "lifecycle_stage")),
        )
        .group_by(f.entity_id)
        .subquery("log")
    )


def is_customer(c: Any = ContactRecord) -> ColumnElement[bool]:
    """A contact that is a customer now."""
    return sa.or_(
        c.customer_status.in_(CUSTOMER_STATUSES),
        sa.and_(
            c.lifecycle_stage == CUSTOMER_STAGE,
            sa.func.coalesce(c.customer_status, "") != LOST,
        ),
    )


@dataclass(frozen=True)
class Cohort:
    """``count`` customers of ``owner`` who became customers in month ``became`` and churned in
    month ``churned`` (None: still customers); months as 'YYYY-MM-01'."""

    owner: str | None
    became: str
    churned: str | None
    count: int


def cohorts(session: Session, flt: ReportFilter) -> tuple[list[Cohort], int]:
    """Every customer, past or present, grouped by owner, month joined and month churned; and
    the number of lost contacts left out because the log has no date for their loss."""
    c = ContactRecord
    log = _log_times()
    lost_now = c.customer_status == LOST
    became = sa.func.coalesce(log.c.became, c.created_at)
    churned = sa.case((lost_now, log.c.lost))
    joined = common.period_start(became, Period.MONTH).label("joined")
    left = common.period_start(churned, Period.MONTH).label("left")
    # a lost contact counts when it had been a customer: it became one, or was created as one
    # and then marked lost (a prospect marked lost never was a customer)
    was_customer = sa.or_(log.c.became.is_not(None), log.c.was_customer == 1)
    counted = sa.or_(is_customer(c), sa.and_(lost_now, log.c.lost.is_not(None), was_customer))
    base = (
        sa.select(c.owner_id, joined, left, sa.func.count())
        .outerjoin(log, log.c.contact_id == c.id)
        .where(c.deleted_at.is_(None), counted, *common.owner_scope(c.owner_id, flt))
        .group_by(c.owner_id, joined, left)
    )
    end = common.range_bounds(flt)[1]
    found = [
        # a loss logged before the contact became a customer again counts as both in one month
        Cohort(r[0], min(r[1], r[2]) if r[2] else r[1], r[2], int(r[3]))
        for r in session.execute(base.where(became < end))
    ]
    undated = session.execute(
        sa.select(sa.func.count())
        .select_from(c)
        .outerjoin(log, log.c.contact_id == c.id)
        .where(c.deleted_at.is_(None), lost_now, log.c.lost.is_(None))
        .where(*common.owner_scope(c.owner_id, flt))
    ).scalar_one()
    return found, int(undated)


Month = tuple[int, int, int, int]  # customers at start, new, churned, customers at end


def month_figures(rows: Iterable[Cohort], month: str) -> Month:
    start = new = gone = 0
    for r in rows:
        if r.became < month and (r.churned is None or r.churned >= month):
            start += r.count
        if r.became == month:
            new += r.count
        if r.churned == month:
            gone += r.count
    return start, new, gone, start + new - gone


def retention(start: int, new: int, end: int) -> float | None:
    return common.ratio(end - new, start, 100)


def _cells(figures: Month) -> tuple[Any, ...]:
    start, new, gone, end = figures
    return (start, new, gone, end, retention(start, new, end))


def _range_figures(months: Sequence[Month]) -> Month:
    """The range as one period: its first month's start, every new and churned, its last end."""
    return (months[0][0], sum(m[1] for m in months), sum(m[2] for m in months), months[-1][3])


@report(NAME, TITLE, "Customers per month: new, churned and retained")
def customer_growth(session: Session, flt: ReportFilter, context: ReportContext) -> ReportData:
    people = common.load_people(session)
    found, undated = cohorts(session, flt)
    months = common.period_keys(flt, Period.MONTH)
    owners = sorted({r.owner for r in found}, key=people.sort_key)
    rows: list[tuple[Any, ...]] = []
    ends: dict[str | None, tuple[float, ...]] = {}
    team = [month_figures(found, m) for m in months]
    for owner in owners:
        mine = [r for r in found if r.owner == owner]
        figures = [month_figures(mine, m) for m in months]
        ends[owner] = tuple(float(f[3]) for f in figures)
        rows += [
            (common.parse_period(m), people.name(owner), *_cells(f))
            for m, f in zip(months, figures, strict=True)
            if any(f)
        ]
    rows.sort(key=lambda r: r[0])  # stable: by month, then salesperson as above
    totals = None
    if flt.owner_id is None and rows:
        totals = (None, TEAM, *_cells(_range_figures(team)))
    notes = [_undated_note(undated)] if undated else []
    return common.build_report(
        NAME,
        TITLE,
        flt,
        COLUMNS,
        rows,
        chart=_chart(flt, months, people, owners, ends, team),
        currency=common.load_money(session).base,
        definition=DEFINITION,
        totals=totals,
        notes=notes,
        people=people,
        owners=owners,
    )


def _chart(
    flt: ReportFilter,
    months: list[str],
    people: common.People,
    owners: list[str | None],
    ends: dict[str | None, tuple[float, ...]],
    team: list[Month],
) -> Chart:
    """Customers at the end of each month: the team's and each salesperson's line; for one
    salesperson, their customers, new and churned."""
    series: tuple[Series, ...]
    if flt.owner_id is not None:
        series = (
            Series("end", "Customers at end", tuple(float(m[3]) for m in team)),
            Series("new", "New customers", tuple(float(m[1]) for m in team)),
            Series("churned", "Churned", tuple(float(m[2]) for m in team)),
        )
    else:
        series = (
            Series("team", TEAM, tuple(float(m[3]) for m in team)),
            *(Series(o or "", people.name(o), ends[o]) for o in owners),
        )
    return Chart(ChartKind.LINE, tuple(months), series, ValueKind.INT)


def _undated_note(count: int) -> Note:
    return Note(
        "lost_without_date",
        f"{count} lost contact(s) have no recorded date of loss (created or imported as lost) "
        "and are left out",
        {"count": count},
    )


__all__ = ["DEFINITION", "Cohort", "cohorts", "customer_growth", "is_customer", "month_figures"]
